"""Preparing a round in the console: case files dropped in and their types corrected, assignment
by hand (a conflict asked about and shown) and automatically, the sensitive-term list, and the
round's rubric (editable until scoring starts)."""

import shutil
from collections import Counter
from datetime import date

import pytest
from helpers import demo_roster, table_rows
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from sqlalchemy import select

from reviewer_app.core.consolidation import RoundRules
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.vocabulary import CaseType, DocumentType, Track
from reviewer_app.gui.console.round_window import RoundWindow
from reviewer_app.store.database import Database
from reviewer_app.store.round_setup import RoundPlan, set_up_round
from reviewer_app.store.rounds import only_round, round_rubric
from reviewer_app.store.schema import AuditEntry, CaseFileRecord, ReviewerRecord

CITY = "临江市环境保护局"


@pytest.fixture
def new_round(demo_source, tmp_path):
    """A round set up with the demo roster and only the city's case files: nothing scored yet."""
    cases = tmp_path / "first-batch"
    shutil.copytree(demo_source / "originals" / CITY, cases / CITY)
    plan = RoundPlan(name="筹备中的评查", year=2016, period=(date(2016, 1, 1), date(2016, 12, 31)),
                     rubric=load_preset("national_2012"), rules=RoundRules(), experts_per_file=2, cross_per_file=2,
                     rosters=((demo_roster(tmp_path / "名单.xlsx"), None),), case_folder=cases)
    db_path = tmp_path / "round" / "secretariat.db"
    set_up_round(plan, db_path)
    return db_path



def double_click(qtbot, table, index):
    """A press and release, then the double-click (QTest's double-click alone is not what a mouse sends)."""
    spot = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=spot)
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=spot)


def choose_in_cell(qtbot, table, row, column, value):
    """As a person does: double-click the cell, pick the value from the list that opens."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    double_click(qtbot, table, index)
    [combo] = table.findChildren(QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())

def open_console(qtbot, db_path):
    window = RoundWindow(db_path)
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def drop_folders(widget, folders):
    """What the window system delivers when folders are dragged from the file manager and dropped."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in folders])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPoint(10, 10).toPointF(), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier))


def case_count(db_path):
    database = Database(db_path)
    with database.session() as session:
        count = len(only_round(session).case_files)
    database.close()
    return count


def test_case_files_dropped_in_and_types_corrected(qtbot, new_round, demo_source, output_dir, tmp_path):
    window = open_console(qtbot, new_round)
    tab = window.case_files_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.cases.rowCount() == 8 and tab.lock.text() == ""

    # A folder that is not a unit of the roster: named, nothing recorded.
    stray = tmp_path / "杂项" / "某案卷"
    stray.mkdir(parents=True)
    (stray / "01-立案审批表.pdf").write_bytes((demo_source / "originals" / CITY).glob("*/01-*.pdf").__next__().read_bytes())
    before = table_rows(new_round)
    drop_folders(tab, [stray.parent])
    assert "杂项" in tab.message.text() and "未登记任何案卷" in tab.message.text()
    assert table_rows(new_round) == before

    # The two counties' folders dragged in together.
    counties = sorted(p for p in (demo_source / "originals").iterdir() if p.name != CITY)
    drop_folders(tab, counties)
    assert "已登记 14 件案卷" in tab.message.text(), tab.message.text()
    assert tab.cases.rowCount() == 22 and case_count(new_round) == 22
    window.tabs.setCurrentWidget(window.progress_matrix)  # the console follows
    assert window.progress_matrix.table.columnCount() == 22
    window.tabs.setCurrentWidget(tab)

    # Dropping them again is refused: already registered.
    drop_folders(tab, counties[:1])
    assert "已经登记过" in tab.message.text() and case_count(new_round) == 22

    # Correct an inferred case type and a document type in the tables: double-click, pick.
    row = 0
    code = tab.cases.item(row, 0).text()
    assert tab.cases.findChildren(QComboBox) == []  # no drop-down in every row, only while editing
    choose_in_cell(qtbot, tab.cases, row, 3, CaseType.INSPECTION_AUDIT.value)
    qtbot.waitUntil(lambda: tab.case_type_of(code) is CaseType.INSPECTION_AUDIT)
    tab.cases.selectRow(row)
    # Types were read from each document's first page, and the table says so.
    assert tab.documents.horizontalHeaderItem(4).text() == "类型依据"
    bases = [tab.documents.item(r, 4).text() for r in range(tab.documents.rowCount())]
    assert set(bases) <= {"标题", "文件名"} and bases.count("标题") > len(bases) / 2, bases  # scans: by name
    assert tab.documents.item(bases.index("标题"), 4).toolTip().startswith("标题：")
    choose_in_cell(qtbot, tab.documents, 0, 2, DocumentType.OTHER.value)
    qtbot.waitUntil(lambda: "文书类型已更正" in tab.message.text())
    assert tab.documents.item(0, 4).text() == "秘书处更正"
    window.grab().save(str(output_dir / "console-case-files.png"))

    database = Database(new_round)
    with database.session() as session:
        case = session.scalar(select(CaseFileRecord).where(CaseFileRecord.code == code))
        assert case.case_type == CaseType.INSPECTION_AUDIT.value
        assert case.documents[0].doc_type == DocumentType.OTHER.value
        actions = [a.action for a in session.scalars(select(AuditEntry))]
        assert "correct_case_type" in actions and "correct_document_type" in actions
    database.close()
    assert tab.case_type_of(code) is CaseType.INSPECTION_AUDIT
    window.close()


