"""The kiosk's look for fingers: no underlined letters for Alt+letter keys (a touch screen has no keys).

Menus (walk 8, X8), the dialogs the kiosk fits to the screen and the panels at the right (walk 10, X7:
"Name" and "Note" both underlined N, the Bookmarks and questions panel underlined six letters) are given
this style; the rest of the window keeps the app's, so its Python hint runs only for these widgets.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu, QStyle, QWidget

from reader.ui.appearance.menu_style import ReaderStyle

#: A widget given the touch style has this property set (so it is given it once).
TOUCH_STYLED = "kioskTouchStyled"


class NoUnderlinedLetters(ReaderStyle):
    """The app's style without the underlined letters of Alt+letter keys, its menu items as wide as their
    words (reader/ui/appearance/menu_style.py)."""

    def styleHint(self, hint: QStyle.StyleHint, option: object = None, widget: object = None,  # noqa: N802
                  data: object = None) -> int:  # fmt: skip
        """No underlined letters; the rest as the app's style."""
        if hint == QStyle.StyleHint.SH_UnderlineShortcut:
            return 0
        return super().styleHint(hint, option, widget, data)  # type: ignore[arg-type]


def touch_menu(menu: QMenu) -> ReaderStyle:
    """Give a menu the kiosk's look for fingers: no underlined letters (its rows' size is in kiosk.qss)."""
    style = NoUnderlinedLetters(QApplication.style().name())
    style.setParent(menu)
    menu.setStyle(style)
    return style


def without_underlined_letters(root: QWidget) -> None:
    """Give root and every widget in it (those not given it yet) the style without underlined letters."""
    style = root.findChild(NoUnderlinedLetters)
    if style is None:
        style = NoUnderlinedLetters(QApplication.style().name())
        style.setParent(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.property(TOUCH_STYLED):
            widget.setProperty(TOUCH_STYLED, True)
            widget.setStyle(style)
