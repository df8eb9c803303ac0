"""Fixtures for the reliability tests: a real window on any folder, and a heartbeat to catch freezes."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Callable[..., MainWindow]:
    """Build the real main window on these folders, shown, with settings in tmp_path."""

    def make(*folders: Path) -> MainWindow:
        window = build_window(Library.load(list(folders)), Settings(tmp_path / "config" / "settings.json"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


class Heartbeat:
    """A 10 ms timer on the GUI thread. Between two beats the GUI thread did not answer: stop() gives the
    longest such gap counted in the GUI thread's own CPU time (what it spent working, the same on a busy
    machine as on a quiet one), and `longest_wait` the longest gap in wall time (which also catches the
    window waiting on something, but grows with the machine's load)."""

    def __init__(self) -> None:
        self.beats: list[tuple[float, float]] = []
        self.longest_wait = 0.0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.beats.append((time.perf_counter(), time.thread_time()))

    def start(self) -> None:
        self.beats = []
        self._beat()
        self.timer.start()

    def stop(self) -> float:
        """Stop; the longest gap in the GUI thread's CPU seconds (wall seconds in `longest_wait`)."""
        self.timer.stop()
        self._beat()
        pairs = list(zip(self.beats, self.beats[1:], strict=False))
        self.longest_wait = max(b[0] - a[0] for a, b in pairs)
        return max(b[1] - a[1] for a, b in pairs)


@pytest.fixture
def heartbeat() -> Heartbeat:
    """A GUI-thread heartbeat (start() then stop() gives the longest freeze)."""
    beat = Heartbeat()
    yield beat
    beat.timer.stop()
