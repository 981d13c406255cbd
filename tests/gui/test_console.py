"""The secretariat's console tabs: progress matrix, falsification decisions, re-checks, charts."""

import sqlite3

from reviewer_app.gui.round_window import RoundWindow


def open_console(qtbot, demo_round):
    window = RoundWindow(demo_round / "secretariat.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_progress_matrix_follows_the_sheets(qtbot, demo_round, output_dir):
    connection = sqlite3.connect(demo_round / "secretariat.db")
    code = connection.execute(
        "SELECT c.code FROM score_sheets s JOIN assignments a ON a.id=s.assignment_id JOIN reviewers r ON r.id=a.reviewer_id "
        "JOIN case_files c ON c.id=a.case_file_id WHERE r.name='王建国' LIMIT 1").fetchone()[0]
    connection.execute("DELETE FROM score_sheets WHERE assignment_id IN (SELECT a.id FROM assignments a JOIN reviewers r "
                       "ON r.id=a.reviewer_id JOIN case_files c ON c.id=a.case_file_id WHERE r.name='王建国' AND c.code=?)", (code,))
    connection.commit()
    connection.close()
    window = open_console(qtbot, demo_round)
    matrix = window.progress_matrix
    assert matrix.table.rowCount() == 5 and matrix.table.columnCount() == 22
    assert matrix.cell("王建国", code) == "已发送"
    assert matrix.cell("周明远", code) == "已签名"
    window.tabs.setCurrentWidget(matrix)
    window.grab().save(str(output_dir / "console-progress.png"))
    window.close()


def test_falsification_decision_and_recheck_from_the_tabs(qtbot, demo_round, output_dir):
    window = open_console(qtbot, demo_round)
    tab = window.falsification_tab
    assert tab.table.rowCount() == 4
    code = tab.reports[0].case_code
    falsified = lambda: next(c for c in window.case_model._rows if c.code == code).falsified  # noqa: E731
    assert falsified()
    tab.table.selectRow(0)
    tab.decide(False, "")
    assert "理由" in tab.message.text() and falsified()
    tab.decide(False, "经核实为笔误")
    assert not falsified()
    assert "不予认定：经核实为笔误" in tab.table.item(0, 5).text()
    window.tabs.setCurrentWidget(tab)
    window.grab().save(str(output_dir / "console-falsification.png"))

    recheck = window.recheck_tab
    assert recheck.table.rowCount() > 0
    recheck.table.selectRow(0)
    recheck.record("维持原评分", "两位评审人员扣分依据均成立")
    assert "维持原评分" in recheck.table.item(0, 3).text()
    window.tabs.setCurrentWidget(recheck)
    window.grab().save(str(output_dir / "console-recheck.png"))
    window.close()


def test_charts_show_units_and_reviewers(qtbot, demo_round, output_dir):
    window = open_console(qtbot, demo_round)
    charts = window.charts_tab
    units = charts.units_view.chart().axes()[0].categories()
    reviewers = charts.reviewers_view.chart().axes()[0].categories()
    assert len(units) == 3 and len(reviewers) == 5
    window.tabs.setCurrentWidget(charts)
    qtbot.wait(200)
    window.grab().save(str(output_dir / "console-charts.png"))
    window.close()


def test_tie_break_orders_tied_units(qtbot, demo_round):
    connection = sqlite3.connect(demo_round / "secretariat.db")
    connection.execute("UPDATE units SET corrected_on_reconsideration=1")  # every indicator 0: all tied
    connection.commit()
    connection.close()
    window = open_console(qtbot, demo_round)
    model = window.unit_view.model()
    counties = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "县（市、区）"]
    assert [model.index(r, 5).data() for r in counties] == ["1", "1"]
    window.unit_view.setCurrentIndex(model.index(counties[1], 0))
    chosen = model.index(counties[1], 0).data()
    window.set_tie_break(1)
    ranks = {model.index(r, 0).data(): model.index(r, 5).data() for r in range(model.rowCount()) if model.index(r, 1).data() == "县（市、区）"}
    assert ranks[chosen] == "1" and sorted(ranks.values()) == ["1", "2"]
    from reviewer_app.store.database import Database
    from reviewer_app.store.results import round_results
    from reviewer_app.store.rounds import only_round

    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        units = {u.name: u for u in round_results(session, only_round(session)).units}
    assert units[chosen].rank == 1 and units[chosen].tie_break == 1
    database.close()
    window.close()


