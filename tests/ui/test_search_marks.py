"""Marks in an article opened from search: honest (text only, matched words only), few, movable, clearable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.search.highlight import MARKS_PER_SECTION, body_start
from reader.ui.window.main_window import MainWindow
from tests.core.search_library import write
from tests.helpers import write_article

SECTION = "Fatigue is common. " * 5


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A window on one long fatigue article, with its index built in tmp_path."""
    body = (
        "## What is fatigue?\n\n" + SECTION + "\n\nWhat is the address? See https://www.cancer.gov/fatigue-what "
        "or cancer.gov/fatigue for more.\n\n## Living with fatigue\n\n" + SECTION
        + "\n\n## Other things\n\n" + "\n\n".join(f"Paragraph {n} about rest." for n in range(60))
        + "\n\n## Late part\n\n" + SECTION
    )  # fmt: skip
    write(tmp_path / "lib", "fatigue.md", "About Fatigue", "/side-effects/fatigue", body)
    return searchable_window(qtbot, tmp_path)


def searchable_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A shown window on the library in tmp_path/lib (with a short nausea article added), its index ready."""
    write(tmp_path / "lib", "other.md", "Nausea", "/side-effects/nausea", "Nausea is feeling sick.")
    win = MainWindow(Library.load([tmp_path / "lib"]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    service = win.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    return win


def open_first(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Search in the box and open the first result with Enter."""
    window.search.box.focus()
    qtbot.keyClicks(window.search.box.field, text)
    qtbot.waitUntil(lambda: window.search.results.results is not None
                    and window.search.results.results.text == text, timeout=5000)  # fmt: skip
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        qtbot.keyClick(window.search.box.field, Qt.Key.Key_Return)


def marked(window: MainWindow) -> list[tuple[int, str]]:
    return [(m.cursor.selectionStart(), m.cursor.selectedText()) for m in window.view.extraSelections()]


def test_only_matched_words_in_the_text_are_marked_a_few_per_part(qtbot: QtBot, window: MainWindow) -> None:
    open_first(qtbot, window, "what is fatigue")
    marks = marked(window)
    start = body_start(window.view.document())
    assert marks and all(pos >= start for pos, _ in marks)  # not the title, facts or review notice
    assert {text.lower() for _, text in marks} == {"fatigue"}  # never "what" or "is"
    # Each part shows at most the first few; the web addresses' words are never marked.
    # The first few in each of the 3 parts with SECTION ("What is fatigue?", "Living with", "Late part"); the
    # "# About Fatigue" line that repeats the title is not on the page (the title shows once, unmarked).
    assert len(marks) == 3 * MARKS_PER_SECTION
    text = window.view.document().toRawText()
    assert not any(text[pos - 1] in "/.-" for pos, _ in marks)
    bar = window.search.match_bar
    assert bar.isVisibleTo(window) and "places match your search" in bar.label.text()


def test_next_match_moves_through_every_place_and_escape_clears(qtbot: QtBot, window: MainWindow) -> None:
    open_first(qtbot, window, "fatigue")
    places = window.search._places
    assert places is not None and len(places.places) > len(places.marked)
    first_top = window.view.verticalScrollBar().value()
    for _ in range(len(places.marked) + 2):
        window.search.match_bar.next_button.click()
    assert places.current == len(places.marked) + 1
    assert window.search.match_bar.label.text() == f"Match {places.current + 1} of {len(places.places)}"
    selection = window.view.extraSelections()[-1]
    current = selection.cursor
    assert current.selectedText().lower() == "fatigue"
    assert window.view.viewport().rect().contains(window.view.cursorRect(current))
    # In the first screen, in a comfortable place: the page stays still (it jumped at every press before).
    assert window.view.verticalScrollBar().value() == first_top
    # F3 does the same.
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert places.current == len(places.marked) + 2
    # Escape in the search box clears the search and the marks.
    window.search.box.focus()
    qtbot.keyClick(window.search.box.field, Qt.Key.Key_Escape)
    assert window.view.extraSelections() == []
    assert not window.search.match_bar.isVisibleTo(window)
    assert not window.search.next_match_action.isEnabled()


def test_clear_marks_button(qtbot: QtBot, window: MainWindow) -> None:
    open_first(qtbot, window, "fatigue")
    assert window.view.extraSelections()
    window.search.match_bar.clear_button.click()
    assert window.view.extraSelections() == [] and not window.search.match_bar.isVisibleTo(window)


