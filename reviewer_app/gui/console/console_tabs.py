"""The secretariat's tabs beside the results: who has scored what, falsification reports to
decide, case files to re-check, and charts of unit scores and reviewer leniency."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from reviewer_app.core.consolidation import RoundResults, in_rank_order, reviewer_deviation
from reviewer_app.core.points import fmt
from reviewer_app.documents.pictures import nice_axis
from reviewer_app.core.vocabulary import EligibilityDecision, Track, VetoRuling
from reviewer_app.gui.console.decision_dialog import DecisionAnswer, DecisionDialog
from reviewer_app.gui.widgets.feedback import OutcomeLabel
from reviewer_app.gui.widgets.tables import fill, text_table
from reviewer_app.gui.vocabulary import label
from reviewer_app.core.assignment import AssignmentError
from reviewer_app.store.assignments import (
    assign_round,
    assignment_conflicts,
    declare_conflict,
    declared_units,
    set_assignment,
    would_conflict,
)
from reviewer_app.store.database import Database
from reviewer_app.store.decisions import (
    DecisionError,
    decide_eligibility,
    decide_falsification,
    eligibility_cases,
    falsification_reports,
    parse_accepted_score,
    record_recheck,
    rule_on_veto,
    spreads,
    veto_cases,
)
from reviewer_app.store.report_views import assignment_statuses
from reviewer_app.store.rounds import only_round, round_rubric
from reviewer_app.store.schema import IssuedPackage, ReviewerRecord

STATE_COLOURS = {"未发送": "#9e9e9e", "已发送": "#1565c0", "评分中": "#b26a00", "已签名": "#2e7d32"}


class ProgressMatrix(QWidget):
    """Reviewers by case files: not sent / sent / in progress / signed. Also where assignments
    are made: automatically for the whole round, or one cell at a time by double-click."""

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change  # on_change reloads the window, this tab too
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.cellDoubleClicked.connect(lambda row, column: self.toggle(self.reviewers[row], self.codes[column]))
        self.conflicts = QLabel()
        self.conflicts.setStyleSheet("color:#c62828")
        self.conflicts.setWordWrap(True)
        self.message = OutcomeLabel()
        self.seed = QSpinBox(minimum=0, maximum=999_999)
        self.seed.setToolTip(self.tr("同一随机种子总得到同一分配结果"))
        self.auto_button = QPushButton(self.tr("自动分配"))
        self.auto_button.setToolTip(self.tr("按每件案卷的专家、交叉评审人数重新分配；交叉评审人员回避本地区案卷，工作量尽量均衡"))
        self.auto_button.clicked.connect(lambda: self.assign_automatically())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("评分进度随回传文件导入而更新；双击单元格可手工分配或取消分配。")), 1)
        top.addWidget(QLabel(self.tr("随机种子：")))
        top.addWidget(self.seed)
        top.addWidget(self.auto_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(self.conflicts)
        self.reviewers: list[str] = []
        self.codes: list[str] = []

    def reload(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            statuses = assignment_statuses(session, round_record)
            conflicts = assignment_conflicts(round_record)
            self.reviewers = [r.name for r in round_record.reviewers]
            self.codes = sorted(c.code for c in round_record.case_files)
            sent = set(session.scalars(select(ReviewerRecord.name).join(IssuedPackage, IssuedPackage.reviewer_id == ReviewerRecord.id)))
        self.conflicts.setText("\n".join(map(str, conflicts)))
        self.table.clear()
        self.table.setRowCount(len(self.reviewers))
        self.table.setColumnCount(len(self.codes))
        self.table.setVerticalHeaderLabels(self.reviewers)
        self.table.setHorizontalHeaderLabels(self.codes)
        in_conflict = {(c.reviewer, c.case_code) for c in conflicts}
        row_of = {name: n for n, name in enumerate(self.reviewers)}  # list.index per cell was quadratic
        column_of = {code: n for n, code in enumerate(self.codes)}
        for status in statuses:
            if status.status is not None:
                text = "已签名" if status.status.value == "signed" else "评分中"
            else:
                text = "已发送" if status.reviewer in sent else "未发送"
            item = QTableWidgetItem(label(text))
            item.setForeground(QBrush(QColor(STATE_COLOURS[text])))
            item.setTextAlignment(Qt.AlignCenter)
            if (status.reviewer, status.case_code) in in_conflict:
                item.setBackground(QBrush(QColor("#ffcdd2")))
            self.table.setItem(row_of[status.reviewer], column_of[status.case_code], item)
        # One width for every column, from the texts it can hold: measuring each cell of a
        # national round's 500 × 4,000 matrix (resizeColumnsToContents) took over a second.
        metrics = self.table.fontMetrics()
        texts = [*self.codes, *(label(state) for state in STATE_COLOURS)]
        self.table.horizontalHeader().setDefaultSectionSize(max(map(metrics.horizontalAdvance, texts), default=40) + 16)

    def cell(self, reviewer: str, code: str) -> str:
        item = self.table.item(self.reviewers.index(reviewer), self.codes.index(code))
        return item.text() if item else ""

    def toggle(self, reviewer: str, code: str) -> None:
        """Assign when unassigned, take back when assigned; a conflict asks first and stays listed."""
        assigned = not self.cell(reviewer, code)
        with self.database.session() as session:
            round_record = only_round(session)
            conflict = assigned and would_conflict(round_record, reviewer, code)
        if conflict and QMessageBox.question(
            self, self.tr("回避冲突"),
            self.tr("{reviewer} 与案卷 {code} 属同一地区，按规定应回避。仍要分配吗？").format(reviewer=reviewer, code=code),
        ) != QMessageBox.Yes:
            return
        try:
            with self.database.session() as session:
                set_assignment(session, only_round(session), reviewer, code, assigned)
        except AssignmentError as error:
            self.message.say(str(error), error=True)
            return
        done = self.tr("已将案卷 {code} 分配给 {reviewer}。") if assigned else self.tr("已取消 {reviewer} 对案卷 {code} 的分配。")
        self.message.say(done.format(reviewer=reviewer, code=code))
        self.on_change()

    def assign_automatically(self) -> None:
        try:
            with self.database.session() as session:
                loads = assign_round(session, only_round(session), self.seed.value())
        except AssignmentError as error:
            self.message.say(str(error), error=True)
            return
        self.message.say(self.tr("已自动分配（随机种子 {seed}）：{loads}").format(
            seed=self.seed.value(), loads="，".join(f"{name} {count} 件" for name, count in loads.items())))
        self.on_change()



def note(text: str) -> QLabel:
    """An explanation above a tab's table: wrapped, so a long sentence (longer still in English)
    never makes the window wider than the screen."""
    label_ = QLabel(text)
    label_.setWordWrap(True)
    return label_


def record_decision(tab: QWidget, decide: Callable, done: str = "") -> None:
    """Record one decision of a console tab (its .database, .message, .on_change): a refusal is
    said in red and changes nothing; a recorded one is said and the window reloads."""
    try:
        with tab.database.session() as session:
            decide(session, only_round(session))
    except DecisionError as error:
        tab.message.say(str(error), error=True)
        return
    if done:
        tab.message.say(done)
    tab.on_change()


def ask_and_record(tab: QWidget, title: str, prompt: str, decide: Callable[[DecisionAnswer], Callable], done: str,
                   **fields: bool) -> None:
    """Ask for the decision in a DecisionDialog (kept as tab.dialog) and record it when 记录 is clicked."""
    dialog = DecisionDialog(title, prompt, tab, **fields)
    tab.dialog = dialog
    dialog.accepted.connect(lambda: record_decision(tab, decide(dialog.answer()), done))
    dialog.open()


class FalsificationTab(QWidget):

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.table = text_table([self.tr("案卷编号"), self.tr("评审人员"), self.tr("报告"), self.tr("情况说明"),
                             self.tr("证据页"), self.tr("秘书处决定")])
        confirm = QPushButton(self.tr("认定造假…"))
        confirm.clicked.connect(lambda: self.decide(True))
        reject = QPushButton(self.tr("不予认定…"))
        reject.clicked.connect(lambda: self.decide(False))
        self.message = OutcomeLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(reject)
        buttons.addWidget(confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        with self.database.session() as session:
            self.reports = falsification_reports(session, only_round(session))
        decisions = {"none": self.tr("待决定"), "confirmed": self.tr("已认定"), "rejected": self.tr("不予认定")}
        fill(self.table, [[r.case_code, r.reviewer, label(r.status.label), r.description, "；".join(r.evidence),
                            decisions[r.decision.value] + (f"：{r.decision_reason}" if r.decision_reason else "")]
                           for r in self.reports],
              lambda row, column, text: "#c62828" if column == 5 and text.startswith(decisions["none"]) else None)

    def decide(self, confirmed: bool) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.say(self.tr("请先选择一条造假报告"), error=True)
            return
        code = self.reports[row].case_code
        ask_and_record(self, self.tr("认定造假") if confirmed else self.tr("不予认定"),
                       self.tr("案卷 {code}：请填写理由").format(code=code),
                       lambda answer: lambda session, round_record: decide_falsification(
                           session, round_record, code, confirmed, answer.reason),
                       self.tr("已记录 {code} 的决定").format(code=code))


class VetoRulingTab(QWidget):
    """Case files where a reviewer failed a substantive (veto) item, and the panel's ruling."""

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.table = text_table([self.tr("案卷编号"), self.tr("认定不通过的评审人员和否决项"), self.tr("裁定")])
        stands = QPushButton(self.tr("否决成立…"))
        stands.setToolTip(self.tr("案卷不合格：按本轮规则计 0 分或保留得分标注不合格"))
        stands.clicked.connect(lambda: self.rule(True))
        not_upheld = QPushButton(self.tr("否决不予支持…"))
        not_upheld.setToolTip(self.tr("各评分表保留其得分"))
        not_upheld.clicked.connect(lambda: self.rule(False))
        self.message = OutcomeLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(not_upheld)
        buttons.addWidget(stands)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("有评审人员认定实体评查（否决项）不通过的案卷，须由评审组裁定；裁定前结果为初步结果。")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        with self.database.session() as session:
            self.cases = veto_cases(session, only_round(session))
        fill(self.table, [[c.case_code, "；".join(c.failed), label(c.ruling.label) + (f"：{c.reason}" if c.reason else "")]
                          for c in self.cases],
             lambda row, column, text: "#c62828" if column == 2 and self.cases[row].ruling is VetoRuling.NONE else None)

    def rule(self, stands: bool) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.say(self.tr("请先选择一件案卷"), error=True)
            return
        code = self.cases[row].case_code
        ask_and_record(self, self.tr("否决成立") if stands else self.tr("否决不予支持"),
                       self.tr("案卷 {code}：请填写裁定理由").format(code=code),
                       lambda answer: lambda session, round_record: rule_on_veto(
                           session, round_record, code, stands, answer.reason),
                       self.tr("已记录 {code} 的裁定").format(code=code))


