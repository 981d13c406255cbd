"""The secretariat's console tabs: progress matrix, falsification decisions, re-checks, charts."""

import sqlite3
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from helpers import type_into, withdraw_publication_of
from reviewer_app.gui.console.round_window import RoundWindow


def open_console(qtbot, demo_round):
    window = RoundWindow(demo_round / "secretariat.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot, tab, text):
    qtbot.mouseClick(next(b for b in tab.findChildren(QPushButton) if b.text() == text), Qt.LeftButton)


def decide_by_dialog(qtbot, tab, button, reason, decision="", score=""):
    """Click the tab's button, fill the decision dialog it opens as a user would, click 记录.
    Returns whether 记录 could be clicked (it stays off until the required fields are filled)."""
    click(qtbot, tab, button)
    dialog = tab.dialog
    assert dialog.isVisible()
    for field, text in ((dialog.decision, decision), (dialog.reason, reason), (dialog.score, score)):
        if text:
            type_into(qtbot, field, text)
    record = dialog.buttons.button(QDialogButtonBox.Ok)
    if not record.isEnabled():
        dialog.reject()
        return False
    qtbot.mouseClick(record, Qt.LeftButton)
    assert not dialog.isVisible()
    return True


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
    window.tabs.setCurrentWidget(matrix)  # a tab reads the round when it is shown
    assert matrix.table.rowCount() == 5 and matrix.table.columnCount() == 22 + 3  # the panel's stories too
    assert matrix.cell("王建国", code) == "已发送"
    assert matrix.cell("周明远", code) == "已签名"
    window.grab().save(str(output_dir / "console-progress.png"))
    window.close()


def test_falsification_decision_and_recheck_from_the_tabs(qtbot, demo_round, output_dir):
    withdraw_publication_of(demo_round / "secretariat.db")
    window = open_console(qtbot, demo_round)
    tab = window.falsification_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 4
    code = tab.reports[0].case_code
    falsified = lambda: next(c for c in window.case_model._rows if c.code == code).falsified  # noqa: E731
    assert falsified()
    tab.table.selectRow(0)
    assert not decide_by_dialog(qtbot, tab, "不予认定…", "")  # no reason, no record
    assert falsified()
    assert decide_by_dialog(qtbot, tab, "不予认定…", "经核实为笔误")
    assert not falsified()
    assert "不予认定：经核实为笔误" in tab.table.item(0, 5).text()
    window.grab().save(str(output_dir / "console-falsification.png"))

    recheck = window.recheck_tab
    window.tabs.setCurrentWidget(recheck)
    assert recheck.table.rowCount() > 0
    recheck.table.selectRow(0)
    code = recheck.rows[0].case_code
    case = lambda: next(c for c in window.case_model._rows if c.code == code)  # noqa: E731
    assert not decide_by_dialog(qtbot, recheck, "记录复核决定…", "两位评审人员扣分依据均成立")  # no decision
    assert decide_by_dialog(qtbot, recheck, "记录复核决定…", "两位评审人员扣分依据均成立", decision="维持原评分")
    assert "维持原评分" in recheck.table.item(0, 3).text() and case().accepted_score is None
    # a score out of range is refused in red and changes nothing
    recheck.table.selectRow(0)
    assert decide_by_dialog(qtbot, recheck, "记录复核决定…", "组长复评", decision="采纳组长复评结果", score="150")
    assert "认定得分应在 0 到 100" in recheck.message.text() and case().accepted_score is None
    recheck.table.selectRow(0)
    assert decide_by_dialog(qtbot, recheck, "记录复核决定…", "组长复评", decision="采纳组长复评结果", score="81.5")
    assert case().final_score == 81.5 and case().rule == "经复核认定" and "经复核认定 81.50 分" in case().reasons
    assert "认定 81.50 分" in recheck.table.item(0, 3).text()
    window.tabs.setCurrentWidget(recheck)
    window.grab().save(str(output_dir / "console-recheck.png"))
    window.close()


def test_charts_show_units_and_reviewers(qtbot, demo_round, output_dir):
    window = open_console(qtbot, demo_round)
    charts = window.charts_tab
    window.tabs.setCurrentWidget(charts)
    units = charts.units_view.chart().axes()[0].categories()
    reviewers = charts.reviewers_view.chart().axes()[0].categories()
    assert len(units) == 3 and len(reviewers) == 5
    qtbot.wait(200)
    window.grab().save(str(output_dir / "console-charts.png"))
    window.close()


def test_tie_break_orders_tied_units(qtbot, demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
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
    window.units_tab.set_tie_break(1)
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
    withdraw_publication_of(demo_round / "secretariat.db")
    window = open_console(qtbot, demo_round)
    tab = window.falsification_tab
    window.tabs.setCurrentWidget(tab)
    code = tab.reports[0].case_code
    case = lambda: next(c for c in window.case_model._rows if c.code == code)  # noqa: E731
    unit = lambda: next(u for u in window.unit_model._rows if u.name == case().unit)  # noqa: E731
    tab.table.selectRow(0)
    assert decide_by_dialog(qtbot, tab, "不予认定…", "先不予认定")
    assert not case().falsified and case().final_score > 0 and unit().indicator > 0

    tab.table.selectRow(0)
    assert decide_by_dialog(qtbot, tab, "认定造假…", "送达回证签名与询问笔录笔迹明显不一致，经核实为事后补签")
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


def test_a_veto_ruled_from_its_tab(qtbot, demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    from helpers import reopen_veto

    reopen_veto(demo_round / "secretariat.db")
    window = open_console(qtbot, demo_round)
    tab = window.veto_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "待裁定"
    code = tab.table.item(0, 0).text()
    case = lambda: next(c for c in window.case_model._rows if c.code == code)  # noqa: E731
    provisional = case()
    assert provisional.status == "provisional"
    click(qtbot, tab, "否决不予支持…")
    assert "请先选择" in tab.message.text()
    tab.table.selectRow(0)
    assert not decide_by_dialog(qtbot, tab, "否决不予支持…", "")
    assert case().veto_ruling.value == "none"
    tab.table.selectRow(0)
    assert decide_by_dialog(qtbot, tab, "否决不予支持…", "该项扣分依据不足，不予支持")
    assert tab.table.item(0, 2).text() == "否决不予支持：该项扣分依据不足，不予支持"
    assert case().veto_ruling.value == "not_upheld" and case().final_score > provisional.final_score
    window.close()


def test_reconsideration_recorded_from_the_units_tab(qtbot, demo_round, output_dir):
    withdraw_publication_of(demo_round / "secretariat.db")
    from PySide6.QtCore import QDate

    window = open_console(qtbot, demo_round)
    window.tabs.setCurrentIndex(1)
    units = window.unit_model._rows
    row = next(n for n, u in enumerate(units) if u.level.value == "county" and u.indicator and u.indicator > 0)
    name = units[row].name
    window.unit_view.selectRow(row)  # the model sorts itself: its rows are the rows shown
    unit = lambda: next(u for u in window.unit_model._rows if u.name == name)  # noqa: E731

    def record(reference, day):
        click(qtbot, window, "行政复议纠正…")
        dialog = window.units_tab.unit_dialog
        assert dialog.isVisible() and name in dialog.findChild(QLabel).text() and "2016-09-01 至 2016-11-30" in dialog.findChild(QLabel).text()
        dialog.reference.clear()
        type_into(qtbot, dialog.reference, reference)
        dialog.date.setFocus()
        dialog.date.setDate(QDate(*day))
        dialog.grab().save(str(output_dir / "console-reconsideration.png"))
        qtbot.keyClick(dialog, Qt.Key_Return)  # 记录
        assert not dialog.isVisible()
        window.unit_view.selectRow(next(n for n, u in enumerate(window.unit_model._rows) if u.name == name))

    record("临复决字〔2016〕9号", (2016, 10, 8))
    assert unit().indicator == 0 and unit().zero_reasons == ("行政处罚被行政复议纠正（临复决字〔2016〕9号）",)
    record("临复决字〔2016〕9号", (2016, 12, 5))  # dated after the period: no effect, said in the warnings
    assert unit().indicator == unit().score and any("不在评查期间内" in w for w in unit().warnings)
    window.close()


def test_a_missing_file_and_the_citys_counties_decided_from_the_units_tab(qtbot, demo_round, output_dir):
    withdraw_publication_of(demo_round / "secretariat.db")
    connection = sqlite3.connect(demo_round / "secretariat.db")
    connection.execute("PRAGMA foreign_keys = ON")
    county = connection.execute("SELECT name FROM units WHERE level = 'county' ORDER BY name LIMIT 1").fetchone()[0]
    connection.execute("DELETE FROM case_files WHERE id = (SELECT c.id FROM case_files c JOIN units u ON c.unit_id = u.id "
                       "WHERE u.name = ? ORDER BY c.code LIMIT 1)", (county,))
    connection.commit()
    connection.close()
    window = open_console(qtbot, demo_round)
    window.tabs.setCurrentIndex(1)
    unit = lambda name: next(u for u in window.unit_model._rows if u.name == name)  # noqa: E731
    select = lambda name: window.unit_view.selectRow(next(n for n, u in enumerate(window.unit_model._rows) if u.name == name))  # noqa: E731
    assert unit(county).status == "provisional" and unit(county).denominator == 7

    select(county)
    click(qtbot, window, "缺报案卷…")
    dialog = window.units_tab.unit_dialog
    assert "报送 6 件，应报 7 件" in dialog.findChild(QLabel).text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    excuse = next(b for b in dialog.choices.buttons() if b.text().startswith("准予缺报"))
    qtbot.mouseClick(excuse, Qt.LeftButton)
    assert not ok.isEnabled()  # an excuse needs its reason
    type_into(qtbot, dialog.reason, "案卷被法院调卷，经审核同意")
    assert ok.isEnabled()
    dialog.grab().save(str(output_dir / "console-gap-decision.png"))
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert unit(county).status == "final" and unit(county).denominator == 6
    assert any("准予缺报 1 件（案卷被法院调卷，经审核同意）" in w for w in unit(county).warnings)

    city = next(u.name for u in window.unit_model._rows if u.level.value == "city")
    select(city)
    click(qtbot, window, "计入市级的县…")
    dialog = window.units_tab.unit_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    for box in dialog.boxes:
        box.setChecked(False)
    assert not ok.isEnabled()
    for box in dialog.boxes:
        box.setFocus()
        qtbot.keyClick(box, Qt.Key_Space)  # ticked from the keyboard
    assert ok.isEnabled()
    dialog.grab().save(str(output_dir / "console-counted-counties.png"))
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert unit(city).denominator == 21  # 8 + 6 (excused) + 7
    window.grab().save(str(output_dir / "console-units.png"))
    window.close()


def test_pdf_export_from_the_file_menu_ends_with_open_folder(qtbot, demo_round, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = open_console(qtbot, demo_round)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "out"))
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "导出评分表和报告（PDF）…").trigger()
    # sheets, case summaries, ranking, completion, typical problems, one findings letter per unit, round report,
    # 先进集体 and 先进个人 (the panel's story sheets are not case files' sheets)
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 88 + 22 + 2 + 1 + 3 + 1 + 1 + 1
    assert window.export_notice.isVisible() and "119" in window.export_notice.text()
    window.close()


def test_eligibility_warnings_decided_from_their_tab(qtbot, demo_round, output_dir):
    withdraw_publication_of(demo_round / "secretariat.db")
    window = open_console(qtbot, demo_round)
    tab = window.eligibility_tab
    window.tabs.setCurrentWidget(tab)
    # the demo's two warnings: a handwritten on-site record (confirmed) and one made on the platform
    # filed as a photocopy with its number added by hand (dismissed)
    assert tab.table.rowCount() == 2 and all("移动执法平台" in tab.table.item(r, 3).text() for r in range(2))
    decisions = sorted(tab.table.item(r, 4).text().split("：")[0] for r in range(2))
    assert decisions == ["已排除提示", "确认不符合，计 0 分"]
    row = next(r for r in range(2) if tab.table.item(r, 4).text().startswith("确认不符合"))
    code = tab.cases[row].case_code
    case = lambda: next(c for c in window.case_model._rows if c.code == code)  # noqa: E731
    assert not case().eligible and case().final_score == 0
    click(qtbot, tab, "排除提示，按评分计入…")
    assert "请先选择" in tab.message.text()
    tab.table.selectRow(row)
    assert decide_by_dialog(qtbot, tab, "排除提示，按评分计入…", "原件另附平台记录编号，经核实为平台制作")
    assert case().eligible and case().final_score > 0
    assert tab.table.item(row, 4).text() == "已排除提示：原件另附平台记录编号，经核实为平台制作"
    window.grab().save(str(output_dir / "console-eligibility.png"))
    window.close()


def test_a_conflict_declared_from_its_tab_keeps_assignment_away(qtbot, demo_round, output_dir):
    window = open_console(qtbot, demo_round)
    tab = window.conflicts_tab
    window.tabs.setCurrentWidget(tab)
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names == ["周明远", "陈慧琳", "王建国", "刘晓燕", "北塘市交叉评审组"]
    row = names.index("周明远")
    tab.table.selectRow(row)
    tab.unit.setCurrentText("青溪县环境保护局")
    click(qtbot, tab, "声明回避")
    assert tab.table.item(row, 3).text() == "青溪县环境保护局"
    # 周明远 already scores files of that unit: the conflict is named, not hidden
    assert "与声明冲突" in tab.message.text() and "周明远" in tab.message.text()
    window.grab().save(str(output_dir / "console-conflicts.png"))
    tab.table.selectRow(row)
    click(qtbot, tab, "撤回声明")
    assert tab.table.item(row, 3).text() == "" and "撤回" in tab.message.text()
    window.close()


def test_round_report_from_the_file_menu_as_word(qtbot, demo_round, tmp_path, monkeypatch, output_dir):
    import subprocess

    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    window = open_console(qtbot, demo_round)
    asked = []
    target = tmp_path / "领导小组会议材料"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: asked.append(args) or (str(target), "Word 文档 (*.docx)"))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier)
    path = tmp_path / "领导小组会议材料.docx"
    assert asked and path.exists() and window.export_notice.isVisible() and str(path) in window.export_notice.text()
    document = Document(path)
    text = "\n".join(p.text for p in document.paragraphs)
    for heading in ("一、评查方式与计分规则", "二、参评单位得分与排名", "三、各案卷得分", "四、典型问题", "五、评审尺度"):
        assert heading in text
    assert "发布单位：省环保厅（演示）" in text and len(document.inline_shapes) >= 4  # the charts, as pictures
    window.export_notice.close()
    # and as PDF, rendered to look at: Chinese on every page, nothing blank
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "报告.pdf"), "PDF 文件 (*.pdf)"))
    window.round_report_action.trigger()
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(tmp_path / "报告.pdf"),
                    str(output_dir / "round-report-page1")], check=True)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "报告.pdf")], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows) and any("WenQuanYi" in row[0] for row in rows)  # embedded
    window.close()


