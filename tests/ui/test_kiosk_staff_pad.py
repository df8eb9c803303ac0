"""The staff PIN pad and the idle prompt (walk 13, C1; review13): the prompt comes even during a wrong-PIN wait,
and keys pressed while "Are you still reading?" is up answer it; they never reach the screen behind it
(Enter pressed the "Español" button behind the prompt and started the kiosk again in Spanish)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy, hash_pin
from reader.core.kiosk.visitor_language import Restart
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window

STAFF_PIN = "2580"
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


class FakeClock:
    """A clock the test moves by hand (the PIN pad's wait)."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(qtbot: QtBot, library_dir: Path, clock: FakeClock) -> Iterator[KioskController]:
    """A kiosk with a short idle time, a language button and a staff PIN."""
    policy = KioskPolicy(enabled=True, idle_timeout_seconds=0.3, warning_seconds=60, staff_pin=hash_pin(STAFF_PIN),
                         language_button=("en", "es"), on_screen_keyboard=False)  # fmt: skip
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, policy, clock=clock)
    qtbot.waitExposed(window)
    window.activateWindow()
    yield controller
    controller.exit_kiosk()


class KeysBehind(QObject):
    """Records the widgets outside the idle prompt that are given a key press (the app's first filter)."""

    def __init__(self, kiosk: KioskController) -> None:
        super().__init__()
        self.kiosk = kiosk
        self.widgets: list[str] = []

    def __enter__(self) -> KeysBehind:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        prompt = self.kiosk.idle_prompt
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            if watched is not prompt and not prompt.isAncestorOf(watched) and watched is not self.kiosk.window:
                self.widgets.append(f"{type(watched).__name__}({watched.objectName()})")
        return False


def type_pin(qtbot: QtBot, kiosk: KioskController, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(kiosk.pin_prompt.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.pin_prompt.unlock, Qt.MouseButton.LeftButton)


def open_pad(qtbot: QtBot, kiosk: KioskController) -> None:
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(kiosk.window, Qt.Key.Key_X, chord)
    assert kiosk.pin_prompt.isVisible()


def test_wrong_pins_do_not_hold_off_the_idle_prompt(qtbot: QtBot, kiosk: KioskController, clock: FakeClock) -> None:
    """Three wrong PINs start a wait; nobody there for an idle time: the prompt still comes (and the reset
    after it), so a passer-by cannot keep the last visitor's reading on screen by typing wrong PINs."""
    open_pad(qtbot, kiosk)
    for wrong in ("1111", "2222", "3333"):
        type_pin(qtbot, kiosk, wrong)
    assert "wait 30 seconds" in kiosk.pin_prompt.message.text()
    qtbot.waitUntil(kiosk.idle_prompt.isVisible, timeout=3000)
    assert not kiosk.pin_prompt.isVisible()


def test_a_pad_left_open_still_gives_way_to_the_idle_prompt(qtbot: QtBot, kiosk: KioskController) -> None:
    """Staff who opened the pad and walked away: the screen still starts over for the next visitor."""
    open_pad(qtbot, kiosk)
    qtbot.waitUntil(kiosk.idle_prompt.isVisible, timeout=3000)
    assert not kiosk.pin_prompt.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_a_key_on_the_idle_prompt_answers_it_and_presses_nothing_behind(
    qtbot: QtBot, kiosk: KioskController, key: Qt.Key
) -> None:
    """The key comes to the window as from a keyboard (the platform's key event, given to the widget with
    the focus when it arrives), after the pad was left open; the kiosk stays in English, as it was."""
    restarts: list[Restart] = []
    kiosk.start_again = restarts.append
    open_pad(qtbot, kiosk)
    qtbot.waitUntil(kiosk.idle_prompt.isVisible, timeout=3000)
    kiosk.idle_timer.setInterval(60_000)  # no second prompt while the test looks
    handle = kiosk.window.windowHandle()
    assert handle is not None
    with KeysBehind(kiosk) as behind:
        qtbot.keyClick(handle, key)
    assert behind.widgets == [], "the key went on to the screen behind the prompt"
    assert restarts == [], "the key pressed the language button behind the prompt"
    assert not kiosk.idle_prompt.isVisible() and kiosk.idle_timer.isActive()
    # The keyboard is where it was before the pad: nowhere, the screen at rest (it went to the Español button).
    assert QApplication.focusWidget() is None, QApplication.focusWidget()
    qtbot.keyClick(handle, Qt.Key.Key_Return)
    assert restarts == []


def test_a_tap_on_the_idle_prompt_only_answers_it(qtbot: QtBot, kiosk: KioskController) -> None:
    """A tap on the dimmed screen around the card answers the prompt and presses nothing behind it."""
    restarts: list[Restart] = []
    kiosk.start_again = restarts.append
    kiosk.idle_timer.setInterval(60_000)
    kiosk.show_idle_prompt()
    [button] = kiosk.home.language_buttons
    where = button.mapTo(kiosk.window, button.rect().center())
    handle = kiosk.window.windowHandle()
    assert handle is not None
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=where)
    assert not kiosk.idle_prompt.isVisible()
    assert restarts == [], "the tap went through to the language button"


def test_keys_reach_only_the_pin_pad(qtbot: QtBot, kiosk: KioskController) -> None:
    """With the pad up, Enter with the keyboard on a button behind it presses nothing there."""
    restarts: list[Restart] = []
    kiosk.start_again = restarts.append
    kiosk.idle_timer.setInterval(60_000)
    open_pad(qtbot, kiosk)
    [button] = kiosk.home.language_buttons
    button.setFocus()  # as Qt moves it when the focused field is disabled by a wait
    handle = kiosk.window.windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, Qt.Key.Key_Return)
    assert restarts == [] and kiosk.pin_prompt.isVisible()
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert not kiosk.pin_prompt.isVisible()


def test_after_wrong_pins_tapped_the_keyboard_stays_on_the_pad_and_types_the_pin_after_the_wait(
    qtbot: QtBot, kiosk: KioskController, clock: FakeClock
) -> None:
    """Digits and Unlock tapped: when the wait disables them, the keyboard stays on the pad (it went to the
    search box behind it, review13), and once the wait is over a PIN typed on a keyboard goes in."""
    kiosk.idle_timer.setInterval(600_000)  # nobody is idle here: this is about the keyboard
    kiosk.idle_timer.start()
    open_pad(qtbot, kiosk)
    pad = kiosk.pin_prompt
    for wrong in ("1111", "2222", "3333"):
        type_pin(qtbot, kiosk, wrong)
    focus = QApplication.focusWidget()
    assert focus is not None and pad.isAncestorOf(focus), focus
    clock.now += 30
    qtbot.waitUntil(pad.unlock.isEnabled, timeout=3000)
    assert pad.field.hasFocus()
    handle = kiosk.window.windowHandle()
    assert handle is not None
    for digit in STAFF_PIN:
        qtbot.keyClick(handle, digit)
    assert pad.field.text() == STAFF_PIN
