"""WCAG 2.x contrast ratios between two colours given as "#rrggbb"."""

from __future__ import annotations

import math

#: WCAG 2.2 thresholds: AAA body text, AA normal text, and non-text parts such as focus outlines.
AAA_TEXT = 7.0
AA_TEXT = 4.5
NON_TEXT = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """The relative luminance of "#rrggbb" (0 for black, 1 for white)."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """The contrast ratio of two colours, from 1.0 (same) to 21.0 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def composite(pixel: tuple[int, int, int, int], background: str) -> str:
    """An (r, g, b, alpha) pixel drawn over a "#rrggbb" background, as "#rrggbb"."""
    r, g, b, a = pixel
    text = background.strip().lstrip("#")
    under = [int(text[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c * a / 255 + u * (255 - a) / 255) for c, u in zip((r, g, b), under, strict=True)]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def icon_contrast(pixels: list[tuple[int, int, int, int]], background: str, share: float = 0.25) -> float:
    """The contrast an icon's shape has against its background: the ratio that at least `share` of its
    drawn pixels (alpha >= 128) reach. 1.0 for an empty icon.

    A quarter, not all: the soft edges of every shape, and the fill of an outlined icon (a gold star with
    a dark outline), may be faint as long as enough of the shape stands out (WCAG 1.4.11 asks the parts
    needed to see the icon to reach 3:1).
    """
    ratios = sorted(
        (contrast_ratio(composite(p, background), background) for p in pixels if p[3] >= 128), reverse=True
    )
    if not ratios:
        return 1.0
    return ratios[max(0, min(len(ratios) - 1, math.ceil(len(ratios) * share) - 1))]
