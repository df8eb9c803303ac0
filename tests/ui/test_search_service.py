"""The window's search service closes the index it opened, even when it shuts down before the index reached it."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.search.index import IndexStatus, UpdateReport
from reader.ui.search.worker import SearchService


class FakeIndex:
    """An index that says when it was updated and counts what was asked of it after it was closed."""

    def __init__(self) -> None:
        self.updated = threading.Event()
        self.closed = 0
        self.asked_after_close = 0

    def update(self, library: Library, progress: object = None, stage: object = None) -> UpdateReport:
        self.updated.set()
        return UpdateReport()

    def status(self) -> IndexStatus:
        self.asked_after_close += self.closed > 0
        return IndexStatus("ready", "", 1)

    def close(self) -> None:
        self.closed += 1


def test_an_index_opened_just_before_the_window_closes_is_closed(qtbot: QtBot, tmp_path: Path) -> None:
    """The index opened on the worker reaches the service by a queued signal; a window closed before that
    signal was handled left the index, and its files, open (a ResourceWarning whenever it was collected,
    once in another test's set-up)."""
    index = FakeIndex()
    service = SearchService(tmp_path / "cache", opener=lambda _cache_dir: index)
    service.update(Library.of([]))
    assert index.updated.wait(10)  # opened and updated on the worker; no Qt event handled since
    service.shutdown()
    assert index.closed == 1
    qtbot.wait(50)  # the queued "opened" and "updated" arrive now
    assert service.index is None and index.asked_after_close == 0  # not taken up after the shutdown


def test_the_index_in_use_is_closed_once_at_shutdown(qtbot: QtBot, tmp_path: Path) -> None:
    index = FakeIndex()
    service = SearchService(tmp_path / "cache", opener=lambda _cache_dir: index)
    with qtbot.waitSignal(service.updateFinished, timeout=10000):
        service.update(Library.of([]))
    assert service.index is index
    service.shutdown()
    assert index.closed == 1 and index.asked_after_close == 0
