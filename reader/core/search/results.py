"""What a search returns, and how a Whoosh searcher's matches become ranked, filtered, counted hits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol

from whoosh.searching import Searcher

from reader.core.search.query import QueryPlan, concept_stems, proximity, snippet, title_precision
from reader.core.search.scoring import SearcherData, top


@dataclass(frozen=True)
class RankWeights:
    """Every constant of the re-ranking in one place: the shipped values are the defaults; the tuning
    harness (tests/bench/ranking_tune.py) passes others to see what they would do. A factor multiplies
    an article's score when its condition holds (see candidate_factors and question_factors)."""

    #: Share of the score kept by an article matching none of the query's ideas (0.2 + 0.8 * share**2).
    coverage_floor: float = 0.2
    #: Bonus per share of the query's ideas found in the title.
    title_coverage: float = 0.6
    #: Bonus for a title made only of query words (an overview page named for the topic).
    title_precision: float = 0.5
    #: Bonus for an article filed under a cancer type the query names, more when that is its only type.
    type_focus: float = 0.3
    #: Bonus when all query ideas stand close together in the article's opening text, and how close.
    proximity: float = 0.3
    proximity_words: int = 25
    #: A health-professional version's score is multiplied by this unless the query asks for one; by the
    #: second when the library has no patient version of it (then it is the library's only summary of
    #: the topic: still harder reading than a patient page, so it counts a little less).
    professional: float = 0.4
    only_version_professional: float = 0.65
    #: An article about the cancer the question names (by its address) counts more; one about another
    #: cancer counts less.
    named_type: float = 1.6
    other_type: float = 0.6
    #: An article about one cancer when the question names none and its symptoms point to no cancer:
    #: "feeling anxious and scared" is more likely answered by the page on anxiety than by "Coping with
    #: Cervical Cancer".
    unnamed_type: float = 0.8
    #: An article whose address or title answers the kind of question asked (and is about the cancer
    #: named, if any); and one that answers it in a section (a long summary with "Signs and symptoms ...").
    kind_article: float = 2.0
    kind_section: float = 1.3
    #: Research news reports one study: rarely what a person is looking for, never the answer to what
    #: they ask (symptoms, survival, ...).
    news: float = 0.6
    news_asked: float = 0.4
    #: An article about children when the question is about a child; when it is not (most questions
    #: are about adults, and the childhood pages are many); when it names someone who may be a child.
    childhood: float = 1.5
    childhood_unasked: float = 0.6
    childhood_maybe: float = 1.25
    #: A page for adolescents and young adults when the question is about a teenager.
    young_adult: float = 1.5
    #: A question that describes symptoms without naming a cancer ("skin and eyes turning yellow"): an
    #: article about a cancer whose "signs and symptoms" sections describe them counts more (scaled by how
    #: well that cancer fits, 1.0 for the best), and more again when it is that cancer's overview or says
    #: what its symptoms are.
    symptom_type: float = 2.0
    symptom_answer: float = 1.4
    #: For an article with a "signs and symptoms" section of its own, the share of symptom_type's fit
    #: taken from how well that section describes the symptoms (the rest from its cancer's best
    #: section): "bleeding after the menopause" is said outright in the endometrial cancer summary's
    #: section, only in passing in the ovarian germ cell tumour summary's.
    symptom_own: float = 0.5
    #: A page about a side effect of treatment, when the question describes symptoms that point to cancers
    #: and says nothing of treatment ("blood in my pee": the bladder pages, not "Urination Changes").
    side_effect_unasked: float = 0.7
    #: A video or infographic page when the query does not ask for one and it does not answer the kind
    #: of question asked (a page to watch, with little text: rarely the best first answer).
    media: float = 0.5
    #: A list of the drugs approved for a cancer ("Drugs Approved for Kidney Cancer") when the question
    #: is not about treatment.
    drug_list: float = 0.5
    #: A drug's own page (``/about-cancer/treatment/drugs/<drug>``) whose title is all words the
    #: question asked for (the drug typed, or the generic name of the brand typed): "avastin for colon
    #: cancer" asks about Bevacizumab, the colon cancer named only says what it is used for.
    named_drug: float = 1.3
    #: ... and one whose title is not all words asked for, when the question asks what something is:
    #: "what is hpv" asks about the virus, not about "Recombinant HPV Nonavalent Vaccine".
    drug_unasked: float = 0.4
    #: The meaning re-rank's share in the mix with these scores (reader/core/meaning/vectors.py:
    #: MIX_WEIGHT, the same value; the index passes this one).
    meaning_mix: float = 0.2


