"""Work to do once the window has painted, and a probe for the benchmarks that reports that moment.

after_first_paint(window, callback) runs start-up work that the first frame does not need (reading the
library) right after the window has first painted, so the person sees the window as soon as possible.

The probe: with CANCER_READER_FIRST_PAINT=1 set, the app prints `first-paint <time.monotonic()>` once
the window's first frame is painted, `library-listed <time>` once articles are listed (those read so far,
while a first start reads the files), then `library-shown <time>` once the whole library is on screen, then
exits.
Nothing happens without the variable.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "CANCER_READER_FIRST_PAINT"


def requested() -> bool:
    """True when the benchmark asked for the probe."""
    return bool(os.environ.get(ENV_VAR))


class _FirstPaint(QObject):
    """Watches the window for its first paint event."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self._app = app
        self._seen = False
        self._listed = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On the first paint, report once the whole frame is done (the next turn of the loop)."""
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.monotonic():.6f}", flush=True)
        self._wait_for_library()

    def _wait_for_library(self) -> None:
        """Then report when articles are listed, and when the loaded library is on screen (the window's
        library_loading is False)."""
        if not self._listed and getattr(self.parent(), "library_listed", True):
            self._listed = True
            print(f"library-listed {time.monotonic():.6f}", flush=True)
        if getattr(self.parent(), "library_loading", False):
            QTimer.singleShot(1, self._wait_for_library)
            return
        print(f"library-shown {time.monotonic():.6f}", flush=True)
        sys.stdout.flush()
        self._app.quit()


def install(app: QApplication, window: QWidget) -> None:
    """Install the probe on the window when the environment asks for it."""
    if requested():
        _FirstPaint(app, window)


class _AfterFirstPaint(QObject):
    """Calls back once, on the turn of the event loop after the window's first paint (or after a delay)."""

    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)  # a window that never paints (hidden) still gets it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On the first paint, call back once the whole frame is done (the next turn of the loop)."""
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            watched = self.parent()
            if isinstance(watched, QWidget):
                watched.removeEventFilter(self)
            callback()


def after_first_paint(window: QWidget, callback: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Call callback once, right after the window's first frame is on screen (at most fallback_ms late);
    called on a window already on screen: after its next paint."""
    _AfterFirstPaint(window, callback, fallback_ms)
