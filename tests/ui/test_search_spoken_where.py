"""A screen reader hears where it is: the filter a key changed (walk 8, C3) and the words "Next match" landed
on (walk 8, C4), not only "1 article matches…" or "Match 2 of 3"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.core.search_library import write
from tests.ui.test_search_marks import open_first, searchable_window


def test_down_on_the_cancer_type_filter_says_which_filter_is_now_on(qtbot: QtBot, tmp_path: Path) -> None:
    write(tmp_path / "lib", "neck.md", "Lumps in the Neck", "/neck", "A lump in the neck is often an infection.",
          types="head-and-neck")  # fmt: skip
    write(tmp_path / "lib", "young.md", "Young People", "/aya", "A lump in the neck can be lymphoma.",
          types="adolescents-and-young-adults")  # fmt: skip
    window = searchable_window(qtbot, tmp_path)
    said: list[str] = []
    window.announcer.said.connect(said.append)
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, "lump neck")
    view = window.search.results
    qtbot.waitUntil(lambda: view.results is not None and view.results.text == "lump neck", timeout=5000)
    qtbot.waitUntil(lambda: any("2 articles match" in words for words in said), timeout=3000)
    # Tab from the box goes into the results page (its filters first, as ux8 made it), then Down.
    qtbot.keyClick(window.search.box.field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.type_filter
    qtbot.keyClick(view.type_filter, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.results is not None and view.results.total == 1, timeout=5000)
    qtbot.waitUntil(lambda: any("1 article matches" in words for words in said), timeout=3000)
    heard = next(words for words in said if "1 article matches" in words)
    assert heard == "Cancer type: Adolescents and young adults. 1 article matches “lump neck”"
    assert view.type_filter.currentText().startswith("Adolescents and young adults")


def test_next_match_says_the_words_around_the_match(qtbot: QtBot, tmp_path: Path) -> None:
    body = (
        "Most neck lumps are not cancer. Signs include a lump or pain in the neck or throat that does not go "
        "away after a few weeks of waiting. See a doctor."
    )
    write(tmp_path / "lib", "neck.md", "Neck Lumps", "/neck", body)
    window = searchable_window(qtbot, tmp_path)
    said: list[str] = []
    window.announcer.said.connect(said.append)
    open_first(qtbot, window, "pain")
    qtbot.waitUntil(lambda: window.search.next_match_action.isEnabled(), timeout=3000)
    window.search.next_match_action.trigger()
    assert said[-1] == "Match 1 of 1: “Signs include a lump or pain in the neck or throat that…”"
    # The text cursor is at the match, so the screen reader's "read line" starts there.
    cursor = window.view.textCursor()
    assert window.view.document().toPlainText()[cursor.position():].startswith("pain")
