"""Where a newly diagnosed person should start: needs first, then their type of cancer.

Plain Python used by both homes (the desktop home view and the kiosk home): no Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.languages.codes import SOURCE_LANGUAGE, normalize
from reader.core.languages.collation import sort_key
from reader.core.languages.translate import QT_TRANSLATE_NOOP, current_language
from reader.core.languages.twins import language_of
from reader.core.library.article import Article, normalize_url
from reader.core.library.catalog import Library
from reader.core.library.errors import ArticleError
from reader.core.library.placement import PATIENT, cancer_type_name

# Cancer types by how many people they affect (US incidence, roughly), so the common ones come first.
COMMON_TYPES = (
    "breast", "prostate", "lung", "colorectal", "skin", "bladder", "lymphoma", "kidney", "uterine",
    "leukemia", "pancreatic", "thyroid", "liver", "head-and-neck", "ovarian", "stomach", "brain",
    "myeloma", "cervical", "esophageal",
)  # fmt: skip


@dataclass(frozen=True)
class Need:
    """One reason to open the reader, and where its answer usually lives."""

    label: str
    hint: str
    paths: tuple[str, ...]
    topic: str = ""
    words: tuple[str, ...] = ()


NEEDS = (
    Need(QT_TRANSLATE_NOOP("StartingPoints", "What cancer is"),
         QT_TRANSLATE_NOOP("StartingPoints", "How cancer starts and grows, in plain words."),
         ("/about-cancer/understanding/what-is-cancer", "/about-cancer/understanding"),
         "about-cancer", ("what is cancer",)),
    Need(QT_TRANSLATE_NOOP("StartingPoints", "Treatment"),
         QT_TRANSLATE_NOOP("StartingPoints", "The main kinds of treatment and how they work."),
         ("/about-cancer/treatment/types", "/about-cancer/treatment"), "treatment", ("types of cancer treatment",)),
    Need(QT_TRANSLATE_NOOP("StartingPoints", "Side effects"),
         QT_TRANSLATE_NOOP("StartingPoints", "What may happen during treatment, and what helps."),
         ("/about-cancer/treatment/side-effects",), "side-effects", ("side effects",)),
    Need(QT_TRANSLATE_NOOP("StartingPoints", "Coping and support"),
         QT_TRANSLATE_NOOP("StartingPoints", "Feelings, family, and day-to-day life with cancer."),
         ("/about-cancer/coping", "/about-cancer/coping/feelings"), "coping", ("coping",)),
    Need(QT_TRANSLATE_NOOP("StartingPoints", "Questions for your doctor"),
         QT_TRANSLATE_NOOP("StartingPoints", "Questions to take to your next visit."),
         ("/about-cancer/treatment/questions",), "questions", ("questions",)),
)  # fmt: skip


@dataclass(frozen=True)
class StartingPoint:
    """A link on a home page: what it is for, and the article it opens."""

    label: str
    hint: str
    article: Article


def _pick(library: Library, need: Need) -> Article | None:
    for path in need.paths:
        article = library.by_url(path)
        if article is not None and article.audience_level == PATIENT:
            return article
    # General pages only: "Coping with bladder cancer" is no start for everyone.
    patient = [a for a in library.sorted_by_title() if a.audience_level == PATIENT and not a.cancer_types]
    for words in need.words:
        for article in patient:
            if words in article.display_title.casefold():
                return article
    if need.topic:
        in_topic = [a for a in patient if need.topic in a.tags]
        if in_topic:
            return min(in_topic, key=lambda a: (a.site_path.count("/"), len(a.display_title)))
    return None


def _original(article: Article) -> str:
    """The address of the page an article translates (its own address when it translates none)."""
    target = article.extra.get("translationOf")
    return normalize_url(target).lower() if isinstance(target, str) and target.strip() else article.site_path.lower()


def _linked_at(body: str, path: str) -> int:
    """Where the body first links to this address (len(body) when it does not)."""
    found = re.search(re.escape(path) + r"(?![\w/-])", body, re.IGNORECASE) if path else None
    return found.start() if found else len(body)


def _in_language(library: Library, need: Need, language: str, fallback: Article | None) -> Article | None:
    """The need's page in this language: the fallback's translation, else a general page in the need's
    topic, those whose original is under the need's address first, in the order the fallback links them."""
    if fallback is not None and language_of(fallback) == language:
        return fallback
    if fallback is not None and fallback.language_twin[1] == language:
        twin = library.by_url(fallback.language_twin[0])
        if twin is not None and twin.audience_level == PATIENT:
            return twin
    own = [a for a in library.sorted_by_title()
           if language_of(a) == language and a.audience_level == PATIENT and not a.cancer_types
           and need.topic and need.topic in a.tags]  # fmt: skip
    if not own:
        return None
    try:
        body = fallback.body if fallback is not None else ""
    except ArticleError:
        body = ""
    paths = [p.lower() for p in need.paths]

    def rank(article: Article) -> tuple[int, int, int, int]:
        original = _original(article)
        under = next((i for i, p in enumerate(paths) if original == p or original.startswith(p + "/")), len(paths))
        return under, _linked_at(body, original), original.count("/"), len(article.display_title)

    return min(own, key=rank)


def starting_points(library: Library, needs: Sequence[Need] = NEEDS, language: str | None = None) -> list[StartingPoint]:
    """The "New to this?" links this library can offer, in the order of need.

    language (default: the interface's): where the library has pages in it, each link opens one of them
    rather than a page in English."""
    code = normalize(current_language() if language is None else language) or SOURCE_LANGUAGE
    several_languages = len({language_of(a) for a in library}) > 1
    found: list[StartingPoint] = []
    used: set[str] = set()
    for need in needs:
        article = _pick(library, need)
        if several_languages:
            article = _in_language(library, need, code, article) or article
        if article is not None and article.key not in used:
            used.add(article.key)
            found.append(StartingPoint(need.label, need.hint, article))
    return found


def type_overview(library: Library, cancer_type: str) -> Article | None:
    """The best first article about one cancer type: its /types/<slug> page, else its broadest patient page."""
    for path in (f"/types/{cancer_type}", f"/types/{cancer_type}/patient"):
        article = library.by_url(path)
        if article is not None and article.audience_level == PATIENT:
            return article
    articles = [a for a in library if cancer_type in a.cancer_types and a.audience_level == PATIENT]
    if not articles:
        return None
    return min(articles, key=lambda a: (a.site_path.count("/") or 99, len(a.display_title), a.display_title))


def cancer_types_for_home(library: Library) -> list[tuple[str, str, Article]]:
    """(slug, display name, first article) for each cancer type: the most common first, then A to Z."""
    present = library.cancer_types()
    common = [t for t in COMMON_TYPES if t in present]
    rest = sorted((t for t in present if t not in COMMON_TYPES), key=lambda t: sort_key(cancer_type_name(t)))
    result = []
    for cancer_type in common + rest:
        article = type_overview(library, cancer_type)
        if article is not None:
            result.append((cancer_type, cancer_type_name(cancer_type), article))
    return result
