"""Build the demo round: a secretariat database, original case-file PDFs, and signed sheets."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import string
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from reviewer_app.core.assignment import Candidate, FileToAssign, assign
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.vocabulary import (
    CaseType,
    DocumentType,
    Falsification,
    FalsificationDecision,
    SheetStatus,
    Track,
)
from reviewer_app.core.score_sheet import PageRef
from reviewer_app.core.eligibility import NO_PLATFORM_RECORD, PLATFORM_CONCERN
from reviewer_app.demo.case_documents import DOCUMENTS_BY_TYPE, DemoCase, write_document
from reviewer_app.anonymise.round_anonymisation import (
    accept_all_proposals,
    add_terms,
    draw_box,
    mark_reviewed,
    pages_to_look,
    prefill_terms,
    produce_shipped_copies,
    propose_redactions,
    round_terms,
)
from reviewer_app.demo.cast import (
    COMPANIES,
    COUNTY_CASES,
    CITY_CASES,
    LEGAL_REPRESENTATIVES,
    REGION,
    REVIEWERS,
    ROUND_NAME,
    UNITS,
    sensitive_names,
)
from reviewer_app.demo.signatures import signature_png
from reviewer_app.demo.simulated_scoring import simulate_sheet
from reviewer_app.demo.candidates import register_candidates, story_sheet
from reviewer_app.demo.statistics import decide_collectives
from reviewer_app.exchange.enrolment import Enrolment, enrolment_bytes, import_enrolment
from reviewer_app.exchange.keys import create_key_file
from reviewer_app.store.decisions import decide_eligibility, record_recheck, rule_on_veto, spreads, veto_cases
from reviewer_app.store.results import round_results
from reviewer_app.store.results_json import results_document

DEMO_KEY_COST = {"n": 2**14, "p": 1}
from reviewer_app.exchange.packages import build_packages, open_package
from reviewer_app.exchange.returns import Outcome, export_return, import_returns
from reviewer_app.exchange.trust import public_key_file
from reviewer_app.store.database import Database
from reviewer_app.store.awards import publication_questions
from reviewer_app.store.rounds import audit, create_round, only_round, publish_results
from reviewer_app.store.scoring import SignerMark, canonical_sheet, current_sheet, sign_sheet
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DocumentRecord,
    RecheckDecision,
    ReviewerRecord,
    UnitRecord,
)
from reviewer_app.store.sheets import write_sheet

DATABASE_NAME = "secretariat.db"
SEED = 2016
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
BEIJING = timezone(timedelta(hours=8))
REVIEW_DAY = datetime(2016, 12, 6, 9, 0, tzinfo=BEIJING)

# The storyline the demo results show.
FALSIFIED = ("云台县环境保护局", CaseType.DETENTION_TRANSFER)
INELIGIBLE = ("青溪县环境保护局", 1)  # its second file's on-site record was handwritten
HEARING_DOCUMENTS = {DocumentType.HEARING_NOTICE, DocumentType.HEARING_RECORD}
NO_HEARING = ("青溪县环境保护局", 0)  # the party did not ask for a hearing: reviewers mark the hearing item 不适用
COPIED_RECORD = ("云台县环境保护局", 0)  # made on the platform, filed as a photocopy: the warning is dismissed
VETO_FAILED = ("临江市环境保护局", CaseType.CRIME_TRANSFER)
CORRECTED_UNIT = "临江市环境保护局"
ISSUER = "省环保厅（演示）"  # the province's environment department was 环境保护厅 in 2016


def _anonymous_codes(rng: random.Random, count: int) -> list[str]:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add("AJ-" + "".join(rng.choice(CODE_ALPHABET) for _ in range(4)))
    result = sorted(codes)
    rng.shuffle(result)  # codes carry no trace of unit order
    return result


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


SECRETARIAT_PASSPHRASE = "demo-secretariat"


def build_demo(out_dir: Path, seed: int = SEED) -> Path:
    """Build the demo round in out_dir (replacing an earlier one); returns the secretariat
    database path. Sheets travel the real way: enrolment, packages, scoring in each
    reviewer's own database, signed return files, import at the secretariat."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / DATABASE_NAME
    for stale in (db_path, db_path.with_name(DATABASE_NAME + "-wal"), db_path.with_name(DATABASE_NAME + "-shm")):
        stale.unlink(missing_ok=True)
    for folder in ("originals", "shipped", "keys", "enrolments", "packages", "reviewers", "returns"):
        shutil.rmtree(out_dir / folder, ignore_errors=True)

    rng = random.Random(seed)
    rubric = load_preset("national_2012")
    database = Database(db_path)
    quality: dict[str, float] = {}
    storyline: dict[str, tuple[str, CaseType | int]] = {}
    scans: list = []
    with database.session() as session:
        round_record = _set_up_round(session, rubric, out_dir, rng, quality, storyline, scans)
        experts, cross = round_record.experts_per_file, round_record.cross_per_file
        reviewers = [ReviewerRecord(round=round_record, name=r.name, track=r.track.value, region=r.region,
                                    members="\n".join(r.members)) for r in REVIEWERS]
        session.add_all(reviewers)
        session.flush()
        records = {r.name: r for r in reviewers}
        codes = [c.code for c in round_record.case_files]
        for reviewer_name, code in assign(
            [FileToAssign(code, REGION) for code in codes],
            [Candidate(r.name, r.track, r.region) for r in REVIEWERS],
            {Track.EXPERT: experts, Track.CROSS: cross},
            seed=seed,
        ):
            case = next(c for c in round_record.case_files if c.code == code)
            session.add(AssignmentRecord(reviewer=records[reviewer_name], case_file=case))
        session.flush()
        register_candidates(session, round_record, out_dir)
    _anonymise(database, out_dir, scans)

    # Demo keys, whose passphrases the README prints, use a light scrypt cost so the demo and the
    # tests open them quickly; real keys get the full cost (exchange.keys.SCRYPT_N).
    secretariat = create_key_file(out_dir / "keys" / "秘书处.key", SECRETARIAT_PASSPHRASE, **DEMO_KEY_COST)
    # What the secretariat hands out with its fingerprint on the briefing paper (信任秘书处…).
    (out_dir / "keys" / "秘书处公钥.json").write_bytes(public_key_file("省环保厅（演示）", secretariat.public))
    reviewer_keys = {}
    for reviewer in REVIEWERS:
        keys = create_key_file(out_dir / "keys" / f"{reviewer.name}.key", reviewer.passphrase, **DEMO_KEY_COST)
        reviewer_keys[reviewer.name] = keys
        enrolment = out_dir / "enrolments" / f"{reviewer.name}.json"
        enrolment.parent.mkdir(parents=True, exist_ok=True)
        enrolment.write_bytes(enrolment_bytes(Enrolment(reviewer.name, reviewer.track, reviewer.region, reviewer.members, keys.public), keys))
        with database.session() as session:
            import_enrolment(session, enrolment)

    packages = build_packages(database, out_dir / "packages", secretariat)
    returns = []
    signatures = {signer: signature_png(signer, rng) for r in REVIEWERS for signer in (r.members or (r.name,))}
    for reviewer, package in zip(REVIEWERS, packages):
        keys = reviewer_keys[reviewer.name]
        # each demo reviewer confirmed the secretariat's fingerprint before the packages came
        reviewer_db = Database(open_package(package, keys, out_dir / "reviewers" / reviewer.name, [secretariat.public]))
        _score_as(reviewer_db, reviewer, keys, rubric, quality, storyline, signatures, seed)
        returns.append(export_return(reviewer_db, out_dir / "returns" / f"评分回传_{reviewer.name}.rvwret", keys,
                                     [secretariat.public]))
        reviewer_db.close()
    results = import_returns(database, returns, secretariat)
    refused = [r for r in results if r.outcome is not Outcome.ACCEPTED]
    if refused:
        raise RuntimeError(f"演示回传文件导入失败：{refused[0].path.name}：{refused[0].message}")

    with database.session() as session:
        falsified = next(c for c in only_round(session).case_files if storyline.get(c.code) == FALSIFIED)
        falsified.falsification_decision = FalsificationDecision.CONFIRMED.value
        falsified.falsification_decision_reason = "经复核，现场检查笔录时间与询问笔录时间冲突，笔录系事后补制"
        audit(session, "秘书处", "confirm_falsification", f"{falsified.code}：{falsified.falsification_decision_reason}")
    _decide_the_rest(database, out_dir)
    database.close()
    return db_path


