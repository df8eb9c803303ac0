"""Searching prebuilt indexes (packs, the bundle) and the person's own index together, as one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.packs.combined_index import CombinedSearchIndex, IndexSource, checked_source
from reader.core.search.index import SearchIndex
from reader.core.search.prebuilt import write_prebuilt
from tests.core.search_library import ARTICLES, write

QUERIES = ["fatigue", "chemotherapy nausea", "breast cancer immunotherapy", "lymphedema", "lung screening"]


def prebuilt(articles: Path, target: Path, name: str) -> IndexSource:
    """A prebuilt index of a folder, as a pack or the bundle carries it."""
    write_prebuilt(articles, target)
    source = checked_source(name, target, articles)
    assert source is not None
    return source


@pytest.fixture
def three_folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The sample articles spread over two 'packs' and one folder of the person's own."""
    folders = (tmp_path / "pack-a", tmp_path / "pack-b", tmp_path / "own")
    for n, (name, title, url, body, types, tags) in enumerate(ARTICLES):
        write(folders[n % 3], name, title, url, body, types, tags)
    return folders


def index_files(cache: Path) -> list[Path]:
    return sorted((cache / "index").glob("gen-*"))


def test_scores_are_the_same_as_in_one_index(three_folders: tuple[Path, Path, Path], tmp_path: Path) -> None:
    pack_a, pack_b, own = three_folders
    sources = [prebuilt(pack_a, tmp_path / "ix-a", "a"), prebuilt(pack_b, tmp_path / "ix-b", "b")]
    library = Library.load([pack_a, pack_b, own])
    combined = CombinedSearchIndex.open_with(tmp_path / "cache", sources)
    single = SearchIndex.open(tmp_path / "single")
    try:
        report = combined.update(library)
        assert report.added == len(list(own.glob("*.md"))) > 0  # only the own folder was indexed
        single.update(library)
        assert combined.status().documents == len(library) == single.status().documents
        for query in QUERIES:
            ours = [(h.key, round(h.score, 6)) for h in combined.search(query).hits]
            one = [(h.key, round(h.score, 6)) for h in single.search(query).hits]
            assert ours and sorted(ours) == sorted(one), query
    finally:
        combined.close()
        single.close()


def test_a_prebuilt_index_answers_at_once_without_building(three_folders: tuple[Path, Path, Path],
                                                           tmp_path: Path) -> None:  # fmt: skip
    pack_a, _, _ = three_folders
    source = prebuilt(pack_a, tmp_path / "ix-a", "a")
    cache = tmp_path / "cache"
    index = CombinedSearchIndex.open_with(cache, [source])
    try:
        assert index.status().searchable
        assert [h.title for h in index.search("fatigue").hits] == ["Fatigue and Cancer"]
        assert index_files(cache) == []  # nothing was built
        report = index.update(Library.load([pack_a]))  # every article is in the prebuilt index
        assert report.touched == 0 and index_files(cache) == []
    finally:
        index.close()


def test_an_article_shadowed_by_an_earlier_folder_is_found_once(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    for name, title, url, body, types, tags in ARTICLES[:4]:
        write(pack, name, title, url, body, types, tags)
    seeds = tmp_path / "seeds"  # the same address as the pack's fatigue article, other words
    write(seeds, "fatigue.md", "Tiredness", "/side-effects/fatigue", "Fatigue: feeling tired, all day long.")
    source = prebuilt(pack, tmp_path / "ix", "pack")
    library = Library.load([seeds, pack])  # the seed comes first, the pack's copy is left out
    index = CombinedSearchIndex.open_with(tmp_path / "cache", [source])
    try:
        index.update(library)
        hits = index.search("fatigue").hits
        keys = [h.key for h in hits]
        assert len(keys) == len(set(keys))
        assert [h.title for h in hits if "fatigue" in h.url] == ["Tiredness"]
        assert index.status().documents == len(library)
    finally:
        index.close()


def test_a_changed_article_is_indexed_again_and_its_old_text_hidden(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    for name, title, url, body, types, tags in ARTICLES[:4]:
        write(pack, name, title, url, body, types, tags)
    source = prebuilt(pack, tmp_path / "ix", "pack")
    write(pack, "fatigue.md", "Fatigue and Cancer", "/side-effects/fatigue", "Gardening gives energy back.")
    index = CombinedSearchIndex.open_with(tmp_path / "cache", [source])
    try:
        report = index.update(Library.load([pack]))
        assert report.added == 1
        assert [h.title for h in index.search("gardening").hits] == ["Fatigue and Cancer"]
        assert [h.title for h in index.search("rest light exercise").hits if "Fatigue" in h.title] == []
    finally:
        index.close()


def test_a_damaged_prebuilt_index_is_replaced_by_the_own_index(tmp_path: Path, caplog) -> None:
    pack = tmp_path / "pack"
    for name, title, url, body, types, tags in ARTICLES[:4]:
        write(pack, name, title, url, body, types, tags)
    source = prebuilt(pack, tmp_path / "ix", "pack")
    for segment in (tmp_path / "ix" / "index").rglob("*.seg"):
        segment.write_bytes(b"not an index")
    index = CombinedSearchIndex.open_with(tmp_path / "cache", [source])
    try:
        report = index.update(Library.load([pack]))
        assert report.added == 4
        assert [h.title for h in index.search("fatigue").hits] == ["Fatigue and Cancer"]
    finally:
        index.close()
    assert "cannot be used" in caplog.text


def test_a_prebuilt_index_of_another_version_is_not_used(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    write(pack, "a.md", "Fatigue", "/a", "Fatigue help.")
    target = tmp_path / "ix"
    write_prebuilt(pack, target)
    covers = target / "covers.json"
    covers.write_text(covers.read_text().replace('"format": "', '"format": "0/'), encoding="utf-8")
    assert checked_source("pack", target, pack) is None


def test_the_own_index_follows_changes_in_the_own_folder(three_folders: tuple[Path, Path, Path],
                                                         tmp_path: Path) -> None:  # fmt: skip
    pack_a, _, own = three_folders
    source = prebuilt(pack_a, tmp_path / "ix-a", "a")
    index = CombinedSearchIndex.open_with(tmp_path / "cache", [source])
    try:
        index.update(Library.load([pack_a, own]))
        write(own, "garden.md", "Gardening", "/garden", "Gardening after surgery.")
        report = index.update(Library.load([pack_a, own]))
        assert report.added == 1
        assert [h.title for h in index.search("gardening").hits] == ["Gardening"]
        shutil.rmtree(own)
        index.update(Library.load([pack_a]))
        assert index.search("gardening").hits == []
        assert index.search("fatigue").hits  # the prebuilt part still answers
    finally:
        index.close()
