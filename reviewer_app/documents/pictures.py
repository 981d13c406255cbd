"""Raster pictures for documents: the QR code and the bar chart, as PNG for both formats."""

from __future__ import annotations

import io
import math
from decimal import Decimal

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

from reviewer_app.resources import CJK_FONT

QR_QUIET_MODULES = 2  # white modules around the code: it is printed on white paper with a margin
QR_PNG_MODULE_PX = 4


def qr_matrix(text: str) -> np.ndarray:
    """The QR code's modules (True is dark), quiet zone included. zxing-cpp encodes it (the
    tests read it back with the same library); its mask is the one the standard's penalty
    rules pick, in a fraction of a millisecond."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    modules = np.asarray(code.to_image(scale=1, add_quiet_zones=False)) < 128
    return np.pad(modules, QR_QUIET_MODULES)


def qr_png(text: str) -> bytes:
    pixels = np.where(qr_matrix(text), 0, 255).astype(np.uint8).repeat(QR_PNG_MODULE_PX, 0).repeat(QR_PNG_MODULE_PX, 1)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")  # bytes of one channel: greyscale
    return buffer.getvalue()


def nice_axis(low: float, high: float) -> tuple[float, float, float]:
    """An axis from a round number below `low` to one above `high`, with a round step (1, 2 or
    5 times a power of ten) giving about five to ten ticks, zero always on a tick."""
    span = max(high - low, 1e-9)
    magnitude = 10 ** math.floor(math.log10(span / 5))
    step = next(m * magnitude for m in (1, 2, 5, 10) if span / (m * magnitude) <= 10)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def bar_chart_png(labels: list[str], values: list[Decimal | int | None], maximum: Decimal | int = 100,
                  minimum: Decimal | int = 0, decimals: int = 2) -> bytes:
    """Horizontal bars with their values, from zero (negative values to the left, in another
    colour); the axis runs between round numbers around minimum..maximum. None is drawn as
    'no score'; a zero bar is a hairline, so it is seen to be there."""
    low, high, step = nice_axis(float(min(minimum, 0, *(v for v in values if v is not None))),
                                float(max(maximum, *(v for v in values if v is not None), 0)))
    scale = 2  # drawn at twice the size it prints, for crisp print
    row, label_w, bar_w = 34 * scale, 260 * scale, 420 * scale
    width, height = label_w + bar_w + 90 * scale, row * len(labels) + 40 * scale
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(CJK_FONT), 15 * scale, index=0)

    def x_of(value: float) -> int:
        return label_w + int(bar_w * (value - low) / (high - low))

    tick = low
    while tick <= high + step / 2:
        draw.line([(x_of(tick), 10 * scale), (x_of(tick), height - 24 * scale)], fill=(225, 225, 225), width=scale)
        draw.text((x_of(tick), height - 20 * scale), f"{tick:g}", font=font, fill=(90, 90, 90), anchor="mt")
        tick += step
    zero = x_of(0)
    for n, (label, value) in enumerate(zip(labels, values)):
        y = 14 * scale + n * row
        middle = y + row // 2 - 4 * scale
        draw.text((label_w - 10 * scale, middle), label, font=font, fill="black", anchor="rm")
        if value is None:
            draw.text((zero + 6 * scale, middle), "尚无得分", font=font, fill=(120, 120, 120), anchor="lm")
            continue
        end = x_of(float(value))
        left, right = sorted((zero, end))
        draw.rectangle([left, y, max(right, left + scale), y + row - 12 * scale], fill=(46, 93, 160) if value >= 0 else (198, 40, 40))
        text = f"{value:.{decimals}f}" if isinstance(value, Decimal) else str(value)
        # beside the bar's far end, on the side away from the labels
        draw.text((right + 6 * scale, middle), text, font=font, fill="black", anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
