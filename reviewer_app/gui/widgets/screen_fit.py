"""Windows that fit the screen they open on: a laptop at 150 % scaling has 1280 × 720 logical
pixels, less the task bar, and a window larger than that hides its own buttons."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 0.96  # of the available area: room for the frame and the title bar


def fitted(wanted: QSize, available: QRect) -> QRect:
    """The largest rectangle up to `wanted` that fits in `available`, centred in it."""
    width = min(wanted.width(), int(available.width() * MARGIN))
    height = min(wanted.height(), int(available.height() * MARGIN))
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - height) // 2
    return QRect(left, top, width, height)


def clamped(geometry: QRect, available: QRect) -> QRect:
    """A saved geometry moved and shrunk until it lies within the available area."""
    width = min(geometry.width(), int(available.width() * MARGIN))
    height = min(geometry.height(), int(available.height() * MARGIN))
    left = min(max(geometry.left(), available.left()), available.right() - width + 1)
    top = min(max(geometry.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def _available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, wanted: QSize, saved: QByteArray | None = None) -> None:
    """Size a window as wanted, or as the person last left it, never beyond the screen."""
    if saved is not None and window.restoreGeometry(saved):
        window.setGeometry(clamped(window.geometry(), _available(window)))
    else:
        window.setGeometry(fitted(wanted, _available(window)))
