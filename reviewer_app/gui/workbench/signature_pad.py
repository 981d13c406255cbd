"""A pad to draw a signature with the mouse or a pen, or to load a scanned one."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

INK = Qt.GlobalColor.darkBlue


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(360, 120))
        self.setAttribute(Qt.WA_StaticContents)
        self.setCursor(Qt.CrossCursor)
        self.image = QImage(QSize(360, 120), QImage.Format_ARGB32)
        self.clear()
        self._last: QPoint | None = None

    def clear(self) -> None:
        self.image.fill(Qt.transparent)
        self.strokes = 0
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return self.strokes == 0

    def load_image(self, image: QImage) -> bool:
        if image.isNull():
            return False
        self.image.fill(Qt.transparent)
        painter = QPainter(self.image)
        scaled = image.scaled(self.image.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation)
        painter.drawImage(QPoint(0, 0), scaled)
        painter.end()
        self.strokes = 1
        self.update()
        self.changed.emit()
        return True

    def draw_line(self, start: QPoint, end: QPoint) -> None:
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(INK, 3, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        painter.drawLine(start, end)
        painter.end()
        self.strokes += 1
        self.update()
        self.changed.emit()

    def png_bytes(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        self.image.save(buffer, "PNG")
        return bytes(data)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._last = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._last is not None:
            point = event.position().toPoint()
            self.draw_line(self._last, point)
            self._last = point

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._last = None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.white)
        painter.setPen(QPen(Qt.lightGray, 1, Qt.DashLine))
        painter.drawLine(10, self.height() - 25, self.width() - 10, self.height() - 25)
        painter.drawImage(QRect(QPoint(0, 0), self.image.size()), self.image)
        painter.setPen(Qt.gray)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
