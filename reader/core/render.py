"""Markdown to safe HTML for the article view: no raw HTML, no remote images, classified links."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field

from reader.core.article import Article


@dataclass(frozen=True)
class Heading:
    """A heading of the article, for the table of contents."""

    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class GlossaryUse:
    """A glossary link in an article: the term id (or slug) and the linked words."""

    term_id: str
    text: str


@dataclass
class RenderedArticle:
    """The article's body as HTML, with its headings and glossary links."""

    html: str
    headings: list[Heading] = field(default_factory=list)
    glossary: list[GlossaryUse] = field(default_factory=list)


def _flatten_toc(tokens: list[dict], out: list[Heading]) -> list[Heading]:
    for token in tokens:
        out.append(Heading(token["level"], html.unescape(token["name"]), token["id"]))
        _flatten_toc(token.get("children", []), out)
    return out


def render_markdown(text: str) -> RenderedArticle:
    """Convert an article body to safe HTML (thread-safe: one converter per thread)."""
    # Imported here, not at the top: python-markdown costs ~20 ms of start-up. A Qt app must import it
    # on the GUI thread before a worker converts (see reader/ui/renderer.py, prepare_conversion).
    from reader.core.markdown_html import converter, glossary_uses

    md = converter()
    md.reset()
    body = md.convert(text)
    headings = _flatten_toc(getattr(md, "toc_tokens", []), [])
    glossary = glossary_uses(md)
    return RenderedArticle(body, headings, glossary)


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def render_header(article: Article, today: dt.date | None = None) -> str:
    """The title block with the trust details a reader needs offline."""
    parts = [f'<h1 class="article-title">{_esc(article.display_title)}</h1>']
    facts = []
    if article.source:
        facts.append(f"Source: {_esc(article.source)}")
    if article.last_reviewed:
        facts.append(f"Last reviewed: {article.last_reviewed.strftime('%B %-d, %Y')}")
    if article.audience_level:
        facts.append(f"Written for: {_esc(article.audience_level)}s")
    if facts:
        parts.append(f'<p class="meta">{" · ".join(facts)}</p>')
    if article.url:
        parts.append(f'<p class="meta">Web address: {_esc(article.url)}</p>')
    if article.citation:
        parts.append(f'<p class="meta">Citation: {_esc(article.citation)}</p>')
    if article.is_review_overdue(today):
        parts.append(
            '<p class="notice">This article was last checked by its authors on '
            f"{article.last_reviewed.strftime('%B %-d, %Y') if article.last_reviewed else ''}. "
            "Some details may have changed since then. Your care team can tell you what is "
            "current for you.</p>"
        )
    return "\n".join(parts)


def with_header(article: Article, body: RenderedArticle, today: dt.date | None = None) -> RenderedArticle:
    """The whole page for an article from its converted body: header, then body."""
    html = f"{render_header(article, today)}\n<hr/>\n{body.html}"
    return RenderedArticle(html, list(body.headings), list(body.glossary))


def render_article(article: Article, today: dt.date | None = None) -> RenderedArticle:
    """The whole page for an article: header and body."""
    return with_header(article, render_markdown(article.body), today)
