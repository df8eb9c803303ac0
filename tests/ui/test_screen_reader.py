"""What a screen reader gets from the real window: link and heading objects, focus on links, the text
cursor, heading keys, spoken messages. Offscreen Qt has no screen-reader bridge, so `screen_reader_on`
makes Qt's "is one listening?" answer yes; tests/ui/test_atspi.py checks the same over the real AT-SPI
bus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.languages.install import install_language, uninstall_language
from reader.ui.screen_reader.announcer import Announcer
from reader.ui.screen_reader.link_words import (
    ANCHOR_PURPOSE,
    ARTICLE_PURPOSE,
    GLOSSARY_PURPOSE,
    MISSING_PURPOSE,
    WEB_PURPOSE,
    link_purpose,
)
from reader.ui.screen_reader.parts import selected_link
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article
from tests.ui.test_main_window import open_by_click

SEED_TITLE = "Immunotherapy | Breast Cancer Treatment"
SEED_HEADINGS = [
    (1, "Immunotherapy | Breast Cancer Treatment"),
    (1, "Immunotherapy for Breast Cancer"),
    (2, "Who gets immunotherapy for breast cancer?"),
    (2, "When is immunotherapy for breast cancer given?"),
    (2, "Immunotherapy drugs used for breast cancer"),
    (2, "Side effects of immunotherapy"),
]
SEED_LINKS = ["immune system", "Immunotherapy to Treat Cancer", "Triple-Negative Breast Cancer", "biomarker",
              "Tests for Breast Cancer Biomarkers", "chemotherapy", "Metastatic Breast Cancer",
              "Breast Cancer Recurrence", "Pembrolizumab", "diarrhea", "fatigue",
              "side effects of immunotherapy"]  # fmt: skip


@pytest.fixture
def screen_reader_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt answers that a screen reader is listening (the offscreen platform has no bridge)."""
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))


@pytest.fixture
def said(window: MainWindow) -> Iterator[list[str]]:
    """Every message the window tells screen readers, in order."""
    messages: list[str] = []
    window.announcer.said.connect(messages.append)
    yield messages


def parts_object(window: MainWindow) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(window.view.viewport())
    assert interface is not None
    return interface


def children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [interface.child(i) for i in range(interface.childCount())]


def focused_link(window: MainWindow) -> tuple[str, str] | None:
    """(name, description) of the link object a screen reader is on, if any."""
    node = parts_object(window).focusChild()
    if node is None:
        return None
    assert node.role() == QAccessible.Role.Link and node.state().focused
    return node.text(QAccessible.Text.Name), node.text(QAccessible.Text.Description)


