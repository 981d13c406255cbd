"""Batch export of a round's documents, one file each, with stable readable names."""

from __future__ import annotations

import gc
import math
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from reviewer_app.core.consolidation import in_rank_order
from reviewer_app.core.findings import ScoredSheet
from reviewer_app.documents.precheck_report import precheck_report
from reviewer_app.documents.awards_report import collective_report, individual_report
from reviewer_app.documents.findings_reports import RoundFacts, round_report, typical_problems_report, unit_findings_report
from reviewer_app.documents.layout import Report
from reviewer_app.documents.pdf_output import write_pdf
from reviewer_app.documents.round_reports import Publication, case_summary_report, completion_report, unit_ranking_report
from reviewer_app.documents.score_sheet_report import score_sheet_report
from reviewer_app.documents.word_output import write_docx
from reviewer_app.pdf.trial_pool import Task, run_in_workers
from reviewer_app.store.precheck import stored_leads
from reviewer_app.store.awards import collective_selection
from reviewer_app.store.backup import copy_database
from reviewer_app.store.candidates import individual_selection
from reviewer_app.store.database import Database
from reviewer_app.store.decisions import spreads
from reviewer_app.store.report_views import assignment_statuses, case_file_views, sheet_views
from reviewer_app.store.results import round_results
from reviewer_app.store.rounds import only_round, round_rubric, round_rules
from reviewer_app.store.schema import RoundRecord

WRITERS = {"pdf": write_pdf, "docx": write_docx}
# python-docx's package and parts refer to each other, so every written document is cyclic garbage
# holding megabytes of lxml trees in native memory. Part of each cycle reaches the oldest generation,
# which Python collects rarely: measured, ~45 dead documents piled up before one came, and the peak
# grew from 245 MB (100 sheets) to 383 MB (1,000). A full collection costs about as much as writing
# one document, so a batch does one every so many.
COLLECT_EVERY = {"docx": 25}
KINDS = ("sheets", "cases", "units", "completion", "findings", "report", "awards", "precheck")

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PlannedDocument:
    name: str  # file name without extension
    build: Callable[[], Report]


def round_facts(record: RoundRecord) -> RoundFacts:
    return RoundFacts(record.name, (record.period_start, record.period_end), len(record.reviewers),
                      record.experts_per_file, record.cross_per_file, record.recheck_threshold)


def round_publication(record: RoundRecord) -> Publication | None:
    return Publication(record.issuing_body, record.issued_on) if record.issuing_body and record.issued_on else None


def _safe(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text)


def plan_documents(database: Database, kinds: tuple[str, ...] = KINDS, case_codes: set[str] | None = None) -> list[PlannedDocument]:
    """What an export would write. Reading happens here; building each Report is deferred."""
    with database.snapshot() as session:
        round_record = only_round(session)
        rubric, rules = round_rubric(round_record), round_rules(round_record)
        name = round_record.name
        views = sheet_views(session, round_record, case_codes=case_codes)
        results = round_results(session, round_record)
        files = case_file_views(round_record)
        # Only what the kinds asked for need be read: a batch of a large export plans again per batch.
        statuses = assignment_statuses(session, round_record) if "completion" in kinds else []
        notes = {spread.case_code: spread.decisions for spread in spreads(session, round_record, results)} if "cases" in kinds else {}
        publication = round_publication(round_record)
        facts = round_facts(round_record)
        selection = collective_selection(session, round_record, results) if "awards" in kinds else None
        candidates = individual_selection(session, round_record, results) if "awards" in kinds else None
        leads = stored_leads(session, round_record) if "precheck" in kinds else []

    plan: list[PlannedDocument] = []
    if "sheets" in kinds:
        for view in views:
            plan.append(PlannedDocument(
                f"评分表_{view.case_code}_{_safe(view.reviewer)}_第{view.sheet.revision}版",
                lambda view=view: score_sheet_report(view, rubric, rules.veto_policy),
            ))
    if "cases" in kinds:
        by_case = defaultdict(list)
        for view in views:
            by_case[view.case_code].append(view)
        for case in sorted(results.cases, key=lambda c: c.code):
            if case_codes is None or case.code in case_codes:
                plan.append(PlannedDocument(
                    f"案卷汇总表_{case.code}",
                    lambda case=case: case_summary_report(name, case, files[case.code], by_case[case.code], rubric,
                                                          rules.veto_policy, notes.get(case.code, ()), publication),
                ))
    if "units" in kinds:
        plan.append(PlannedDocument("单位得分与排名", lambda: unit_ranking_report(name, results, publication)))
    if "completion" in kinds:
        plan.append(PlannedDocument("评查完成情况", lambda: completion_report(name, statuses)))
    if "awards" in kinds:
        plan.append(PlannedDocument("先进集体评选结果", lambda: collective_report(name, selection, results.final, publication)))
        if candidates.candidates:
            plan.append(PlannedDocument("先进个人评选结果", lambda: individual_report(name, candidates, results.final, publication)))
    if leads:  # a round never pre-checked has no such report
        plan.append(PlannedDocument("预审提示汇总", lambda: precheck_report(name, leads)))
    unit_of = {c.code: c.unit for c in results.cases}
    # the panel's story sheets are no unit's: they count in the 先进个人 selection only
    scored = [ScoredSheet(v.case_code, unit_of[v.case_code], v.reviewer, v.sheet) for v in views if v.case_code in unit_of]
    if "report" in kinds:
        plan.append(PlannedDocument("评查结果报告", lambda: round_report(facts, rubric, scored, results, publication)))
    if "findings" in kinds:
        plan.append(PlannedDocument("典型问题分析", lambda: typical_problems_report(name, rubric, scored, results, publication)))
        by_unit = defaultdict(list)
        for case in sorted(results.cases, key=lambda c: c.code):
            by_unit[case.unit].append(case)
        comments = defaultdict(list)
        for view in views:
            if view.sheet.comment.strip() and view.case_code in unit_of:
                comments[unit_of[view.case_code]].append((view.case_code, view.track.label, view.sheet.comment.strip()))
        for unit in in_rank_order(results.units):
            plan.append(PlannedDocument(
                f"单位评查意见_{_safe(unit.name)}",
                lambda unit=unit: unit_findings_report(name, rubric, unit, by_unit[unit.name], scored, comments[unit.name], publication),
            ))
    return plan


