"""File > Export… (and the other file dialogs) open in the person's Documents or home folder, then where
they chose last; never in the folder the app was started from (walk 9, X9-3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reader.core.files.locations import dialog_folder
from reader.ui.window.main_window import MainWindow


@pytest.fixture
def started_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's working folder is some other folder (a source checkout, the launcher's folder)."""
    folder = tmp_path / "working-folder"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_export_opens_in_home_then_documents_then_where_the_person_saved(
    qtbot: QtBot, window: MainWindow, started_elsewhere: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Path(os.environ["HOME"])
    asked: list[str] = []
    answers = iter(["", "", str(tmp_path / "usb" / "for-the-doctor.html"), ""])

    def save(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))  # the suggested file, in the folder the dialog opens in
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    export = window.bookmarks.export
    assert export in window.menu("file").actions()
    export.trigger()  # no Documents folder: home
    (home / "Documents").mkdir()
    export.trigger()  # Documents
    (tmp_path / "usb").mkdir()
    export.trigger()  # saved on the stick
    assert (tmp_path / "usb" / "for-the-doctor.html").is_file()
    export.trigger()  # the stick's folder again
    folders = [Path(name).parent for name in asked]
    assert folders == [home, home / "Documents", home / "Documents", tmp_path / "usb"]
    assert started_elsewhere not in folders


def test_a_remembered_folder_that_is_gone_falls_back_to_home(tmp_path: Path, started_elsewhere: Path) -> None:
    home = Path(os.environ["HOME"])
    assert dialog_folder(str(tmp_path / "gone")) == home
    assert dialog_folder(None) == home
    assert dialog_folder(str(tmp_path)) == tmp_path
