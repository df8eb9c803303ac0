"""What the kiosk home screen offers, by need: the desktop home's starting points, the most common cancers,
then every cancer type A-Z, each with its patient articles.

The starting points and the order of cancer types come from reader/core/library/starting_points.py (the
desktop home uses the same), and where an article sits from reader/core/library/placement.py.

A cancer type's list is for patients: research news and interviews with researchers (the pages under a
type's /research/ address) are left out, and the articles in the kiosk's language come first (walk 9, C9-9:
the Spanish kiosk's "Mama" listed 84 English titles A-Z, a 2003 workshop first, the Spanish article 30th).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.core.languages.collation import sort_key
from reader.core.languages.names import article_language
from reader.core.library.article import Article
from reader.core.library.placement import PATIENT, cancer_type_name
from reader.core.library.starting_points import COMMON_TYPES

#: Topics (reader/core/library/placement.py) of pages that are not for a patient's reading list.
NOT_FOR_PATIENTS = frozenset({"research"})


def for_patients(article: Article) -> bool:
    """Whether the article belongs in a patient's list: written for patients, and not research news."""
    return article.audience_level == PATIENT and not NOT_FOR_PATIENTS.intersection(article.tags)


def articles_by_type(articles: Iterable[Article], language: str = "") -> dict[str, list[Article]]:
    """The patient articles of each cancer type (versions for doctors and research news left out), those in
    language first (when given), then the others by language; each part starts with the type's overview
    page (its /types/<type> address: walk 10, C14, "Breast" started with a 2003 workshop report and the
    "Breast Cancer" overview came third), then A to Z by title."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        if not for_patients(article):
            continue
        for cancer_type in article.cancer_types:
            groups.setdefault(cancer_type, []).append(article)
    for cancer_type, group in groups.items():
        overview = f"/types/{cancer_type}"

        def place(article: Article, overview: str = overview) -> tuple[bool, str, bool, tuple[str, str, str]]:
            return (
                bool(language) and article_language(article) != language,
                article_language(article) if language else "",
                article.site_path.rstrip("/") != overview,  # the type's own overview page first
                sort_key(article.display_title),
            )

        group.sort(key=place)
    return groups


def common_types(groups: dict[str, list[Article]]) -> list[str]:
    """The most common cancers this library has patient articles on, the most common first."""
    return [cancer_type for cancer_type in COMMON_TYPES if groups.get(cancer_type)]


def all_types(groups: dict[str, list[Article]], name: Callable[[str], str] = cancer_type_name) -> list[str]:
    """Every cancer type with patient articles, A to Z by the name people see (name gives it)."""
    return sorted((t for t, items in groups.items() if items), key=lambda t: sort_key(name(t)))
