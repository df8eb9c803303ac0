"""The re-ranking's weights: one place for them, used by every search, and what each new one does."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.files.locations import resource
from reader.core.search.index import SearchIndex
from reader.core.search.intent import IntentCues, article_answers
from reader.core.search.query import plan_query
from reader.core.search.results import WEIGHTS, Candidate, RankWeights, candidate, candidate_score
from reader.core.search.synonyms import SynonymTable
from tests.core.search_library import make_library

BODY = "A bone marrow donor gives blood stem cells. Being a donor is safe. Stem cells come back in weeks."
CUES = IntentCues.load(resource("search", "intents.txt"))
ZORBLAX = "Zorblax tumors form in the zorbal gland. Zorblax is rare."
ARTICLES = [
    ("donating.md", "Becoming a Bone Marrow Donor", "/treatment/transplant/becoming-a-bone-marrow-donor", BODY,
     "general", "treatment"),
    ("video.md", "Bone Marrow Donor Video", "/treatment/transplant/bone-marrow-donor-video",
     BODY + " A donor tells her story.", "general", "treatment"),
    ("drugs.md", "Drugs Approved for Zorblax Tumors", "/treatment/drugs/zorblax", ZORBLAX + " Zorblax drugs.",
     "general", "treatment"),
    ("zorblax.md", "Zorblax Tumors", "/conditions/zorblax", ZORBLAX, "general", "overview"),
]  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """One index of a video page beside its text twin, and a drug list beside its cancer's page."""
    tmp = tmp_path_factory.mktemp("ranking")
    built = SearchIndex.open(tmp / "cache")
    built.update(make_library(Path(tmp / "lib"), ARTICLES))
    yield built
    built.close()


def first(index: SearchIndex, text: str, weights: RankWeights = WEIGHTS) -> str:
    """The top result's address under these weights."""
    index.weights = weights
    try:
        return index.search(text, limit=5).hits[0].url
    finally:
        index.weights = WEIGHTS


def test_every_factor_multiplies_the_score_by_its_weight() -> None:
    found = Candidate(0, 10.0, 1.0, 0.0, 0.0, 0.0, ("professional", "media"))
    plain = dataclasses.replace(found, factors=())
    for weights in (WEIGHTS, RankWeights(professional=0.5, media=0.25)):
        expected = candidate_score(plain, weights) * weights.professional * weights.media
        assert candidate_score(found, weights) == pytest.approx(expected)
    fit = Candidate(0, 10.0, 1.0, 0.0, 0.0, 0.0, ("symptom_type",), symptom_fit=0.5)
    assert candidate_score(fit, WEIGHTS) == pytest.approx(candidate_score(plain, WEIGHTS) * (1 + (WEIGHTS.symptom_type - 1) * 0.5))


class _Data:
    """Just what candidate() reads of a searcher's data, for pages given by (address, title)."""

    def __init__(self, pages: list[tuple[str, str]]) -> None:
        self.pages = pages

    def fields(self, docnum: int) -> dict[str, str]:
        url, title = self.pages[docnum]
        return {"url": url, "title": title, "cancer_types": "", "key": url}

    def answers(self, docnum: int) -> object:
        return article_answers(*self.pages[docnum])

    def section_docs(self, kind: str) -> frozenset[int]:
        return frozenset()

    def patient_version_of(self, docnum: int) -> bool:
        return False

    def remembered(self, key: object, compute: Callable[[], object]) -> object:
        return compute()


def factors(text: str, url: str, title: str) -> tuple[str, ...]:
    """The RankWeights factors that apply to a page for a query."""
    plan = plan_query(text, SynonymTable(), SynonymTable(), None, cues=CUES)
    everywhere = [{0} for _ in plan.concepts]
    data: Any = _Data([(url, title)])
    return candidate(data, plan, 0, 1.0, everywhere, everywhere).factors


def test_a_video_or_infographic_counts_less_unless_one_is_asked_for() -> None:
    assert WEIGHTS.media < 1.0
    video = ("/about-cancer/treatment/types/stem-cell-transplant/bone-marrow-video", "Bone Marrow Transplant Video")
    assert "media" in factors("becoming a bone marrow donor", *video)
    assert "media" in factors("car t cells", "/research/car-t-cell-therapy-infographic", "CAR T-Cell Therapy Infographic")
    assert "media" not in factors("bone marrow donor video", *video)
    assert "media" not in factors("bone marrow donor", "/about-cancer/treatment/types/stem-cell-transplant", "Transplants")


def test_a_list_of_approved_drugs_counts_less_unless_treatment_is_asked() -> None:
    assert WEIGHTS.drug_list < 1.0
    page = ("/about-cancer/treatment/drugs/soft-tissue-sarcoma", "Drugs Approved for Soft Tissue Sarcoma")
    assert "drug_list" in factors("soft tissue sarcoma", *page)
    assert "drug_list" not in factors("soft tissue sarcoma treatment", *page)
    assert "drug_list" not in factors("soft tissue sarcoma", "/types/soft-tissue-sarcoma", "Soft Tissue Sarcoma")


def test_a_drugs_own_page_counts_more_when_the_question_names_the_drug() -> None:
    assert WEIGHTS.named_drug > 1.0
    page = ("/about-cancer/treatment/drugs/bevacizumab", "Bevacizumab")
    assert "named_drug" in factors("bevacizumab for colon cancer", *page)
    assert "named_drug" not in factors("colon cancer", *page)  # the drug is not named
    # a combination named after the drug is not the drug's own page, nor is a list of approved drugs
    assert "named_drug" not in factors("bevacizumab", "/about-cancer/treatment/drugs/folfiri-bevacizumab",
                                       "FOLFIRI-Bevacizumab")  # fmt: skip
    assert "named_drug" not in factors("bevacizumab", "/about-cancer/treatment/drugs/colorectal",
                                       "Drugs Approved for Bevacizumab")  # fmt: skip
    assert "named_drug" not in factors("bevacizumab", "/types/colorectal/research/bevacizumab", "Bevacizumab")


def test_the_search_ranks_by_the_weights_the_index_holds(index: SearchIndex) -> None:
    video = "/treatment/transplant/bone-marrow-donor-video"
    text = "/treatment/transplant/becoming-a-bone-marrow-donor"
    assert first(index, "bone marrow donor") == text
    assert first(index, "bone marrow donor", RankWeights(media=100.0)) == video  # the weight is the index's
    assert index.search("bone marrow donor").hits[0].url == text  # and back to the shipped ones


def test_the_tuning_harness_ranks_as_the_search_does(index: SearchIndex) -> None:
    from tests.bench.ranking_tune import Evaluator, record

    sets = {"s": [("bone marrow donor", {"/treatment/transplant/becoming-a-bone-marrow-donor"}),
                  ("zorblax tumor", {"/conditions/zorblax"})]}
    recorded = record(index, sets)  # exits when re-ranking the kept inputs differs from the search
    evaluate = Evaluator(sets, recorded)
    assert evaluate(WEIGHTS)["s"] == (1.0, 1.0)
    s3, mrr = evaluate(dataclasses.replace(WEIGHTS, media=100.0))["s"]
    assert s3 == 1.0 and mrr == pytest.approx(0.75)  # the video page first: the first answer second
