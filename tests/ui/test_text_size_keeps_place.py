"""A new text size keeps the reader's place in the article and is said to screen readers (walk 9, C9-4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.reading.reading_place import SETTLE_MS
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article


def long_article_window(qtbot: QtBot, library_dir: Path, settings: Settings) -> MainWindow:
    parts = []
    for part in range(1, 7):
        paragraphs = [f"Paragraph {part}.{n}: " + "These plain words are here to be read. " * 25 for n in range(1, 5)]
        parts.append(f"## Part {part}\n\n" + "\n\n".join(paragraphs))
    write_article(library_dir, "long.md", "A long article", "https://www.cancer.gov/long", "\n\n".join(parts))
    window = build_window(Library.load([library_dir]), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    key = next(a.key for a in window.library if a.url.endswith("/long"))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(key)
    return window


def line_at_top(window: MainWindow) -> str:
    """The words of the line at the top of the article view."""
    cursor = window.view.cursorForPosition(QPoint(0, 1))
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_paragraph_at_the_top_stays_there_at_every_size(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    window = long_article_window(qtbot, library_dir, settings)
    view = window.view
    # Read down to paragraph 3.2, its first line at the top of the view.
    found = view.document().find("Paragraph 3.2:")
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + view.cursorRect(found).top())
    assert line_at_top(window).startswith("Paragraph 3.2:")
    said: list[str] = []
    window.announcer.said.connect(said.append)
    larger = window.reading_controls.toolbar.widgetForAction(window.reading_controls.larger)
    assert larger is not None
    steps = [
        (lambda: qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier), 110),
        (lambda: qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier), 125),
        (lambda: qtbot.mouseClick(larger, Qt.MouseButton.LeftButton), 150),  # the toolbar's A+
        (lambda: window.appearance.set_font_scale(300), 300),  # the reading layout: the side panel folds
        (lambda: qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier), 250),
        (lambda: qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier), 100),
    ]
    for press, percent in steps:
        press()
        assert window.appearance.font_scale == percent
        qtbot.wait(SETTLE_MS + 100)  # the window has settled at its new size
        assert line_at_top(window).startswith("Paragraph 3.2:"), (percent, line_at_top(window))
        assert said[-1] == f"Text size {percent} percent"


def test_at_the_top_of_the_article_the_view_stays_at_the_top(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    window = long_article_window(qtbot, library_dir, settings)
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert window.view.verticalScrollBar().value() == 0
