"""Runs the search index off the GUI thread: opening and updating on one worker, searching on another.

Every search carries a token; only the answer to the latest one is passed on, and while a search
runs, newer requests replace each other so typing never builds a queue.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.catalog import Library
from reader.core.search.index import IndexStatus, SearchIndex, UpdateReport
from reader.core.search.results import SearchFilters, SearchResults

log = logging.getLogger(__name__)

# Modules that Whoosh and multiprocessing import only when first used. PySide6's import hook is not
# safe on a worker thread (see library_loader.warm_up), so they are imported on the GUI thread first.
LAZY_MODULES = (
    "encodings.latin_1",
    "encodings.utf_8_sig",
    "mmap",
    "whoosh.automata.fsa",
    "whoosh.automata.lev",
    "whoosh.codec.whoosh3",
    "whoosh.collectors",
    "whoosh.externalsort",
    "whoosh.filedb.compound",
    "whoosh.filedb.filetables",
    "whoosh.sorting",
    "whoosh.writing",
    "multiprocessing.connection",
    "multiprocessing.popen_spawn_posix",
    "multiprocessing.queues",
    "multiprocessing.resource_tracker",
    "multiprocessing.spawn",
    "multiprocessing.synchronize",
    "multiprocessing.util",
    "importlib.util",
    "runpy",
    # The meaning re-rank (numpy and the word-vector table's reader), imported when an index opens.
    "reader.core.meaning.vectors",
    # What Context.open_search_index, the window's opener, imports when first called.
    "reader.core.packs.combined_index",
    "reader.core.packs.contents",
)

# How long to wait before trying again when another copy of the reader holds the index (milliseconds).
RETRY_MS = 3000
OTHER_COPY = QT_TRANSLATE_NOOP(
    "Search", "Another copy of the reader is preparing search. It will work here too as soon as that is done."
)

Opener = Callable[[Path], Any]  # returns a SearchIndex (or an object with the same methods)


def warm_up() -> None:
    """Import, on this (GUI) thread, what the index workers would otherwise import first."""
    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # e.g. multiprocessing.popen_spawn_posix on Windows
            log.debug("module %s not available", name)


class UpdateCancelledError(Exception):
    """Raised from the progress callback to stop an update when the window closes."""


class _Signals(QObject):
    opened = Signal(object)  # the index
    progress = Signal(int, int)
    stage = Signal(str)
    updated = Signal(object, object)  # UpdateReport, IndexStatus
    answered = Signal(int, object)  # token, SearchResults


class _UpdateJob(QRunnable):
    def __init__(self, service: SearchService, library: Library, first: bool) -> None:
        super().__init__()
        self.signals, self.library, self.first = service.signals, library, first
        self.opener, self.cache_dir = service.opener, service.cache_dir
        self.index = service.index
        self.cancel = service.cancel_event
        self.service = service

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise UpdateCancelledError
        self.signals.progress.emit(done, total)

    def _stage(self, name: str) -> None:
        if self.cancel.is_set():
            raise UpdateCancelledError
        self.signals.stage.emit(name)

    def run(self) -> None:
        try:
            if self.index is None:
                self.index = self.service.opened = self.opener(self.cache_dir)
                self.signals.opened.emit(self.index)
            report = self.index.update(self.library, progress=self._progress, stage=self._stage)
        except UpdateCancelledError:
            return
        except Exception:  # update() reports its own problems (and rebuilds an index it cannot update)
            log.exception("Updating the search index failed")
            report = UpdateReport(
                message=translate(
                    "Search",
                    "Search could not take in the latest changes to your articles. "
                    "It will try again the next time the reader starts.",
                )
            )
        status = self.index.status() if self.index is not None else IndexStatus("damaged", report.message)
        self.signals.updated.emit(report, status)


class _SearchJob(QRunnable):
    def __init__(self, signals: _Signals, index: Any, token: int, text: str, filters: SearchFilters,
                 limit: int, after: Callable[[SearchResults], object] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.signals, self.index, self.token = signals, index, token
        self.text, self.filters, self.limit = text, filters, limit
        self.after = after

    def run(self) -> None:
        try:
            results = self.index.search(self.text, limit=self.limit, filters=self.filters)
        except Exception:  # search() never raises; if it does, the person still gets an answer
            log.exception("Search failed for %r", self.text[:100])
            results = SearchResults(
                self.text, message="This search could not be carried out; try other words."
            )
        if self.after is not None:
            try:
                self.after(results)
            except Exception:  # only a head start: the window does the same work if it is not done
                log.exception("Preparing the answer for %r failed", self.text[:100])
        self.signals.answered.emit(self.token, results)


class SearchService(QObject):
    """The index for the window: update(library) in the background, search(text) with stale answers dropped."""

    progressChanged = Signal(int, int)  # done, total
    stageChanged = Signal(str)  # what the update is doing now ("reading the articles")
    statusChanged = Signal(object)  # IndexStatus
    updateFinished = Signal(object)  # UpdateReport
    resultsReady = Signal(object)  # SearchResults for the latest request

    def __init__(self, cache_dir: Path, opener: Opener | None = None, limit: int = 20,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.cache_dir = Path(cache_dir)
        self.opener: Opener = opener or SearchIndex.open
        self.limit = limit
        self.index: Any = None
        # The index the update job opened, set on its thread: shutdown closes it even when the signal that
        # hands it to `index` has not arrived yet (it stayed open, its files closed only when collected).
        self.opened: Any = None
        self.cancel_event = threading.Event()
        self.status = IndexStatus("missing", "Search is being prepared.")
        self.updating = False
        # Another copy of the reader is preparing the index this one needs: tried again every RETRY_MS
        # (the second of two copies started at once said "Search is not available yet" until closed).
        self.waiting = False
        self._library: Library | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        self._next_library: Library | None = None
        self._token = 0
        self._pending: tuple[int, str, SearchFilters] | None = None
        self._searching = False
        # Called on the search thread with each answer before it is shown: slow work showing it needs
        # (reading other languages' words for a search that found nothing), done off the GUI thread.
        self.after_search: Callable[[SearchResults], object] | None = None
        self._update_pool = QThreadPool(self)
        self._update_pool.setMaxThreadCount(1)
        self._search_pool = QThreadPool(self)
        self._search_pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.opened.connect(self._on_opened)
        self.signals.progress.connect(self.progressChanged)
        self.signals.stage.connect(self.stageChanged)
        self.signals.updated.connect(self._on_updated)
        self.signals.answered.connect(self._on_answered)
        warm_up()

    # Updating ------------------------------------------------------------------

    def update(self, library: Library) -> None:
        """Bring the index in line with this library (one update at a time; the latest library wins)."""
        if self.cancel_event.is_set():
            return
        self._library = library
        self._retry.stop()
        if self.updating:
            self._next_library = library
            return
        self.updating = True
        self._update_pool.start(_UpdateJob(self, library, self.index is None))

    @Slot(object)
    def _on_opened(self, index: Any) -> None:
        if self.cancel_event.is_set():
            return  # shut down before it arrived: shutdown closed it
        self.index = index
        self.status = index.status()
        self.statusChanged.emit(self.status)
        self._start_pending()

    @Slot(object, object)
    def _on_updated(self, report: UpdateReport, status: IndexStatus) -> None:
        self.updating = False
        self.status = status
        again = self._next_library is None and not self.cancel_event.is_set()
        self.waiting = report.skipped and not status.searchable and again and self._library is not None
        if self.waiting:
            message = translate("Search", OTHER_COPY)
            self.status = IndexStatus(status.state, message, status.documents)
            self._retry.start()
        elif report.message and not status.searchable:
            self.status = IndexStatus(status.state, report.message, status.documents)
        self.statusChanged.emit(self.status)
        self.updateFinished.emit(report)
        if self.index is None and self._pending is not None and not self.waiting:  # could not even be opened
            token, text, _ = self._pending
            self._pending = None
            self.signals.answered.emit(token, SearchResults(text, message=self.status.message))
        if self._next_library is not None:
            library, self._next_library = self._next_library, None
            self.update(library)

    @Slot()
    def _try_again(self) -> None:
        if self._library is not None and self.waiting:
            self.update(self._library)

    # Searching -----------------------------------------------------------------

    def search(self, text: str, filters: SearchFilters | None = None) -> int:
        """Ask for results; resultsReady brings them unless a newer request came first. Returns the token."""
        self._token += 1
        self._pending = (self._token, text, filters or SearchFilters())
        self._start_pending()
        return self._token

    def forget(self) -> None:
        """Drop any answer still to come (the person cleared the search)."""
        self._token += 1
        self._pending = None

    @property
    def busy(self) -> bool:
        """True while an update or a search is still running."""
        return self.updating or self._searching or self._pending is not None

    def _start_pending(self) -> None:
        if self._searching or self._pending is None or self.index is None:
            return
        token, text, filters = self._pending
        self._pending = None
        self._searching = True
        self._search_pool.start(_SearchJob(self.signals, self.index, token, text, filters, self.limit,
                                                self.after_search))

    @Slot(int, object)
    def _on_answered(self, token: int, results: SearchResults) -> None:
        self._searching = False
        if token == self._token:
            self.resultsReady.emit(results)
        self._start_pending()

    # Shutting down -------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop an update at its next step, wait for the workers and close the index."""
        self.cancel_event.set()
        self._retry.stop()
        self._pending = None
        self._next_library = None
        self._search_pool.waitForDone()
        self._update_pool.waitForDone()
        index = self.index if self.index is not None else self.opened
        if index is not None and hasattr(index, "close"):
            index.close()
