"""A screen reader hears how many places match when a result opens (walk 6, C4)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.core.search_library import write
from tests.ui.test_search_marks import open_first, searchable_window


def test_opening_a_result_says_its_title_then_how_many_places_match(qtbot: QtBot, tmp_path: Path) -> None:
    write(tmp_path / "lib", "tired.md", "Feeling Tired", "/tired", "Fatigue is common. Rest helps fatigue.")
    window = searchable_window(qtbot, tmp_path)
    said: list[str] = []
    window.announcer.said.connect(said.append)
    open_first(qtbot, window, "fatigue")
    qtbot.waitUntil(lambda: "2 places match your search" in said, timeout=3000)
    assert said.index("Feeling Tired") < said.index("2 places match your search")
    assert window.search.match_bar.label.text() == "2 places match your search"
