"""Fixtures for window tests: a small library in tmp_path and a real main window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import SEED_ARTICLE, write_article

LINKS_BODY = """# Living with treatment

Read about [immunotherapy side effects](/types/breast/treatment/immunotherapy#side-effects-of-immunotherapy).

Ask about [lung cancer](/types/lung/patient/lung-treatment-pdq) too.

Or visit [a website](https://www.example.org/help).
"""


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    """A library with the seed article and one article that links to it."""
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    write_article(folder, "living.md", "Living with treatment - NCI",
                  "https://www.cancer.gov/about-cancer/living", LINKS_BODY,
                  cancerTypes="[breast]", tags="[support]")  # fmt: skip
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a private folder."""
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def window(qtbot: QtBot, library_dir: Path, settings: Settings) -> MainWindow:
    """The real main window on the small library, shown."""
    win = build_window(Library.load([library_dir]), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def kiosk(qtbot: QtBot, library_dir: Path) -> Iterator[KioskController]:
    """A kiosk window on the small library with the default policy (keyboard on; modules with other
    policies make their own)."""
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    yield controller
    controller.exit_kiosk()
