"""The main window driven as a person would: clicks, keys, links, back, find."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow

SEED_URL = "https://www.cancer.gov/types/breast/treatment/immunotherapy"


def click_tree_item(qtbot: QtBot, tree: QTreeWidget, title: str) -> None:
    """Click the row of the tree that shows this title."""
    matches = tree.findItems(title, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert matches, f"{title!r} is not in the list"
    item = matches[0]
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_link(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Click the link whose words are text in the article view."""
    view = window.view
    cursor = view.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not in the article"
    cursor.setPosition(cursor.selectionStart() + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point: QPoint = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def open_by_click(qtbot: QtBot, window: MainWindow, title: str) -> None:
    window.browser.tabs.setCurrentIndex(2)  # A-Z
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        click_tree_item(qtbot, window.browser.a_to_z, title)


def test_starts_on_home_view_that_lists_the_library(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.home
    text = window.home.page.toPlainText()
    assert "Your library has 2 articles" in text
    assert "Your type of cancer" in text and "Breast" in text, "the home starts from needs, not titles A-Z"
    assert "Add a folder of articles" in window.home.add_folder.text()


def test_open_seed_article_from_the_browser(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Immunotherapy | Breast Cancer Treatment")
    assert window.stack.currentWidget() is window.article_page
    text = window.view.toPlainText()
    assert "Immunotherapy for Breast Cancer" in text
    assert "Web address: " + SEED_URL in text
    assert "Picture: A health professional" in text
    headings = [window.contents.item(i).text().strip() for i in range(window.contents.count())]
    assert "Side effects of immunotherapy" in headings


def test_follow_in_library_link_then_go_back(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    living = window.current
    with qtbot.waitSignal(window.articleShown, timeout=5000) as shown:
        click_link(qtbot, window, "immunotherapy side effects")
    assert window.current is not None and window.current.url == SEED_URL
    assert shown.args == [window.current.key]
    qtbot.waitUntil(lambda: window.view.verticalScrollBar().value() > 0)  # scrolled to the fragment
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current is living
    assert "Living with treatment" in window.windowTitle()
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current is not None and window.current.url == SEED_URL


def test_links_that_leave_the_library_show_an_offline_notice(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    current = window.current
    click_link(qtbot, window, "a website")
    assert window.notice.isVisible()
    assert "works without the internet" in window.notice.label.text()
    assert "https://www.example.org/help" in window.notice.label.text()
    click_link(qtbot, window, "lung cancer")
    assert "not in your offline library" in window.notice.label.text()
    assert window.current is current


def test_find_in_page(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Immunotherapy | Breast Cancer Treatment")
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    assert window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "immunotherapy")
    assert window.view.textCursor().selectedText().lower() == "immunotherapy"
    first = window.view.textCursor().position()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.view.textCursor().position() != first
    qtbot.keyClicks(window.find_bar.field, "zzz")
    assert window.find_bar.result.text() == "Not found"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_home_link_and_back_button(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    window.toolbar.widgetForAction(window.actions_registry["home"]).click()
    assert window.stack.currentWidget() is window.home
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.toolbar.widgetForAction(window.actions_registry["back"]).click()
    assert window.current is not None and window.current.display_title == "Living with treatment"


def test_window_size_is_remembered(qtbot: QtBot, library_dir: Path, settings: Settings) -> None:
    first = build_window(Library.load([library_dir]), settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = build_window(Library.load([library_dir]), Settings(settings.path))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_add_a_folder_of_articles(qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from tests.helpers import write_article

    extra = tmp_path / "clinic"
    write_article(extra, "c.md", "Clinic parking", "/clinic/parking", "Where to park.")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(extra))
    with qtbot.waitSignal(window.libraryChanged, timeout=5000):
        window.home.add_folder.click()
    assert len(window.library) == 3
    assert str(extra) in window.settings.get("library_folders")
    assert "Your library has 3 articles" in window.home.page.toPlainText()


def test_no_network_while_loading_and_reading(
    qtbot: QtBot, no_network: list[str], library_dir: Path, settings: Settings
) -> None:  # noqa: E501
    win = build_window(Library.load([library_dir]), settings)
    qtbot.addWidget(win)
    win.show()
    for article in win.library:
        with qtbot.waitSignal(win.articleShown, timeout=5000):
            win.open_article(article.key)
    living = win.library.by_url("/about-cancer/living")
    assert living is not None
    with qtbot.waitSignal(win.articleShown, timeout=5000):
        win.open_article(living.key)
    click_link(qtbot, win, "a website")
    click_link(qtbot, win, "lung cancer")
    assert win.notice.isVisible()
    assert no_network == []


def test_menus_in_the_usual_order_help_last(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[0] == "File" and titles[-1] == "Help"
    assert titles.index("Edit") < titles.index("View") < titles.index("Go")
