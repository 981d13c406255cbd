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
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from reviewer_app.core.consolidation import RoundRules
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.vocabulary import CaseType, DocumentType, Track
from reviewer_app.gui.round_window import RoundWindow
from reviewer_app.store.database import Database
from reviewer_app.store.round_setup import RoundPlan, set_up_round
from reviewer_app.store.rounds import only_round, round_rubric
from reviewer_app.store.schema import AuditEntry, CaseFileRecord, DocumentRecord, ReviewerRecord

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
    assert window.progress_matrix.table.columnCount() == 22  # the console follows

    # Dropping them again is refused: already registered.
    drop_folders(tab, counties[:1])
    assert "已经登记过" in tab.message.text() and case_count(new_round) == 22

    # Correct an inferred case type and a document type with the table's own controls.
    row = 0
    code = tab.cases.item(row, 0).text()
    combo = tab.cases.cellWidget(row, 3)
    combo.setCurrentIndex(combo.findData(CaseType.INSPECTION_AUDIT.value))
    combo.activated.emit(combo.currentIndex())
    tab.cases.selectRow(row)
    documents = tab.documents.cellWidget(0, 2)
    documents.setCurrentIndex(documents.findData(DocumentType.OTHER.value))
    documents.activated.emit(documents.currentIndex())
    qtbot.wait(20)  # the replaced row widgets are deleted on the next turn of the event loop
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
    assert "已发出评审包" in tab.lock.text() and not tab.cases.cellWidget(0, 3).isEnabled()
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
