"""Menu items that keep their whole words at large text: a style for the menus only.

Qt's Fusion style sizes a menu item for a check column of a fixed width, then draws the column as wide as
0.79 of the row's height; at 300 % that is about 20 px more than was measured, so the longest item of a
menu lost the middle of its words ("Ask before showing …bers about survival", "Como …stema": walk 10, C4).
Each item here is measured that much wider, so the words drawn always fit. Only sizes are changed: a style
that also drew (a Python drawPrimitive) would run for every part of every widget painted.

Since the window's style sheet gives menu items their own padding and tick boxes (resources/styles/window.qss,
walk 12 X9/X10), Qt's style sheet measures menu items itself and this style is asked only for the drop-down
lists' items and the menus of a style sheet without those rules.

The style is given to the menus, the drop-down lists (their items are drawn as menu items) and the context
menus Qt makes, not to the app: its Python sizeFromContents would run for every size Qt asks of any widget
(~300 times before the first article, 4-7 ms of the start-up: issue 20).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QTextEdit,
    QWidget,
)

#: Fusion draws a menu item's check column this share of the row's height wide (qfusionstyle.cpp, Qt 6).
CHECK_COLUMN_SHARE = 0.79


class ReaderStyle(QProxyStyle):
    """The platform's style, with menu items as wide as their words."""

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


def menu_style() -> ReaderStyle:
    """The one ReaderStyle the menus share, made the first time it is asked for. The app owns it: a widget
    does not own its style, and the app outlives every menu."""
    app = QApplication.instance()
    style = app.property("readerMenuStyle") if app is not None else None
    if isinstance(style, ReaderStyle):
        return style
    style = ReaderStyle()  # wraps the platform's usual style
    if app is not None:
        style.setParent(app)
        app.setProperty("readerMenuStyle", style)
    return style


def keep_items_whole(widgets: Iterable[QMenu | QComboBox]) -> None:
    """Give menus and drop-down lists the menu style, unless one has a style of its own (a kiosk's menu).

    Call it once the app's stylesheet is set (Appearance.apply): a widget given a style before that, and
    not yet shown, would not get the stylesheet's rules.
    """
    style = menu_style()
    for widget in widgets:
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetStyle):
            widget.setStyle(style)


class FieldButtonsStyle(QProxyStyle):
    """The platform's style, with a text field's own buttons (the clear ×) as big as its text: Qt draws them
    16 px at every text size, so at 300 % the × was a speck beside 40 px letters (walk 12, X13)."""

    def pixelMetric(  # noqa: N802 - Qt override
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        """The icon size of a field's buttons from its font; anything else as the style says."""
        size = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_LineEditIconSize and widget is not None:
            return max(size, round(widget.fontMetrics().height() * 0.9))
        return size


def field_buttons_style() -> FieldButtonsStyle:
    """The one FieldButtonsStyle the fields share (owned by the app, as menu_style)."""
    app = QApplication.instance()
    style = app.property("readerFieldStyle") if app is not None else None
    if isinstance(style, FieldButtonsStyle):
        return style
    style = FieldButtonsStyle()
    if app is not None:
        style.setParent(app)
        app.setProperty("readerFieldStyle", style)
    return style


def size_field_buttons(root: QWidget) -> None:
    """Give the text fields in root that have a clear button the field style (its Python pixelMetric runs
    only for them, and only once the first screen is up: issue 20)."""
    for field in root.findChildren(QLineEdit):
        if field.isClearButtonEnabled() and not field.testAttribute(Qt.WidgetAttribute.WA_SetStyle):
            field.setStyle(field_buttons_style())


def with_submenus(menus: Iterable[QMenu]) -> Iterator[QMenu]:
    """These menus and every menu under them."""
    for menu in menus:
        yield menu
        yield from with_submenus(sub for action in menu.actions() if isinstance(sub := action.menu(), QMenu))


def keep_context_menus_whole(root: QWidget) -> None:
    """Qt's own context menus of the text views and scroll bars in root (Copy Link Location, Scroll here…)
    are made here instead, with the menu style: Qt makes them on a right click, out of the app's reach."""
    for widget in root.findChildren(QScrollBar) + root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit):
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(partial(_standard_menu, widget))


def _standard_menu(widget: QScrollBar | QTextEdit | QPlainTextEdit, where: QPoint) -> None:
    """Show Qt's context menu of this scroll bar or text view, as Qt would, with the menu style."""
    if isinstance(widget, QScrollBar):
        if not widget.style().styleHint(QStyle.StyleHint.SH_ScrollBar_ContextMenu, None, widget):
            return
        place = widget.mapToGlobal(where)
    else:  # a text view: `where` is on its viewport
        place = widget.viewport().mapToGlobal(where)
        if isinstance(widget, QTextEdit):  # its menu takes the point in the document (the link to copy)
            where = where + QPoint(widget.horizontalScrollBar().value(), widget.verticalScrollBar().value())
    menu = widget.createStandardContextMenu(where)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.setStyle(menu_style())
    menu.popup(place)