def test_final_results_published_from_the_file_menu(qtbot, demo_round):
    import sqlite3

    from helpers import reopen_veto

    db_path = demo_round / "secretariat.db"
    reopen_veto(db_path)  # a question open again: publishing is refused, and says what is open
    window = open_console(qtbot, demo_round)
    window.publish_action.trigger()
    dialog = window.publish_dialog
    publish = dialog.buttons.button(QDialogButtonBox.Ok)
    assert "否决项待裁定" in dialog.message.text() and not publish.isEnabled()
    dialog.reject()
    window.close()

    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE case_files SET veto_ruling='stands', veto_ruling_reason='评审组合议' WHERE code="
                       "(SELECT c.code FROM case_files c JOIN assignments a ON a.case_file_id=c.id JOIN score_sheets s "
                       "ON s.assignment_id=a.id JOIN veto_answers v ON v.sheet_id=s.id WHERE v.passed=0 LIMIT 1)")
    connection.commit()
    connection.close()
    window = open_console(qtbot, demo_round)
    window.publish_action.trigger()
    dialog = window.publish_dialog
    assert dialog.issuer.text() == "省环保厅（演示）" and dialog.message.text() == ""
    type_into(qtbot, dialog.issuer, "临江市生态环境局")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not dialog.isVisible()
    connection = sqlite3.connect(db_path)
    assert connection.execute("SELECT issuing_body FROM rounds").fetchone()[0] == "临江市生态环境局"
    assert "由临江市生态环境局发布" in window.summary.text()
    connection.close()
    window.close()


