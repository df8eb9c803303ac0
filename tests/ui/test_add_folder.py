"""Adding a folder in the window: the person is told what was added and which files were left out, and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article

TEXT = "This is a short article about coping. It has a few plain sentences that a person can read."


def window_on(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Settings]:
    write_article(tmp_path / "lib", "a.md", "First Article", "https://example.org/a", TEXT)
    settings = Settings(tmp_path / "settings.json")
    window = build_window(Library.load([tmp_path / "lib"]), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, settings


def add(qtbot: QtBot, window: MainWindow, folder: Path) -> QMessageBox:
    with qtbot.waitSignal(window.libraryChanged, timeout=20000):
        window.add_library_folder(folder)
    box = window.folder_report
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def test_files_left_out_are_named_with_their_reason(qtbot: QtBot, tmp_path: Path) -> None:
    window, settings = window_on(qtbot, tmp_path)
    more = tmp_path / "more"
    write_article(more, "good.md", "A Good Article", "https://example.org/good", TEXT)
    (more / "book.md").write_bytes(b"BOOKMOBI\x00\x01\x02\xff\xfe" * 200)
    (more / "empty.md").write_bytes(b"")
    box = add(qtbot, window, more)
    text = box.text()
    assert "Added 1 article from" in text and "2 files could not be opened" in text
    assert "book.md:" in text and "empty.md:" in text
    assert box.icon() == QMessageBox.Icon.Information
    assert str(more) in [str(f) for f in settings.library_folders()]
    assert len(window.library) == 2


def test_a_folder_that_gives_nothing_says_so_and_is_not_kept(qtbot: QtBot, tmp_path: Path) -> None:
    window, settings = window_on(qtbot, tmp_path)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "latin.md").write_bytes("---\ntitle: Caf\xe9\n---\n\nCaf\xe9 au lait.\n".encode("latin-1"))
    box = add(qtbot, window, bad)
    assert "No articles were found in" in box.text() and "latin.md:" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    assert str(bad) not in [str(f) for f in settings.library_folders()]
    gone = tmp_path / "gone"
    box = add(qtbot, window, gone)
    assert "Nothing was added from" in box.text() and "does not exist" in box.text()
    assert settings.library_folders() == []
    assert len(window.library) == 1  # what was there is still there


def test_a_missing_library_folder_is_named_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    write_article(tmp_path / "lib", "a.md", "First Article", "https://example.org/a", TEXT)
    window = build_window(Library.load([tmp_path / "lib", tmp_path / "usb"]), Settings(tmp_path / "s.json"))
    qtbot.addWidget(window)
    assert "1 article in your library" in window.statusBar().currentMessage()
    assert f"1 folder not found: {tmp_path / 'usb'}" in window.statusBar().currentMessage()


def test_an_empty_library_folder_and_unreadable_files_are_named_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    write_article(tmp_path / "lib", "a.md", "First Article", "https://example.org/a", TEXT)
    (tmp_path / "lib" / "junk.md").write_bytes(b"\x00\x01\x02" * 200)
    (tmp_path / "empty").mkdir()
    window = build_window(Library.load([tmp_path / "lib", tmp_path / "empty"]), Settings(tmp_path / "s.json"))
    qtbot.addWidget(window)
    said = window.statusBar().currentMessage()
    assert f"1 folder with no articles: {tmp_path / 'empty'}" in said
    assert "1 file could not be opened and will not be shown" in said
    assert "cancer-reader" not in said  # no command-line tool for a patient to run


def test_the_folder_chooser_starts_in_the_home_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _settings = window_on(qtbot, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda _parent, _title, start: asked.append(start) or ""
    )
    window.add_folder()
    assert asked == [str(Path.home())]  # not the folder the app was started from


# Walk 9, X9-5: adding a folder that was in the library already said "Added 25 articles".

OTHER = "Another short article, about sleep. It has a few plain sentences that a person can read."


def test_adding_a_folder_that_is_in_the_library_already_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    window, settings = window_on(qtbot, tmp_path)
    lib = tmp_path / "lib"
    box = add(qtbot, window, lib)
    assert box.text() == f"{lib} is in your library already."
    assert window.statusBar().currentMessage() == f"{lib} is in your library already."
    assert box.icon() == QMessageBox.Icon.Information
    box.close()
    write_article(lib, "b.md", "Second Article", "https://example.org/b", OTHER)  # copied in since
    box = add(qtbot, window, lib)
    assert box.text() == f"{lib} is in your library already. 1 new article found in it."
    assert len(window.library) == 2


def test_a_copy_of_a_folder_in_the_library_adds_only_what_is_new(qtbot: QtBot, tmp_path: Path) -> None:
    window, settings = window_on(qtbot, tmp_path)
    copy = tmp_path / "usb-copy"
    write_article(copy, "a.md", "First Article", "https://example.org/a", TEXT)
    box = add(qtbot, window, copy)
    assert box.text() == f"Every article in {copy} was in your library already."
    assert window.statusBar().currentMessage() == box.text()
    assert box.icon() == QMessageBox.Icon.Information  # nothing is wrong
    assert str(copy) not in [str(f) for f in settings.library_folders()]  # it adds nothing: not kept
    assert len(window.library) == 1
    box.close()
    more = tmp_path / "more"
    write_article(more, "a.md", "First Article", "https://example.org/a", TEXT)
    write_article(more, "b.md", "Second Article", "https://example.org/b", OTHER)
    with qtbot.waitSignal(window.libraryChanged, timeout=20000):
        window.add_library_folder(more)
    assert window.statusBar().currentMessage() == f"Added 1 article from {more}. Already in your library: 1 article."
    assert str(more) in [str(f) for f in settings.library_folders()]
    assert len(window.library) == 2
