"""The secretariat's redaction review: each page rendered with its boxes. Click a proposed
box to accept it (click again to reject), drag a box to move it, drag on the page to draw a
box by hand, right-click a hand-drawn box to remove it; scanned pages are marked once looked at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from reviewer_app.anonymise.round_anonymisation import (
    ACCEPTED,
    PROPOSED,
    decide,
    draw_box,
    leak_check,
    mark_reviewed,
    move_box,
    produce_shipped_copies,
    readiness,
    remove_box,
)
from reviewer_app.anonymise.search import Box
from reviewer_app.gui.operations import run_with_progress
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import CaseFileRecord, DocumentRecord, PageReviewRecord, RedactionRecord

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


class PageCanvas(QWidget):
    """The rendered page with its boxes; emits in PDF points, origin bottom-left."""

    box_clicked = Signal(int, bool)  # redaction id, right button
    box_drawn = Signal(object)  # Box
    box_moved = Signal(int, object)  # redaction id, Box at its new place

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(QSize(420, 594))
        self.pixmap = QPixmap()
        self.page_size = QSize(595, 842)
        self.boxes: list[ShownBox] = []
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self._grabbed: ShownBox | None = None  # a box pressed on: a click, or a drag that moves it

    def show_page(self, pixmap: QPixmap, page_points: tuple[float, float], boxes: list[ShownBox]) -> None:
        self.pixmap, self.page_points, self.boxes = pixmap, page_points, boxes
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
        self.page_box = QSpinBox(minimum=1, maximum=1)
        self.page_box.valueChanged.connect(lambda _: self.show_page())
        self.page_note = QLabel()
        reviewed = QPushButton(self.tr("本页已人工复核"))
        reviewed.clicked.connect(self.mark_page_reviewed)
        terms = QPushButton(self.tr("敏感词…"))
        terms.clicked.connect(self.edit_terms)
        accept_page = QPushButton(self.tr("接受本页全部建议"))
        accept_page.clicked.connect(self.accept_page)
        self.check_button = QPushButton(self.tr("生成脱敏件并检查泄密"))
        self.check_button.clicked.connect(self.produce_and_check)
        self.leaks = QListWidget()
        self.leaks.setMaximumHeight(120)
        self.status = QLabel()
        self.status.setWordWrap(True)

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("页：")))
        tools.addWidget(self.page_box)
        tools.addWidget(self.page_note, 1)
        tools.addWidget(terms)
        tools.addWidget(accept_page)
        tools.addWidget(reviewed)
        right = QVBoxLayout()
        right.addLayout(tools)
        right.addWidget(self.canvas, 1)
        hint = QLabel(self.tr("点击橙色建议框接受（再点一次不采用）；拖动框可移动位置；在页面空白处拖动可手工画框；右键删除手工框。"))
        hint.setWordWrap(True)
        right.addWidget(hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.check_button)
        right.addLayout(bottom)
        right.addWidget(self.leaks)
        layout = QHBoxLayout(self)
        layout.addWidget(self.document_list, 1)
        layout.addLayout(right, 3)
        self.resize(1100, 860)
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

    def show_page(self) -> None:
        page = self.page_box.value()
        size = self.pdf.pagePointSize(page - 1)
        # The whole page in view: boxes near its foot must be reachable without scrolling.
        fit = min(max(400, self.canvas.width()) / size.width(), max(560, self.canvas.height()) / size.height())
        width, height = int(size.width() * fit), int(size.height() * fit)
        image = self.pdf.render(page - 1, QSize(width, height))
        with self.database.session() as session:
            document = session.get(DocumentRecord, self.document_id)
            boxes = [ShownBox(r.id, Box(r.left, r.bottom, r.right, r.top), r.source, r.status)
                     for r in document.redactions if r.page == page]
            review = session.get(PageReviewRecord, (self.document_id, page))
        note = ""
        if review is not None:
            note = self.tr("扫描页，无文字层：需人工复核") if not review.reviewed else self.tr("扫描页，已人工复核")
        self.page_note.setText(note)
        self.canvas.show_page(QPixmap.fromImage(image), (size.width(), size.height()), boxes)

    def update_status(self) -> None:
        with self.database.session() as session:
            state = readiness(session, only_round(session))
        self.status.setText(self.tr("待处理建议框 {open} 个；待人工复核的扫描页 {pages} 页").format(
            open=state.open_proposals, pages=state.pages_to_review))

    def edit_terms(self) -> None:
        from reviewer_app.gui.terms_dialog import SensitiveTermsDialog

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

    def produce_and_check(self) -> list:
        def work(report):  # noqa: ANN001, ANN202
            database = Database(self.database.path)  # this thread's own connection
            try:
                with database.session() as session:
                    round_record = only_round(session)
                    produce_shipped_copies(session, round_record, self.round_folder)
                    return leak_check(session, round_record, self.round_folder)
            finally:
                database.close()

        found = run_with_progress(self, self.tr("正在生成脱敏件并检查……"), work)
        self.leaks.clear()
        for leak in found:
            self.leaks.addItem(str(leak))
        self.status.setText(self.tr("泄密检查通过：可以生成评审包。") if not found
                            else self.tr("泄密检查发现 {count} 处敏感信息，请补充遮盖后重试。").format(count=len(found)))
        return found

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.database.close()
        super().closeEvent(event)
