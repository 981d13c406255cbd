"""Return files: a reviewer's signed score sheets going back to the secretariat, and the
secretariat's all-or-nothing, idempotent import of them."""

from __future__ import annotations

import hashlib
import io
import json
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reviewer_app.core.canonical import canonical_json, fingerprint, normalised, sheet_document
from reviewer_app.core.sheet_validation import MAX_NAME, MAX_REASON, text_problem
from reviewer_app.core.vocabulary import CaseType, SheetStatus
from reviewer_app.documents.pdf_output import write_pdf
from reviewer_app.documents.score_sheet_report import score_sheet_report
from reviewer_app.exchange.archive import build_archive
from reviewer_app.exchange.atomic import atomic_write
from reviewer_app.exchange.enrolment import reviewer_keys
from reviewer_app.exchange.envelope import check_written, seal
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyPair, PublicKeys
from reviewer_app.exchange.manifests import FORMAT_VERSION, RETURN_SCHEMA
from reviewer_app.exchange.reading import open_exchange_file
from reviewer_app.exchange.sheet_checks import SheetRefused, aware_time, checked_sheet, signature_image_problem
from reviewer_app.exchange.trust import untrusted_message
from reviewer_app.store.precheck import record_verdicts, verdicts_to_return
from reviewer_app.store.backup import backup_database
from reviewer_app.store.database import Database, DatabaseProblem
from reviewer_app.store.report_views import sheet_views
from reviewer_app.store.rounds import audit, only_round, refuse_if_published, round_identity, round_rubric, round_rules
from reviewer_app.store.schema import (
    AssignmentRecord,
    AuditEntry,
    CaseFileRecord,
    IssuedPackage,
    ReviewerRecord,
    RoundRecord,
)
from reviewer_app.store.sheets import NewRevision, insert_revisions, read_sheet, signed_total

log = logging.getLogger(__name__)


def export_return(database: Database, out_path: Path, keys: KeyPair, trusted: Collection[PublicKeys]) -> Path:
    """The newest signed revision of each sheet in the reviewer's database, sealed to the
    secretariat (a newer revision supersedes the older at import; drafts stay home), and only
    to a secretariat key this installation pinned."""
    with database.snapshot() as session:
        round_record = only_round(session)
        if not round_record.package_id:
            raise ExchangeError(None, "本数据库不是从评审包载入的，无法导出回传文件")
        reviewer = session.scalar(select(ReviewerRecord).where(ReviewerRecord.round_id == round_record.id))
        secretariat = PublicKeys.from_dict(json.loads(round_record.secretariat_keys))
        if secretariat not in trusted:
            raise ExchangeError(None, "本评查活动的秘书处密钥未经您确认，不能向其导出评分。" + untrusted_message(secretariat))
        entries = return_entries(session, round_record, reviewer, round_record.package_id)
    sealed = seal("return", build_archive(entries), keys, secretariat)
    atomic_write(out_path, sealed, lambda data: check_written(data, "return", keys.public, secretariat))
    return out_path


