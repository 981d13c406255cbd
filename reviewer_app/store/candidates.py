"""先进个人 candidates in the database (seed 004, 附2): the list imported from the template (all
or nothing), the integrity decisions, the round's settings, and the selection computed from
them and the case-file results. Stories come in through anonymise/story_import.py."""

from __future__ import annotations

import json
import string
from dataclasses import asdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import openpyxl
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewer_app.core.awards.individual import (
    CandidateFacts,
    IndividualRules,
    IndividualSelection,
    select_individuals,
)
from reviewer_app.core.consolidation import FINAL, RoundResults
from reviewer_app.store.rounds import audit, refuse_if_published
from reviewer_app.store.schema import AwardCandidateRecord, RoundRecord
from reviewer_app.store.spreadsheets import RowProblem, SpreadsheetError, read_tables

CANDIDATE_SHEET = "先进个人候选人"
CANDIDATE_COLUMNS = ("姓名", "参评单位", "执法证号", "廉洁执法证明", "参与调查处理案件数", "案件调查得票数")
OPTIONAL_COLUMNS = ("符合基本条件", "基本条件说明", "案卷编号")
YES, NO = {"是", "有", "已附", "y", "yes", "√", "1"}, {"否", "无", "未附", "n", "no", "×", "0", ""}
MAX_COUNT = 10**7


class CandidateError(ValueError):
    pass


