"""What a printed document says, independent of format: the PDF and Word writers render
the same Report, so both formats always carry the same content."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Fields:
    """Label/value pairs laid out as a form grid, `columns` pairs a row."""

    pairs: tuple[tuple[str, str], ...]
    columns: int = 2


@dataclass(frozen=True)
class Text:
    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths
    numeric: frozenset[int] = frozenset()  # right-aligned columns
    highlight: frozenset[int] = frozenset()  # row indexes printed in red


@dataclass(frozen=True)
class Picture:
    png: bytes
    width_mm: float
    caption: str = ""


@dataclass(frozen=True)
class Signature:
    signer: str
    png: bytes
    signed_at: str


@dataclass(frozen=True)
class Signatures:
    entries: tuple[Signature, ...]


Block = Heading | Fields | Text | Table | Picture | Signatures


@dataclass(frozen=True)
class Report:
    title: str
    subject: str
    blocks: tuple[Block, ...]
    author: str = "环境执法案卷评查"
    footer: str = ""  # printed on every page beside the page number
    qr_text: str | None = None  # printed as a QR code top right of page 1
    keywords: tuple[str, ...] = field(default=())
    # What every report of its kind prints whatever its data (labels, the rubric). A writer
    # may lay its font out from it first, so that a batch of such reports shares that part.
    standing_text: str = ""
