"""Property-based tests: any input gives a result or a plain ArticleError, never another exception."""

from __future__ import annotations

import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.library.article import Article, ArticleError, decode, parse_article
from reader.core.library.catalog import Library
from reader.core.library.links import Link, classify, glossary_term_id
from reader.core.render.convert import render_markdown
from reader.core.search.index import SearchIndex
from reader.core.search.results import SearchResults
from reader.core.search.text import headings, plain_text
from tests.helpers import SEEDS

EXAMPLES = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

HOSTILE = [
    "<script>alert(1)</script>", "<iframe src=//evil.example>", '<img src="http://x/y.png">',
    '<img src="file:///etc/passwd">', '<a href="javascript:alert(1)">x</a>', "<style>*{}</style>",
    '<div style="background:url(http://x)">', "<svg onload=alert(1)>", '<object data="x">',
    "<!-- c -->", "<?php ?>", "<![CDATA[x]]>", "&lt;", "&#60;script&#62;", "\\<script>",
    "[x](javascript:alert(1))", "[x](file:///etc/passwd)", "[x](data:text/html,hi)", "[x](vbscript:y)",
    "[x](JaVaScRiPt:y)", "[x]( javascript:y)", "[x](java\tscript:y)", "[x](//evil.example/a)",
    "![alt](http://x/y.png)", "![alt](file:///etc/passwd)", '![a](x "t")', "[ref]: javascript:x",
    "[ref]", "[x][ref]", "<http://evil.example>", "<javascript:alert(1)>", "<mailto:a@b>",
    "[x](/publications/dictionaries/cancer-terms/def/1)", "[x](#top)", "[x](/types/lung)",
    "[x](http://[::1)", "[x](/Common/PopUps/popDefinition.aspx?id=CDR" + "9" * 5000 + ")",
    "{: onclick=x}", "[TOC]", "*", "**", "_", "`", "```", "    ", "\n", "\n\n", "# ", "## ", "> ",
    "- ", "1. ", "| a | b |\n|---|---|\n| 1 | 2 |", "---", "***", "\\", "[", "]", "(", ")", "!", "<", ">",
    '"', "'", "&", "\x00", "\u202e", "\ufeff", "\r\n", "\t",
]  # fmt: skip
FRAGMENTS = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=20), max_size=30).map("".join)

