"""Back and Home show their pictures in every theme, in the kiosk and on the desktop (walk 9, C9-10: in the
kiosk's dark and high-contrast themes the arrow and the house were white on the kiosk's white buttons)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import enable_kiosk
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow

THEMES = ("light", "dark", "high-contrast")


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def icon_ink_pixels(window: MainWindow, name: str) -> tuple[int, int]:
    """(pixels of the button's icon that stand out from its background at 3:1 or more, pixels in the icon)."""
    action = window.actions_registry[name]
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QAbstractButton) and button.isVisible()
    image: QImage = button.grab().toImage()
    background = image.pixelColor(button.width() // 2, 5)  # inside the border, above the icon and words
    side = button.iconSize().height()
    top = (button.height() - side) // 2
    left = 0
    # The icon is the first thing inside the button at the left: find its box by scanning past the border.
    for x in range(2, button.width() // 2):
        if any(contrast(image.pixelColor(x, y), background) >= 3 for y in range(top + 2, top + side - 2)):
            left = x
            break
    if left == 0:
        return 0, side * side
    # Skip a border line (a few pixels wide), then look at the icon's square.
    standing_out = 0
    for x in range(left + 4, left + 4 + side):
        for y in range(top, top + side):
            if contrast(image.pixelColor(x, y), background) >= 3:
                standing_out += 1
    return standing_out, side * side


def _kiosk(qtbot: QtBot, library_dir: Path, theme: str) -> MainWindow:
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    window.appearance.set_theme(theme)  # as `--theme dark --kiosk` starts it
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600, on_screen_keyboard=False))
    qtbot.waitExposed(window)
    window.kiosk_under_test = controller  # kept alive with the window
    return window


@pytest.mark.parametrize("theme", THEMES)
def test_kiosk_back_and_home_pictures_stand_out_from_their_buttons(
    qtbot: QtBot, library_dir: Path, theme: str
) -> None:
    window = _kiosk(qtbot, library_dir, theme)
    try:
        for name in ("back", "home"):
            ink, area = icon_ink_pixels(window, name)
            # An arrow or a house fills well over a tenth of its square; white on white was none of it.
            assert ink > area // 8, (theme, name, ink, area)
        # Changing the theme with the kiosk on (a reset restores it) draws them in the buttons' colour again.
        window.appearance.set_theme("high-contrast" if theme != "high-contrast" else "dark")
        for name in ("back", "home"):
            ink, area = icon_ink_pixels(window, name)
            assert ink > area // 8, (theme, name, ink, area)
    finally:
        window.kiosk_under_test.exit_kiosk()


@pytest.mark.parametrize("theme", THEMES)
def test_desktop_back_and_home_pictures_stand_out_from_their_buttons(window: MainWindow, theme: str) -> None:
    window.appearance.set_theme(theme)
    for name in ("back", "home"):
        ink, area = icon_ink_pixels(window, name)
        assert ink > area // 8, (theme, name, ink, area)
