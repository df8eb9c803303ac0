"""Where an article sits: its cancer types, topics and audience, read from its web address first.

A translation of a cancer.gov page (`translationOf`) sits where that page sits. Front matter is used
only where neither address says anything (local notes, other sites): NCI's own `cancerTypes` and
`audienceLevel` are wrong often enough to mislead (see docs/LIBRARY.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from reader.core.files.locations import resource

PATIENT = "patient"
HEALTH_PROFESSIONAL = "health professional"

#: /types/<slug>/ pages that are about cancer in general, not one type.
_GENERAL_TYPE_SLUGS = {"common-cancers", "by-body-location"}
#: /types/<slug>/ pages that are a topic, not a type of cancer.
_TOPIC_TYPE_SLUGS = {"metastatic-cancer": "advanced-cancer", "recurrent-cancer": "advanced-cancer"}
#: Front-matter "cancer types" that are treatments or general words, and the topic they become.
_NOT_A_TYPE = {
    "general": "",
    "immunotherapy": "treatment",
    "chemotherapy": "treatment",
    "radiation-therapy": "treatment",
    "surgery": "treatment",
    "stem-cell-transplant": "treatment",
    "targeted-therapies": "treatment",
    "hormone-therapy": "treatment",
    "photodynamic-therapy": "treatment",
    "metastatic-cancer": "advanced-cancer",
    "recurrent-cancer": "advanced-cancer",
}
#: Front-matter tags and the topic they mean ("" drops tags that are not topics a person would look for).
_TAG_TOPICS = {
    "treatment": "treatment",
    "support": "coping",
    "coping": "coping",
    "cancer-type": "",
    "pdq": "",
    "side-effects": "side-effects",
    "drugs": "drugs",
}
#: Words in an address (one path segment, or a word inside it) and the topic they put the page in.
_SEGMENT_TOPICS = (
    ("side-effects", "side-effects"),
    ("drugs", "drugs"),
    ("cam", "complementary-medicine"),
    ("coping", "coping"),
    ("survivorship", "survivorship"),
    ("questions", "questions"),
    ("research", "research"),
    ("screening", "screening"),
    ("prevention", "prevention"),
    ("causes-risk-factors", "prevention"),
    ("genetics", "genetics"),
    ("diagnosis", "diagnosis"),
    ("stages", "diagnosis"),
    ("symptoms", "diagnosis"),
    ("treatment", "treatment"),
    ("surgery", "treatment"),
    ("end-of-life", "coping"),
    ("late-effects", "survivorship"),
    ("video", "videos"),
)
#: The patterns, compiled at first use: only reading a file or pairing twins needs them, not the article
#: asked for at start (~0.35 ms of every start, issue 20).
_PATTERNS: dict[str, tuple[str, int]] = {
    "child": (r"(?:^|[-/])(?:child|childhood|pediatric|children)(?:[-/]|$)", 0),
    "hp_title": (r"health\s+professional\s+version", re.IGNORECASE),
    "title_noise": (
        r"\(pdq(?:®|\(r\))?\)|health\s+professional\s+version|patient\s+version|\s-\s+nci$|[^a-z0-9 ]",
        re.IGNORECASE,
    ),
}


@cache
def _pattern(name: str) -> re.Pattern[str]:
    source, flags = _PATTERNS[name]
    return re.compile(source, flags)


@dataclass(frozen=True)
class Placement:
    """Cancer types and topics (slugs) and who the article is written for."""

    cancer_types: tuple[str, ...]
    topics: tuple[str, ...]
    audience: str


def slug(text: str) -> str:
    """A label or slug in one form: lower case, words joined by hyphens ("Head and neck" -> head-and-neck)."""
    return re.sub(r"[^a-z0-9]+", "-", text.strip().lower()).strip("-")


def audience_of(site_path: str, title: str, declared: str = "") -> str:
    """PATIENT or HEALTH_PROFESSIONAL, from the address (/hp/, -hp-pdq) and title; front matter last."""
    path = site_path.lower()
    if "/hp/" in path or path.endswith("/hp") or "-hp-pdq" in path or "/hp-" in path:
        return HEALTH_PROFESSIONAL
    if _pattern("hp_title").search(title):
        return HEALTH_PROFESSIONAL
    if site_path.startswith("/"):
        return PATIENT  # a cancer.gov page that says nothing about professionals is for everyone
    if slug(declared) in {"health-professional", "health-professionals", "professional", "hp", "clinician"}:
        return HEALTH_PROFESSIONAL
    return PATIENT


def _path_topics(segments: list[str]) -> list[str]:
    topics: list[str] = []
    for segment in segments:
        words = set(segment.split("-"))
        for word, topic in _SEGMENT_TOPICS:
            if segment == word or word in words or (("-" in word) and word in segment):
                topics.append(topic)
    return topics


def place(site_path: str, title: str, declared_types: tuple[str, ...] = (), declared_tags: tuple[str, ...] = (),
          declared_audience: str = "", translation_of: str = "") -> Placement:  # fmt: skip
    """Where an article belongs: from its address when it is a cancer.gov page, else from the cancer.gov
    page it translates (translation_of, a site path), else from its front matter."""
    if translation_of.startswith("/") and translation_of.lower() != site_path.lower():
        # A translation is about what its original is about ("Diarrea" is a side effect, whatever its
        # tags say) when its own address says nothing (cancer-reader.example/es/..., /espanol/...).
        own = place(site_path, title, declared_audience=declared_audience) if site_path.startswith("/") else None
        if own is None or not (own.cancer_types or own.topics):
            return place(translation_of, title, declared_types, declared_tags, declared_audience)
    audience = audience_of(site_path, title, declared_audience)
    segments = [s for s in site_path.lower().split("/") if s]
    types: list[str] = []
    topics: list[str] = []
    if site_path.startswith("/") and segments:
        if segments[0] == "types" and len(segments) >= 2:
            name = segments[1]
            if name in _TOPIC_TYPE_SLUGS:
                topics.append(_TOPIC_TYPE_SLUGS[name])
            elif name not in _GENERAL_TYPE_SLUGS:
                types.append(name)
            rest = "/".join(segments[2:])
            if name != "childhood-cancers" and (_pattern("child").search(rest) or title.lower().startswith("childhood")):
                types.append("childhood-cancers")
            topics += _path_topics(segments[2:])
        elif segments[:2] == ["about-cancer", "treatment"]:
            topics += ["treatment"] if len(segments) <= 2 or segments[2] in {"types", "clinical-center"} else []
            topics += _path_topics(segments[2:])
        elif segments[0] == "about-cancer":
            topics += _path_topics(segments[1:])
        elif segments[0] == "publications" and "pdq" in segments:
            topics += _path_topics(segments[2:]) if "genetics" in segments else ["how-we-write"]
        else:
            topics += _path_topics(segments)
    if not types and not topics and segments[:1] != ["types"]:
        # The address says nothing about where the page sits, so the front matter cannot contradict it.
        types, topics = _declared(declared_types, declared_tags)
        if not types and not topics and segments[:1] == ["about-cancer"]:
            topics.append("about-cancer")
    if "research" in topics and "treatment" in topics and segments[2:3] == ["research"]:
        topics.remove("treatment")
    return Placement(tuple(dict.fromkeys(types)), tuple(dict.fromkeys(topics)), audience)


def _declared(declared_types: tuple[str, ...], declared_tags: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Cancer types and topics from front matter: treatments become topics, tags that are no topic go."""
    types: list[str] = []
    topics: list[str] = []
    for declared in declared_types:
        key = slug(declared)
        if key in _NOT_A_TYPE:
            if _NOT_A_TYPE[key]:
                topics.append(_NOT_A_TYPE[key])
        elif key:
            types.append(key)
    for tag in declared_tags:
        key = slug(tag)
        topic = _TAG_TOPICS.get(key, key)
        if topic:
            topics.append(topic)
    return types, topics


