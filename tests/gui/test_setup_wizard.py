"""The set-up wizard with the demo's data: a bad spreadsheet row refused and named, the
rubric's live check, then a round created, filled and assigned."""

from helpers import demo_roster
from sqlalchemy import select

from reviewer_app.gui.console.setup_wizard import SetupWizard
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import AssignmentRecord


def test_wizard_sets_up_a_round(qtbot, demo_source, tmp_path, output_dir):
    wizard = SetupWizard(db_path=tmp_path / "new" / "secretariat.db")
    qtbot.addWidget(wizard)
    wizard.show()
    basics = wizard.basics
    assert not basics.isComplete()
    basics.name.setText("2016年全省评查（向导）")
    basics.year.setValue(2016)
    basics.expert_weight.setValue(0.6)
    basics.cross_weight.setValue(0.4)
    assert basics.isComplete()
    wizard.grab().save(str(output_dir / "wizard-1-basics.png"))
    wizard.next()

    page = wizard.rubric_page
    assert page.isComplete() and "均为 100 分" in page.check.text()
    editor = page.editor
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1).child(0))  # F1, after the veto items
    editor.item_points.clear()
    qtbot.keyClicks(editor.item_points, "5")  # F1 applies to every type: each now totals 101
    assert not page.isComplete() and "101" in page.check.text()
    wizard.grab().save(str(output_dir / "wizard-2-rubric-check.png"))
    editor.item_points.clear()
    qtbot.keyClicks(editor.item_points, "4")
    assert page.isComplete()
    wizard.next()

    sources = wizard.sources
    sources.roster.setText(str(demo_roster(tmp_path / "名单.xlsx", bad_level=True)))
    sources.cases.setText(str(demo_source / "originals"))
    assert not sources.validatePage()
    assert "名单.xlsx" in sources.result.text() and "第 4 行" in sources.result.text() and "层级" in sources.result.text()
    assert not (tmp_path / "new").exists()  # nothing created while checking
    wizard.grab().save(str(output_dir / "wizard-3-bad-row.png"))
    sources.roster.setText(str(demo_roster(tmp_path / "名单.xlsx")))
    assert sources.validatePage() and "22 件案卷" in sources.result.text()
    wizard.accept()

    database = Database(tmp_path / "new" / "secretariat.db")
    with database.session() as session:
        round_record = only_round(session)
        assert round_record.name == "2016年全省评查（向导）" and str(round_record.weight_expert) == "0.6"
        assert len(round_record.case_files) == 22 and len(round_record.reviewers) == 5
        assert len(session.scalars(select(AssignmentRecord)).all()) == 88
    database.close()
