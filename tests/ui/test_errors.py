"""An unexpected error shows one calm dialog (or, unattended, is only logged) and the window stays."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.window.errors import ERROR_TEXT, install_excepthook
from reader.ui.window.main_window import MainWindow


@pytest.fixture
def restore_hook() -> object:
    saved = sys.excepthook
    yield
    sys.excepthook = saved


def raise_in_hook() -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def test_error_shows_a_kind_dialog_and_keeps_the_window(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    restore_hook: object,
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    install_excepthook(interactive=True)
    raise_in_hook()
    assert shown == [ERROR_TEXT]
    assert "boom" in caplog.text
    assert window.isVisible()


def test_unattended_runs_only_log(
    monkeypatch: pytest.MonkeyPatch, restore_hook: object, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    install_excepthook(interactive=False)
    raise_in_hook()
    assert shown == []
    assert "boom" in caplog.text
