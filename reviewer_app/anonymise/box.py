"""A rectangle on a page: what a redaction covers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A rectangle on a page in PDF points, origin bottom-left (as PDF and pdfium use)."""

    left: float
    bottom: float
    right: float
    top: float

    def grown(self, margin: float) -> Box:
        return Box(self.left - margin, self.bottom - margin, self.right + margin, self.top + margin)

    def covers(self, left: float, bottom: float, right: float, top: float) -> bool:
        """Whether a character's box lies under this one: its centre, or half of it (a box's margin
        may graze the next character, which stays)."""
        width = max(0.0, min(self.right, right) - max(self.left, left))
        height = max(0.0, min(self.top, top) - max(self.bottom, bottom))
        area = max(1e-6, (right - left) * (top - bottom))
        centre_x, centre_y = (left + right) / 2, (bottom + top) / 2
        inside = self.left <= centre_x <= self.right and self.bottom <= centre_y <= self.top
        return inside or width * height / area > 0.5