def test_published_results_refuse_a_change_until_withdrawn_from_the_publish_dialog(qtbot, demo_round, monkeypatch, output_dir):
    from PySide6.QtWidgets import QInputDialog

    db_path = demo_round / "secretariat.db"

    def tie_breaks():
        connection = sqlite3.connect(db_path)
        rows = connection.execute("SELECT name, tie_break FROM units WHERE tie_break IS NOT NULL").fetchall()
        connection.close()
        return rows

    window = open_console(qtbot, demo_round)
    assert "已于 2016-12-20 由省环保厅（演示）发布，结果不再更改" in window.summary.text()
    window.tabs.setCurrentIndex(1)
    model = window.unit_view.model()
    county = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "县（市、区）")
    window.unit_view.selectRow(county)
    chosen = model.index(county, 0).data()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (1, True))
    tie_break = next(b for b in window.findChildren(QPushButton) if b.text() == "设置并列顺序…")
    qtbot.mouseClick(tie_break, Qt.LeftButton)
    refusal = window.units_tab.message_box
    assert refusal.isVisible() and "已于 2016-12-20 由省环保厅（演示）发布" in refusal.text() and "撤销发布" in refusal.text()
    assert tie_breaks() == []
    refusal.grab().save(str(output_dir / "console-published-refusal.png"))
    refusal.close()

    window.publish_action.trigger()
    dialog = window.publish_dialog
    assert dialog.withdraw_button.isVisible()
    qtbot.mouseClick(dialog.withdraw_button, Qt.LeftButton)
    assert "理由" in dialog.message.text() and dialog.isVisible()
    type_into(qtbot, dialog.withdraw_reason, "复议决定送达，需调整并列顺序")
    dialog.grab().save(str(output_dir / "console-withdraw-publication.png"))
    qtbot.mouseClick(dialog.withdraw_button, Qt.LeftButton)
    assert not dialog.isVisible() and "已撤销发布" in window.statusBar().currentMessage()
    assert "发布" not in window.summary.text()
    connection = sqlite3.connect(db_path)
    assert connection.execute("SELECT issued_on FROM rounds").fetchone()[0] is None
    connection.close()

    window.unit_view.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 0).data() == chosen))
    qtbot.mouseClick(tie_break, Qt.LeftButton)
    assert tie_breaks() == [(chosen, 1)]
    window.close()


