"""A candidate's story into the round (seed 004, 附2 二(三)): read from .docx or .txt, refused over
3,000 字 with its count, anonymised under the candidate's alias, and refused again if the leak
check's own detectors still find anything; what was replaced is kept for the secretary's review."""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict
from pathlib import Path

from sqlalchemy.orm import Session

from reviewer_app.anonymise.stories import anonymise_story, name_forms, story_leaks
from reviewer_app.core.awards.individual import story_problem
from reviewer_app.documents.story_document import write_story_pdf
from reviewer_app.store.candidates import CandidateError, candidate_named
from reviewer_app.store.rounds import audit, refuse_if_published
from reviewer_app.store.schema import AwardCandidateRecord, RoundRecord
from reviewer_app.store.spreadsheets import unpacked_size
from reviewer_app.store.stories import register_story_file

MAX_STORY_BYTES = 10 * 1024**2
MAX_STORY_UNPACKED = 50 * 1024**2  # a 3,000-字 story's Word parts, pictures and all, are far less


def read_story(path: Path) -> str:
    """The story's text from a .docx (paragraphs, then tables) or a .txt (UTF-8, else GB18030)."""
    from reviewer_app.pdf.reading import regular_file_problem

    if problem := regular_file_problem(path, MAX_STORY_BYTES):
        raise CandidateError(f"{path.name}：{problem}")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        data = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise CandidateError(f"{path.name}：不是 UTF-8 或 GB18030 编码的文本文件")
    if suffix != ".docx":
        raise CandidateError(f"{path.name}：个人事迹材料请用 Word（.docx）或文本（.txt）文件；旧版 .doc 请另存为 .docx")
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        inflated = unpacked_size(path)
    except (zipfile.BadZipFile, OSError):
        raise CandidateError(f"{path.name}：不是有效的 Word（.docx）文件；请在 Word 或 WPS 中另存为 .docx") from None
    if inflated > MAX_STORY_UNPACKED:
        raise CandidateError(f"{path.name}：Word 文件解压后有 {inflated // 1024**2} MB，远超一份事迹材料应有的大小（可能是恶意构造的文件），未导入")
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise CandidateError(f"{path.name}：无法读取 Word 文件（{str(error)[:120] or type(error).__name__}）；请另存为新的 .docx") from None
    lines = [p.text for p in document.paragraphs]
    lines += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(lines)


def story_terms(candidate: AwardCandidateRecord, others: list[str]) -> list[str]:
    unit = candidate.unit
    terms = [unit.name, unit.region, candidate.certificate_number, *others]
    if unit.parent is not None:
        terms += [unit.parent.name, unit.parent.region]
    return [t for t in terms if t]


def import_story(session: Session, round_record: RoundRecord, name: str, path: Path, round_folder: Path,
                 others: list[str] = (), actor: str = "秘书处") -> list[str]:
    """Read, count, anonymise and store the candidate's story, and register its rendered copy
    as the story file the panel scores (store/stories.py); refused (nothing stored) over the
    limit or when the anonymised text still identifies. Returns what was replaced, for review."""
    refuse_if_published(round_record, "导入个人事迹材料", CandidateError)
    candidate = candidate_named(round_record, session, name)
    text = read_story(path)
    if problem := story_problem(text):
        raise CandidateError(f"{path.name}：{problem}，未导入")
    terms = story_terms(candidate, list(others))
    anonymised = anonymise_story(text, candidate.alias, candidate.name, terms)
    if leaks := story_leaks(anonymised.text, [*terms, *name_forms(candidate.name)]):
        raise CandidateError(f"{path.name}：匿名处理后仍有可识别的内容（{'；'.join(leaks[:5])}），未导入；请在“其他人名”中补充后再导入")
    candidate.story, candidate.story_file, candidate.story_anonymised = text, path.name, anonymised.text
    candidate.story_findings = json.dumps([asdict(f) for f in anonymised.findings], ensure_ascii=False)
    # Named by a fresh random token: a later import never overwrites the copy a package shipped.
    rendered = round_folder / "stories" / f"{candidate.alias}-{secrets.token_hex(4)}.pdf"
    write_story_pdf(candidate.alias, anonymised.text, rendered)
    register_story_file(session, round_record, candidate, rendered, round_folder)
    audit(session, actor, "award_story", f"{candidate.name}（{candidate.alias}）的个人事迹：{path.name}，替换 {len(anonymised.findings)} 处")
    return [f"{f.rule}：{f.text} → {f.replacement}" for f in anonymised.findings]