#: The shipped weights.
WEIGHTS = RankWeights()
#: How many of the best candidates get the (costlier) proximity check.
PROXIMITY_CANDIDATES = 25
#: Candidates Whoosh ranks before our own re-ranking picks the top ones.
MIN_CANDIDATES = 60
#: A folder's own page comes to place HUB_PLACE (0 = first) when at least HUB_CHILDREN of the best
#: HUB_TOP results are its pages.
HUB_TOP = 5
HUB_CHILDREN = 4
HUB_PLACE = 2


@dataclass(frozen=True)
class SearchFilters:
    """Chosen cancer types and tags: any of the chosen types, and any of the chosen tags."""

    cancer_types: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    #: Only these articles (by key), e.g. those at a chosen reading level; None keeps all.
    keys: frozenset[str] | None = None

    @classmethod
    def of(
        cls, cancer_types: Iterable[str] = (), tags: Iterable[str] = (), keys: Iterable[str] | None = None
    ) -> SearchFilters:
        """Filters from any iterables of names (case does not matter)."""
        return cls(
            frozenset(t.lower() for t in cancer_types),
            frozenset(t.lower() for t in tags),
            frozenset(keys) if keys is not None else None,
        )

    def __bool__(self) -> bool:
        return bool(self.cancer_types or self.tags or self.keys is not None)


@dataclass(frozen=True)
class SearchHit:
    """One result: enough to list it and open it."""

    key: str
    url: str
    title: str
    cancer_types: tuple[str, ...]
    tags: tuple[str, ...]
    score: float
    snippet: str
    professional: bool = False

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "key": self.key,
            "url": self.url,
            "title": self.title,
            "cancer_types": list(self.cancer_types),
            "tags": list(self.tags),
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "professional": self.professional,
        }


@dataclass
class SearchResults:
    """Ranked hits, how many matched in all, a spelling suggestion, and counts per filter value."""

    text: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    suggestion: str | None = None
    cancer_type_counts: dict[str, int] = field(default_factory=dict)
    tag_counts: dict[str, int] = field(default_factory=dict)
    #: Keys of the articles that match with the chosen cancer type and topic (any reading level): the
    #: results page counts reading levels among them.
    matched_keys: frozenset[str] = frozenset()
    #: Plain words for the person when search is not (fully) available; "" when all is well.
    message: str = ""
    #: What to mark in an article opened from these results (see QueryPlan.mark_phrases).
    marks: frozenset[tuple[str, ...]] = frozenset()
    #: The languages the library's articles are written in ("English"), and whether none of the words
    #: typed is one the library uses (perhaps another language: "quimioterapia").
    languages: tuple[str, ...] = ()
    unknown_words: bool = False


class FacetCache:
    """Document numbers per cancer type and per tag, for one searcher."""

    def __init__(self, searcher: Searcher) -> None:
        self.cancer_types = self._values(searcher, "cancer_types")
        self.tags = self._values(searcher, "tags")
        self.by_key = self._values(searcher, "key")  # an updated article's old document may linger
        self.key_of = {docnum: key for key, docs in self.by_key.items() for docnum in docs}

    def with_keys(self, keys: frozenset[str] | None) -> frozenset[int] | None:
        """Documents of these article keys, or None when keys is None (no choice)."""
        if keys is None:
            return None
        return frozenset().union(*(self.by_key.get(k, frozenset()) for k in keys))

    @staticmethod
    def _values(searcher: Searcher, fieldname: str) -> dict[str, frozenset[int]]:
        values: dict[str, frozenset[int]] = {}
        for raw in searcher.lexicon(fieldname):
            value = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            docs = frozenset(searcher.postings(fieldname, raw).all_ids())
            if docs:
                values[value] = docs
        return values

    @staticmethod
    def allowed(values: dict[str, frozenset[int]], chosen: frozenset[str]) -> frozenset[int] | None:
        """Documents with any chosen value, or None when nothing is chosen."""
        if not chosen:
            return None
        return frozenset().union(*(values.get(v, frozenset()) for v in chosen))


