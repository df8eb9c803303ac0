"""An article opened from search keeps its title in view, or names itself in the match bar (walk 6, X2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow
from tests.core.search_library import write
from tests.ui.test_search_marks import marked, open_first, searchable_window

INTRO = "\n\n".join(f"Part {n} of the opening words about living well." for n in range(5))
FAR = "\n\n".join(f"Paragraph {n} about living well with a routine." for n in range(80))


def title_on_screen(window: MainWindow) -> bool:
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(1)  # in the title block, the page's first line
    return view.viewport().rect().contains(view.cursorRect(cursor))


def mark_on_screen(window: MainWindow) -> bool:
    view = window.view
    marks = view.extraSelections()
    if not marks:
        return False
    first = marks[0]
    return view.viewport().rect().contains(view.cursorRect(first.cursor))


def test_a_match_in_the_first_screenful_opens_with_the_title_in_view(qtbot: QtBot, tmp_path: Path) -> None:
    write(tmp_path / "lib", "hair.md", "Hair Loss and Cancer", "/side-effects/hair-loss",
          INTRO + "\n\nMany people worry about wigs and scarves.\n\n" + FAR)  # fmt: skip
    window = searchable_window(qtbot, tmp_path)
    window.resize(1000, 700)
    open_first(qtbot, window, "wigs")
    view = window.view
    qtbot.wait(50)  # the second scroll, once the match bar is laid out
    selection = view.extraSelections()[0]
    first = selection.cursor
    top = view.verticalScrollBar().value() + view.cursorRect(first).top()
    assert top > view.viewport().height() // 4  # further down than the quarter the old jump put it at
    assert view.verticalScrollBar().value() == 0
    assert title_on_screen(window) and mark_on_screen(window)
    assert "Hair Loss" not in window.search.match_bar.label.text()  # the title is on screen already


def test_a_match_far_down_is_shown_and_the_bar_names_the_article(qtbot: QtBot, tmp_path: Path) -> None:
    write(tmp_path / "lib", "routine.md", "Keeping a Routine", "/coping/routine",
          FAR + "\n\nKeep a diary of your fatigue and show it to your doctor.")  # fmt: skip
    window = searchable_window(qtbot, tmp_path)
    open_first(qtbot, window, "diary")
    qtbot.waitUntil(lambda: "Keeping a Routine" in window.search.match_bar.label.text())
    assert window.search.match_bar.label.text() == "1 place in “Keeping a Routine” matches your search"
    assert mark_on_screen(window) and not title_on_screen(window)
    window.search.next_match()
    assert window.search.match_bar.label.text() == "Match 1 of 1"


def test_words_marked_side_by_side_are_one_place_and_never_cut_at_the_limit(qtbot: QtBot, tmp_path: Path) -> None:
    """Walk 6, X10: the third mark of a part fell on "hair" of "hair loss", and "loss" was left plain."""
    write(tmp_path / "lib", "pill.md", "The Blue Pill", "/pill",
          "## Taking it\n\nA blue cup. A blue pill helps. Take the blue pill daily. Keep the blue pill dry.")  # fmt: skip
    window = searchable_window(qtbot, tmp_path)
    open_first(qtbot, window, "blue pill")
    marks = [text.lower() for _, text in marked(window)]
    # Three places, each "blue pill" marked whole (words side by side are one place); never a "blue" without
    # its "pill". "A blue cup." holds one word of two: no answer, not marked (walk 8, C5).
    assert marks == ["blue pill", "blue pill", "blue pill"]
