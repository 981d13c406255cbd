"""The start screen, as a newcomer uses it: the demo by one click, a received package dropped
on the window, the recent list, a file that is neither a package nor a round."""

import shutil

from PySide6.QtCore import Qt

from helpers import SQLITE_SIDE_FILES, drop, trust_demo_secretariat

from reviewer_app.exchange.keys import open_key_file
from reviewer_app.gui.workbench import workbench_window
from reviewer_app.gui.console.round_window import RoundWindow
from reviewer_app.gui.start_window import StartWindow
from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
from reviewer_app.user_dirs import demo_dir, key_file


def test_the_demo_is_one_click_away(qtbot, demo_source, output_dir):
    shutil.copytree(demo_source, demo_dir(), dirs_exist_ok=True, ignore=SQLITE_SIDE_FILES)  # as if built on an earlier start
    start = StartWindow()
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    start.grab().save(str(output_dir / "start-zh-empty.png"))
    qtbot.mouseClick(start.demo_button, Qt.LeftButton)
    [console] = start.windows
    assert isinstance(console, RoundWindow) and "2016年全省环境执法大练兵案卷评查" in console.windowTitle()
    assert start.recent_list.count() == 1 and "2016年全省环境执法大练兵案卷评查" in start.recent_list.item(0).text()
    console.close()


def test_a_dropped_package_opens_the_workbench_and_is_remembered(qtbot, demo_round, monkeypatch, output_dir):
    shutil.copy(demo_round / "keys" / "周明远.key", key_file())
    trust_demo_secretariat(demo_round, key_file().parent)  # the reviewer confirmed the secretariat's fingerprint
    keys = open_key_file(key_file(), "demo-zhou")
    monkeypatch.setattr(workbench_window, "ask_for_keys", lambda parent, path, purpose: (keys, ""))
    start = StartWindow()
    qtbot.addWidget(start)
    start.show()

    assert not drop(start, demo_round / "notes.txt")  # neither a package nor a round: not taken
    start.open_path(demo_round / "notes.txt")  # and if it comes some other way, it is named
    assert "“notes.txt”既不是评审包" in start.message.text()
    assert drop(start, demo_round / "packages" / "评审包_周明远_2016.rvwpkg")
    [workbench] = start.windows
    assert isinstance(workbench, WorkbenchWindow) and workbench.case_filter.rowCount() == 25
    assert start.message.text() == ""
    workbench.close()
    assert start.recent_list.count() == 1 and "[评审包]" in start.recent_list.item(0).text()
    start.grab().save(str(output_dir / "start-zh-recent.png"))

    # Next morning: the package is in the recent list; Enter on it opens the same workbench.
    start.close()
    again = StartWindow()
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitActive(again):
        again.activateWindow()
    again.recent_list.setFocus()
    qtbot.keyClick(again.recent_list, Qt.Key_Return)
    [reopened] = again.windows
    assert isinstance(reopened, WorkbenchWindow) and reopened.reviewer_name == "周明远"
    reopened.close()


def test_each_button_of_the_start_screen_by_click(qtbot, demo_round, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from reviewer_app.gui.console.setup_wizard import SetupWizard

    start = StartWindow()
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    chosen = []

    # 打开评查活动…: the file chooser (stood in for), then the console on the chosen round.
    def choose(parent, title, folder, filters):
        chosen.append((title, filters))
        return str(demo_round / "secretariat.db"), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    qtbot.mouseClick(start.database_button, Qt.LeftButton)
    [console] = start.windows
    assert isinstance(console, RoundWindow) and chosen[-1][0] == "打开评查活动" and "*.db" in chosen[-1][1]
    console.close()

    # 打开评审包… cancelled in the chooser: nothing opens, nothing is said.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    qtbot.mouseClick(start.package_button, Qt.LeftButton)
    assert len(start.windows) == 1 and start.message.text() == ""

    # 新建评查活动…: the set-up wizard.
    qtbot.mouseClick(start.create_button, Qt.LeftButton)
    assert isinstance(start.setup_wizard, SetupWizard) and start.setup_wizard.isVisible()
    start.setup_wizard.reject()

    # 清除列表 empties the recent list, and it stays empty next time.
    assert start.recent_list.count() == 1
    clear = next(b for b in start.findChildren(QPushButton) if b.text() == "清除列表")
    qtbot.mouseClick(clear, Qt.LeftButton)
    assert start.recent_list.count() == 0
    start.close()
    again = StartWindow()
    qtbot.addWidget(again)
    assert again.recent_list.count() == 0


def test_a_round_database_with_a_planted_trigger_dropped_on_the_window_is_refused(qtbot, demo_round, output_dir):
    import hashlib
    import sqlite3

    planted = demo_round / "secretariat.db"
    connection = sqlite3.connect(planted)
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END")
    connection.commit()
    connection.close()
    before = hashlib.sha256(planted.read_bytes()).hexdigest()
    backups = sorted((demo_round / "backups").iterdir())
    start = StartWindow()
    qtbot.addWidget(start)
    start.show()
    assert drop(start, planted)
    assert start.windows == []
    assert "secretariat.db" in start.message.text() and "触发器 wipe" in start.message.text()
    qtbot.wait(100)  # the label grows to its wrapped height on the next layout pass
    start.grab().save(str(output_dir / "start-zh-planted-trigger.png"))
    assert hashlib.sha256(planted.read_bytes()).hexdigest() == before
    assert sorted((demo_round / "backups").iterdir()) == backups  # not even backed up
    assert not (demo_round / "secretariat.db.lock").exists()
