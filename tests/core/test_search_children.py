"""Questions about a child: who they are about (a toddler, a 4 year old) is not what they ask, the
library's pages for children answer them, and the cancers of children are read from the library."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from reader.core.files.locations import resource
from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex
from reader.core.search.intent import IntentCues, article_answers, childhood_types
from reader.core.search.query import FAMILY_CONCEPT, QueryPlan, plan_query
from reader.core.search.results import question_factors
from reader.core.search.synonyms import SynonymTable
from tests.core.search_library import write

CUES = IntentCues.load(resource("search", "intents.txt"))


def plan(text: str) -> QueryPlan:
    return plan_query(text, SynonymTable(), SynonymTable(), None, cues=CUES)


def typed_words(found: QueryPlan) -> set[str]:
    return {w for c in found.concepts for w in c.typed}


def test_an_age_says_who_the_question_is_about_and_is_never_searched() -> None:
    for text in ("my 4 year old has leukemia", "my 4-year-old has leukemia", "my 12 yrs old has leukemia"):
        found = plan(text)
        assert found.childhood, text
        assert typed_words(found) == {"leukemia"}, text
    grown = plan("my 19 year old daughter has leukemia")
    assert not grown.childhood and "year" not in typed_words(grown) and "old" not in typed_words(grown)
    assert "old" in typed_words(plan("old scar itching"))  # "old" alone is a word like any other


def test_a_word_for_a_child_is_who_the_question_is_about_and_finds_the_pages_for_children() -> None:
    found = plan("my toddler has a swollen belly")
    assert found.childhood
    toddler = next(c for c in found.concepts if c.typed == ("toddler",))
    # it counts as little as "my mum" does, and is no symptom the question describes
    assert toddler.fixed and toddler.weight == FAMILY_CONCEPT
    assert {p for p, _ in toddler.alternatives} >= {("toddler",), ("childhood",), ("children",)}
    swollen = next(c for c in found.concepts if c.typed == ("swollen",))
    assert not swollen.fixed
    # "childhood" as a topic is a word of the question like any other
    assert not next(c for c in plan("childhood leukemia").concepts if c.typed == ("childhood",)).fixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my son has been diagnosed with leukemia", None),
        ("i was diagnosed with breast cancer what now", "treatment"),
        ("how is leukemia diagnosed", "diagnosis"),
        ("tests to diagnose bowel cancer", "diagnosis"),
    ],
)
def test_being_diagnosed_with_a_cancer_says_what_happened_not_what_is_asked(text: str, expected: str | None) -> None:
    assert plan(text).kind == expected


class _Answers:
    """Just what question_factors reads of a searcher's data."""

    def __init__(self, urls: list[str], titles: list[str]) -> None:
        self.urls, self.titles = urls, titles

    def answers(self, docnum: int) -> object:
        return article_answers(self.urls[docnum], self.titles[docnum])

    def section_docs(self, kind: str) -> frozenset[int]:
        return frozenset()


def test_what_a_cancer_is_in_a_child_is_answered_by_the_pages_for_children() -> None:
    data: Any = _Answers(
        ["/types/brain", "/types/brain/patient/child-brain-treatment-pdq"],
        ["Brain Tumors—Patient Version", "Childhood Brain Tumors Treatment"],
    )
    child = QueryPlan("my 6 year old has a brain tumor", kind="overview", types=frozenset({"brain"}), childhood=True)
    assert "kind_article" not in question_factors(data, 0, child)[0]
    assert "kind_article" in question_factors(data, 1, child)[0]
    # "my son has leukemia": a son or daughter, no age given, is most often a child when people ask
    son = QueryPlan("my son has a brain tumor", kind="overview", types=frozenset({"brain"}), maybe_childhood=True)
    assert "kind_article" not in question_factors(data, 0, son)[0]
    assert "kind_article" in question_factors(data, 1, son)[0]
    grown = QueryPlan("brain tumor", kind="overview", types=frozenset({"brain"}))
    assert "kind_article" in question_factors(data, 0, grown)[0]
    assert "kind_article" not in question_factors(data, 1, grown)[0]


