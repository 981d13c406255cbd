"""The centre of the workbench: a case file's documents, shown page by page.

PDFs go through QtPdf (thumbnails, zoom, search in the text layer); JPG/PNG/TIFF through
QImageReader. A file that cannot be opened gets a message in place of the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer_app.gui.vocabulary import label as vocabulary_label
from reviewer_app.gui.settings import app_settings
from reviewer_app.store.workbench_queries import DocumentEntry

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
THUMB = QSize(90, 127)
ZOOMS = [("适合宽度", "width"), ("适合页面", "page"), ("50%", 0.5), ("75%", 0.75), ("100%", 1.0), ("125%", 1.25), ("150%", 1.5), ("200%", 2.0)]


class DocumentViewer(QWidget):
    """Emits position_changed(document_id, page) whenever the shown page changes (1-based)."""

    position_changed = Signal(int, int)
    document_changed = Signal(object)  # DocumentEntry or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents: list[DocumentEntry] = []
        self.current: DocumentEntry | None = None
        self._image_reader: QImageReader | None = None
        self._image_page = 0
        self._pending_thumbs: list[int] = []
        self._thumb_timer = QTimer(self, interval=0)
        self._thumb_timer.timeout.connect(self._render_some_thumbnails)

        self.document_list = QListWidget()
        self.document_list.setObjectName("documentList")
        self.document_list.currentRowChanged.connect(self._document_selected)
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListWidget.IconMode)
        self.thumbnails.setIconSize(THUMB)
        self.thumbnails.setFlow(QListWidget.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListWidget.Static)
        self.thumbnails.currentRowChanged.connect(lambda row: row >= 0 and self.go_to_page(row + 1))

        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._pdf_page_changed)
        self._shown_page = 1  # the page last asked for or scrolled to, kept through relayouts
        self._relayout_pending = False
        self.pdf_view.viewport().installEventFilter(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.pdf)
        self.pdf_view.setSearchModel(self.search_model)
        self._search_index = -1

        self.image_label = QLabel(alignment=Qt.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(True)
        self.error_label = QLabel(alignment=Qt.AlignCenter, wordWrap=True)
        self.error_label.setObjectName("viewerError")
        self.stack = QStackedWidget()
        for widget in (self.pdf_view, self.image_area, self.error_label):
            self.stack.addWidget(widget)

        self.page_box = QSpinBox(minimum=1, maximum=1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self.go_to_page)
        self.page_total = QLabel("/ 1")
        previous_page = QToolButton(text="◀", toolTip=self.tr("上一页 (Alt+←)"))
        previous_page.clicked.connect(self.previous_page)
        next_page = QToolButton(text="▶", toolTip=self.tr("下一页 (Alt+→)"))
        next_page.clicked.connect(self.next_page)
        self.zoom = QComboBox()
        for label, _ in ZOOMS:
            self.zoom.addItem(vocabulary_label(label))
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        self.search_box = QLineEdit(placeholderText=self.tr("在文书中查找 (Ctrl+F)"))
        self.search_box.returnPressed.connect(self.find_next)
        self.search_status = QLabel()

        bar = QHBoxLayout()
        for widget in (previous_page, self.page_box, self.page_total, next_page, self.zoom):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.search_box)
        bar.addWidget(self.search_status)

        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        pages_layout.addLayout(bar)
        pages_layout.addWidget(self.stack)

        left = QSplitter(Qt.Vertical)
        left.addWidget(self.document_list)
        left.addWidget(self.thumbnails)
        left.setSizes([200, 400])
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(pages)
        self.splitter.setSizes([170, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        QShortcut(QKeySequence.Find, self, self.search_box.setFocus)
        self._positions = app_settings()
        self._requested_page: int | None = None  # set only while show_document_at opens a document

    # --- documents -------------------------------------------------------------------
    def show_documents(self, documents: list[DocumentEntry]) -> None:
        self._remember_position()
        self.documents = documents
        self.document_list.blockSignals(True)
        self.document_list.clear()
        for document in documents:
            self.document_list.addItem(f"{document.position:02d}  {vocabulary_label(document.title)}")
        self.document_list.blockSignals(False)
        self.current = None
        if documents:
            self.document_list.setCurrentRow(0)
        else:
            self._show_error(self.tr("本案卷没有文书"))

    def select_document(self, row: int) -> None:
        if 0 <= row < len(self.documents):
            self.document_list.setCurrentRow(row)

    def show_document_at(self, document_id: int, page: int | None = None) -> None:
        """Open the document at the page (or where the reviewer last read it). The page goes in
        with the opening, not after it: QPdfView would otherwise put back the remembered page."""
        row = next((n for n, d in enumerate(self.documents) if d.id == document_id), None)
        if row is None:
            return
        if self.current is not None and self.current.id == document_id:
            if page is not None:
                self.go_to_page(page)
            return
        self._requested_page = page
        try:
            self.select_document(row)
        finally:
            self._requested_page = None

    def next_document(self) -> None:
        self.select_document(self.document_list.currentRow() + 1)

    def previous_document(self) -> None:
        self.select_document(self.document_list.currentRow() - 1)

    def _document_selected(self, row: int) -> None:
        self._remember_position()
        if not 0 <= row < len(self.documents):
            return
        self.current = self.documents[row]
        self._open(self.current)
        self.document_changed.emit(self.current)

    def _open(self, document: DocumentEntry) -> None:
        self._thumb_timer.stop()
        self.thumbnails.clear()
        self.pdf.close()
        self._image_reader = None
        self.search_status.clear()
        path = document.path
        if not path.is_file():
            self._show_error(self.tr("无法打开文书“{title}”：文件不存在（{path}）").format(title=document.title, path=path.name))
            return
        if path.suffix.lower() in IMAGE_SUFFIXES:
            self._open_image(document, path)
        else:
            self._open_pdf(document, path)

    def _open_pdf(self, document: DocumentEntry, path: Path) -> None:
        error = self.pdf.load(str(path))
        if error != QPdfDocument.Error.None_ or self.pdf.pageCount() == 0:
            self._show_error(self.tr("无法打开文书“{title}”：文件已损坏或不是有效的 PDF（{path}）").format(title=document.title, path=path.name))
            return
        self.stack.setCurrentWidget(self.pdf_view)
        self._set_page_count(self.pdf.pageCount())
        self._pending_thumbs = list(range(self.pdf.pageCount()))
        for page in self._pending_thumbs:
            item = QListWidgetItem(str(page + 1))
            item.setSizeHint(THUMB + QSize(10, 24))
            self.thumbnails.addItem(item)
        self._thumb_timer.start()
        page = self._requested_page or self._saved_position(document)
        self.go_to_page(page)
        # QPdfView lays a new document out once the event loop turns, and that puts it back on
        # page 1: jump again then (measured: a jump made before the layout does not stick).
        QTimer.singleShot(0, lambda: self.current is document and self.go_to_page(page))

    def _open_image(self, document: DocumentEntry, path: Path) -> None:
        reader = QImageReader(str(path))
        if not reader.canRead():
            self._show_error(self.tr("无法打开文书“{title}”：图片已损坏或格式不受支持（{path}）").format(title=document.title, path=path.name))
            return
        self._image_reader = reader
        self.stack.setCurrentWidget(self.image_area)
        self._set_page_count(max(1, reader.imageCount()))
        self.go_to_page(self._requested_page or self._saved_position(document))

    def _render_some_thumbnails(self) -> None:
        """A few thumbnails per event-loop turn, so a 300-page scan opens at once."""
        for _ in range(4):
            if not self._pending_thumbs:
                self._thumb_timer.stop()
                return
            page = self._pending_thumbs.pop(0)
            image = self.pdf.render(page, THUMB)
            item = self.thumbnails.item(page)
            if item is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.stack.setCurrentWidget(self.error_label)
        self._set_page_count(1)

    def _set_page_count(self, count: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(count)
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_total.setText(f"/ {count}")

    # --- pages -----------------------------------------------------------------------
    @property
    def current_page(self) -> int:
        if self.stack.currentWidget() is self.pdf_view:
            return self.pdf_view.pageNavigator().currentPage() + 1
        if self._image_reader is not None:
            return self._image_page + 1
        return 1

    @property
    def page_count(self) -> int:
        return self.page_box.maximum()

    def go_to_page(self, page: int) -> None:
        page = max(1, min(page, self.page_count))
        self._shown_page = page
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.pageNavigator().jump(page - 1, QPointF(), self.pdf_view.zoomFactor())
        elif self._image_reader is not None:
            self._show_image_page(page - 1)
        self._sync_page_controls(page)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _show_image_page(self, index: int) -> None:
        reader = QImageReader(str(self.current.path))  # a fresh reader: jumpToImage is forward-only for some formats
        reader.jumpToImage(index)
        image = reader.read()
        self._image_page = index
        if image.isNull():
            self._show_error(self.tr("无法显示第 {page} 页：{error}").format(page=index + 1, error=reader.errorString()))
            return
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self._sync_page_controls(index + 1)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        # Fitted to its width, QPdfView lays the document out again on every resize (a splitter
        # dragged, its own scroll bar coming and going) and lands on another page: the page
        # changes it reports meanwhile are ignored and the page shown before is put back.
        if event.type() == QEvent.Type.Resize and not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self._after_relayout)
        return super().eventFilter(watched, event)

    def _after_relayout(self) -> None:
        self._relayout_pending = False
        if self.current is not None and self.stack.currentWidget() is self.pdf_view and self.current_page != self._shown_page:
            self.go_to_page(self._shown_page)

    def _pdf_page_changed(self, page: int) -> None:
        if self._relayout_pending:
            return
        self._shown_page = page + 1
        self._sync_page_controls(page + 1)

    def _sync_page_controls(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        self.thumbnails.blockSignals(True)
        self.thumbnails.setCurrentRow(page - 1)
        self.thumbnails.blockSignals(False)
        if self.current is not None:
            self.position_changed.emit(self.current.id, page)

    def _apply_zoom(self, index: int) -> None:
        mode = ZOOMS[index][1]
        if mode == "width":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif mode == "page":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(mode)

    # --- search ----------------------------------------------------------------------
    def find_next(self) -> None:
        text = self.search_box.text().strip()
        if self.stack.currentWidget() is not self.pdf_view or not text:
            self.search_status.setText(self.tr("此文书无可查找的文字") if text else "")
            return
        if self.search_model.searchString() != text:
            self.search_model.setSearchString(text)
            self._search_index = -1
        count = self.search_model.rowCount(self.search_model.index(-1, -1).parent())
        if count == 0:
            self.search_status.setText(self.tr("未找到"))
            return
        self._search_index = (self._search_index + 1) % count
        link = self.search_model.resultAtIndex(self._search_index)
        self.pdf_view.setCurrentSearchResultIndex(self._search_index)
        self.go_to_page(link.page() + 1)
        self.search_status.setText(f"{self._search_index + 1} / {count}")

    # --- remembered positions -------------------------------------------------------
    def _saved_position(self, document: DocumentEntry) -> int:
        return int(self._positions.value(f"positions/{document.sha256}", 1))

    def _remember_position(self) -> None:
        if self.current is not None:
            self._positions.setValue(f"positions/{self.current.sha256}", self.current_page)
