"""Drug links: which article in the library is about a drug (by name, brand names included)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from reader.core.glossary.entries import Glossary, GlossaryEntry
from reader.core.glossary.fragments import definition_html
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.article import Article, ArticleError

# Where cancer.gov keeps one article per drug.
DRUG_ARTICLES = "/about-cancer/treatment/drugs/"
# Salt and form words a title may add to the drug's usual name ("Doxorubicin Hydrochloride").
_SALTS = frozenset(
    "hydrochloride citrate mesylate sodium acetate sulfate maleate tartrate phosphate malate besylate "
    "tosylate succinate bromide chloride dihydrochloride hcl".split()
)
_NOT_NAME = re.compile(r"[^a-z0-9]+")
_BRANDS_START = re.compile(r"^\s*US Brand Name\(s\)\s*$", re.M | re.I)
_BRANDS_END = re.compile(r"^\s*(?:FDA Approved|#|\[)", re.M)

DRUG_ARTICLE_NOTE = QT_TRANSLATE_NOOP(
    "Glossary", "A cancer drug. Click to open the article about it in your library:"
)
DRUG_DEFINITION_NOTE = QT_TRANSLATE_NOOP(
    "Glossary", "There is no article about this drug in your library, so this is a short explanation."
)
NO_DRUG = QT_TRANSLATE_NOOP("Glossary", "Sorry, this drug is not in your library or in the offline glossary.")


def name_key(name: str) -> str:
    """A drug name as a lookup key: lower case, letters and digits, single spaces."""
    return _NOT_NAME.sub(" ", name.casefold()).strip()


def brand_names(body: str) -> list[str]:
    """The names listed under 'US Brand Name(s)' in a drug article."""
    start = _BRANDS_START.search(body)
    if start is None:
        return []
    end = _BRANDS_END.search(body, start.end())
    block = body[start.end() : end.start() if end else start.end() + 500]
    return [name.strip(" *") for line in block.splitlines() for name in line.split(",") if name.strip(" *")]


def names_for(article: Article) -> list[list[str]]:
    """The names a drug article answers to, surest first: title and address; name without salt; brands."""
    title = article.display_title
    words = name_key(title).split()
    plain = [" ".join(w for w in words if w not in _SALTS)] if len(words) > 1 and words[-1] in _SALTS else []
    try:
        brands = brand_names(article.body)
    except (ArticleError, OSError):
        brands = []
    return [[title, article.site_path.rstrip("/").rsplit("/", 1)[-1]], plain, brands]


class DrugArticles:
    """The library's drug articles, found by any of their names."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._by_name: dict[str, Article] = {}
        drugs = [a for a in articles if a.site_path.lower().startswith(DRUG_ARTICLES)]
        named = [names_for(article) for article in drugs]
        for rank in range(3):  # a title beats a shortened name, which beats a brand name
            for article, names in zip(drugs, named, strict=True):
                for name in names[rank]:
                    if name_key(name):
                        self._by_name.setdefault(name_key(name), article)

    def __len__(self) -> int:
        return len(set(map(id, self._by_name.values())))

    def find(self, name: str) -> Article | None:
        """The article about the drug with this name (generic or brand), or None."""
        key = name_key(name)
        found = self._by_name.get(key)
        if found is None and key.split() and key.split()[-1] in _SALTS:
            found = self._by_name.get(" ".join(w for w in key.split() if w not in _SALTS))
        return found


def drug_entry(glossary: Glossary, name: str) -> GlossaryEntry | None:
    """The glossary's entry for a drug name, if it has one."""
    return glossary.by_term(name) or glossary.lookup(name)


def drug_tip_html(drugs: DrugArticles | None, glossary: Glossary, name: str, words: str = "") -> str:
    """What a drug link's tooltip says: the article it opens, else our short definition, else a plain note."""
    article = drugs.find(name) if drugs is not None else None
    shown = html.escape(words.strip() or name)
    if article is not None:
        title = html.escape(article.display_title)
        return f"<p><b>{shown}</b></p><p>{html.escape(translate('Glossary', DRUG_ARTICLE_NOTE))} <i>{title}</i>.</p>"
    entry = drug_entry(glossary, name)
    if entry is not None:
        return (
            definition_html(entry)
            + f"<p><i>{html.escape(translate('Glossary', DRUG_DEFINITION_NOTE))}</i></p>"
        )
    return f"<p><b>{shown}</b></p><p>{html.escape(translate('Glossary', NO_DRUG))}</p>"
