"""Opens the search index on a worker while the library loads, so the first search need not wait.

A pack's prebuilt index needs no library to be opened (only update() looks at the library), so the
app starts opening it right after the first paint; SearchService then takes the open index from here
instead of opening it again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool

log = logging.getLogger(__name__)


class _OpenJob(QRunnable):
    def __init__(self, preloader: IndexPreloader) -> None:
        super().__init__()
        self.preloader = preloader

    def run(self) -> None:
        preloader = self.preloader
        try:
            preloader._index = preloader._open()
        except Exception:  # take() opens it again and the service reports what is wrong
            log.exception("Opening the search index early failed")
        finally:
            preloader._done.set()


class IndexPreloader(QObject):
    """Opens an index in the background once started; take() hands it over (once)."""

    def __init__(self, open_index: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open = open_index
        self._index: Any = None
        self._done = threading.Event()
        self._started = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def start(self) -> None:
        """Start opening (on a worker; the modules it needs are imported here, on the GUI thread)."""
        if self._started:
            return
        self._started = True
        from reader.ui.search.worker import warm_up  # here: it imports the search engine

        warm_up()
        self._pool.start(_OpenJob(self))

    def take(self, _cache_dir: Path | None = None) -> Any:
        """The opened index (waiting for it if need be); opened here when it was not started or failed.

        Has the signature of SearchService's opener, so it can be passed as one.
        """
        if self._started:
            self._done.wait()
        index, self._index = self._index, None
        return index if index is not None else self._open()

    def close(self) -> None:
        """Wait for the worker and close an index nobody took."""
        self._pool.waitForDone()
        index, self._index = self._index, None
        if index is not None and hasattr(index, "close"):
            index.close()
