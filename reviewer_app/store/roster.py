"""Units and reviewers from a spreadsheet (.xlsx, or .csv one list at a time), all or nothing:
a bad row is reported with its sheet, row number and column, and nothing is imported."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from sqlalchemy.orm import Session

from reviewer_app.core.vocabulary import Track, UnitLevel
from reviewer_app.store.rounds import audit
from reviewer_app.store.schema import ReviewerRecord, RoundRecord, UnitRecord

UNIT_SHEET, REVIEWER_SHEET = "参评单位", "评审人员"
UNIT_COLUMNS = ("单位名称", "层级", "上级单位", "所属地区")
REVIEWER_COLUMNS = ("姓名或评审组", "评审类别", "所属地区", "成员")
LEVELS = {"设区市": UnitLevel.CITY, "市": UnitLevel.CITY, "city": UnitLevel.CITY,
          "县（市、区）": UnitLevel.COUNTY, "县": UnitLevel.COUNTY, "区": UnitLevel.COUNTY, "county": UnitLevel.COUNTY}
TRACKS = {"专家评审": Track.EXPERT, "专家": Track.EXPERT, "expert": Track.EXPERT,
          "交叉评审": Track.CROSS, "交叉": Track.CROSS, "cross": Track.CROSS}


class RosterError(ValueError):
    pass


@dataclass(frozen=True)
class Rows:
    sheet: str
    header: tuple[str, ...]
    rows: list[tuple[int, tuple[str, ...]]]  # spreadsheet row number, cells


def write_template(path: Path) -> None:
    book = openpyxl.Workbook()
    units = book.active
    units.title = UNIT_SHEET
    units.append(UNIT_COLUMNS)
    units.append(("某市生态环境局", "设区市", "", "某市"))
    units.append(("某县生态环境局", "县（市、区）", "某市生态环境局", "某市"))
    reviewers = book.create_sheet(REVIEWER_SHEET)
    reviewers.append(REVIEWER_COLUMNS)
    reviewers.append(("张三", "专家评审", "省城", ""))
    reviewers.append(("某市交叉评审组", "交叉评审", "某市", "李四、王五"))
    book.save(path)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def read_rows(path: Path, kind: str | None = None) -> list[Rows]:
    try:
        if path.suffix.lower() == ".csv":
            if kind not in (UNIT_SHEET, REVIEWER_SHEET):
                raise RosterError(f"{path.name}：CSV 文件一次只能导入一种名单，请指明是参评单位还是评审人员")
            with open(path, encoding="utf-8-sig", newline="") as handle:
                table = list(csv.reader(handle))
            found = [(kind, table)]
        else:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            found = [(sheet, [[_text(c) for c in row] for row in book[sheet].iter_rows(values_only=True)])
                     for sheet in (UNIT_SHEET, REVIEWER_SHEET) if sheet in book.sheetnames]
            if not found:
                raise RosterError(f"{path.name}：找不到名为“{UNIT_SHEET}”或“{REVIEWER_SHEET}”的工作表（请使用模板）")
    except (OSError, csv.Error, UnicodeDecodeError, openpyxl.utils.exceptions.InvalidFileException, KeyError, ValueError) as error:
        if isinstance(error, RosterError):
            raise
        raise RosterError(f"{path.name}：无法读取表格：{error}") from None
    result = []
    for sheet, table in found:
        if not table:
            raise RosterError(f"{path.name}，工作表“{sheet}”：是空的")
        header = tuple(_text(c) for c in table[0])
        expected = UNIT_COLUMNS if sheet == UNIT_SHEET else REVIEWER_COLUMNS
        missing = [c for c in expected if c not in header]
        if missing:
            raise RosterError(f"{path.name}，工作表“{sheet}”，第 1 行：缺少“{missing[0]}”列（请使用模板）")
        rows = [(n, tuple(_text(c) for c in row)) for n, row in enumerate(table[1:], start=2) if any(_text(c) for c in row)]
        result.append(Rows(sheet, header, rows))
    return result


def import_roster(session: Session, round_record: RoundRecord, path: Path, kind: str | None = None) -> tuple[int, int]:
    """(units added, reviewers added). Raises RosterError, naming the row and column, before
    anything is added."""
    tables = read_rows(path, kind)
    known_units = {u.name for u in round_record.units}
    known_reviewers = {r.name for r in round_record.reviewers}
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
            if table.sheet == UNIT_SHEET:
                name, level, parent, region = (cell(cells, c) for c in UNIT_COLUMNS)
                if not name:
                    fail(table, row, "单位名称", "不能为空")
                if name in known_units or any(u["name"] == name for u in units):
                    fail(table, row, "单位名称", f"“{name}”重复")
                if level not in LEVELS:
                    fail(table, row, "层级", f"“{level}”不是“设区市”或“县（市、区）”")
                if LEVELS[level] is UnitLevel.COUNTY and not parent:
                    fail(table, row, "上级单位", "县级单位须填写所属设区市的单位名称")
                if not region:
                    fail(table, row, "所属地区", "不能为空（交叉评审回避同一地区时要用）")
                units.append({"name": name, "level": LEVELS[level], "parent": parent, "region": region, "row": row})
            else:
                name, track, region, members = (cell(cells, c) for c in REVIEWER_COLUMNS)
                if not name:
                    fail(table, row, "姓名或评审组", "不能为空")
                if name in known_reviewers or any(r["name"] == name for r in reviewers):
                    fail(table, row, "姓名或评审组", f"“{name}”重复")
                if track not in TRACKS:
                    fail(table, row, "评审类别", f"“{track}”不是“专家评审”或“交叉评审”")
                if TRACKS[track] is Track.CROSS and not region:
                    fail(table, row, "所属地区", "交叉评审人员须填写所属地区，以免评到本地区的案卷")
                reviewers.append({"name": name, "track": TRACKS[track], "region": region,
                                  "members": [m.strip() for m in members.replace(",", "、").replace("，", "、").split("、") if m.strip()]})
    all_units = known_units | {u["name"] for u in units}
    unit_table = next((t for t in tables if t.sheet == UNIT_SHEET), None)
    for unit in units:
        if unit["parent"] and unit["parent"] not in all_units:
            fail(unit_table, unit["row"], "上级单位", f"找不到单位“{unit['parent']}”")

    records = {u.name: u for u in round_record.units}
    for unit in sorted(units, key=lambda u: u["level"] is not UnitLevel.CITY):  # cities first: counties point at them
        record = UnitRecord(round=round_record, name=unit["name"], level=unit["level"].value,
                            parent=records.get(unit["parent"]), region=unit["region"])
        session.add(record)
        records[unit["name"]] = record
        session.flush()
    for reviewer in reviewers:
        session.add(ReviewerRecord(round=round_record, name=reviewer["name"], track=reviewer["track"].value,
                                   region=reviewer["region"], members="\n".join(reviewer["members"])))
    audit(session, "秘书处", "import_roster", f"{path.name}：{len(units)} 个单位，{len(reviewers)} 名评审人员")
    return len(units), len(reviewers)
