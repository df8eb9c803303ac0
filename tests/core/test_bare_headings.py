"""A bare "##" line with the heading's words in the next paragraph is read as that heading (walk 9, C9-1)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.library.article import load_article
from reader.core.render import page_cache
from reader.core.render.bare_headings import MAX_HEADING_CHARS, is_heading_line, join_bare_headings
from reader.core.render.convert import render_article, render_markdown
from reader.core.search.text import headings
from reader.core.symptoms.sections import symptom_sections
from tests.helpers import write_article

#: The shape of cancer-types/about-cancer-treatment-types-radiation-therapy.md in the NCI library.
RADIATION = (
    "Radiation therapy is a cancer treatment that uses high doses of radiation to kill cancer cells.\n"
    "\n##\n\nHow radiation therapy works against cancer\n\n"
    "At high doses, radiation therapy kills cancer cells or slows their growth by damaging their DNA.\n"
    "\n##\n\nTypes of radiation therapy\n\n"
    "There are two main types of radiation therapy, external beam and internal.\n"
)

_BARE_LINE = re.compile(r"^[ ]{0,3}#{1,6}[ \t]*$", re.MULTILINE)


def _texts(markdown: str) -> list[tuple[int, str]]:
    return [(h.level, h.text) for h in render_markdown(markdown).headings]


def test_the_radiation_therapy_shape_gives_headings_on_the_page_and_in_the_index() -> None:
    page = render_markdown(RADIATION)
    assert [(h.level, h.text) for h in page.headings] == [
        (2, "How radiation therapy works against cancer"),
        (2, "Types of radiation therapy"),
    ]
    assert re.search(r"<h2 id=\"[^\"]+\">How radiation therapy works against cancer</h2>", page.html)
    assert "<p>How radiation therapy" not in page.html and "<h2 id=\"_1\"></h2>" not in page.html
    assert headings(RADIATION) == ["How radiation therapy works against cancer", "Types of radiation therapy"]


def test_a_bare_h3_marker_gives_an_h3() -> None:
    text = "## Treatment\n\nIntro.\n\n###\n\nSide effects of radiation\n\nTiredness.\n"
    assert _texts(text) == [(2, "Treatment"), (3, "Side effects of radiation")]
    assert "<h3" in render_markdown(text).html


def test_a_bare_marker_at_the_end_of_the_file_is_dropped() -> None:
    for text in ("Some text.\n\n##", "Some text.\n\n##\n", "Some text.\n\n##\n\n\n   \n"):
        page = render_markdown(text)
        assert page.headings == [] and "#" not in page.html and "<h" not in page.html
        assert page.html == "<p>Some text.</p>"


def test_a_bare_marker_before_a_long_paragraph_is_dropped_and_the_paragraph_stays_text() -> None:
    # A heading is a line of its own, short, that does not end a sentence: the longest bare-marker heading
    # in the NCI library is 160 characters (no "." at its end); running text after a stray marker is not.
    long_line = "Radiation " + "therapy " * (MAX_HEADING_CHARS // 8) + "ends"
    cases = [
        long_line,  # longer than any heading
        "Radiation therapy uses high doses of radiation.",  # a sentence
        "Radiation therapy can help\nin several ways",  # a paragraph of two lines
    ]
    for words in cases:
        page = render_markdown(f"Intro.\n\n##\n\n{words}\n\nMore.\n")
        assert page.headings == [], words
        assert f"<p>{words}</p>" in page.html and "#" not in page.html
        assert headings(f"Intro.\n\n##\n\n{words}\n\nMore.\n") == []


def test_a_long_heading_up_to_the_limit_is_still_a_heading() -> None:
    question = "Why didn't the vitamin E supplements prevent prostate cancer as expected? " * 2
    question = question.strip()[:MAX_HEADING_CHARS].rstrip(". ")
    assert _texts(f"##\n\n{question}\n\nWe do not know.\n") == [(2, question)]


def test_a_bare_marker_before_a_list_leaves_the_list_alone() -> None:
    text = "Intro.\n\n##\n\n- itchy skin\n- dark urine\n\n##\n\n1. First step\n\nEnd.\n"
    page = render_markdown(text)
    assert page.headings == []
    assert "<li>itchy skin</li>" in page.html and "<li>First step</li>" in page.html and "#" not in page.html
    assert headings(text) == []  # the index took "itchy skin" for a heading before


@pytest.mark.parametrize(
    "line",
    [
        "| Drug | Use |",
        "> A quote",
        "[Learn more about radiation](/about-cancer/treatment/types/radiation-therapy)",
        "![A linear accelerator](/images/linac.jpg)",
        "---",
        "<div>raw</div>",
        "    indented code",
        "## Already a heading",
        "##",
        "Note:",
    ],
)
def test_lines_that_are_other_markup_are_not_taken_as_headings(line: str) -> None:
    assert not is_heading_line(line)
    assert "##\n\n" + line not in join_bare_headings(f"Intro.\n\n##\n\n{line}\n\nEnd.\n")
    assert not _BARE_LINE.search(join_bare_headings(f"Intro.\n\n##\n\n{line}\n\nEnd.\n"))


def test_two_bare_markers_in_a_row_give_one_heading_and_a_marker_before_a_heading_goes() -> None:
    assert _texts("##\n\n##\n\nSide effects\n\nText.\n\n##\n\n## Outlook\n\nText.\n") == [
        (2, "Side effects"),
        (2, "Outlook"),
    ]


def test_the_heading_words_may_follow_the_marker_without_a_blank_line_and_keep_their_markup() -> None:
    page = render_markdown("##\nWhat is *brachytherapy*?\n\nText.\n")
    assert [h.text for h in page.headings] == ["What is brachytherapy?"]
    assert "<em>brachytherapy</em>" in page.html


def test_a_dropped_marker_between_paragraphs_keeps_them_apart() -> None:
    assert render_markdown("First.\n##\nSecond ends here.\n").html == "<p>First.</p>\n<p>Second ends here.</p>"


def test_text_without_bare_markers_is_returned_as_it_is() -> None:
    text = "## Heading\n\n#hashtag\n\n    ##\n\nText ## more.\n"
    assert join_bare_headings(text) is text


def test_the_symptom_sections_use_the_same_rule() -> None:
    text = "Intro.\n\n##\n\nSigns and symptoms of bile duct cancer\n\n- itchy skin\n\n##\n\n- dark urine\n"
    sections = symptom_sections(text)
    assert len(sections) == 1 and "itchy skin" in sections[0] and "dark urine" in sections[0]


@pytest.mark.timeout(20)
def test_hostile_bare_markers_take_linear_time() -> None:
    # Each case is about a megabyte: quadratic work (every marker scanning to the end) would take hours.
    many = "##\n" * 100_000 + "Last heading\n"
    assert join_bare_headings(many).split("\n")[-2:] == ["## Last heading", ""]
    blank_runs = ("##\n" + "\n" * 50 + "   \n" * 50) * 4_000
    assert "#" not in join_bare_headings(blank_runs)
    huge_line = "##\n\n" + "word " * 300_000 + "\n"
    assert join_bare_headings(huge_line) == "\n\n" + "word " * 300_000 + "\n"
    huge_marker_line = "##" + " " * 1_000_000 + "\nHeading\n"
    assert join_bare_headings(huge_marker_line) == "## Heading\n"
    alternating = "##\n\nShort heading\n" * 50_000  # words with no blank line after them: never joined
    assert join_bare_headings(alternating).count("## Short heading") == 1  # only the last is a line of its own
    assert headings(many) == ["Last heading"]


def test_the_index_build_joins_bare_markers_once_for_the_headings_and_the_symptom_sections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.search import build
    from reader.core.search import text as search_text
    from reader.core.symptoms import sections
    from reader.core.symptoms.sections import symptom_stems

    body = RADIATION + "\n##\n\nSigns and symptoms of bile duct cancer\n\n- itchy skin\n- dark urine\n"
    path = write_article(tmp_path, "radiation.md", "Radiation", "https://www.cancer.gov/radiation", body)
    article = load_article(path, tmp_path)
    alone_heads, alone_symptoms = headings(article.body), symptom_stems(article.body)  # each joins by itself
    joined: list[str] = []

    def join_counted(markdown: str) -> str:
        joined.append(markdown)
        return join_bare_headings(markdown)

    for module in (build, search_text, sections):
        monkeypatch.setattr(module, "join_bare_headings", join_counted)
    doc, facts = build.document(article)
    assert joined == [article.body]  # once per article, not once for each reader of it
    assert doc["headings"].split("\n") == alone_heads and "Signs and symptoms of bile duct cancer" in alone_heads
    assert facts.symptoms == alone_symptoms and "itchi" in alone_symptoms


def test_cached_pages_are_converted_again() -> None:
    assert page_cache.VERSION >= 5
    assert "render/bare_headings.py" in page_cache._CONVERTER_SOURCES


@pytest.mark.corpus
def test_every_bare_marker_in_the_corpus_becomes_a_listed_heading(corpus: Path) -> None:
    radiation = load_article(corpus / "cancer-types" / "about-cancer-treatment-types-radiation-therapy.md", corpus)
    listed = [h.text for h in render_article(radiation).headings]
    assert "How radiation therapy works against cancer" in listed and "Types of radiation therapy" in listed
    files = markers = 0
    for path in sorted(corpus.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not _BARE_LINE.search(text):
            continue
        body = load_article(path, corpus).page_body
        count = len(_BARE_LINE.findall(body))
        page = render_markdown(body)
        assert all(h.text.strip() for h in page.headings), path
        assert len(page.headings) >= count, path
        files += 1
        markers += count
    assert files >= 140 and markers >= 850  # 144 files, 863 markers in November 2026
