"""The secretariat's redaction review: each page rendered with its boxes, each proposal labelled
with the rule that found it. Click a proposed box to accept it (click again to reject), drag a
box to move it, drag on the page to draw a box by hand, right-click a hand-drawn box to remove
it. Pages offered for a look (scans, seals, text OCR read unsurely) are visited in turn and
marked once looked at; the document list shows where each document stands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from reviewer_app.anonymise.leak_check import Leak
from reviewer_app.anonymise.round_anonymisation import (
    ACCEPTED,
    PROPOSED,
    decide,
    document_states,
    draw_box,
    leak_check,
    mark_reviewed,
    move_box,
    pages_to_look,
    produce_shipped_copies,
    propose_redactions,
    rule_not_identifying,
    read_scanned_pages,
    readiness,
    remove_box,
)
from reviewer_app.anonymise.box import Box
from reviewer_app.gui.operations import run_on_database
from reviewer_app.gui.vocabulary import label, reasons_label, rule_label
from reviewer_app.pdf.trial_pool import Cancelled
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import CaseFileRecord, DocumentRecord, PageReviewRecord, RedactionRecord
from reviewer_app.gui.widgets.screen_fit import fit_to_screen

STYLE = {
    ("auto", "proposed"): (QColor("#e65100"), QColor(230, 81, 0, 40)),
    ("auto", "accepted"): (QColor("#000000"), QColor(0, 0, 0, 170)),
    ("manual", "accepted"): (QColor("#000000"), QColor(0, 0, 0, 170)),
    ("auto", "rejected"): (QColor("#9e9e9e"), QColor(0, 0, 0, 0)),
}


@dataclass(frozen=True)
class ShownBox:
    id: int
    box: Box
    source: str
    status: str
    rule: str = ""


ZOOMS = (0.0, 1.0, 1.5, 2.0, 3.0)  # 0: the whole page in view


class PageCanvas(QWidget):
    """The rendered page with its boxes; emits in PDF points, origin bottom-left."""

    box_clicked = Signal(int, bool)  # redaction id, right button
    box_drawn = Signal(object)  # Box
    box_moved = Signal(int, object)  # redaction id, Box at its new place

    def __init__(self) -> None:
        super().__init__()
        self.pixmap = QPixmap()
        self.page_size = QSize(595, 842)
        self.boxes: list[ShownBox] = []
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self._grabbed: ShownBox | None = None  # a box pressed on: a click, or a drag that moves it

    def show_page(self, pixmap: QPixmap, page_points: tuple[float, float], boxes: list[ShownBox]) -> None:
        self.pixmap, self.page_points, self.boxes = pixmap, page_points, boxes
        self.setFixedSize(pixmap.size().expandedTo(QSize(200, 200)))
        self.update()

    @property
    def scale(self) -> float:
        return self.pixmap.width() / self.page_points[0] if not self.pixmap.isNull() else 1.0

    def to_widget(self, box: Box) -> QRectF:
        s, height = self.scale, self.page_points[1]
        return QRectF(box.left * s, (height - box.top) * s, (box.right - box.left) * s, (box.top - box.bottom) * s)

    def to_points(self, a: QPointF, b: QPointF) -> Box:
        s, height = self.scale, self.page_points[1]
        left, right = sorted((a.x() / s, b.x() / s))
        top, bottom = sorted((height - a.y() / s, height - b.y() / s), reverse=True)
        return Box(left, bottom, right, top)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#808080"))
        painter.fillRect(QRectF(0, 0, self.pixmap.width(), self.pixmap.height()), Qt.white)
        painter.drawPixmap(0, 0, self.pixmap)
        for shown in self.boxes:
            line, fill = STYLE.get((shown.source, shown.status), STYLE[("auto", "proposed")])
            painter.setPen(QPen(line, 2, Qt.DashLine if shown.status == "rejected" else Qt.SolidLine))
            painter.setBrush(QBrush(fill))
            rect = self.to_widget(shown.box)
            if shown is self._grabbed and self._start is not None and self._end is not None:
                rect.translate(self._end - self._start)
            painter.drawRect(rect)
            if shown.rule and shown.status == "proposed":  # what found it, legible over the page's text
                label_rect = QRectF(painter.fontMetrics().boundingRect(shown.rule)).translated(rect.bottomLeft() + QPointF(2, 12))
                painter.fillRect(label_rect.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 220))
                painter.setPen(QPen(line))
                painter.drawText(rect.bottomLeft() + QPointF(2, 12), shown.rule)
        if self._grabbed is None and self._start is not None and self._end is not None:
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.setBrush(QBrush(QColor(21, 101, 192, 50)))
            painter.drawRect(QRectF(self._start, self._end).normalized())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = event.position()
        for shown in reversed(self.boxes):
            if self.to_widget(shown.box).contains(point):
                if event.button() == Qt.RightButton:
                    self.box_clicked.emit(shown.id, True)
                    return
                self._grabbed = shown
                break
        self._start = self._end = point

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._start is not None:
            self._end = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._start is None:
            return
        start, end, grabbed = self._start, event.position(), self._grabbed
        self._start = self._end = self._grabbed = None
        dragged = abs(end.x() - start.x()) > 4 or abs(end.y() - start.y()) > 4
        if grabbed is not None and dragged:
            rect = self.to_widget(grabbed.box).translated(end - start)
            self.box_moved.emit(grabbed.id, self.to_points(rect.topLeft(), rect.bottomRight()))
        elif grabbed is not None:
            self.box_clicked.emit(grabbed.id, False)
        elif abs(end.x() - start.x()) > 4 and abs(end.y() - start.y()) > 4:
            self.box_drawn.emit(self.to_points(start, end))
        self.update()


class RedactionReviewDialog(QDialog):
    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("脱敏审核"))
        self.database = Database(database_path)
        self.round_folder = database_path.parent
        self.pdf = QPdfDocument(self)
        with self.database.session() as session:
            round_record = only_round(session)
            self.round_id = round_record.id
            self.documents = [
                (d.id, f"{d.case_file.code}  {d.position:02d} {d.title}", d.path)
                for d in session.scalars(select(DocumentRecord).join(CaseFileRecord)
                                         .where(CaseFileRecord.round_id == round_record.id)
                                         .order_by(CaseFileRecord.code, DocumentRecord.position))
            ]
        self.document_list = QListWidget()
        for _, title, _ in self.documents:
            self.document_list.addItem(title)
        self.document_list.currentRowChanged.connect(self._document_selected)
        self.canvas = PageCanvas()
        self.canvas.box_clicked.connect(self._box_clicked)
        self.canvas.box_drawn.connect(self._box_drawn)
        self.canvas.box_moved.connect(self._box_moved)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.canvas)
        self.scroller.setAlignment(Qt.AlignCenter)
        self.page_box = QSpinBox(minimum=1, maximum=1)
        self.page_box.valueChanged.connect(lambda _: self.show_page())
        self.zoom_box = QComboBox()
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom:.0%}" if zoom else label("适合页面"))
        self.zoom_box.currentIndexChanged.connect(lambda _: self.show_page())
        self.page_note = QLabel()
        self.page_note.setWordWrap(True)
        self.reviewed_button = QPushButton(self.tr("本页已查看"))
        self.reviewed_button.setToolTip(self.tr("记录本页已由人工查看（Ctrl+L）"))
        self.reviewed_button.clicked.connect(self.mark_page_reviewed)
        self.next_look_button = QPushButton(self.tr("下一处待查看"))
        self.next_look_button.setToolTip(self.tr("转到下一页需要人工查看的页面：扫描页、印章、识别不确定的文字（Ctrl+N）"))
        self.next_look_button.clicked.connect(self.next_page_to_look)
        terms = QPushButton(self.tr("敏感词…"))
        terms.clicked.connect(self.edit_terms)
        self.ocr_button = QPushButton(self.tr("识别扫描页文字…"))
        self.ocr_button.setToolTip(self.tr("用文字识别读出扫描页上的文字，再据此提出遮盖建议；每页约需数秒，"
                                           "可随时取消，已识别的页面不再重做"))
        self.ocr_button.clicked.connect(self.read_scans)
        self.accept_page_button = QPushButton(self.tr("接受本页全部建议"))
        self.accept_page_button.clicked.connect(self.accept_page)
        self.check_button = QPushButton(self.tr("生成脱敏件并检查泄密"))
        self.check_button.clicked.connect(self.produce_and_check)
        self.leaks = QListWidget()
        self.leaks.setMaximumHeight(120)
        self.leaks.setToolTip(self.tr("双击一处转到该页"))
        self.leaks.currentRowChanged.connect(lambda _: self._update_ruling())
        self.leaks.itemDoubleClicked.connect(lambda _: self._show_leak())
        self.found: list[Leak | None] = []  # what each row of the list is, when it is a finding
        self.ruling_reason = QLineEdit()
        self.ruling_reason.setPlaceholderText(self.tr("理由：为什么所选的这一处不能识别单位或个人（如：地方性法规的名称）"))
        self.ruling_reason.textChanged.connect(lambda _: self._update_ruling())
        self.ruling_button = QPushButton(self.tr("标为不能识别"))
        self.ruling_button.setToolTip(self.tr("泄密检查按规则发现的一处（文号、地名、单位名称等）经核实不能识别单位或个人时，"
                                              "写明理由后放行；裁定记入日志。敏感词列表中的词不能这样放行。"))
        self.ruling_button.clicked.connect(self.rule_selected_not_identifying)
        self.ruling_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        QShortcut(QKeySequence("Ctrl+L"), self, self.reviewed_button.click)
        QShortcut(QKeySequence("Ctrl+N"), self, self.next_look_button.click)
        zoom_in = lambda: self.zoom_box.setCurrentIndex(min(len(ZOOMS) - 1, self.zoom_box.currentIndex() + 1))  # noqa: E731
        QShortcut(QKeySequence.ZoomIn, self, zoom_in)
        QShortcut(QKeySequence("Ctrl+="), self, zoom_in)  # the + key unshifted, as most people press it
        QShortcut(QKeySequence.ZoomOut, self, lambda: self.zoom_box.setCurrentIndex(max(0, self.zoom_box.currentIndex() - 1)))

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("页：")))
        tools.addWidget(self.page_box)
        tools.addWidget(QLabel(self.tr("缩放：")))
        tools.addWidget(self.zoom_box)
        tools.addStretch(1)
        tools.addWidget(terms)
        tools.addWidget(self.ocr_button)
        tools.addWidget(self.accept_page_button)
        tools.addWidget(self.next_look_button)
        tools.addWidget(self.reviewed_button)
        right = QVBoxLayout()
        right.addLayout(tools)
        right.addWidget(self.page_note)
        right.addWidget(self.scroller, 1)
        hint = QLabel(self.tr("点击橙色建议框接受（再点一次不采用）；拖动框可移动位置；在页面空白处拖动可手工画框；右键删除手工框。"))
        hint.setWordWrap(True)
        right.addWidget(hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.check_button)
        right.addLayout(bottom)
        right.addWidget(self.leaks)
        ruling = QHBoxLayout()
        ruling.addWidget(self.ruling_reason, 1)
        ruling.addWidget(self.ruling_button)
        right.addLayout(ruling)
        layout = QHBoxLayout(self)
        layout.addWidget(self.document_list, 2)
        layout.addLayout(right, 5)
        fit_to_screen(self, QSize(1100, 860))
        self.document_id: int | None = None
        self.update_status()
        if self.documents:
            self.document_list.setCurrentRow(0)

    # --- showing -----------------------------------------------------------------------
    def select(self, document_id: int, page: int = 1) -> None:
        row = next(n for n, (d, _, _) in enumerate(self.documents) if d == document_id)
        self.document_list.setCurrentRow(row)
        self.page_box.setValue(page)
        self.show_page()

    def _document_selected(self, row: int) -> None:
        if row < 0:
            return
        self.document_id, _, path = self.documents[row]
        self.pdf.load(str(self.round_folder / path))
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, self.pdf.pageCount()))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.show_page()

    def _scale(self, size) -> float:  # noqa: ANN001
        zoom = ZOOMS[max(0, self.zoom_box.currentIndex())]
        if zoom:
            return zoom * self.logicalDpiX() / 72
        # The whole page in view: boxes near its foot must be reachable without scrolling.
        viewport = self.scroller.viewport().size()
        return min(max(400, viewport.width() - 4) / size.width(), max(560, viewport.height() - 4) / size.height())

    def show_page(self) -> None:
        if self.document_id is None:
            return
        page = self.page_box.value()
        size = self.pdf.pagePointSize(page - 1)
        if size.width() <= 0:
            return
        scale = self._scale(size)
        image = self.pdf.render(page - 1, QSize(int(size.width() * scale), int(size.height() * scale)))
        with self.database.session() as session:
            document = session.get(DocumentRecord, self.document_id)
            boxes = [ShownBox(r.id, Box(r.left, r.bottom, r.right, r.top), r.source, r.status, rule_label(r.rule))
                     for r in document.redactions if r.page == page]
            review = session.get(PageReviewRecord, (self.document_id, page))
            note = ""
            if review is not None:
                reason = reasons_label(review.reason)
                note = (self.tr("待人工查看：{reason}").format(reason=reason) if not review.reviewed
                        else self.tr("已人工查看（{reason}）").format(reason=reason))
        self.page_note.setText(note)
        self.page_note.setStyleSheet("color: #b71c1c;" if review is not None and not review.reviewed else "")
        self.canvas.show_page(QPixmap.fromImage(image), (size.width(), size.height()), boxes)

    def update_status(self) -> None:
        with self.database.session() as session:
            round_record = only_round(session)
            state = readiness(session, round_record)
            states = document_states(session, round_record)
        self.status.setText(self.tr("待处理建议框 {open} 个；待人工查看 {pages} 页").format(
            open=state.open_proposals, pages=state.pages_to_review))
        self.next_look_button.setText(self.tr("下一处待查看（{count}）").format(count=state.pages_to_review))
        for row, (document_id, title, _) in enumerate(self.documents):
            item = self.document_list.item(row)
            document = states.get(document_id)
            if document is None:
                continue
            if document.done:
                item.setText(f"✓ {title}" + (self.tr("（已生成脱敏件）") if document.shipped else ""))
                item.setForeground(QColor("#2e7d32"))
            else:
                parts = []
                if document.open_proposals:
                    parts.append(self.tr("{n} 处建议").format(n=document.open_proposals))
                if document.pages_to_look:
                    parts.append(self.tr("{n} 页待看").format(n=document.pages_to_look))
                item.setText(f"● {title}  [{'，'.join(parts)}]")
                item.setForeground(QColor("#e65100"))

    def next_page_to_look(self) -> None:
        """The next page waiting for a look after the one shown (wrapping round)."""
        with self.database.session() as session:
            waiting = [(document.id, page.page) for document, page in pages_to_look(session, only_round(session))]
        if not waiting:
            self.status.setText(self.tr("没有待人工查看的页面。"))
            return
        order = {d: n for n, (d, _, _) in enumerate(self.documents)}
        here = (order.get(self.document_id, -1), self.page_box.value())
        later = [w for w in waiting if (order[w[0]], w[1]) > here]
        self.select(*(later or waiting)[0])

    def edit_terms(self) -> None:
        from reviewer_app.gui.console.terms_dialog import SensitiveTermsDialog

        self.terms_dialog = SensitiveTermsDialog(self.database.path, self)
        self.terms_dialog.finished.connect(lambda _: (self.show_page(), self.update_status()))
        self.terms_dialog.open()

    # --- deciding ------------------------------------------------------------------------
    def _box_clicked(self, redaction_id: int, right_button: bool) -> None:
        with self.database.session() as session:
            record = session.get(RedactionRecord, redaction_id)
            if right_button and record.source == "manual":
                remove_box(session, redaction_id)
            elif record.source == "auto":
                decide(session, redaction_id, accept=record.status != ACCEPTED)
        self.show_page()
        self.update_status()

    def _box_drawn(self, box: Box) -> None:
        with self.database.session() as session:
            draw_box(session, self.document_id, self.page_box.value(), box, self.tr("手工标注"))
        self.show_page()
        self.update_status()

    def _box_moved(self, redaction_id: int, box: Box) -> None:
        with self.database.session() as session:
            move_box(session, redaction_id, box)
        self.show_page()
        self.update_status()

    def accept_page(self) -> None:
        page = self.page_box.value()
        with self.database.session() as session:
            for record in session.get(DocumentRecord, self.document_id).redactions:
                if record.page == page and record.status == PROPOSED:
                    record.status = ACCEPTED
        self.show_page()
        self.update_status()

    def mark_page_reviewed(self) -> None:
        with self.database.session() as session:
            mark_reviewed(session, self.document_id, self.page_box.value())
        self.show_page()
        self.update_status()

    def read_scans(self) -> None:
        """OCR every scanned page not read yet, then propose again from what it read."""
        def work(database, report):  # noqa: ANN001, ANN202
            read = read_scanned_pages(database, self.round_folder, report, report.cancelled)
            report(0, 0, self.tr("正在按识别结果提出遮盖建议……"))
            return read, propose_redactions(database, self.round_folder, report, report.cancelled)

        try:
            read, proposed = run_on_database(self, self.tr("正在识别扫描页文字……"), self.database.path, work, cancellable=True)
        except Cancelled:
            self.status.setText(self.tr("已取消。已识别的页面已保存，再次识别时从中断处继续。"))
            return
        except RuntimeError as error:
            self.status.setText(str(error))
            return
        self.leaks.clear()
        self.found = []
        for problem in read.problems + proposed.problems:
            self._list(self.tr("未能识别或检索：{problem}").format(problem=problem))
        self.show_page()
        self.update_status()
        self.status.setText(self.tr("识别扫描页 {pages} 页，新提出遮盖建议 {count} 处。").format(
            pages=read.pages, count=proposed.proposals) + " " + self.status.text())

    def produce_and_check(self) -> list:
        def work(database, report):  # noqa: ANN001, ANN202
            produced = produce_shipped_copies(database, self.round_folder, report, report.cancelled)
            report(0, 0, self.tr("正在检查泄密……"))
            with database.session() as session:
                return produced, leak_check(session, only_round(session), self.round_folder, report)

        try:
            produced, found = run_on_database(self, self.tr("正在生成脱敏件并检查……"), self.database.path, work, cancellable=True)
        except Cancelled:
            self.status.setText(self.tr("已取消。已生成的脱敏件已保存，再次生成时从中断处继续。"))
            self.update_status()
            return []
        self.leaks.clear()
        self.found = []
        for problem in produced.problems:
            self._list(self.tr("未能生成：{problem}").format(problem=problem))
        for leak in found:
            self._list(str(leak), leak)
        self.update_status()
        if produced.problems:
            self.status.setText(self.tr("{count} 份文书未能生成脱敏件，见下方列表；请更换原件后重试。").format(count=len(produced.problems)))
            return found
        if not found:
            self.status.setText(self.tr("泄密检查通过：可以生成评审包。"))
        elif any(leak.rule for leak in found):
            self.status.setText(self.tr("泄密检查发现 {count} 处敏感信息，请补充遮盖后重试；按规则发现的一处经核实不能识别"
                                        "单位或个人时，选中后写明理由，标为不能识别。").format(count=len(found)))
        else:
            self.status.setText(self.tr("泄密检查发现 {count} 处敏感信息，请补充遮盖后重试。").format(count=len(found)))
        return found

    # --- the leak check's findings ------------------------------------------------------------
    def _list(self, text: str, leak: Leak | None = None) -> None:
        self.leaks.addItem(text)
        self.found.append(leak)

    def _selected_leak(self) -> Leak | None:
        row = self.leaks.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _update_ruling(self) -> None:
        leak = self._selected_leak()
        rulable = leak is not None and bool(leak.rule) and leak.document_id is not None
        self.ruling_button.setEnabled(rulable and bool(self.ruling_reason.text().strip()))

    def _show_leak(self) -> None:
        leak = self._selected_leak()
        if leak is not None and leak.document_id is not None:
            page = re.search(r"第 (\d+) 页", leak.where)
            self.select(leak.document_id, int(page.group(1)) if page else 1)

    def rule_selected_not_identifying(self) -> None:
        leak = self._selected_leak()
        if leak is None or not leak.rule or leak.document_id is None:
            return
        try:
            with self.database.session() as session:
                rule_not_identifying(session, only_round(session), leak.document_id, leak.rule, leak.term,
                                     self.ruling_reason.text())
        except (LookupError, ValueError) as error:
            self.status.setText(str(error))
            return
        row = self.leaks.currentRow()
        self.leaks.takeItem(row)
        del self.found[row]
        self.ruling_reason.clear()
        self.status.setText(self.tr("已记录：{rule}“{text}”不能识别单位或个人。请再次检查泄密。").format(
            rule=leak.rule, text=leak.term))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.database.close()
        super().closeEvent(event)
