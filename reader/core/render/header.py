"""The title block above an article's converted body: title, reading badge, versions, source, review.

Kept apart from the Markdown converter (convert.py): a page from the disk cache needs only this, so the
converter's modules are not imported before an opened article is on screen (issue 20).
"""

from __future__ import annotations

import datetime as dt
import html

from reader.core.languages.translate import translate
from reader.core.languages.twins import switch_words
from reader.core.library.article import Article
from reader.core.library.dates import month_year
from reader.core.library.placement import HEALTH_PROFESSIONAL
from reader.core.library.readability import reading_badge
from reader.core.render.page import RenderedArticle


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


def with_header(article: Article, body: RenderedArticle, today: dt.date | None = None) -> RenderedArticle:
    """The whole page for an article from its converted body: header, then body."""
    page = f"{render_header(article, today)}\n<hr/>\n{body.html}"
    return RenderedArticle(page, list(body.headings), list(body.glossary))
