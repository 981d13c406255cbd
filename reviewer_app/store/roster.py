"""Units and reviewers from a spreadsheet (.xlsx, or .csv one list at a time), all or nothing:
a bad row is reported with its sheet, row number and column, and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy.orm import Session

from reviewer_app.core.sheet_validation import name_problem
from reviewer_app.core.vocabulary import Track, UnitLevel
from reviewer_app.store.rounds import audit, refuse_if_published
from reviewer_app.store.schema import ReviewerRecord, RoundRecord, UnitRecord
from reviewer_app.store.spreadsheets import Rows, RowProblem, SpreadsheetError, read_tables

UNIT_SHEET, REVIEWER_SHEET = "参评单位", "评审人员"
UNIT_COLUMNS = ("单位名称", "层级", "上级单位", "所属地区")
REVIEWER_COLUMNS = ("姓名或评审组", "评审类别", "所属地区", "成员")
# Optional: a unit with a penalty corrected on administrative reconsideration in the period,
# given by the decision's reference; its case-file indicator (and its city's) is 0.
RECONSIDERATION_COLUMN = "行政复议纠正决定文号"
LEVELS = {"设区市": UnitLevel.CITY, "市": UnitLevel.CITY, "city": UnitLevel.CITY,
          "县（市、区）": UnitLevel.COUNTY, "县": UnitLevel.COUNTY, "区": UnitLevel.COUNTY, "county": UnitLevel.COUNTY}
TRACKS = {"专家评审": Track.EXPERT, "专家": Track.EXPERT, "expert": Track.EXPERT,
          "交叉评审": Track.CROSS, "交叉": Track.CROSS, "cross": Track.CROSS}


# One error for every spreadsheet the secretariat imports; the roster's name kept for its callers.
RosterError = SpreadsheetError


def write_template(path: Path) -> None:
    book = openpyxl.Workbook()
    units = book.active
    units.title = UNIT_SHEET
    units.append((*UNIT_COLUMNS, RECONSIDERATION_COLUMN))
    units.append(("某市生态环境局", "设区市", "", "某市", ""))
    units.append(("某县生态环境局", "县（市、区）", "某市生态环境局", "某市", ""))
    reviewers = book.create_sheet(REVIEWER_SHEET)
    reviewers.append(REVIEWER_COLUMNS)
    reviewers.append(("张三", "专家评审", "省城", ""))
    reviewers.append(("某市交叉评审组", "交叉评审", "某市", "李四、王五"))
    book.save(path)


def read_rows(path: Path, kind: str | None = None) -> list[Rows]:
    return read_tables(path, {UNIT_SHEET: UNIT_COLUMNS, REVIEWER_SHEET: REVIEWER_COLUMNS}, csv_sheet=kind, what="名单")


def _members(text: str) -> list[str]:
    return [m.strip() for m in text.replace(",", "、").replace("，", "、").split("、") if m.strip()]


def unit_entry(name: str, level: str, parent: str, region: str, taken: set[str]) -> dict:
    """A unit row checked: the same rules for a spreadsheet row and a row entered by hand."""
    if not name:
        raise RowProblem("单位名称", "不能为空")
    for column, value in (("单位名称", name), ("上级单位", parent), ("所属地区", region)):
        if problem := name_problem(value):
            raise RowProblem(column, problem)
    if name in taken:
        raise RowProblem("单位名称", f"“{name}”重复")
    if level not in LEVELS:
        raise RowProblem("层级", f"“{level}”不是“设区市”或“县（市、区）”")
    if LEVELS[level] is UnitLevel.COUNTY and not parent:
        raise RowProblem("上级单位", "县级单位须填写所属设区市的单位名称")
    if not region:
        raise RowProblem("所属地区", "不能为空（交叉评审回避同一地区时要用）")
    return {"name": name, "level": LEVELS[level], "parent": parent, "region": region}


def reference_entry(reference: str) -> str:
    if len(reference) > 200 or any(ord(ch) < 32 for ch in reference):
        raise RowProblem(RECONSIDERATION_COLUMN, "决定文号过长或含有控制字符")
    return reference


def reviewer_entry(name: str, track: str, region: str, members: str, taken: set[str]) -> dict:
    if not name:
        raise RowProblem("姓名或评审组", "不能为空")
    for column, value in (("姓名或评审组", name), ("所属地区", region), *(("成员", m) for m in _members(members))):
        if problem := name_problem(value):
            raise RowProblem(column, problem)
    if name in taken:
        raise RowProblem("姓名或评审组", f"“{name}”重复")
    if track not in TRACKS:
        raise RowProblem("评审类别", f"“{track}”不是“专家评审”或“交叉评审”")
    if TRACKS[track] is Track.CROSS and not region:
        raise RowProblem("所属地区", "交叉评审人员须填写所属地区，以免评到本地区的案卷")
    return {"name": name, "track": TRACKS[track], "region": region, "members": _members(members)}


UNIT_ADDED = "增加参评单位（单位排名会因此改变）"


def import_roster(session: Session, round_record: RoundRecord, path: Path, kind: str | None = None) -> tuple[int, int]:
    """(units added, reviewers added). Raises RosterError, naming the row and column, before
    anything is added."""
    tables = read_rows(path, kind)
    unit_names = {u.name for u in round_record.units}
    reviewer_names = {r.name for r in round_record.reviewers}
    units: list[dict] = []
    reviewers: list[dict] = []

    def fail(table: Rows, row: int, column: str, problem: str) -> None:
        raise RosterError(f"{path.name}，工作表“{table.sheet}”，第 {row} 行，“{column}”列：{problem}")

    for table in tables:
        position = {name: table.header.index(name) for name in table.header if name}

        def cell(cells: tuple[str, ...], column: str) -> str:
            index = position[column]
            return cells[index] if index < len(cells) else ""

        for row, cells in table.rows:
            try:
                if table.sheet == UNIT_SHEET:
                    units.append(unit_entry(*(cell(cells, c) for c in UNIT_COLUMNS), unit_names) | {"row": row})
                    unit_names.add(units[-1]["name"])
                    if RECONSIDERATION_COLUMN in position:
                        units[-1]["reconsideration"] = reference_entry(cell(cells, RECONSIDERATION_COLUMN))
                else:
                    reviewers.append(reviewer_entry(*(cell(cells, c) for c in REVIEWER_COLUMNS), reviewer_names))
                    reviewer_names.add(reviewers[-1]["name"])
            except RowProblem as problem:
                fail(table, row, problem.column, problem.problem)
    unit_table = next((t for t in tables if t.sheet == UNIT_SHEET), None)
    for unit in units:
        if unit["parent"] and unit["parent"] not in unit_names:
            fail(unit_table, unit["row"], "上级单位", f"找不到单位“{unit['parent']}”")
    if units:
        refuse_if_published(round_record, UNIT_ADDED, lambda why: RosterError(f"{path.name}：{why}"))
    _add(session, round_record, units, reviewers)
    audit(session, "秘书处", "import_roster", f"{path.name}：{len(units)} 个单位，{len(reviewers)} 名评审人员")
    return len(units), len(reviewers)


def add_unit(session: Session, round_record: RoundRecord, name: str, level: str, parent: str, region: str) -> None:
    """A unit entered by hand. Raises RowProblem naming the field."""
    refuse_if_published(round_record, UNIT_ADDED, lambda why: RowProblem("单位名称", why))
    unit = unit_entry(name.strip(), level, parent.strip(), region.strip(), {u.name for u in round_record.units})
    if unit["parent"] and unit["parent"] not in {u.name for u in round_record.units}:
        raise RowProblem("上级单位", f"找不到单位“{unit['parent']}”")
    _add(session, round_record, [unit], [])
    audit(session, "秘书处", "add_unit", unit["name"])


def add_reviewer(session: Session, round_record: RoundRecord, name: str, track: str, region: str, members: str) -> None:
    reviewer = reviewer_entry(name.strip(), track, region.strip(), members, {r.name for r in round_record.reviewers})
    _add(session, round_record, [], [reviewer])
    audit(session, "秘书处", "add_reviewer", reviewer["name"])


def _add(session: Session, round_record: RoundRecord, units: list[dict], reviewers: list[dict]) -> None:
    records = {u.name: u for u in round_record.units}
    for unit in sorted(units, key=lambda u: u["level"] is not UnitLevel.CITY):  # cities first: counties point at them
        reference = unit.get("reconsideration", "")
        record = UnitRecord(round=round_record, name=unit["name"], level=unit["level"].value,
                            parent=records.get(unit["parent"]), region=unit["region"],
                            corrected_on_reconsideration=bool(reference), reconsideration_note=reference)
        session.add(record)
        records[unit["name"]] = record
    for reviewer in reviewers:
        session.add(ReviewerRecord(round=round_record, name=reviewer["name"], track=reviewer["track"].value,
                                   region=reviewer["region"], members="\n".join(reviewer["members"])))
    session.flush()
