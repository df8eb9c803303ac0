"""What a link in an article points at: a glossary term, another article, the web, or nothing safe."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from reader.core.library.article import SITE

GLOSSARY_SCHEME = "glossary"
#: Links to the NCI Drug Dictionary become drug:<name or id>; the app opens the drug's article if it has one.
DRUG_SCHEME = "drug"

_GLOSSARY_PATH = re.compile(r"^/publications/dictionaries/cancer-terms/def/([^/?#]+)/?$", re.I)
_DRUG_PATH = re.compile(r"^/publications/dictionaries/cancer-drug/def/([^/?#]+)/?$", re.I)
_NOT_A_NAME = re.compile(r"dictionary|definition|click|here|more", re.I)
_POPUP_PATH = re.compile(r"^/common/popups/popdefinition\.aspx$", re.I)
_POPUP_ID = re.compile(r"^(?:cdr)?(\d+)$", re.I)  # "44685" or "CDR0000045885"
_SAFE_SCHEMES = {"http", "https", "mailto"}
_C0_AND_SPACE = "".join(chr(i) for i in range(33))  # what browsers (and urlsplit) strip from the ends


@dataclass(frozen=True)
class Link:
    """A classified link: kind is 'glossary', 'drug', 'anchor', 'site', 'web', 'mail' or 'blocked'."""

    kind: str
    target: str

    @property
    def href(self) -> str:
        """The address to put in the rendered HTML."""
        if self.kind == "glossary":
            return f"{GLOSSARY_SCHEME}:{self.target}"
        if self.kind == "drug":
            return f"{DRUG_SCHEME}:{quote(self.target)}"
        if self.kind == "blocked":
            return ""
        return self.target


def glossary_term_id(href: str) -> str | None:
    """The term id or slug of a dictionary link (cancer-terms/def/... or popDefinition.aspx?id=...)."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:  # e.g. "http://[::1" (a broken IPv6 address)
        return None
    path = parts.path
    if parts.netloc and parts.netloc.lower() not in ("www.cancer.gov", "cancer.gov"):
        return None
    match = _GLOSSARY_PATH.match(path)
    if match:
        return unquote(match.group(1)).lower()
    if _POPUP_PATH.match(path):
        ids = parse_qs(parts.query).get("id") or parse_qs(parts.query.lower()).get("id")
        match = _POPUP_ID.match(ids[0].strip()) if ids else None
        if match:
            return match.group(1).lstrip("0") or "0"  # not int(): 5,000 digits would raise
    return None


def drug_key(href: str) -> str | None:
    """The drug's slug or numeric id in an NCI Drug Dictionary link (cancer-drug/def/...), else None."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    if parts.netloc and parts.netloc.lower() not in ("www.cancer.gov", "cancer.gov"):
        return None
    match = _DRUG_PATH.match(parts.path)
    return unquote(match.group(1)).lower() if match else None


def drug_link(href: str, words: str) -> Link | None:
    """A 'drug' link for a Drug Dictionary href, aimed at the drug's name: the slug, or for a numeric id
    the linked words; links worded like "Definition from the NCI Drug Dictionary" keep the id (such a
    link sits in the drug's own article, which the app then stands for the drug)."""
    key = drug_key(href)
    if key is None:
        return None
    words = " ".join(words.split())
    if not key.isdigit():
        return Link("drug", key.replace("-", " "))
    if words and not _NOT_A_NAME.search(words):
        return Link("drug", words)
    return Link("drug", key)


def classify(href: str) -> Link:
    """Decide what an article's href is and where it may go."""
    href = href.strip(_C0_AND_SPACE)
    if not href:
        return Link("blocked", "")
    if href.startswith(f"{GLOSSARY_SCHEME}:"):
        return Link("glossary", href.split(":", 1)[1])
    if href.startswith(f"{DRUG_SCHEME}:"):
        return Link("drug", unquote(href.split(":", 1)[1]))
    drug = drug_link(href, "")
    if drug is not None:
        return drug
    term = glossary_term_id(href)
    if term is not None:
        return Link("glossary", term)
    if href.startswith("#"):
        return Link("anchor", href)
    if href.startswith("//"):
        href = "https:" + href
    try:
        parts = urlsplit(href)
    except ValueError:
        return Link("blocked", href)
    scheme = parts.scheme.lower()
    if not scheme:
        if href.startswith("/"):
            return Link("site", SITE + href)
        return Link("blocked", href)  # relative paths would point into the file system
    if scheme not in _SAFE_SCHEMES:
        return Link("blocked", href)
    if scheme == "mailto":
        return Link("mail", href)
    host = parts.netloc.lower()
    if not host:
        return Link("blocked", href)  # "http:" or "https:relative": goes nowhere
    if host in ("www.cancer.gov", "cancer.gov"):
        return Link("site", href)
    return Link("web", href)
