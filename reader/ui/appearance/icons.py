"""Toolbar icons drawn in the theme's own colours, so they stand out in every theme (high contrast too).

The desktop's stock arrows are dark grey whatever the theme: on a black window they all but vanish.
Back, Forward and Home are drawn in their button's own text colour when it is known (button_ink): the
kiosk's buttons stay white in the dark themes, and icons in the theme's light text colour were white on
white there (walk 9, C9-10).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from reader.ui.appearance.theme import Theme

#: The colours a button writes its words in: (enabled, disabled).
Ink = tuple[str, str]


def button_ink(button: QWidget | None) -> Ink | None:
    """The colours this button writes its words in, enabled and disabled (its style sheet's included);
    None without a button."""
    if button is None:
        return None
    button.ensurePolished()
    palette = button.palette()
    role = QPalette.ColorRole.ButtonText
    return (
        palette.color(QPalette.ColorGroup.Active, role).name(),
        palette.color(QPalette.ColorGroup.Disabled, role).name(),
    )


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


class _ShapeIcon(QIconEngine):
    """Draws a shape at the size asked for, when it is asked for (and keeps it): painting every icon at
    five sizes, normal and greyed, at start was 120 pictures and ~5 ms before the first paint, which
    shows six (cProfile of build_window, issue 20)."""

    def __init__(
        self, make: Callable[[float], QPainterPath], theme: Theme, filled: bool, star: bool, ink: Ink | None = None
    ) -> None:
        super().__init__()
        self._make, self._theme, self._filled, self._star = make, theme, filled, star
        self.ink = ink
        self._drawn: dict[tuple[int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: D102 - Qt
        side = max(1, min(size.width(), size.height()))
        greyed = mode == QIcon.Mode.Disabled
        drawn = self._drawn.get((side, greyed))
        if drawn is None:
            drawn = self._drawn[side, greyed] = self._draw(side, greyed)
        return drawn

    def _draw(self, side: int, greyed: bool) -> QPixmap:
        shape = self._make(side)
        width = max(1.5, side / 12)
        theme = self._theme
        if greyed:
            off = QColor(self.ink[1] if self.ink else theme.disabled)
            return _pixmap(shape, side, off if self._filled else None, off, width)
        if self._star:
            fill = QColor(theme.star_fill) if self._filled else None
            return _pixmap(shape, side, fill, QColor(theme.star_outline), width)
        ink = QColor(self.ink[0] if self.ink else theme.window_text)
        return _pixmap(shape, side, ink, ink, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: D102
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:  # noqa: D102 - Qt
        return _ShapeIcon(self._make, self._theme, self._filled, self._star, self.ink)


def _icon(
    make: Callable[[float], QPainterPath], theme: Theme, filled: bool = True, star: bool = False, ink: Ink | None = None
) -> QIcon:
    return QIcon(_ShapeIcon(make, theme, filled, star, ink))


def back_icon(theme: Theme, ink: Ink | None = None) -> QIcon:
    """Back: an arrow to the left in the button's text colour (ink), else the theme's."""
    return _icon(lambda s: _arrow(s, left=True), theme, ink=ink)


def forward_icon(theme: Theme, ink: Ink | None = None) -> QIcon:
    """Forward: an arrow to the right."""
    return _icon(lambda s: _arrow(s, left=False), theme, ink=ink)


def home_icon(theme: Theme, ink: Ink | None = None) -> QIcon:
    """Home: a house."""
    return _icon(_house, theme, ink=ink)


def star_icon(theme: Theme, filled: bool) -> QIcon:
    """A bookmark star, outlined (not bookmarked) or filled, in the theme's star colours."""
    return _icon(_star, theme, filled=filled, star=True)
