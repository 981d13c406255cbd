"""The right of the workbench: the score sheet built from the rubric for the case type.

The panel shows answers and reports edits as (before, after) pairs; the window turns each
into an undoable, immediately saved change and then shows the stored result."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.gui.vocabulary import label
from reviewer_app.core.eligibility import PLATFORM_CONCERN
from reviewer_app.core.points import fmt
from reviewer_app.core.rubric import Rubric, RubricItem, VetoItem
from reviewer_app.core.score_sheet import Deduction, ItemMark, PageRef, ScoreSheet, item_score, not_applicable, total_sheet
from reviewer_app.core.vocabulary import CaseType, DocumentType, Falsification, VetoPolicy
from reviewer_app.store.scoring import FalsificationAnswer, SubmissionAnswer

CURRENT_STYLE = "QFrame#item[current=\"true\"] { border: 2px solid #2e5da0; border-radius: 4px; }"
MATCH_STYLE = "QFrame#item[matches=\"true\"] { background: #fff8dc; }"


class ItemWidget(QFrame):
    edited = Signal(object, object)  # before, after: ItemMark
    focused = Signal(object)

    def __init__(self, item: RubricItem, panel: ScoringPanel) -> None:
        super().__init__()
        self.setObjectName("item")
        self.setFrameShape(QFrame.StyledPanel)
        self.item = item
        self.panel = panel
        self.mark = ItemMark(item.id)
        document = f"［{label(item.document_type.label)}］" if item.document_type else ""
        maximum = self.tr("满分 {points}").format(points=fmt(item.max_points))
        title = QLabel(f"<b>{item.id}</b> {item.text}{document}　<span style='color:#555'>{maximum}</span>")
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(title)
        if item.optional_measure and item.document_type:
            hint = QLabel(self.tr("仅在采取该措施时适用：案卷中没有{document}时，本项预设为“不适用”，请核对确认").format(
                document=label(item.document_type.label)))
            hint.setWordWrap(True)
            hint.setStyleSheet("color:#555")
            layout.addWidget(hint)
        self.presets: dict[str, QCheckBox] = {}
        for preset in item.deductions:
            box = QCheckBox(self.tr("扣 {points} 分：{text}").format(points=preset.points, text=preset.text))
            box.toggled.connect(lambda on, p=preset: self._preset_toggled(p, on))
            self.presets[preset.id] = box
            layout.addWidget(box)
        self.custom_rows = QVBoxLayout()
        layout.addLayout(self.custom_rows)
        add_row = QHBoxLayout()
        self.custom_points = QDoubleSpinBox(minimum=0.5, maximum=float(item.max_points), singleStep=0.5, decimals=1)
        self.custom_reason = QLineEdit(placeholderText=self.tr("其他扣分理由"))
        self.custom_reason.returnPressed.connect(self._add_custom)
        add = QPushButton(self.tr("扣分"))
        add.clicked.connect(self._add_custom)
        add_row.addWidget(self.custom_points)
        add_row.addWidget(self.custom_reason, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        bottom = QHBoxLayout()
        self.no_deduction = QCheckBox(self.tr("无扣分 (Ctrl+0)"))
        self.no_deduction.toggled.connect(self._no_deduction_toggled)
        self.not_applicable = QCheckBox(self.tr("不适用"))
        self.not_applicable.setToolTip(self.tr("本案卷没有适用本项的情形（如当事人未申请听证）：本项不计分，合计按适用项折算为百分制"))
        self.not_applicable.toggled.connect(self._not_applicable_toggled)
        attach = QPushButton(self.tr("附当前页"))
        attach.setToolTip(self.tr("把正在查看的文书和页码附到本项尚未注明出处的扣分上"))
        attach.clicked.connect(self.attach_current_page)
        self.score = QLabel()
        bottom.addWidget(self.no_deduction)
        bottom.addWidget(self.not_applicable)
        bottom.addWidget(attach)
        bottom.addStretch()
        bottom.addWidget(self.score)
        layout.addLayout(bottom)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        if event.type() == event.Type.FocusIn:
            self.focused.emit(self)
        return False

    # --- showing -----------------------------------------------------------------------
    def show_mark(self, mark: ItemMark) -> None:
        self.mark = mark
        chosen = {d.preset_id for d in mark.deductions if d.preset_id}
        for preset_id, box in self.presets.items():
            box.blockSignals(True)
            box.setChecked(preset_id in chosen)
            box.blockSignals(False)
        for box, on in ((self.no_deduction, mark.no_deduction), (self.not_applicable, mark.not_applicable)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        while self.custom_rows.count():
            row = self.custom_rows.takeAt(0).widget()
            row.deleteLater()
        for index, deduction in enumerate(mark.deductions):
            if deduction.preset_id:
                continue
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            where = self.panel.describe_ref(deduction.ref)
            text = QLabel(self.tr("扣 {points} 分：{reason}").format(points=deduction.points, reason=deduction.reason) + (f"　{where}" if where else ""))
            text.setWordWrap(True)  # a long reason wraps instead of widening the sheet past the panel
            line.addWidget(text, 1)
            remove = QPushButton(self.tr("删除"))
            remove.clicked.connect(lambda _=False, i=index: self._remove(i))
            line.addWidget(remove)
            self.custom_rows.addWidget(row)
        refs = [self.panel.describe_ref(d.ref) for d in mark.deductions if d.preset_id and d.ref]
        if mark.not_applicable:
            status = self.tr("不适用，不计分")
        elif mark.answered:
            status = self.tr("得分 {score}").format(score=fmt(item_score(self.item, mark)))
        else:
            status = self.tr("未评分")
        self.score.setText(status + (f"（{'；'.join(refs)}）" if refs else ""))
        self.score.setStyleSheet("" if mark.answered else "color:#c62828")

    # --- editing -----------------------------------------------------------------------
    def _emit(self, after: ItemMark) -> None:
        if after != self.mark:
            self.edited.emit(self.mark, after)

    def _default_ref(self) -> PageRef | None:
        """Tick a deduction while reading the document it concerns, and its page is cited."""
        if self.item.document_type is not None and self.item.document_type == self.panel.current_document_type:
            return self.panel.current_ref
        return None

    def _preset_toggled(self, preset, on: bool) -> None:  # noqa: ANN001
        deductions = [d for d in self.mark.deductions if d.preset_id != preset.id]
        if on:
            deductions.append(Deduction(preset.points, preset.text, preset.id, self._default_ref()))
        self._emit(ItemMark(self.item.id, False, deductions))

    def _add_custom(self) -> None:
        reason = self.custom_reason.text().strip()
        if not reason:
            self.custom_reason.setPlaceholderText(self.tr("请先填写扣分理由"))
            self.custom_reason.setFocus()
            return
        points = Decimal(str(self.custom_points.value())).quantize(Decimal("0.1"))
        self.custom_reason.clear()
        self._emit(ItemMark(self.item.id, False, [*self.mark.deductions, Deduction(points, reason, None, self._default_ref())]))

    def _remove(self, index: int) -> None:
        deductions = [d for n, d in enumerate(self.mark.deductions) if n != index]
        self._emit(ItemMark(self.item.id, False, deductions))

    def _no_deduction_toggled(self, on: bool) -> None:
        self._emit(ItemMark(self.item.id, True, []) if on else ItemMark(self.item.id))

    def _not_applicable_toggled(self, on: bool) -> None:
        self._emit(ItemMark(self.item.id, not_applicable=True) if on else ItemMark(self.item.id))

    def set_no_deduction(self) -> None:
        self.no_deduction.setChecked(True)

    def attach_current_page(self) -> None:
        ref = self.panel.current_ref
        if ref is None or not any(d.ref is None for d in self.mark.deductions):
            self.panel.notice.emit(self.tr("{item}：没有需要注明出处的扣分").format(item=self.item.id))
            return
        self._emit(ItemMark(self.item.id, False, [d if d.ref else replace(d, ref=ref) for d in self.mark.deductions]))


class VetoWidget(QWidget):
    edited = Signal(str, object, object)  # item id, before, after: bool | None

    def __init__(self, veto: VetoItem) -> None:
        super().__init__()
        self.veto = veto
        self.value: bool | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(veto.text)
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        self.passed = QRadioButton(self.tr("通过"))
        self.failed = QRadioButton(self.tr("不通过"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.passed)
        self.group.addButton(self.failed)
        self.passed.toggled.connect(lambda on: on and self._chosen(True))
        self.failed.toggled.connect(lambda on: on and self._chosen(False))
        layout.addWidget(self.passed)
        layout.addWidget(self.failed)

    def _chosen(self, passed: bool) -> None:
        if passed != self.value:
            self.edited.emit(self.veto.id, self.value, passed)

    def show_value(self, value: bool | None) -> None:
        self.value = value
        for button in (self.passed, self.failed):
            button.blockSignals(True)
        self.group.setExclusive(False)
        self.passed.setChecked(value is True)
        self.failed.setChecked(value is False)
        self.group.setExclusive(True)
        for button in (self.passed, self.failed):
            button.blockSignals(False)


class CitedPages(QWidget):
    """The pages a report cites: the page in view is added with one click."""

    changed = Signal(tuple)  # the pages cited after the change

    def __init__(self, panel: ScoringPanel, add_text: str, remove_text: str) -> None:
        super().__init__()
        self.panel = panel
        self.pages: tuple[PageRef, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add = QPushButton(add_text)
        self.add.clicked.connect(self.add_current_page)
        self.remove = QPushButton(remove_text)
        self.remove.clicked.connect(self._remove_selected)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch()
        layout.addLayout(buttons)

    def show_pages(self, pages: tuple[PageRef, ...]) -> None:
        self.pages = pages
        self.list.clear()
        for ref in pages:
            self.list.addItem(self.panel.describe_ref(ref))

    def add_current_page(self) -> None:
        ref = self.panel.current_ref
        if ref is not None and ref not in self.pages:
            self.changed.emit((*self.pages, ref))

    def _remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.changed.emit(tuple(r for n, r in enumerate(self.pages) if n != row))


class FalsificationBox(QGroupBox):
    edited = Signal(object, object)  # before, after: FalsificationAnswer

    def __init__(self, panel: ScoringPanel) -> None:
        super().__init__(panel.tr("案卷造假情况"))
        self.panel = panel
        self.answer = FalsificationAnswer(None)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.buttons: dict[Falsification, QRadioButton] = {}
        group = QButtonGroup(self)
        for status in Falsification:
            button = QRadioButton(label(status.label))
            button.toggled.connect(lambda on, s=status: on and self._status(s))
            group.addButton(button)
            self.buttons[status] = button
            row.addWidget(button)
        self.group = group
        layout.addLayout(row)
        self.description = QPlainTextEdit(placeholderText=self.tr("情况说明（报告疑似或认定造假时必填）"))
        self.description.setMaximumHeight(70)
        self._typing = QTimer(self, singleShot=True, interval=600)  # save after a pause in typing
        self._typing.timeout.connect(self._description_done)
        self.description.textChanged.connect(self._typing.start)
        layout.addWidget(self.description)
        self.evidence = CitedPages(panel, self.tr("添加当前页为证据"), self.tr("删除所选证据"))
        self.evidence.changed.connect(lambda pages: self._emit(replace(self.answer, evidence=pages)))
        layout.addWidget(self.evidence)

    def show_answer(self, answer: FalsificationAnswer) -> None:
        self.answer = answer
        self.group.setExclusive(False)
        for status, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(status == answer.status)
            button.blockSignals(False)
        self.group.setExclusive(True)
        # Text still waiting for its typing pause is the reviewer's newest: another answer saved
        # meanwhile must not put the stored text back over it.
        if not self._typing.isActive() and self.description.toPlainText() != answer.description:
            self.description.blockSignals(True)
            self.description.setPlainText(answer.description)
            self.description.blockSignals(False)
        self.evidence.show_pages(answer.evidence)

    def _emit(self, after: FalsificationAnswer) -> None:
        if after != self.answer:
            self.edited.emit(self.answer, after)

    def _status(self, status: Falsification) -> None:
        self._emit(replace(self.answer, status=status))

    def _description_done(self) -> None:
        self._emit(replace(self.answer, description=self.description.toPlainText()))

    def flush(self) -> None:
        """Save a description still waiting for its typing pause."""
        if self._typing.isActive():
            self._typing.stop()
            self._description_done()

    def add_current_page(self) -> None:
        self.evidence.add_current_page()


class SubmissionBox(QGroupBox):
    """A doubt that the file meets the submission rules (报送要求), raised with the pages that
    show it. It costs no points: the secretariat decides whether the file counts."""

    edited = Signal(object, object)  # before, after: SubmissionAnswer

    def __init__(self, panel: ScoringPanel) -> None:
        super().__init__(panel.tr("报送要求（提请秘书处认定，不扣分）"))
        self.panel = panel
        self.answer = SubmissionAnswer()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.platform = QPushButton(panel.tr("现场监察笔录非移动执法平台生成"))
        self.platform.setToolTip(panel.tr("填入此情况，并引用当前页"))
        self.platform.clicked.connect(self._platform)
        row.addWidget(self.platform)
        row.addStretch()
        layout.addLayout(row)
        self.concern = QPlainTextEdit(placeholderText=panel.tr("如认为本案卷不符合报送要求（笔录非移动执法平台生成、文书不在报送期间等），写明情况"))
        self.concern.setMaximumHeight(60)
        self._typing = QTimer(self, singleShot=True, interval=600)
        self._typing.timeout.connect(self._concern_done)
        self.concern.textChanged.connect(self._typing.start)
        layout.addWidget(self.concern)
        self.evidence = CitedPages(panel, panel.tr("引用当前页"), panel.tr("删除所选页"))
        self.evidence.changed.connect(lambda pages: self._emit(replace(self.answer, evidence=pages)))
        layout.addWidget(self.evidence)

    def show_answer(self, answer: SubmissionAnswer) -> None:
        self.answer = answer
        if not self._typing.isActive() and self.concern.toPlainText() != answer.concern:
            self.concern.blockSignals(True)
            self.concern.setPlainText(answer.concern)
            self.concern.blockSignals(False)
        self.evidence.show_pages(answer.evidence)

    def _emit(self, after: SubmissionAnswer) -> None:
        if after != self.answer:
            self.edited.emit(self.answer, after)

    def _concern_done(self) -> None:
        self._emit(replace(self.answer, concern=self.concern.toPlainText()))

    def _platform(self) -> None:
        self._typing.stop()
        text = self.concern.toPlainText().strip()
        concern = text if PLATFORM_CONCERN in text else "；".join(t for t in (text, PLATFORM_CONCERN) if t)
        ref = self.panel.current_ref
        pages = self.answer.evidence if ref is None or ref in self.answer.evidence else (*self.answer.evidence, ref)
        self._emit(replace(self.answer, concern=concern, evidence=pages))

    def flush(self) -> None:
        if self._typing.isActive():
            self._typing.stop()
            self._concern_done()


class CommentBox(QGroupBox):
    """The reviewer's overall opinion (评审意见) of the case file: printed on the sheet, and
    required when a substantive (veto) item fails, so the failure has its reason."""

    edited = Signal(str, str)  # before, after

    def __init__(self, panel: ScoringPanel) -> None:
        super().__init__(panel.tr("评审意见"))
        self.panel = panel
        self.text = ""
        layout = QVBoxLayout(self)
        self.editor = QPlainTextEdit()
        self.editor.setMaximumHeight(90)
        self._typing = QTimer(self, singleShot=True, interval=600)  # save after a pause in typing
        self._typing.timeout.connect(self._done)
        self.editor.textChanged.connect(self._typing.start)
        layout.addWidget(self.editor)
        self.show_comment("", [])

    def show_comment(self, text: str, failed_vetoes: list[str]) -> None:
        self.text = text
        if not self._typing.isActive() and self.editor.toPlainText() != text:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
        if failed_vetoes:
            self.editor.setPlaceholderText(self.tr("必填：实体评查{items}不通过，请写明理由").format(
                items="、".join(f"“{v}”" for v in failed_vetoes)))
            self.setStyleSheet("" if text.strip() else "QGroupBox { color: #c62828; font-weight: bold; }")
        else:
            story = self.panel.case_type is not None and self.panel.case_type.is_story
            self.editor.setPlaceholderText(self.tr("对该候选人个人事迹的总体评审意见（选填）") if story
                                           else self.tr("对本案卷的总体评审意见（选填；实体评查不通过时必填）"))
            self.setStyleSheet("")

    def _done(self) -> None:
        after = self.editor.toPlainText()
        if after != self.text:
            before, self.text = self.text, after
            self.edited.emit(before, after)

    def flush(self) -> None:
        """Save text still waiting for its typing pause."""
        if self._typing.isActive():
            self._typing.stop()
            self._done()


class ScoringPanel(QWidget):
    mark_edited = Signal(object, object)
    veto_edited = Signal(str, object, object)
    falsification_edited = Signal(object, object)
    submission_edited = Signal(object, object)
    comment_edited = Signal(str, str)
    notice = Signal(str)
    current_changed = Signal(object)  # the ItemWidget the reviewer moved to
    open_page = Signal(int, int)  # a pre-check lead's cited page: document id, page
    lead_answered = Signal(int, str)  # lead id, verdict

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CURRENT_STYLE + MATCH_STYLE)
        self.rubric: Rubric | None = None
        self.policy = VetoPolicy.ZERO
        self.case_type: CaseType | None = None
        self.current_ref: PageRef | None = None
        self.current_document_type: DocumentType | None = None
        self.document_names: dict[int, str] = {}
        self.items: list[ItemWidget] = []
        self.vetoes: dict[str, VetoWidget] = {}
        self.section_labels: dict[str, QLabel] = {}
        self.current_index = -1
        self.read_only = False

        self.total = QLabel()
        self.total.setObjectName("sheetTotal")
        self.total.setStyleSheet("font-size: 15px; font-weight: bold")
        self.total.setWordWrap(True)  # with its notes it is longer than a laptop's panel is wide
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.total, 3)
        header.addWidget(self.state, 1)
        layout.addLayout(header)
        layout.addWidget(self.scroll)

    def describe_ref(self, ref: PageRef | None) -> str:
        if ref is None:
            return ""
        return self.tr("{document} 第{page}页").format(document=self.document_names.get(ref.document_id, "?"), page=ref.page)

    def build(self, rubric: Rubric, case_type: CaseType, policy: VetoPolicy, document_names: dict[int, str]) -> None:
        """Lay the sheet out for this case type (when the case file changes)."""
        self.rubric, self.case_type, self.policy, self.document_names = rubric, case_type, policy, document_names
        old = self.scroll.takeWidget()
        old.deleteLater()
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.items, self.vetoes, self.section_labels = [], {}, {}
        veto_box = QGroupBox(self.tr("一、实体评查（一票否决）"))
        veto_layout = QVBoxLayout(veto_box)
        for veto in rubric.veto_items_for(case_type):
            widget = VetoWidget(veto)
            widget.edited.connect(self.veto_edited)
            self.vetoes[veto.id] = widget
            veto_layout.addWidget(widget)
        veto_box.setVisible(bool(self.vetoes))  # a candidate's story has no 实体评查
        self.body_layout.addWidget(veto_box)
        self.matching_box = QGroupBox()
        self.matching_layout = QVBoxLayout(self.matching_box)
        self.matching_box.hide()
        self.body_layout.addWidget(self.matching_box)
        self.section_boxes: dict[str, QVBoxLayout] = {}
        for section in rubric.sections_for(case_type):
            box = QGroupBox(section.title)
            box_layout = QVBoxLayout(box)
            subtotal = QLabel()
            self.section_labels[section.id] = subtotal
            box_layout.addWidget(subtotal)
            for item in section.items:
                widget = ItemWidget(item, self)
                widget.edited.connect(self.mark_edited)
                widget.focused.connect(self._focused)
                widget.section_id = section.id
                widget.home = box_layout
                self.items.append(widget)
                box_layout.addWidget(widget)
            self.section_boxes[section.id] = box_layout
            self.body_layout.addWidget(box)
        self.all_items = list(self.items)  # rubric order
        self.falsification = FalsificationBox(self)
        self.falsification.edited.connect(self.falsification_edited)
        self.body_layout.addWidget(self.falsification)
        self.submission = SubmissionBox(self)
        self.submission.edited.connect(self.submission_edited)
        self.body_layout.addWidget(self.submission)
        for box in (self.falsification, self.submission):  # questions about a case file, not a story
            box.setVisible(not case_type.is_story)
        self.comment = CommentBox(self)
        self.comment.edited.connect(self.comment_edited)
        self.body_layout.addWidget(self.comment)
        self.body_layout.addStretch()
        self.scroll.setWidget(self.body)
        self.current_index = -1

    def show_leads(self, leads: list, document_ids: dict[int, int]) -> None:
        """The pre-check's leads, each under the first of its rubric items this sheet has (one
        bearing on none of them heads the sheet); document_ids: position -> document id."""
        from reviewer_app.gui.workbench.precheck_hints import PrecheckHint

        self.hints = []
        for lead in leads:
            hint = PrecheckHint(lead, document_ids)
            hint.open_page.connect(self.open_page)
            hint.answered.connect(self.lead_answered)
            home = next((w for w in self.all_items if w.item.id in lead.items), None)
            if home is not None:
                home.layout().insertWidget(1, hint)
            else:
                self.body_layout.insertWidget(0, hint)
            self.hints.append(hint)

    def show_sheet(self, sheet: ScoreSheet, read_only: bool, revision_note: str = "") -> None:
        for widget in self.items:
            widget.show_mark(sheet.marks.get(widget.item.id, ItemMark(widget.item.id)))
        for item_id, widget in self.vetoes.items():
            widget.show_value(sheet.veto.get(item_id))
        self.falsification.show_answer(
            FalsificationAnswer(sheet.falsification, sheet.falsification_description, tuple(sheet.falsification_evidence))
        )
        self.submission.show_answer(SubmissionAnswer(sheet.submission_concern, tuple(sheet.submission_evidence)))
        self.show_comment(sheet)
        self.set_read_only(read_only)
        self.update_totals(sheet)
        self.state.setText(revision_note)

    def show_comment(self, sheet: ScoreSheet) -> None:
        failed = [v.text for v in self.rubric.veto_items_for(sheet.case_type) if sheet.veto.get(v.id) is False]
        self.comment.show_comment(sheet.comment, failed)

    def update_totals(self, sheet: ScoreSheet) -> None:
        total = total_sheet(self.rubric, sheet)
        for section in self.rubric.sections_for(sheet.case_type):
            maximum = sum((i.max_points for i in section.items if not not_applicable(sheet.marks.get(i.id))), Decimal(0))
            self.section_labels[section.id].setText(self.tr("小计 {points} / {maximum}").format(points=fmt(total.section_points[section.id]), maximum=fmt(maximum)))
        items = self.rubric.items_for(sheet.case_type)
        unanswered = sum(1 for i in items if not (sheet.marks.get(i.id) and sheet.marks[i.id].answered))
        scored = any(m.no_deduction or m.deductions for m in sheet.marks.values())
        text = self.tr("合计 {points} / {maximum}").format(points=fmt(total.points), maximum=fmt(self.rubric.max_points))
        if unanswered and unanswered < len(items):  # an item not yet scored counts in full until it is
            text += self.tr("（尚有 {count} 项未评）").format(count=unanswered)
        if not scored:  # nothing scored (a presumed 不适用 is no score): a full mark would be a promise
            text = self.tr("合计 未评分 / {maximum}").format(maximum=fmt(self.rubric.max_points))
        elif total.rescaled:
            text += self.tr("（适用项满分 {applicable}，得 {earned}，折算为百分制）").format(
                applicable=fmt(total.applicable_max), earned=fmt(total.earned))
        if total.veto_failed:
            text += self.tr("（实体评查不通过，本表计 {score} 分）").format(score=fmt(total.score(self.policy)))
        self.total.setText(text)

    def flush(self) -> None:
        """Save text still waiting for its typing pause (before signing, moving or closing)."""
        for box in (self.falsification, self.submission, self.comment):
            box.flush()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.body.setEnabled(not read_only)

    # --- the current item and the current document -------------------------------------
    def _focused(self, widget: ItemWidget) -> None:
        self.set_current(self.items.index(widget), scroll=False)

    def set_current(self, index: int, scroll: bool = True) -> None:
        if not self.items:
            return
        index = max(0, min(index, len(self.items) - 1))
        moved = self.current_item() is not self.items[index]
        for n, widget in enumerate(self.items):
            widget.setProperty("current", n == index)  # one frame at a time
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.current_index = index
        if scroll:
            self.scroll.ensureWidgetVisible(self.items[index], 0, 40)
        if moved:
            self.current_changed.emit(self.items[index])

    def next_item(self) -> None:
        self.set_current(self.current_index + 1)

    def previous_item(self) -> None:
        self.set_current(self.current_index - 1)

    def current_item(self) -> ItemWidget | None:
        return self.items[self.current_index] if 0 <= self.current_index < len(self.items) else None

    def set_document(self, document_type: DocumentType | None, document_title: str) -> None:
        """Put the items about the shown document first, in a box at the top."""
        self.current_document_type = document_type
        matching, rest = [], []
        for widget in self.all_items:
            matches = document_type is not None and widget.item.document_type == document_type
            (matching if matches else rest).append(widget)
            widget.setProperty("matches", matches)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.home.removeWidget(widget)
        for widget in matching:
            self.matching_layout.addWidget(widget)
            widget.home = self.matching_layout
        for widget in rest:
            self.section_boxes[widget.section_id].addWidget(widget)
            widget.home = self.section_boxes[widget.section_id]
        for section_id, box_layout in self.section_boxes.items():
            box_layout.parentWidget().setVisible(any(w.section_id == section_id for w in rest))
        self.matching_box.setTitle(self.tr("本文书（{title}）的评查项目").format(title=document_title))
        self.matching_box.setVisible(bool(matching))
        # The keyboard keeps the rubric's order: the viewer follows the item, so an order that
        # changed with the document would send Alt+Down round in circles.
