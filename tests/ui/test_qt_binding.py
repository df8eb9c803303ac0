"""The Qt binding we install must not leak references to None (PySide6 6.12.0 did, and aborted)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


# On Python 3.11 each lost reference lowers None's count until the interpreter aborts. From 3.12 on,
# None is immortal (PEP 683): its count never changes, so a leak can neither be seen nor do harm.
@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683): nothing to lose"
)
def test_process_events_keeps_none_alive(qtbot: QtBot) -> None:
    before = sys.getrefcount(None)
    for _ in range(500):
        QApplication.processEvents()
    for _ in range(50):
        qtbot.wait(0)
    assert sys.getrefcount(None) > before - 50, "this PySide6 build loses references to None"
