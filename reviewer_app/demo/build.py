"""Build the demo round: a secretariat database, original case-file PDFs, and signed sheets."""

from __future__ import annotations

import hashlib
import random
import shutil
import string
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

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
from reviewer_app.demo.case_documents import DOCUMENTS_BY_TYPE, DemoCase, write_document
from reviewer_app.demo.cast import (
    COMPANIES,
    COUNTY_CASES,
    CITY_CASES,
    LEGAL_REPRESENTATIVES,
    REGION,
    REVIEWERS,
    ROUND_NAME,
    UNITS,
)
from reviewer_app.demo.signatures import signature_png
from reviewer_app.demo.simulated_scoring import simulate_sheet
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import audit, create_round
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DocumentRecord,
    ReviewerRecord,
    SheetRecord,
    SignatureRecord,
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
VETO_FAILED = ("临江市环境保护局", CaseType.CRIME_TRANSFER)
CORRECTED_UNIT = "临江市环境保护局"


def _anonymous_codes(rng: random.Random, count: int) -> list[str]:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add("AJ-" + "".join(rng.choice(CODE_ALPHABET) for _ in range(4)))
    result = sorted(codes)
    rng.shuffle(result)  # codes carry no trace of unit order
    return result


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_demo(out_dir: Path, seed: int = SEED) -> Path:
    """Build the demo round in out_dir (replacing an earlier one); returns the database path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / DATABASE_NAME
    for stale in (db_path, db_path.with_name(DATABASE_NAME + "-wal"), db_path.with_name(DATABASE_NAME + "-shm")):
        stale.unlink(missing_ok=True)
    originals = out_dir / "originals"
    shutil.rmtree(originals, ignore_errors=True)

    rng = random.Random(seed)
    rubric = load_preset("national_2012")
    database = Database(db_path)
    with database.session() as session:
        round_record = create_round(
            session,
            name=ROUND_NAME,
            year=2016,
            rubric=rubric,
            period=(date(2016, 9, 1), date(2016, 11, 30)),
        )
        round_record.created_at = REVIEW_DAY - timedelta(days=10)

        unit_records: dict[str, UnitRecord] = {}
        for unit in UNITS:
            record = UnitRecord(
                round=round_record,
                name=unit.name,
                level=unit.level.value,
                parent=unit_records.get(unit.parent) if unit.parent else None,
                region=REGION,
                corrected_on_reconsideration=unit.name == CORRECTED_UNIT,
                reconsideration_note="2016年10月一件行政处罚决定经行政复议被变更" if unit.name == CORRECTED_UNIT else "",
            )
            unit_records[unit.name] = record
            session.add(record)
            session.flush()

        mixes = [(u, CITY_CASES if u.parent is None else COUNTY_CASES) for u in UNITS]
        codes = _anonymous_codes(rng, sum(len(m) for _, m in mixes))
        companies = iter(COMPANIES)
        people = iter(LEGAL_REPRESENTATIVES)
        cases: list[tuple[CaseFileRecord, float, dict[DocumentType, tuple[int, int]]]] = []
        for unit, mix in mixes:
            for index, case_type in enumerate(mix):
                case = DemoCase(
                    unit=unit,
                    case_type=case_type,
                    number=len(cases) + 11,
                    company=next(companies),
                    legal_rep=next(people),
                    opened=date(2016, 9, 5) + timedelta(days=rng.randint(0, 40)),
                    mobile_platform=(unit.name, index) != INELIGIBLE,
                    fine=rng.choice((50000, 80000, 100000, 200000, 350000)),
                )
                record = CaseFileRecord(
                    round=round_record,
                    unit=unit_records[unit.name],
                    code=codes.pop(),
                    case_type=case_type.value,
                    title=case.title,
                    mobile_platform=case.mobile_platform,
                )
                session.add(record)
                session.flush()
                folder = originals / unit.name / f"{index + 1:02d} {case.title}"
                folder.mkdir(parents=True, exist_ok=True)
                documents: dict[DocumentType, tuple[int, int]] = {}
                for position, doc_type in enumerate(DOCUMENTS_BY_TYPE[case_type], start=1):
                    path = folder / f"{position:02d}-{doc_type.label}.pdf"
                    pages = write_document(path, case, doc_type, rng)
                    document = DocumentRecord(
                        case_file=record,
                        position=position,
                        doc_type=doc_type.value,
                        title=doc_type.label,
                        path=path.relative_to(out_dir).as_posix(),
                        pages=pages,
                        sha256=_sha256(path),
                    )
                    session.add(document)
                    session.flush()
                    documents[doc_type] = (document.id, pages)
                quality = rng.uniform(0.3, 0.95)
                cases.append((record, quality, documents))

        reviewer_records = {}
        for reviewer in REVIEWERS:
            reviewer_records[reviewer.name] = ReviewerRecord(
                round=round_record,
                name=reviewer.name,
                track=reviewer.track.value,
                region=reviewer.region,
                members="\n".join(reviewer.members),
            )
        session.add_all(reviewer_records.values())
        session.flush()

        by_code = {record.code: (record, quality, docs) for record, quality, docs in cases}
        pairs = assign(
            [FileToAssign(record.code, REGION) for record, _, _ in cases],
            [Candidate(r.name, r.track, r.region) for r in REVIEWERS],
            {Track.EXPERT: round_record.experts_per_file, Track.CROSS: round_record.cross_per_file},
            seed=seed,
        )
        reviewers_by_name = {r.name: r for r in REVIEWERS}
        signatures = {
            signer: signature_png(signer, rng) for r in REVIEWERS for signer in (r.members or (r.name,))
        }
        for minute, (reviewer_name, code) in enumerate(pairs):
            record, quality, documents = by_code[code]
            reviewer = reviewers_by_name[reviewer_name]
            assignment = AssignmentRecord(reviewer=reviewer_records[reviewer_name], case_file=record)
            session.add(assignment)
            sheet = simulate_sheet(
                rubric, CaseType(record.case_type), reviewer, quality, documents,
                random.Random(f"{seed}:{reviewer_name}:{code}"),
            )
            _apply_storyline(record, reviewer, sheet, documents)
            signed_at = REVIEW_DAY + timedelta(minutes=7 * minute)
            sheet_record = SheetRecord(
                assignment=assignment, created_at=signed_at - timedelta(hours=1),
                updated_at=signed_at, signed_at=signed_at,
            )
            session.add(sheet_record)
            session.flush()
            write_sheet(session, sheet_record, sheet)
            for signer in reviewer.members or (reviewer.name,):
                sheet_record.signatures.append(
                    SignatureRecord(signer=signer, image_png=signatures[signer], signed_at=signed_at)
                )

        falsified = next(r for r, _, _ in cases if (r.unit.name, CaseType(r.case_type)) == FALSIFIED)
        falsified.falsification_decision = FalsificationDecision.CONFIRMED.value
        falsified.falsification_decision_reason = "经复核，现场检查笔录时间与询问笔录时间冲突，笔录系事后补制"
        audit(session, "秘书处", "confirm_falsification", f"{falsified.code}：{falsified.falsification_decision_reason}")
    database.close()
    return db_path


def _apply_storyline(record: CaseFileRecord, reviewer, sheet, documents) -> None:  # noqa: ANN001
    key = (record.unit.name, CaseType(record.case_type))
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
    sheet.status = SheetStatus.SIGNED
