"""Where the library's articles come from (walk 10, C12): the bundled library, packs by place, folders with
their state now, and forgetting a folder without touching its files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.kiosk.policy import KioskPolicy, library_sources_in_window
from reader.core.library.catalog import Library
from reader.core.packs.install import PackStore
from reader.core.packs.signing import key_id, load_public_key
from reader.core.packs.trust import TrustedKey
from reader.core.settings.store import Settings
from reader.core.sources.listing import (
    Kind,
    Place,
    SourcePlaces,
    State,
    folder_state,
    forget_folder,
    list_sources,
)
from tests.packs.pack_files import make_keys, make_library, make_pack


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_keys(tmp_path_factory.mktemp("keys") / "keys")


def install(store: PackStore, keys: tuple[Path, Path], root: Path, pack_id: str, version: str, titles: list[str]) -> None:
    private, public = keys
    library = make_library(root / f"lib-{pack_id}-{version}", titles)
    pack = make_pack(library, root / f"{pack_id}-{version}.pack", private, version, pack_id)
    key = load_public_key(public)
    store.install(pack, [TrustedKey(key, key_id(key), public)])


def test_every_source_is_listed_once_with_its_place_state_and_articles(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    bundled = [make_library(tmp_path / "seeds", ["Welcome"]), make_library(tmp_path / "es", ["Bienvenida", "Fatiga"])]
    site, mine = PackStore(tmp_path / "site-packs"), PackStore(tmp_path / "my-packs")
    install(site, keys, tmp_path, "clinic-lib", "1", ["Fatigue"])
    install(mine, keys, tmp_path, "clinic-lib", "2", ["Fatigue", "Nausea"])  # newer: the one in use
    install(site, keys, tmp_path, "hospital-lib", "5", ["Sleep"])
    started = make_library(tmp_path / "started", ["Pain"])
    ok = make_library(tmp_path / "stick", ["Eating well", "Exercise"])
    gone = tmp_path / "unplugged-stick"
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("hello", encoding="utf-8")
    settings = Settings(None)
    settings.set("library_folders", [str(ok), str(gone), str(not_a_folder), str(started)])
    places = SourcePlaces(bundled, [started], [(Place.EVERYONE, site), (Place.PERSON, mine)])
    mine_pack, hospital = mine.get("clinic-lib"), site.get("hospital-lib")
    assert mine_pack is not None and hospital is not None
    library = Library.load([*bundled, mine_pack.articles_dir, hospital.articles_dir, started, ok, gone, not_a_folder])

    sources = list_sources(places, settings, library.reports)

    rows = [(s.kind, s.place, s.folder, s.state, s.articles, s.removable) for s in sources]
    assert rows == [
        (Kind.BUNDLED, Place.READER, bundled[0], State.OK, 3, False),  # one row for both bundled folders
        # In the library's order (newest_packs): a pack id found again later goes after the others.
        (Kind.PACK, Place.EVERYONE, hospital.articles_dir, State.OK, 1, False),
        (Kind.PACK, Place.PERSON, mine_pack.articles_dir, State.OK, 2, True),
        (Kind.FOLDER, Place.STARTED, started, State.OK, 1, False),  # also saved: listed once, as started
        (Kind.FOLDER, Place.PERSON, ok, State.OK, 2, True),
        (Kind.FOLDER, Place.PERSON, gone, State.MISSING, 0, True),
        (Kind.FOLDER, Place.PERSON, not_a_folder, State.NOT_A_FOLDER, 0, True),  # a file: said so (walk 12, C2)
    ]
    assert sources[2].pack is not None and sources[2].pack.manifest.version == "2"  # not the site's 1


def test_a_folder_added_since_the_library_was_read_has_no_count(tmp_path: Path) -> None:
    folder = make_library(tmp_path / "new", ["Fatigue"])
    settings = Settings(None)
    settings.set("library_folders", [str(folder)])
    [source] = list_sources(SourcePlaces([], [], []), settings, [])
    assert source.articles is None and source.state is State.OK


def test_the_state_is_looked_at_now(tmp_path: Path) -> None:
    folder = make_library(tmp_path / "stick", ["Fatigue"])
    assert folder_state(folder) is State.OK
    moved = folder.rename(tmp_path / "elsewhere")
    assert folder_state(folder) is State.MISSING
    moved.rename(folder)
    assert folder_state(folder) is State.OK


def test_forgetting_a_folder_keeps_its_files_and_the_other_folders(tmp_path: Path) -> None:
    first = make_library(tmp_path / "first", ["Fatigue"])
    second = make_library(tmp_path / "second", ["Nausea"])
    files = sorted(p.name for p in first.rglob("*"))
    settings = Settings(None)
    settings.set("library_folders", [str(first), str(second)])
    assert forget_folder(settings, first) is True
    assert settings.library_folders() == [second]
    assert sorted(p.name for p in first.rglob("*")) == files and files
    assert forget_folder(settings, first) is False  # not there any more: nothing changes
    assert settings.library_folders() == [second]


@pytest.mark.parametrize("install_allowed", [False, True])
def test_a_kiosk_never_lists_sources_to_remove(install_allowed: bool) -> None:
    assert library_sources_in_window(KioskPolicy(enabled=False)) is True
    assert library_sources_in_window(KioskPolicy(enabled=True, pack_install_allowed=install_allowed)) is False


def test_a_folder_whose_articles_a_pack_has_too_says_where_they_are_shown_from(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    """Walk 12, C1: the pack's copy wins, and the folder said "0 articles" with no reason."""
    mine = PackStore(tmp_path / "my-packs")
    install(mine, keys, tmp_path, "clinic-lib", "1", ["Fatigue", "Nausea"])
    pack = mine.get("clinic-lib")
    assert pack is not None
    notes = make_library(tmp_path / "notes", ["Fatigue"])
    mixed = make_library(tmp_path / "mixed", ["Nausea", "Sleep", "Pain"])
    twice = make_library(tmp_path / "twice", ["Sleep"])  # also in mixed, which comes first
    settings = Settings(None)
    settings.set("library_folders", [str(notes), str(mixed), str(twice)])
    library = Library.load([pack.articles_dir, notes, mixed, twice])

    sources = list_sources(SourcePlaces([], [], [(Place.PERSON, mine)]), settings, library.reports)

    shown = [(s.folder, s.articles, s.shown_elsewhere, [f.folder for f in s.shown_from]) for s in sources]
    assert shown == [
        (pack.articles_dir, 2, 0, []),
        (notes, 0, 1, [pack.articles_dir]),
        (mixed, 2, 1, [pack.articles_dir]),
        (twice, 0, 1, [mixed]),
    ]
