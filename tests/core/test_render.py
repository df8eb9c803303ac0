"""Markdown to HTML: links by kind, raw HTML shown as text, images as captions, headings for contents."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.core.library.article import load_article
from reader.core.library.links import classify, glossary_term_id
from reader.core.render.convert import render_article, render_markdown
from tests.helpers import SEED_ARTICLE


@pytest.mark.parametrize(
    ("href", "kind", "target"),
    [
        ("/publications/dictionaries/cancer-terms/def/46356", "glossary", "46356"),
        ("/publications/dictionaries/cancer-terms/def/coping-skills", "glossary", "coping-skills"),
        ("https://www.cancer.gov/publications/dictionaries/cancer-terms/def/45214/", "glossary", "45214"),
        ("/Common/PopUps/popDefinition.aspx?id=44685&version=healthprofessional", "glossary", "44685"),
        ("/Common/PopUps/popDefinition.aspx?id=CDR0000045885&version=Patient", "glossary", "45885"),
        (
            "/Common/PopUps/popDefinition.aspx?id=abc",
            "site",
            "https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=abc",
        ),
        ("#section_1", "anchor", "#section_1"),
        ("/types/breast", "site", "https://www.cancer.gov/types/breast"),
        ("https://www.cancer.gov/types/lung#x", "site", "https://www.cancer.gov/types/lung#x"),
        ("http://www.ncbi.nlm.nih.gov/pubmed/1", "web", "http://www.ncbi.nlm.nih.gov/pubmed/1"),
        ("mailto:help@example.org", "mail", "mailto:help@example.org"),
        ("javascript:alert(1)", "blocked", "javascript:alert(1)"),
        ("data:text/html,hi", "blocked", "data:text/html,hi"),
        ("file:///etc/passwd", "blocked", "file:///etc/passwd"),
        ("../secrets.md", "blocked", "../secrets.md"),
    ],
)
def test_links_are_classified(href: str, kind: str, target: str) -> None:
    link = classify(href)
    assert (link.kind, link.target) == (kind, target)


def test_glossary_id_ignores_other_sites() -> None:
    assert glossary_term_id("https://example.org/publications/dictionaries/cancer-terms/def/1") is None


def test_rendered_links_and_glossary_uses() -> None:
    page = render_markdown(
        "See [immune system](/publications/dictionaries/cancer-terms/def/46356), "
        "[lung](/types/lung), [PubMed](https://pubmed.ncbi.nlm.nih.gov/1) and [bad](javascript:alert(1))."
    )
    assert '<a class="glossary" href="glossary:46356" style="text-underline-style: dotted"' in page.html
    assert 'title="Definition: immune system">immune system</a>' in page.html
    assert '<a href="https://www.cancer.gov/types/lung">lung</a>' in page.html
    assert '<a class="external" href="https://pubmed.ncbi.nlm.nih.gov/1">PubMed</a>' in page.html
    assert "javascript" not in page.html
    assert "<span>bad</span>" in page.html
    assert [(g.term_id, g.text) for g in page.glossary] == [("46356", "immune system")]


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        '<iframe src="https://evil.example"></iframe>',
        '<img src="http://tracker.example/x.png">',
        '<img src="file:///etc/passwd">',
        '<div style="background: url(http://evil.example/x)">hi</div>',
        '<a href="javascript:alert(1)">x</a>',
    ],
)
def test_raw_html_is_shown_as_text_never_as_markup(raw: str) -> None:
    page = render_markdown(f"Before\n\n{raw}\n\nAfter, inline {raw} too.")
    for tag in ("<script", "<iframe", "<img", "<div", '<a href="javascript'):
        assert tag not in page.html
    assert "&lt;" in page.html


def test_images_become_captions_and_are_never_loaded() -> None:
    page = render_markdown("![A nurse talks with a patient.](/sites/x.jpg)\n\n![](http://x/y.png)")
    assert "<img" not in page.html
    assert "Picture: A nurse talks with a patient." in page.html
    assert "Picture (not available offline)" in page.html


def test_tables_lists_and_heading_anchors() -> None:
    page = render_markdown("## Side effects\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n")
    assert '<h2 id="side-effects">Side effects</h2>' in page.html
    assert "<table>" in page.html and "<td>1</td>" in page.html
    assert "<li>one</li>" in page.html
    assert [(h.level, h.text, h.anchor) for h in page.headings] == [(2, "Side effects", "side-effects")]


def test_header_shows_trust_details_and_calm_review_notice() -> None:
    article = load_article(SEED_ARTICLE)
    page = render_article(article, today=dt.date(2026, 11, 28))
    assert "Source: NCI" in page.html
    assert "Its authors last reviewed this article in December 2025, and it is now due" in page.html
    assert "Web address: https://www.cancer.gov/types/breast/treatment/immunotherapy" in page.html
    assert "Citation: NCI, 2025" in page.html
    assert 'class="notice"' in page.html and "may have changed" in page.html
    fresh = render_article(article, today=dt.date(2026, 1, 2))
    assert 'class="notice"' not in fresh.html
    assert "Reviewed December 2025" in fresh.html and "may have changed" not in fresh.html
    assert page.html.count(article.display_title) == 1, "the title shows once"


CARDS = """## Learn more

