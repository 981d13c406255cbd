"""Review packages: one sealed file per reviewer with the round, the rubric, the reviewer's
assignments and their documents; opened on the reviewer's laptop into a local database."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import uuid
from decimal import Decimal
from dataclasses import dataclass
from pathlib import Path
from typing import Collection

from sqlalchemy import select

from reviewer_app.anonymise.round_anonymisation import leak_check, leak_terms
from reviewer_app.core.consolidation import CombinationRule, GradeScale, RoundRules
from reviewer_app.core.rubric import RubricError, rubric_from_dict
from reviewer_app.core.vocabulary import VetoPolicy
from reviewer_app.exchange.archive import build_archive
from reviewer_app.exchange.atomic import StagedFile, remove_leftovers
from reviewer_app.exchange.envelope import check_written, seal
from reviewer_app.exchange.enrolment import reviewer_keys
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyPair, PublicKeys
from reviewer_app.exchange.manifests import FORMAT_VERSION, PACKAGE_SCHEMA
from reviewer_app.exchange.reading import open_exchange_file
from reviewer_app.exchange.trust import untrusted_message
from reviewer_app.store.database import Database
from reviewer_app.store.precheck import leads_to_ship, receive_leads
from reviewer_app.store.rounds import audit, create_round, only_round, round_identity, round_rubric, round_rules
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DocumentRecord,
    IssuedPackage,
    ReviewerRecord,
)


PACKAGE_PREFIX = "评审包_"


def _safe_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)


def build_packages(database: Database, out_dir: Path, secretariat: KeyPair,
                   reviewer_ids: Collection[int] | None = None) -> list[Path]:
    """One package per enrolled reviewer with assignments (or only for the reviewers named,
    say to issue again the package a reviewer lost); what they would ship is leak-checked first.

    Each package is one step: written and checked beside its name, recorded as issued, then
    moved into place. A crash at any point leaves each package either recorded or absent, never
    a file whose return would be refused."""
    written = []
    remove_leftovers(out_dir, PACKAGE_PREFIX)
    round_folder = database.path.parent
    with database.session() as session:  # committed on its own: what it found clean is remembered
        round_record = only_round(session)
        reviewers = session.scalars(select(ReviewerRecord).where(ReviewerRecord.round_id == round_record.id)
                                    .order_by(ReviewerRecord.id)).all()
        chosen = [r.id for r in reviewers if reviewer_ids is None or r.id in reviewer_ids]
        shipped = None if reviewer_ids is None else {a.case_file_id for r in reviewers if r.id in reviewer_ids
                                                     for a in r.assignments}
        leaks = leak_check(session, round_record, round_folder, case_file_ids=shipped)
    if leaks:
        listed = "；".join(map(str, leaks[:8])) + (f"……共 {len(leaks)} 处" if len(leaks) > 8 else "")
        raise ExchangeError(None, f"泄密检查未通过，评审包未生成：{listed}")
    with database.session() as session:  # reads only; each package is recorded in its own
        round_record = only_round(session)
        rules = round_rules(round_record)
        mask, shipped_text = _lead_text(session, round_record, round_folder)
        for reviewer in (session.get(ReviewerRecord, reviewer_id) for reviewer_id in chosen):
            if not reviewer.assignments:
                continue
            keys = reviewer_keys(reviewer)
            if keys is None:
                raise ExchangeError(None, f"评审人员“{reviewer.name}”尚未登记密钥，无法为其生成评审包")
            package_id = uuid.uuid4().hex
            entries: dict[str, bytes] = {}
            case_files = []
            for assignment in sorted(reviewer.assignments, key=lambda a: a.case_file.code):
                case = assignment.case_file
                documents = []
                for document in case.documents:
                    shipped = round_folder / (document.package_path or document.path)
                    data = shipped.read_bytes()
                    if hashlib.sha256(data).hexdigest() != document.exchange_sha256:
                        raise ExchangeError(shipped, "文书文件与登记时的哈希值不符，可能已被改动")
                    name = f"documents/{case.code}/{document.position:02d}.pdf"
                    entries[name] = data
                    documents.append({"position": document.position, "doc_type": document.doc_type, "title": document.title,
                                      "file": name, "pages": document.pages, "sha256": document.exchange_sha256, "size": len(data)})
                case_files.append({"code": case.code, "case_type": case.case_type, "documents": documents,
                                   "precheck": leads_to_ship(session, case, shipped_text, mask)})
            manifest = {
                "format_version": FORMAT_VERSION,
                "kind": "review-package",
                "package_id": package_id,
                "round": {
                    "id": round_identity(round_record),
                    "name": round_record.name,
                    "year": round_record.year,
                    "rubric": round_rubric(round_record).to_dict(),
                    "rules": {
                        "weights": {"expert": str(rules.weights.expert), "cross": str(rules.weights.cross)},
                        "veto_policy": rules.veto_policy.value,
                        "enforce_eligibility": rules.enforce_eligibility,
                        "grades": {"excellent": str(rules.grades.excellent), "pass": str(rules.grades.passing)},
                    },
                },
                "reviewer": {"id": reviewer.id, "name": reviewer.name, "track": reviewer.track,
                             "members": [m for m in reviewer.members.splitlines() if m]},
                "secretariat": secretariat.public.to_dict(),
                "case_files": case_files,
            }
            entries["manifest.json"] = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
            sealed = seal("package", build_archive(entries), secretariat, keys)
            path = out_dir / f"{PACKAGE_PREFIX}{_safe_name(reviewer.name)}_{round_record.year}.rvwpkg"
            staged = StagedFile(path, sealed, verify=lambda data: check_written(data, "package", secretariat.public, keys))
            try:
                with database.session() as record:
                    record.add(IssuedPackage(package_id=package_id, reviewer_id=reviewer.id, file_name=path.name,
                                             sha256=hashlib.sha256(sealed).hexdigest()))
                    audit(record, "秘书处", "build_package", f"{reviewer.name}：{len(case_files)} 件案卷，{path.name}")
            except BaseException:
                staged.discard()
                raise
            staged.move_into_place()
            written.append(path)
    return written


def _lead_text(session, round_record, round_folder: Path):  # noqa: ANN001, ANN202
    """What shipping a pre-check lead needs: the round's sensitive terms masked in its words, and
    the shipped copy's text of a page (read once per document) to quote only what it still shows."""
    from reviewer_app.pdf.reading import page_text

    from reviewer_app.anonymise.matching import TermMatcher

    # the matching redaction uses (NFKC, spacing, ID and telephone patterns), not a plain replace
    matcher = TermMatcher([t for t in leak_terms(session, round_record) if len(t) >= 2])
    read: dict[int, list[str]] = {}

    def mask(text: str) -> str:
        hidden = {i for found in matcher.find(text) for i in found.indices}
        return "".join("○" if i in hidden else char for i, char in enumerate(text))

    def shipped_text(document, page: int) -> str:  # noqa: ANN001
        if document.id not in read:
            read[document.id] = page_text(round_folder / (document.package_path or document.path))
        pages = read[document.id]
        return pages[page - 1] if 0 < page <= len(pages) else ""

    return mask, shipped_text


