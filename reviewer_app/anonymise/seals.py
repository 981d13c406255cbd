"""Red seals (公章) on a page: every one carries an issuing body's name, on scans and on typed
pages alike. Found by colour and shape on a small rendering of the page."""

from __future__ import annotations

import numpy as np

SEAL_DPI = 50  # a 40 mm seal is 80 px across: plenty to find, cheap to render
MM = 1 / 25.4


def red_mask(pixels: np.ndarray) -> np.ndarray:
    """Pixels (height × width × RGB bytes) a seal's ink could be: clearly red, whatever the
    scanner did to the white."""
    import cv2  # only in the worker process that surveys pages; the headless build carries no Qt

    red, green, blue = cv2.split(pixels)
    # cv2.subtract saturates at 0, so the byte arithmetic needs no widening copy
    return (red > 110) & (cv2.subtract(red, green) > 45) & (cv2.subtract(red, blue) > 35)


def find_seals(pixels: np.ndarray, dpi: float = SEAL_DPI) -> list[tuple[int, int, int, int]]:
    """Pixel rectangles (left, top, right, bottom) of red regions shaped like a seal: round or
    oval, 18–70 mm across, with enough red in them to be a ring and its lettering (a red heading
    is far wider than tall; a red tick or underline is too small or too thin)."""
    import cv2

    mask = red_mask(pixels).astype(np.uint8)
    if mask.sum() < (18 * MM * dpi) ** 2 * 0.05:
        return []
    joined = cv2.dilate(mask, np.ones((3, 3), np.uint8), iterations=2)
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    smallest, largest = 18 * MM * dpi, 70 * MM * dpi
    seals = []
    for label in range(1, count):
        left, top, width, height, _ = stats[label]
        if not (smallest <= width <= largest and smallest <= height <= largest):
            continue
        if not 0.55 <= width / height <= 1.8:
            continue
        red_share = mask[top:top + height, left:left + width].mean()
        if 0.04 <= red_share <= 0.75:
            seals.append((int(left), int(top), int(left + width), int(top + height)))
    return seals
