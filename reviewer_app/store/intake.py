"""Case-file intake from a folder tree: <unit>/<case file>/<documents>. Case and document
types are inferred from the names (the secretariat corrects them afterwards), pages and
hashes recorded, each case file given a random anonymous code; all or nothing."""

from __future__ import annotations

import hashlib
import re
import secrets
import shutil
import string
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from reviewer_app.core.document_typing import type_of_document
from reviewer_app.pdf.reading import IMAGE_SUFFIXES, image_to_pdf, page_text, qr_codes
from reviewer_app.pdf.trial_pool import Progress, try_documents
from reviewer_app.core.composition import composition_warnings
from reviewer_app.core.eligibility import DATING_DOCUMENTS, eligibility_warnings
from reviewer_app.core.vocabulary import CaseType, DocumentType, UnitLevel
from reviewer_app.store.rounds import audit, refuse_if_published, scoring_started
from reviewer_app.store.schema import CaseFileRecord, DocumentRecord, RoundRecord

DOCUMENT_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
# Checked in order: the first keyword found in a case folder's name decides its type.
CASE_KEYWORDS = (
    ("按日", CaseType.DAILY_PENALTY), ("拘留", CaseType.DETENTION_TRANSFER), ("犯罪", CaseType.CRIME_TRANSFER),
    ("强制执行", CaseType.COURT_ENFORCEMENT), ("稽查", CaseType.INSPECTION_AUDIT),
)


# A case folder named so holds a 先进个人 candidate's case file (seed 004, 附2 二(二)(1)) that is not
# one of its unit's submitted files: scored like any, never in the unit's composition or mean.
CANDIDATE_FILE_KEYWORD = "先进个人"


class IntakeError(ValueError):
    pass


def case_type_of(name: str, documents: list[tuple[Path, DocumentType]]) -> CaseType:
    """The folder's name when it says so; otherwise what its documents show."""
    named = next((case_type for keyword, case_type in CASE_KEYWORDS if keyword in name), None)
    if named is not None:
        return named
    types = {doc_type for _, doc_type in documents}
    # A re-inspection record (复查笔录) is in many ordinary penalty files; only the daily-penalty
    # decision itself says the file is one.
    if DocumentType.DAILY_PENALTY_DECISION in types:
        return CaseType.DAILY_PENALTY
    if DocumentType.ENFORCEMENT_APPLICATION in types:
        return CaseType.COURT_ENFORCEMENT
    if types & {DocumentType.AUDIT_REPORT, DocumentType.AUDIT_OPINION}:
        return CaseType.INSPECTION_AUDIT
    if DocumentType.TRANSFER_LETTER in types:
        letter = next(path for path, doc_type in documents if doc_type is DocumentType.TRANSFER_LETTER)
        text = "".join(page_text(letter)) if letter.suffix.lower() == ".pdf" else ""
        return transfer_type(text)
    return CaseType.PENALTY


# How real records say they were made on the mobile enforcement platform: its name in several
# spellings, or the record number the platform prints.
PLATFORM_PATTERN = re.compile(r"移动执法(?:平台|系统|终端|[Aa][Pp][Pp])|移动执法记录(?:编号|号)|执法记录编号[A-Z]{0,4}\d{6,}")


def platform_record(text: str) -> str | None:
    """What in the text shows the record was made on the mobile enforcement platform, or None."""
    found = PLATFORM_PATTERN.search(re.sub(r"\s+", "", text))
    return found.group(0) if found else None


def transfer_type(text: str) -> CaseType:
    """What a transfer letter asks the police for: detention, or a criminal investigation. A
    detention letter often says the conduct 尚不构成犯罪 (is not yet a crime); that is no crime."""
    text = re.sub(r"\s+", "", text)
    if "行政拘留" in text:
        return CaseType.DETENTION_TRANSFER
    cleared = re.sub(r"(尚?不构成犯罪|未构成犯罪|不涉嫌犯罪)", "", text)
    return CaseType.CRIME_TRANSFER if ("刑法" in cleared or "犯罪" in cleared) else CaseType.DETENTION_TRANSFER


def document_type_of(name: str) -> DocumentType:
    """The type a file name gives (for a file whose pages cannot be read)."""
    return type_of_document("", name).doc_type


def document_titles(types: list[DocumentType]) -> list[str]:
    """What a case file's documents are called in packages: the type's name, numbered where a
    type comes twice (调查询问笔录（2）); never the file name, which may carry a 文号 or a party."""
    counts = {t: types.count(t) for t in types}
    seen: dict[DocumentType, int] = {}
    titles = []
    for doc_type in types:
        seen[doc_type] = seen.get(doc_type, 0) + 1
        titles.append(doc_type.label + (f"（{seen[doc_type]}）" if counts[doc_type] > 1 else ""))
    return titles