def write_documents(plan: list[PlannedDocument], out_dir: Path, fmt: str, progress: Progress | None = None) -> Iterator[Path]:
    writer = WRITERS[fmt]
    collect_every = COLLECT_EVERY.get(fmt)
    out_dir.mkdir(parents=True, exist_ok=True)
    for n, planned in enumerate(plan, start=1):
        path = out_dir / f"{planned.name}.{fmt}"
        writer(planned.build(), path)
        if collect_every and n % collect_every == 0:
            gc.collect()
        if progress:
            progress(n, len(plan), path.name)
        yield path


PER_CASE_KINDS = ("sheets", "cases")  # one document per sheet or per case file: the bulk of an export
PARALLEL_FROM_CASE_FILES = 100  # ~500 documents: several seconds of work a worker
EXPORT_TIME_LIMIT_S = 1800.0  # a batch of case files in Word, on a slow laptop


def _write_batch(payload: tuple[str, str, str, tuple[str, ...], list[str]]) -> list[str]:
    """In a worker process: the per-case documents of a batch of case files."""
    db_path, out_dir, fmt, kinds, codes = payload
    database = Database(db_path, upgrade=False)  # read as the console left it, WAL included
    try:
        return [str(p) for p in write_documents(plan_documents(database, kinds, set(codes)), Path(out_dir), fmt)]
    finally:
        database.close()


class ExportError(RuntimeError):
    """Some documents could not be written; the message names the case files and why."""


def export_round(database: Database, out_dir: Path, fmt: str, kinds: tuple[str, ...] = KINDS, progress: Progress | None = None,
                 workers: int | None = None, batch: int | None = None) -> list[Path]:
    """Every document of the kinds asked for. Score sheets and case summaries, the bulk of a
    provincial round, are written by worker processes over all cores, a batch of case files
    each (each reads only its own files); the round's few documents are written here."""
    if database.path is None:
        return _export_from(database, out_dir, fmt, kinds, progress, workers, batch)
    # Read from one copy taken at the start (SQLite's online backup: one consistent state), so
    # an import committing while the workers read is in every document or in none.
    with tempfile.TemporaryDirectory(prefix="export-snapshot-") as scratch:
        snapshot = Path(scratch) / "snapshot.db"
        copy_database(database.path, snapshot)
        frozen = Database(snapshot, upgrade=False)
        try:
            return _export_from(frozen, out_dir, fmt, kinds, progress, workers, batch)
        finally:
            frozen.close()


def _export_from(database: Database, out_dir: Path, fmt: str, kinds: tuple[str, ...], progress: Progress | None,
                 workers: int | None, batch: int | None) -> list[Path]:
    count = max(1, workers or os.cpu_count() or 1)
    per_case = tuple(k for k in kinds if k in PER_CASE_KINDS)
    with database.session() as session:
        codes = sorted(c.code for c in only_round(session).case_files_only)
    # Several batches a worker, for an even finish. A small round is written here: starting the
    # workers costs more than its few hundred documents (measured on the demo: 0.76× with workers).
    parallel = count > 1 and (batch is not None or len(codes) >= PARALLEL_FROM_CASE_FILES)
    batch = batch or max(10, math.ceil(len(codes) / (count * 4)))
    paths: list[Path] = []
    if per_case and parallel and len(codes) > batch:
        batches = [codes[i:i + batch] for i in range(0, len(codes), batch)]
        tasks = [Task(n, f"{b[0]}…{b[-1]}", (str(database.path), str(out_dir), fmt, per_case, b), EXPORT_TIME_LIMIT_S)
                 for n, b in enumerate(batches)]
        out_dir.mkdir(parents=True, exist_ok=True)
        outcomes = run_in_workers(tasks, _write_batch, progress, workers=count)
        failed = [(tasks[n].label, o.problem) for n, o in sorted(outcomes.items()) if o.problem]
        if failed:
            raise ExportError("；".join(f"案卷 {label}：{problem}" for label, problem in failed))
        paths += [Path(p) for n in sorted(outcomes) for p in outcomes[n].result]
        kinds = tuple(k for k in kinds if k not in per_case)
    if kinds:
        paths += write_documents(plan_documents(database, kinds), out_dir, fmt, progress)
    return paths