def test_the_article_offers_its_links_and_headings_as_objects(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    view_object = QAccessible.queryAccessibleInterface(window.view)
    assert view_object.text(QAccessible.Text.Name) == "Article"
    assert view_object.textInterface() is not None  # Qt's text, caret and selection stay
    assert any(child.object() is window.view.viewport() for child in children(view_object))
    nodes = children(parts_object(window))
    headings = [n for n in nodes if n.role() == QAccessible.Role.Heading]
    links = [n for n in nodes if n.role() == QAccessible.Role.Link]
    assert len(nodes) == len(headings) + len(links)
    levels = [(n.attributesInterface().attributeValue(QAccessible.Attribute.Level),
               n.text(QAccessible.Text.Name)) for n in headings]  # fmt: skip
    assert levels == SEED_HEADINGS
    assert [n.text(QAccessible.Text.Name) for n in links] == SEED_LINKS
    for node in links:
        assert node.state().focusable and node.actionInterface() is not None
        assert node.parent().object() is window.view.viewport()
        assert parts_object(window).indexOfChild(node) == nodes.index(node)
    glossary = links[0]
    assert glossary.text(QAccessible.Text.Description) == GLOSSARY_PURPOSE
    assert links[1].text(QAccessible.Text.Description) == MISSING_PURPOSE  # not in this small library
    first = headings[0].rect()
    assert first.width() > 0 and first.height() > 0 and not headings[0].state().offscreen
    assert links[-1].state().offscreen  # scrolled out of view at the top of the page


def test_link_kinds_are_told_apart(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    links = [n for n in children(parts_object(window)) if n.role() == QAccessible.Role.Link]
    described = {n.text(QAccessible.Text.Name): n.text(QAccessible.Text.Description) for n in links}
    assert described == {
        "immunotherapy side effects": ARTICLE_PURPOSE,  # the seed article is in the library
        "lung cancer": MISSING_PURPOSE,
        "a website": WEB_PURPOSE,
    }
    assert link_purpose("#side-effects") == ANCHOR_PURPOSE
    assert link_purpose("article:seed-key") == ARTICLE_PURPOSE  # the glossary panel's article list


def test_the_press_action_follows_the_link(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    first = next(n for n in children(parts_object(window)) if n.role() == QAccessible.Role.Link)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        first.actionInterface().doAction(first.actionInterface().actionNames()[0])
    assert window.current is not None and window.current.display_title == SEED_TITLE


def test_tab_and_shift_tab_put_the_screen_reader_on_each_link(
    qtbot: QtBot, window: MainWindow, screen_reader_on: None
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    heard = []
    for _ in SEED_LINKS:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: (focused_link(window) or ("",))[0] == view.textCursor().selectedText())
        heard.append(focused_link(window))
    assert [name for name, _ in heard] == SEED_LINKS  # every link, once, in order
    assert heard[0] == ("immune system", GLOSSARY_PURPOSE)
    for expected in reversed(SEED_LINKS[:-1]):
        qtbot.keyClick(view, Qt.Key.Key_Backtab)
        qtbot.waitUntil(lambda expected=expected: (focused_link(window) or ("",))[0] == expected)
    assert selected_link(view) == ("glossary:46356", "immune system")


def test_after_moving_the_cursor_tab_goes_to_the_next_link_not_the_first(
    qtbot: QtBot, window: MainWindow, said: list[str]
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert said[-1] == "Heading level 2: When is immunotherapy for breast cancer given?"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().selectedText() == "chemotherapy"
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.textCursor().selectedText() == "Tests for Breast Cancer Biomarkers"


def test_h_and_shift_h_move_between_headings_and_say_them(
    qtbot: QtBot, window: MainWindow, said: list[str]
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    view = window.view
    view.setFocus()
    said.clear()
    for _ in SEED_HEADINGS[1:]:  # the page starts on its title: H goes to the next heading
        qtbot.keyClick(view, Qt.Key.Key_H)
    assert said[0] == "Heading level 1: Immunotherapy for Breast Cancer"
    assert said[-1] == "Heading level 2: Side effects of immunotherapy"
    assert [m.split(": ", 1)[1] for m in said] == [text for _, text in SEED_HEADINGS[1:]]
    block = view.document().findBlock(view.textCursor().position())
    assert block.text() == "Side effects of immunotherapy" and view.textCursor().atBlockStart()
    top = view.cursorRect(view.textCursor()).top()
    bar = view.verticalScrollBar()
    assert 0 <= top < view.viewport().height() // 3 or bar.value() == bar.maximum() > 0  # scrolled to it
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert said[-1] == "No more headings below."
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert said[-1] == "Heading level 2: Immunotherapy drugs used for breast cancer"


def test_text_cursor_reads_by_line_starts_at_the_top_and_ctrl_end_works(
    qtbot: QtBot, window: MainWindow, screen_reader_on: None
) -> None:
    window.screen_reader.caret.set_on(False)
    window.view.setFocus()  # a screen reader is running: the article gets its text cursor
    qtbot.waitUntil(
        lambda: bool(window.view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard)
    )
    assert window.actions_registry["caret"].isChecked()
    open_by_click(qtbot, window, SEED_TITLE)
    view = window.view
    view.setFocus()
    assert view.textCursor().position() == 0  # say-all starts at the top of a new article
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.textCursor().blockNumber() == 1
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().atEnd()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().position() == 0
    window.actions_registry["caret"].trigger()  # F7: off, for people who like the arrows to scroll
    assert not view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    view.clearFocus()
    view.setFocus()  # the person's choice stands
    assert not view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_an_arrow_key_on_a_link_takes_the_reader_back_to_the_text_and_moves(
    qtbot: QtBot, window: MainWindow, screen_reader_on: None
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    view = window.view
    window.screen_reader.caret.set_on(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused_link(window) is not None)
    end = view.textCursor().selectionEnd()
    line = view.cursorRect().top()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the reader is back on the text, at the link's end...
    assert focused_link(window) is None and not view.textCursor().hasSelection()
    assert view.textCursor().position() == end
    qtbot.waitUntil(lambda: view.cursorRect().top() > line)  # ...then the key moves it, once Orca is there
    assert view.textCursor().position() > end
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused_link(window) is not None)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # not lost either
    assert focused_link(window) is None
    qtbot.waitUntil(lambda: view.textCursor().position() == 0)


def test_a_definition_is_readable_and_focus_returns_to_the_word(
    qtbot: QtBot, window: MainWindow, screen_reader_on: None
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    view = window.view
    view.setFocus()
    for _ in range(4):  # to "biomarker", then back with Shift+Tab (the backward selection)
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.textCursor().selectedText() == "Triple-Negative Breast Cancer"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert selected_link(view) == ("glossary:45618", "biomarker")
    with qtbot.assertNotEmitted(window.glossaryRequested):  # not the panel: the definition in place
        qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = window.glossary_tips.popup
    qtbot.waitUntil(popup.label.hasFocus)
    spoken = QAccessible.queryAccessibleInterface(QApplication.focusWidget())
    assert spoken.text(QAccessible.Text.Name).startswith("biomarker")  # said once: the box is the text
    assert spoken.parent().object() is view  # in the window's tree, not a stray popup window
    qtbot.keyClick(popup.label, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert view.hasFocus() and selected_link(view) == ("glossary:45618", "biomarker")
    qtbot.waitUntil(lambda: focused_link(window) == ("biomarker", GLOSSARY_PURPOSE))


def test_opening_an_article_and_a_notice_are_said(qtbot: QtBot, window: MainWindow, said: list[str]) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    assert said[-1] == "Living with treatment"
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # a website
    qtbot.waitUntil(window.notice.isVisible)
    assert "cannot open it" in said[-1]


def test_announcer_says_each_message_once_and_progress_now_and_then(qtbot: QtBot, window: MainWindow) -> None:
    now = [100.0]
    announcer = Announcer(window, clock=lambda: now[0])
    heard: list[str] = []
    announcer.said.connect(heard.append)
    assert announcer.say("12 articles found")
    assert not announcer.say("12  articles found")  # the same words again at once: not repeated
    now[0] += 10
    assert announcer.say("12 articles found")  # later it may be said again
    for percent in range(0, 100, 2):
        now[0] += 0.2
        announcer.say(f"Preparing search: {percent}%", kind="progress", every=3.0)
    assert len([m for m in heard if m.startswith("Preparing")]) == 4  # 10 s of progress, every 3 s
    assert not announcer.say("   ")


def test_a_reused_message_object_tells_its_new_words_before_it_is_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """AT-SPI clients that cache names keep an object's name until told it changed: with three message
    objects reused in turn, the fourth message (search results) was read by an AT-SPI listener as the
    first ("Preparing search: 0%")."""
    from PySide6.QtGui import QAccessibleEvent

    sent: list[tuple[QAccessible.Event, str]] = []

    def record(event: QAccessibleEvent) -> None:
        interface = event.accessibleInterface()
        sent.append((event.type(), interface.text(QAccessible.Text.Name) if interface is not None else ""))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    notice = window.announcer.notice
    messages = [
        "Preparing search: 0%",
        "Preparing search: 50%",
        "Preparing search: 90%",
        "The best 20 of 226",
    ]
    for message in messages:
        notice.show_message(message)
    shown = [i for i, (kind, _name) in enumerate(sent) if kind == QAccessible.Event.ObjectShow]
    assert [sent[i][1] for i in shown] == messages
    for i in shown:  # each shown object first says its new name
        assert i > 0 and sent[i - 1] == (QAccessible.Event.NameChanged, sent[i][1])


def test_focus_follows_the_page_instead_of_jumping_to_the_search_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.home.page.setFocus()
    qtbot.waitUntil(window.home.page.hasFocus)
    article = next(a for a in window.library if a.display_title == SEED_TITLE)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.home.articleRequested.emit(article.key)
    qtbot.waitUntil(window.view.hasFocus)  # reading can start at once, from the top
    assert window.view.textCursor().position() == 0
    window.go_home()
    qtbot.waitUntil(window.home.page.hasFocus)
    assert not window.search.box.field.hasFocus()
    window.search.box.field.setFocus()
    qtbot.waitUntil(window.search.box.field.hasFocus)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)
    assert window.search.box.field.hasFocus()  # someone typing keeps the keyboard


def test_on_this_page_items_say_their_heading_and_level(qtbot: QtBot, window: MainWindow) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    contents = QAccessible.queryAccessibleInterface(window.contents)
    items = [node for node in children(contents) if node.role() == QAccessible.Role.ListItem]
    spoken = [(n.text(QAccessible.Text.Name), n.text(QAccessible.Text.Description)) for n in items]
    assert spoken == [(text, f"Heading level {level}") for level, text in SEED_HEADINGS[1:]]


def test_choosing_a_heading_in_on_this_page_moves_the_reading_position_there(
    qtbot: QtBot, window: MainWindow, said: list[str]
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    contents, view = window.contents, window.view
    contents.setFocus()
    qtbot.waitUntil(contents.hasFocus)
    contents.setCurrentRow(2)
    qtbot.keyClick(contents, Qt.Key.Key_Return)
    assert said[-1] == "Heading level 2: When is immunotherapy for breast cancer given?"
    qtbot.waitUntil(view.hasFocus)  # the keyboard (arrows, Tab, say all) goes on from that heading
    assert view.textCursor().block().text() == "When is immunotherapy for breast cancer given?"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().selectedText() == "chemotherapy"  # the first link after that heading


def test_tab_from_the_end_of_the_article_goes_round_to_the_search_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_by_click(qtbot, window, "Living with treatment")
    view = window.view
    view.setFocus()
    for _ in range(3):  # its three links
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.search.box.field.hasFocus()  # not the library's tabs, skipping the search box
    qtbot.keyClick(window.search.box.field, Qt.Key.Key_Tab)
    assert window.browser.reading_level.hasFocus()  # the list above the tabs, as on the screen
    qtbot.keyClick(window.browser.reading_level, Qt.Key.Key_Tab)
    assert window.browser.tabs.tabBar().hasFocus()


def test_search_preparation_bar_is_shown_but_not_read_out_every_few_seconds(window: MainWindow) -> None:
    progress = QAccessible.queryAccessibleInterface(window.search.box.progress)
    assert progress.role() == QAccessible.Role.ProgressBar
    assert progress.text(QAccessible.Text.Name) == "Search preparation"
    # Orca reads any progress bar with a value whenever it changes ("81 percent." over a link's words);
    # the search's own messages tell someone waiting for search how far it is.
    assert progress.valueInterface() is None


def citation_window(qtbot: QtBot, library_dir: Path, settings: Settings) -> MainWindow:
    body = "## Overview\n\nFatigue is common.[[1](#cit/section_1.1),[6](#cit/section_1.6)] See [rest](#rest).\n"
    write_article(library_dir, "pdq.md", "Fatigue (PDQ)", "https://www.cancer.gov/fatigue-pdq", body)
    window = build_window(Library.load([library_dir]), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    key = next(a.key for a in window.library if a.url.endswith("/fatigue-pdq"))
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(key)
    return window


def link_names(window: MainWindow) -> list[str]:
    return [n.text(QAccessible.Text.Name) for n in children(parts_object(window)) if n.role() == QAccessible.Role.Link]


@pytest.mark.usefixtures("screen_reader_on")
def test_citation_links_are_named_reference_n_and_look_the_same(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    """Walk 10, X5: PDQ citation links were named "1", "6" for a screen reader."""
    window = citation_window(qtbot, library_dir, settings)
    assert link_names(window) == ["Reference 1", "Reference 6", "rest"]  # an ordinary anchor keeps its words
    assert "common.[1,6]" in window.view.document().toPlainText()  # on the page: the numbers, as before


@pytest.mark.usefixtures("screen_reader_on", "compiled_translations")
def test_citation_links_in_spanish(qtbot: QtBot, qapp: QApplication, library_dir: Path, settings: Settings) -> None:
    install_language(qapp, "es")
    try:
        window = citation_window(qtbot, library_dir, settings)
        assert link_names(window)[:2] == ["Referencia 1", "Referencia 6"]
    finally:
        uninstall_language(qapp)