def test_clicking_a_column_header_sorts_scores_as_numbers_and_keeps_the_selection(qtbot, demo_round):
    from decimal import Decimal

    from PySide6.QtCore import QPoint

    connection = sqlite3.connect(demo_round / "secretariat.db")
    codes = [code for (code,) in connection.execute("SELECT code FROM case_files ORDER BY code LIMIT 2")]
    for code, total in zip(codes, ("100.00", "9.50")):  # as text, "100.00" < "72.00" < "9.50"
        connection.execute("UPDATE score_sheets SET total_points = ? WHERE assignment_id IN (SELECT a.id FROM assignments a "
                           "JOIN case_files c ON c.id = a.case_file_id WHERE c.code = ?)", (total, code))
    connection.commit()
    connection.close()
    window = open_console(qtbot, demo_round)
    view, model = window.case_view, window.case_view.model()
    view.selectRow(3)
    selected = model.index(3, 0).data()
    header = view.horizontalHeader()

    def click_header(column):
        spot = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=spot)
        shown = [model.index(r, column).data() for r in range(model.rowCount())]
        return [Decimal(s) for s in shown if s], shown

    scores, shown = click_header(5)  # 案卷得分
    if scores != sorted(scores):
        scores, shown = click_header(5)  # the first click may have sorted it high to low
    assert scores == sorted(scores) and scores[-1] == Decimal("100.00") and Decimal("9.50") in scores
    assert all(s for s in shown[:len(scores)])  # files without a score come after those with one
    again, _ = click_header(5)
    assert again == sorted(scores, reverse=True)
    [row] = {index.row() for index in view.selectionModel().selectedRows()}
    assert model.index(row, 0).data() == selected  # the same case file is still selected
    window.close()


