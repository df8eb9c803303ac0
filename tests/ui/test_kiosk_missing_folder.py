"""A kiosk tells staff of a library folder that is not there (walk 13, C2: the kiosk cleared the status line
that says it on a desktop, and said it nowhere, so a nurse could not tell the clinic's USB articles were
missing). The note stays at the right of the status line, through a visitor's reset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def make_kiosk(qtbot: QtBot, folders: list[Path]) -> KioskController:
    window = build_window(Library.load(folders), Settings(None))
    qtbot.addWidget(window)
    kiosk = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600, on_screen_keyboard=False))
    qtbot.waitExposed(window)
    window.setGeometry(0, 0, 1280, 800)
    qtbot.wait(20)
    return kiosk


def note_on_screen(kiosk: KioskController) -> str:
    """The words of the status line a person can see whole: its message, and its labels inside the window."""
    window = kiosk.window
    bar = window.statusBar()
    if not bar.isVisible():
        return ""
    words = [bar.currentMessage()] if bar.currentMessage() else []
    for label in bar.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        corner = label.mapTo(window, label.rect().bottomRight())
        inside = bar.rect().contains(label.geometry()) and window.rect().contains(corner)
        whole = label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
        if inside and whole:
            words.append(label.text())
    return " | ".join(words)


def test_a_missing_folder_is_told_to_staff_and_stays_after_start_over(
    qtbot: QtBot, library_dir: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "usb-stick"
    kiosk = make_kiosk(qtbot, [library_dir, gone])
    assert note_on_screen(kiosk) == "For staff: 1 library folder not found: usb-stick"
    kiosk.window.reset_for_next_visitor()
    qtbot.wait(20)
    assert note_on_screen(kiosk) == "For staff: 1 library folder not found: usb-stick"
    kiosk.exit_kiosk()


def test_the_note_follows_the_library_when_it_is_read_again(
    qtbot: QtBot, library_dir: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "usb-stick"
    kiosk = make_kiosk(qtbot, [library_dir])
    assert note_on_screen(kiosk) == ""
    kiosk.window.set_library(Library.load([library_dir, gone]))
    kiosk.library_loaded()  # as the app does once the library is read (reader/app.py)
    qtbot.wait(20)
    assert note_on_screen(kiosk) == "For staff: 1 library folder not found: usb-stick"
    assert kiosk.window.statusBar().currentMessage() == ""  # no article count for visitors
    gone.mkdir()
    (gone / "note.md").write_text((library_dir / "living.md").read_text(encoding="utf-8"), encoding="utf-8")
    kiosk.window.set_library(Library.load([library_dir, gone]))
    kiosk.library_loaded()
    assert note_on_screen(kiosk) == ""
    kiosk.exit_kiosk()
