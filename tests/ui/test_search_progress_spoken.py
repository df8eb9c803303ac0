"""A screen reader hears search preparation start, once halfway, and ready: not every 10% (walk 8, X1: six
"Preparing search N%" notices in 26 s cut into the article being read)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.search.index import IndexStatus, UpdateReport
from reader.core.search.results import SearchFilters, SearchResults
from reader.ui.search import feature
from tests.core.search_library import make_library
from tests.ui.test_search_ui import new_window


class SteppingIndex:
    """An index whose build reports every 10% (the GUI code sees the real API)."""

    def __init__(self) -> None:
        self.state = "missing"

    def status(self) -> IndexStatus:
        if self.state == "ready":
            return IndexStatus("ready", "Search is ready (2 articles).", 2)
        return IndexStatus("missing", "Search is being prepared: the index has not been built yet.")

    def update(self, library: Library, progress=None, stage=None) -> UpdateReport:  # type: ignore[no-untyped-def]
        for done in range(11):
            progress(done, 10)
            time.sleep(0.03)
        self.state = "ready"
        return UpdateReport(added=2, rebuilt=True)

    def search(self, text: str, limit: int = 20, filters: SearchFilters | None = None) -> SearchResults:
        return SearchResults(text, message=self.status().message)

    def close(self) -> None:
        """Nothing to close."""


def test_preparing_search_is_said_at_the_start_halfway_and_when_ready(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(feature, "PROGRESS_SECONDS", 0.0)  # not held back by time: only by what is worth saying
    window = new_window(qtbot, make_library(tmp_path / "lib"), tmp_path)
    said: list[str] = []
    window.announcer.said.connect(said.append)
    window.search.box.focus()  # someone waiting for search
    window.search.use_index(tmp_path / "cache", opener=lambda _: SteppingIndex())
    qtbot.waitUntil(lambda: "Search is ready." in said, timeout=10000)
    progress = [words for words in said if words.startswith("Preparing search")]
    # Once near the start (0%, or 10% when a busy machine delivers the first step after the box has the
    # keyboard), once halfway; never every 10%.
    assert len(progress) == 2 and progress[1] == "Preparing search: 50%", said
    assert progress[0] in ("Preparing search: 0%", "Preparing search: 10%"), said
    assert said.index("Search is ready.") > said.index("Preparing search: 50%")
