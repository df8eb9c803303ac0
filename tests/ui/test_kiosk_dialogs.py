"""Kiosk dialogs (Bookmark this page, a question for the doctor): typed into by taps on their own
on-screen keyboard, and every button on screen at every text size (walk 7, B2)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QMargins, QRect, Qt, QTimer
from PySide6.QtGui import QScreen, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.kiosk.keyboard import OnScreenKeyboard
from reader.ui.kiosk.mode import KioskController

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def reset_app_look(qapp: QApplication) -> Iterator[None]:
    """These tests change the text size: put the default look back afterwards."""
    yield
    Appearance(Settings(None)).apply()


@pytest.fixture
def kiosk(qtbot: QtBot, kiosk: KioskController) -> KioskController:
    """The kiosk of tests/ui/conftest.py (keyboard on), the seed article open."""
    window = kiosk.window
    article = next(a for a in window.library if a.display_title.startswith("Immunotherapy"))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)
    return kiosk


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def in_the_dialog(qtbot: QtBot, kiosk: KioskController, steps: Callable[[QDialog], None]) -> list[str]:
    """Run steps on the dialog the window opens next (it is modal: its own event loop runs them)."""
    problems: list[str] = []

    def run() -> None:
        dialogs = [d for d in kiosk.window.findChildren(QDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, run)
            return
        try:
            steps(dialogs[0])
        except AssertionError as error:
            problems.append(str(error) or "assertion failed")
            dialogs[0].reject()

    QTimer.singleShot(0, run)
    return problems


def check_on_screen(dialog: QDialog) -> None:
    """Every button of the dialog, and its keyboard, is wholly on the screen and not cut."""
    screen = dialog.screen().geometry()
    assert screen.contains(on_screen(dialog)), (on_screen(dialog), screen)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            assert screen.contains(on_screen(button)), button.text()
            assert button.width() >= min(button.sizeHint().width(), 44), button.text()


def type_by_taps(qtbot: QtBot, dialog: QDialog, field: QWidget, chars: str) -> None:
    tap(qtbot, field)
    board = dialog.findChild(OnScreenKeyboard)
    assert board is not None and board.isVisible(), "no keyboard in the dialog"
    for char in chars:
        tap(qtbot, board.keys[char] if char != " " else board.keys["space"])


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_a_bookmark_note_is_typed_by_taps_and_every_button_is_on_screen(
    qtbot: QtBot, kiosk: KioskController, percent: int
) -> None:
    window = kiosk.window
    window.appearance.set_font_scale(percent)

    def steps(dialog: QDialog) -> None:
        check_on_screen(dialog)
        note = dialog.findChild(QPlainTextEdit)
        assert note is not None
        type_by_taps(qtbot, dialog, note, "ask dr")
        check_on_screen(dialog)
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton) if b.isVisible()}
        assert {"Save", "Cancel", "Remove bookmark"} <= set(buttons)
        tap(qtbot, buttons["Save"])

    problems = in_the_dialog(qtbot, kiosk, steps)
    window.actions_registry["bookmark"].trigger()  # returns once the dialog is closed
    assert problems == []
    assert [b.note for b in window.bookmarks.store.bookmarks] == ["ask dr"]


@pytest.mark.parametrize("percent", [100, 300])
def test_a_question_about_the_article_is_typed_by_taps(
    qtbot: QtBot, kiosk: KioskController, percent: int
) -> None:
    window = kiosk.window
    window.appearance.set_font_scale(percent)

    def steps(dialog: QDialog) -> None:
        check_on_screen(dialog)
        field = dialog.findChild(QPlainTextEdit)
        assert field is not None
        type_by_taps(qtbot, dialog, field, "is it safe")
        save = next(b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == "Save")
        tap(qtbot, save)

    problems = in_the_dialog(qtbot, kiosk, steps)
    window.actions_registry["ask_question"].trigger()
    assert problems == []
    assert [q.text for q in window.bookmarks.store.questions][-1].endswith("is it safe")


def test_start_over_closes_a_dialog_and_the_next_one_is_fitted_too(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    window = kiosk.window
    problems = in_the_dialog(qtbot, kiosk, lambda dialog: window.reset_for_next_visitor())
    window.actions_registry["bookmark"].trigger()
    assert problems == [] and window.bookmarks.store.bookmarks == []
    assert not any(d.isVisible() for d in window.findChildren(QDialog))


def test_a_dialog_and_a_window_managers_frame_round_it_stay_in_the_screens_room(
    qtbot: QtBot, kiosk: KioskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a window manager (openbox) the dialog was the screen's size below its title bar, and the
    keyboard's bottom row (Capitals, Space, Go, Hide) was cut off (walk 12, X7). Here the screen has a
    24 px panel at the top and the window manager a 20 px title bar and 2 px borders."""
    window = kiosk.window
    screen = window.screen().geometry()
    available = screen.adjusted(0, 24, 0, 0)
    frame = QMargins(2, 20, 2, 2)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: available)
    monkeypatch.setattr(QWindow, "frameMargins", lambda _window: frame)

    def steps(dialog: QDialog) -> None:
        field = dialog.findChild(QPlainTextEdit)
        assert field is not None
        tap(qtbot, field)
        board = dialog.findChild(OnScreenKeyboard)
        assert board is not None and board.isVisible()
        assert available.contains(on_screen(dialog).marginsAdded(frame)), (on_screen(dialog), available)
        keys = [b for b in board.findChildren(QAbstractButton) if b.isVisible()]
        lowest = max(keys, key=lambda key: on_screen(key).bottom())
        assert available.contains(on_screen(lowest)), (lowest.text(), on_screen(lowest), available)
        dialog.reject()

    problems = in_the_dialog(qtbot, kiosk, steps)
    window.actions_registry["ask_question"].trigger()
    assert problems == []


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_a_dialogs_name_on_top_can_be_read_in_every_theme(qtbot: QtBot, kiosk: KioskController, theme: str) -> None:
    """The name a kiosk dialog shows on top (it has no title bar) was #1a1a1a whatever the theme: dark grey
    on the black dialog in high contrast and dark (seen under Xvfb, "A question for my doctor")."""
    from reader.core.appearance.contrast import contrast_ratio

    window = kiosk.window
    window.appearance.set_theme(theme)
    seen: list[tuple[str, str]] = []

    def steps(dialog: QDialog) -> None:
        title = dialog.findChild(QLabel, "kioskDialogTitle")
        assert title is not None and title.isVisible()
        picture = dialog.grab().toImage()
        box = QRect(title.mapTo(dialog, title.rect().topLeft()), title.size())
        ground = picture.pixelColor(box.right() - 2, box.center().y()).name()  # right of the words
        colours = {picture.pixelColor(x, y).name() for x in range(box.left(), box.right())
                   for y in range(box.top(), box.bottom())}  # fmt: skip
        seen.append((ground, max(colours, key=lambda c: contrast_ratio(c, ground))))
        dialog.reject()

    problems = in_the_dialog(qtbot, kiosk, steps)
    window.actions_registry["ask_question"].trigger()
    assert problems == [] and seen
    ground, words = seen[0]
    assert contrast_ratio(words, ground) >= 4.5, (theme, words, ground)
