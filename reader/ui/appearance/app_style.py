"""The app's style: the platform's own, with two fixes for people who read large or use the keyboard.

- **Whole menu items.** Qt's Fusion style sizes a menu item for a check column of a fixed width, then draws
  the column as wide as 0.79 of the row's height; at 300 % that is about 20 px more than was measured, so
  the longest item of a menu lost the middle of its words ("Ask before showing …bers about survival",
  "Como …stema": walk 10, C4). Each item here is measured that much wider, so the words drawn always fit.
- **The current row of a list or tree outlined in the theme's focus colour.** Fusion marks it with a pale
  outline (#A7BACE on white, about 2:1: walk 10, C11); the window's other controls show a focus outline in
  the focus colour (window.qss), at least 3:1 against what is around it in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

#: Fusion draws a menu item's check column this share of the row's height wide (qfusionstyle.cpp, Qt 6).
CHECK_COLUMN_SHARE = 0.79
#: The current row's outline, in px.
FOCUS_OUTLINE_PX = 2


class ReaderStyle(QProxyStyle):
    """The app's own style, with whole menu items and the current row outlined in the focus colour."""

    #: The theme's focus colour (set by the appearance when the theme changes).
    focus_colour = QColor("#0b4f9c")

    def sizeFromContents(  # noqa: N802 - Qt override
        self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        """A menu item's size with room for the check column as drawn; anything else as the style says."""
        measured = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if (
            kind == QStyle.ContentsType.CT_MenuItem
            and isinstance(option, QStyleOptionMenuItem)
            and option.menuItemType != QStyleOptionMenuItem.MenuItemType.Separator
        ):
            measured.setWidth(measured.width() + int(measured.height() * CHECK_COLUMN_SHARE))
        return measured

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """The current row of a list or tree: a solid outline in the focus colour; the rest as the style."""
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(widget, QAbstractItemView):
            painter.save()
            pen = QPen(self.focus_colour, FOCUS_OUTLINE_PX)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_OUTLINE_PX / 2  # the pen's middle half its width inside the row: all of it shows
            painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def reader_style(app: QApplication) -> ReaderStyle:
    """The app's ReaderStyle, given to the app the first time it is asked for (before the stylesheet,
    which wraps the app's style)."""
    style = app.property("readerStyle")
    if isinstance(style, ReaderStyle):
        return style
    style = ReaderStyle()  # wraps the platform's usual style
    app.setStyle(style)
    app.setProperty("readerStyle", style)
    return style
