"""The app's style: the platform's own, with menu items that keep their whole words at large text.

Qt's Fusion style sizes a menu item for a check column of a fixed width, then draws the column as wide as
0.79 of the row's height; at 300 % that is about 20 px more than was measured, so the longest item of a
menu lost the middle of its words ("Ask before showing …bers about survival", "Como …stema": walk 10, C4).
Each item here is measured that much wider, so the words drawn always fit. Only sizes are changed: a style
that also drew (a Python drawPrimitive) would run for every part of every widget painted.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

#: Fusion draws a menu item's check column this share of the row's height wide (qfusionstyle.cpp, Qt 6).
CHECK_COLUMN_SHARE = 0.79


class ReaderStyle(QProxyStyle):
    """The app's own style, with menu items as wide as their words."""

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
