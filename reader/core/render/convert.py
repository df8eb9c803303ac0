"""Markdown to safe HTML for the article view: no raw HTML, no remote images, classified links."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from reader.core.render.bare_headings import join_bare_headings
from reader.core.render.header import with_header
from reader.core.render.list_starts import separate_lists
from reader.core.render.page import Heading, RenderedArticle
from reader.core.render.survival import mark_survival_sections

if TYPE_CHECKING:
    import datetime as dt

    from reader.core.library.article import Article

#: The plain-text fallback shows at most this much of an article.
PLAIN_TEXT_LIMIT = 200_000

PLAIN_TEXT_NOTICE = (
    "This article is laid out in an unusual way, so it is shown here as plain text, without links."
)


#: "Enlarge" links to full-size pictures on the web: pictures are not offline, so the links are dropped.
_ENLARGE = re.compile(r"\[Enlarge(?: Image)?\]\([^)\s]*\)", re.IGNORECASE)


#: A "card" on a topic's landing page: a link whose words are a picture, a title and a line about it, each
#: its own paragraph. Markdown cannot hold paragraphs inside a link, so the page showed the brackets and
#: the address as text (walk 5, /types/breast and 38 other landing pages). It becomes a plain link with
#: its title, then the line about it; the picture is not offline anyway. Bounded, so it is linear.
#: The same card without a picture, as a list item ("- [Chemotherapy\n\nChemotherapy works by…](…)"),
#: showed the whole list as Markdown in "Types of Cancer Treatment" and three other articles (walk 7, C1).
_CARD = re.compile(
    r"\[(?:!\[[^\]\n]{0,2000}\]\([^)\s]{0,2000}\)[ \t]*\n[ \t]*\n)?"  # [ and maybe ![picture](address)
    r"([^\n\[\]]{1,300}?)[ \t]*\n[ \t]*\n"  # the title
    r"([^\n\[\]]{0,2000}?)\]\(([^)\s]{1,2000})\)"  # the line about it](link)
)


def _plain_cards(text: str) -> str:
    return _CARD.sub(lambda m: f"[{m[1].strip()}]({m[3]})" + (f": {m[2].strip()}" if m[2].strip() else ""), text)


def _flatten_toc(tokens: list[dict], out: list[Heading]) -> list[Heading]:
    for token in tokens:
        out.append(Heading(token["level"], html.unescape(token["name"]), token["id"]))
        _flatten_toc(token.get("children", []), out)
    return out


def plain_text_page(text: str) -> RenderedArticle:
    """The article body as escaped paragraphs under a notice: linear time, nothing to run or follow.

    Shown when converting the Markdown takes too long (reader/core/render/pool.py stops it).
    """
    # A zero-width space every 60 characters of an unbroken run: Qt lays out one 200,000-character
    # "word" very slowly, and quickly once it has break points.
    shown = re.sub(r"(\S{60})", "\\1\u200b", text[:PLAIN_TEXT_LIMIT])
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", shown) if p.strip()]
    parts = [f'<p class="notice">{PLAIN_TEXT_NOTICE}</p>']
    parts += [f"<p>{html.escape(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs]
    if len(text) > len(shown):
        parts.append('<p class="notice">The rest of this article is too long to show.</p>')
    return RenderedArticle("\n".join(parts))


def render_markdown(text: str) -> RenderedArticle:
    """Convert an article body to safe HTML (thread-safe: one converter per thread).

    Some hostile inputs would take hours: the conversion process (reader/core/render/pool.py) stops a
    conversion past its time limit and shows plain_text_page() instead.
    """
    # Imported here, not at the top: python-markdown adds to start-up. A Qt app must import it on the
    # GUI thread before a worker converts (see reader/ui/reading/renderer.py, prepare_conversion).
    from reader.core.render.markdown_setup import converter, glossary_uses

    md = converter()
    md.reset()
    prepared = separate_lists(_plain_cards(join_bare_headings(_ENLARGE.sub("", text))))
    body = mark_survival_sections(md.convert(prepared))  # folded when shown
    headings = _flatten_toc(getattr(md, "toc_tokens", []), [])
    glossary = glossary_uses(md)
    return RenderedArticle(body, headings, glossary)


def render_article(article: Article, today: dt.date | None = None) -> RenderedArticle:
    """The whole page for an article: header and body."""
    return with_header(article, render_markdown(article.page_body), today)
