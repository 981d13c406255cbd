"""Setting up a round in one go (what the console's wizard finishes with): the round and its
rules, the roster, the case files and the assignment — or nothing at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reviewer_app.core.consolidation import RoundRules
from reviewer_app.core.rubric import Rubric
from reviewer_app.store.assignments import assign_round
from reviewer_app.store.database import Database
from reviewer_app.store.intake import IntakeError, IntakeReport, intake_folder
from reviewer_app.store.roster import import_roster
from reviewer_app.store.rounds import create_round


@dataclass(frozen=True)
class RoundPlan:
    name: str
    year: int
    period: tuple[date, date]
    rubric: Rubric
    rules: RoundRules
    experts_per_file: int
    cross_per_file: int
    rosters: tuple[tuple[Path, str | None], ...]  # file, sheet kind for a CSV
    case_folder: Path
    seed: int = 0


def check_plan(plan: RoundPlan, scratch: Path) -> IntakeReport:
    """Run the whole set-up in a scratch folder: the same checks, the same messages."""
    return set_up_round(plan, scratch / "check.db")


def set_up_round(plan: RoundPlan, db_path: Path) -> IntakeReport:
    if db_path.exists():
        raise FileExistsError(f"数据库已存在，不会覆盖：{db_path}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    database = Database(db_path)
    try:
        with database.session() as session:
            round_record = create_round(session, name=plan.name, year=plan.year, rubric=plan.rubric,
                                        period=plan.period, rules=plan.rules)
            round_record.experts_per_file = plan.experts_per_file
            round_record.cross_per_file = plan.cross_per_file
            for path, kind in plan.rosters:
                import_roster(session, round_record, path, kind)
            report = intake_folder(session, round_record, plan.case_folder, db_path.parent)
            if report.refused:  # a new round starts with every case file or none
                raise IntakeError("以下文书无法使用：" + "；".join(report.refused))
            assign_round(session, round_record, plan.seed)
    except Exception:
        database.close()
        for leftover in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    database.close()
    return report
