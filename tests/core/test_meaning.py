"""The meaning re-rank: the word-vector table, article vectors in the index, and hostile tables."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from reader.core.meaning import vectors
from reader.core.meaning.vectors import MeaningRerank, WordVectors, article_code, decode, shipped_table
from reader.core.meaning.wordpiece import WordPiece
from reader.core.search.build import MANIFEST
from reader.core.search.index import CURRENT, SearchIndex
from tests.core.search_library import make_library

# Two articles that use the searched word "fever" once each; the one about parking is shorter, so
# by the words alone it ranks first. Only the other is about what the question means.
FEVER = [
    (
        "unwell.md",
        "Feelings After a Loss",
        "/about/unwell",
        "It is normal to cry. Sorrow, grief and mourning after someone you love has died can last a long "
        "time, and talking with a counselor or a support group can help.",
        "general",
        "support",
    ),
    (
        "visiting.md",
        "Visiting the Center",
        "/about/visiting",
        "Babies may cry in the waiting room. The garage fills by nine, so come early; the shop sells "
        "coffee, maps and cards.",
        "general",
        "support",
    ),
]
QUESTION = "cry every day missing my husband"


@pytest.fixture(autouse=True)
def fresh_table() -> Iterator[None]:
    """Each test reads the table anew (some replace it), and later tests get the shipped one back."""
    vectors.forget_tables()
    yield
    vectors.forget_tables()


def use_table(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make the search read its word-vector table from path."""
    monkeypatch.setattr(vectors, "table_path", lambda: path)
    vectors.forget_tables()


def urls(index: SearchIndex, text: str) -> list[str]:
    """Result addresses for text."""
    return [h.url for h in index.search(text).hits]


def test_wordpiece_splits_like_bert_uncased() -> None:
    vocab = ["[UNK]", "che", "##mo", "side", "-", "effects", "naive", "cafe", "?", "what"]
    pieces = WordPiece(vocab)
    assert [vocab[i] for i in pieces.ids("What  chemo side-effects? Naïve CAFÉ")] == [
        "what", "che", "##mo", "side", "-", "effects", "?", "naive", "cafe",
    ]  # fmt: skip
    assert pieces.ids("chemx") == []  # a word with no pieces is left out whole, as BERT's [UNK]
    text = "Chemo, chemo and more chemo? What side-effects!"
    assert pieces.counts(text) == dict(Counter(pieces.ids(text)))


def test_the_shipped_table_reads_and_makes_unit_vectors() -> None:
    table = shipped_table()
    assert table is not None and table.dims == 128 and len(table.tokenizer.index) > 20_000
    fever, hot, bill = (table.vector(t) for t in ("fever and chills", "high temperature", "parking garage"))
    assert fever is not None and hot is not None and bill is not None
    assert abs(float(np.linalg.norm(fever)) - 1.0) < 1e-5
    assert float(fever @ hot) > float(fever @ bill) + 0.1
    assert table.vector("") is None and table.vector("¿¿ ??") is not None  # punctuation has rows too


def test_an_article_vector_survives_the_manifest() -> None:
    table = shipped_table()
    assert table is not None
    code = article_code(table, "Fatigue", "Feeling tired and weak.")
    back = decode(code, table.dims)
    original = table.vector("Fatigue\nFeeling tired and weak.")
    assert back is not None and original is not None and float(back @ original) > 0.999
    assert article_code(None, "Fatigue", "tired") == ""
    for damaged in ("", "not base64!", code[:40], 5, None):
        assert decode(damaged, table.dims) is None


def test_the_rerank_moves_the_closest_meaning_up_within_the_top() -> None:
    query = np.array([1.0, 0.0], dtype=np.float32)
    docs = {10: np.array([0.0, 1.0], np.float32), 11: np.array([1.0, 0.0], np.float32)}
    scored = [(1.0, 0), (0.95, 1), (0.5, 2)]  # (score, rank); rank 2 has no vector
    docnum = {0: 10, 1: 11, 2: 12}.__getitem__
    assert [r for _s, r in MeaningRerank(query, docs, weight=0.2).rerank(scored, docnum)] == [1, 0, 2]
    assert [r for _s, r in MeaningRerank(query, docs, weight=0.0).rerank(scored, docnum)] == [0, 1, 2]


def test_search_ranks_the_article_that_means_the_question_first(tmp_path: Path) -> None:
    index = SearchIndex.open(tmp_path / "cache")
    index.update(make_library(tmp_path / "lib", FEVER))
    assert urls(index, QUESTION)[0] == "/about/unwell"
    index.close()


