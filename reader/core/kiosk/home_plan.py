"""What the kiosk home screen offers, by need: the desktop home's starting points, the most common cancers,
then every cancer type A-Z, each with its patient articles.

The starting points and the order of cancer types come from reader/core/library/starting_points.py (the
desktop home uses the same), and where an article sits from reader/core/library/placement.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.core.library.article import Article
from reader.core.library.placement import PATIENT, cancer_type_name
from reader.core.library.starting_points import COMMON_TYPES


def articles_by_type(articles: Iterable[Article]) -> dict[str, list[Article]]:
    """The patient articles of each cancer type, A to Z by title (versions for doctors are left out)."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        if article.audience_level != PATIENT:
            continue
        for cancer_type in article.cancer_types:
            groups.setdefault(cancer_type, []).append(article)
    for group in groups.values():
        group.sort(key=lambda a: a.display_title.casefold())
    return groups


def common_types(groups: dict[str, list[Article]]) -> list[str]:
    """The most common cancers this library has patient articles on, the most common first."""
    return [cancer_type for cancer_type in COMMON_TYPES if groups.get(cancer_type)]


def all_types(groups: dict[str, list[Article]], name: Callable[[str], str] = cancer_type_name) -> list[str]:
    """Every cancer type with patient articles, A to Z by the name people see (name gives it)."""
    return sorted((t for t, items in groups.items() if items), key=lambda t: name(t).casefold())