FORBIDDEN_TAGS = {
    "script", "iframe", "img", "object", "embed", "style", "link", "meta", "base", "form", "input",
    "svg", "math", "video", "audio", "source", "frame", "frameset", "applet", "button", "textarea",
}  # fmt: skip
ALLOWED_ATTRS = {"href", "class", "title", "id", "align", "start"}
SAFE_HREF_PREFIXES = ("glossary:", "drug:", "https://", "http://", "mailto:", "#")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_safe_html(html: str) -> None:
    """Only harmless tags and attributes; every href goes somewhere the window handles itself."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    for tag, attrs in collector.tags:
        assert tag not in FORBIDDEN_TAGS, (tag, html)
        for name, value in attrs:
            if name == "style":  # the renderer's own glossary underline; never anything that loads
                assert value and "url" not in value.lower() and "import" not in value.lower(), (value, html)
                continue
            assert name in ALLOWED_ATTRS, (tag, name, html)
            if name == "href":
                assert value and value.startswith(SAFE_HREF_PREFIXES), (value, html)
                assert ":" not in value.split("/", 1)[0] or value.startswith(SAFE_HREF_PREFIXES)
    lowered = html.lower()
    for needle in ("<script", "<iframe", "<img", "<style", "<svg", "<object"):
        assert needle not in lowered, (needle, html)


@EXAMPLES
@given(FRAGMENTS)
def test_render_markdown_never_emits_active_content(text: str) -> None:
    page = render_markdown(text)
    assert isinstance(page.html, str)
    assert_safe_html(page.html)


@EXAMPLES
@given(st.text(max_size=300))
def test_render_markdown_survives_any_text(text: str) -> None:
    assert_safe_html(render_markdown(text).html)


def _front_matter_text() -> st.SearchStrategy[str]:
    yaml_bits = st.sampled_from(
        [
            "title: x\n", "title: [a, b]\n", "title: {a: 1}\n", "url: /types/x\n", "lastReviewed: 2025-13-45\n",
            "lastReviewed: 2025-12-30\n", "lastReviewed: 2001-12-14t21:59:43.10-05:00\n", "version: 1e999\n",
            "version: " + "9" * 5000 + "\n", "a: &x 1\nb: *x\n", "<<: {title: m}\n", "? [k]\n: v\n",
            "title: !!python/object/apply:os.system [x]\n", "title: !!binary aGk=\n", "x: !!set {a}\n",
            "title: !custom x\n", "- a\n", "just text\n", "tags: treatment, support\n", "status: retired\n",
            "cancerTypes: [breast, null, 3, {a: b}]\n", "\t", ":", "'", '"', "[", "{", "\x85", "\u2028",
        ]
    )  # fmt: skip
    body = st.lists(yaml_bits | st.text(max_size=15), max_size=12).map("".join)
    return st.tuples(body, FRAGMENTS).map(lambda p: f"---\n{p[0]}\n---\n{p[1]}")


@EXAMPLES
@given(_front_matter_text() | st.text(max_size=300))
def test_parse_article_gives_an_article_or_article_error(text: str) -> None:
    try:
        article = parse_article(text, Path("any.md"))
    except ArticleError as exc:
        assert str(exc)
        return
    assert isinstance(article, Article)
    assert isinstance(article.title, str) and article.title
    assert all(isinstance(t, str) for t in article.cancer_types + article.tags)
    article.is_review_overdue()


@EXAMPLES
@given(st.binary(max_size=400))
def test_decode_gives_text_or_article_error(raw: bytes) -> None:
    try:
        text = decode(raw)
    except ArticleError:
        return
    assert "\r" not in text


URL_PARTS = st.sampled_from(
    [
        "http://", "https://", "//", "javascript:", "JAVASCRIPT:", "data:", "file:", "mailto:", "ftp:",
        "glossary:", "drug:", "#", "/", "?", "&", "=", "[", "]", "::1", "www.cancer.gov", "cancer.gov", "evil.example",
        "/publications/dictionaries/cancer-terms/def/", "/Common/PopUps/popDefinition.aspx?id=", "CDR",
        "/publications/dictionaries/cancer-drug/def/",
        "0000", "9" * 5000, "%2F", "%00", " ", "\t", "\n", "..", "\\", "@", ":", "%", "\x00",
    ]
)  # fmt: skip


@EXAMPLES
@given(st.lists(URL_PARTS | st.text(max_size=10), max_size=10).map("".join))
@example("http://[::1")  # urlsplit raised ValueError
@example("/Common/PopUps/popDefinition.aspx?id=" + "9" * 5000)  # int() raised ValueError
@example("HTTP:")  # was a "web" link to nowhere
@example("\x08http://evil.example")  # kept the control character in the address
def test_classify_gives_a_link_for_any_href(href: str) -> None:
    link = classify(href)
    assert isinstance(link, Link)
    assert link.kind in {"glossary", "drug", "anchor", "site", "web", "mail", "blocked"}
    if link.kind == "drug":
        assert link.href.startswith("drug:") and classify(link.href) == link
    if link.kind in ("site", "web"):
        assert link.href.lower().startswith(("http://", "https://"))
    term = glossary_term_id(href)
    assert term is None or isinstance(term, str)


QUERY_BITS = st.sampled_from(
    [
        "immunotherapy", "side effects", '"', "'", "*", "?", "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}",
        ":", "title:", "body:x", "~", "^2", "-", "+", "\\", "/", "chemo*", "a" * 300, "\x00", "é", "乳がん",
        "TO", "[a TO b]", "<", ">", "&", "%", "%00", "  ", "\n",
    ]
)  # fmt: skip


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """A search index of the bundled library, built once for the query properties."""
    index = SearchIndex.open(tmp_path_factory.mktemp("index"))
    index.update(Library.load([SEEDS]))
    yield index
    index.close()


@EXAMPLES
@given(st.lists(QUERY_BITS | st.text(max_size=12), max_size=8).map(" ".join))
def test_search_any_query_gives_results(seed_index: SearchIndex, query: str) -> None:
    results = seed_index.search(query)
    assert isinstance(results, SearchResults)
    assert results.total >= len(results.hits) >= 0


HOSTILE_BODIES = {
    "unclosed fences": "\n```x" * 200_000,
    "unclosed comments": "<!--" * 500_000,
    "tags": "<b>" * 500_000,
    "a line of spaces": "\n" + " " * 2_000_000,
    "table rules": "\n| " + " " * 100_000 + "--" * 10,
}


@pytest.mark.parametrize("name", list(HOSTILE_BODIES))
def test_plain_text_for_the_index_is_linear_on_hostile_bodies(name: str) -> None:
    started = time.perf_counter()
    plain_text(HOSTILE_BODIES[name])
    headings(HOSTILE_BODIES[name])
    assert time.perf_counter() - started < 3.0, name