def _counts(values: dict[str, frozenset[int]], docs: set[int]) -> dict[str, int]:
    counts = {v: len(d & docs) for v, d in values.items()}
    return dict(sorted(((v, n) for v, n in counts.items() if n), key=lambda x: (-x[1], x[0])))


class Reranker(Protocol):
    """Re-orders the best results once they are scored (reader/core/meaning: by meaning)."""

    def rerank(
        self, scored: list[tuple[float, int]], docnum_of: Callable[[int], int]
    ) -> list[tuple[float, int]]:
        """scored: (score, candidate rank), best first; docnum_of gives a candidate's document."""
        ...


def run_search(
    data: SearcherData,
    plan: QueryPlan,
    facets: FacetCache,
    limit: int,
    filters: SearchFilters,
    reranker: Reranker | None = None,
    weights: RankWeights = WEIGHTS,
) -> SearchResults:
    """Search, re-rank by coverage, title matches and audience (and, with a reranker, by meaning),
    and count results per filter value."""
    results = SearchResults(plan.text, suggestion=plan.suggestion, marks=plan.mark_phrases)
    if plan.query is None or limit <= 0:
        return results
    anywhere = [data.scores(q).keys() for q in plan.concept_queries]
    in_title = [data.scores(q).keys() for q in plan.title_queries]
    matched: set[int] = set().union(*anywhere)
    by_type = FacetCache.allowed(facets.cancer_types, filters.cancer_types)
    by_tag = FacetCache.allowed(facets.tags, filters.tags)
    by_key = facets.with_keys(filters.keys)
    # Each facet's counts honour the other facets' choices, so choosing a value never hides its siblings.
    at_level = matched & by_key if by_key is not None else matched
    results.cancer_type_counts = _counts(
        facets.cancer_types, at_level & by_tag if by_tag is not None else at_level
    )
    results.tag_counts = _counts(facets.tags, at_level & by_type if by_type is not None else at_level)
    kept = matched
    if by_type is not None:
        kept = kept & by_type
    if by_tag is not None:
        kept = kept & by_tag
    results.matched_keys = frozenset(facets.key_of[d] for d in kept if d in facets.key_of)
    if by_key is not None:
        kept = kept & by_key
    results.total = len(kept)
    if not kept:
        return results
    raw = data.scores(plan.query)
    candidates = top(raw, kept & raw.keys(), max(MIN_CANDIDATES, limit * 3))
    features = [candidate(data, plan, d, score, anywhere, in_title) for d, score in candidates]
    scored = order(data, plan, features, weights, reranker)
    for score, rank in scored[:limit]:
        docnum = candidates[rank][0]
        stored = data.fields(docnum)
        results.hits.append(
            SearchHit(
                key=stored["key"],
                url=stored.get("url", ""),
                title=stored.get("title", ""),
                cancer_types=_split(stored.get("cancer_types", "")),
                tags=_split(stored.get("tags", "")),
                score=score,
                snippet=data.remembered(
                    ("snippet", docnum, plan.highlight_stems),
                    partial(_snippet, data, docnum, plan.highlight_stems),
                ),
                professional=bool(stored.get("professional")),
            )
        )
    return results


@dataclass(frozen=True)
class Candidate:
    """What the re-ranking knows of one candidate article; RankWeights turn it into a score."""

    docnum: int
    #: Whoosh's score of the whole query.
    raw: float
    #: Weighted share of the query's ideas it has anywhere, and in its title.
    share: float
    title_share: float
    #: Share of its title's words the query asked for.
    precision: float
    #: Share of its cancer types the query names.
    focus: float
    #: Names of the RankWeights factors that apply to it (see question_factors).
    factors: tuple[str, ...]
    #: How well its cancer fits the symptoms described (0.0 when they point elsewhere or nowhere).
    symptom_fit: float = 0.0
    #: How well its own "signs and symptoms" section describes them (relative to the best article);
    #: None when it has no such section or the question describes no symptoms that point to a cancer.
    own_fit: float | None = None


