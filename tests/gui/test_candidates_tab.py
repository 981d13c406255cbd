"""The console's 先进个人评选 tab by clicks: the list imported, a published story imported for the
selected candidate with an extra name typed, the anonymised story read as the panel will."""

from pathlib import Path

import openpyxl
from helpers import console_on_tab, type_into, without_candidates
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from reviewer_app.store.candidates import CANDIDATE_COLUMNS, CANDIDATE_SHEET

STORY = Path(__file__).parent.parent / "awards" / "published_story.txt"


def test_the_secretary_imports_candidates_and_reads_a_story_as_the_panel_will(qtbot, demo_round, tmp_path, monkeypatch, output_dir):
    db_path = demo_round / "secretariat.db"
    without_candidates(db_path)
    roster = tmp_path / "候选人.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = CANDIDATE_SHEET
    sheet.append(CANDIDATE_COLUMNS)
    sheet.append(("陈忠浩", "青溪县环境保护局", "42020017", "是", 40, 400))
    sheet.append(("李卫东", "云台县环境保护局", "42020023", "否", 35, 350))
    book.save(roster)
    story = tmp_path / "事迹.txt"
    story.write_text("\n".join(line for line in STORY.read_text(encoding="utf-8").splitlines() if not line.startswith("#")),
                     encoding="utf-8")

    console = console_on_tab(qtbot, db_path, "先进个人评选")
    tab = console.candidates_tab

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(roster), ""))
    qtbot.mouseClick(tab.buttons["import"], Qt.LeftButton)
    assert "已导入 2 名候选人" in tab.message.text()
    names = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    assert sorted(names) == ["李卫东", "陈忠浩"]
    vetoed = names.index("李卫东")
    assert "未附廉洁执法证明材料" in tab.table.item(vetoed, 9).text()

    # the story: its row clicked, the places the detectors do not know typed, the file chosen
    row = names.index("陈忠浩")
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, pos=tab.table.visualItemRect(tab.table.item(row, 1)).center())
    type_into(qtbot, tab.others, "磁湖、情人路")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(story), ""))
    qtbot.mouseClick(tab.buttons["story"], Qt.LeftButton)
    assert "已导入 陈忠浩 的个人事迹" in tab.message.text(), tab.message.text()
    shown = tab.story.toPlainText()
    assert shown.startswith("2月7日") and "候选人" in shown
    assert not any(word in shown for word in ("陈忠浩", "黄石", "磁湖", "情人路", "青溪"))
    replaced = [tab.replaced.item(n).text() for n in range(tab.replaced.count())]
    assert any(line.startswith("候选人姓名：陈忠浩 → 候选人") for line in replaced)
    # A report about 陈忠浩 found untrue, then true: the second removes him, with the finding.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("经纪检部门核查，举报不实", True))
    qtbot.mouseClick(tab.buttons["dismiss"], Qt.LeftButton)
    assert "已记录 陈忠浩 的举报核查结论" in tab.message.text()
    names = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    tab.table.selectRow(names.index("陈忠浩"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("收受当事人财物，经纪检部门查实", True))
    qtbot.mouseClick(tab.buttons["uphold"], Qt.LeftButton)
    names = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    assert "举报经查属实（收受当事人财物，经纪检部门查实）" in tab.table.item(names.index("陈忠浩"), 9).text()
    template = tmp_path / "候选人模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    qtbot.mouseClick(tab.buttons["template"], Qt.LeftButton)
    assert template.exists() and "模板已写出" in tab.message.text()
    tab.table.selectRow(names.index("陈忠浩"))
    qtbot.wait(200)
    console.grab().save(str(output_dir / "console-candidates-1280x720.png"))
    console.close()
