"""The kiosk's More ▾ menu is made for fingers: tall rows, no keys to press, no underlined letters
(walk 8, X8: 29 px rows with "Ctrl+D / Ctrl+B / Ctrl+0" beside them and underlined letters)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QStyle, QStyleOptionMenuItem
from pytestqt.qtbot import QtBot

from reader.ui.kiosk.mode import KioskController

#: The smallest touch target (px), as tests/ui/test_kiosk.py checks for buttons.
TOUCH_MIN = 44


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)  # the offscreen platform's words for an open menu
@pytest.mark.parametrize("percent", [100, 200])
def test_the_more_menu_has_finger_sized_rows_without_keys(
    qtbot: QtBot, kiosk: KioskController, percent: int
) -> None:
    window = kiosk.window
    window.appearance.set_font_scale(percent)
    window.setGeometry(0, 0, 1280, 800)
    qtbot.wait(50)
    menu = window.toolbar_fit.menu
    shown = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    assert shown, "nothing in the More menu at this size"
    assert any(not a.shortcut().isEmpty() for a in shown)  # there are keys it could have shown
    menu.popup(QPoint(100, 100))
    qtbot.waitUntil(menu.isVisible)
    for action in shown:
        assert menu.actionGeometry(action).height() >= TOUCH_MIN, action.text()
        option = QStyleOptionMenuItem()
        menu.initStyleOption(option, action)
        assert "\t" not in option.text, option.text  # no "Ctrl+D" beside the words
    assert menu.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, None, menu) == 0
    menu.hide()


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_more_menu_can_be_read_in_every_theme(qtbot: QtBot, kiosk: KioskController, theme: str) -> None:
    """The kiosk's menus are white, whatever the theme: their words must be dark on it (walk 12, B1: in
    high contrast they were white on white, so "Bookmarks" and "My questions" could not be read)."""
    from PySide6.QtGui import QPalette

    from reader.core.appearance.contrast import contrast_ratio

    window = kiosk.window
    window.appearance.set_theme(theme)
    qtbot.wait(50)
    menu = window.toolbar_fit.menu
    menu.popup(QPoint(100, 100))
    qtbot.waitUntil(menu.isVisible)
    palette = menu.palette()
    words = palette.color(QPalette.ColorRole.WindowText).name()
    ground = palette.color(QPalette.ColorRole.Window).name()
    menu.hide()
    assert contrast_ratio(words, ground) >= 4.5, (theme, words, ground)


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_stars_in_the_more_menu_can_be_seen_in_every_theme(
    qtbot: QtBot, kiosk: KioskController, theme: str
) -> None:
    """The menu is white in every theme, so its stars are drawn for white: the dark themes' yellow stars
    were all but invisible on it ("Bookmark this page" an outline of #ffff00 on white)."""
    from PySide6.QtGui import QColor

    from reader.core.appearance.contrast import contrast_ratio

    window = kiosk.window
    window.setGeometry(0, 0, 1280, 800)
    article = next(iter(window.library))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)
    window.appearance.set_theme(theme)
    qtbot.wait(50)
    menu = window.toolbar_fit.menu
    stars = [window.actions_registry[name] for name in ("bookmark", "show_bookmarks")]
    assert all(star in menu.actions() for star in stars), [a.text() for a in menu.actions()]
    menu.popup(QPoint(100, 100))
    qtbot.waitUntil(menu.isVisible)
    picture = menu.grab().toImage()
    menu.hide()
    for star in stars:
        row = menu.actionGeometry(star)
        ground = picture.pixelColor(row.right() - 4, row.center().y()).name()
        inked = [x for x in range(row.left() + 1, row.right()) if any(
            picture.pixelColor(x, y).name() != ground for y in range(row.top() + 1, row.bottom()))]  # fmt: skip
        star_columns = [x for n, x in enumerate(inked) if x - inked[0] == n]  # the first thing drawn: the star
        icon_part = [picture.pixelColor(x, y).name() for x in star_columns for y in range(row.top(), row.bottom())]
        strongest = max(contrast_ratio(colour, ground) for colour in icon_part)
        assert strongest >= 3, (theme, star.text(), ground, sorted(set(icon_part), key=lambda c: QColor(c).value()))
