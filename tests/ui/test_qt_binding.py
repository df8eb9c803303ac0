"""The Qt binding we install must not leak references to None (PySide6 6.12.0 did, and aborted)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def test_process_events_keeps_none_alive(qtbot: QtBot) -> None:
    before = sys.getrefcount(None)
    for _ in range(500):
        QApplication.processEvents()
    for _ in range(50):
        qtbot.wait(0)
    assert sys.getrefcount(None) > before - 50, "this PySide6 build loses references to None"
