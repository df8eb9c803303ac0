"""Numbers about survival on request, in the real main window: the fold, the link, the setting, the handout."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.library.catalog import Library
from reader.core.render.survival import PRINT_NOTE, SHOW_LINK_TEXT
from reader.core.settings.store import Settings
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import write_article
from tests.ui.test_main_window import click_link, open_by_click

BODY = """# Bladder Cancer

## About bladder cancer

The bladder holds urine.

## Survival rates for bladder cancer

About 77 of every 100 people are alive five years later.

## Treatment

Surgery is common.
"""
NUMBERS = "77 of every 100"


@pytest.fixture
def survival_library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    write_article(folder, "bladder.md", "Bladder Cancer", "https://www.cancer.gov/types/bladder", BODY)
    write_article(folder, "bladder-hp.md", "Bladder Cancer Treatment (PDQ®)–Health Professional Version",
                  "https://www.cancer.gov/types/bladder/hp/bladder-treatment-pdq", BODY)  # fmt: skip
    return folder


def make_window(qtbot: QtBot, folder: Path, settings: Settings) -> MainWindow:
    win = build_window(Library.load([folder]), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_numbers_fold_behind_a_link_that_shows_them(
    qtbot: QtBot, survival_library: Path, settings: Settings
) -> None:
    window = make_window(qtbot, survival_library, settings)
    open_by_click(qtbot, window, "Bladder Cancer")
    text = window.view.toPlainText()
    assert "Survival rates for bladder cancer" in text and "Surgery is common" in text
    assert NUMBERS not in text and SHOW_LINK_TEXT in text
    assert "Some people prefer not to read numbers like these" in text
    place = window.history.current
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        click_link(qtbot, window, SHOW_LINK_TEXT)
    assert NUMBERS in window.view.toPlainText() and SHOW_LINK_TEXT not in window.view.toPlainText()
    assert window.history.current == place  # showing a section is not a new place to go back from
    handout = window.handouts.current_handout()
    assert handout is not None and NUMBERS in handout.html  # the handout follows what was chosen

    window.reset_for_next_visitor()  # kiosk "Start over": the next person is asked again
    open_by_click(qtbot, window, "Bladder Cancer")
    assert NUMBERS not in window.view.toPlainText()


def test_setting_turns_folding_off_and_is_remembered(
    qtbot: QtBot, survival_library: Path, settings: Settings
) -> None:
    window = make_window(qtbot, survival_library, settings)
    action = window.actions_registry["fold_survival"]
    assert action in window.menu("view").actions() and action.isChecked()
    open_by_click(qtbot, window, "Bladder Cancer")
    handout = window.handouts.current_handout()
    assert handout is not None and NUMBERS not in handout.html and PRINT_NOTE in handout.html
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        action.trigger()  # off: the open article is shown again, with its numbers
    assert NUMBERS in window.view.toPlainText() and SHOW_LINK_TEXT not in window.view.toPlainText()
    handout = window.handouts.current_handout()
    assert handout is not None and NUMBERS in handout.html and PRINT_NOTE not in handout.html
    assert settings.get("fold_survival_numbers") is False

    again = make_window(qtbot, survival_library, Settings(settings.path))
    assert not again.actions_registry["fold_survival"].isChecked()
    open_by_click(qtbot, again, "Bladder Cancer")
    assert NUMBERS in again.view.toPlainText()


def test_health_professional_versions_are_not_folded(
    qtbot: QtBot, survival_library: Path, settings: Settings
) -> None:
    window = make_window(qtbot, survival_library, settings)
    open_by_click(qtbot, window, "Bladder Cancer Treatment (PDQ®)–Health Professional Version")
    assert NUMBERS in window.view.toPlainText()