def candidate(data: SearcherData, plan: QueryPlan, docnum: int, raw: float, anywhere: list[Any],
              in_title: list[Any]) -> Candidate:  # fmt: skip
    """What the re-ranking needs to know of one article found for a query."""
    share, title_share = plan.coverage(docnum, anywhere, in_title, answers_kind(data, docnum, plan))
    stored = data.fields(docnum)
    precision = data.remembered(
        ("title", docnum, plan.highlight_stems), partial(title_precision, stored.get("title", ""), plan)
    )
    types = _split(stored.get("cancer_types", ""))
    focus = sum(t in plan.phrases for t in types) / len(types) if types else 0.0
    factors: tuple[str, ...] = ()
    if stored.get("professional") and not plan.wants_professional:
        factors = ("professional",) if data.patient_version_of(docnum) else ("only_version_professional",)
    names, fit = question_factors(data, docnum, plan)
    title, url = stored.get("title", ""), stored.get("url", "")
    if _MEDIA.search(url.rsplit("/", 1)[-1]) or _MEDIA.search(title):
        # (a video that answers the kind asked is an answer: "Pancreatic Cancer Statistics | Did You Know?")
        if not plan.phrases & MEDIA_WORDS and "kind_article" not in names:
            names += ("media",)
    if _DRUG_LIST.match(title):
        if plan.kind != "treatment":
            names += ("drug_list",)
    elif precision >= 1.0 and _DRUG_PAGE.match(url):
        names += ("named_drug",)
    elif plan.kind == "overview" and _DRUG_PAGE.match(url):
        names += ("drug_unasked",)
    own = None
    if fit and docnum in data.section_docs("symptoms"):
        own = plan.symptom_articles.get(url, 0.0)
    return Candidate(docnum, raw, share, title_share, precision, focus, factors + names, fit, own)


#: A page to watch or look at: a video, an infographic.
_MEDIA = re.compile(r"(?:^|\b|-)(?:video|infographic)s?(?:\b|-|$)", re.IGNORECASE)
#: Words that ask for one.
MEDIA_WORDS = frozenset({"video", "videos", "watch", "infographic", "film", "youtube"})
_DRUG_PAGE = re.compile(r"^/about-cancer/treatment/drugs/[^/]+$")
_DRUG_LIST = re.compile(r"drugs approved (?:for|to)\b", re.IGNORECASE)


def candidate_score(found: Candidate, weights: RankWeights) -> float:
    """A candidate's score before the proximity check, the meaning re-rank and hub pages."""
    floor = weights.coverage_floor
    score = found.raw * (floor + (1.0 - floor) * found.share * found.share)
    score *= 1.0 + weights.title_coverage * found.title_share
    score *= 1.0 + weights.title_precision * found.precision
    if found.focus:
        score *= 1.0 + weights.type_focus * found.focus
    factor = 1.0
    for name in found.factors:
        if name == "symptom_type":
            fit = found.symptom_fit
            if found.own_fit is not None:
                fit += weights.symptom_own * (found.own_fit - fit)
            factor *= 1.0 + (weights.symptom_type - 1.0) * fit
        else:
            factor *= getattr(weights, name)
    return score * factor


def order(data: SearcherData, plan: QueryPlan, found: list[Candidate], weights: RankWeights = WEIGHTS,
          reranker: Reranker | None = None) -> list[tuple[float, int]]:  # fmt: skip
    """The candidates' (score, place in found), best first: scored, the best checked for how close the
    query's ideas stand, re-ranked by meaning (with a reranker), and a folder's own page moved up."""
    scored = sorted(((candidate_score(c, weights), rank) for rank, c in enumerate(found)), key=lambda x: (-x[0], x[1]))
    groups = concept_stems(plan)
    if len(groups) >= 2:
        head = []
        near = weights.proximity_words
        for score, rank in scored[:PROXIMITY_CANDIDATES]:
            docnum = found[rank].docnum
            width = data.remembered(
                ("proximity", docnum, tuple(groups)), partial(_proximity, data, docnum, groups)
            )
            if width is not None and width <= near:
                score *= 1.0 + weights.proximity * (1.0 - (width - len(groups)) / near)
            head.append((score, rank))
        scored = sorted(head, key=lambda x: (-x[0], x[1])) + scored[PROXIMITY_CANDIDATES:]
    if reranker is not None:
        scored = reranker.rerank(scored, lambda rank: found[rank].docnum)
    return _hubs_first(data, scored, [(c.docnum, c.raw) for c in found])


