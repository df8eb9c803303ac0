"""The HTML of a printed handout: the article, the words it uses with their meanings, and where it came from."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.glossary.entries import ArticleWord
from reader.core.languages.translate import translate
from reader.core.library.article import Article
from reader.core.library.dates import long_date
from reader.core.render.page import RenderedArticle
from reader.core.render.survival import for_print

APP_NAME = "Cancer Information Reader"
# Body text size in points for a normal and a large-type handout.
NORMAL_POINTS = 11
LARGE_POINTS = 18


@dataclass(frozen=True)
class Handout:
    """What goes on paper: the body HTML, the short line at the foot of every page, the type size."""

    html: str
    footer: str
    points: int
    title: str = ""  # the PDF's title


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def words_html(words: Sequence[ArticleWord]) -> str:
    """The "Words in this article" list; words without a known meaning are left out."""
    known = [w for w in words if w.entry is not None and w.entry.definition.strip()]
    if not known:
        return ""
    items = []
    for word in known:
        assert word.entry is not None
        items.append(
            f'<p class="word"><b>{_esc(word.entry.term)}</b>: {_esc(word.entry.definition.strip())}</p>'
        )
    heading = translate("Handouts", "Words in this article")
    return f'<h2 class="words">{heading}</h2>\n' + "\n".join(items)


def about_html(article: Article, today: dt.date) -> str:
    """Where the article came from: source, citation, last review and web address."""
    facts = []
    if article.source:
        facts.append((translate("Handouts", "Source"), article.source))
    if article.citation:
        facts.append((translate("Handouts", "Citation"), article.citation))
    if article.last_reviewed:
        facts.append((translate("Handouts", "Last reviewed"), long_date(article.last_reviewed)))
    if article.web_address:
        facts.append((translate("Handouts", "Web address"), article.web_address))
    printed = translate("Handouts", "{date} from the Cancer Information Reader").format(date=long_date(today))
    facts.append((translate("Handouts", "Printed"), printed))
    rows = "\n".join(f'<p class="about"><b>{_esc(k)}:</b> {_esc(v)}</p>' for k, v in facts)
    heading = translate("Handouts", "About this handout")
    return f'<h2 class="about">{heading}</h2>\n{rows}'


def footer_text(article: Article) -> str:
    """The line at the foot of every page (page numbers are added when printing)."""
    parts = [article.display_title]
    if article.source:
        parts.append(article.source)
    if article.last_reviewed:
        parts.append(
            translate("Handouts", "Last reviewed {date}").format(date=long_date(article.last_reviewed))
        )
    if article.web_address:
        parts.append(article.web_address)
    return " · ".join(parts)


def build_handout(
    article: Article,
    page: RenderedArticle,
    words: Sequence[ArticleWord] = (),
    large_type: bool = False,
    today: dt.date | None = None,
) -> Handout:
    """The handout for an article as shown (survival sections folded on screen stay folded on paper)."""
    today = today or dt.date.today()
    body = "\n".join(part for part in (for_print(page.html), words_html(words), about_html(article, today)) if part)
    return Handout(
        html=f"<html><body>{body}</body></html>",
        footer=footer_text(article),
        points=LARGE_POINTS if large_type else NORMAL_POINTS,
        title=article.display_title,
    )
