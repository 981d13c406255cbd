"""Does a unit's submission have the required mix of case files (Jiangsu 2016 rule)?"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from reviewer_app.core.vocabulary import CASE_FILE_TYPES, CaseType, UnitLevel

COUNTY_MIX = {
    CaseType.PENALTY: 3,
    CaseType.DAILY_PENALTY: 1,
    CaseType.DETENTION_TRANSFER: 1,
    CaseType.CRIME_TRANSFER: 1,
    CaseType.COURT_ENFORCEMENT: 1,
}
CITY_MIX = {**COUNTY_MIX, CaseType.INSPECTION_AUDIT: 1}

REQUIRED_MIX = {UnitLevel.COUNTY: COUNTY_MIX, UnitLevel.CITY: CITY_MIX}
# "市级候选单位得分，根据本行政区域参评的 22 份案卷（市本级 8 份，2 个县级单位各 7 份）得分的
# 平均值计算；县级候选单位得分，根据本行政区域参评的 7 份案卷得分的平均值计算。"
OWN_FILES = {level: sum(mix.values()) for level, mix in REQUIRED_MIX.items()}
COUNTIES_IN_CITY_SCORE = 2


def composition_warnings(level: UnitLevel, case_types: Iterable[CaseType]) -> list[str]:
    required = REQUIRED_MIX[level]
    actual = Counter(case_types)
    warnings = []
    expected_total = sum(required.values())
    total = sum(actual.values())
    if total != expected_total:
        warnings.append(f"报送案卷 {total} 件，应为 {expected_total} 件")
    for case_type in CASE_FILE_TYPES:
        want, have = required.get(case_type, 0), actual.get(case_type, 0)
        if want != have:
            warnings.append(f"{case_type.label}案卷 {have} 件，应为 {want} 件")
    return warnings