def package_folder(parent: Path, package: Path) -> Path:
    """Where a package is opened by default: a folder inside `parent` named after the file, with
    everything but letters, digits, CJK, - and _ replaced (a file named `...rvwpkg` must not
    open into the data folder itself, where the installation key lives)."""
    stem = re.sub(r"[^\w\u4e00-\u9fff-]", "_", unicodedata.normalize("NFKC", package.stem)).strip("_.")[:80]
    folder = parent / (stem or "评审包")
    if folder.resolve().parent != parent.resolve():
        raise ExchangeError(package, "评审包的文件名不能用作文件夹名，请改名后再打开")
    return folder


@dataclass(frozen=True)
class OpenedPackage:
    manifest: dict
    entries: dict[str, bytes]


def read_package(path: Path, keys: KeyPair, trusted: Collection[PublicKeys]) -> OpenedPackage:
    """Decrypt, check the signature, that the signer is a secretariat this installation pinned
    (trust.py), the manifest and every document hash. Nothing is written."""
    sender, manifest, entries = open_exchange_file(path, keys, "package", PACKAGE_SCHEMA)
    if sender not in trusted:
        raise ExchangeError(path, untrusted_message(sender))
    if PublicKeys.from_dict(manifest["secretariat"]) != sender:
        raise ExchangeError(path, "评审包的签名者与包内声明的秘书处密钥不一致")
    expected = {"manifest.json"}
    codes = [case["code"] for case in manifest["case_files"]]
    if len(set(codes)) != len(codes):
        raise ExchangeError(path, f"评审包中案卷编号重复：{next(c for c in codes if codes.count(c) > 1)}")
    for case in manifest["case_files"]:
        for document in case["documents"]:
            if document["file"] in expected:
                raise ExchangeError(path, f"评审包中两份文书指向同一个文件 {document['file']}")
            expected.add(document["file"])
            data = entries.get(document["file"])
            if data is None:
                raise ExchangeError(path, f"评审包缺少文书文件 {document['file']}")
            if len(data) != document["size"] or hashlib.sha256(data).hexdigest() != document["sha256"]:
                raise ExchangeError(path, f"文书 {document['file']} 的哈希值不符（文件被改动）")
    extra = sorted(set(entries) - expected)
    if extra:
        raise ExchangeError(path, f"评审包中有清单未列出的文件：{extra[0]}")
    try:
        rubric_from_dict(manifest["round"]["rubric"], "评审包中的评分细则")
    except RubricError as error:
        raise ExchangeError(path, str(error)) from None
    return OpenedPackage(manifest, entries)


