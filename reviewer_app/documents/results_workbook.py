"""The round's results as one Excel workbook, for secretaries who sort, filter and paste.

Five sheets, all from the same functions as `results --json` and the PDF reports:
单位得分与排名, 案卷得分, 评分明细 (one row per counted sheet × rubric item), 扣分统计 (per
rubric item across the round) and 评审进度 (per assignment). Points are numeric cells with two
decimals, never text, so the figures sort and sum in Excel and WPS.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reviewer_app.core.awards.collective import CollectiveSelection
from reviewer_app.core.awards.individual import IndividualSelection
from reviewer_app.core.consolidation import FINAL, CaseResult, RoundResults
from reviewer_app.core.points import round2
from reviewer_app.core.rubric import Rubric
from reviewer_app.core.findings import ScoredSheet, item_findings
from reviewer_app.core.score_sheet import item_score, not_applicable
from reviewer_app.core.vocabulary import Track, UnitLevel
from reviewer_app.documents.awards_report import COLLECTIVE_HEADER, INDIVIDUAL_HEADER, collective_rows, individual_rows
from reviewer_app.documents.round_reports import STATUS_TEXT
from reviewer_app.store.awards import collective_selection
from reviewer_app.store.candidates import individual_selection
from reviewer_app.store.database import Database
from reviewer_app.store.report_views import AssignmentStatus, SheetView, assignment_statuses, signed_sheet_views
from reviewer_app.store.results import round_results
from reviewer_app.store.rounds import only_round, round_rubric

Progress = Callable[[int, int, str], None]

SHEET_NAMES = ("单位得分与排名", "案卷得分", "评分明细", "扣分统计", "评审进度", "先进集体评选", "先进个人评选")
STATUS_LABEL = {FINAL: "最终结果", "provisional": "初步结果"}
POINTS_FORMAT = "0.00"
MAX_COLUMN_WIDTH = 60
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")


class WorkbookError(OSError):
    """The workbook could not be written; the message names the file and what to do."""


@dataclass(frozen=True)
class WorkbookFacts:
    round_name: str
    results: RoundResults
    rubric: Rubric
    sheets: list[SheetView]  # the counted (newest signed) sheets
    progress: list[AssignmentStatus]
    collective: CollectiveSelection
    individual: IndividualSelection


def workbook_facts(database: Database) -> WorkbookFacts:
    with database.snapshot() as session:
        round_record = only_round(session)
        results = round_results(session, round_record)
        return WorkbookFacts(
            round_name=round_record.name,
            results=results,
            rubric=round_rubric(round_record),
            sheets=signed_sheet_views(session, round_record),
            progress=assignment_statuses(session, round_record),
            collective=collective_selection(session, round_record, results),
            individual=individual_selection(session, round_record, results),
        )


@dataclass(frozen=True)
class SheetTable:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _points(value: Decimal | None) -> Decimal | None:
    return None if value is None else round2(value)


def _joined(values: Iterable[str]) -> str:
    return "；".join(values)


def unit_table(results: RoundResults) -> SheetTable:
    levels = list(UnitLevel)
    units = sorted(results.units, key=lambda u: (levels.index(u.level), u.rank is None, u.rank or 0, u.name))
    return SheetTable(SHEET_NAMES[0], (
        "级别", "参评单位", "所属设区市", "计入案卷数", "平均分", "案卷质量指标", "指标为零的原因", "排名",
        "结果状态", "待决事项", "提示",
    ), [(
        u.level.label, u.name, u.parent or "", u.case_count, _points(u.score), _points(u.indicator),
        _joined(u.zero_reasons), u.rank, STATUS_LABEL[u.status], _joined(u.pending), _joined(u.warnings),
    ) for u in units])


def _recheck_text(case: CaseResult) -> str:
    if not case.recheck_needed:
        return ""
    return "已复核" if case.rechecked else "待复核"


def veto_cell(case: CaseResult) -> str:
    if not case.sheets:
        return ""
    if not case.vetoed_sheets:
        return "通过"
    return f"{case.vetoed_sheets} 份不通过（{case.veto_ruling.label}）"


def case_table(results: RoundResults) -> SheetTable:
    """One row per case file; each track's reviewers in their own pairs of columns."""
    width = {track: max((sum(1 for s in c.sheets if s.track is track) for c in results.cases), default=0) for track in Track}
    reviewer_header: list[str] = []
    for track in Track:
        short = track.label.removesuffix("评审")
        for n in range(1, width[track] + 1):
            reviewer_header += [f"{short}{n}", f"{short}{n}得分"]
    rows = []
    for case in sorted(results.cases, key=lambda c: c.code):
        reviewer_cells: list[Any] = []
        for track in Track:
            sheets = sorted((s for s in case.sheets if s.track is track), key=lambda s: s.reviewer)
            for n in range(width[track]):
                reviewer_cells += [sheets[n].reviewer, sheets[n].score] if n < len(sheets) else ["", None]
        rows.append((
            case.code, case.unit, case.case_type.label, *reviewer_cells,
            _points(case.expert_score), _points(case.cross_score), _points(case.final_score), case.rule, case.grade or "",
            veto_cell(case),
            "认定造假" if case.falsified else "", "是" if case.eligible else "否",
            _points(case.spread), _recheck_text(case), STATUS_LABEL[case.status], _joined(case.pending),
        ))
    return SheetTable(SHEET_NAMES[1], (
        "案卷编号", "参评单位", "案卷类型", *reviewer_header,
        "专家评审平均分", "交叉评审平均分", "案卷得分", "计分规则", "等级", "实体评查", "造假认定", "符合报送要求",
        "评分分差", "复核", "结果状态", "待决事项",
    ), rows)


