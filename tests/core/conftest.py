"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex
from tests.helpers import CORPUS


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """One index of the whole shared corpus, built once for every corpus search test."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    built = SearchIndex.open(tmp_path_factory.mktemp("corpus-search") / "cache")
    report = built.update(Library.load([CORPUS]))
    assert report.rebuilt, report.message
    yield built
    built.close()
