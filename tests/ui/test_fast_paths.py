"""The speed work keeps behaviour: library loaded off the GUI thread, documents built on a worker."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

import reader.ui.library.loader as loader_module
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.library.loader import LibraryLoader
from reader.ui.reading.renderer import SafeDocument
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import ROOT, SEED_ARTICLE

SEED_URL = "https://www.cancer.gov/types/breast/treatment/immunotherapy"


def test_article_document_is_built_off_the_gui_thread_and_loads_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    article = window.library.by_url(SEED_URL)
    assert article is not None
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(article.key)
    document = window.view.document()
    assert isinstance(document, SafeDocument), "the worker's document is the one on screen"
    assert document.parent() is window.view
    picture = tmp_path / "photo.png"  # a real picture file: Qt reads it by itself unless refused
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    QTextCursor(document).insertHtml(f'<img src="{picture}">')
    shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(str(picture)))
    assert not (isinstance(shown, QImage) and shown.width() > 1), "the document read the picture file"
    document.undo()
    assert document.defaultStyleSheet() == window.view.document_settings().stylesheet
    assert "Immunotherapy for Breast Cancer" in window.view.toPlainText()
    # Opening it again (from the renderer's cache) and going home and back keeps working.
    window.go_home()
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.go_back()
    assert "Immunotherapy for Breast Cancer" in window.view.toPlainText()


def test_a_document_built_with_an_old_stylesheet_is_not_shown(qtbot: QtBot, window: MainWindow) -> None:
    stale = SafeDocument()
    stale.setDefaultStyleSheet("p { color: red; }")
    stale.setHtml("<p>old look</p>")
    window.view.show_html("<p>new look</p>", document=stale)
    assert window.view.toPlainText().strip() == "new look"


def test_window_says_it_is_opening_the_library_until_it_has_loaded(
    qtbot: QtBot, library_dir: Path, settings: Settings, tmp_path: Path
) -> None:
    window = build_window(Library([library_dir]), settings)
    qtbot.addWidget(window)
    window.show_library_loading()
    assert "Opening your library" in window.home.page.toPlainText()
    loader = LibraryLoader([library_dir], tmp_path / "cache" / "catalog.json", window)
    with qtbot.waitSignal(loader.loaded, timeout=10000) as blocker:
        loader.start()
    window.set_library(blocker.args[0])
    assert not window.library_loading
    assert "Your library has 2 articles" in window.home.page.toPlainText()
    assert (tmp_path / "cache" / "catalog.json").is_file()


def test_app_paints_first_then_shows_the_library(library_dir: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CANCER_READER_FIRST_PAINT="1", PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "reader", "--library", str(library_dir), "--data-dir", str(tmp_path / "d"),
           "--cache-dir", str(tmp_path / "c")]  # fmt: skip
    for _ in range(2):  # an empty cache, then the catalog built by the first start
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT).stdout
        events = dict(
            line.split() for line in out.splitlines() if line.split()[0] in ("first-paint", "library-listed", "library-shown")
        )
        assert set(events) == {"first-paint", "library-listed", "library-shown"}, out
        assert float(events["first-paint"]) <= float(events["library-listed"]) <= float(events["library-shown"])
    assert (tmp_path / "c" / "catalog.json").is_file()


def _a_to_z(window: MainWindow) -> list[str]:
    window.browser.tabs.setCurrentIndex(2)  # the A-Z list is filled when its tab is shown
    tree = window.browser.a_to_z
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_load_about_to_end_lists_nothing_more() -> None:
    """A list of the articles read so far is worth filling only when the rest takes a while."""
    assert loader_module.worth_listing(0.1, 100, 1378)  # ~1.3 s to go
    assert loader_module.worth_listing(0.4, 700, 1378)  # ~0.4 s to go
    assert not loader_module.worth_listing(0.8, 1250, 1378)  # ~0.08 s to go: the whole library comes next
    assert not loader_module.worth_listing(0.8, 1378, 1378)


def test_a_slow_load_lists_the_articles_read_so_far_and_never_junk(
    qtbot: QtBot, library_dir: Path, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (library_dir / "empty.md").write_text("")
    (library_dir / "loading.md").write_text("---\ntitle: Just a moment\n---\n\nLoading...\n")
    monkeypatch.setattr(loader_module, "FIRST_LISTING_SECONDS", 0.0)  # list after every file read
    monkeypatch.setattr(loader_module, "LAST_LISTING_SECONDS", 0.0)  # even with the rest due at once
    window = build_window(Library([library_dir]), settings)
    qtbot.addWidget(window)
    window.show_library_loading()
    assert not window.library_listed
    loader = LibraryLoader([library_dir], tmp_path / "cache" / "catalog.json", window)
    listed: list[Library] = []
    loader.listed.connect(listed.append)
    loader.listed.connect(window.show_library_so_far)
    with qtbot.waitSignal(loader.loaded, timeout=10000) as blocker:
        loader.start()
    whole = blocker.args[0]
    assert [a.path.name for a in listed[0]] == [SEED_ARTICLE.name]  # the first file read
    assert all({a.key for a in partial} <= {a.key for a in whole} for partial in listed)  # never the junk
    assert len(whole) == 2 and len(whole.errors) == 2
    assert window.library_listed and window.library_loading  # the browser lists them; the rest waits
    assert window.library is listed[-1]
    assert "Opening your library" in window.home.page.toPlainText()
    assert _a_to_z(window) == sorted(a.display_title for a in listed[-1])
    window.set_library(whole)
    assert not window.library_loading
    assert "Your library has 2 articles" in window.home.page.toPlainText()
    window.show_library_so_far(listed[0])  # a late part changes nothing once the whole library is shown
    assert window.library is whole and _a_to_z(window) == sorted(a.display_title for a in whole)


def test_while_the_library_loads_the_groups_say_no_counts_that_grow(
    qtbot: QtBot, library_dir: Path, settings: Settings
) -> None:
    """Walk 8, X13: during the first start "Breast (83)" became "Breast (90)" as the person looked."""
    whole = Library.load([library_dir])
    window = build_window(Library([library_dir]), settings)
    qtbot.addWidget(window)
    window.show_library_loading()
    window.show_library_so_far(whole)  # (the articles read so far)
    tree = window.browser.by_type
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names and not any(name.endswith(")") for name in names)
    window.set_library(whole)  # the whole library: now each group says how many
    counted = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert counted and all(re.search(r" \(\d+\)$", name) for name in counted)
    assert [re.sub(r" \(\d+\)$", "", name) for name in counted] == names
