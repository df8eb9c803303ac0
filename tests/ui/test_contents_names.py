"""'On this page' of an overview with the same heading five times: each row says which part it is, and
leads there (walk 10, X8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.main_window import MainWindow
from tests.core.test_heading_names import OVERVIEW
from tests.helpers import write_article


def test_on_this_page_tells_repeated_headings_apart_and_jumps_to_each(qtbot: QtBot, tmp_path: Path) -> None:
    filler = "\n\n".join(f"Paragraph {n} about daily life." for n in range(40))
    body = OVERVIEW.replace("## Learn more", f"{filler}\n\n## Learn more").replace("## Coping", f"{filler}\n\n## Coping")
    write_article(tmp_path / "lib", "breast.md", "Breast Cancer", "https://www.cancer.gov/types/breast", body)
    window = MainWindow(Library.load([tmp_path / "lib"]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(window.library.articles[0].key)
    contents = window.contents
    rows = [contents.item(i).text().strip() for i in range(contents.count())]
    learn = [row for row in rows if row.casefold().startswith("learn more")]
    assert learn == ["Learn More — What Is Breast Cancer?", "Learn more — Signs & Symptoms",
                     "Learn More — Treatment depends on the stage."]  # fmt: skip
    # A screen reader hears the same words, without the indent.
    row = contents.item(rows.index("Learn more — Signs & Symptoms"))
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == "Learn more — Signs & Symptoms"
    # The article's heading keeps its own words; the row leads to it.
    document = window.view.document()
    assert document.find("Learn more — Signs").isNull()
    contents.scrollToItem(row)
    qtbot.mouseClick(contents.viewport(), Qt.MouseButton.LeftButton, pos=contents.visualItemRect(row).center())
    heading = document.find("Signs & Symptoms")
    top = window.view.cursorRect(heading).top()
    assert 0 <= top < window.view.viewport().height() // 3  # jumped: the part is at the top of the view
