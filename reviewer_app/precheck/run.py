"""The pre-check over a round's case files at the secretariat, on the originals, after OCR: a
scanned page is read from the round's OCR cache. One case file is one task, over every core; each
file's leads are saved as they arrive, so a crash or a cancel loses only the files in hand, and a
file whose documents and rules have not changed since it was checked is not read again."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reviewer_app.core.precheck.rule_base import RULES_PATH
from reviewer_app.core.precheck.overlap import OfficerSpan, officer_spans
from reviewer_app.core.precheck.rules import CaseDocument, CaseFileReading, Finding, precheck_case_file
from reviewer_app.core.vocabulary import DocumentType
from reviewer_app.pdf.reading import page_text
from reviewer_app.pdf.trial_pool import Progress, Task, run_in_workers
from reviewer_app.store.database import Database
from reviewer_app.store.precheck import save_findings, save_overlaps_across, spans_json
from reviewer_app.store.rounds import audit, only_round
from reviewer_app.store.schema import CaseFileRecord

READING_VERSION = "1"  # raised when what the reading or the rules' code finds changes


@dataclass(frozen=True)
class PrecheckRequest:
    # (document type, title, path of the original, OCR text by page for pages without a text layer)
    documents: tuple[tuple[str, str, str, dict[int, str]], ...]


@dataclass(frozen=True)
class PrecheckReport:
    checked: int  # case files read this time
    unchanged: int  # case files whose documents and rules were as when last checked
    leads: int  # leads on the files read this time
    problems: list[str]  # files that could not be read, each with why


def read_and_check(request: PrecheckRequest) -> tuple[list[Finding], list[OfficerSpan]]:
    """In a worker process: each document's pages (text layer, else OCR), then the rules; and
    when and where its records put which officers, for the comparison across files."""
    documents = []
    for doc_type, title, path, ocr in request.documents:
        pages = page_text(Path(path))
        documents.append(CaseDocument(DocumentType(doc_type), title,
                                      [text if text.strip() else ocr.get(n, "") for n, text in enumerate(pages, start=1)]))
    reading = CaseFileReading(documents)
    return precheck_case_file(documents, reading=reading), officer_spans("", reading.documents)


def _basis(case: CaseFileRecord, rules: str) -> str:
    return hashlib.sha256(":".join([rules, *(f"{d.doc_type}/{d.sha256}" for d in case.documents)]).encode()).hexdigest()


def run_precheck(database: Database, round_folder: Path, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> PrecheckReport:
    from reviewer_app.anonymise.round_anonymisation import ocr_text

    rules = hashlib.sha256(RULES_PATH.read_bytes() + READING_VERSION.encode()).hexdigest()
    tasks, bases = [], {}
    with database.session() as session:
        round_record = only_round(session)
        cases = round_record.case_files_only
        for case in cases:
            bases[case.id] = _basis(case, rules)
            if case.precheck_basis == bases[case.id]:
                continue
            request = PrecheckRequest(tuple((d.doc_type, d.title, str(round_folder / d.path), ocr_text(session, d))
                                            for d in case.documents))
            tasks.append(Task(case.id, case.code, request, 60 + 2 * sum(d.pages for d in case.documents)))
    problems: list[str] = []
    leads = 0

    def save(task: Task, outcome) -> None:  # noqa: ANN001 - a trial_pool Outcome
        nonlocal leads
        if outcome.problem is not None:
            problems.append(f"{task.label}：{outcome.problem}")
            return
        findings, spans = outcome.result
        with database.session() as session:
            case = session.get(CaseFileRecord, task.key)
            save_findings(session, case, findings, bases[task.key])
            case.precheck_spans = spans_json(spans)
        leads += len(findings)

    run_in_workers(tasks, read_and_check, progress, workers, on_outcome=save, cancelled=cancelled)
    with database.session() as session:  # across files: every file's spans, the unchanged ones' as stored
        leads += save_overlaps_across(session, only_round(session))
    with database.session() as session:
        audit(session, "秘书处", "precheck", f"预审：读取 {len(tasks)} 件案卷，提示 {leads} 条"
              + (f"，{len(problems)} 件无法读取" if problems else ""))
    return PrecheckReport(len(tasks), len(cases) - len(tasks), leads, problems)
