"""Survival sections: which are marked by the converter, how they fold, and the handout's note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.handouts.article_handout import build_handout
from reader.core.library.catalog import Library
from reader.core.render.convert import render_markdown
from reader.core.render.page_cache import VERSION
from reader.core.render.survival import (
    FOLD_NOTE,
    PRINT_NOTE,
    SHOW_LINK_TEXT,
    for_print,
    is_survival_heading,
    shown_page,
    survival_anchors,
    survival_link_anchor,
)
from tests.helpers import write_article

BODY = """# Stomach Cancer

## About stomach cancer

The stomach is part of the digestive system.

## Survival rates for stomach cancer

About 36 of every 100 people are alive five years later.

### Understanding survival rate statistics

Numbers come from large groups of people.

## Treatment

Surgery is common.

### Certain factors affect prognosis (chance of recovery) and treatment options.

The prognosis depends on the stage.

## Follow-Up and Survivorship

Life after treatment.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Statistics",
        "Survival",
        "Prognosis",
        "Outlook",
        "Survival rates for bladder cancer",
        "Prognosis and Survival",
        "Understanding survival rate statistics",
        "Chance of recovery (prognosis)",
        "Certain factors affect prognosis (chance of recovery) and treatment options.",
        "What affects liver cancer prognosis?",
    ],
)
def test_survival_and_prognosis_headings_fold(heading: str) -> None:
    assert is_survival_heading(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Follow-Up and Survivorship",
        "Treatment for SVCS caused by cancer depends on the cause, signs and symptoms, and prognosis.",
        "Management and Prognosis for GATA2 Deficiency Syndrome",
        "Survivors of childhood cancer",
        "Prognostic Factors",
        "Treatment",
        "Stages",
    ],
)
def test_survivorship_and_other_headings_do_not_fold(heading: str) -> None:
    assert not is_survival_heading(heading)


def test_converter_marks_each_section_up_to_the_next_heading_of_its_level() -> None:
    page = render_markdown(BODY)
    assert survival_anchors(page.html) == [
        "survival-rates-for-stomach-cancer",
        "certain-factors-affect-prognosis-chance-of-recovery-and-treatment-options",
    ]  # the statistics heading sits inside the first section: one fold, not two
    folded = shown_page(page, fold=True)
    assert "36 of every 100" not in folded.html and "Numbers come from" not in folded.html
    assert "The prognosis depends" not in folded.html
    for kept in (
        "Survival rates for stomach cancer",
        "part of the digestive",
        "Surgery is common",
        "Life after",
    ):
        assert kept in folded.html
    assert folded.html.count(SHOW_LINK_TEXT) == 2 and FOLD_NOTE in folded.html
    assert 'href="survival:survival-rates-for-stomach-cancer"' in folded.html
    assert "understanding-survival-rate-statistics" not in [h.anchor for h in folded.headings]
    assert "survival-rates-for-stomach-cancer" in [h.anchor for h in folded.headings]


def test_revealed_sections_and_folding_off_show_the_numbers() -> None:
    page = render_markdown(BODY)
    one = shown_page(page, fold=True, revealed={"survival-rates-for-stomach-cancer"})
    assert "36 of every 100" in one.html and "The prognosis depends" not in one.html
    off = shown_page(page, fold=False)
    assert "36 of every 100" in off.html and "The prognosis depends" in off.html
    assert SHOW_LINK_TEXT not in off.html and len(off.headings) == len(page.headings)


def test_a_page_without_survival_sections_is_left_as_it_is() -> None:
    page = render_markdown("# Title\n\n## Survivorship\n\nText.\n")
    assert survival_anchors(page.html) == [] and shown_page(page, fold=True) is page


def test_survival_link_anchor() -> None:
    assert survival_link_anchor("survival:statistics") == "statistics"
    assert survival_link_anchor("/types/stomach/survival") is None


def test_page_cache_version_was_bumped_for_the_marks() -> None:
    assert VERSION >= 3  # pages cached before the marks would never fold


def test_handout_keeps_a_folded_section_folded_with_a_note_instead_of_a_dead_link(tmp_path: Path) -> None:
    write_article(tmp_path, "stomach.md", "Stomach Cancer", "https://www.cancer.gov/types/stomach", BODY)
    article = next(iter(Library.load([tmp_path])))
    page = render_markdown(article.body)
    folded = build_handout(article, shown_page(page, fold=True), today=dt.date(2026, 1, 1)).html
    assert PRINT_NOTE in folded and SHOW_LINK_TEXT not in folded and "36 of every 100" not in folded
    shown = build_handout(article, shown_page(page, fold=False), today=dt.date(2026, 1, 1)).html
    assert "36 of every 100" in shown and PRINT_NOTE not in shown
    assert for_print("<p>plain</p>") == "<p>plain</p>"
