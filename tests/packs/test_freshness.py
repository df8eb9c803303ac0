"""The home page's note on when the library was published, calm when a pack is over a year old."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reader.core.packs.format import Manifest
from reader.core.packs.freshness import STALE_NOTE, is_stale, published_html

TODAY = dt.date(2026, 11, 29)
PACK = Manifest(id="clinic", title="Clinic <library>", publisher="Good & Kind Clinic", language="en",
                version="3", created="2026-01-15T09:00:00+00:00", article_count=3, index_format="x",
                catalog_format=1, min_app_version="0", key_id="k")  # fmt: skip


def test_the_note_names_publisher_version_and_day() -> None:
    text = published_html([PACK], TODAY)
    assert (
        "“Clinic &lt;library&gt;” (version 3) was published by Good &amp; Kind Clinic on January 15, 2026."
        in text
    )
    assert STALE_NOTE not in text


def test_a_pack_older_than_a_year_gets_the_calm_note() -> None:
    old = replace(PACK, created="2025-11-28T09:00:00+00:00")
    assert is_stale(old, TODAY) and not is_stale(replace(PACK, created="2025-12-01T00:00:00+00:00"), TODAY)
    text = published_html([PACK, old], TODAY)
    assert text.count("was published by") == 2
    assert STALE_NOTE in text


def test_no_packs_no_note_and_a_bad_date_is_not_old() -> None:
    assert published_html([], TODAY) == ""
    odd = replace(PACK, created="sometime")
    assert not is_stale(odd, TODAY)
    assert "was published by Good &amp; Kind Clinic." in published_html([odd], TODAY)
