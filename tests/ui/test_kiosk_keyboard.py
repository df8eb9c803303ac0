"""The kiosk's on-screen keyboard, used with a finger (clicks) as a touch-only visitor would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import policy_from_dict
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


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


# Every text field a visitor can reach (walk 7, B1) ------------------------------------------------------


def covered_keys(kiosk: KioskController) -> list[str]:
    """The keyboard's keys a tap at their middle does not reach (something else is drawn there)."""
    assert kiosk.keyboard is not None
    window = kiosk.window
    covered = []
    for key in kiosk.keyboard.keyboard.findChildren(QPushButton):
        if key.isVisible() and window.childAt(key.mapTo(window, key.rect().center())) is not key:
            covered.append(key.text())
    return covered


def open_seed_article(qtbot: QtBot, kiosk: KioskController) -> None:
    window = kiosk.window
    article = next(a for a in window.library if a.display_title.startswith("Immunotherapy"))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)


def reach_search(kiosk: KioskController) -> QWidget:
    return kiosk.window.search.box.field


def reach_bookmark_filter(kiosk: KioskController) -> QWidget:
    kiosk.window.actions_registry["show_bookmarks"].trigger()
    return kiosk.window.bookmarks.panel.filter


def reach_question_box(kiosk: KioskController) -> QWidget:
    kiosk.window.actions_registry["show_questions"].trigger()
    return kiosk.window.bookmarks.panel.question_edit


def reach_glossary_filter(kiosk: KioskController) -> QWidget:
    panel = kiosk.window.glossary_panel
    panel.show()
    panel.tabs.setCurrentIndex(1)
    return panel.filter


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize(
    "reach", [reach_search, reach_bookmark_filter, reach_question_box, reach_glossary_filter]
)
def test_every_text_field_gets_the_whole_keyboard_and_stays_above_it(
    qtbot: QtBot, kiosk: KioskController, reach: Callable[[KioskController], QWidget], percent: int
) -> None:
    window = kiosk.window
    window.appearance.set_font_scale(percent)
    open_seed_article(qtbot, kiosk)
    field = reach(kiosk)
    qtbot.waitUntil(field.isVisible)
    tap(qtbot, field)
    assert kiosk.keyboard is not None
    dock = kiosk.keyboard.dock
    qtbot.waitUntil(dock.isVisible)
    qtbot.wait(20)  # the panels take their new height, the field is scrolled into view
    assert covered_keys(kiosk) == []  # no panel is drawn over a key
    shown = QRect(field.mapTo(window, field.visibleRegion().boundingRect().topLeft()),
                  field.visibleRegion().boundingRect().size())  # fmt: skip
    assert shown == on_window(field)  # the whole field is on screen...
    assert on_window(field).bottom() < on_window(dock).top()  # ...above the keyboard
    type_on_screen(qtbot, kiosk, "iol")  # keys at the keyboard's right (under the panel before)
    assert "iol" in (field.text() if isinstance(field, QLineEdit) else "")
    window.appearance.set_font_scale(100)


def test_my_questions_brings_the_keyboard_with_its_box_ready(qtbot: QtBot, kiosk: KioskController) -> None:
    open_seed_article(qtbot, kiosk)
    reach_question_box(kiosk)
    assert kiosk.keyboard is not None
    qtbot.waitUntil(kiosk.keyboard.dock.isVisible)  # the box has the caret: the keys come with it
    type_on_screen(qtbot, kiosk, "when")
    assert kiosk.window.bookmarks.panel.question_edit.text() == "when"


def test_closing_the_panel_being_typed_in_takes_the_keyboard_away(qtbot: QtBot, kiosk: KioskController) -> None:
    open_seed_article(qtbot, kiosk)
    field = reach_glossary_filter(kiosk)
    qtbot.waitUntil(field.isVisible)
    tap(qtbot, field)
    assert kiosk.keyboard is not None
    qtbot.waitUntil(kiosk.keyboard.dock.isVisible)
    kiosk.window.glossary_panel.close()  # its Close button
    qtbot.waitUntil(lambda: not kiosk.keyboard.dock.isVisible())  # type: ignore[union-attr]
