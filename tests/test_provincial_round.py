"""A provincial round (13 cities, 100 counties, 804 case files, 100 reviewers, 3,216 signed
sheets) built with the product's own functions, as bench.scale builds it but with two one-page
documents a file: assigned by the rules and totalled exactly as the per-sheet rules total a
small round."""

from collections import defaultdict
from decimal import Decimal
from statistics import mean

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bench.scale import build_tree, score_every_sheet
from reviewer_app.core.points import round2
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import total_sheet
from reviewer_app.core.vocabulary import Track, UnitLevel
from reviewer_app.documents.fonts import register_cjk_font
from reviewer_app.exchange.keys import KeyPair
from reviewer_app.store.assignments import assign_round
from reviewer_app.store.database import Database
from reviewer_app.store.intake import intake_folder
from reviewer_app.store.results import round_results
from reviewer_app.store.roster import REVIEWER_SHEET, UNIT_SHEET, import_roster
from reviewer_app.store.rounds import (
    create_round,
    only_round,
    round_rubric,
    round_rules,
)
from reviewer_app.store.schema import AssignmentRecord, MarkRecord, SheetRecord
from reviewer_app.store.sheets import latest_signed_sheet, read_sheet


def two_documents(folder):
    """Each case file's documents, one page each: an inspection record naming its mobile-platform
    record (so intake has no platform to look for in page images) and a decision. Pages do not
    change how files are assigned or totalled; bench.scale has them all. Written here rather than
    cut from the demo, so this test need not wait for the demo to be built."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font = register_cjk_font()
    folder.mkdir()
    samples = {}
    for name, lines in (("03 现场检查笔录.pdf", ["现场检查笔录", "移动执法平台生成，记录编号 YD2016-0001", "检查时间：2016年3月2日"]),
                        ("05 行政处罚决定书.pdf", ["行政处罚决定书", "作出日期：2016年5月10日"])):
        canvas = Canvas(str(folder / name), pagesize=A4)
        canvas.setFont(font, 14)
        for n, line in enumerate(lines):
            canvas.drawString(72, 760 - 24 * n, line)
        canvas.save()
        samples[name] = folder / name
    return samples


@pytest.mark.slow
def test_a_provincial_round_is_assigned_by_the_rules_and_totalled_as_a_small_one_is(tmp_path):
    unit_csv, reviewer_csv, cases = build_tree(tmp_path, 1, two_documents(tmp_path / "samples"))
    folder = tmp_path / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    with database.session() as session:
        round_record = create_round(session, name="全省案卷评查", year=2026, rubric=load_preset("national_2012"))
        import_roster(session, round_record, unit_csv, UNIT_SHEET)
        import_roster(session, round_record, reviewer_csv, REVIEWER_SHEET)
    with database.session() as session:
        report = intake_folder(session, only_round(session), cases, folder)
    assert report.case_files == 804 and not report.refused
    with database.session() as session:
        assign_round(session, only_round(session), seed=1)

    with database.session() as session:
        round_record = only_round(session)
        loads = {Track.EXPERT: defaultdict(int), Track.CROSS: defaultdict(int)}
        for case_file in round_record.case_files:
            reviewers = [a.reviewer for a in session.scalars(select(AssignmentRecord).where(AssignmentRecord.case_file_id == case_file.id))]
            tracks = [Track(r.track) for r in reviewers]
            assert tracks.count(Track.EXPERT) == 2 and tracks.count(Track.CROSS) == 2, case_file.code
            assert len({r.id for r in reviewers}) == 4
            region = case_file.unit.region
            assert all(r.region != region for r in reviewers if Track(r.track) is Track.CROSS), case_file.code
            for reviewer in reviewers:
                loads[Track(reviewer.track)][reviewer.name] += 1
        assert len(loads[Track.EXPERT]) == 40 and len(loads[Track.CROSS]) == 60  # everyone has files
        for per_reviewer in loads.values():
            assert max(per_reviewer.values()) - min(per_reviewer.values()) <= 1
        keys = {r.id: KeyPair.generate() for r in round_record.reviewers}

    assert score_every_sheet(database, keys) == 3216
    with database.session() as session:
        round_record = only_round(session)
        results = round_results(session, round_record)
        rubric, rules = round_rubric(round_record), round_rules(round_record)
        # The same totals, sheet by sheet, read as the workbench reads a sheet and totalled by the core.
        by_case: dict[str, dict[Track, list[Decimal]]] = defaultdict(lambda: defaultdict(list))
        everything = (selectinload(AssignmentRecord.case_file), selectinload(AssignmentRecord.reviewer),
                      selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.marks).selectinload(MarkRecord.deductions),
                      selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.veto_answers),
                      selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.evidence))
        for assignment in session.scalars(select(AssignmentRecord).options(*everything)):
            score = total_sheet(rubric, read_sheet(latest_signed_sheet(assignment))).score(rules.veto_policy)
            by_case[assignment.case_file.code][Track(assignment.reviewer.track)].append(score)
        parent_of = {u.name: u.parent.name if u.parent else None for u in round_record.units}
        unit_of = {c.code: c.unit.name for c in round_record.case_files}
    assert len(results.cases) == 804
    finals = {}
    for case in results.cases:
        expert, cross = mean(by_case[case.code][Track.EXPERT]), mean(by_case[case.code][Track.CROSS])
        assert (case.expert_score, case.cross_score) == (round2(expert), round2(cross)), case.code
        assert case.final_score == round2(rules.weights.combine(expert, cross)), case.code
        finals[case.code] = case.final_score
    assert len({c.final_score for c in results.cases}) > 5  # the scores differ, so the comparison means something
    assert len(results.units) == 113
    for unit in results.units:
        own = [code for code, name in unit_of.items()
               if name == unit.name or (unit.level is UnitLevel.CITY and parent_of[name] == unit.name)]
        assert unit.case_count == len(own)
        assert unit.indicator == round2(mean(finals[code] for code in own)), unit.name
        assert unit.rank is not None
    for level in UnitLevel:
        ranked = sorted((u for u in results.units if u.level is level), key=lambda u: u.rank)
        assert all(a.indicator >= b.indicator for a, b in zip(ranked, ranked[1:]))
    database.close()
