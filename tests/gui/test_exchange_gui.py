"""Packages and returns through the windows: the workbench opens a package and exports a
return; the secretariat imports many returns with a progress bar and a report table."""

import shutil

import pytest
from helpers import trust_demo_secretariat
from PySide6.QtCore import Qt

from reviewer_app.exchange.keys import open_key_file
from reviewer_app.exchange.returns import Outcome
from reviewer_app.gui.workbench import workbench_window
from reviewer_app.gui.console.round_window import RoundWindow
from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
from reviewer_app.user_dirs import data_dir, key_file


@pytest.fixture
def zhou_key(demo_round):
    """The demo reviewer's key installed as this laptop's key, the secretariat's confirmed."""
    key_file().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_round / "keys" / "周明远.key", key_file())
    trust_demo_secretariat(demo_round, data_dir())
    return open_key_file(key_file(), "demo-zhou")


def click_in_next_question(qtbot, button_text, seen):
    """When the next question box opens, note its text and click the named button."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button_text), Qt.LeftButton)

    QTimer.singleShot(50, answer)


def test_workbench_opens_a_package_and_exports_a_return(qtbot, demo_round, fresh_reviewer, zhou_key, monkeypatch, tmp_path):
    monkeypatch.setattr(workbench_window, "ask_for_keys", lambda parent, path, purpose: (zhou_key, ""))
    window = WorkbenchWindow(*fresh_reviewer)
    qtbot.addWidget(window)
    opened = window.open_package_file(demo_round / "packages" / "评审包_周明远_2016.rvwpkg")
    assert opened is not None
    qtbot.addWidget(opened)
    assert opened.case_filter.rowCount() == 25 and opened.viewer.document_list.count() > 0  # 22 files, 3 stories
    assert opened.round_identity == "1"
    # Nothing signed on this fresh laptop copy yet: the export lists what is unsigned and asks.
    # 返回继续评分 writes nothing; 只导出已签名的 writes a valid return with no sheets.
    click_in_next_question(qtbot, "返回继续评分", seen := [])
    assert opened.export_return_file(tmp_path / "back.rvwret") is None and not (tmp_path / "back.rvwret").exists()
    assert "有 25 件案卷尚未签名" in seen[0]
    click_in_next_question(qtbot, "只导出已签名的", seen)
    written = opened.export_return_file(tmp_path / "back.rvwret")
    assert written.exists() and "回传文件已写入并校验" in opened.message_box.text()
    opened.close()
    window.close()


def test_workbench_refuses_a_damaged_package(qtbot, demo_round, fresh_reviewer, zhou_key, monkeypatch, tmp_path):
    monkeypatch.setattr(workbench_window, "ask_for_keys", lambda parent, path, purpose: (zhou_key, ""))
    damaged = tmp_path / "damaged.rvwpkg"
    data = bytearray((demo_round / "packages" / "评审包_周明远_2016.rvwpkg").read_bytes())
    data[len(data) // 3] ^= 0xFF
    damaged.write_bytes(bytes(data))
    window = WorkbenchWindow(*fresh_reviewer)
    qtbot.addWidget(window)
    assert window.open_package_file(damaged) is None
    assert "damaged.rvwpkg" in window.message_box.text() and "篡改" in window.message_box.text()
    window.close()


def test_a_package_from_an_unconfirmed_secretariat_is_refused_until_its_fingerprint_is_typed(
        qtbot, demo_round, fresh_reviewer, monkeypatch, tmp_path, output_dir):
    """A forger who has the reviewer's public enrolment file can seal a round to them: the
    package is refused, nothing is written, until the reviewer confirms their secretariat's key
    by the fingerprint on the briefing paper (and a wrong fingerprint confirms nothing)."""
    from reviewer_app.exchange.keys import KeyPair
    from reviewer_app.exchange.trust import fingerprint_words, read_public_key_file

    key_file().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_round / "keys" / "周明远.key", key_file())
    zhou = open_key_file(key_file(), "demo-zhou")
    monkeypatch.setattr(workbench_window, "ask_for_keys", lambda parent, path, purpose: (zhou, ""))
    package = demo_round / "packages" / "评审包_周明远_2016.rvwpkg"
    window = WorkbenchWindow(*fresh_reviewer)
    qtbot.addWidget(window)
    assert window.open_package_file(package) is None
    assert "不是由您确认过的秘书处签发的" in window.message_box.text() and "信任秘书处" in window.message_box.text()
    assert not (data_dir() / "rounds").exists()  # nothing written
    window.message_box.close()

    # 文件 › 信任秘书处…: the key file, then the fingerprint typed from the paper.
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text().startswith("信任秘书处"))
    action.trigger()
    dialog = window.trust_dialog
    qtbot.waitExposed(dialog)
    key_path = demo_round / "keys" / "秘书处公钥.json"
    dialog.load(key_path)  # what the file chooser returns
    assert not dialog.trust_button.isEnabled()
    forged = fingerprint_words(KeyPair.generate().public)
    qtbot.keyClicks(dialog.fingerprint, forged)
    qtbot.mouseClick(dialog.trust_button, Qt.LeftButton)
    assert "指纹与秘书处公钥不符" in dialog.outcome.text() and not (data_dir() / "trusted_secretariats.json").exists()
    dialog.fingerprint.clear()
    qtbot.keyClicks(dialog.fingerprint, fingerprint_words(read_public_key_file(key_path)[1]).lower())
    dialog.grab().save(str(output_dir / "workbench-trust-secretariat.png"))
    qtbot.mouseClick(dialog.trust_button, Qt.LeftButton)
    assert "已信任秘书处“省环保厅（演示）”" in dialog.outcome.text()
    dialog.close()

    opened = window.open_package_file(package)
    assert opened is not None
    qtbot.addWidget(opened)
    opened.close()
    window.close()


def test_secretariat_imports_a_folder_of_returns(qtbot, demo_round, output_dir, tmp_path):
    window = RoundWindow(demo_round / "secretariat.db")
    qtbot.addWidget(window)
    dialog = window.open_import_dialog()
    broken = tmp_path / "broken.rvwret"
    broken.write_bytes((demo_round / "returns" / "评分回传_王建国.rvwret").read_bytes()[:500])
    dialog.add_paths([demo_round / "returns", broken])
    assert dialog.files.count() == 6
    qtbot.keyClicks(dialog.passphrase, "wrong")
    qtbot.keyClick(dialog.passphrase, Qt.Key_Return)  # Enter starts the import
    assert "口令不正确" in dialog.status.text() and "color" in dialog.status.styleSheet()  # in red
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "demo-secretariat")
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key_Return)
    outcomes = [r.outcome for r in dialog.results]
    assert outcomes.count(Outcome.DUPLICATE) == 5 and outcomes.count(Outcome.REFUSED) == 1
    assert dialog.report.rowCount() == 6
    refused_row = next(r for r in range(6) if dialog.report.item(r, 0).text() == "broken.rvwret")
    assert dialog.report.item(refused_row, 2).text() == "拒绝" and "不完整" in dialog.report.item(refused_row, 3).text()
    assert "拒绝 1 个" in dialog.status.text()
    dialog.grab().save(str(output_dir / "secretariat-import-returns.png"))
    dialog.close()
    window.close()


def test_secretariat_exports_every_document(qtbot, demo_round, tmp_path):
    window = RoundWindow(demo_round / "secretariat.db")
    qtbot.addWidget(window)
    paths = window.export_documents("docx", tmp_path / "out")
    assert len(paths) == 88 + 22 + 2 + 1 + 3 + 1 + 1 + 1 and all(p.exists() for p in paths)  # + typical problems, 3 unit letters, round report, 先进集体, 先进个人
    window.close()
