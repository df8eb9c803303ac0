"""Help > How to use this reader (F1): a short page inside the app with the keys people need, read by the
arrow keys and screen readers, in English and Spanish, and not in a kiosk (walk 9, C9-3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.help.guide import SECTIONS
from reader.ui.kiosk.mode import KioskController
from reader.ui.languages.install import install_language
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow


def press_f1(qtbot: QtBot, window: MainWindow) -> str:
    """F1 in the window; the words of the page that opened."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.dialog is not None and window.help.dialog.isVisible())
    assert window.help.dialog is not None
    return window.help.dialog.text.toPlainText()


def test_f1_opens_the_page_with_the_keys_people_need(qtbot: QtBot, window: MainWindow) -> None:
    help_menu = [a.text() for a in window.menu("help").actions()]
    assert help_menu[:2] == ["&How to use this reader", "&About Cancer Information Reader"]
    text = press_f1(qtbot, window)
    dialog = window.help.dialog
    assert dialog is not None and dialog.windowTitle() == "How to use this reader"
    assert "works without the internet" in text and "stay on this computer" in text
    for line in (
        "Ctrl+K or Ctrl+E: Go to the search box.",
        "Down arrow: Move from the search box to the list of results.",
        "F3: Go to the next place in the article that matches your search.",
        "H, Shift+H: Jump to the next heading",
        "F7: Turn the text cursor on or off.",
        "Enter: On a word that is underlined with dots: show what the word means.",
        "Ctrl+D: Bookmark the part you are reading.",
        "Ctrl+B: Show your bookmarks and your questions for the doctor.",
        "Ctrl+0: The usual size.",
        "Ctrl+-: Smaller text.",
        "Alt+Left: Go back to the page before.",
        "F1: Open this page again.",
    ):
        assert line in text, line
    # The keyboard is in the page, at its top, with a text cursor the arrow keys move (as F7 in articles).
    qtbot.waitUntil(dialog.text.hasFocus)
    assert dialog.text.textCursor().position() == 0
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    qtbot.keyClick(dialog.text, Qt.Key.Key_Down)
    assert dialog.text.textCursor().position() > 0
    assert dialog.text.accessibleName() == "How to use this reader"
    bar = dialog.text.verticalScrollBar()
    assert bar.isVisible() and bar.accessibleName() == "Scroll up and down"  # (AT-SPI found it nameless)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_key_on_the_page_is_the_key_of_its_action(window: MainWindow) -> None:
    registry = window.actions_registry
    named = [action for _, rows in SECTIONS for action, _, _ in rows if action]
    assert set(named) <= set(registry.names())  # a renamed action must not drop its line silently
    assert QKeySequence("F3") in registry["search-next-match"].shortcuts()
    assert QKeySequence("Ctrl+K") in registry["search"].shortcuts()
    assert QKeySequence("F1") in registry["help"].shortcuts()


def test_the_page_follows_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    press_f1(qtbot, window)
    dialog = window.help.dialog
    assert dialog is not None
    small = dialog.text.document().defaultFont().pointSizeF()
    window.appearance.set_font_scale(200)
    assert dialog.text.document().defaultFont().pointSizeF() >= 1.9 * small
    assert dialog.width() <= window.width() and dialog.height() <= window.height()


def test_the_page_in_spanish(
    qtbot: QtBot, qapp: QApplication, compiled_translations: Path, library_dir: Path, settings: Settings
) -> None:
    assert install_language(qapp, "es") == "es"
    window = build_window(Library.load([library_dir]), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = press_f1(qtbot, window)
    assert window.help.action.text() == "&Cómo usar este lector"
    assert text.startswith("Cómo usar este lector")
    assert "Funciona sin internet." in text
    # (Qt names the keys in Spanish: "Control", "Mayúsculas")
    assert "Control+K o Control+E: " in text and "F3: " in text and "Control+D: " in text
    assert "Alt+Derecha: " in text  # (not "Mayúsculas+Borrar", a second key for Forward)
    for english in ("Go to the search box", "Bookmark the part", "These are the keys", "Down arrow"):
        assert english not in text


def test_not_in_a_kiosk(qtbot: QtBot, kiosk: KioskController) -> None:
    window = kiosk.window
    assert not window.help.action.isEnabled()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert window.help.dialog is None
