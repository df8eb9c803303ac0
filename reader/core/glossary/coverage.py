"""How many of a library's glossary and drug links the glossary explains (for `glossary stats` and the bench)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from reader.core.glossary.drugs import DRUG_ARTICLES, DrugArticles, drug_entry
from reader.core.glossary.entries import Glossary
from reader.core.library.links import drug_link, glossary_term_id

_URL = re.compile(r"^url:\s*['\"]?(\S+?)['\"]?\s*$", re.M)
_TITLE = re.compile(r"^title:\s*['\"]?(.+?)['\"]?\s*$", re.M)
_LINK = re.compile(r"\[([^\[\]]{0,200})\]\(\s*<?([^)\s>]+)")


def drug_article_title(text: str) -> str:
    """The drug's name when this Markdown is a drug article (by its front matter's url), else ''."""
    head = text[:3000]
    url, title = _URL.search(head), _TITLE.search(head)
    if url is None or title is None or DRUG_ARTICLES not in url.group(1).lower():
        return ""
    return title.group(1).removesuffix(" - NCI").strip()


@dataclass
class LinkCounts:
    """Links per term key: patient-facing glossary links, health-professional ones, and drug links by name."""

    patient: Counter[str] = field(default_factory=Counter)
    professional: Counter[str] = field(default_factory=Counter)
    drugs: Counter[str] = field(default_factory=Counter)

    def add_text(self, text: str) -> None:
        """Count the links in one article's Markdown (a drug link by id in a drug's own article counts as
        that drug, as the app treats it)."""
        own = drug_article_title(text)
        for words, href in _LINK.findall(text):
            term = glossary_term_id(href)
            if term is not None:
                query = {k.lower(): v for k, v in parse_qs(urlsplit(href).query).items()}
                version = (query.get("version") or ["patient"])[0].lower()
                (self.patient if version == "patient" else self.professional)[term] += 1
                continue
            drug = drug_link(href, words)
            if drug is not None:
                self.drugs[own if drug.target.isdigit() and own else drug.target] += 1


def count_links(folders: Iterable[Path]) -> LinkCounts:
    """The glossary and drug links in every article (.md) under the folders."""
    counts = LinkCounts()
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.md")):
            counts.add_text(path.read_text(encoding="utf-8", errors="replace"))
    return counts


@dataclass(frozen=True)
class Share:
    """part of whole, shown as '95.1% (100/105)'."""

    part: int
    whole: int

    @property
    def percent(self) -> float:
        """The share in percent (0 when there is nothing to count)."""
        return 100 * self.part / self.whole if self.whole else 0.0

    def __str__(self) -> str:
        return f"{self.percent:.1f}% ({self.part}/{self.whole})" if self.whole else "n/a (no links)"


@dataclass(frozen=True)
class Coverage:
    """The coverage figures `glossary stats` prints."""

    entries: int
    patient_links: Share
    all_links: Share
    terms: Share
    drug_articles: Share
    drug_definitions: Share

    def lines(self) -> list[str]:
        """The figures as lines of text."""
        return [
            f"Glossary entries: {self.entries}",
            f"Patient-facing glossary links that resolve: {self.patient_links}",
            f"All glossary links that resolve (health-professional ones too): {self.all_links}",
            f"Distinct linked terms defined: {self.terms}",
            f"Drug links that open the drug's article: {self.drug_articles}",
            f"Drug links that show a short definition instead: {self.drug_definitions}",
        ]


def measure(glossary: Glossary, counts: LinkCounts, drugs: DrugArticles | None) -> Coverage:
    """How much of the counted links this glossary (and the library's drug articles) explains."""

    def resolved(counter: Counter[str]) -> int:
        return sum(n for term, n in counter.items() if glossary.lookup(term) is not None)

    every = counts.patient + counts.professional
    opens = Counter(
        {n: c for n, c in counts.drugs.items() if drugs is not None and drugs.find(n) is not None}
    )
    defined = Counter({n: c for n, c in counts.drugs.items() if n not in opens and drug_entry(glossary, n)})
    drug_total = sum(counts.drugs.values())
    return Coverage(
        entries=len(glossary),
        patient_links=Share(resolved(counts.patient), sum(counts.patient.values())),
        all_links=Share(resolved(every), sum(every.values())),
        terms=Share(sum(glossary.lookup(t) is not None for t in every), len(every)),
        drug_articles=Share(sum(opens.values()), drug_total),
        drug_definitions=Share(sum(defined.values()), drug_total),
    )