def _decide_the_rest(database: Database, out_dir: Path) -> None:
    """What the secretariat and panel decide after import, so the demo's results are final: the
    two intake warnings (one confirmed, one dismissed), the one failed veto, every re-check; then
    the results are published."""
    with database.session() as session:
        round_record = only_round(session)
        unit, index = COPIED_RECORD
        copied = sorted((c for c in round_record.case_files_only if c.unit.name == unit), key=lambda c: c.id)[index].code
        for case in round_record.case_files_only:
            if not case.eligibility_warnings:
                continue
            made_on_platform = case.code == copied
            reason = ("经向移动执法平台核实，该笔录为平台制作，报送的是复印件，编号为手写补注" if made_on_platform
                      else "现场检查笔录为纸质手写，非移动执法平台制作")
            decide_eligibility(session, round_record, case.code, not made_on_platform, reason)
        for vetoed in veto_cases(session, round_record):
            rule_on_veto(session, round_record, vetoed.case_code, True,
                         "评审组合议：涉案危险废物数量仅有当事人陈述，无称重记录，事实认定证据不足，否决成立")
    with database.session() as session:
        round_record = only_round(session)
        for spread in spreads(session, round_record):
            if spread.flagged:
                record_recheck(session, round_record, spread.case_code, "维持原评分",
                               "组长复核：各评审人员扣分均有文书依据，分差源于宽严尺度，不作调整", actor="评审组组长")
        for decision in session.scalars(select(RecheckDecision)):
            decision.decided_at = REVIEW_DAY + timedelta(days=3)  # the demo's story is dated 2016
    with database.session() as session:
        decide_collectives(session, only_round(session), out_dir)
    with database.session() as session:
        round_record = only_round(session)
        publish_results(session, round_record, ISSUER, (REVIEW_DAY + timedelta(days=14)).date(),
                        publication_questions(session, round_record))


