"""Reading preferences, contrast maths and handout HTML: plain Python, no Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.appearance.contrast import contrast_ratio
from reader.core.glossary.entries import Glossary
from reader.core.handouts.article_handout import LARGE_POINTS, NORMAL_POINTS, build_handout
from reader.core.library.article import load_article
from reader.core.render.convert import render_article
from reader.core.settings import reading_prefs as rp
from reader.core.settings.store import Settings
from tests.helpers import SEED_ARTICLE


def test_steps_go_up_and_down_through_every_size_and_stop_at_the_ends() -> None:
    up = [rp.MIN_SCALE]
    while up[-1] != rp.MAX_SCALE:
        up.append(rp.larger(up[-1]))
    assert tuple(up) == rp.FONT_STEPS
    assert rp.larger(rp.MAX_SCALE) == rp.MAX_SCALE
    assert rp.smaller(rp.MIN_SCALE) == rp.MIN_SCALE
    assert rp.smaller(200) == 175
    assert rp.larger(160) == 175  # a size between steps goes to the next step
    assert 200 in rp.FONT_STEPS and rp.MAX_SCALE >= 200


def test_parse_scale_accepts_percent_and_refuses_out_of_range() -> None:
    assert rp.parse_scale("150") == 150
    assert rp.parse_scale("175%") == 175
    for bad in ("50", "301", "big"):
        with pytest.raises(ValueError):
            rp.parse_scale(bad)


def test_preferences_round_trip_and_damaged_values_fall_back(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    rp.ReadingPrefs(font_scale=175, theme="dark", line_spacing=210, legible_font=True).save(settings)
    again = rp.ReadingPrefs.from_settings(Settings(tmp_path / "settings.json"))
    assert again == rp.ReadingPrefs(175, "dark", 210, True)
    for key, value in (
        ("font_scale", "huge"),
        ("theme", "purple"),
        ("line_spacing", 999),
        ("legible_font", "yes"),
    ):
        settings.set(key, value)
    assert rp.ReadingPrefs.from_settings(settings) == rp.ReadingPrefs()
    settings.set("font_scale", 5000)
    assert rp.ReadingPrefs.from_settings(settings).font_scale == rp.MAX_SCALE


def test_overrides_replace_only_what_was_given() -> None:
    prefs = rp.ReadingPrefs(font_scale=110, theme="dark")
    assert prefs.with_overrides(font_scale=250) == rp.ReadingPrefs(font_scale=250, theme="dark")
    assert prefs.with_overrides(theme="high-contrast").font_scale == 110


def test_contrast_ratio_matches_known_wcag_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(
        4.48, abs=0.01
    )  # the classic "just fails AA"
    assert contrast_ratio("#fff", "#000") == contrast_ratio("#000000", "#ffffff")


def test_handout_has_article_words_and_where_it_came_from() -> None:
    article = load_article(SEED_ARTICLE)
    page = render_article(article)
    words = Glossary.load(None).words_in_article(page.glossary)
    assert any(w.entry is not None for w in words), "the seed article links glossary words"
    handout = build_handout(article, page, words, today=dt.date(2026, 11, 2))
    assert "Immunotherapy for Breast Cancer" in handout.html
    assert "Words in this article" in handout.html
    known = next(w.entry for w in words if w.entry is not None)
    assert known.term in handout.html
    for fact in ("Source:", "Citation:", "Last reviewed:", article.url, "November 2, 2026"):
        assert fact in handout.html
    assert article.url in handout.footer and "Last reviewed" in handout.footer
    assert handout.points == NORMAL_POINTS
    assert build_handout(article, page, words, large_type=True).points == LARGE_POINTS
