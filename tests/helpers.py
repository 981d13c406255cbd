"""Helpers shared by tests (importable because pytest puts tests/ on the path)."""

import shutil
import sqlite3
import subprocess
from contextlib import contextmanager

import pytest

import openpyxl

# SQLite's companions of a database another process is reading: empty once it is closed.
SQLITE_SIDE_FILES = shutil.ignore_patterns("*.db-wal", "*.db-shm")


def table_rows(db_path):
    """Every row of every table: 'unchanged' means this is equal before and after."""
    connection = sqlite3.connect(db_path)
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    rows = {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    connection.close()
    return rows


def demo_roster(path, bad_level=False):
    """The demo's units and reviewers as the secretariat's spreadsheet (optionally with one bad row)."""
    from reviewer_app.demo.cast import REVIEWERS, UNITS
    from reviewer_app.store.roster import REVIEWER_COLUMNS, REVIEWER_SHEET, UNIT_COLUMNS, UNIT_SHEET

    book = openpyxl.Workbook()
    units = book.active
    units.title = UNIT_SHEET
    units.append(UNIT_COLUMNS)
    for n, unit in enumerate(UNITS):
        level = "设区市" if unit.parent is None else "县（市、区）"
        units.append((unit.name, "乡镇" if bad_level and n == 2 else level, unit.parent or "", "临江市"))
    reviewers = book.create_sheet(REVIEWER_SHEET)
    reviewers.append(REVIEWER_COLUMNS)
    for reviewer in REVIEWERS:
        reviewers.append((reviewer.name, reviewer.track.label, reviewer.region, "、".join(reviewer.members)))
    book.save(path)
    return path


def unscored(db_path, reviewer_name, first_only=False):
    """Remove a demo reviewer's sheets (all, or those of their first assignment) so scoring starts
    afresh; returns (reviewer id, assignment ids cleared). The round is then no longer final, so
    its publication is withdrawn too."""
    from sqlalchemy import select

    from reviewer_app.store.database import Database
    from reviewer_app.store.schema import ReviewerRecord

    withdraw_publication_of(db_path)
    database = Database(db_path)
    with database.session() as session:
        reviewer = session.scalar(select(ReviewerRecord).where(ReviewerRecord.name == reviewer_name))
        assignments = reviewer.assignments[:1] if first_only else reviewer.assignments
        for assignment in assignments:
            for sheet in list(assignment.sheets):
                session.delete(sheet)
        cleared = reviewer.id, [a.id for a in assignments]
    database.close()
    return cleared


@contextmanager
def tmpfs(path, megabytes):
    path.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(path)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine cannot mount a small file system to play the read-only medium or the full disk")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def stubborn_check(path):
    """A document check for the trial pool's tests (run in its worker processes): some files
    hang, one crashes the process, the rest have three pages."""
    import os
    import time

    if path.name.startswith("hang"):
        time.sleep(600)
    if path.name.startswith("crash"):
        os._exit(11)
    return 3


def type_into(qtbot, edit, text):
    """Replace the field's text as a user would: select all, then type (Chinese arrives by input method)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    edit.setFocus()
    edit.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)
    assert (edit.toPlainText() if hasattr(edit, "toPlainText") else edit.text()) == text


def reopen_veto(db_path):
    """Take back the demo's veto ruling, so a test can rule on it afresh (the demo ends final)."""
    import sqlite3

    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE case_files SET veto_ruling='none', veto_ruling_reason='' WHERE veto_ruling != 'none'")
    connection.commit()
    connection.close()


def run_on_laptop_screen(script, args, tmp_path, scale):
    """Run a Qt script in its own process on a 1280 × 720 logical screen at the given scale (a
    1920 × 1080 laptop at 150 % is scale 1.5): Qt's offscreen screen is set up when it starts.
    Returns its standard output; fails the test with its error output if it fails."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / f"screen-{scale}.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                                               "logicalDpi": 96, "dpr": scale}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "REVIEWER_APP_DATA": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True, env=env,
                         check=False, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


def drop(window, path) -> bool:
    """What the window system delivers when a file is dragged onto the window and let go; False
    when the window refuses it on entering (the cursor says no, nothing happens)."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(QPointF(20, 20), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier))
    return True


def withdraw_publication_of(db_path):
    """The demo round ends published, and published results refuse every change: a test that
    changes them first withdraws the publication, as the secretariat would."""
    from reviewer_app.store.database import Database
    from reviewer_app.store.rounds import only_round, withdraw_publication

    database = Database(db_path)
    with database.session() as session:
        round_record = only_round(session)
        if round_record.issued_on is not None:
            withdraw_publication(session, round_record, "测试：结果需要更改")
    database.close()


def without_candidates(db_path):
    """The demo round as it stood before its 先进个人 selection began: no candidates, and no
    stories, assignments or panel sheets (a list cannot be replaced once the panel has scored)."""
    withdraw_publication_of(db_path)
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")  # the stories' documents, assignments and sheets go with them
        connection.execute("DELETE FROM case_files WHERE case_type = 'personal_story'")
        connection.execute("DELETE FROM award_candidates")
    connection.close()


def law_title_round(tmp_path):
    """A round of one case file: the head of a published decision (岳阳市生态环境局, 2021) and a
    local regulation cited (《上海市环境保护条例》), surveyed. Returns the database, the id of the
    proposal over 上海市 and its document."""
    from reportlab.pdfgen.canvas import Canvas
    from sqlalchemy import select

    from reviewer_app.anonymise.round_anonymisation import propose_redactions
    from reviewer_app.core.rubric import load_preset
    from reviewer_app.documents.fonts import register_cjk_font
    from reviewer_app.store.database import Database
    from reviewer_app.store.intake import intake_folder
    from reviewer_app.store.roster import add_unit
    from reviewer_app.store.rounds import create_round
    from reviewer_app.store.schema import RedactionRecord

    unit = "青溪县环境保护局"
    pdf = tmp_path / "in" / unit / "案卷一" / "行政处罚决定书.pdf"
    pdf.parent.mkdir(parents=True)
    canvas = Canvas(str(pdf), pagesize=(595, 842))
    canvas.setFont(register_cjk_font(), 14)
    for y, line in ((780, "岳环罚决字〔2021〕136号"), (755, "行政处罚决定书"), (730, "汨罗市恒锋新材料有限公司："),
                    (705, "法定代表人：吴泉锦"), (680, "住址：汨罗市罗江镇金塘村"),
                    (640, "依据《上海市环境保护条例》第二十条，责令你单位立即改正。")):
        canvas.drawString(60, y, line)
    canvas.save()
    round_folder = tmp_path / "round"
    round_folder.mkdir()
    db_path = round_folder / "secretariat.db"
    database = Database(db_path)
    with database.session() as session:
        round_record = create_round(session, name="裁定", year=2016, rubric=load_preset("national_2012"))
        add_unit(session, round_record, unit, "city", "", "青溪县")
        intake_folder(session, round_record, tmp_path / "in", round_folder)
    propose_redactions(database, round_folder, workers=1)
    with database.session() as session:
        place = session.scalars(select(RedactionRecord).where(RedactionRecord.term == "上海市")).one()
        proposal_id, document_id = place.id, place.document_id
    database.close()
    return db_path, proposal_id, document_id


def demo_secretariat(demo_dir):
    """The demo secretariat's public keys, from the key file it hands its reviewers."""
    from reviewer_app.exchange.trust import read_public_key_file

    return read_public_key_file(demo_dir / "keys" / "秘书处公钥.json")[1]


def trust_demo_secretariat(demo_dir, folder):
    """This installation (folder: its data folder) confirmed the demo secretariat's fingerprint."""
    from reviewer_app.exchange.trust import trust_secretariat

    keys = demo_secretariat(demo_dir)
    return trust_secretariat(folder, "省环保厅（演示）", keys, keys.fingerprint)


def console_on_tab(qtbot, db_path, tab_text):
    """The round's console at 1280×720 with the named tab clicked open, as a secretary opens it."""
    from PySide6.QtCore import Qt

    from reviewer_app.gui.console.round_window import RoundWindow

    console = RoundWindow(db_path)
    qtbot.addWidget(console)
    console.resize(1280, 720)
    console.show()
    qtbot.waitExposed(console)
    bar = console.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == tab_text)
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    return console


