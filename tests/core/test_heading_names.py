"""Repeated headings are told apart in "On this page" (walk 10, X8: five times "Learn More")."""

from __future__ import annotations

from reader.core.render.convert import render_markdown
from reader.core.render.heading_names import contents_names

OVERVIEW = """# Breast Cancer

Breast cancer is common.

## Learn More

- [What Is Breast Cancer?](/types/breast/what-is): How it begins.
- [Breast Cancer Types](/types/breast/types): The kinds.

## Learn more

- [Signs & Symptoms](/types/breast/symptoms): What to look for.

## Learn More

Treatment depends on the stage. Your team will explain.

## Coping

Talk to someone.
"""

PDQ = """# Lung Cancer Treatment

## General Information

### Key Points

Lung cancer starts in the lungs.

## Stages

### Key Points

Stages say how far it has spread.
"""


def test_repeated_headings_are_named_by_what_their_part_is_about() -> None:
    page = render_markdown(OVERVIEW)
    names = contents_names(page.headings, page.html)
    assert names == [
        "Breast Cancer",
        "Learn More — What Is Breast Cancer?",  # the first link of a list of pages
        "Learn more — Signs & Symptoms",  # (in any case: "Learn more" repeats "Learn More")
        "Learn More — Treatment depends on the stage.",  # else the first sentence
        "Coping",  # a heading said once keeps its words
    ]
    assert len(set(names)) == len(names)
    assert "Learn more — Signs" not in page.html  # the article's own text is unchanged


def test_repeated_headings_under_different_parents_are_named_by_their_parent() -> None:
    page = render_markdown(PDQ)
    assert contents_names(page.headings, page.html) == [
        "Lung Cancer Treatment", "General Information", "Key Points — General Information",
        "Stages", "Key Points — Stages",
    ]  # fmt: skip


def test_long_words_are_cut_at_a_word() -> None:
    page = render_markdown("## More\n\nA very long first sentence that goes on and on about many things.\n\n"
                           "## More\n\nShort.\n")  # fmt: skip
    first, second = contents_names(page.headings, page.html)
    assert first == "More — A very long first sentence that goes…"
    assert second == "More — Short."
