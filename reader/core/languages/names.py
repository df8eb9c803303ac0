"""Names in the reader's language for what the library data names in English, and its articles first.

Cancer type and topic names come from resources/library/display_names.json; a language's own names are
in display_names_<code>.json beside it (same keys; a name it lacks stays English).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from reader.core.files.locations import resource
from reader.core.languages.codes import SOURCE_LANGUAGE, normalize
from reader.core.languages.translate import current_language
from reader.core.library.placement import slug

log = logging.getLogger(__name__)

T = TypeVar("T")


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


#: Words of a cancer type's name that name no part of the body on their own ("Tumores de células
#: germinales en niños", "Cáncer de origen desconocido"): they never name a type alone.
_GENERIC_NAME_WORDS = frozenset(
    """cancer canceres tumor tumores celulas celula otros otras otro otra ninos nino adultos adultos jovenes
    adolescentes enfermedad sindromes sindrome neoplasias neoplasia carcinoma glandula incluido incluidos
    fuera origen desconocido linea media sistema""".split()
)
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _folded_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    return _NAME_WORD.findall("".join(ch for ch in plain if not unicodedata.combining(ch)))


@lru_cache(maxsize=8)
def _type_words(language: str) -> dict[str, frozenset[str]]:
    """Word -> the cancer types whose name in this language has it (words of more than one type's
    name, and generic ones, are left out: "cuello" is in "Cabeza y cuello" and "Cuello uterino")."""
    owners: dict[str, set[str]] = {}
    for key, name in _names(language).get("cancer_types", {}).items():
        if not isinstance(name, str):
            continue
        for word in _folded_words(name):
            if len(word) > 2 and word not in _GENERIC_NAME_WORDS:
                owners.setdefault(word, set()).add(key)
    return {word: frozenset(keys) for word, keys in owners.items() if len(keys) == 1}


def cancer_types_named(text: str, language: str) -> frozenset[str]:
    """The cancer types a search in this language names by their names in it ("cáncer de pulmón" ->
    lung, "leucemia en niños" -> leukemia); empty for English (the search reads English names itself)."""
    code = normalize(language) or SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        return frozenset()
    table, own = _type_words(code), _one_word_names(code)
    typed = _folded_words(text)
    found: set[str] = set()
    for i, word in enumerate(typed):
        # A name's word counts after "cáncer de", "tumor del"...: "dolor de cabeza" (a headache) is
        # not "cáncer de cabeza y cuello". A disease's one-word name counts alone ("leucemia",
        # "linfoma"); a body part's does not ("mi mamá" is not "mama").
        if word in own or _AFTER_CANCER_WORD.intersection(typed[max(0, i - 3) : i]):
            found |= table.get(word, frozenset())
    return frozenset(found)


_AFTER_CANCER_WORD = frozenset({"cancer", "canceres", "tumor", "tumores", "carcinoma", "sarcoma"})


@lru_cache(maxsize=8)
def _one_word_names(language: str) -> frozenset[str]:
    """The cancer types' one-word names in this language that name a disease, not a body part
    ("Leucemia", "Linfoma", "Neuroblastoma": -emia, -oma), folded."""
    return frozenset(
        words[0]
        for name in _names(language).get("cancer_types", {}).values()
        if isinstance(name, str) and len(words := _folded_words(name)) == 1 and words[0].endswith(("oma", "emia"))
    )
