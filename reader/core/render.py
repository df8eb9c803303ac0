"""Markdown to safe HTML for the article view: no raw HTML, no remote images, classified links."""

from __future__ import annotations

import datetime as dt
import html
import threading
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor

from reader.core.article import Article
from reader.core.links import classify


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


class _SafeLinks(Treeprocessor):
    """Rewrite links by kind and turn every image into its alt text."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.glossary: list[GlossaryUse] = []

    def run(self, root: etree.Element) -> None:
        self.glossary = []
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    parent[index] = self._image_caption(child)
        for a in root.iter("a"):
            link = classify(a.get("href", ""))
            text = "".join(a.itertext()).strip()
            title = a.get("title")
            a.attrib.clear()
            if link.kind == "blocked":
                a.tag = "span"
                continue
            a.set("href", link.href)
            if link.kind == "glossary":
                a.set("class", "glossary")
                a.set("title", f"Definition: {text}")
                # QTextDocument ignores text-underline-style from the default stylesheet on links.
                a.set("style", "text-underline-style: dotted")
                self.glossary.append(GlossaryUse(link.target, text))
            elif link.kind in ("web", "mail"):
                a.set("class", "external")
            elif title:
                a.set("title", title)

    @staticmethod
    def _image_caption(img: etree.Element) -> etree.Element:
        alt = (img.get("alt") or "").strip()
        span = etree.Element("span", {"class": "image-alt"})
        span.text = f"Picture: {alt}" if alt else "Picture (not available offline)"
        span.tail = img.tail
        return span


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - markdown's API
        # Raw HTML is shown as text: nothing in an article may run or load anything.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "safe_links", 1)


_local = threading.local()


def _markdown() -> markdown.Markdown:
    md = getattr(_local, "md", None)
    if md is None:
        # Extension objects, not names: names make markdown look up entry points, which imports
        # modules on the worker thread (PySide6's import hook is not safe there) and costs time.
        md = markdown.Markdown(
            extensions=[
                TableExtension(),
                SaneListExtension(),
                TocExtension(permalink=False),
                _SafeExtension(),
            ],
            output_format="html",
        )
        _local.md = md
    return md


def _flatten_toc(tokens: list[dict], out: list[Heading]) -> list[Heading]:
    for token in tokens:
        out.append(Heading(token["level"], html.unescape(token["name"]), token["id"]))
        _flatten_toc(token.get("children", []), out)
    return out


def render_markdown(text: str) -> RenderedArticle:
    """Convert an article body to safe HTML (thread-safe: one converter per thread)."""
    md = _markdown()
    md.reset()
    body = md.convert(text)
    headings = _flatten_toc(getattr(md, "toc_tokens", []), [])
    links = md.treeprocessors["safe_links"]
    glossary = list(links.glossary) if isinstance(links, _SafeLinks) else []
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


def render_article(article: Article, today: dt.date | None = None) -> RenderedArticle:
    """The whole page for an article: header and body."""
    rendered = render_markdown(article.body)
    rendered.html = f"{render_header(article, today)}\n<hr/>\n{rendered.html}"
    return rendered
