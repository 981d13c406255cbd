"""The console's 先进个人评选 tab (seed 004, 附2): the candidates' list and its template, each
candidate's story imported and shown as the panel will read it (anonymised, under the alias)
with what was replaced, the outcome of a report, and the selection's table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from reviewer_app.anonymise.story_import import import_story
from reviewer_app.core.consolidation import RoundResults
from reviewer_app.documents.awards_report import INDIVIDUAL_HEADER, cell_text, individual_rows
from reviewer_app.gui.vocabulary import label
from reviewer_app.gui.console.award_tab import AwardTab
from reviewer_app.gui.widgets.tables import fill, text_table
from reviewer_app.store.candidates import (
    CandidateError,
    decide_report,
    import_candidates,
    individual_selection,
    write_candidate_template,
)
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import AwardCandidateRecord
from reviewer_app.store.spreadsheets import SpreadsheetError
from reviewer_app.store.stories import assign_story_panel


class CandidatesTab(AwardTab):
    refusals = (CandidateError, SpreadsheetError)

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__(database, on_change)
        self.names: list[str] = []
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.table = text_table([label(h) for h in INDIVIDUAL_HEADER])
        self.table.itemSelectionChanged.connect(self._show_story)
        self.story = QPlainTextEdit(readOnly=True)
        self.story.setPlaceholderText(self.tr("选择候选人，查看评审小组将看到的匿名处理后的个人事迹"))
        self.replaced = QListWidget()
        self.replaced.setMaximumHeight(120)
        self.replaced.setToolTip(self.tr("匿名处理替换的内容：请核对，有遗漏时在“其他需隐去的人名”中补充后重新导入"))
        self.others = QLineEdit(placeholderText=self.tr("其他需隐去的人名或地名（以、分隔），导入事迹时使用"))
        story_side = QWidget()
        story_layout = QVBoxLayout(story_side)
        story_layout.setContentsMargins(0, 0, 0, 0)
        story_layout.addWidget(QLabel(self.tr("个人事迹（评审小组所见）")))
        story_layout.addWidget(self.story, 1)
        story_layout.addWidget(QLabel(self.tr("匿名处理替换的内容")))
        story_layout.addWidget(self.replaced)
        story_layout.addWidget(self.others)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(story_side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, act in (
            ("template", self.tr("写出候选人模板…"), self.tr("姓名、参评单位、执法证号、廉洁执法证明、参与调查处理案件数、案件调查得票数"), self.write_template),
            ("import", self.tr("导入候选人名单…"), self.tr("整表导入，替换原有名单和事迹；有错误时指出工作表、行和列，不导入任何数据"), self.choose_candidates),
            ("story", self.tr("导入个人事迹…"), self.tr("所选候选人的事迹材料（.docx 或 .txt，3000 字以内），导入时匿名处理"), self.choose_story),
            ("panel", self.tr("分配评审小组"), self.tr("把已导入的个人事迹分配给本活动全部专家（评审小组），随评审包发出，在评审工作台评分、签名"), self.assign_panel),
            ("uphold", self.tr("举报属实（移出）…"), self.tr("所选候选人的举报经查属实：移出候选名单，须写明核查结论"), lambda: self.decide_report(True)),
            ("dismiss", self.tr("举报不属实…"), self.tr("所选候选人的举报经查不属实，须写明核查结论"), lambda: self.decide_report(False)),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, act=act: act())
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def reload(self, results: RoundResults) -> None:
        with self.database.session() as session:
            selection = individual_selection(session, only_round(session), results)
        text = self.tr("计分：{rules}。拟推荐：{names}").format(
            rules=selection.rules.describe(), names="、".join(c.name for c in selection.proposed) or self.tr("无"))
        if selection.pending:  # the proposal is provisional until every question is settled
            text += "\n" + self.tr("待决：{items}").format(items="；".join(selection.pending))
        self.rules.setText(text)
        rows = individual_rows(selection)
        self.names = [row[1] for row in rows]
        vetoed = {n for n, c in enumerate(selection.candidates) if c.vetoed}
        fill(self.table, [[cell_text(v, "") for v in row] for row in rows], lambda r, c, t: "#c62828" if r in vetoed else None)
        self._show_story()

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        return self.names[row] if 0 <= row < len(self.names) else None

    def _show_story(self) -> None:
        name = self._selected()
        self.story.clear()
        self.replaced.clear()
        if name is None:
            return
        with self.database.session() as session:
            record = session.scalars(select(AwardCandidateRecord).where(
                AwardCandidateRecord.round_id == only_round(session).id, AwardCandidateRecord.name == name)).first()
            shown, findings, alias = record.story_anonymised, record.story_findings, record.alias
        self.story.setPlainText(shown or self.tr("（{alias}：尚未导入个人事迹）").format(alias=alias))
        for finding in json.loads(findings or "[]"):
            self.replaced.addItem(f"{finding['rule']}：{finding['text']} → {finding['replacement']}")

    def write_template(self) -> None:
        self.save_template(self.tr("写出候选人模板"), self.tr("先进个人候选人.xlsx"), write_candidate_template)

    def choose_candidates(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入候选人名单"), "", "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            count: list[int] = []
            if self.record(lambda session, round_record: count.append(import_candidates(session, round_record, Path(path))), ""):
                self.message.say(self.tr("已导入 {count} 名候选人（原有名单和事迹已替换）").format(count=count[0]))

    def choose_story(self) -> None:
        name = self._selected()
        if name is None:
            self.message.say(self.tr("请先在表中选择一名候选人"), error=True)
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入 {name} 的个人事迹").format(name=name), "", self.tr("事迹材料 (*.docx *.txt)"))
        if not path:
            return
        others = [o.strip() for o in self.others.text().replace("，", "、").replace(",", "、").split("、") if o.strip()]
        replaced: list[list[str]] = []
        row = self.table.currentRow()
        if self.record(lambda session, round_record: replaced.append(import_story(
                session, round_record, name, Path(path), self.database.round_folder, others)), ""):
            self.message.say(self.tr("已导入 {name} 的个人事迹，匿名处理替换 {count} 处，请在右侧核对").format(name=name, count=len(replaced[0])))
            self.table.selectRow(row)

    def assign_panel(self) -> None:
        added: list[int] = []
        if self.record(lambda session, round_record: added.append(assign_story_panel(session, round_record)), ""):
            self.message.say(self.tr("个人事迹已分配给评审小组（新增 {count} 项）；请为评审小组成员生成评审包").format(count=added[0]))

    def decide_report(self, upheld: bool) -> None:
        name = self._selected()
        if name is None:
            self.message.say(self.tr("请先在表中选择一名候选人"), error=True)
            return
        reason, ok = QInputDialog.getText(self, self.tr("举报核查"), self.tr("{name}：核查结论和依据（记入审计日志并印在报告中）：").format(name=name))
        if ok:
            self.record(lambda session, round_record: decide_report(session, round_record, name, upheld, reason),
                         self.tr("已记录 {name} 的举报核查结论").format(name=name))
