"""Raster pictures for documents: the QR code and the bar chart, as PNG for both formats."""

from __future__ import annotations

import io
from decimal import Decimal

import qrcode
from PIL import Image, ImageDraw, ImageFont

from reviewer_app.resources import CJK_FONT


def _qr(text: str) -> qrcode.QRCode:
    # A fixed mask skips trying all eight, which costs more than the rest of a sheet's QR code.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=4, border=2, mask_pattern=0)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return code


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules, quiet zone included, for drawing as vector squares."""
    return _qr(text).get_matrix()


def qr_png(text: str) -> bytes:
    code = _qr(text)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()


def bar_chart_png(labels: list[str], values: list[Decimal | None], maximum: Decimal = Decimal(100)) -> bytes:
    """Horizontal bars with their values; None is drawn as 'no score'."""
    scale = 2  # drawn at twice the size it prints, for crisp print
    row, label_w, bar_w = 34 * scale, 260 * scale, 420 * scale
    width, height = label_w + bar_w + 90 * scale, row * len(labels) + 40 * scale
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(CJK_FONT), 15 * scale, index=0)
    for tick in range(0, 101, 20):
        x = label_w + bar_w * tick // 100
        draw.line([(x, 10 * scale), (x, height - 24 * scale)], fill=(225, 225, 225), width=scale)
        draw.text((x, height - 20 * scale), str(tick), font=font, fill=(90, 90, 90), anchor="mt")
    for n, (label, value) in enumerate(zip(labels, values)):
        y = 14 * scale + n * row
        draw.text((label_w - 10 * scale, y + row // 2 - 4 * scale), label, font=font, fill="black", anchor="rm")
        if value is None:
            draw.text((label_w + 6 * scale, y + row // 2 - 4 * scale), "尚无得分", font=font, fill=(120, 120, 120), anchor="lm")
            continue
        length = int(bar_w * min(value, maximum) / maximum)
        draw.rectangle([label_w, y, label_w + length, y + row - 12 * scale], fill=(46, 93, 160))
        draw.text((label_w + length + 6 * scale, y + row // 2 - 4 * scale), f"{value:.2f}", font=font, fill="black", anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
