"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex
from tests.core.search_library import find_corpus


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """One index of the whole shared corpus, built once for every corpus search test."""
    corpus = find_corpus()
    if corpus is None:
        pytest.skip("../shared/corpus/nci-en is not here")
    built = SearchIndex.open(tmp_path_factory.mktemp("corpus-search") / "cache")
    report = built.update(Library.load([corpus]))
    assert report.rebuilt, report.message
    yield built
    built.close()
