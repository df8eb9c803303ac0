"""Start-up stays light: heavy modules wait until needed, and the library loads after the first paint."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.first_paint import after_first_paint
from tests.helpers import ROOT

HEAVY = ("markdown", "yaml", "frontmatter", "whoosh", "importlib.metadata", "concurrent.futures")


def test_the_window_modules_import_no_converter_or_search_engine() -> None:
    code = (
        "import sys; import reader.cli, reader.app, reader.ui.main_window, reader.ui.library_loader, "
        "reader.ui.about_dialog; "
        "reader.cli.build_parser(); "
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "", f"imported at start-up: {out.stdout.strip()}"


def test_after_first_paint_runs_once_after_the_window_paints(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("painted"), fallback_ms=60_000)
    qtbot.wait(50)
    assert calls == [], "nothing runs before the window is shown"
    window.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=5000)
    window.update()
    window.repaint()
    qtbot.wait(50)
    assert calls == ["painted"], "it runs once, not on every paint"


def test_after_first_paint_still_runs_for_a_window_that_never_paints(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("late"), fallback_ms=50)
    qtbot.waitUntil(lambda: calls == ["late"], timeout=5000)