def _set_up_round(session, rubric, out_dir: Path, rng: random.Random, quality: dict, storyline: dict, scans: list):  # noqa: ANN001, ANN202
    """Round, units, case files and their original documents, as the secretariat registers them."""
    round_record = create_round(session, name=ROUND_NAME, year=2016, rubric=rubric,
                                period=(date(2016, 9, 1), date(2016, 11, 30)))
    round_record.created_at = REVIEW_DAY - timedelta(days=10)
    unit_records: dict[str, UnitRecord] = {}
    for unit in UNITS:
        record = UnitRecord(
            round=round_record, name=unit.name, level=unit.level.value,
            parent=unit_records.get(unit.parent) if unit.parent else None, region=REGION,
            corrected_on_reconsideration=unit.name == CORRECTED_UNIT,
            reconsideration_note="2016年10月一件行政处罚决定经行政复议被变更" if unit.name == CORRECTED_UNIT else "",
            reconsideration_date=date(2016, 10, 24) if unit.name == CORRECTED_UNIT else None,
        )
        unit_records[unit.name] = record
        session.add(record)
        session.flush()
    mixes = [(u, CITY_CASES if u.parent is None else COUNTY_CASES) for u in UNITS]
    codes = _anonymous_codes(rng, sum(len(m) for _, m in mixes))
    companies, people = iter(COMPANIES), iter(LEGAL_REPRESENTATIVES)
    number = 11
    for unit, mix in mixes:
        for index, case_type in enumerate(mix):
            case = DemoCase(
                unit=unit, case_type=case_type, number=number, company=next(companies), legal_rep=next(people),
                opened=date(2016, 9, 5) + timedelta(days=rng.randint(0, 40)),
                mobile_platform=(unit.name, index) not in (INELIGIBLE, COPIED_RECORD),
                copied_record=(unit.name, index) == COPIED_RECORD,
                fine=rng.choice((50000, 80000, 100000, 200000, 350000)),
            )
            number += 1
            record = CaseFileRecord(round=round_record, unit=unit_records[unit.name], code=codes.pop(),
                                    case_type=case_type.value, title=case.title, mobile_platform=case.mobile_platform,
                                    eligibility_warnings="" if case.mobile_platform else NO_PLATFORM_RECORD,
                                    platform_evidence="文字：移动执法平台" if case.mobile_platform else "")
            session.add(record)
            folder = out_dir / "originals" / unit.name / f"{index + 1:02d} {case.title}"
            folder.mkdir(parents=True, exist_ok=True)
            kinds = [d for d in DOCUMENTS_BY_TYPE[case_type] if not ((unit.name, index) == NO_HEARING and d in HEARING_DOCUMENTS)]
            for position, doc_type in enumerate(kinds, start=1):
                path = folder / f"{position:02d}-{doc_type.label}.pdf"
                pages, scanned = write_document(path, case, doc_type, rng)
                document = DocumentRecord(case_file=record, position=position, doc_type=doc_type.value, title=doc_type.label,
                                          path=path.relative_to(out_dir).as_posix(), pages=pages, sha256=_sha256(path))
                session.add(document)
                scans.append((document, scanned))
            quality[record.code] = rng.uniform(0.3, 0.95)
            storyline[record.code] = INELIGIBLE if (unit.name, index) == INELIGIBLE else (unit.name, case_type)
    session.flush()
    scans[:] = [(document.id, scanned) for document, scanned in scans]  # ids outlive the session
    return round_record


