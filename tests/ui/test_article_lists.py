"""A list right under a paragraph is shown, and told to screen readers, as a list (walk 10, C1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window
from tests.core.test_list_starts import IMMUNOTHERAPY
from tests.helpers import write_article


def test_the_items_are_a_list_in_the_view_and_lines_of_their_own_for_a_screen_reader(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    body = "## What are the types of immunotherapy?\n\n" + IMMUNOTHERAPY
    write_article(library_dir, "immuno.md", "Immunotherapy for Cancer", "https://www.cancer.gov/immuno", body)
    window = build_window(Library.load([library_dir]), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    key = next(a.key for a in window.library if a.url.endswith("/immuno"))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(key)
    document = window.view.document()
    paragraph = document.find("Learn more about immune checkpoint inhibitors.").block()
    assert paragraph.text() == "Learn more about immune checkpoint inhibitors."  # the paragraph ends there
    assert paragraph.textList() is None
    items = [document.find(words).block() for words in ("T-cell transfer therapy,", "Monoclonal antibodies,")]
    listed = items[0].textList()
    assert listed is not None and listed is items[1].textList() and listed.count() == 2
    assert listed.format().style().name == "ListDisc"  # drawn with a bullet, not a " - "
    # What a screen reader reads of the article's text: each item on a line of its own, no stray hyphen.
    text = QAccessible.queryAccessibleInterface(window.view).textInterface()
    words = text.text(0, text.characterCount())
    assert "\nT-cell transfer therapy, which" in words and "\nMonoclonal antibodies, which" in words
    assert " - " not in words and "inhibitors.\n" in words
