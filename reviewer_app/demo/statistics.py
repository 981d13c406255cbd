"""The demo's 先进集体 statistics (seed 004, 附1) and what the secretariat decides with them.

The story: the city's PM2.5 rose against 2015, so it leaves the candidate list whatever its
scores; both counties are recommended by their city and the demo round has one county place,
so the quota decides between them (云台 has the most votes, but its falsified file makes its
case-file indicator 0, and its cases fall below half their baseline)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
from sqlalchemy.orm import Session

from reviewer_app.store.awards import (
    COLUMNS,
    NAME,
    PROVINCE_ROW,
    STATISTICS_SHEET,
    collective_rules,
    import_statistics,
    recommend,
    set_collective_rules,
)
from reviewer_app.store.schema import RoundRecord

# 市级以上重点监控企业, 查处案件, 罚款（元）, 查封扣押, 停产限产, 按日连续处罚, 涉嫌犯罪移送, 行政拘留移送,
# 得票, 中国环境报文章, 专栏文章, PM10 2015, PM10 2016, PM2.5 2015, PM2.5 2016, 水质类别下降断面
STATISTICS = {
    PROVINCE_ROW: (1200, 5000, "98000000", 300, 120, 20, 60, 150),
    "临江市环境保护局": (96, 455, "9120000", 30, 12, 2, 5, 14, 1840, 3, 5, "98", "95", "61", "63", 0),
    "青溪县环境保护局": (18, 81, "1260000", 4, 1, 1, 1, 3, 1120, 1, 2, None, None, None, None, 0),
    "云台县环境保护局": (24, 46, "2050000", 5, 2, 0, 1, 4, 1310, 0, 3, None, None, None, None, 0),
}
RECOMMENDED = ("青溪县环境保护局", "云台县环境保护局")


def write_statistics(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = STATISTICS_SHEET
    sheet.append((NAME, *(column for column, _, _ in COLUMNS)))
    for name, values in STATISTICS.items():
        sheet.append((name, *values))
    book.save(path)
    return path


def decide_collectives(session: Session, round_record: RoundRecord, out_dir: Path) -> None:
    import_statistics(session, round_record, write_statistics(out_dir / "先进集体评选统计数据.xlsx"))
    for name in RECOMMENDED:
        recommend(session, round_record, name, True, actor="临江市环境保护局")
    set_collective_rules(session, round_record, replace(collective_rules(round_record), city_quota=1, county_quota=1))