def _anonymise(database: Database, out_dir: Path, scans: list) -> None:
    """The secretariat's anonymisation, as a careful secretary would do it: the term list with
    every name the files mention, every proposed box accepted, every scanned line that names
    someone and that OCR missed blacked out by hand, every page offered for a look looked at."""
    with database.session() as session:
        round_record = only_round(session)
        prefill_terms(session, round_record)
        add_terms(session, round_record, [(name, "manual") for name in sensitive_names()])
    # Without OCR (read_scanned_pages): reading the 116 scanned pages would triple the build (the
    # tests build it twice); the scans are looked at and boxed by hand below, as a secretary
    # who skipped OCR would.
    propose_redactions(database, out_dir)
    with database.session() as session:
        round_record = only_round(session)
        accept_all_proposals(session, round_record)
        terms = round_terms(session, round_record)
        for document_id, scanned in scans:
            for page, lines in scanned.items():
                for line, _, box in lines:
                    if any(term in line for term in terms):
                        draw_box(session, document_id, page, box, "扫描页人工标注")
        for document, page in pages_to_look(session, round_record):
            mark_reviewed(session, document.id, page.page)
    produce_shipped_copies(database, out_dir)


def _score_as(database: Database, reviewer, keys, rubric, quality, storyline, signatures, seed: int) -> None:  # noqa: ANN001
    """The reviewer scores every assigned case file in their own database and signs."""
    with database.session() as session:
        round_record = only_round(session)
        for minute, assignment in enumerate(sorted(round_record.reviewers[0].assignments, key=lambda a: a.case_file.code)):
            case = assignment.case_file
            documents = {DocumentType(d.doc_type): (d.id, d.pages) for d in case.documents}
            rng = random.Random(f"{seed}:{reviewer.name}:{case.code}")
            if CaseType(case.case_type).is_story:
                sheet = story_sheet(rubric, reviewer.severity, rng)
            else:
                sheet = simulate_sheet(rubric, CaseType(case.case_type), reviewer, quality[case.code], documents, rng)
                _apply_storyline(storyline[case.code], reviewer, sheet, documents)
            sheet.status = SheetStatus.DRAFT
            record = current_sheet(session, assignment.id)
            write_sheet(session, record, sheet)
            signature = keys.sign(canonical_sheet(session, record.id))
            signed_at = REVIEW_DAY + timedelta(minutes=7 * minute + 60 * REVIEWERS.index(reviewer))
            sign_sheet(session, record.id, [SignerMark(signer, signatures[signer], signature, keys.public.fingerprint)
                                            for signer in (reviewer.members or (reviewer.name,))], signed_at=signed_at)


def _apply_storyline(key: tuple[str, CaseType | int], reviewer, sheet, documents) -> None:  # noqa: ANN001
    if key == INELIGIBLE and reviewer.track is Track.EXPERT:  # the experts see the handwritten record
        sheet.submission_concern = PLATFORM_CONCERN + "，笔录为纸质手工填写"
        sheet.submission_evidence = [PageRef(documents[DocumentType.INSPECTION_RECORD][0], 1)]
    if key == FALSIFIED:
        inspection = documents[DocumentType.INSPECTION_RECORD][0]
        interview = documents[DocumentType.INTERVIEW_RECORD][0]
        found = reviewer.track is Track.CROSS
        sheet.falsification = Falsification.FOUND if found else Falsification.SUSPECTED
        sheet.falsification_description = (
            "现场检查笔录记载的检查时段与调查询问笔录时段重叠，同一执法人员不可能同时在场，笔录疑为事后补制"
        )
        sheet.falsification_evidence = [PageRef(inspection, 1), PageRef(interview, 1)]
    if key == VETO_FAILED and reviewer.track is Track.EXPERT and reviewer.severity > 1:
        sheet.veto["V2"] = False
        sheet.comment = "涉案危险废物数量仅有当事人陈述，缺少称重记录，事实认定证据不足"


def demo_fingerprint(folder: Path) -> str:
    """A digest of what a demo build made: its case documents and its results. The build is
    deterministic, so this is the same on every machine and in every build of the same version;
    the self-test prints it, and a build whose demo differs from the source's computes otherwise."""
    database = Database(folder / "secretariat.db")
    try:
        with database.session() as session:
            round_record = only_round(session)
            document = results_document(round_record.name, round_results(session, round_record),
                                        round_record.issuing_body, round_record.issued_on)
    finally:
        database.close()
    digest = hashlib.sha256(json.dumps(document, ensure_ascii=False, sort_keys=True).encode())
    for pdf in sorted((folder / "originals").rglob("*.pdf")):
        digest.update(pdf.relative_to(folder).as_posix().encode() + b"\0" + hashlib.sha256(pdf.read_bytes()).digest())
    return digest.hexdigest()
