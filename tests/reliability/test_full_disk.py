"""A full or read-only data folder: the window keeps running, says so plainly, and loses nothing."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reader.core.bookmarks.store import BookmarkStore, open_store
from reader.core.files import atomic as atomic_file
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.bookmarks.dialogs import BookmarkDialog
from reader.ui.window.build import build_window
from tests.helpers import SEEDS, write_article

FAILURES = {
    "full disk": ("replace", errno.ENOSPC, "No space left on device"),
    "read-only folder": ("mkstemp", errno.EROFS, "Read-only file system"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_window_keeps_running_and_loses_nothing_when_the_disk_refuses_writes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    where, code, words = FAILURES[case]
    write_article(tmp_path / "lib", "second.md", "Second", "/second", "## Part\n\nText.")
    data = tmp_path / "data"
    settings = Settings(tmp_path / "config" / "settings.json")
    settings.set("library_folders", [str(tmp_path / "lib")])
    store = open_store(data)
    window = build_window(Library.load([SEEDS, tmp_path / "lib"]), settings, bookmarks=store)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(BookmarkDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    first, second = sorted(window.library, key=lambda a: a.title)[:2]
    with qtbot.waitSignal(window.articleShown):
        window.open_article(first.key)
    window.bookmarks.bookmark_current()
    saved_bookmarks = store.path.read_bytes()
    saved_settings = settings.path.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, words)

    monkeypatch.setattr(atomic_file.os if where == "replace" else atomic_file.tempfile, where, refuse)
    with qtbot.waitSignal(window.articleShown):
        window.open_article(second.key)
    window.bookmarks.bookmark_current()
    message = window.statusBar().currentMessage()
    assert f"Your bookmarks could not be saved ({words})" in message and "kept while the app" in message
    assert window.bookmarks.dock.isVisible()  # the panel shows the message too
    settings.set("font_scale_test", 2)  # a settings change is refused the same way, without a crash
    assert any(words in p for p in settings.problems)
    assert [b.title for b in store.bookmarks] == [first.display_title, second.display_title]  # kept in memory
    assert store.path.read_bytes() == saved_bookmarks and settings.path.read_bytes() == saved_settings
    with qtbot.waitSignal(window.articleShown):  # still reading
        window.open_article(first.key)
    assert not list(store.path.parent.glob("*.tmp")) and not list(settings.path.parent.glob("*.tmp"))

    monkeypatch.undo()  # room again: the next change saves everything made in the meantime
    monkeypatch.setattr(BookmarkDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    store.rename(store.bookmarks[0].id, "Renamed")
    on_disk = json.loads(store.path.read_text(encoding="utf-8"))
    assert [b["title"] for b in on_disk["bookmarks"]] == ["Renamed", second.display_title]
    assert [b.title for b in BookmarkStore(store.path).bookmarks] == ["Renamed", second.display_title]