# --- a person at the keyboard: modal dialogs answered as they open, keys, a drawn signature -----
from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox  # noqa: E402


class ModalAnswers:
    """Answers the modal dialogs that open, in order, as a person would: each step gets the
    dialog once it is the active modal widget of the expected kind."""

    def __init__(self, qtbot, *steps):
        self.qtbot, self.steps, self.seen = qtbot, list(steps), []
        QTimer.singleShot(50, self._poll)

    def _poll(self) -> None:
        if not self.steps:
            return
        kind, act = self.steps[0]
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            self.steps.pop(0)
            self.seen.append(dialog.labelText() if isinstance(dialog, QInputDialog) else dialog.text())
            act(dialog)
        QTimer.singleShot(50, self._poll)

    def done(self) -> bool:
        return not self.steps


def typed_and_ok(qtbot, text):
    def act(dialog):
        type_into(qtbot, dialog.findChild(QLineEdit), text)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)
    return QInputDialog, act


def clicked(qtbot, button_text):
    def act(box):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button_text), Qt.LeftButton)
    return QMessageBox, act


def keys(qtbot, widget, key, modifiers=Qt.NoModifier, times=1):
    """Keys pressed in a window: it is made the active window first, as after a dialog closes
    the user's next keys go to the window again (a menu shortcut needs an active window)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    for _ in range(times):
        qtbot.keyClick(widget, key, modifiers)


def sign_by_hand(qtbot, window, passphrase):
    """Ctrl+Shift+S, draw the signature with the mouse, type the passphrase, click OK."""
    keys(qtbot, window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    dialog = window.sign_dialog
    assert dialog is not None and dialog.isVisible(), window.message_box.text() if window.message_box else None
    assert not dialog.creating_key
    for pad in dialog.pads.values():
        qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(20, 50))
        for x in range(30, 220, 15):
            qtbot.mouseMove(pad, QPoint(x, 50 + (x % 30)))
        qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(220, 60))
    type_into(qtbot, dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)  # the key's KDF takes a moment




def import_return_in_console(qtbot, db_path, return_file, passphrase="demo-secretariat"):
    """The secretariat's console opened, Ctrl+I, the return dropped on the dialog, the passphrase
    typed, Enter; returns the console and the finished dialog."""
    from reviewer_app.gui.console.round_window import RoundWindow

    console = RoundWindow(db_path)
    qtbot.addWidget(console)
    console.resize(1280, 720)
    console.show()
    qtbot.waitExposed(console)
    with qtbot.waitActive(console):
        console.activateWindow()
    keys(qtbot, console, Qt.Key_I, Qt.ControlModifier)
    dialog = console.import_dialog
    assert drop(dialog, return_file)
    type_into(qtbot, dialog.passphrase, passphrase)
    keys(qtbot, dialog.passphrase, Qt.Key_Return)
    qtbot.waitUntil(lambda: "完成" in dialog.status.text(), timeout=30000)
    return console, dialog


def issue_package(demo_dir, out_dir, reviewer_name):
    """The demo secretariat builds one reviewer's package afresh (what they are assigned now)."""
    from reviewer_app.demo.build import SECRETARIAT_PASSPHRASE
    from reviewer_app.exchange.keys import open_key_file
    from reviewer_app.exchange.packages import build_packages
    from reviewer_app.store.database import Database
    from reviewer_app.store.schema import ReviewerRecord

    database = Database(demo_dir / "secretariat.db")
    with database.session() as session:
        reviewer_id = session.query(ReviewerRecord).filter_by(name=reviewer_name).one().id
    [package] = build_packages(database, out_dir, open_key_file(demo_dir / "keys" / "秘书处.key", SECRETARIAT_PASSPHRASE),
                               reviewer_ids={reviewer_id})
    database.close()
    return package


def open_package_on_laptop(qtbot, demo_dir, package, reviewer_name, passphrase):
    """The reviewer's laptop (their key, the demo secretariat trusted): the package dropped on the
    start screen, the passphrase typed; returns the start window and the workbench at 1280×720."""
    from reviewer_app.gui.start_window import StartWindow
    from reviewer_app.user_dirs import key_file

    key_file().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_dir / "keys" / f"{reviewer_name}.key", key_file())
    trust_demo_secretariat(demo_dir, key_file().parent)
    start = StartWindow()
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    answers = ModalAnswers(qtbot, typed_and_ok(qtbot, passphrase))
    assert drop(start, package)
    assert answers.done()
    [window] = start.windows
    qtbot.addWidget(window)
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    return start, window
