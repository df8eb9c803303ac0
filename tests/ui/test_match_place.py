"""Where Find and Next match take a person: numbered from the article's top, starting at what is on
screen, and shown a third of the way down the view, not on its last line (walk 10, X6 and X11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow
from tests.core.search_library import write
from tests.ui.test_search_marks import open_first, searchable_window

#: Unmarked mentions of "sleep" in the first lines, the passage that answers "sleep problems" under them.
INTRO = "Sleep matters. Good sleep helps. Poor sleep is common.\n\n"
ANSWER = "Sleep problems are common during treatment. Sleep problems can be helped.\n\n"
FILLER = "\n\n".join(f"Paragraph {n} is about other things in daily life." for n in range(80))


def sleep_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    body = f"## About rest\n\n{INTRO}{ANSWER}## Later\n\n{FILLER}\n\nSleep comes back near the end.\n\n{FILLER}\n"
    write(tmp_path / "lib", "sleep.md", "Sleep and Cancer", "/side-effects/sleep", body)
    window = searchable_window(qtbot, tmp_path)
    window.resize(900, 600)
    return window


def line_top(window: MainWindow, position: int) -> int:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(position)
    return window.view.cursorRect(cursor).top()


def test_the_first_next_match_is_match_1_when_the_article_opens_at_its_top(qtbot: QtBot, tmp_path: Path) -> None:
    window = sleep_window(qtbot, tmp_path)
    open_first(qtbot, window, "sleep problems")
    places = window.search._places
    assert places is not None and places.first > 0  # the view opens at the answer, below other places
    assert window.view.verticalScrollBar().value() == 0  # the answer is in the first screen: from the top
    window.search.match_bar.next_button.click()
    assert places.current == 0
    assert window.search.match_bar.label.text() == f"Match 1 of {len(places.places)}"
    window.search.match_bar.next_button.click()
    assert window.search.match_bar.label.text() == f"Match 2 of {len(places.places)}"


def test_next_match_after_scrolling_away_goes_on_from_what_is_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    window = sleep_window(qtbot, tmp_path)
    open_first(qtbot, window, "sleep problems")
    places = window.search._places
    assert places is not None
    window.search.match_bar.next_button.click()
    assert places.current == 0
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 5)  # the person reads on, to the lines before the last place
    window.search.match_bar.next_button.click()
    last = len(places.places) - 1
    assert places.current == last  # "Sleep comes back near the end", not the place after the first
    assert window.search.match_bar.label.text() == f"Match {last + 1} of {len(places.places)}"


def test_find_shows_a_match_far_down_a_third_of_the_way_down(qtbot: QtBot, tmp_path: Path) -> None:
    window = sleep_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(next(a for a in window.library if a.display_title == "Sleep and Cancer").key)
    window.find_bar.open()
    qtbot.keyClicks(window.find_bar.field, "comes back")
    view = window.view
    assert view.verticalScrollBar().value() > 0
    top = line_top(window, view.textCursor().selectionStart())
    height = view.viewport().height()
    # Qt alone left it on the last line; now about a third down, with the lines before it in view.
    assert height // 4 <= top <= height // 2, (top, height)
    # Find again from the top: the first match, near the top, needs no scrolling at all.
    view.verticalScrollBar().setValue(0)
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, "Sleep matters")
    assert view.verticalScrollBar().value() == 0


def test_next_match_far_down_is_shown_a_third_of_the_way_down(qtbot: QtBot, tmp_path: Path) -> None:
    window = sleep_window(qtbot, tmp_path)
    open_first(qtbot, window, "sleep problems")
    places = window.search._places
    assert places is not None
    while places.current != len(places.places) - 1:
        window.search.match_bar.next_button.click()
    top = line_top(window, places.places[places.current][0])
    height = window.view.viewport().height()
    assert height // 4 <= top <= height // 2, (top, height)