@dataclass(frozen=True)
class IntakeReport:
    case_files: int
    documents: int
    warnings: list[str]
    refused: list[str] = field(default_factory=list)  # case files left out, each with the file and why


def intake_folder(session: Session, round_record: RoundRecord, source: Path, round_folder: Path,
                  progress: Progress | None = None) -> IntakeReport:
    """A folder tree <unit>/<case file>/<documents>."""
    if not source.is_dir():
        raise IntakeError(f"{source}：不是文件夹")
    return intake_dropped(session, round_record, [source], round_folder, progress)


def intake_dropped(session: Session, round_record: RoundRecord, sources: list[Path], round_folder: Path,
                   progress: Progress | None = None) -> IntakeReport:
    """Folders dropped on the console: each either a unit's folder (named as in the roster)
    or a folder holding units' folders. Every document is first put through what later steps
    will do to it (in worker processes, with a time limit); a case file with a document that
    fails is left out and named, so that it can be fixed and dropped again. Nothing is recorded
    unless the whole drop is consistent."""
    refuse_if_published(round_record, "接收案卷", IntakeError)
    units = {u.name: u for u in round_record.units}
    unit_dirs = []
    for source in sources:
        if not source.is_dir():
            raise IntakeError(f"{source}：不是文件夹（请拖入单位文件夹或包含各单位文件夹的文件夹）")
        if source.name in units:
            unit_dirs.append(source)
            continue
        for unit_dir in sorted(p for p in source.iterdir() if p.is_dir()):
            if unit_dir.name not in units:
                raise IntakeError(f"{unit_dir}：名单中没有参评单位“{unit_dir.name}”，请先导入名单或更正文件夹名")
            unit_dirs.append(unit_dir)
    known = {(c.unit.name, c.title) for c in round_record.case_files if c.unit is not None}
    planned = []
    for unit_dir in unit_dirs:
        for case_dir in sorted(p for p in unit_dir.iterdir() if p.is_dir()):
            if (unit_dir.name, case_dir.name) in known:
                raise IntakeError(f"{case_dir}：{unit_dir.name} 的案卷“{case_dir.name}”已经登记过")
            files = sorted(p for p in case_dir.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)
            if not files:
                raise IntakeError(f"{case_dir}：没有文书文件（PDF 或图片）")
            planned.append((units[unit_dir.name], case_dir, files))
    if not planned:
        raise IntakeError(f"{'、'.join(map(str, sources))}：没有找到“单位/案卷/文书”结构的文件夹")
    trials = try_documents([f for _, _, files in planned for f in files], progress)
    refused = [f"{unit.name}/{case_dir.name}/{f.name}：{trials[f].problem}（整件案卷未登记）"
               for unit, case_dir, files in planned for f in files if trials[f].problem]
    planned = [(unit, case_dir, [(f, type_of_document(trials[f].first_page, f.name), trials[f].pages) for f in files])
               for unit, case_dir, files in planned if all(trials[f].problem is None for f in files)]
    if not planned:
        raise IntakeError("没有可登记的案卷：" + "；".join(refused))

    used = {c.code for c in round_record.case_files}
    warnings: list[str] = []
    documents = 0
    for unit, case_dir, files in planned:
        code = ""
        while not code or code in used:
            code = "AJ-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))  # random: not from unit order
        used.add(code)
        case_type = case_type_of(case_dir.name, [(path, typing.doc_type) for path, typing, _ in files])
        record = CaseFileRecord(round=round_record, unit=unit, code=code, case_type=case_type.value, title=case_dir.name,
                                unit_file=CANDIDATE_FILE_KEYWORD not in case_dir.name)
        session.add(record)
        titles = document_titles([typing.doc_type for _, typing, _ in files])
        for position, ((path, typing, pages), title) in enumerate(zip(files, titles), start=1):
            target = round_folder / "originals" / unit.name / case_dir.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix.lower() in IMAGE_SUFFIXES:  # a photographed or scanned page: one PDF page a frame
                target = target.with_name(target.name + ".pdf")
                image_to_pdf(path, target)
            elif target.resolve() != path.resolve():
                shutil.copy2(path, target)
            record.documents.append(DocumentRecord(
                position=position, doc_type=typing.doc_type.value, title=title, type_basis=typing.basis[:200],
                path=target.relative_to(round_folder).as_posix(), pages=pages, sha256=hashlib.sha256(target.read_bytes()).hexdigest()))
            documents += 1
        found, evidence, warned = _eligibility(round_record, case_type, record.documents, round_folder)
        record.mobile_platform, record.platform_evidence = found is not False, (evidence or "")[:200]
        record.eligibility_warnings = "\n".join(warned)  # proposals for the secretariat, not verdicts
    session.flush()
    warnings += unit_warnings(round_record)
    audit(session, "秘书处", "intake", f"{'、'.join(map(str, sources))}：{len(planned)} 件案卷，{documents} 份文书")
    return IntakeReport(len(planned), documents, warnings, refused)


