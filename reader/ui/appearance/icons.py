"""Toolbar icons drawn in the theme's own colours, so they stand out in every theme (high contrast too).

The desktop's stock arrows are dark grey whatever the theme: on a black window they all but vanish.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from reader.ui.appearance.theme import Theme

SIZES = (16, 24, 32, 48, 64)


def _arrow(size: float, left: bool) -> QPainterPath:
    """A bold arrow pointing left or right."""
    s = size
    points = [(0.10, 0.50), (0.50, 0.12), (0.50, 0.34), (0.90, 0.34), (0.90, 0.66), (0.50, 0.66), (0.50, 0.88)]
    path = QPainterPath()
    polygon = QPolygonF([QPointF((x if left else 1 - x) * s, y * s) for x, y in points])
    path.addPolygon(polygon)
    path.closeSubpath()
    return path


def _house(size: float) -> QPainterPath:
    """A house: a roof over a body with a door."""
    s = size
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(0.5 * s, 0.08 * s), QPointF(0.95 * s, 0.50 * s), QPointF(0.05 * s, 0.50 * s)]))
    path.closeSubpath()
    body = QPainterPath()
    body.addRect(QRectF(0.18 * s, 0.46 * s, 0.64 * s, 0.46 * s))
    door = QPainterPath()
    door.addRect(QRectF(0.42 * s, 0.64 * s, 0.16 * s, 0.28 * s))
    return path.united(body).subtracted(door)


def _star(size: float) -> QPainterPath:
    """A five-pointed star."""
    points = []
    for i in range(10):
        radius = size * (0.46 if i % 2 == 0 else 0.2)
        angle = math.pi / 2 + i * math.pi / 5
        points.append(QPointF(size / 2 + radius * math.cos(angle), size * 0.54 - radius * math.sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def _pixmap(shape: QPainterPath, size: int, fill: QColor | None, outline: QColor, width: float) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(outline, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
    painter.drawPath(shape)
    painter.end()
    return pixmap


def _icon(make: object, theme: Theme, filled: bool = True, star: bool = False) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        shape = make(size)  # type: ignore[operator]
        width = max(1.5, size / 12)
        if star:
            ink = QColor(theme.star_outline)
            fill = QColor(theme.star_fill) if filled else None
            icon.addPixmap(_pixmap(shape, size, fill, ink, width))
        else:
            ink = QColor(theme.window_text)
            icon.addPixmap(_pixmap(shape, size, ink, ink, 1.0))
        off = QColor(theme.disabled)
        icon.addPixmap(_pixmap(shape, size, off if filled else None, off, width), QIcon.Mode.Disabled)
    return icon


def back_icon(theme: Theme) -> QIcon:
    """Back: an arrow to the left in the theme's text colour."""
    return _icon(lambda s: _arrow(s, left=True), theme)


def forward_icon(theme: Theme) -> QIcon:
    """Forward: an arrow to the right."""
    return _icon(lambda s: _arrow(s, left=False), theme)


def home_icon(theme: Theme) -> QIcon:
    """Home: a house."""
    return _icon(_house, theme)


def star_icon(theme: Theme, filled: bool) -> QIcon:
    """A bookmark star, outlined (not bookmarked) or filled, in the theme's star colours."""
    return _icon(_star, theme, filled=filled, star=True)