def _member_target(package: Path, folder: Path, name: str) -> Path:
    """A document's place inside the opened folder; never outside it, never over the reviewer's
    database or its journal."""
    target = (folder / name).resolve()
    root = folder.resolve()
    if root not in target.parents or target.name.lower().startswith("reviewer.db"):
        raise ExchangeError(package, f"评审包中的文件名“{name}”会写到评审包文件夹之外或覆盖本机数据，已拒绝")
    return target


def open_package(path: Path, keys: KeyPair, folder: Path, trusted: Collection[PublicKeys]) -> Path:
    """Verify the package (signed by a pinned secretariat key), then load it into a reviewer
    database in `folder`. Returns the database path. Opening the same package again changes
    nothing."""
    opened = read_package(path, keys, trusted)
    manifest = opened.manifest
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "reviewer.db"
    database = Database(db_path)
    try:
        with database.session() as session:
            existing = only_round(session) if session.scalar(select(ReviewerRecord.id).limit(1)) else None
            if existing is not None:
                if existing.package_id == manifest["package_id"]:
                    return db_path
                raise ExchangeError(path, f"本地已载入另一个评审包（{existing.name}），请换一个文件夹打开")
            rules = manifest["round"]["rules"]
            round_record = create_round(
                session,
                name=manifest["round"]["name"],
                year=manifest["round"]["year"],
                rubric=rubric_from_dict(manifest["round"]["rubric"]),
                rules=RoundRules(
                    weights=CombinationRule(Decimal(rules["weights"]["expert"]), Decimal(rules["weights"]["cross"])),
                    veto_policy=VetoPolicy(rules["veto_policy"]),
                    enforce_eligibility=rules["enforce_eligibility"],
                    grades=GradeScale(Decimal(rules["grades"]["excellent"]), Decimal(rules["grades"]["pass"])),
                ),
            )
            round_record.origin_round_id = int(manifest["round"]["id"])
            round_record.package_id = manifest["package_id"]
            round_record.secretariat_keys = json.dumps(manifest["secretariat"])
            person = manifest["reviewer"]
            reviewer = ReviewerRecord(round=round_record, name=person["name"], track=person["track"], region="",
                                      members="\n".join(person["members"]), origin_id=person["id"],
                                      public_keys=json.dumps(keys.public.to_dict()))
            session.add(reviewer)
            for case in manifest["case_files"]:
                record = CaseFileRecord(round=round_record, unit=None, code=case["code"], case_type=case["case_type"])
                session.add(record)
                for document in case["documents"]:
                    target = _member_target(path, folder, document["file"])
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(opened.entries[document["file"]])
                    session.add(DocumentRecord(case_file=record, position=document["position"], doc_type=document["doc_type"],
                                               title=document["title"], path=document["file"], pages=document["pages"],
                                               sha256=document["sha256"]))
                receive_leads(session, record, case.get("precheck", []))
                session.add(AssignmentRecord(reviewer=reviewer, case_file=record))
            audit(session, person["name"], "open_package", f"{path.name}：{len(manifest['case_files'])} 件案卷")
    finally:
        database.close()
    return db_path
