"""Library packs in the window: searching from a pack's own index."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.context import Context
from reader.core.files.locations import Locations
from reader.core.packs.install import PackStore, user_packs_dir
from reader.core.packs.signing import key_id, load_public_key
from reader.core.packs.trust import TrustedKey
from reader.core.settings.store import Settings
from reader.ui.search.results_view import HIT_ROLE
from reader.ui.window.build import build_window
from reader.ui.window.main_window import MainWindow
from tests.helpers import ROOT
from tests.packs.pack_files import make_keys, make_library, make_pack

TITLES = ["Fatigue", "Nausea", "Hair loss"]


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A publisher's keys and version 1 of a small pack."""
    root = tmp_path_factory.mktemp("window-packs")
    private, public = make_keys(root / "keys")
    v1 = make_pack(make_library(root / "lib1", TITLES), root / "v1.pack", private, "1")
    return {"private": private, "public": public, "v1": v1}


def trusted(public: Path) -> list[TrustedKey]:
    key = load_public_key(public)
    return [TrustedKey(key, key_id(key), public)]


def shown_titles(window: MainWindow) -> list[str]:
    listing = window.search.results.list
    return [listing.delegate.title_for(listing.item(i).data(HIT_ROLE)) for i in range(listing.count())]


def test_the_first_search_after_installing_a_pack_uses_its_own_index(
    qtbot: QtBot, tmp_path: Path, packs: dict[str, Path]
) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    PackStore(user_packs_dir(data)).install(packs["v1"], trusted(packs["public"]))
    ctx = Context(Locations(data_dir=data, cache_dir=cache), include_bundled=False)
    win = build_window(ctx.library, Settings(None))
    qtbot.addWidget(win)
    win.show()
    service = win.search.use_index(cache, opener=lambda _cache_dir: ctx.open_search_index())
    win.search.box.focus()
    qtbot.keyClicks(win.search.box.field, "nausea")
    qtbot.waitUntil(lambda: "Nausea" in shown_titles(win), timeout=5000)
    qtbot.waitUntil(lambda: not service.busy, timeout=5000)
    assert service.status.searchable and service.status.documents == 3
    assert not list((cache / "index").glob("gen-*"))  # nothing was indexed on this machine


def test_the_app_searches_an_installed_pack_without_indexing_it(
    tmp_path: Path, packs: dict[str, Path]
) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    PackStore(user_packs_dir(data)).install(packs["v1"], trusted(packs["public"]))
    shot = tmp_path / "shot.png"
    command = [sys.executable, "-m", "reader", "--data-dir", str(data), "--cache-dir", str(cache),
               "--search", "nausea", "--screenshot", str(shot)]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    assert shot.is_file()
    indexed = [
        entry["key"]
        for manifest in (cache / "index").glob("gen-*/manifest.json")
        for entry in json.loads(manifest.read_text(encoding="utf-8"))["files"].values()
    ]
    assert len(indexed) == 1  # only the bundled article; the pack's three come from its own index


def test_the_preloaded_index_is_handed_over_once(qtbot: QtBot) -> None:
    from reader.ui.search.preload import IndexPreloader

    opened: list[object] = []

    def open_index() -> object:
        opened.append(object())
        return opened[-1]

    preloader = IndexPreloader(open_index)
    preloader.start()
    first = preloader.take()
    assert opened == [first]
    assert preloader.take() is not first and len(opened) == 2  # a second service opens its own
    preloader.close()
