"""What the kiosk home screen offers, by need: where to start, the most common cancers, then every type A-Z.

A visitor is most likely there for one of the most common cancers, or wants the basics (what cancer is,
treatment, side effects, support, questions for the doctor). An article belongs to a cancer type by its
web address (``/types/<type>/...``): the front matter's types are often wrong (general treatment pages
carry "breast"), so they are used only for articles that have no cancer.gov address (a clinic's notes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.library.article import Article
from reader.core.library.catalog import Library

#: The most common cancers in the United States, most new cases first: NCI's "Common Cancer Types" page
#: (in the library as /types/common-cancers), estimated new cases for 2025.
COMMON_TYPES: tuple[tuple[str, str, int], ...] = (
    ("breast", "Breast", 319_750),
    ("prostate", "Prostate", 313_780),
    ("lung", "Lung", 226_650),
    ("colorectal", "Colon and rectum", 154_270),
    ("skin", "Skin and melanoma", 104_960),
    ("bladder", "Bladder", 84_870),
    ("kidney", "Kidney", 80_980),
    ("lymphoma", "Lymphoma", 80_350),
    ("uterine", "Uterus (endometrial)", 69_120),
    ("pancreatic", "Pancreas", 67_440),
    ("leukemia", "Leukemia", 66_890),
    ("thyroid", "Thyroid", 44_020),
    ("liver", "Liver", 42_240),
)
#: Names people know, where the address's word is not one (others: the word, capitalised).
TYPE_LABELS = {
    **{slug: label for slug, label, _ in COMMON_TYPES},
    "aya": "Teens and young adults",
    "gi-neuroendocrine-tumors": "GI neuroendocrine tumors",
    "unknown-primary": "Cancer of unknown primary",
    "cns": "Brain and spinal cord",
}
#: Address words under /types/ that are collections, not a type of cancer.
NOT_TYPES = frozenset({"common-cancers", "by-body-location", "recurrent-cancer", "metastatic-cancer"})


@dataclass(frozen=True)
class StartingPoint:
    """A need a visitor may come with, and where in a library the answer may be."""

    label: str
    addresses: tuple[str, ...] = ()  # these pages first, in this order
    prefixes: tuple[str, ...] = ()  # then patient pages below these
    title_starts: tuple[str, ...] = ()  # then patient pages whose title starts so
    title_words: tuple[str, ...] = ()  # or whose title holds these words
    tags: tuple[str, ...] = ()  # or that carry these tags


STARTING_POINTS: tuple[StartingPoint, ...] = (
    StartingPoint("What cancer is", ("/about-cancer/understanding/what-is-cancer",),
                  ("/about-cancer/understanding/",), title_starts=("what is",)),
    StartingPoint("Treatment", ("/about-cancer/treatment/types", "/about-cancer/treatment"),
                  ("/about-cancer/treatment/types/",)),
    StartingPoint("Side effects", ("/about-cancer/treatment/side-effects",),
                  ("/about-cancer/treatment/side-effects/",)),
    StartingPoint("Support and coping", ("/about-cancer/coping",), ("/about-cancer/coping/",),
                  title_starts=("coping with",), tags=("support",)),
    StartingPoint("Questions for your doctor", ("/about-cancer/treatment/questions",),
                  title_words=("questions to ask", "questions for your doctor")),
)  # fmt: skip


def is_professional(article: Article) -> bool:
    """True for pages written for doctors (their address or title says so)."""
    path = article.site_path.lower()
    return "/hp/" in path or path.endswith("-hp-pdq") or "health professional" in article.title.lower()


def type_of_address(article: Article) -> str:
    """The cancer type in the article's address (``/types/<type>/...``), "" when none."""
    parts = article.site_path.lower().strip("/").split("/")
    if len(parts) >= 2 and parts[0] == "types" and parts[1] not in NOT_TYPES:
        return parts[1]
    return ""


def article_types(article: Article) -> tuple[str, ...]:
    """The cancer types an article is about: from its address; from its front matter only without one."""
    if article.site_path:
        found = type_of_address(article)
        return (found,) if found else ()
    return tuple(t.lower().replace(" ", "-") for t in article.cancer_types)


def type_label(slug: str) -> str:
    """A name for a cancer type that a visitor knows."""
    return TYPE_LABELS.get(slug, slug.replace("-", " ").capitalize())


def articles_by_type(library: Iterable[Article]) -> dict[str, list[Article]]:
    """Patient articles of each cancer type, A to Z by title within a type."""
    groups: dict[str, list[Article]] = {}
    for article in library:
        if is_professional(article):
            continue
        for slug in article_types(article):
            groups.setdefault(slug, []).append(article)
    for articles in groups.values():
        articles.sort(key=lambda a: a.display_title.casefold())
    return groups


def common_types(groups: dict[str, list[Article]]) -> list[str]:
    """The most common cancers this library has articles on, most new cases first."""
    return [slug for slug, _, _ in COMMON_TYPES if groups.get(slug)]


def all_types(groups: dict[str, list[Article]]) -> list[str]:
    """Every cancer type this library has articles on, A to Z by the name shown."""
    return sorted((slug for slug, items in groups.items() if items), key=lambda s: type_label(s).casefold())


def _matches(point: StartingPoint, article: Article) -> bool:
    path = article.site_path.lower()
    title = article.display_title.lower()
    return (
        any(path.startswith(prefix) for prefix in point.prefixes)
        or any(title.startswith(start) for start in point.title_starts)
        or any(words in title for words in point.title_words)
        or any(tag in article.tags for tag in point.tags)
    )


def starting_points(library: Library) -> list[tuple[str, list[Article]]]:
    """Each starting point with its articles in this library (the named pages first), leaving out
    points the library has nothing for and pages written for doctors."""
    found: list[tuple[str, list[Article]]] = []
    for point in STARTING_POINTS:
        first = [a for address in point.addresses if (a := library.by_url(address)) is not None]
        rest = sorted(
            (a for a in library if a not in first and not is_professional(a) and _matches(point, a)),
            key=lambda a: a.display_title.casefold(),
        )
        articles = [a for a in first if not is_professional(a)] + rest
        if articles:
            found.append((point.label, articles))
    return found
