"""Loads the library on a worker thread, so the window appears before 1,378 files are read."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.core.library.article import decode, parse_article
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import CatalogCache

log = logging.getLogger(__name__)

_SAMPLE = (
    b"\xef\xbb\xbf---\ntitle: Warm up\nlastReviewed: 2020-01-02\ntags: [a, b]\n---\n# Warm up\n\nText.\n"
)


def warm_up() -> None:
    """Parse a tiny article on this (GUI) thread, so the worker imports nothing.

    PySide6's import hook is not safe on a worker thread: a first import there can crash the app.
    """
    parse_article(decode(_SAMPLE), Path("warm-up.md"))


class _Signals(QObject):
    done = Signal(object)  # Library


#: Front matter known without reading the files (from library packs): see CatalogCache.know.
Known = Callable[[], Mapping[str, tuple[int, dict[str, Any]]]]


class _LoadJob(QRunnable):
    def __init__(self, folders: list[Path], catalog_file: Path | None, signals: _Signals,
                 known: Known | None) -> None:  # fmt: skip
        super().__init__()
        self.folders, self.catalog_file, self.signals, self.known = folders, catalog_file, signals, known

    def run(self) -> None:
        catalog = CatalogCache(self.catalog_file) if self.catalog_file is not None else None
        if catalog is not None and self.known is not None:
            try:
                catalog.know(self.known())
            except Exception:  # the files are read as usual
                log.exception("Reading the library packs' catalogs failed")
        try:
            library = Library.load(self.folders, catalog=catalog)
        except Exception:  # Library.load never raises for a file; this is a bug, so load without the cache
            log.exception("Loading the library through the catalog cache failed")
            library = Library.load(self.folders)
        self.signals.done.emit(library)


class LibraryLoader(QObject):
    """Loads folders (through the catalog cache, told what library packs know) off the GUI thread;
    emits loaded(Library)."""

    loaded = Signal(object)

    def __init__(self, folders: list[Path], catalog_file: Path | None, parent: QObject | None = None,
                 known: Known | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._folders = list(folders)
        self._catalog_file = catalog_file
        self._known = known
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self.loaded)

    def start(self) -> None:
        """Start loading."""
        warm_up()
        self._pool.start(_LoadJob(self._folders, self._catalog_file, self._signals, self._known))

    def wait(self) -> None:
        """Wait for the worker (used on shutdown)."""
        self._pool.waitForDone()
