"""The article asked for at start opens before the library is read (reader/app.py): what a person does in
that moment, and what the library changes once it arrives, must still come out right."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article

URL = "https://www.cancer.gov/about-cancer/coping/feelings"
OTHER = "https://www.cancer.gov/about-cancer/coping/family"


def _window_before_the_library(qtbot: QtBot, folders: list[Path], **options: object) -> MainWindow:
    """The window as run_gui makes it: an empty library of these folders, 'Opening your library…'."""
    window = build_window(Library(folders), Settings(None), **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    window.show_library_loading()
    return window


def _linked_pair(tmp_path: Path) -> tuple[Path, Library]:
    """A folder of two articles, the first linking to the second, and its library as read."""
    folder = tmp_path / "lib"
    folder.mkdir()
    write_article(
        folder, "feelings.md", "Feelings - NCI", URL, f"# Feelings\n\nSee [your family]({OTHER}).\n"
    )
    write_article(folder, "family.md", "Family - NCI", OTHER, "# Family\n\nTalking with your family.\n")
    return folder, Library.load([folder])


def test_a_link_clicked_before_the_library_is_read_opens_once_it_is(qtbot: QtBot, tmp_path) -> None:
    folder, library = _linked_pair(tmp_path)
    window = _window_before_the_library(qtbot, [folder])
    early = library.find(URL)
    assert early is not None
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(early)

    window.follow_link(OTHER)  # clicked while the library is still being read
    assert window.notice.isHidden(), "no 'not in your offline library' for an article that is in it"
    assert window.current is early

    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.set_library(library)
    assert window.current is not None and window.current.url == OTHER  # the click is answered
    assert window.notice.isHidden()


def test_a_link_left_waiting_is_dropped_when_the_person_goes_elsewhere(qtbot: QtBot, tmp_path) -> None:
    folder, library = _linked_pair(tmp_path)
    window = _window_before_the_library(qtbot, [folder])
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(library.find(URL))  # type: ignore[arg-type]
    window.follow_link(OTHER)
    window.go_home()  # changed their mind before the library came
    window.set_library(library)
    qtbot.wait(100)
    assert window.current is None and window.page_on_screen() is window.home


def test_the_library_s_own_copy_is_shown_when_another_folder_s_file_wins(qtbot: QtBot, tmp_path) -> None:
    """The catalog cache knew only folder b's file; folder a (first, so it wins) has one now, with the
    same address: once the library is read the page on screen is folder a's, not b's."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    write_article(second, "feelings.md", "Feelings - NCI", URL, "# Feelings\n\nThe words from the NCI.\n")
    write_article(
        first, "ours.md", "Feelings (our clinic) - NCI", URL, "# Feelings\n\nOur clinic's own words.\n"
    )
    library = Library.load([first, second])
    winner = library.find(URL)
    assert winner is not None and winner.path.parent == first
    early = Library.load([second]).find(URL)
    assert early is not None and early.key == winner.key  # the same article to the window
    window = _window_before_the_library(qtbot, [first, second])
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(early)
    assert "The words from the NCI" in window.view.toPlainText()
    window.set_library(library)
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.take_library_article(winner)
    assert "Our clinic's own words" in window.view.toPlainText()
    assert window.current is winner


def test_the_glossary_panel_lists_the_articles_once_the_library_is_read(qtbot: QtBot, tmp_path) -> None:
    """A word clicked before the library was read first finds no article; the panel must not keep saying
    so once the library is there."""
    folder = tmp_path / "lib"
    folder.mkdir()
    from reader.core.languages.glossaries import MultilingualGlossary

    body = "# Feelings\n\nYour [immune system](/publications/dictionaries/cancer-terms/def/46356) helps.\n"
    write_article(folder, "feelings.md", "Feelings - NCI", URL, body)
    library = Library.load([folder])
    window = _window_before_the_library(qtbot, [folder], glossary=MultilingualGlossary.load_all(None))
    early = library.find(URL)
    assert early is not None
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(early)
    panel = window.glossary_panel
    panel.show_term("immune system")
    panel.wait()
    qtbot.waitUntil(lambda: "Looking for articles" not in panel.entry_view.toPlainText(), timeout=5000)
    window.set_library(library)
    panel.wait()
    qtbot.waitUntil(lambda: "Feelings" in panel.entry_view.toPlainText(), timeout=5000)


def _two_folders_long(tmp_path: Path) -> tuple[Library, Library]:
    """Folders a and b with a long page at the same address (a's wins) and b's page linking to OTHER;
    the library of both, and the catalog cache's view (b only)."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    body = "".join(f"## Part {n}\n\n" + "Words to read on this page. " * 40 + "\n\n" for n in range(40))
    write_article(second, "feelings.md", "Feelings - NCI", URL, f"# Feelings\n\n{body}")
    write_article(first, "ours.md", "Feelings (our clinic) - NCI", URL, f"# Feelings\n\n{body}")
    write_article(second, "family.md", "Family - NCI", OTHER, f"# Family\n\n{body}")
    return Library.load([first, second]), Library.load([second])


def test_the_page_shown_again_keeps_where_the_person_scrolled_meanwhile(qtbot: QtBot, tmp_path) -> None:
    """The library's copy is shown where the person is when it is ready, not where they were when the
    library came (scrolling on while it was made threw them back: walk 5)."""
    library, cached = _two_folders_long(tmp_path)
    window = _window_before_the_library(qtbot, [tmp_path / "a", tmp_path / "b"])
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(cached.find(URL))  # type: ignore[arg-type]
    bar = window.view.verticalScrollBar()
    bar.setValue(200)
    window.set_library(library)
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.take_library_article(library.find(URL))  # type: ignore[arg-type]
        bar.setValue(900)  # reading on while the library's copy is made
    assert window.current is library.find(URL)
    assert bar.value() == 900


def test_a_page_opened_while_the_first_is_shown_again_opens_at_its_top(qtbot: QtBot, tmp_path) -> None:
    """Where the person was in the first page is not carried over to the next one (walk 5)."""
    library, cached = _two_folders_long(tmp_path)
    window = _window_before_the_library(qtbot, [tmp_path / "a", tmp_path / "b"])
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(cached.find(URL))  # type: ignore[arg-type]
    window.view.verticalScrollBar().setValue(900)
    window.set_library(library)
    window.take_library_article(library.find(URL))  # type: ignore[arg-type]
    other = library.find(OTHER)
    assert other is not None
    with qtbot.waitSignal(window.articleShown, timeout=10000, check_params_cb=lambda key: key == other.key):
        window.open_article_object(other)  # a link followed before the first page was shown again
    assert window.current is other
    assert window.view.verticalScrollBar().value() == 0
