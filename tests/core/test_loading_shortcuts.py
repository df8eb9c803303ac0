"""The cheaper steps of reading an article give what the plain ones gave: reading grades, the content
check and the body under the title, compared with the earlier code on the corpus and generated text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.library import article as article_module
from reader.core.library import content_checks, readability
from reader.core.library.article import ArticleError, decode, split_front_matter

OLD_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n")
OLD_MARKUP = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*\)|<[^<>\n]*>|^[ \t]*[|#>*+-]+|\|", re.MULTILINE)


def old_plain_text(markdown: str) -> str:
    """plain_text as it was: one pass of the markup pattern."""
    return OLD_MARKUP.sub(" ", readability._pattern("link").sub(readability._link_text, markdown))


def old_grade(text: str) -> float | None:
    """flesch_kincaid_grade as it was: the slower split and lru_cache's syllables."""
    words: list[str] = []
    sentences = 0
    for chunk in OLD_SENTENCE_END.split(text):
        found = readability._pattern("word").findall(chunk)
        if found:
            sentences += 1
            words += found
        if len(words) >= readability.MAX_WORDS:
            break
    if len(words) < 10 or not sentences:
        return None
    total = sum(readability.syllables(w) for w in words)
    grade = 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59
    return round(max(0.0, grade), 1)


def old_readable(body: str) -> bool:
    """check_readable's answer as it was: any letter or digit left in the first 5,000 characters."""
    return bool(content_checks._pattern("alnum").search(content_checks.readable_text(body[:5_000])))


def old_drop_repeated_title(body: str, title: str) -> str:
    stripped = body.lstrip("\n")
    match = article_module._H1.match(stripped)
    if match and article_module._norm_title(match.group(1)) == article_module._norm_title(title):
        return stripped[match.end() :].lstrip("\n")
    return body


def readable(body: str) -> bool:
    try:
        content_checks.check_readable(body)
    except ArticleError:
        return False
    return True


def assert_same(text: str, title: str = "Title") -> None:
    assert readability._pattern("sentence_end").split(text) == OLD_SENTENCE_END.split(text), repr(text)
    assert readability.plain_text(text) == old_plain_text(text), repr(text)
    assert readability.flesch_kincaid_grade(text) == old_grade(text), repr(text)
    assert readability.article_grade(text) == old_grade(old_plain_text(text[: readability.MAX_CHARS]))
    assert readable(text) == old_readable(text), repr(text)
    assert article_module._drop_repeated_title(text, title) == old_drop_repeated_title(text, title), repr(text)


PIECES = ["\n|", "\n  -", "\n\t#", "| x |", "<", ">", "![", "](", "![a](b)", "[a](b)", "<b>", "#", "+", "*",
          "Cancer", "cells", "grow", "don't", "'tis", "dogs'", "a'b'c", "x", ".", "!", "?", "...", "?!", " ", "  ",
          "\n", "\n\n", "\n \n", "\n\t\n", "\u00a0", "\u3000", "\x85", "\u2028", "é", "#", "# Title\n", "<b>",
          "<!-- note -->", "<!--", "-->", "![](a.png)", "[link](/x)", "[", "]", "(", ")", "|", "- ", "* ", "> ",
          "Loading...", "You need to enable JavaScript to run this app.", "404", "1", "e.g.", "Mr.", "x" * 450,
          ("word " * 120) + "\n"]  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=40).map("".join))
def test_generated_text_gives_the_same_grade_check_and_body(text: str) -> None:
    assert_same(text)
    assert_same("# Title\n\n" + text)
    assert_same("\n\n# Title #\n\n\n" + text, "title")


@pytest.mark.parametrize(
    "text",
    ["", "\n", "# Title", "# Title\n", "# Title\n\n\n", "# Other\n\ntext", "<!--\n" + "a " * 300 + "\n-->\n",
     "<!-- x -->\n" * 60 + "text", "![](a.png)\n" * 60 + "Loading...\n", "Loading...\n" * 100,
     ("x" * 399) + "\n<!--\nhidden\n-->", "<!--\nhidden\n" + "y" * 450 + "\n-->\n", ("|" * 380) + "\n" + "[a](b)\n" * 10 + "words"],
)  # fmt: skip
def test_edge_cases_give_the_same_grade_check_and_body(text: str) -> None:
    assert_same(text)


@pytest.mark.corpus
def test_the_corpus_gives_the_same_grades_checks_and_bodies(corpus: Path) -> None:
    for path in sorted(corpus.rglob("*.md")):
        meta, body = split_front_matter(decode(path.read_bytes()))
        title = str(meta.get("title", ""))
        assert article_module._drop_repeated_title(body, title) == old_drop_repeated_title(body, title), path
        body = old_drop_repeated_title(body, title)
        plain = old_plain_text(body[: readability.MAX_CHARS])
        assert readability.plain_text(body[: readability.MAX_CHARS]) == plain, path
        assert readability.flesch_kincaid_grade(plain) == old_grade(plain), path
        assert readable(body) == old_readable(body), path
