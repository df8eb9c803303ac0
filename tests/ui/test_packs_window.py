"""Library packs in the window: searching from a pack's own index."""

from __future__ import annotations

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
