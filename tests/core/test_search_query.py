"""The query layer: hostile input, synonyms, brand names, spelling, filters, ranking, snippets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.library import Library
from reader.core.search_index import SearchIndex, default_synonyms
from reader.core.search_query import Speller, edit_distance, plan_query, snippet
from reader.core.search_results import SearchFilters
from reader.core.synonyms import SynonymTable, brand_table, mine_brand_pairs
from tests.core.search_library import find_corpus, make_library


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """One index of the sample library, shared by the read-only tests here."""
    tmp = tmp_path_factory.mktemp("search")
    built = SearchIndex.open(tmp / "cache")
    built.update(make_library(tmp / "lib"))
    yield built
    built.close()


def urls(index: SearchIndex, text: str, **kw: object) -> list[str]:
    """Result addresses."""
    return [h.url for h in index.search(text, **kw).hits]  # type: ignore[arg-type]


HOSTILE = ['"unbalanced', "AND OR (", "*", "?", "(", ")", "-", "\\", "title:", "a" * 10_000,
           "🦀 chemo 🎗️", "NOT", "\x00", "", "   ", "the of and", "x" * 400 + " fatigue",
           "chemo " * 2000, "'; DROP TABLE", "<b>fatigue</b>", "ﬁ ß İ"]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_any_text_is_a_valid_query(index: SearchIndex, text: str) -> None:
    started = time.perf_counter()
    results = index.search(text)
    assert time.perf_counter() - started < 2.0
    assert results.message == ""
    for hit in results.hits:
        assert "<script" not in hit.snippet


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_random_text_never_raises(index: SearchIndex, text: str) -> None:
    results = index.search(text)
    assert results.message == ""


def test_lay_words_find_the_article_words(index: SearchIndex) -> None:
    assert urls(index, "throwing up after chemo")[0] == "/side-effects/nausea-vomiting"
    assert urls(index, "chemo makes me tired")[0] == "/side-effects/fatigue"
    assert urls(index, "swollen arm")[0] == "/side-effects/lymphedema"


def test_stemming(index: SearchIndex) -> None:
    assert urls(index, "screenings")[0] == "/types/lung/screening"


def test_brand_names_paired_in_the_library_find_the_generic(index: SearchIndex) -> None:
    found = urls(index, "keytruda")
    assert "/drugs/pembrolizumab" in found  # that article never says "Keytruda"


def test_brand_mining_needs_the_library_to_pair_them() -> None:
    pairs = mine_brand_pairs(
        "Given pembrolizumab (Keytruda) or nivolumab (Opdivo). Evidence (pembrolizumab)."
    )
    assert pairs == {("keytruda", "pembrolizumab"): 1, ("opdivo", "nivolumab"): 1}
    table = brand_table([("keytruda", "pembrolizumab", 2), ("opdivo", "nivolumab", 1)])
    assert table.match(["keytruda"], 0)[0] == 1 and table.match(["opdivo"], 0)[0] == 0
    assert (
        brand_table([("keytruda", "pembrolizumab", 5)], known_words={"keytruda"}).match(["keytruda"], 0)[0]
        == 0
    )


def test_spelling_suggests_real_words(index: SearchIndex) -> None:
    results = index.search("diarhea")
    assert results.suggestion == "diarrhea"
    assert results.hits[0].url == "/side-effects/diarrhea"
    assert index.search("diarrhea").suggestion is None
    assert index.search("chemotherapy fatige").suggestion == "chemotherapy fatigue"


def test_speller_prefers_frequent_close_words() -> None:
    speller = Speller({"chemotherapy": 50, "chemotherapi": 1, "nausea": 9})
    assert speller.correct("chemotheraphy") == "chemotherapy"
    assert speller.correct("nausia") == "nausea"
    assert speller.correct("xyzzy") is None and speller.correct("nausea") is None
    assert edit_distance("ab", "ba") == 1


def test_filters_and_counts(index: SearchIndex) -> None:
    results = index.search("cancer")  # fatigue, diarrhea, breast immunotherapy, lung screening
    assert results.cancer_type_counts == {"breast": 1, "colorectal": 1, "general": 1, "lung": 1}
    only_lung = index.search("cancer", filters=SearchFilters.of(["Lung"]))
    assert [h.url for h in only_lung.hits] == ["/types/lung/screening"]
    assert only_lung.total == 1
    assert only_lung.cancer_type_counts == results.cancer_type_counts  # siblings stay visible
    assert only_lung.tag_counts == {"cancer-type": 1}
    assert results.tag_counts == {"support": 2, "cancer-type": 1, "treatment": 1}
    none = index.search("diarrhea", filters=SearchFilters.of(tags=["treatment"]))
    assert none.hits == [] and none.total == 0


def test_patient_version_outranks_professional(index: SearchIndex) -> None:
    results = index.search("lymphedema")
    assert [h.url for h in results.hits[:2]] == [
        "/side-effects/lymphedema",
        "/side-effects/lymphedema/lymphedema-hp-pdq",
    ]
    assert results.hits[1].professional
    asked = urls(index, "lymphedema health professional")
    assert asked[0] == "/side-effects/lymphedema/lymphedema-hp-pdq"


def test_snippets_are_escaped_and_highlighted() -> None:
    plan = plan_query("fatigue", default_synonyms(), SynonymTable())
    text = "Intro <script>x</script> & more. " + "filler " * 100 + "Fatigue is common; fatigue & rest."
    html = snippet(text, plan.highlight_stems)
    assert "<b>Fatigue</b>" in html and "<b>fatigue</b>" in html
    assert "<script>" not in html and "&amp;" in html


def test_synonym_file_format() -> None:
    table = SynonymTable.parse("# comment\nthrowing up, puke = vomiting, nausea\nbald, hair loss\n=\n")
    assert table.match(["throw", "up"], 0) == (2, [("vomiting",), ("nausea",)])
    assert table.match(["bald"], 0)[1] == [("hair", "loss")]
    assert len(default_synonyms()) > 100


def test_shipped_synonyms_cover_common_lay_words() -> None:
    plan = plan_query("bald throwing up tired chemo", default_synonyms(), SynonymTable())
    found = {w for c in plan.concepts for phrase, _ in c.alternatives for w in phrase}
    assert {"alopecia", "vomiting", "fatigue", "chemotherapy"} <= found


@pytest.mark.corpus
def test_seed_article_first_for_pembrolizumab_breast_cancer(tmp_path: Path) -> None:
    corpus = find_corpus()
    if corpus is None:
        pytest.skip("../shared/corpus/nci-en is not here")
    index = SearchIndex.open(tmp_path / "cache")
    index.update(Library.load([corpus]))
    assert urls(index, "pembrolizumab breast cancer")[0] == "/types/breast/treatment/immunotherapy"
    index.close()
