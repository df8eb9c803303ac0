"""Markdown to safe HTML for the article view: no raw HTML, no remote images, classified links."""

from __future__ import annotations

import datetime as dt
import html
import re

from reader.core.languages.translate import translate
from reader.core.languages.twins import switch_words
from reader.core.library.article import Article
from reader.core.library.dates import month_year as dates_month_year
from reader.core.library.placement import HEALTH_PROFESSIONAL
from reader.core.library.readability import reading_badge
from reader.core.render.bare_headings import join_bare_headings
from reader.core.render.list_starts import separate_lists
from reader.core.render.page import Heading, RenderedArticle
from reader.core.render.survival import mark_survival_sections

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


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def render_header(article: Article, today: dt.date | None = None) -> str:
    """The title block: title once, a reading badge, the twin switch and a quiet review line."""
    parts = [f'<h1 class="article-title">{_esc(article.display_title)}</h1>']
    facts = []
    badge = reading_badge(article.reading_grade, article.audience_level)
    if badge:
        facts.append(f"<b>{_esc(translate('Readability', badge))}</b>")
    if article.twin_path:
        other = (
            translate("ArticleHeader", "Patient version")
            if article.audience_level == HEALTH_PROFESSIONAL
            else translate("ArticleHeader", "Version for health professionals")
        )
        facts.append(f'<a href="{_esc(article.twin_path)}">{_esc(other)}</a>')
    twin_url, twin_language = article.language_twin
    if twin_url:  # in the twin's own language, so a reader of it finds it
        facts.append(
            f'<a href="{_esc(twin_url)}" lang="{_esc(twin_language)}">{_esc(switch_words(twin_language))}</a>'
        )
    if facts:
        parts.append(f'<p class="meta">{" · ".join(facts)}</p>')
    details = []
    if article.source:
        details.append(_esc(translate("ArticleHeader", "Source: {source}").format(source=article.source)))
    overdue = article.is_review_overdue(today)
    if article.last_reviewed and not overdue:
        reviewed = translate("ArticleHeader", "Reviewed {date}").format(
            date=month_year(article.last_reviewed)
        )
        details.append(_esc(reviewed))
    if details:
        parts.append(f'<p class="meta">{" · ".join(details)}</p>')
    if article.web_address:  # none for a made-up one: a patient would try to type it in (walk 10, C6)
        address = translate("ArticleHeader", "Web address: {url}").format(url=article.web_address)
        parts.append(f'<p class="meta">{_esc(address)}</p>')
    if article.citation:
        citation = translate("ArticleHeader", "Citation: {citation}").format(citation=article.citation)
        parts.append(f'<p class="meta">{_esc(citation)}</p>')
    if overdue:
        notice = translate(
            "ArticleHeader",
            "Its authors last reviewed this article in {date}, and it is now due for another review. Some "
            "details may have changed. Your care team can tell you what is current for you.",
        ).format(date=month_year(article.last_reviewed) if article.last_reviewed else "")
        parts.append(f'<p class="notice">{_esc(notice)}</p>')
    return "\n".join(parts)


def month_year(day: dt.date) -> str:
    """ "December 2025" (in the reader's language)."""
    return dates_month_year(day)


def with_header(article: Article, body: RenderedArticle, today: dt.date | None = None) -> RenderedArticle:
    """The whole page for an article from its converted body: header, then body."""
    html = f"{render_header(article, today)}\n<hr/>\n{body.html}"
    return RenderedArticle(html, list(body.headings), list(body.glossary))


def render_article(article: Article, today: dt.date | None = None) -> RenderedArticle:
    """The whole page for an article: header and body."""
    return with_header(article, render_markdown(article.page_body), today)
