"""The matches bar's words agree with the marks a person sees: "7 places match your search (the 3 that fit
best are marked)" when only 3 of the 7 are marked (walk 12, X11: it said "the places that fit best are
marked" over 3 marks of 7, and read as if all 7 were marked)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.search.match_bar import MatchBar
from tests.core.search_library import write
from tests.ui.test_search_marks import open_first, searchable_window

#: One table of side effects by the part of the body treated (the walk's "Radiation Therapy Side Effects"):
#: "Hair loss" in every row, all alike.
ROWS = ["Brain", "Breast", "Chest", "Head and neck", "Pelvis", "Rectum", "Stomach"]
BODY = "## Side effects by part of the body\n\n| Part | Side effect |\n|---|---|\n" + "\n".join(
    f"| {part} | Hair loss where treated |" for part in ROWS
)


def test_the_bar_says_how_many_places_are_marked(qtbot: QtBot, tmp_path: Path) -> None:
    write(tmp_path / "lib", "radiation.md", "Radiation Therapy Side Effects", "/treatment/radiation", BODY)
    window = searchable_window(qtbot, tmp_path)
    open_first(qtbot, window, "hair loss")
    bar = window.search.match_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.label.text() != "", timeout=5000)
    mark = window.appearance.theme.mark.lower()
    shown = [s for s in window.view.extraSelections() if s.format.background().color().name() == mark]
    places = window.search._places
    assert places is not None and len(places.places) == len(ROWS)
    assert 0 < len(shown) < len(ROWS)  # a few marked, the rest reached with Next match
    said = re.fullmatch(r"(\d+) places match your search \(the (\d+) that fit best are marked\)", bar.spoken)
    assert said is not None, bar.spoken
    assert (int(said[1]), int(said[2])) == (len(ROWS), len(shown))


def test_the_spanish_bar_says_how_many_are_marked(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, compiled_translations: Path
) -> None:
    install_language(qapp, "es")
    try:
        bar = MatchBar()
        qtbot.addWidget(bar)
        bar.show_count(7, 3)
        assert bar.spoken == "7 lugares coinciden con su búsqueda (se marcan los 3 que mejor coinciden)"
        bar.show_count(7, 1)
        assert bar.spoken == "7 lugares coinciden con su búsqueda (se marca el que mejor coincide)"
    finally:
        uninstall_language(qapp)
