"""A probe for the benchmarks: print when the main window first paints, then quit.

Set CANCER_READER_FIRST_PAINT=1 and the app prints `first-paint <time.monotonic()>` once the window's
first frame is painted, then `library-shown <time>` once the library is on screen, then exits.
Nothing happens without the variable.
"""

from __future__ import annotations

import os
import sys
import time

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
        """Then report when the loaded library is on screen (the window's library_loading is False)."""
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
