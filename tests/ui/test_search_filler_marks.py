"""Filler words are neither a reason to list an article nor marked in it (walk 6, C7), in the window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.search.results_view import HIT_ROLE
from tests.core.search_library import write
from tests.ui.test_search_marks import marked, open_first, searchable_window
from tests.ui.test_search_ui import shown_titles


def test_makes_and_out_are_not_marked_and_find_nothing_alone(qtbot: QtBot, tmp_path: Path) -> None:
    write(tmp_path / "lib", "tired.md", "Feeling Tired", "/tired",
          "Chemo often makes people tired. Rest when you can, and carry out only the tasks you need.")  # fmt: skip
    write(tmp_path / "lib", "marrow.md", "Bone Marrow", "/marrow", "The bone marrow makes blood cells.")
    window = searchable_window(qtbot, tmp_path)
    for words in ("chemo makes me tired", "chemo makes me tired out"):
        window.go_home()  # so the same article opens again (with articleShown)
        open_first(qtbot, window, words)
        assert shown_titles(window) == ["Feeling Tired"]  # not "Bone Marrow", found on "makes" before
        snippet = window.search.results.list.item(0).data(HIT_ROLE).snippet
        assert "<b>makes</b>" not in snippet and "<b>out</b>" not in snippet
        assert {text.lower() for _, text in marked(window)} == {"chemo", "tired"}  # never "makes", "out"