def write_candidate_template(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = CANDIDATE_SHEET
    sheet.append((*CANDIDATE_COLUMNS, *OPTIONAL_COLUMNS))
    sheet.append(("张三", "某县生态环境局", "32010001", "是", 36, 420, "是", "", ""))
    book.save(path)


def _yes(text: str, column: str) -> bool:
    if text.lower() in YES:
        return True
    if text.lower() in NO:
        return False
    raise RowProblem(column, f"“{text}”应为“是”或“否”")


def _count(text: str, column: str) -> int:
    try:  # a count typed in Excel may come back as 36.0
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise RowProblem(column, f"“{text}”应为整数") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise RowProblem(column, f"“{text}”应为整数")
    value = int(number)
    if not 0 <= value <= MAX_COUNT:
        raise RowProblem(column, f"“{text}”超出范围")
    return value


def _alias(n: int) -> str:
    """候选人A1 … A9, B1 …: short, and carrying nothing of the list's order by unit or name."""
    return f"候选人{string.ascii_uppercase[(n // 9) % 26]}{n % 9 + 1}"


def import_candidates(session: Session, round_record: RoundRecord, path: Path, actor: str = "秘书处") -> int:
    """The whole list replaced, or nothing changed: a bad cell is named (sheet, row, column)."""
    refuse_if_published(round_record, "导入先进个人候选人", CandidateError)
    [table] = read_tables(path, {CANDIDATE_SHEET: CANDIDATE_COLUMNS}, csv_sheet=CANDIDATE_SHEET, what="候选人名单")
    units = {u.name: u for u in round_record.units}
    codes = {c.code for c in round_record.case_files_only}
    rows, seen = [], set()
    for number, row in table.rows:
        cell = lambda column: table.cell(row, column)  # noqa: E731
        try:
            name = "".join(cell("姓名").split())
            if not 2 <= len(name) <= 20:
                raise RowProblem("姓名", "应为 2 到 20 个字")
            unit = units.get(cell("参评单位"))
            if unit is None:
                raise RowProblem("参评单位", f"“{cell('参评单位')}”不在参评单位名单中")
            if (name, unit.id) in seen:
                raise RowProblem("姓名", f"“{name}”在同一单位重复")
            seen.add((name, unit.id))
            certificate = cell("执法证号")
            if not certificate or len(certificate) > 60:
                raise RowProblem("执法证号", "不能为空（基本条件：持有有效的执法证件）" if not certificate else "过长")
            code = cell("案卷编号")
            if code and code not in codes:
                raise RowProblem("案卷编号", f"“{code}”不是本活动已登记的案卷")
            rows.append(dict(
                unit_id=unit.id, name=name, certificate_number=certificate,
                certificate_supplied=_yes(cell("廉洁执法证明"), "廉洁执法证明"),
                cases=_count(cell("参与调查处理案件数"), "参与调查处理案件数"),
                votes=_count(cell("案件调查得票数"), "案件调查得票数"),
                conditions_met=_yes(cell("符合基本条件") or "是", "符合基本条件"),
                conditions_note=cell("基本条件说明")[:500], case_code=code))
        except RowProblem as problem:
            raise SpreadsheetError(f"{path.name}，工作表“{table.sheet}”，第 {number} 行，{problem}") from None
    from reviewer_app.store.stories import drop_story_files

    drop_story_files(session, round_record)
    session.execute(delete(AwardCandidateRecord).where(AwardCandidateRecord.round_id == round_record.id))
    session.add_all(AwardCandidateRecord(round_id=round_record.id, alias=_alias(n), **row) for n, row in enumerate(rows))
    audit(session, actor, "award_candidates", f"导入先进个人候选人：{path.name}，{len(rows)} 人（原有名单和事迹已替换）")
    return len(rows)


def candidate_named(round_record: RoundRecord, session: Session, name: str) -> AwardCandidateRecord:
    found = session.scalars(select(AwardCandidateRecord).where(
        AwardCandidateRecord.round_id == round_record.id, AwardCandidateRecord.name == name)).all()
    if len(found) != 1:
        raise CandidateError(f"候选人“{name}”{'不存在' if not found else '有重名，请先在名单中区分'}")
    return found[0]


def decide_report(session: Session, round_record: RoundRecord, name: str, upheld: bool, reason: str,
                  actor: str = "秘书处") -> None:
    """"经查确实存在不廉洁行为的候选人，直接移出候选名单": a report's outcome, with its reason."""
    refuse_if_published(round_record, "记录举报核查结果", CandidateError)
    if not reason.strip():
        raise CandidateError("请填写核查结论和依据")
    candidate = candidate_named(round_record, session, name)
    candidate.report_upheld, candidate.report_reason = upheld, reason.strip()
    audit(session, actor, "award_report", f"{name}：举报{'经查属实，移出候选名单' if upheld else '经查不属实'}；{reason.strip()}")


def individual_rules(round_record: RoundRecord) -> IndividualRules:
    if not round_record.individual_rules:
        return IndividualRules()
    stored = json.loads(round_record.individual_rules)
    return IndividualRules(**{k: (int(v) if k == "quota" else Decimal(v)) for k, v in stored.items()})


def set_individual_rules(session: Session, round_record: RoundRecord, rules: IndividualRules, actor: str = "秘书处") -> None:
    refuse_if_published(round_record, "更改先进个人评选规则", CandidateError)
    round_record.individual_rules = json.dumps({k: str(v) for k, v in asdict(rules).items()})
    audit(session, actor, "award_individual_rules", rules.describe())


def individual_selection(session: Session, round_record: RoundRecord, results: RoundResults | None = None) -> IndividualSelection:
    """The selection as the round stands: the case files' results and the panel's story scores."""
    from reviewer_app.store.stories import story_scores

    if results is None:
        from reviewer_app.store.results import round_results

        results = round_results(session, round_record)
    cases = {c.code: c for c in results.cases}
    rules = individual_rules(round_record)
    stories = story_scores(session, round_record, rules.story_recheck_threshold)
    facts = []
    for c in session.scalars(select(AwardCandidateRecord).where(AwardCandidateRecord.round_id == round_record.id)
                             .order_by(AwardCandidateRecord.id)):
        case = cases.get(c.case_code)
        facts.append(CandidateFacts(c.name, c.unit.name, c.certificate_supplied, c.report_upheld, c.cases, c.votes,
                                    case.final_score if case else None, case is not None and case.status == FINAL, stories.get(c.alias),
                                    c.report_reason, c.conditions_met, c.conditions_note))
    return select_individuals(facts, rules)
