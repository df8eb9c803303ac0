"""The fast index writer writes exactly what Whoosh's own writer writes."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.query import Term
from whoosh.writing import SegmentWriter

from reader.core.library.catalog import Library
from reader.core.search import workers as search_workers
from reader.core.search.build import document, fingerprint, make_schema
from reader.core.search.fields import FastSegmentWriter
from tests.core.search_library import filler, make_library


def _write(folder: Path, docs: list[dict], fast: bool, limitmb: int = 128) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    options = {"codec": W3Codec(compression=0), "compound": False, "limitmb": limitmb}
    writer = FastSegmentWriter(ix, **options) if fast else SegmentWriter(ix, **options)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    ix.close()
    return {p.suffix: p.read_bytes() for p in folder.iterdir() if p.suffix in (".pst", ".trm")}


def test_fast_writer_writes_the_same_postings_and_terms_as_whoosh(tmp_path: Path) -> None:
    make_library(tmp_path / "lib")
    filler(tmp_path / "lib", 300)  # enough documents for terms that fill several posting blocks
    docs = [document(article)[0] for article in Library.load([tmp_path / "lib"])]
    fast = _write(tmp_path / "fast", docs, fast=True)
    plain = _write(tmp_path / "plain", docs, fast=False)
    assert set(fast) == {".pst", ".trm"}
    assert fast == plain


def test_postings_that_spill_to_disk_are_written_the_same(tmp_path: Path) -> None:
    make_library(tmp_path / "lib")
    filler(tmp_path / "lib", 300)
    docs = [document(article)[0] for article in Library.load([tmp_path / "lib"])]
    in_memory = _write(tmp_path / "memory", docs, fast=True)
    spilled = _write(tmp_path / "spilled", docs, fast=True, limitmb=1)  # ~5,000 postings, then Whoosh's pool
    assert in_memory == spilled


def test_parallel_build_with_full_buffers_rolls_over_to_new_segments(tmp_path: Path) -> None:
    # A worker whose posting buffer fills closes its segment and starts another (a bigger library stays
    # a linear build instead of spilling to disk); every article is found once, with the same scores.
    make_library(tmp_path / "lib")
    filler(tmp_path / "lib", 300)
    library = Library.load([tmp_path / "lib"])
    items = [(a, fingerprint(a.path)) for a in library]
    peak = search_workers.build_parallel(tmp_path / "small", items, procs=2, limit_mb=1)
    assert peak > 0
    search_workers.build_parallel(tmp_path / "big", items, procs=2)
    found = {}
    for name in ("small", "big"):
        ix = whoosh_index.open_dir(str(tmp_path / name))
        with ix.searcher() as searcher:
            assert searcher.doc_count() == len(library)
            segments = len(ix._segments())
            hits = searcher.search(Term("body", "treatment"), limit=None)
            found[name] = (segments, sorted((h["key"], round(h.score, 6)) for h in hits))
            assert len(searcher.search(Term("body", "diarrhea")).docs()) == 1
        ix.close()
        assert not list((tmp_path / name).glob("*.tmp"))
    assert found["big"][0] == 2 and found["small"][0] > 2
    assert found["small"][1] == found["big"][1] and found["big"][1]