def _page_text(view: SheetView, document_id: int, page: int) -> str:
    document = view.documents.get(document_id)
    name = f"{document.position:02d} {document.title}" if document else "?"
    return f"{name} 第{page}页"


def detail_table(facts: WorkbookFacts, unit_of: dict[str, str]) -> SheetTable:
    """One row per counted sheet × rubric item (veto answers first): the item rows of a sheet add
    up to its points before any veto effect, or, with items 不适用, to the points earned on the
    applicable items before rescaling."""
    rubric, rows = facts.rubric, []
    for view in facts.sheets:
        sheet = view.sheet
        lead = (view.case_code, unit_of.get(view.case_code, ""), view.reviewer, view.track.label, sheet.revision)
        for veto in rubric.veto_items_for(sheet.case_type):
            answer = sheet.veto.get(veto.id)
            rows.append((*lead, "实体评查", veto.id, veto.text, None, None, None,
                         "" if answer is None else ("通过" if answer else "不通过"), "", ""))
        for section in rubric.sections_for(sheet.case_type):
            for item in section.items:
                mark = sheet.marks.get(item.id)
                if not_applicable(mark):
                    rows.append((*lead, section.title, item.id, item.text, _points(item.max_points), None, None, "不适用", "", ""))
                    continue
                score = item_score(item, mark)
                deductions = mark.deductions if mark else []
                rows.append((
                    *lead, section.title, item.id, item.text, _points(item.max_points),
                    _points(item.max_points - score), _points(score), "扣分" if score < item.max_points else "不扣分",
                    _joined(d.reason for d in deductions if d.reason),
                    _joined(_page_text(view, d.ref.document_id, d.ref.page) for d in deductions if d.ref),
                ))
    return SheetTable(SHEET_NAMES[2], (
        "案卷编号", "参评单位", "评审人员", "评审类别", "版本", "阶段", "评分项编号", "评分项", "满分", "扣分", "得分",
        "结论", "扣分理由", "页码",
    ), rows)


def deduction_table(facts: WorkbookFacts, unit_of: dict[str, str]) -> SheetTable:
    """Per rubric item across the round: how often it cost points, how many, and where."""
    scored = [ScoredSheet(v.case_code, unit_of[v.case_code], v.reviewer, v.sheet) for v in facts.sheets if v.case_code in unit_of]
    rows = [(f.stage, f.item_id, f.text, _points(f.max_points), f.times, _points(f.points), len(f.units), _joined(sorted(f.units)))
            for f in item_findings(facts.rubric, scored)]
    return SheetTable(SHEET_NAMES[3], (
        "阶段", "评分项编号", "评分项", "满分", "扣分次数", "扣分合计", "涉及单位数", "涉及单位",
    ), rows)


def progress_table(facts: WorkbookFacts, unit_of: dict[str, str]) -> SheetTable:
    rows = [(s.reviewer, s.track.label, s.case_code, unit_of.get(s.case_code, ""), STATUS_TEXT[s.status])
            for s in sorted(facts.progress, key=lambda s: (s.reviewer, s.case_code))]
    return SheetTable(SHEET_NAMES[4], ("评审人员", "评审类别", "案卷编号", "参评单位", "状态"), rows)