def test_going_home_takes_the_match_bar_away(qtbot: QtBot, window: MainWindow) -> None:
    open_first(qtbot, window, "fatigue")
    assert window.search.match_bar.isVisibleTo(window)
    window.go_home()
    assert not window.search.match_bar.isVisibleTo(window)
    assert not window.search.next_match_action.isEnabled()


def test_a_new_search_takes_the_last_articles_match_bar_away(qtbot: QtBot, window: MainWindow) -> None:
    open_first(qtbot, window, "fatigue")
    assert window.search.match_bar.isVisibleTo(window)
    window.search.box.focus()
    window.search.box.field.selectAll()
    qtbot.keyClicks(window.search.box.field, "nausea")
    qtbot.waitUntil(lambda: window.search.results.results is not None
                    and window.search.results.results.text == "nausea", timeout=5000)  # fmt: skip
    assert window.page_on_screen() is window.search.results
    assert not window.search.match_bar.isVisibleTo(window)  # "N places match" was the fatigue article's
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        qtbot.keyClick(window.search.box.field, Qt.Key.Key_Return)
    assert window.search.match_bar.isVisibleTo(window)  # the opened result's own marks
    assert "1 place matches" in window.search.match_bar.label.text()


def test_back_from_new_results_to_the_marked_article_brings_its_bar_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Walk 9: a new search shown over a marked article hid its bar; Back showed the article again, marks and
    all, but without the bar (no count, no Next match, no way to clear the marks but a new search)."""
    open_first(qtbot, window, "fatigue")
    bar = window.search.match_bar
    said = bar.label.text()
    window.search.match_bar.next_button.click()  # moved on: Back keeps the place moved to
    moved = bar.label.text()
    assert moved.startswith("Match 1 of")
    window.search.box.focus()
    window.search.box.field.selectAll()
    qtbot.keyClicks(window.search.box.field, "nausea")
    qtbot.waitUntil(lambda: window.search.results.results is not None
                    and window.search.results.results.text == "nausea", timeout=5000)  # fmt: skip
    assert window.page_on_screen() is window.search.results and not bar.isVisibleTo(window)
    window.activateWindow()
    qtbot.keyClick(window.search.results.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert window.page_on_screen() is window.article_page
    assert window.view.extraSelections()  # the marks were still there...
    assert bar.isVisibleTo(window) and window.search.match_toolbar.isVisible()  # ...and now their bar is
    assert bar.label.text() == moved and said != moved
    bar.next_button.click()
    assert bar.label.text().startswith("Match 2 of")
    bar.clear_button.click()
    assert window.view.extraSelections() == [] and not bar.isVisibleTo(window)


def test_a_spanish_article_has_whole_spanish_words_marked(qtbot: QtBot, tmp_path: Path) -> None:
    es = tmp_path / "es"
    body = ("## Qué es\n\nDespués de la quimioterapia muchas personas sienten cansancio. "
            "El cansancio de la quimio pasa con el tiempo.\n")  # fmt: skip
    write_article(es, "cansancio.md", "El cansancio", "https://example.org/es/cansancio", body, language="es")
    write_article(es, "dolor.md", "El dolor", "https://example.org/es/dolor", "El dolor se puede tratar.",
                  language="es")  # fmt: skip
    win = MainWindow(Library.load([es]), Settings(tmp_path / "settings.json"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    service = win.search.use_index(tmp_path / "cache")
    qtbot.waitUntil(lambda: not service.busy and service.status.searchable, timeout=10000)
    open_first(qtbot, win, "cansancio despues de la quimio")
    words = {text.casefold() for _start, text in marked(win)}
    # Whole words, accents and all (only "despu" was marked before), the first three of the part.
    assert words == {"después", "quimioterapia", "cansancio"}
    assert "5 places match" in win.search.match_bar.label.text()  # the second cansancio and quimio too


def test_sub_headings_belong_to_their_part_so_a_long_summary_is_not_marked_all_over(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A PDQ summary has a few main parts and many sub-headings: "Late Effects of Treatment for Childhood
    Cancer" got 361 marks over its 157 headings (3 under nearly every one); a sub-heading's words belong
    to its main part."""
    subparts = "\n\n".join(
        f"### Effects on organ {n}\n\nLate effects of treatment can show up here." for n in range(12)
    )
    body = ("## Late effects\n\n" + subparts + "\n\n## Follow-up care\n\n"
            + "Late effects are looked for at every visit. Late effects may be mild.\n")  # fmt: skip
    write(tmp_path / "lib", "late.md", "Late Effects", "/types/childhood-cancers/late-effects", body)
    win = searchable_window(qtbot, tmp_path)
    open_first(qtbot, win, "late effects")
    places = win.search._places
    assert places is not None and len(places.places) > 20  # "late" and "effects" in every sub-part
    document = win.view.document()
    follow_up = document.find("Follow-up care").selectionStart()
    # A place is a run of words marked side by side in a paragraph ("Late effects": walk 6, X10).
    text = document.toRawText()
    marks = marked(win)
    starts = [pos for i, (pos, _text) in enumerate(marks)
              if i == 0 or text[marks[i - 1][0] + len(marks[i - 1][1]) : pos].strip(" ")]  # fmt: skip
    before = [pos for pos in starts if pos < follow_up]
    after = [pos for pos in starts if pos > follow_up]
    assert len(before) == MARKS_PER_SECTION and len(after) == 2  # the follow-up part says it twice
    assert f"{len(places.places)} places match your search" in win.search.match_bar.label.text()
    # Next match still goes through every place, the sub-parts' too.
    for _ in range(len(places.places)):
        win.search.match_bar.next_button.click()
    assert places.current == len(places.places) - 1