def _hubs_first(data: SearcherData, scored: list[tuple[float, int]], candidates: list[tuple[int, float]]
                ) -> list[tuple[float, int]]:  # fmt: skip
    """When most of the best results are pages of one folder and the folder's own page is a result too,
    that page (the overview of them all) comes first: "chemotherapy side effects" asks for the side
    effects, not for diarrhea, the first of them."""
    head = scored[:HUB_TOP]
    if len(head) < HUB_TOP:
        return scored
    urls = {rank: data.fields(candidates[rank][0]).get("url", "") for _, rank in scored}
    parents: dict[str, int] = {}
    for _, rank in head:
        url = urls[rank]
        if "/" in url.strip("/"):
            parent = url.rsplit("/", 1)[0]
            parents[parent] = parents.get(parent, 0) + 1
    if not parents:
        return scored
    folder, count = max(parents.items(), key=lambda x: x[1])
    if count < HUB_CHILDREN:
        return scored
    hub = next((i for i, (_, rank) in enumerate(scored) if urls[rank] == folder), None)
    if hub is None or hub < HUB_PLACE:
        return scored
    moved = scored.pop(hub)
    scored.insert(HUB_PLACE, (scored[HUB_PLACE][0], moved[1]))
    return scored


def _proximity(data: SearcherData, docnum: int, groups: list[frozenset[str]]) -> int | None:
    return proximity(data.excerpt(docnum), groups)


def _snippet(data: SearcherData, docnum: int, stems: frozenset[str]) -> str:
    return snippet(data.excerpt(docnum), stems)


def answers_kind(data: SearcherData, docnum: int, plan: QueryPlan) -> bool:
    """True when a document answers the kind of question asked, about the cancer named (if any)."""
    if plan.kind is None:
        return False
    answers = data.answers(docnum)
    return plan.kind in answers.kinds and (
        not plan.types or not answers.cancer_type or answers.cancer_type in plan.types
    )


def question_factors(data: SearcherData, docnum: int, plan: QueryPlan) -> tuple[tuple[str, ...], float]:
    """Which RankWeights factors say how much better a document answers the question asked (the cancer
    named, the kind of question for that cancer, children when the question is about a child), and how
    well its cancer fits the symptoms described (for "symptom_type")."""
    answers = data.answers(docnum)
    names: list[str] = []
    if answers.childhood and not plan.childhood:
        names.append("childhood_maybe" if plan.maybe_childhood else "childhood_unasked")
    on_topic = True
    if plan.types:
        if answers.cancer_type in plan.types:
            names.append("named_type")
        elif answers.cancer_type:
            names.append("other_type")
            on_topic = False
    if not plan.types and answers.cancer_type and answers.cancer_type not in plan.symptom_topics:
        names.append("unnamed_type")
    if answers.news:
        names.append("news_asked" if plan.kind else "news")
    elif plan.kind and on_topic:
        if plan.kind == "overview" and (plan.childhood or plan.maybe_childhood):
            # What a cancer is in a child is told by the library's pages for children, not by the
            # cancer's overview for all ages ("my 6 year old has a brain tumor"); so is what it is in
            # a son or daughter of no age given ("my son has leukemia": every opened set's writer
            # who asked so meant a child).
            if answers.childhood:
                names.append("kind_article")
        elif plan.kind in answers.kinds:
            names.append("kind_article")
        elif docnum in data.section_docs(plan.kind):
            names.append("kind_section")
    if plan.childhood and answers.childhood:
        names.append("childhood")
    if plan.teen and answers.young_adult:
        names.append("young_adult")
    if plan.symptom_topics and plan.kind != "side_effects" and not answers.cancer_type and "side_effects" in answers.kinds:
        names.append("side_effect_unasked")
    fit = plan.symptom_topics.get(answers.cancer_type) if answers.cancer_type and not answers.news else None
    if fit:
        names.append("symptom_type")
        if answers.kinds & {"symptoms", "overview"} or docnum in data.section_docs("symptoms"):
            names.append("symptom_answer")
    return tuple(names), fit or 0.0


def question_factor(data: SearcherData, docnum: int, plan: QueryPlan, weights: RankWeights = WEIGHTS) -> float:
    """How much better a document answers the question asked (the product of question_factors)."""
    names, fit = question_factors(data, docnum, plan)
    factor = 1.0
    for name in names:
        factor *= 1.0 + (weights.symptom_type - 1.0) * fit if name == "symptom_type" else getattr(weights, name)
    return factor


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())
