"""Names in the reader's language for what the library data names in English, and its articles first.

Cancer type and topic names come from resources/library/display_names.json; a language's own names are
in display_names_<code>.json beside it (same keys; a name it lacks stays English).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from reader.core.files.locations import resource
from reader.core.languages.codes import SOURCE_LANGUAGE, native_name, normalize
from reader.core.languages.translate import QT_TRANSLATE_NOOP, current_language, translate
from reader.core.library.placement import slug

log = logging.getLogger(__name__)

T = TypeVar("T")

# Over the articles in another language than the reader's, in a list (walk 9, C9-9; walk 10, X5).
IN_LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("Languages", "In English"),
    "es": QT_TRANSLATE_NOOP("Languages", "In Spanish"),
}


@lru_cache(maxsize=8)
def _names(language: str) -> dict[str, dict[str, str]]:
    path = resource("library", f"display_names_{language}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("The %s names in %s cannot be used (%s); English names are shown", language, path, exc)
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def localized_name(kind: str, key: str, language: str | None = None) -> str:
    """The name of a cancer type ("cancer_types") or topic ("topics") in the reader's language, or ""."""
    code = language if language is not None else current_language()
    if code == SOURCE_LANGUAGE:
        return ""
    name = _names(code).get(kind, {}).get(slug(key), "")
    return name if isinstance(name, str) else ""


def article_language(article: object) -> str:
    """An article's language code ("" and unknown values count as English)."""
    return normalize(str(getattr(article, "language", "") or "")) or SOURCE_LANGUAGE


def own_language_first(articles: Iterable[T], language: str | None = None) -> list[T]:
    """The articles in the reader's language first, then the others, each part in the order given."""
    code = language if language is not None else current_language()
    items = list(articles)
    if code == SOURCE_LANGUAGE and all(article_language(a) == SOURCE_LANGUAGE for a in items):
        return items
    return sorted(items, key=lambda a: article_language(a) != code)


def in_language(code: str) -> str:
    """The heading over a list's articles in this language ("In English"), in the reader's language."""
    if code in IN_LANGUAGE:
        return translate("Languages", IN_LANGUAGE[code])
    return translate("Languages", "In {language}").format(language=native_name(code))


def cancer_type_names(language: str) -> dict[str, str]:
    """Cancer type key -> its name in this language ({} when the language has no names file)."""
    names = _names(language).get("cancer_types", {})
    return {key: name for key, name in names.items() if isinstance(name, str)}
