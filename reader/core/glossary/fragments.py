"""Glossary entries as small HTML fragments: for tooltips, the glossary panel and printed handouts."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from reader.core.glossary.entries import BUNDLED_SOURCE, ArticleWord, Glossary, GlossaryEntry, normalize_words
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.article import Article
from reader.core.library.links import glossary_term_id

NO_DEFINITION = QT_TRANSLATE_NOOP(
    "Glossary", "Sorry, this word is not in the offline glossary, so there is no definition to show."
)
# Said under every built-in definition: what it is, and who knows the person's own case.
ABOUT_OUR_DEFINITIONS = QT_TRANSLATE_NOOP(
    "Glossary",
    "A plain-language explanation written for this app. Your care team can tell you what it means for you.",
)

_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)")
_MAYBE_GLOSSARY = re.compile(r"cancer-terms|popdefinition", re.I)  # skip parsing the other links


def entry_key(entry: GlossaryEntry) -> str:
    """The glossary: link target for an entry (its id, else its slug)."""
    return entry.id or entry.slug


def usage_key(glossary: Glossary, target: str) -> str:
    """The key articles_by_term files a glossary link target under."""
    entry = glossary.lookup(target)
    return entry_key(entry) if entry is not None else normalize_words(target)


def definition_html(entry: GlossaryEntry | None, words: str = "") -> str:
    """Term, pronunciation and definition; for an unknown term, the linked words and a plain note."""
    if entry is None:
        title = html.escape(words.strip() or translate("Glossary", "This word"))
        return f"<p><b>{title}</b></p><p>{html.escape(translate('Glossary', NO_DEFINITION))}</p>"
    heading = f"<b>{html.escape(entry.term)}</b>"
    if entry.pronunciation:
        heading += f" <i>({html.escape(entry.pronunciation)})</i>"
    return f"<p>{heading}</p><p>{html.escape(entry.definition)}</p>{about_html(entry)}"


def about_html(entry: GlossaryEntry) -> str:
    """A small line on where a definition comes from: ours (with the care-team reminder) or imported."""
    if entry.source == BUNDLED_SOURCE:
        return f'<p class="meta"><i>{html.escape(translate("Glossary", ABOUT_OUR_DEFINITIONS))}</i></p>'
    if entry.source:
        source = translate("Glossary", "From: {source}").format(source=entry.source)
        return f'<p class="meta"><i>{html.escape(source)}</i></p>'
    return ""


def entry_page_html(entry: GlossaryEntry | None, words: str, articles: Sequence[Article]) -> str:
    """The full entry for the glossary panel: definition, other words, source, articles using it."""
    parts = [definition_html(entry, words)]
    if entry is not None:
        if entry.aliases:
            aliases = ", ".join(html.escape(a) for a in entry.aliases)
            parts.append("<p>" + translate("Glossary", "Also called: {words}").format(words=aliases) + "</p>")
        if entry.related:
            related = ", ".join(html.escape(r) for r in entry.related)
            parts.append(
                "<p>" + translate("Glossary", "Related words: {words}").format(words=related) + "</p>"
            )
    if articles:
        parts.append("<h3>" + translate("Glossary", "Articles that use this word") + "</h3><ul>")
        for article in articles:
            href = html.escape("article:" + article.key, quote=True)
            parts.append(f'<li><a href="{href}">{html.escape(article.display_title)}</a></li>')
        parts.append("</ul>")
    else:
        parts.append("<p>" + translate("Glossary", "No article in your library links to this word.") + "</p>")
    return "".join(parts)


def words_in_article_html(words: Sequence[ArticleWord], heading: str = "") -> str:
    """The glossary words of one article with their definitions (Qt-free; also for printed handouts)."""
    heading = heading or translate("Glossary", "Words in this article")
    if not words:
        none = translate("Glossary", "This article has no words from the glossary.")
        return f"<h2>{html.escape(heading)}</h2><p>{none}</p>"
    parts = [f"<h2>{html.escape(heading)}</h2>"]
    for word in words:
        key = entry_key(word.entry) if word.entry is not None else word.term_id
        href = html.escape("glossary:" + key, quote=True)
        term = word.entry.term if word.entry is not None else word.text
        parts.append(f'<p><a class="glossary" href="{href}"><b>{html.escape(term)}</b></a>')
        if word.entry is not None and word.entry.pronunciation:
            parts.append(f" <i>({html.escape(word.entry.pronunciation)})</i>")
        definition = word.entry.definition if word.entry is not None else translate("Glossary", NO_DEFINITION)
        parts.append(f"<br>{html.escape(definition)}</p>")
    if any(word.entry is not None and word.entry.source == BUNDLED_SOURCE for word in words):
        parts.append(
            f'<p class="meta"><i>{html.escape(translate("Glossary", ABOUT_OUR_DEFINITIONS))}</i></p>'
        )
    return "".join(parts)


def articles_by_term(articles: Iterable[Article], glossary: Glossary) -> dict[str, list[str]]:
    """Article keys per glossary term, from the dictionary links in each article's Markdown.

    Known terms are keyed by entry_key(entry) (so an id link and a slug link meet); unknown ones by
    the lower-cased link target. Each article is listed once per term, in library order.
    """
    found: dict[str, list[str]] = {}
    keys: dict[str, str | None] = {}  # href -> term key; the same links recur across articles
    for article in articles:
        seen: set[str] = set()
        for match in _LINK_TARGET.finditer(article.body):
            href = match.group(1)
            if href not in keys:
                target = glossary_term_id(href) if _MAYBE_GLOSSARY.search(href) else None
                keys[href] = usage_key(glossary, target) if target is not None else None
            key = keys[href]
            if key is not None and key not in seen:
                seen.add(key)
                found.setdefault(key, []).append(article.key)
    return found
