"""The console's 先进集体评选 tab driven as the secretary drives it: the tab clicked, statistics
imported through the file chooser, a county's recommendation ticked off and on with the
keyboard, the quota changed, the proposed list read; a bad file refused with its cell named."""

import openpyxl
from helpers import console_on_tab, withdraw_publication_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from reviewer_app.demo.statistics import write_statistics
from reviewer_app.store.awards import STATISTICS_SHEET


def changed_statistics(path, unit, column, value):
    write_statistics(path)
    book = openpyxl.load_workbook(path)
    sheet = book[STATISTICS_SHEET]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == unit)
    sheet.cell(row[0].row, header.index(column) + 1).value = value
    book.save(path)
    return path


def table_names(tab):
    return [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]


def test_the_secretary_imports_recommends_and_reads_the_proposed_list(qtbot, demo_round, tmp_path, monkeypatch, output_dir):
    db_path = demo_round / "secretariat.db"
    withdraw_publication_of(db_path)
    console = console_on_tab(qtbot, db_path, "先进集体评选")
    tab = console.awards_tab
    assert console.tabs.currentWidget() is tab
    # the demo's selection as built: the city vetoed on PM2.5, one county place to 青溪
    assert table_names(tab) == ["临江市环境保护局", "青溪县环境保护局", "云台县环境保护局"]
    assert "拟推荐 县（市、区）（名额 1）：青溪县环境保护局" in tab.proposed.text()
    assert "否决：PM2.5 年均浓度升高" in tab.table.item(0, 12).text()

    # A file with a bad cell: refused in red with the cell named, nothing changes.
    bad = changed_statistics(tmp_path / "错.xlsx", "青溪县环境保护局", "罚款金额（元）", "十万")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = [tab.table.item(r, 8).text() for r in range(tab.table.rowCount())]
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)
    assert "错.xlsx，工作表“统计数据”，第 4 行，“罚款金额（元）”：“十万”不是数字" in tab.message.text()
    assert [tab.table.item(r, 8).text() for r in range(tab.table.rowCount())] == before

    # The real file: 青溪 reaches the top of the votes (1,310): its satisfaction is full now.
    good = changed_statistics(tmp_path / "统计.xlsx", "青溪县环境保护局", "公众满意度得票数", 1310)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)
    assert "已导入 统计.xlsx：3 个单位" in tab.message.text()
    row = table_names(tab).index("青溪县环境保护局")
    assert tab.table.item(row, 7).text() == "30.00"

    # 云台's recommendation taken back with the keyboard: it leaves the table; then given again.
    items = {tab.candidates.item(r).data(Qt.UserRole): tab.candidates.item(r) for r in range(tab.candidates.count())}
    assert not items["临江市环境保护局"].flags() & Qt.ItemIsUserCheckable  # a city needs no recommendation
    tab.candidates.setFocus()
    tab.candidates.setCurrentItem(items["云台县环境保护局"])
    qtbot.keyClick(tab.candidates.viewport(), Qt.Key_Space)
    assert "云台县环境保护局" not in table_names(tab) and "不再列为候选" in tab.message.text()
    items = {tab.candidates.item(r).data(Qt.UserRole): tab.candidates.item(r) for r in range(tab.candidates.count())}
    tab.candidates.setCurrentItem(items["云台县环境保护局"])
    qtbot.keyClick(tab.candidates.viewport(), Qt.Key_Space)
    assert "云台县环境保护局" in table_names(tab)

    # Two county places: both counties proposed.
    tab.county_quota.setFocus()
    tab.county_quota.selectAll()
    qtbot.keyClicks(tab.county_quota, "2")
    qtbot.mouseClick(tab.apply_button, Qt.LeftButton)
    assert "拟推荐 县（市、区）（名额 2）：青溪县环境保护局、云台县环境保护局" in tab.proposed.text()
    assert "县级 2 个" in tab.rules.text()
    # The template, written where the secretary chooses.
    template = tmp_path / "模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    qtbot.mouseClick(tab.template_button, Qt.LeftButton)
    assert template.exists() and "模板已写出" in tab.message.text()

    # An order recorded for a unit through 并列顺序…: asked for the place, then the reason.
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (1, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("评审委员会议定", True))
    tab.table.selectRow(table_names(tab).index("云台县环境保护局"))
    qtbot.mouseClick(tab.tie_button, Qt.LeftButton)
    assert "已记录 云台县环境保护局 的并列顺序" in tab.message.text()
    qtbot.wait(200)
    console.grab().save(str(output_dir / "console-awards-1280x720.png"))
    console.close()