# Twins ------------------------------------------------------------------------------------------

_SWAPS = (("/hp/", "/patient/"), ("-hp-pdq", "-pdq"), ("/hp-", "/patient-"))


def twin_paths(site_path: str) -> list[str]:
    """Addresses where this page's patient or health-professional twin would be."""
    path = site_path.lower()
    found: list[str] = []
    for hp, patient in _SWAPS:
        if hp in path:
            found.append(path.replace(hp, patient))
        elif patient in path and not (patient == "-pdq" and "-hp-pdq" in path):
            found.append(path.replace(patient, hp))
    if path.endswith("/hp"):
        found.append(path[: -len("/hp")] + "/patient")
    # The same summary is sometimes named "child-" on one side and "pediatric-" on the other.
    found += [p.replace("/child-", "/pediatric-") for p in found if "/child-" in p]
    found += [p.replace("/pediatric-", "/child-") for p in found if "/pediatric-" in p]
    return [p for p in found if p != path]


# Display names ----------------------------------------------------------------------------------


@cache
def _names() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(resource("library", "display_names.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"cancer_types": {}, "topics": {}}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def _fallback(key: str) -> str:
    words = [w for w in slug(key).split("-") if w not in {"hp", "pdq"}]
    text = " ".join(words) or key.strip()
    return text[:1].upper() + text[1:]


def cancer_type_name(key: str) -> str:
    """The name a person sees for a cancer type ("aya" -> "Adolescents and young adults")."""
    return _names().get("cancer_types", {}).get(slug(key)) or _fallback(key)


def topic_name(key: str) -> str:
    """The name a person sees for a topic ("side-effects" -> "Side effects")."""
    return _names().get("topics", {}).get(slug(key)) or _fallback(key)


def is_known_cancer_type(key: str) -> bool:
    """True when the display-name table has a name for this cancer type."""
    return slug(key) in _names().get("cancer_types", {})


def twin_title(title: str) -> str:
    """A title reduced so a patient summary and its professional version compare equal."""
    return " ".join(_pattern("title_noise").sub(" ", title.lower()).split())


#: Words that do not tell two titles apart ("Treatment of X" is "X Treatment").
_TITLE_FILLER = frozenset({"a", "an", "and", "for", "in", "of", "the", "to", "with"})


def title_words(title: str) -> frozenset[str]:
    """A title's words, in any order, without "(PDQ®)", "Patient Version", "- NCI" and small words."""
    return frozenset(twin_title(title).split()) - _TITLE_FILLER


def pair_twins(articles: list[tuple[str, str, str, str]]) -> dict[str, str]:
    """Pair patient and professional versions: (key, site_path, title, audience) in, key -> twin key out.

    By address first (/hp/ <-> /patient/, -hp-pdq <-> -pdq), then by title words (any order) within the
    same section (/types/<slug>/ or /about-cancer/...); each pair is recorded both ways.
    """
    by_path = {path.lower(): (key, audience) for key, path, _t, audience in articles if path}
    pairs: dict[str, str] = {}
    for key, path, _title, audience in articles:
        if key in pairs or not path:
            continue
        for candidate in twin_paths(path):
            other = by_path.get(candidate)
            if other and other[1] != audience and other[0] not in pairs:
                pairs[key], pairs[other[0]] = other[0], key
                break
    by_title: dict[tuple[str, frozenset[str], str], str] = {}
    for key, path, title, audience in articles:
        if key not in pairs and path.startswith("/") and (path.lower().endswith("pdq") or "/hp/" in path):
            section, words = "/".join(path.lower().split("/")[:3]), title_words(title)
            if words:
                by_title.setdefault((section, words, audience), key)
    for (section, same_words, audience), key in by_title.items():
        if audience != PATIENT or key in pairs:
            continue
        twin = by_title.get((section, same_words, HEALTH_PROFESSIONAL))
        if twin and twin not in pairs:
            pairs[key], pairs[twin] = twin, key
    return pairs
