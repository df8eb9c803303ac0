"""The fast index writer writes exactly what Whoosh's own writer writes."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import SegmentWriter

from reader.core.search_build import document, make_schema
from reader.core.search_fields import FastSegmentWriter
from tests.core.search_library import filler, make_library


def _write(folder: Path, docs: list[dict], fast: bool) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    options = {"codec": W3Codec(compression=0), "compound": False}
    writer = FastSegmentWriter(ix, **options) if fast else SegmentWriter(ix, **options)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    ix.close()
    return {p.suffix: p.read_bytes() for p in folder.iterdir() if p.suffix in (".pst", ".trm")}


def test_fast_writer_writes_the_same_postings_and_terms_as_whoosh(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    filler(tmp_path / "lib", 300)  # enough documents for terms that fill several posting blocks
    docs = [document(article)[0] for article in type(library).load([tmp_path / "lib"])]
    fast = _write(tmp_path / "fast", docs, fast=True)
    plain = _write(tmp_path / "plain", docs, fast=False)
    assert set(fast) == {".pst", ".trm"}
    assert fast == plain