def collective_table(selection: CollectiveSelection) -> SheetTable:
    return SheetTable(SHEET_NAMES[5], COLLECTIVE_HEADER, collective_rows(selection))


def individual_table(selection: IndividualSelection) -> SheetTable:
    return SheetTable(SHEET_NAMES[6], INDIVIDUAL_HEADER, individual_rows(selection))


def workbook_tables(facts: WorkbookFacts) -> list[SheetTable]:
    unit_of = {c.code: c.unit for c in facts.results.cases}
    return [
        unit_table(facts.results),
        case_table(facts.results),
        detail_table(facts, unit_of),
        deduction_table(facts, unit_of),
        progress_table(facts, unit_of),
        collective_table(facts.collective),
        *([individual_table(facts.individual)] if facts.individual.candidates else []),
    ]


def _display_width(value: Any) -> int:
    """Columns as wide as their text: a Chinese character takes two character cells."""
    text = format(value, ".2f") if isinstance(value, Decimal) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _column_widths(table: SheetTable) -> list[float]:
    # Each distinct value measured once: a round's detail sheet has 900,000 cells but its
    # columns repeat the same units, items and reasons.
    columns = [set(column) - {None} for column in zip(*table.rows)] or [set() for _ in table.header]
    return [min(MAX_COLUMN_WIDTH, max(_display_width(v) for v in (header, *values)) + 2)
            for header, values in zip(table.header, columns)]


def _add_sheet(workbook: Workbook, table: SheetTable) -> None:
    sheet = workbook.create_sheet(table.title)
    sheet.freeze_panes = "A2"
    # Printed: landscape A4, as wide as the page, the header row on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:1"
    for n, width in enumerate(_column_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    header = []
    for title in table.header:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        cells = []
        for value in row:
            if isinstance(value, Decimal):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = POINTS_FORMAT
                cells.append(cell)
            elif isinstance(value, str) and value.startswith("="):
                # A name or a reason from a roster or a signed return is text, never a formula
                # (=HYPERLINK(…), =cmd|…): openpyxl would store it as one.
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.header))}{len(table.rows) + 1}"


def _locked_by(path: Path) -> Path | None:
    """The owner file Excel/WPS (~$name) or LibreOffice (.~lock.name#) keeps while the file is open."""
    for name in (f"~${path.name}", f"~${path.name[2:]}", f".~lock.{path.name}#"):
        if (path.parent / name).exists():
            return path.parent / name
    return None


def _check_target(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise WorkbookError(f"“{path.name}”不是 .xlsx 文件名，请以 .xlsx 结尾")
    if path.is_dir():
        raise WorkbookError(f"“{path}”是一个文件夹，请给出要写入的 Excel 文件名")
    if not path.parent.is_dir():
        raise WorkbookError(f"文件夹“{path.parent}”不存在，请先建立或另选位置")
    if _locked_by(path) is not None:
        raise WorkbookError(f"“{path.name}”正在被其他程序（Excel、WPS 或 LibreOffice）打开，请先关闭它再导出，或另存为其他文件名")


def write_results_workbook(facts: WorkbookFacts, path: Path, progress: Progress | None = None) -> Path:
    """Write the workbook atomically: a half-written file never takes the place of a good one."""
    path = Path(path)
    _check_target(path)
    tables = workbook_tables(facts)
    workbook = Workbook(write_only=True)
    workbook.properties.title = f"{facts.round_name} 评查结果"
    workbook.properties.creator = "环境执法案卷评查"
    for n, table in enumerate(tables, start=1):
        _add_sheet(workbook, table)
        if progress:
            progress(n, len(tables) + 1, table.title)
    descriptor, temporary = tempfile.mkstemp(prefix=".~export-", suffix=".xlsx", dir=path.parent)
    os.close(descriptor)
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except PermissionError as error:
        raise WorkbookError(f"无法写入“{path.name}”：文件可能正被其他程序打开或文件夹只读，请关闭它或另选位置（{error.strerror}）") from error
    except OSError as error:
        raise WorkbookError(f"无法写入“{path.name}”：{error.strerror or error}") from error
    finally:
        Path(temporary).unlink(missing_ok=True)
    if progress:
        progress(len(tables) + 1, len(tables) + 1, path.name)
    return path


def export_results_workbook(database: Database, path: Path, progress: Progress | None = None) -> Path:
    return write_results_workbook(workbook_facts(database), path, progress)