def test_corrections_are_refused_once_scoring_started(qtbot, demo_round):
    window = open_console(qtbot, demo_round / "secretariat.db")
    tab = window.case_files_tab
    window.tabs.setCurrentWidget(tab)
    assert "已发出评审包" in tab.lock.text() and not tab.cases.item(0, 3).flags() & Qt.ItemIsEditable
    index = tab.cases.model().index(0, 3)
    double_click(qtbot, tab.cases, index)
    assert tab.cases.findChildren(QComboBox) == []  # double-clicking opens no list
    code = tab.cases.item(0, 0).text()
    before = table_rows(demo_round / "secretariat.db")
    tab.correct_case(code, CaseType.DAILY_PENALTY)
    assert "不能再更正" in tab.message.text()
    assert table_rows(demo_round / "secretariat.db") == before
    window.close()


def test_assignment_by_hand_and_automatically(qtbot, new_round, monkeypatch, output_dir):
    database = Database(new_round)
    with database.session() as session:
        session.scalar(select(ReviewerRecord).where(ReviewerRecord.name == "王建国")).region = "临江市"
    database.close()
    window = open_console(qtbot, new_round)
    matrix = window.progress_matrix
    window.tabs.setCurrentWidget(matrix)
    assert matrix.table.rowCount() == 5 and matrix.table.columnCount() == 8

    # 王建国 now shares the files' region (the round was assigned before): take one file from him,
    # then give it back, declining the warning once and accepting it the second time.
    code = next(c for c in matrix.codes if matrix.cell("王建国", c))
    matrix.table.cellDoubleClicked.emit(matrix.reviewers.index("王建国"), matrix.codes.index(code))
    assert matrix.cell("王建国", code) == "" and "已取消" in matrix.message.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.No)
    matrix.toggle("王建国", code)
    assert asked and "应回避" in asked[0] and matrix.cell("王建国", code) == ""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.Yes)
    matrix.toggle("王建国", code)
    assert matrix.cell("王建国", code) == "未发送"
    assert f"王建国 与案卷 {code}" in matrix.conflicts.text()
    item = matrix.table.item(matrix.reviewers.index("王建国"), matrix.codes.index(code))
    assert item.background().color().name() == "#ffcdd2"
    window.grab().save(str(output_dir / "console-assignment-conflict.png"))

    # The automatic assignment clears the conflict and balances each track.
    matrix.seed.setValue(7)
    qtbot.mouseClick(matrix.auto_button, Qt.LeftButton)
    assert matrix.conflicts.text() == "" and "随机种子 7" in matrix.message.text()
    assert all(not matrix.cell("王建国", c) for c in matrix.codes)  # every file is from his region now
    database = Database(new_round)
    with database.session() as session:
        round_record = only_round(session)
        for track in Track:
            loads = [len(r.assignments) for r in round_record.reviewers if Track(r.track) is track and r.name != "王建国"]
            assert max(loads) - min(loads) <= 1
        per_file = Counter(a.case_file.code for r in round_record.reviewers for a in r.assignments)
        assert set(per_file.values()) == {4}
    database.close()
    window.close()


