"""Hand-drawn-looking signature images for the demo reviewers."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

from reviewer_app.resources import CJK_FONT


def signature_png(name: str, rng: random.Random) -> bytes:
    font = ImageFont.truetype(str(CJK_FONT), 46, index=0)
    width = 60 + 50 * len(name)
    image = Image.new("RGBA", (width, 90), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    x = 20
    for char in name:
        draw.text((x, 18 + rng.randint(-6, 6)), char, font=font, fill=(20, 35, 110, 255))
        x += 44 + rng.randint(-6, 4)
    draw.line([(16, 78), (x, 70 + rng.randint(-4, 4))], fill=(20, 35, 110, 255), width=2)
    image = image.transform(image.size, Image.Transform.AFFINE, (1, -0.25, 10, 0, 1, 0), resample=Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