def test_without_the_rerank_the_words_alone_rank_the_other_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The control for the test above: the same library and question with no table to read."""
    use_table(monkeypatch, tmp_path / "missing.npz")
    index = SearchIndex.open(tmp_path / "cache")
    with caplog.at_level(logging.WARNING):
        index.update(make_library(tmp_path / "lib", FEVER))
        assert urls(index, QUESTION)[0] == "/about/visiting"
    said = [r.getMessage() for r in caplog.records if "meaning re-rank" in r.getMessage()]
    assert len(said) == 1 and "missing.npz" in said[0]  # one plain line, not one per article
    index.close()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "wrong shapes", "empty"])
def test_a_damaged_table_leaves_search_working_without_the_rerank(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    bad = tmp_path / "word_vectors.npz"
    shipped = vectors.table_path().read_bytes()
    if damage == "truncated":
        bad.write_bytes(shipped[: len(shipped) // 2])
    elif damage == "garbage":
        bad.write_bytes(b"\x00not a table\xff" * 100)
    elif damage == "empty":
        bad.write_bytes(b"")
    else:
        with open(bad, "wb") as handle:
            np.savez(handle, tokens=np.frombuffer(b"a\nb", np.uint8), rows=np.zeros((5, 3), np.float32),
                     scales=np.ones(2, np.float32))  # fmt: skip
    use_table(monkeypatch, bad)
    index = SearchIndex.open(tmp_path / "cache")
    with caplog.at_level(logging.WARNING):
        report = index.update(make_library(tmp_path / "lib", FEVER))
        assert report.rebuilt and index.status().state == "ready"
        assert urls(index, QUESTION) == ["/about/visiting", "/about/unwell"]
        assert urls(index, "garage")
    assert sum("meaning re-rank" in r.getMessage() for r in caplog.records) == 1
    index.close()


def test_an_index_without_vectors_still_searches(tmp_path: Path) -> None:
    """An index whose manifest holds no (or damaged) vectors: plain ranking, no error."""
    index = SearchIndex.open(tmp_path / "cache")
    index.update(make_library(tmp_path / "lib", FEVER))
    index.close()
    root = tmp_path / "cache" / "index"
    manifest = root / (root / CURRENT).read_text().strip() / MANIFEST
    data = json.loads(manifest.read_text())
    first, second = data["files"].values()
    assert first["meaning"] and second["meaning"]
    del first["meaning"]
    second["meaning"] = "%%% damaged"
    manifest.write_text(json.dumps(data))
    again = SearchIndex.open(tmp_path / "cache")
    assert again.status().state == "ready"
    assert urls(again, QUESTION) == ["/about/visiting", "/about/unwell"]
    again.close()


def test_other_languages_get_no_vector_and_english_questions_are_still_reranked(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    make_library(lib, FEVER)
    spanish = (lib / "unwell.md").read_text().replace("language: en", "language: es")
    (lib / "fiebre.md").write_text(spanish.replace("/about/unwell", "/espanol/fiebre"))
    index = SearchIndex.open(tmp_path / "cache")
    from reader.core.library.catalog import Library

    index.update(Library.load([lib]))
    assert urls(index, QUESTION)[:2] == ["/about/unwell", "/about/visiting"]  # English still re-ranked
    index.close()
    root = tmp_path / "cache" / "index"
    files = json.loads((root / (root / CURRENT).read_text().strip() / MANIFEST).read_text())["files"]
    by_key = {Path(path).name: entry for path, entry in files.items()}
    assert "meaning" not in by_key["fiebre.md"] and by_key["unwell.md"]["meaning"]
    from reader.core.search.index import meaning_reranker

    assert meaning_reranker("fiebre y escalofríos después de la quimioterapia", {1: np.ones(2)}) is None
    assert meaning_reranker("fever and chills", {1: np.ones(128, np.float32)}) is not None


def test_a_table_with_too_few_tokens_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "small.npz"
    with open(path, "wb") as handle:
        np.savez(handle, tokens=np.frombuffer(b"a\nb", np.uint8), rows=np.zeros((2, 16), np.int8),
                 scales=np.ones(2, np.float32))  # fmt: skip
    with pytest.raises(ValueError, match="do not agree"):
        WordVectors.load(path)


def test_a_packs_prebuilt_index_carries_the_vectors(tmp_path: Path) -> None:
    """A pack ships its index: searched from it, the question is re-ranked as in one's own index."""
    from reader.core.packs.combined_index import CombinedSearchIndex, checked_source
    from reader.core.search.prebuilt import write_prebuilt

    pack = tmp_path / "pack"
    make_library(pack, FEVER)
    write_prebuilt(pack, tmp_path / "pack-index")
    source = checked_source("pack", tmp_path / "pack-index", pack)
    assert source is not None
    index = CombinedSearchIndex.open_with(tmp_path / "cache", [source])
    try:
        assert urls(index, QUESTION) == ["/about/unwell", "/about/visiting"]
    finally:
        index.close()