def return_entries(session: Session, round_record: RoundRecord, reviewer: ReviewerRecord, package_id: str) -> dict[str, bytes]:
    """What a return file holds for `reviewer`: the manifest, each newest signed sheet's PDF and
    its signature images."""
    rubric, policy = round_rubric(round_record), round_rules(round_record).veto_policy
    entries: dict[str, bytes] = {}
    sheets = []
    newest = {}
    codes = {a.case_file.code for a in reviewer.assignments}
    for view in sheet_views(session, round_record, every_revision=True, case_codes=codes):
        if view.reviewer == reviewer.name and view.sheet.status is SheetStatus.SIGNED:
            newest[view.case_code] = view  # views come in revision order
    for code, view in sorted(newest.items()):
        revision = view.sheet.revision
        document = sheet_document(view.sheet, round_id=view.round_id, case_code=code, reviewer=view.reviewer,
                                  document_keys=view.document_keys)
        pdf = io.BytesIO()
        write_pdf(score_sheet_report(view, rubric, policy), pdf)
        pdf_name = f"sheets/{code}-r{revision}.pdf"
        entries[pdf_name] = pdf.getvalue()
        signatures = []
        for n, signature in enumerate(view.signatures, start=1):
            image = f"signatures/{code}-r{revision}-{n}.png"
            entries[image] = signature.png
            signatures.append({"signer": signature.signer, "signed_at": signature.signed_at.isoformat(),
                               "key_fingerprint": signature.key_fingerprint, "signature": signature.signature.hex(),
                               "image": image})
        sheets.append({"case_code": code, "revision": revision, "document": document,
                       "fingerprint": fingerprint(document), "signed_at": view.signed_at.isoformat(),
                       "revise_reason": view.revise_reason, "signatures": signatures,
                       "pdf": pdf_name, "pdf_sha256": hashlib.sha256(entries[pdf_name]).hexdigest()})
    audit_trail = [{"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail}
                   for e in session.scalars(select(AuditEntry).where(AuditEntry.actor == reviewer.name).order_by(AuditEntry.id))]
    manifest = {"format_version": FORMAT_VERSION, "kind": "return", "round_id": round_identity(round_record),
                "package_id": package_id, "reviewer": {"id": reviewer.origin_id or reviewer.id, "name": reviewer.name},
                "sheets": sheets, "audit": audit_trail,
                "precheck": verdicts_to_return(session, [a.case_file_id for a in reviewer.assignments])}
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    return entries


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {"accepted": "已导入", "duplicate": "已导入过", "refused": "拒绝"}[self.value]


@dataclass(frozen=True)
class ImportResult:
    path: Path
    outcome: Outcome
    message: str
    reviewer: str = ""
    sheets_added: int = 0


def read_return(path: Path, keys: KeyPair) -> tuple[PublicKeys, dict, dict[str, bytes]]:
    return open_exchange_file(path, keys, "return", RETURN_SCHEMA)


def _import_one(session: Session, path: Path, keys: KeyPair) -> ImportResult:
    sender, manifest, entries = read_return(path, keys)
    round_record = only_round(session)
    if manifest["round_id"] != round_identity(round_record):
        raise ExchangeError(path, f"回传文件属于另一个评查活动（编号 {manifest['round_id']}），不是“{round_record.name}”")
    reviewer = session.get(ReviewerRecord, manifest["reviewer"]["id"])
    if reviewer is None or reviewer.round_id != round_record.id or reviewer.name != manifest["reviewer"]["name"]:
        raise ExchangeError(path, f"未登记的评审人员“{manifest['reviewer']['name']}”")
    enrolled = reviewer_keys(reviewer)
    if enrolled is None or enrolled != sender:
        raise ExchangeError(path, f"签名者不是评审人员“{reviewer.name}”登记的密钥（指纹 {sender.short_fingerprint}）")
    issued = session.get(IssuedPackage, manifest["package_id"])
    if issued is None or issued.reviewer_id != reviewer.id:
        raise ExchangeError(path, "回传文件对应的评审包不是发给该评审人员的")
    # The reviewer's files, their documents and sheets read in four queries, not a few per sheet.
    assignments = {a.case_file.code: a for a in session.scalars(
        select(AssignmentRecord).where(AssignmentRecord.reviewer_id == reviewer.id).options(
            selectinload(AssignmentRecord.case_file).selectinload(CaseFileRecord.documents),
            selectinload(AssignmentRecord.sheets)))}
    rubric = round_rubric(round_record)
    seen: set[tuple[str, int]] = set()
    added: list[NewRevision] = []
    for sheet in manifest["sheets"]:
        code, revision = sheet["case_code"], sheet["revision"]
        where = f"案卷 {code} 第{revision}版评分表"
        if (code, revision) in seen:
            raise ExchangeError(path, f"{where}在文件中出现了两次")
        seen.add((code, revision))
        assignment: AssignmentRecord | None = assignments.get(code)
        if assignment is None:
            raise ExchangeError(path, f"案卷 {code} 未分配给评审人员“{reviewer.name}”")
        document = sheet["document"]
        if (document["case_code"], document["revision"], document["reviewer"], document["round"]) != (
            code, revision, reviewer.name, round_identity(round_record)):
            raise ExchangeError(path, f"{where}的内容与其标注不一致")
        if fingerprint(document) != sheet["fingerprint"]:
            raise ExchangeError(path, f"{where}的指纹不符")
        signed_at = aware_time(sheet["signed_at"])
        if isinstance(signed_at, str):
            raise ExchangeError(path, f"{where}的签名时间{signed_at}")
        if problem := text_problem(sheet["revise_reason"], MAX_REASON):
            raise ExchangeError(path, f"{where}的修订原因{problem}")
        signatures = []
        for signature in sheet["signatures"]:
            signer = signature["signer"]
            if not sender.verify(bytes.fromhex(signature["signature"]), canonical_json(document)):
                raise ExchangeError(path, f"{where}上“{signer[:40]}”的签名无效")
            if problem := text_problem(signer, MAX_NAME):
                raise ExchangeError(path, f"{where}的签名人姓名{problem}")
            image = entries.get(signature["image"])
            if image is None:
                raise ExchangeError(path, f"{where}缺少签名图片 {signature['image']}")
            if problem := signature_image_problem(image):
                raise ExchangeError(path, f"{where}上“{signer}”的{problem}")
            moment = aware_time(signature["signed_at"])
            if isinstance(moment, str):
                raise ExchangeError(path, f"{where}上“{signer}”的签名时间{moment}")
            signatures.append({"signer": signer, "image_png": image, "signed_at": moment,
                               "key_fingerprint": signature["key_fingerprint"],
                               "signature": bytes.fromhex(signature["signature"])})
        pdf = entries.get(sheet["pdf"])
        if pdf is None or hashlib.sha256(pdf).hexdigest() != sheet["pdf_sha256"]:
            raise ExchangeError(path, f"{where}的 PDF 缺失或哈希值不符")
        case_file = assignment.case_file
        documents = {d.exchange_sha256: d.id for d in case_file.documents}
        try:
            incoming = checked_sheet(document, documents, {d.id: d.pages for d in case_file.documents}, rubric,
                                     CaseType(case_file.case_type))
        except SheetRefused as error:
            raise ExchangeError(path, f"{where}：{error}") from None
        existing = {r.revision: r for r in assignment.sheets}
        if revision in existing:
            record = existing[revision]
            current = sheet_document(read_sheet(record), round_id=round_identity(round_record), case_code=code,
                                     reviewer=reviewer.name, document_keys={v: k for k, v in documents.items()})
            if normalised(current) != normalised(document) or record.status != SheetStatus.SIGNED.value:
                raise ExchangeError(path, f"{where}与已导入的同版本内容不同")
            continue
        newest = max([*existing, *(r.sheet.revision for r in added if r.assignment_id == assignment.id)], default=0)
        if revision < newest:
            raise ExchangeError(path, f"{where}比已导入的第{newest}版旧，不能覆盖")
        incoming.status, incoming.revision = SheetStatus.SIGNED, revision
        added.append(NewRevision(assignment.id, incoming, {"revise_reason": sheet["revise_reason"], "signed_at": signed_at,
                                                           **signed_total(rubric, incoming)}, tuple(signatures)))
    # the reviewer's answers to the pre-check's leads, on the files they were given only
    record_verdicts(session, round_record, reviewer.name, {a.case_file_id for a in assignments.values()},
                    manifest.get("precheck", []))
    if not added:
        return ImportResult(path, Outcome.DUPLICATE, "已导入过，没有新的评分表", reviewer.name)
    # Checked last, so that a file with something wrong with it is refused for that.
    refuse_if_published(round_record, f"导入新的评分表（本文件有 {len(added)} 份）", lambda why: ExchangeError(path, why))
    insert_revisions(session, added)
    audit(session, "秘书处", "import_return", f"{path.name}：{reviewer.name} {len(added)} 份评分表")
    return ImportResult(path, Outcome.ACCEPTED, f"导入 {len(added)} 份评分表", reviewer.name, len(added))


def import_returns(database: Database, paths: list[Path], keys: KeyPair, progress=None) -> list[ImportResult]:  # noqa: ANN001
    """Each file in its own transaction: a refused file changes nothing; the others still go in.
    The database is backed up first."""
    if database.path is not None and paths:
        backup_database(database.path, "before-import")
    results = []
    for n, path in enumerate(paths, start=1):
        try:
            with database.session() as session:
                result = _import_one(session, path, keys)
        except ExchangeError as error:
            result = ImportResult(path, Outcome.REFUSED, error.problem)
        except DatabaseProblem as error:  # the disk filled up, say: this file is not in, and says why
            result = ImportResult(path, Outcome.REFUSED, str(error))
        except Exception as error:  # noqa: BLE001 - one file's surprise must not end the batch
            log.exception("unexpected error importing %s", path)
            result = ImportResult(path, Outcome.REFUSED,
                                  f"处理此文件时出现意外错误（{type(error).__name__}），已拒绝且未作任何改动；详情已写入日志")
        results.append(result)
        if progress:
            progress(n, len(paths), result)
    return results