def test_the_cancers_of_children_are_read_from_their_home_pages() -> None:
    pages = [
        ("/types/neuroblastoma", "Neuroblastoma\n\nOverview\n\nNeuroblastoma is a cancer of immature nerve cells "
                                 "that most often occurs in young children. It begins in the adrenal glands."),
        ("/types/retinoblastoma", "Retinoblastoma is a very rare childhood cancer that forms in the retina."),
        ("/types/kidney", "Kidney cancer can develop in adults and children."),
        ("/types/breast", "Breast cancer is the second most common cancer in women. Children of ..."),
        ("/types/retinoblastoma/patient/retinoblastoma-treatment-pdq", "Childhood cancer of the eye."),
    ]  # fmt: skip
    assert childhood_types(pages) == {"neuroblastoma", "retinoblastoma"}


@pytest.fixture(scope="module")
def child_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    lib = tmp_path_factory.mktemp("children") / "lib"
    write(lib, "nb.md", "Neuroblastoma—Patient Version", "/types/neuroblastoma",
          "Overview\n\nNeuroblastoma is a cancer of immature nerve cells that most often occurs in young "
          "children.", "neuroblastoma")  # fmt: skip
    write(lib, "nbt.md", "Neuroblastoma Treatment", "/types/neuroblastoma/patient/neuroblastoma-treatment-pdq",
          "A lump near the adrenal gland can be a sign of neuroblastoma.", "neuroblastoma")  # fmt: skip
    write(lib, "ac.md", "Adrenocortical Carcinoma Treatment", "/types/adrenocortical/patient/adrenocortical-treatment-pdq",
          "A lump near the adrenal gland is a sign. The adrenal gland lump may be felt.", "adrenocortical")  # fmt: skip
    write(lib, "ach.md", "Adrenocortical Carcinoma", "/types/adrenocortical",
          "Overview\n\nAdrenocortical carcinoma is a rare cancer of the adrenal gland in adults.", "adrenocortical")  # fmt: skip
    index = SearchIndex.open(tmp_path_factory.mktemp("children-cache"))
    index.update(Library.load([lib]))
    yield index
    index.close()


def test_the_pages_of_a_cancer_of_children_count_as_pages_for_children(child_index: SearchIndex) -> None:
    urls = [h.url for h in child_index.search("lump near the adrenal gland").hits]
    assert urls.index("/types/adrenocortical/patient/adrenocortical-treatment-pdq") < urls.index(
        "/types/neuroblastoma/patient/neuroblastoma-treatment-pdq"
    )
    # asked about a toddler, neuroblastoma's treatment summary is a page for children (its title
    # does not say so)
    urls = [h.url for h in child_index.search("my toddler has a lump near the adrenal gland").hits]
    assert urls.index("/types/neuroblastoma/patient/neuroblastoma-treatment-pdq") < urls.index(
        "/types/adrenocortical/patient/adrenocortical-treatment-pdq"
    )


def test_a_question_about_a_teenager_prefers_the_pages_for_adolescents_and_young_adults() -> None:
    found = plan("my teenage son has cancer and wont talk to us")
    assert found.teen and not found.childhood
    teenage = next(c for c in found.concepts if c.typed == ("teenage",))
    assert ("adolescents",) in {p for p, _ in teenage.alternatives}  # the library's word for them
    assert not plan("my son has cancer").teen
    data: Any = _Answers(
        ["/types/aya/aya-fertility", "/about-cancer/treatment/side-effects/fertility-women"],
        ["Fertility in Adolescents and Young Adults with Cancer", "Female Fertility and Cancer Treatment"],
    )
    assert "young_adult" in question_factors(data, 0, found)[0]
    assert "young_adult" not in question_factors(data, 1, found)[0]
    assert "young_adult" not in question_factors(data, 0, plan("fertility after chemo"))[0]


def test_a_word_for_a_child_the_word_tables_know_is_still_who_the_question_is_about() -> None:
    tables = SynonymTable.parse("toddler = children\nteenage = adolescents and young adults")
    found = plan_query("my toddler has a swollen belly", tables, SynonymTable(), None, cues=CUES)
    toddler = next(c for c in found.concepts if c.typed == ("toddler",))
    assert toddler.fixed and toddler.weight == FAMILY_CONCEPT
    assert ("children",) in {p for p, _ in toddler.alternatives}
    teen = plan_query("my teenage son", tables, SynonymTable(), None, cues=CUES)
    teenage = next(c for c in teen.concepts if c.typed == ("teenage",))
    assert {("adolescents", "and", "young", "adults"), ("adolescents",)} <= {p for p, _ in teenage.alternatives}