def test_a_group_leader_rechecks_a_file_nobody_flagged(qtbot, demo_round, output_dir):
    withdraw_publication_of(demo_round / "secretariat.db")
    from PySide6.QtWidgets import QCheckBox

    window = open_console(qtbot, demo_round)
    tab = window.recheck_tab
    window.tabs.setCurrentWidget(tab)
    flagged = {row.case_code for row in tab.rows}
    unflagged = next(c for c in window.case_model._rows
                     if c.code not in flagged and not c.recheck_needed and c.final_score and c.rule.startswith("专家评审"))
    assert tab.table.rowCount() == len(flagged)
    every = next(b for b in tab.findChildren(QCheckBox) if b.text().startswith("显示全部案卷"))
    every.setFocus()
    qtbot.keyClick(every, Qt.Key_Space)
    assert every.isChecked() and tab.table.rowCount() == len(window.case_model._rows) + 3  # and the stories
    tab.table.selectRow(next(n for n, row in enumerate(tab.rows) if row.case_code == unflagged.code))
    click(qtbot, tab, "记录复核决定…")
    dialog = tab.dialog
    record = dialog.buttons.button(QDialogButtonBox.Ok)
    type_into(qtbot, dialog.decision, "组长复评，调整得分")
    type_into(qtbot, dialog.reason, "抽查复审：告知书与决定书的罚款金额不一致，专家评审未扣分")
    type_into(qtbot, dialog.score, "72.50")
    dialog.actor.setFocus()
    qtbot.keyClick(dialog.actor, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(dialog.actor, Qt.Key_Delete)
    assert dialog.actor.text() == "" and not record.isEnabled()  # who re-checked must be named
    type_into(qtbot, dialog.actor, "评审组组长 钱卫东")
    dialog.grab().save(str(output_dir / "console-leader-recheck.png"))
    qtbot.mouseClick(record, Qt.LeftButton)
    case = next(c for c in window.case_model._rows if c.code == unflagged.code)
    assert case.final_score == D("72.50") and case.rule == "经复核认定"
    connection = sqlite3.connect(demo_round / "secretariat.db")
    assert connection.execute("SELECT actor FROM recheck_decisions ORDER BY id DESC").fetchone() == ("评审组组长 钱卫东",)
    connection.close()
    window.close()


def test_a_sample_is_drawn_from_the_file_menu(qtbot, demo_round, output_dir):
    withdraw_publication_of(demo_round / "secretariat.db")
    window = open_console(qtbot, demo_round)
    window.sample_action.trigger()
    dialog = window.sample_dialog
    assert dialog.isVisible() and dialog.drawn.toPlainText() == ""
    dialog.seed.setFocus()
    dialog.seed.selectAll()
    qtbot.keyClicks(dialog.seed, "2016")
    dialog.size.selectAll()
    qtbot.keyClicks(dialog.size, "6")
    dialog.stratify.setCurrentIndex(dialog.stratify.findData("unit"))
    type_into(qtbot, dialog.drawn_by, "秘书处 李四")
    qtbot.mouseClick(dialog.draw_button, Qt.LeftButton)
    drawn = dialog.drawn.toPlainText()
    assert "种子 2016，抽取 6 件，按参评单位分层，秘书处 李四" in drawn and "已抽取 6 件" in dialog.message.text()
    codes = drawn.splitlines()[1].split("、")
    assert len(codes) == 6 and set(codes) <= {c.code for c in window.case_model._rows}
    dialog.sample_only.setFocus()
    qtbot.keyClick(dialog.sample_only, Qt.Key_Space)  # packages are out for every file: refused, box unticked again
    assert "已发出评审包" in dialog.message.text() and not dialog.sample_only.isChecked()
    dialog.grab().save(str(output_dir / "console-sample.png"))
    dialog.reject()
    window.close()
