"""A 先进个人 candidate's story from the secretary's desk to the ranking, by clicks: the list and a
published story imported in the console, the story given to the panel, a panel member's
package opened on her laptop, the story read and scored in the workbench and signed, the return
imported at the secretariat, and the candidates' table showing her score."""

import re
from pathlib import Path

import openpyxl
from helpers import (
    issue_package, open_package_on_laptop,
    ModalAnswers, clicked, import_return_in_console, console_on_tab, keys, sign_by_hand, type_into, typed_and_ok,
    without_candidates,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reviewer_app.core.vocabulary import CaseType
from reviewer_app.demo.build import SECRETARIAT_PASSPHRASE
from reviewer_app.gui.workbench.case_file_list import EntryRole
from reviewer_app.pdf.reading import page_text
from reviewer_app.store.candidates import CANDIDATE_COLUMNS, CANDIDATE_SHEET, OPTIONAL_COLUMNS
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.user_dirs import key_file

STORY = Path(__file__).parent.parent / "awards" / "published_story.txt"


def roster(path, case_code):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = CANDIDATE_SHEET
    sheet.append((*CANDIDATE_COLUMNS, *OPTIONAL_COLUMNS))
    sheet.append(("陈忠浩", "青溪县环境保护局", "42020017", "是", 40, 400, "是", "", case_code))
    sheet.append(("李卫东", "云台县环境保护局", "42020023", "否", 35, 350, "是", "", ""))
    book.save(path)
    return path


def test_a_panel_member_scores_a_story_in_the_workbench_and_the_ranking_shows_it(qtbot, demo_round, monkeypatch, tmp_path, output_dir):
    db_path = demo_round / "secretariat.db"
    without_candidates(db_path)
    database = Database(db_path)
    with database.session() as session:
        case_code = next(c.code for c in only_round(session).case_files_only
                         if c.unit.name == "青溪县环境保护局" and c.case_type == CaseType.PENALTY.value)
    database.close()
    story = tmp_path / "陈忠浩个人事迹.txt"
    story.write_text("\n".join(line for line in STORY.read_text(encoding="utf-8").splitlines() if not line.startswith("#")),
                     encoding="utf-8")

    # The secretary: the list, the story (two places the detectors cannot know typed), the panel.
    console = console_on_tab(qtbot, db_path, "先进个人评选")
    tab = console.candidates_tab
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(roster(tmp_path / "候选人.xlsx", case_code)), ""))
    qtbot.mouseClick(tab.buttons["import"], Qt.LeftButton)
    names = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton,
                     pos=tab.table.visualItemRect(tab.table.item(names.index("陈忠浩"), 1)).center())
    type_into(qtbot, tab.others, "磁湖、情人路")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(story), ""))
    qtbot.mouseClick(tab.buttons["story"], Qt.LeftButton)
    assert "已导入 陈忠浩 的个人事迹" in tab.message.text(), tab.message.text()
    qtbot.mouseClick(tab.buttons["panel"], Qt.LeftButton)
    assert "新增 2 项" in tab.message.text(), tab.message.text()  # one story, the round's two experts
    console.close()

    # The secretariat issues 陈慧琳's package; the story travels in it under its alias only.
    package = issue_package(demo_round, tmp_path / "packages", "陈慧琳")

    # Her laptop: the package dropped on the start screen, the story clicked in the list.
    start, window = open_package_on_laptop(qtbot, demo_round, package, "陈慧琳", "demo-chen")
    with qtbot.waitActive(window):
        window.activateWindow()
    view = window.case_list
    row = next(r for r in range(window.case_filter.rowCount())
               if window.case_filter.index(r, 0).data(EntryRole).case_type is CaseType.PERSONAL_STORY)
    entry = window.case_filter.index(row, 0).data(EntryRole)
    assert re.fullmatch(r"候选人[A-Z]\d", entry.code)
    view.scrollTo(window.case_filter.index(row, 0))  # the stories come after the case files: scrolled to, as a person would
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(window.case_filter.index(row, 0)).center())
    panel = window.panel
    # The story's own sheet: its three criteria, no 实体评查, no falsification or submission questions.
    assert [w.item.id for w in panel.items] == ["PS1", "PS2", "PS3"]
    assert not panel.vetoes and not panel.falsification.isVisible() and not panel.submission.isVisible()
    [document] = window.viewer.documents
    shown = "".join(page_text(document.path))
    assert entry.code in shown and "餐饮废水" in shown
    for word in ("陈忠浩", "陈某", "黄石", "磁湖", "情人路", "青溪", "42020017"):
        assert word not in shown, word

    # Scored from the keyboard: Ctrl+0 on each criterion, then one deduction typed on 工作能力.
    panel.set_current(0)
    for _ in panel.items:
        keys(qtbot, window, Qt.Key_0, Qt.ControlModifier)
        keys(qtbot, window, Qt.Key_Down, Qt.AltModifier)
    ability = next(w for w in panel.items if w.item.id == "PS2")
    qtbot.mouseClick(ability.no_deduction, Qt.LeftButton)
    ability.custom_points.setFocus()
    ability.custom_points.selectAll()
    qtbot.keyClicks(ability.custom_points, "6")
    type_into(qtbot, ability.custom_reason, "查处案件的过程写得较细，办案数量和成效缺少数据")
    keys(qtbot, ability.custom_reason, Qt.Key_Return)
    assert "94" in panel.total.text(), panel.total.text()
    qtbot.wait(600)  # the viewer draws its pages in the background
    window.grab().save(str(output_dir / "workbench-story-1280x720.png"))
    sign_by_hand(qtbot, window, "demo-chen")
    assert panel.read_only

    target = tmp_path / "评分回传_陈慧琳.rvwret"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    answers = ModalAnswers(qtbot, clicked(qtbot, "只导出已签名的"), typed_and_ok(qtbot, "demo-chen"))
    keys(qtbot, window, Qt.Key_E, Qt.ControlModifier)
    qtbot.waitUntil(answers.done, timeout=15000)
    qtbot.waitUntil(target.exists, timeout=15000)
    window.close()
    start.close()
    key_file().unlink()

    # The secretariat: the return imported (Ctrl+I), then the 先进个人评选 tab.
    console, dialog = import_return_in_console(qtbot, db_path, target, SECRETARIAT_PASSPHRASE)
    assert "导入 1 个" in dialog.status.text(), dialog.status.text()
    dialog.close()
    bar = console.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "先进个人评选")
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    tab = console.candidates_tab
    rows = {tab.table.item(r, 1).text(): [tab.table.item(r, c).text() for c in range(tab.table.columnCount())]
            for r in range(tab.table.rowCount())}
    # her 94 of 100 × the story's 30 points; 周明远 has not yet scored it, so it waits for him
    chen_row = rows["陈忠浩"]
    assert chen_row[6] == "28.20", chen_row
    assert chen_row[0] == "1" and "尚有 1 名评审小组成员未评分" in chen_row[-1], chen_row
    assert "未附廉洁执法证明材料" in rows["李卫东"][-1]
    tab.table.selectRow(list(rows).index("陈忠浩"))
    console.grab().save(str(output_dir / "console-candidates-story-scored.png"))
    console.close()