class EligibilityTab(QWidget):
    """Intake's warnings that a file may not meet the submission rules, and the secretariat's
    decision on each: only a confirmed one makes the file score 0."""

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.table = text_table([self.tr("案卷编号"), self.tr("参评单位"), self.tr("案卷"), self.tr("入库提示"), self.tr("秘书处决定")])
        dismiss = QPushButton(self.tr("排除提示，按评分计入…"))
        dismiss.clicked.connect(lambda: self.decide(False))
        confirm = QPushButton(self.tr("确认不符合报送要求（计 0 分）…"))
        confirm.clicked.connect(lambda: self.decide(True))
        self.message = OutcomeLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(dismiss)
        buttons.addWidget(confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("登记时发现的可能不符合报送要求的情形（未识别出移动执法平台记录、文书日期不在报送期间、缺少关键文书）。"
                                        "提示不影响计分；经确认的案卷计 0 分，决定前结果为初步结果。")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        with self.database.session() as session:
            self.cases = eligibility_cases(session, only_round(session))
        decisions = {EligibilityDecision.NONE: self.tr("待决定"), EligibilityDecision.CONFIRMED: self.tr("确认不符合，计 0 分"),
                     EligibilityDecision.DISMISSED: self.tr("已排除提示")}
        fill(self.table, [[c.case_code, c.unit, c.title, "；".join(c.warnings),
                           decisions[c.decision] + (f"：{c.reason}" if c.reason else "")] for c in self.cases],
             lambda row, column, text: "#c62828" if column == 4 and self.cases[row].decision is EligibilityDecision.NONE else None)

    def decide(self, ineligible: bool) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.say(self.tr("请先选择一件案卷"), error=True)
            return
        code = self.cases[row].case_code
        ask_and_record(self, self.tr("确认不符合报送要求") if ineligible else self.tr("排除提示"),
                       self.tr("案卷 {code}：{warnings}。请填写理由。").format(code=code, warnings="；".join(self.cases[row].warnings)),
                       lambda answer: lambda session, round_record: decide_eligibility(
                           session, round_record, code, ineligible, answer.reason),
                       self.tr("已记录 {code} 的决定").format(code=code))


class ConflictsTab(QWidget):
    """Reviewers' declarations that they must not score a unit's files (回避声明): automatic
    assignment keeps them away; an existing assignment that now conflicts is named."""

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.table = text_table([self.tr("评审人员"), self.tr("评审类别"), self.tr("所属地区"), self.tr("声明回避的单位")])
        self.unit = QComboBox()
        self.unit.setMinimumContentsLength(12)
        declare = QPushButton(self.tr("声明回避"))
        declare.clicked.connect(lambda: self.declare(withdrawn=False))
        withdraw = QPushButton(self.tr("撤回声明"))
        withdraw.clicked.connect(lambda: self.declare(withdrawn=True))
        self.message = OutcomeLabel()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("参评单位：")))
        row.addWidget(self.unit)
        row.addWidget(declare)
        row.addWidget(withdraw)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("评审人员除回避本地区外，还可声明与其他单位存在利害关系；自动分配会避开所声明的单位。")))
        layout.addWidget(self.table)
        layout.addWidget(self.message)  # a row of its own: the conflicting files can be many
        layout.addLayout(row)

    def reload(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            self.reviewers = [(r.name, label(Track(r.track).label), r.region or "", declared_units(r)) for r in round_record.reviewers]
            units = [u.name for u in round_record.units]
        fill(self.table, [[name, track, region, "、".join(declared)] for name, track, region, declared in self.reviewers])
        if [self.unit.itemText(i) for i in range(self.unit.count())] != units:
            self.unit.clear()
            self.unit.addItems(units)

    def declare(self, withdrawn: bool) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.say(self.tr("请先选择一位评审人员"), error=True)
            return
        reviewer, unit = self.reviewers[row][0], self.unit.currentText()
        try:
            with self.database.session() as session:
                still = declare_conflict(session, only_round(session), reviewer, unit, withdrawn=withdrawn)
        except AssignmentError as error:
            self.message.say(str(error), error=True)
            return
        if still:
            codes = "、".join(c.case_code for c in still)
            self.message.say(self.tr("已记录。{reviewer} 已分到的 {count} 件案卷与声明冲突（{codes}），请在评分进度页调整").format(
                reviewer=reviewer, count=len(still), codes=codes), error=True)
        else:
            self.message.say(self.tr("已记录：{reviewer} 撤回对 {unit} 的回避声明").format(reviewer=reviewer, unit=unit) if withdrawn
                             else self.tr("已记录：{reviewer} 回避 {unit}").format(reviewer=reviewer, unit=unit))
        self.on_change()
        self.table.selectRow(row)


class RecheckTab(QWidget):
    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.database, self.on_change = database, on_change
        self.table = text_table([self.tr("案卷编号"), self.tr("最高与最低分差"), self.tr("各评审人员得分"), self.tr("复核记录")])
        record = QPushButton(self.tr("记录复核决定…"))
        record.clicked.connect(lambda: self.record())
        # A group leader may re-check any file (复核复审), not only one whose sheets are far apart.
        self.every_file = QCheckBox(self.tr("显示全部案卷（组长可复核任一案卷）(&A)"))
        self.every_file.toggled.connect(lambda: self.reload())
        self.message = OutcomeLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.every_file)
        buttons.addWidget(record)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("评分差距超过本轮阈值的案卷需要复核；组长也可复核任一案卷")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self, results: RoundResults | None = None) -> None:
        with self.database.session() as session:
            self.rows = [s for s in spreads(session, only_round(session), results)
                         if s.flagged or s.decisions or self.every_file.isChecked()]
        fill(self.table, [[s.case_code, fmt(s.spread), "；".join(f"{n} {fmt(v)}" for n, _, v in s.scores), "；".join(s.decisions)]
                           for s in self.rows],
              lambda row, column, text: "#c62828" if column == 3 and not text else None)

    def record(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.say(self.tr("请先选择一件案卷"), error=True)
            return
        code = self.rows[row].case_code

        def decide(answer: DecisionAnswer) -> Callable:
            def recorded(session, round_record) -> None:  # noqa: ANN001
                score = parse_accepted_score(answer.score, round_rubric(round_record).max_points)
                record_recheck(session, round_record, code, answer.decision, answer.reason, actor=answer.actor,
                               accepted_score=score)
            return recorded

        ask_and_record(self, self.tr("复核决定"), self.tr("案卷 {code}：记录复核决定。填写认定得分时，以该得分替代各评分表的计算结果。").format(code=code),
                       decide, self.tr("已记录 {code} 的复核决定").format(code=code), with_decision=True, with_score=True,
                       with_actor=True)


class ChartsTab(QWidget):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.units_view = QChartView()
        self.reviewers_view = QChartView()
        for view in (self.units_view, self.reviewers_view):
            view.setRenderHint(QPainter.Antialiasing)
        layout = QHBoxLayout(self)
        layout.addWidget(self.units_view)
        layout.addWidget(self.reviewers_view)

    def reload(self, results: RoundResults) -> None:
        deviations = reviewer_deviation([sheet for case in results.cases for sheet in case.sheets])
        units = in_rank_order(results.units)
        self.units_view.setChart(self._bars(self.tr("各参评单位案卷质量指标（设区市在前，按排名）"), [u.name for u in units],
                                            [float(u.indicator or 0) for u in units], 0, 100))
        values = [float(v) for v in deviations.values()]
        low, high, _ = nice_axis(min(values + [-5.0]), max(values + [5.0]))
        self.reviewers_view.setChart(self._bars(self.tr("评审人员相对案卷均分的平均偏差（正为偏宽）"), list(deviations),
                                                values, low, high))

    def _bars(self, title: str, categories: list[str], values: list[float], low: float, high: float) -> QChart:
        bars = QBarSet(title)
        bars.append(values)
        bars.setColor(QColor("#2e5da0"))
        bars.setBorderColor(QColor("#1b3a66"))  # a zero bar is still a line on the axis
        bars.setLabelColor(QColor("#222222"))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsOutsideEnd)  # "0.00" shows above a bar of no height
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(4)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        chart.legend().hide()
        axis_x = QBarCategoryAxis()
        # A bar of no height has no label to show: its zero is written where its name is.
        axis_x.append([f"0 · {name}" if value == 0 else name for name, value in zip(categories, values)])
        chart.addAxis(axis_x, Qt.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        low, high, step = nice_axis(low, high)
        axis_y.setRange(low, high)
        axis_y.setTickType(QValueAxis.TicksDynamic)  # ticks on round numbers, zero among them
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(step)
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignLeft)
        series.attachAxis(axis_y)
        return chart