def _eligibility(round_record: RoundRecord, case_type: CaseType, documents: list[DocumentRecord],
                 round_folder: Path) -> tuple[bool | None, str | None, list[str]]:
    """Whether the on-site record shows it was made on the mobile platform (None: a scan, which
    proves nothing either way), what shows it, and what intake proposes about the file's
    eligibility: read from the documents that decide it."""
    deciding = {DocumentType.INSPECTION_RECORD, *DATING_DOCUMENTS[case_type]}
    texts: dict[DocumentType, str] = {}
    record_path = None
    for document in documents:
        doc_type = DocumentType(document.doc_type)
        if doc_type in texts:
            continue
        path = round_folder / document.path
        texts[doc_type] = "".join(page_text(path)) if doc_type in deciding and path.suffix.lower() == ".pdf" else ""
        if doc_type is DocumentType.INSPECTION_RECORD:
            record_path = path
    evidence = platform_evidence(texts.get(DocumentType.INSPECTION_RECORD, ""), record_path)
    # A scan with no QR code proves nothing either way: only a text layer without a platform mark is a warning.
    found = True if evidence else (False if texts.get(DocumentType.INSPECTION_RECORD, "").strip() else None)
    period = (round_record.period_start, round_record.period_end)
    return found, evidence, eligibility_warnings(case_type, texts, found, period)


def platform_evidence(text: str, path: Path | None) -> str | None:
    """How the on-site record shows it was made on the mobile platform: the platform's name or
    record number in its text, or else a QR code printed on it (the platform's verification code)."""
    if matched := platform_record(text):
        return f"文字：{matched}"
    if path is not None:
        codes = qr_codes(path)
        if codes:
            return f"二维码：{codes[0]}"
    return None


def unit_warnings(round_record: RoundRecord) -> list[str]:
    """Composition and eligibility rules, per unit, as the case files now stand."""
    warnings = []
    for unit in round_record.units:
        for warning in composition_warnings(UnitLevel(unit.level), [CaseType(c.case_type) for c in unit.submitted_files]):
            warnings.append(f"{unit.name}：{warning}")
        warnings += [f"{unit.name} {c.title}（{c.code}）：{'；'.join(c.eligibility_warnings.splitlines())}。"
                     "请核对后确认或排除（不符合报送要求的案卷计 0 分）"
                     for c in unit.submitted_files if c.eligibility_warnings and c.eligibility_decision == "none"]
    return warnings


def correct_case_type(session: Session, round_record: RoundRecord, code: str, case_type: CaseType) -> None:
    """The secretariat's correction of an inferred case type, until scoring starts."""
    case = _unscored_case(session, round_record, code)
    if case.case_type != case_type.value:
        audit(session, "秘书处", "correct_case_type", f"{code}：{CaseType(case.case_type).label} → {case_type.label}")
        case.case_type = case_type.value


def set_unit_file(session: Session, round_record: RoundRecord, code: str, unit_file: bool) -> None:
    """Whether a case file is one of its unit's submitted files, or only a 先进个人 candidate's
    (intake takes it from the folder's name; the secretariat corrects it until publication)."""
    refuse_if_published(round_record, "更改案卷是否计入单位", IntakeError)
    case = next((c for c in round_record.case_files_only if c.code == code), None)
    if case is None:
        raise IntakeError(f"没有编号为 {code} 的案卷")
    if case.unit_file != unit_file:
        case.unit_file = unit_file
        audit(session, "秘书处", "unit_file", f"{code}：{'计入单位报送案卷' if unit_file else '仅作先进个人候选人案卷，不计入单位'}")


def correct_document_type(session: Session, round_record: RoundRecord, document_id: int, doc_type: DocumentType) -> None:
    document = session.get(DocumentRecord, document_id)
    if document is None or document.case_file.round_id != round_record.id:
        raise IntakeError(f"没有编号为 {document_id} 的文书")
    _unscored_case(session, round_record, document.case_file.code)
    if document.doc_type != doc_type.value:
        audit(session, "秘书处", "correct_document_type",
              f"{document.case_file.code} 第 {document.position} 份：{DocumentType(document.doc_type).label} → {doc_type.label}")
        if document.title.startswith(DocumentType(document.doc_type).label):
            document.title = doc_type.label
        document.doc_type = doc_type.value
        document.type_basis = "秘书处更正"


def _unscored_case(session: Session, round_record: RoundRecord, code: str) -> CaseFileRecord:
    case = next((c for c in round_record.case_files if c.code == code), None)
    if case is None:
        raise IntakeError(f"没有编号为 {code} 的案卷")
    if (reason := scoring_started(session, round_record)) is not None:
        raise IntakeError(f"{reason}，案卷和文书类型不能再更正")
    return case
