"""Articles that exist in two languages: paired by the front-matter field `translationOf: <address>`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reader.core.languages.codes import SOURCE_LANGUAGE, normalize

#: The words that offer the other language, written in that language (a reader of it can find them).
READ_IN = {
    "en": "Read in English",
    "es": "Leer en español",
    "hi": "हिन्दी में पढ़ें",
}


def language_of(article: Any) -> str:
    """An article's language code; no or unknown `language` counts as English."""
    return normalize(str(getattr(article, "language", "") or "")) or SOURCE_LANGUAGE


def language_pairs(articles: Sequence[Any], by_url: Callable[[str], Any]) -> dict[Any, tuple[str, str]]:
    """{article: (address, language) of its twin in another language}, both ways, for every article whose
    `translationOf` names another article of the library in another language. The first pair wins."""
    found: dict[Any, tuple[str, str]] = {}
    for article in articles:
        target = article.extra.get("translationOf") if isinstance(article.extra, dict) else None
        if not isinstance(target, str) or not target.strip():
            continue
        original = by_url(target.strip())
        if original is None or original.key == article.key or language_of(original) == language_of(article):
            continue
        if article not in found:
            found[article] = (original.url, language_of(original))
        if original not in found:
            found[original] = (article.url, language_of(article))
    return found


def switch_words(language: str) -> str:
    """ "Leer en español" for a Spanish twin: the offer in the twin's own language."""
    return READ_IN.get(language, language)
