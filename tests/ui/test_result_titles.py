"""A result's title cut by a short row ends with "…", and the whole title stays in the item for screen
readers and in its tooltip (a kiosk at 300 % with the keyboard up showed "Pancreatic Cancer Statistics | Did"
and nothing to say the title went on)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window
from tests.core.search_library import write

LONG = "Pancreatic Cancer Statistics and Survival Rates Explained for Patients and Their Families"


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskController]:
    """A 1280x800 kiosk with two long-titled articles and a short one, its search ready."""
    write(tmp_path / "lib", "a.md", LONG, "/a", "Survival rate numbers come from large groups. " * 3)
    write(tmp_path / "lib", "b.md", LONG + " Again", "/b", "Survival rate numbers for families. " * 3)
    write(tmp_path / "lib", "c.md", "Survival", "/c", "Survival rate is a number. " * 3)
    window = build_window(Library.load([tmp_path / "lib"]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    service = window.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    yield controller
    controller.exit_kiosk()


def test_a_title_cut_by_the_row_ends_with_an_ellipsis_and_is_whole_for_screen_readers(
    qtbot: QtBot, kiosk: KioskController
) -> None:
    window = kiosk.window
    keyboard = kiosk.keyboard
    assert keyboard is not None
    window.appearance.set_font_scale(300)
    qtbot.wait(50)
    window.setGeometry(0, 0, 1280, 800)
    field = window.search.box.field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    qtbot.waitUntil(keyboard.dock.isVisible)
    for char in "survival":
        key = keyboard.keyboard.keys[char]
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())
    listing = window.search.results.list
    qtbot.waitUntil(lambda: listing.count() == 3, timeout=5000)
    qtbot.wait(50)
    rows = {listing.item(row).toolTip(): row for row in range(listing.count())}
    assert set(rows) == {LONG, LONG + " Again", "Survival"}  # the whole title in the tooltip
    row = rows[LONG]
    shown = listing.title_shown(row)
    # At 300 % the title takes more lines than the row (half the list above the keyboard) can show.
    assert shown.endswith("…") and shown != LONG
    assert LONG.startswith(shown[:-1].rstrip())  # the start of the title, cut at a word
    assert listing.item(row).text().startswith(LONG + ".")  # what a screen reader reads: the whole title
    assert listing.title_shown(rows["Survival"]) == "Survival"  # a short title is left alone
    # With the keyboard hidden the rows are taller: the whole title shows, with no "…".
    keyboard.hide()
    qtbot.waitUntil(lambda: listing.title_shown(row) == LONG, timeout=3000)
