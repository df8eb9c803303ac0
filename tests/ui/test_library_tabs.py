"""The library browser fills a tab's list when the tab is first shown, and again after the library changes."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.ui.library.browser import LibraryBrowser
from tests.helpers import write_article

SITE = "https://www.cancer.gov"


def rows(tree) -> list[str]:  # noqa: ANN001 - a QTreeWidget
    """Every row's text, groups and articles."""
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        out.append(item.text(0))
        out += [item.child(j).text(0) for j in range(item.childCount())]
    return out


def test_each_tab_is_filled_when_first_shown_and_refilled_for_a_new_library(qtbot: QtBot, tmp_path: Path) -> None:
    text = "Cancer is when cells grow. You can ask your doctor about it."
    write_article(tmp_path / "one", "a.md", "Lung Cancer Basics", SITE + "/types/lung/basics", text)
    browser = LibraryBrowser()
    qtbot.addWidget(browser)
    browser.show()
    browser.set_library(Library.load([tmp_path / "one"]))
    assert "Lung Cancer Basics" in rows(browser.by_type), "the tab on screen is filled at once"
    assert rows(browser.by_topic) == [] and rows(browser.a_to_z) == [], "the hidden tabs wait"
    browser.tabs.setCurrentIndex(2)
    assert rows(browser.a_to_z) == ["Lung Cancer Basics"]
    write_article(tmp_path / "two", "b.md", "Skin Cancer Basics", SITE + "/types/skin/basics", text)
    browser.set_library(Library.load([tmp_path / "one", tmp_path / "two"]))
    assert rows(browser.a_to_z) == ["Lung Cancer Basics", "Skin Cancer Basics"], "the tab on screen is refilled"
    browser.tabs.setCurrentIndex(0)
    assert "Skin Cancer Basics" in rows(browser.by_type), "a tab filled before is refilled when shown again"