def test_a_confirmed_falsification_zeroes_the_file_and_its_unit(qtbot, demo_round):
    window = open_console(qtbot, demo_round)
    tab = window.falsification_tab
    code = tab.reports[0].case_code
    case = lambda: next(c for c in window.case_model._rows if c.code == code)  # noqa: E731
    unit = lambda: next(u for u in window.unit_model._rows if u.name == case().unit)  # noqa: E731
    tab.table.selectRow(0)
    tab.decide(False, "先不予认定")
    assert not case().falsified and case().final_score > 0 and unit().indicator > 0

    tab.table.selectRow(0)
    tab.decide(True, "送达回证签名与询问笔录笔迹明显不一致，经核实为事后补签")
    assert case().falsified and case().final_score == 0
    assert unit().indicator == 0 and unit().zero_reasons
    assert "已认定：送达回证签名" in tab.table.item(0, 5).text()
    window.close()


def test_excel_export_from_the_file_menu(qtbot, demo_round, tmp_path, monkeypatch, output_dir):
    import openpyxl
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = open_console(qtbot, demo_round)
    target = tmp_path / "结果"  # typed without the extension: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "Excel 工作簿 (*.xlsx)"))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text().startswith("导出 Excel"))
    assert action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    path = tmp_path / "结果.xlsx"
    assert openpyxl.load_workbook(path, read_only=True).sheetnames[0] == "单位得分与排名"
    notice = window.export_notice
    assert notice.isVisible() and str(path) in notice.text()
    notice.grab().save(str(output_dir / "console-excel-exported.png"))
    open_button = next(b for b in notice.buttons() if b.text() == "打开所在文件夹")
    qtbot.mouseClick(open_button, Qt.LeftButton)
    assert opened == [str(tmp_path)]
    assert not notice.isVisible()

    # The same file open in LibreOffice: a clear warning, and the file is left as it was.
    before = path.read_bytes()
    (tmp_path / ".~lock.结果.xlsx#").write_text("owner")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key_E, Qt.ControlModifier)
    assert len(warned) == 1 and "结果.xlsx" in warned[0] and "关闭" in warned[0]
    assert path.read_bytes() == before
    window.close()


def test_a_veto_ruled_from_its_tab(qtbot, demo_round, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QPushButton

    window = open_console(qtbot, demo_round)
    tab = window.veto_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "待裁定"
    code = tab.table.item(0, 0).text()
    case = lambda: next(c for c in window.case_model._rows if c.code == code)  # noqa: E731
    provisional = case()
    assert provisional.status == "provisional"
    buttons = {b.text(): b for b in tab.findChildren(QPushButton)}
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", True))
    qtbot.mouseClick(buttons["否决不予支持…"], Qt.LeftButton)
    assert "请先选择" in tab.message.text()
    tab.table.selectRow(0)
    qtbot.mouseClick(buttons["否决不予支持…"], Qt.LeftButton)
    assert "理由" in tab.message.text() and case().veto_ruling.value == "none"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("该项扣分依据不足，不予支持", True))
    tab.table.selectRow(0)
    qtbot.mouseClick(buttons["否决不予支持…"], Qt.LeftButton)
    assert tab.table.item(0, 2).text() == "否决不予支持：该项扣分依据不足，不予支持"
    assert case().veto_ruling.value == "not_upheld" and case().final_score > provisional.final_score
    window.close()


def test_reconsideration_recorded_from_the_units_tab(qtbot, demo_round, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QPushButton

    window = open_console(qtbot, demo_round)
    window.tabs.setCurrentIndex(1)
    units = window.unit_model._rows
    row = next(n for n, u in enumerate(units) if u.level.value == "county" and u.indicator and u.indicator > 0)
    name = units[row].name
    view = window.unit_view
    view.selectRow(view.model().mapFromSource(window.unit_model.index(row, 0)).row())
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: asked.append(args[2]) or ("临复决字〔2016〕9号", True))
    button = next(b for b in window.findChildren(QPushButton) if b.text() == "行政复议纠正…")
    qtbot.mouseClick(button, Qt.LeftButton)
    assert name in asked[0]
    unit = next(u for u in window.unit_model._rows if u.name == name)
    assert unit.indicator == 0 and unit.zero_reasons == ("行政处罚被行政复议纠正（临复决字〔2016〕9号）",)
    window.close()


def test_pdf_export_from_the_file_menu_ends_with_open_folder(qtbot, demo_round, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = open_console(qtbot, demo_round)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "out"))
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "导出评分表和报告（PDF）…").trigger()
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 88 + 22 + 2
    assert window.export_notice.isVisible() and "112" in window.export_notice.text()
    window.close()
