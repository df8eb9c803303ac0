"""Where a newly diagnosed person should start: needs first, then their type of cancer.

Plain Python used by both homes (the desktop home view and the kiosk home): no Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.languages.translate import QT_TRANSLATE_NOOP
from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.core.library.placement import PATIENT, cancer_type_name

#: Cancer types by how many people they affect (US incidence, roughly), so the common ones come first.
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


def starting_points(library: Library, needs: Sequence[Need] = NEEDS) -> list[StartingPoint]:
    """The "New to this?" links this library can offer, in the order of need."""
    found: list[StartingPoint] = []
    used: set[str] = set()
    for need in needs:
        article = _pick(library, need)
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
    rest = sorted((t for t in present if t not in COMMON_TYPES), key=lambda t: cancer_type_name(t).casefold())
    result = []
    for cancer_type in common + rest:
        article = type_overview(library, cancer_type)
        if article is not None:
            result.append((cancer_type, cancer_type_name(cancer_type), article))
    return result
