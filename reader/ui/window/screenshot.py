"""--screenshot: wait until the window has finished showing what was asked, save a PNG, exit."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from reader.ui.window.main_window import MainWindow


def save_when_ready(
    app: QApplication,
    window: MainWindow,
    path: Path,
    timeout: float = 20.0,
    wait_for_search: bool = False,
    wait_for_library: bool = True,
) -> int:
    """Process events until the open article is shown (or timeout), then grab the window.

    wait_for_search: also wait for the index and the search (--search); a picture of an article does
    not need the index, and waiting for a first build held `--open X --screenshot` up to 20 s.
    wait_for_library: also wait for the whole library to be listed (not when the article asked for
    opens before the library is read: the picture is what a person sees first).
    """
    window.resize(1100, 760)
    deadline = time.monotonic() + timeout
    # What is waited for arrives as events (a worker's signal, a timer): wait for the next event rather
    # than sleeping a fixed 10 ms between looks (up to 10 ms late, 5 on average); the tick is a floor.
    tick = QTimer()
    tick.start(25)
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        waiting = window.current is not None and window.current_page is None
        waiting = waiting or (wait_for_library and window.library_loading)
        waiting = waiting or (wait_for_search and window.search.busy())
        if not waiting:
            break
    tick.stop()
    for _ in range(5):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"Could not save the picture to {path}.", file=sys.stderr)
        return 1
    print(f"Saved {path}")
    if os.environ.get("CANCER_READER_SCREENSHOT_PROBE"):  # tests/bench/run.py: when the picture was saved,
        # and the process's CPU time until then (less disturbed by a busy machine than the time itself)
        print(f"screenshot-saved {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
    window.close()
    return 0
