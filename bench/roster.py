"""Importing a roster of units: seconds for 5,000 and 20,000 rows (the time should grow with
the rows, not their square: 26 s and 882 s before the import flushed once)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import openpyxl

from bench.common import report
from reviewer_app.core.rubric import load_preset
from reviewer_app.store.database import Database
from reviewer_app.store.roster import REVIEWER_COLUMNS, REVIEWER_SHEET, UNIT_COLUMNS, UNIT_SHEET, import_roster
from reviewer_app.store.rounds import create_round


def _roster(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook(write_only=True)
    units = book.create_sheet(UNIT_SHEET)
    units.append(UNIT_COLUMNS)
    cities = max(1, rows // 10)
    for n in range(cities):
        units.append((f"第{n}市生态环境局", "设区市", "", f"第{n}市"))
    for n in range(rows - cities):
        units.append((f"第{n}县生态环境局", "县（市、区）", f"第{n % cities}市生态环境局", f"第{n % cities}市"))
    book.create_sheet(REVIEWER_SHEET).append(REVIEWER_COLUMNS)
    book.save(path)
    return path


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-roster-"))
    for rows in (5_000, 20_000):
        path = _roster(folder / f"roster-{rows}.xlsx", rows)
        database = Database(folder / f"round-{rows}.db")
        with database.session() as session:
            round_record = create_round(session, name="评查", year=2026, rubric=load_preset("national_2012"))
            start = time.perf_counter()
            units, _ = import_roster(session, round_record, path)
        assert units == rows
        report(f"roster.import_{rows // 1000}k_units", time.perf_counter() - start, "s")
        database.close()


if __name__ == "__main__":
    main()
