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
    """A 10 ms timer on the GUI thread; the longest gap between its beats is how long the window froze."""

    def __init__(self) -> None:
        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def start(self) -> None:
        self.beats = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> float:
        """Stop and return the longest gap in seconds."""
        self.timer.stop()
        self.beats.append(time.perf_counter())
        return max(b - a for a, b in zip(self.beats, self.beats[1:], strict=False))


@pytest.fixture
def heartbeat() -> Heartbeat:
    """A GUI-thread heartbeat (start() then stop() gives the longest freeze)."""
    beat = Heartbeat()
    yield beat
    beat.timer.stop()