def test_next_match_stays_under_the_pointer_when_the_count_changes(qtbot: QtBot, window: MainWindow) -> None:
    """Walk 6, C1: the label changed from "N places match…" to "Match 1 of N" and the button jumped left,
    so a second click at the same spot hit nothing."""
    open_first(qtbot, window, "fatigue")
    button = window.search.match_bar.next_button
    qtbot.waitUntil(lambda: button.isVisible())
    spot = button.mapTo(window, button.rect().center())
    for number in (1, 2, 3):
        target = window.childAt(spot)
        assert target is button, f"click {number} at the same spot hits {target!r}, not Next match"
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        qtbot.wait(20)  # the bar's layout settles
    places = window.search._places
    assert places is not None and places.current == 2
    assert window.search.match_bar.label.text().startswith("Match 3 of ")


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_current_match_looks_different_from_the_other_marks(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    """Walk 6, C1: "Match 2 of 48" looked exactly like "Match 1 of 48": the place moved to has its own colour."""
    window.appearance.set_theme(theme)
    open_first(qtbot, window, "fatigue")
    qtbot.waitUntil(lambda: bool(window.view.extraSelections()))
    window.search.match_bar.next_button.click()
    window.search.match_bar.next_button.click()  # the second place: marked, and now the current one too
    places = window.search._places
    assert places is not None and places.current == 1 and places.places[1] in places.marked
    qtbot.wait(50)
    image = window.view.viewport().grab().toImage()
    look = window.appearance.theme

    def colours_in(span: tuple[int, int]) -> set[str]:
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(span[0])
        left = window.view.cursorRect(cursor)
        cursor.setPosition(span[1])
        right = window.view.cursorRect(cursor)
        found = set()
        for x in range(left.left() + 1, right.left() - 1):
            for y in range(left.top() + 1, left.bottom()):
                found.add(QColor(image.pixel(x, y)).name())
        return found

    current = colours_in(places.places[1])
    other = colours_in(places.marked[2])
    assert look.current_mark in current and look.current_mark not in other
    assert look.mark in other and look.mark not in current


def test_a_screen_reader_hears_where_next_match_moved(qtbot: QtBot, window: MainWindow) -> None:
    """Walk 6, C4: F3 changed the bar's words to "Match 1 of 54" but nothing reached the screen reader."""
    open_first(qtbot, window, "fatigue")
    said: list[str] = []
    window.announcer.said.connect(said.append)
    places = window.search._places
    assert places is not None
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    window.search.match_bar.next_button.click()
    total = len(places.places)
    # With the words there (walk 8, C4): the heading, then the first sentences of its part.
    assert said == [f"Match 1 of {total}: “What is fatigue?”", f"Match 2 of {total}: “Fatigue is common.”",
                    f"Match 3 of {total}: “Fatigue is common.”"]


def test_marks_land_on_the_sentence_where_the_searchs_words_meet(qtbot: QtBot, tmp_path: Path) -> None:
    """Walk 8, C5: "what is breast cancer" marked the three "breast"s of a picture description and left
    "Breast cancer is cancer that starts in the breast" unmarked; F3 went first to the picture too."""
    body = ("## About the breast\n\n"
            "![Illustration of the female breast anatomy: the breast lobes, the breast ducts](breast.png)\n\n"
            "Each breast has lobes and ducts. The breast sits on the chest. Breast tissue changes with age.\n\n"
            "Breast cancer is cancer that starts in the breast. It can start in one breast or both.\n\n"
            "## Other things\n\nThe breast changes in pregnancy.\n")  # fmt: skip
    write(tmp_path / "lib", "breast.md", "Breast Basics", "/types/breast/basics", body)
    win = searchable_window(qtbot, tmp_path)
    open_first(qtbot, win, "what is breast cancer")
    document = win.view.document()
    answer = document.find("Breast cancer is cancer that starts in the breast.")
    picture = document.find("Picture: Illustration")
    assert not answer.isNull() and not picture.isNull()
    marks = marked(win)
    assert marks, "nothing marked"
    inside = [(pos, text) for pos, text in marks if answer.selectionStart() <= pos < answer.selectionEnd()]
    assert inside == marks[: len(inside)] and len(inside) == len(marks)  # every mark in the answer
    # "Breast cancer": words side by side are one place, marked whole.
    assert [text.lower() for _pos, text in inside] == ["breast cancer", "cancer", "breast"]
    # The part that only says "breast" is far below the answer's score: not marked (Next match goes there).
    places = win.search._places
    assert places is not None and len(places.places) > len(marks)
    # The view opens at the top, the answer on screen: F3 counts from the top, as a person reads (walk 10,
    # X6: it went first to the answer and said "Match 10 of 39"), and reaches the answer after the picture.
    assert win.view.verticalScrollBar().value() == 0
    win.search.match_bar.next_button.click()
    assert places.current == 0
    assert win.search.match_bar.label.text() == f"Match 1 of {len(places.places)}"
    while places.places[places.current][0] < answer.selectionStart():
        win.search.match_bar.next_button.click()
    assert places.places[places.current][0] == answer.selectionStart()


def test_the_view_opens_at_the_passage_that_answers_far_down(qtbot: QtBot, tmp_path: Path) -> None:
    """Walk 8, C5: "lump in my neck" marked "neck" in the first lines; the sentence with the lump was
    never marked and out of view. The view opens at the answering passage, wherever it is."""
    filler = "\n\n".join(f"The neck holds part {n} of the throat." for n in range(60))
    body = (f"## The neck\n\n{filler}\n\nSigns include a lump in the neck that does not go away.\n\n"
            "More about the neck and its parts.\n")  # fmt: skip
    write(tmp_path / "lib", "neck.md", "Neck Cancer", "/types/head-and-neck/neck", body)
    win = searchable_window(qtbot, tmp_path)
    open_first(qtbot, win, "lump in my neck")
    document = win.view.document()
    answer = document.find("Signs include a lump in the neck")
    assert {text.lower() for pos, text in marked(win)} == {"lump", "neck"}
    assert all(answer.selectionStart() <= pos < answer.block().position() + answer.block().length()
               for pos, _text in marked(win))  # fmt: skip
    cursor = QTextCursor(document)
    cursor.setPosition(document.find("lump").selectionStart())
    qtbot.waitUntil(lambda: win.view.viewport().rect().contains(win.view.cursorRect(cursor)), timeout=3000)
    assert win.view.verticalScrollBar().value() > 0  # scrolled down to it, past 60 sentences about the neck


def test_the_view_opens_in_the_articles_text_not_in_its_references(qtbot: QtBot, tmp_path: Path) -> None:
    """Walk 10, C7: "tired all the time" opened "Fatigue (PDQ)" at reference 6 of a bibliography ("I get
    tired for no reason…"), among citations, far from any explanation."""
    filler = "\n\n".join(f"Part {n} of the overview says how people feel." for n in range(40))
    references = "\n".join(f"{n}. Smith J, et al.: Tired all the time: study {n}. J Pain 22: 931-7, 2001."
                           for n in range(1, 8))  # fmt: skip
    body = (f"## Overview\n\nMany people with cancer feel tired.\n\n{filler}\n\n"
            f"###### References\n\n{references}\n\n## Treatment\n\nRest can help.\n")
    write(tmp_path / "lib", "tired.md", "Fatigue (PDQ)", "/side-effects/fatigue-pdq", body)
    win = searchable_window(qtbot, tmp_path)
    open_first(qtbot, win, "tired all the time")
    document = win.view.document()
    answer = document.find("Many people with cancer feel tired.")
    cited = document.find("Smith J")
    assert not answer.isNull() and not cited.isNull()
    marks = marked(win)
    assert marks and all(pos < cited.selectionStart() for pos, _text in marks)  # none among the references
    places = win.search._places
    assert places is not None and places.first_place() == (document.find("tired").selectionStart(),
                                                           document.find("tired").selectionEnd())  # fmt: skip
    # Next match still reaches the references.
    assert any(start > cited.selectionStart() for start, _end in places.places)
    assert win.view.verticalScrollBar().value() == 0  # the title and the answer in the first screen
