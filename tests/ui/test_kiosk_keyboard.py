"""The kiosk's on-screen keyboard, used with a finger (clicks) as a touch-only visitor would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy, policy_from_dict
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def kiosk(qtbot: QtBot, library_dir: Path) -> Iterator[KioskController]:
    """A kiosk window with the default policy (keyboard on)."""
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    yield controller
    controller.exit_kiosk()


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def on_window(widget: QWidget) -> QRect:
    """The widget's rectangle in window coordinates."""
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def type_on_screen(qtbot: QtBot, kiosk: KioskController, chars: str) -> None:
    assert kiosk.keyboard is not None
    for char in chars:
        tap(qtbot, kiosk.keyboard.keyboard.keys[char])


def test_tapping_the_search_box_brings_up_a_keyboard_that_types_into_it(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    field = kiosk.window.search.box.field
    assert kiosk.keyboard is not None
    dock = kiosk.keyboard.dock
    assert not dock.isVisible()
    tap(qtbot, field)
    qtbot.waitUntil(dock.isVisible)
    type_on_screen(qtbot, kiosk, "chemo")
    assert field.text() == "chemo"
    tap(qtbot, kiosk.keyboard.keyboard.keys["backspace"])
    tap(qtbot, kiosk.keyboard.keyboard.keys["space"])
    type_on_screen(qtbot, kiosk, "x")
    assert field.text() == "chem x"
    assert QApplication.focusWidget() is field  # the keys never take the focus from the field
    qtbot.waitUntil(lambda: not on_window(dock).intersects(on_window(field)))


def test_capitals_and_spanish_letters(qtbot: QtBot, kiosk: KioskController) -> None:
    field = kiosk.window.search.box.field
    tap(qtbot, field)
    board = kiosk.keyboard.keyboard  # type: ignore[union-attr]
    tap(qtbot, board.shift_key)
    type_on_screen(qtbot, kiosk, "ma")  # one capital, then small letters, as on a phone
    assert not board.accents.isVisible()
    tap(qtbot, board.accent_key)
    qtbot.waitUntil(board.accents.isVisible)
    type_on_screen(qtbot, kiosk, "ñá")
    assert field.text() == "Mañá"


def test_hide_then_tap_the_field_again_and_every_key_is_big_enough(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    field = kiosk.window.search.box.field
    tap(qtbot, field)
    keyboard = kiosk.keyboard
    assert keyboard is not None
    qtbot.waitUntil(keyboard.dock.isVisible)
    small = [b.accessibleName() for b in keyboard.keyboard.findChildren(QWidget)
             if b.isVisible() and b.inherits("QPushButton") and min(b.width(), b.height()) < 44]  # fmt: skip
    assert small == []
    tap(qtbot, keyboard.keyboard.hide_key)
    qtbot.waitUntil(lambda: not keyboard.dock.isVisible())
    tap(qtbot, field)
    qtbot.waitUntil(keyboard.dock.isVisible)


def test_start_over_hides_the_keyboard(qtbot: QtBot, kiosk: KioskController) -> None:
    tap(qtbot, kiosk.window.search.box.field)
    assert kiosk.keyboard is not None
    qtbot.waitUntil(kiosk.keyboard.dock.isVisible)
    assert kiosk.window.reset_for_next_visitor() == []
    assert not kiosk.keyboard.dock.isVisible()
    assert kiosk.keyboard.keyboard.target is None


def test_policy_can_turn_the_keyboard_off(qtbot: QtBot, library_dir: Path) -> None:
    policy = policy_from_dict({"on_screen_keyboard": False})
    assert policy.problems == ()
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, policy)
    assert controller.keyboard is None
    controller.exit_kiosk()
    assert "on_screen_keyboard" in policy_from_dict({"on_screen_keyboard": "yes"}).problems[0]