- [![A doctor pointing at a mammogram.](/sites/g/files/pic.jpg)

Breast Cancer Types

Learn about the different types of breast cancer.](/types/breast/breast-cancer-types)
- [![A woman on a sofa.](/sites/g/files/other.jpg)

Causes and Risk Factors

](/types/breast/causes-risk-factors)

[![Alone in a paragraph.](/p.jpg)

Screening

Tests that look for cancer before it causes symptoms.](/types/breast/screening)
"""


def test_landing_page_cards_become_plain_links_with_their_line() -> None:
    html = render_markdown(CARDS).html
    assert '<a href="https://www.cancer.gov/types/breast/breast-cancer-types">Breast Cancer Types</a>: ' in html
    assert "Learn about the different types of breast cancer." in html
    assert '<a href="https://www.cancer.gov/types/breast/causes-risk-factors">Causes and Risk Factors</a></li>' in html
    assert '<a href="https://www.cancer.gov/types/breast/screening">Screening</a>: Tests that look' in html
    assert "](" not in html and "[" not in html and "/sites/g/files" not in html  # no Markdown shown as text


LIST_CARDS = """## Types of Cancer Treatment in Alphabetical Order

- [Chemotherapy

Chemotherapy works by killing or stopping the growth of fast-growing cells.](/about-cancer/treatment/types/chemotherapy)
- [Hormone Therapy

Hormone therapy slows or stops the growth of cancers that use hormones to grow.](/about-cancer/treatment/types/hormone-therapy)
"""


def test_cards_without_a_picture_in_a_list_become_links_with_their_line() -> None:
    html = render_markdown(LIST_CARDS).html  # "Types of Cancer Treatment" showed its list as Markdown (walk 7, C1)
    chemo = '<a href="https://www.cancer.gov/about-cancer/treatment/types/chemotherapy">Chemotherapy</a>: '
    assert f"<li>{chemo}Chemotherapy works by killing" in html
    hormone = '<a href="https://www.cancer.gov/about-cancer/treatment/types/hormone-therapy">Hormone Therapy</a>: '
    assert f"<li>{hormone}Hormone therapy slows" in html
    assert "](" not in html and "[" not in html


@pytest.mark.timeout(60)
def test_card_lookalikes_that_never_close_stay_quick_and_shown_as_written() -> None:
    hostile = "[![x](/p.jpg)\n\n" + "word " * 50 + "\n\n" + "more words " * 300  # no closing ](link)
    html = render_markdown(hostile * 200).html
    assert html.count("Picture: x") == 200  # left as Markdown gives it, pictures as captions