def test_sensitive_terms_added_searched_and_removed(qtbot, demo_round, output_dir):
    from reviewer_app.gui.console.terms_dialog import SensitiveTermsDialog
    from reviewer_app.store.schema import RedactionRecord

    db_path = demo_round / "secretariat.db"
    dialog = SensitiveTermsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert CITY in dialog.terms()
    dialog.new_term.setText("经济开发区")  # an address in the decisions: it points to a place
    qtbot.keyClick(dialog.new_term, Qt.Key_Return)
    assert "经济开发区" in dialog.terms() and "已添加" in dialog.message.text()
    assert dialog.search_again() > 0
    database = Database(db_path)
    with database.session() as session:
        proposed = session.scalars(select(RedactionRecord).where(RedactionRecord.term == "经济开发区")).all()
        assert proposed and all(r.status == "proposed" for r in proposed)
    database.close()
    dialog.grab().save(str(output_dir / "console-sensitive-terms.png"))

    # Unit names cannot be removed, even by asking directly; a term the secretariat added can.
    fixed = next(dialog.list.item(n) for n in range(dialog.list.count()) if dialog.list.item(n).data(Qt.UserRole) == CITY)
    assert not fixed.flags() & Qt.ItemIsSelectable
    from reviewer_app.anonymise.round_anonymisation import remove_term
    database = Database(db_path)
    with pytest.raises(ValueError, match="始终作为敏感词"), database.session() as session:
        remove_term(session, only_round(session), CITY)
    database.close()
    added = next(dialog.list.item(n) for n in range(dialog.list.count()) if dialog.list.item(n).data(Qt.UserRole) == "经济开发区")
    dialog.list.setCurrentItem(added)
    qtbot.keyClick(dialog.list, Qt.Key_Delete)
    assert "经济开发区" not in dialog.terms() and CITY in dialog.terms()
    dialog.close()


def test_the_round_rubric_is_editable_until_scoring_starts(qtbot, new_round, demo_round):
    from reviewer_app.gui.console.rubric_editor import RoundRubricDialog

    database = Database(new_round)
    dialog = RoundRubricDialog(database)
    qtbot.addWidget(dialog)
    editor = dialog.editor
    first = editor.tree.topLevelItem(1)  # the first section, after the veto items
    editor.tree.setCurrentItem(first.child(1))
    editor.move_current(-1)  # F2 before F1
    assert dialog.save_button.isEnabled()
    editor.tree.setCurrentItem(first.child(0))
    editor.item_points.setText("9")
    editor.item_points.textEdited.emit("9")
    assert not dialog.save_button.isEnabled()  # every type now totals 105
    editor.item_points.setText("4")
    editor.item_points.textEdited.emit("4")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with database.session() as session:
        assert [i.id for i in round_rubric(only_round(session)).sections[0].items] == ["F2", "F1"]
        assert any(a.action == "rubric" for a in session.scalars(select(AuditEntry)))
    database.close()

    scored = Database(demo_round / "secretariat.db")
    locked = RoundRubricDialog(scored)
    qtbot.addWidget(locked)
    assert locked.save_button is None and not locked.editor.add_item_button.isEnabled()
    scored.close()


def test_units_and_reviewers_entered_by_hand_or_from_a_spreadsheet(qtbot, new_round, tmp_path, output_dir):
    window = open_console(qtbot, new_round)
    window.open_roster()
    dialog = window.roster_dialog
    database = Database(new_round)
    assert dialog.units.rowCount() == 3 and dialog.reviewers.rowCount() == 5

    dialog.unit_name.setText("白沙县环境保护局")
    dialog.unit_level.setCurrentIndex(1)  # county: a parent is required, offered from the cities
    assert dialog.unit_parent.isEnabled() and dialog.unit_parent.currentText() == CITY
    before = table_rows(new_round)
    assert not dialog.add_unit()  # no region given
    assert "所属地区" in dialog.message.text() and table_rows(new_round) == before
    dialog.unit_region.setText("临江市")
    assert dialog.add_unit() and dialog.units.rowCount() == 4

    dialog.tabs.setCurrentIndex(1)
    dialog.reviewer_name.setText("赵晓东")
    dialog.reviewer_track.setCurrentIndex(1)  # cross: a region is required
    assert not dialog.add_reviewer() and "所属地区" in dialog.message.text()
    dialog.reviewer_region.setText("南湖市")
    assert dialog.add_reviewer() and dialog.reviewers.rowCount() == 6
    dialog.grab().save(str(output_dir / "console-roster.png"))

    bad = tmp_path / "评审人员.csv"
    bad.write_text("姓名或评审组,评审类别,所属地区,成员\n钱一,专家评审,省城,\n孙二,观察员,南湖市,\n", encoding="utf-8")
    before = table_rows(new_round)
    assert not dialog.import_spreadsheet(bad)
    assert "第 3 行" in dialog.message.text() and "评审类别" in dialog.message.text() and table_rows(new_round) == before
    bad.write_text("姓名或评审组,评审类别,所属地区,成员\n钱一,专家评审,省城,\n", encoding="utf-8")
    assert dialog.import_spreadsheet(bad) and dialog.reviewers.rowCount() == 7
    dialog.accept()
    assert any(a.text().startswith("赵晓东") for a in window.reviewer_menu.actions())  # the new reviewer can open a workbench

    with database.session() as session:
        round_record = only_round(session)
        county = next(u for u in round_record.units if u.name == "白沙县环境保护局")
        assert county.parent.name == CITY and county.level == "county" and county.region == "临江市"
        assert {r.name: r.track for r in round_record.reviewers}["赵晓东"] == "cross"
    database.close()
    window.close()
