"""The search index shipped with the app: used when it covers the library, never written to."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex
from reader.core.search.prebuilt import (
    COVERS_FILE,
    PrebuiltSearchIndex,
    open_search_index,
    write_prebuilt,
)
from tests.helpers import SEED_ARTICLE, write_article


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A bundled library: the seed article and one more."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder)
    write_article(
        folder, "sleep.md", "Sleep problems", "https://www.cancer.gov/sleep", "# Sleep\n\nInsomnia help."
    )
    return folder


@pytest.fixture
def prebuilt(bundled: Path, tmp_path: Path) -> Path:
    """The shipped index of the bundled library, built as packaging/build.py does."""
    target = tmp_path / "prebuilt-index"
    assert write_prebuilt(bundled, target) == 2
    assert [p.name for p in target.rglob("*") if "LOCK" in p.name.upper()] == []  # no build leftovers shipped
    return target


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_first_search_uses_the_shipped_index_and_writes_nothing(
    bundled: Path, prebuilt: Path, tmp_path: Path
) -> None:
    library = Library.load([bundled])
    cache = tmp_path / "cache"
    before = snapshot(prebuilt)
    index = open_search_index(library, cache, prebuilt, bundled)
    try:
        assert isinstance(index, PrebuiltSearchIndex)
        report = index.update(library)
        assert report.skipped and report.touched == 0
        results = index.search("insomnia")
        assert [hit.title for hit in results.hits] == ["Sleep problems"]
        assert results.message == ""
    finally:
        index.close()
    assert snapshot(prebuilt) == before
    assert not (cache / "index" / "CURRENT").exists()


def test_a_read_only_shipped_index_says_nothing_about_being_read_only(
    bundled: Path, prebuilt: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access

    def install_is_read_only(path: object, mode: int, **kwargs: object) -> bool:
        if mode == os.W_OK and str(path).startswith(str(prebuilt)):
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", install_is_read_only)
    library = Library.load([bundled])
    index = open_search_index(library, tmp_path / "cache", prebuilt, bundled)
    try:
        assert isinstance(index, PrebuiltSearchIndex)
        assert index.status().state == "ready"
        assert index.status().message == "Search is ready (2 articles)."
        results = index.search("immunotherapy")
        assert results.hits and results.message == ""
    finally:
        index.close()


def test_an_added_folder_builds_the_persons_own_index(bundled: Path, prebuilt: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    write_article(
        clinic, "fatigue.md", "Coping with fatigue", "https://example.org/fatigue", "# Fatigue\n\nRest."
    )
    library = Library.load([bundled, clinic])
    cache = tmp_path / "cache"
    index = open_search_index(library, cache, prebuilt, bundled)
    try:
        assert type(index) is SearchIndex
        index.update(library)
        assert index.search("fatigue").hits[0].title == "Coping with fatigue"
    finally:
        index.close()
    assert (cache / "index" / "CURRENT").is_file()


def test_a_changed_bundled_article_is_not_covered(bundled: Path, prebuilt: Path, tmp_path: Path) -> None:
    write_article(
        bundled, "sleep.md", "Sleep problems", "https://www.cancer.gov/sleep", "# Sleep\n\nNew advice."
    )
    index = open_search_index(Library.load([bundled]), tmp_path / "cache", prebuilt, bundled)
    try:
        assert type(index) is SearchIndex
    finally:
        index.close()


def test_an_index_from_another_version_is_not_used(bundled: Path, prebuilt: Path, tmp_path: Path) -> None:
    record = json.loads((prebuilt / COVERS_FILE).read_text(encoding="utf-8"))
    record["format"] = "0/whoosh-0"
    (prebuilt / COVERS_FILE).write_text(json.dumps(record), encoding="utf-8")
    index = open_search_index(Library.load([bundled]), tmp_path / "cache", prebuilt, bundled)
    try:
        assert type(index) is SearchIndex
    finally:
        index.close()


def test_the_persons_own_ready_index_comes_first(bundled: Path, prebuilt: Path, tmp_path: Path) -> None:
    library = Library.load([bundled])
    cache = tmp_path / "cache"
    own = SearchIndex(cache)
    own.update(library)
    own.close()
    index = open_search_index(library, cache, prebuilt, bundled)
    try:
        assert type(index) is SearchIndex
        assert index.status().state == "ready"
    finally:
        index.close()


def test_no_shipped_index_means_the_usual_one(bundled: Path, tmp_path: Path) -> None:
    index = open_search_index(Library.load([bundled]), tmp_path / "cache", tmp_path / "absent", bundled)
    try:
        assert type(index) is SearchIndex
        assert index.status().state == "missing"
    finally:
        index.close()
