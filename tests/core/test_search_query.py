"""The query layer: hostile input, synonyms, brand names, spelling, filters, ranking, snippets."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.query import Phrase

from reader.core.files.locations import resource
from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex, default_synonyms
from reader.core.search.intent import CancerNames, IntentCues
from reader.core.search.query import Speller, edit_distance, plan_query, snippet
from reader.core.search.results import SearchFilters
from reader.core.search.scoring import patient_urls
from reader.core.search.synonyms import (
    SynonymTable,
    also_called_table,
    brand_table,
    definition_other_names,
    glossary_table,
    lay_form,
    mine_brand_pairs,
    procedure_names,
)
from tests.core.search_library import make_library, write

CUES = IntentCues.load(resource("search", "intents.txt"))


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


def test_a_brand_named_only_deep_in_the_articles_is_a_spelling_suggestion(tmp_path: Path) -> None:
    filler = "Patients and families talk with the care team about every choice. " * 60  # past the opening
    for n in (1, 2):
        write(tmp_path / "lib", f"d{n}.md", f"Drug Story {n}", f"/drugs/story-{n}",
              f"{filler}\n\nThey may get osimertinib (Tagrisso) by mouth.")  # fmt: skip
    write(tmp_path / "lib", "o.md", "Osimertinib", "/drugs/osimertinib", "Osimertinib is a drug.")
    built = SearchIndex.open(tmp_path / "cache")
    built.update(Library.load([tmp_path / "lib"]))
    misspelled = built.search("tagriso")
    assert misspelled.suggestion == "tagrisso"
    assert misspelled.hits and misspelled.hits[0].url == "/drugs/osimertinib"
    built.close()


def test_mined_brand_and_other_names_are_spelling_suggestions() -> None:
    brands = brand_table([("keytruda", "pembrolizumab", 2), ("xy", "ab", 3)])
    assert {"keytruda", "pembrolizumab"} <= brands.spellings and "xy" not in brands.spellings
    others = also_called_table([("brachytherapy", "internal radiation therapy", 1)])
    assert {"brachytherapy", "internal", "radiation", "therapy"} <= others.spellings


def test_the_patient_version_of_a_summary_may_be_its_folders_page() -> None:
    assert "/side-effects/fatigue" in patient_urls("/side-effects/fatigue/fatigue-hp-pdq")
    assert "/types/x/patient/y-pdq" in patient_urls("/types/x/hp/y-pdq")
    assert "/genetics" not in patient_urls("/genetics/brca-genes-hp-pdq")  # a folder of many summaries


def test_initials_in_brackets_are_no_brand_name() -> None:
    pairs = mine_brand_pairs("A bispecific T-cell engager (BiTE) or abciximab (ReoPro) is given.")
    assert pairs == {("reopro", "abciximab"): 1}  # "bites" must not find "engager"


def test_how_often_or_how_much_is_not_searched() -> None:
    plan = plan_query("always bloated and feel full after a few bites", default_synonyms(), SynonymTable())
    typed = {w for c in plan.concepts for w in c.typed}
    assert not typed & {"always", "few"} and {"bloated", "full", "bites"} <= typed


def test_a_two_word_brand_is_also_found_by_its_first_word() -> None:
    table = brand_table([("lupron depot", "leuprolide acetate", 2), ("eligard", "leuprolide acetate", 2),
                         ("sandostatin lar", "octreotide", 2), ("sandostatin", "octreotide", 2),
                         ("blue pill", "x", 2), ("zorbex a", "one", 2), ("zorbex b", "two", 2)])  # fmt: skip
    assert table.match(["lupron"], 0) == (1, [("leuprolide", "acetate")])
    assert table.match(["sandostatin"], 0) == (1, [("octreotide",)])  # a brand itself: kept as it is
    known = brand_table([("blue pill", "x", 2)], known_words={"blue"})
    assert known.match(["blue"], 0)[0] == 0  # a plain word of the library is no brand
    assert table.match(["zorbex"], 0)[0] == 0  # names two drugs: ambiguous


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


def test_a_word_is_never_corrected_to_a_small_word() -> None:
    speller = Speller({"does": 900, "doses": 40, "dose": 30})
    assert speller.correct("dogs") is None  # "cancer in dogs" is not "cancer in does"
    assert speller.correct("dosse") == "doses"  # other close words still are


def test_the_lay_word_tables_words_are_spelling_suggestions_but_not_known_words() -> None:
    table = SynonymTable.parse("waterworks, wee = urination, urine\nsunbed = tanning bed")
    assert {"waterworks", "urination", "urine", "sunbed", "tanning"} <= table.spellings
    assert "wee" not in table.spellings  # too short to be offered for a misspelling
    merged = table.merged(glossary_table([("urostomy", ["urinary diversion"])]))
    assert {"waterworks", "urostomy", "diversion"} <= merged.spellings
    speller = Speller({"water": 90, "works": 60, "sends": 80}, lay_words=merged.spellings)
    assert speller.correct("waterwoks") == "waterworks"  # only the lay-word table has it
    assert speller.correct("urotsomy") == "urostomy"
    assert speller.correct("waterworks") is None and speller.correct("sunbed") is None  # never "sends"
    assert not speller.known("waterworks")  # British spellings are still made American first


def test_a_corrected_word_is_read_with_its_neighbours_and_finds_brands() -> None:
    table = SynonymTable.parse("chemo brain = cognitive impairment\nchemo = chemotherapy")
    speller = Speller({"chemo": 50, "brain": 40, "neulasta": 5, "blood": 50, "cancer": 500, "children": 40})
    plan = plan_query("chmo brain", table, SynonymTable(), speller)
    assert plan.concepts[0].typed == ("chemo", "brain") and plan.suggestion == "chemo brain"
    found = dict(plan.concepts[0].alternatives)
    assert found[("cognitive", "impairment")] == 1.0 and found[("chemo", "brain")] < 0.5
    brands = SynonymTable.parse("neulasta = pegfilgrastim")
    shot = plan_query("neulsta shot", SynonymTable(), brands, speller)
    assert ("pegfilgrastim",) in {phrase for phrase, _ in shot.concepts[0].alternatives}
    names = CancerNames.from_articles([("/types/leukemia", "Leukemia"), ("/types/blood", "Blood Cancer")])
    blood = plan_query("blood caner", SynonymTable(), SynonymTable(), speller, names=names)
    assert blood.types == {"blood"}  # "caner" is read as "cancer", so "blood" names the cancer
    kids = plan_query("cildren with leukemia", SynonymTable(), SynonymTable(), speller)
    assert kids.childhood


def test_long_words_may_be_three_edits_from_the_word_meant() -> None:
    speller = Speller({"mesothelioma": 20, "pheochromocytoma": 5, "lymphedema": 9})
    assert speller.correct("mesothelemia") == "mesothelioma"  # three edits, twelve letters
    assert speller.correct("pheocromocytomma") == "pheochromocytoma"
    assert edit_distance("lymfedemma", "lymphedema") == 3
    assert speller.correct("lymfedemma") is None  # ten letters: two edits at most


def test_every_way_of_saying_not_is_one_lay_form() -> None:
    table = SynonymTable.parse("can't eat, not eating = appetite loss")
    forms = [lay_form(w) for w in "my dad won't eat".replace("'", "").split()]
    assert table.match(forms, 2) == (2, [("appetite", "loss")])
    assert lay_form("doesnt") == lay_form("cannot") == "not"
    assert lay_form("want") == "want"


def test_filters_and_counts(index: SearchIndex) -> None:
    results = index.search("cancer")  # fatigue, diarrhea, breast immunotherapy, lung screening
    # Types and topics come from the address (issue 14): the side-effect pages' front matter is ignored.
    assert results.cancer_type_counts == {"breast": 1, "lung": 1}
    only_lung = index.search("cancer", filters=SearchFilters.of(["Lung"]))
    assert [h.url for h in only_lung.hits] == ["/types/lung/screening"]
    assert only_lung.total == 1
    assert only_lung.cancer_type_counts == results.cancer_type_counts  # siblings stay visible
    assert only_lung.tag_counts == {"screening": 1}
    assert results.tag_counts == {"side-effects": 2, "screening": 1, "treatment": 1}
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
    assert table.match(["throwing", "up"], 0) == (2, [("vomiting",), ("nausea",)])
    assert table.match(["bald"], 0)[1] == [("hair", "loss")]
    assert len(default_synonyms()) > 100


def test_shipped_synonyms_cover_common_lay_words() -> None:
    plan = plan_query("bald throwing up tired chemo", default_synonyms(), SynonymTable())
    found = {w for c in plan.concepts for phrase, _ in c.alternatives for w in phrase}
    assert {"alopecia", "vomiting", "fatigue", "chemotherapy"} <= found


def expanded(text: str) -> set[tuple[str, ...]]:
    plan = plan_query(text, default_synonyms(), SynonymTable())
    return {phrase for c in plan.concepts for phrase, _ in c.alternatives}


def test_a_lay_phrase_that_is_also_the_articles_own_words_counts_in_full() -> None:
    table = SynonymTable.parse("genetic test, genetic testing = genetic testing, hereditary\nhave kids = fertility")
    own = plan_query("genetic testing", table, SynonymTable()).concepts[0].alternatives
    assert own[0] == (("genetic", "testing"), 1.0) and (("hereditary",), 1.0) in own
    idiom = plan_query("have kids", table, SynonymTable()).concepts[0].alternatives
    assert idiom[0] == (("have", "kids"), 0.5)  # an idiom's words alone mean less than its target
    assert ("genetic", "testing") in table.merged(SynonymTable()).own


def test_when_or_why_words_are_not_searched_but_still_tell_the_kind() -> None:
    plan = plan_query("herbal supplements during chemo", default_synonyms(), SynonymTable(), cues=CUES)
    assert {w for c in plan.concepts for w in c.typed} == {"herbal", "supplements", "chemo"}
    assert plan.kind == "side_effects"
    asked = plan_query("what happens at a breast biopsy", default_synonyms(), SynonymTable(), cues=CUES)
    assert {w for c in asked.concepts for w in c.typed} == {"breast", "biopsy"}


def test_asking_for_help_is_not_searched_but_help_alone_is() -> None:
    plan = plan_query("help with nausea after chemo please help", default_synonyms(), SynonymTable(), cues=CUES)
    assert "help" not in {w for c in plan.concepts for w in c.typed}
    assert plan.kind == "side_effects"
    alone = plan_query("where can i get help", default_synonyms(), SynonymTable(), cues=CUES)
    assert {w for c in alone.concepts for w in c.typed} == {"help"}


def test_a_lay_phrase_typed_in_other_lay_words_is_found() -> None:
    table = SynonymTable.parse("poo = stool, bowel movements\nrunny stool = diarrhea")
    plan = plan_query("runny poo after treatment", table, SynonymTable())
    assert plan.concepts[0].typed == ("runny", "poo")
    assert ("diarrhea",) in {phrase for phrase, _ in plan.concepts[0].alternatives}
    # a word that stands for several words is looked for only as itself
    wide = SynonymTable.parse("poo = bowel movements, stool\nrunny stool = diarrhea")
    assert plan_query("runny poo", wide, SynonymTable()).concepts[0].typed == ("runny",)


def test_shipped_synonyms_know_lay_body_parts_feelings_and_family_history() -> None:
    assert ("penile",) in expanded("cancer on the willy")
    assert ("vulvar",) in expanded("cancer of the outer lips")
    assert ("stomach",) in expanded("tummy cancer")
    assert ("lymph", "system") in expanded("cancer of the lymph glands")
    assert ("delirium",) in expanded("mum is confused and seeing things")
    assert ("depression",) in expanded("been feeling down for weeks")
    assert ("dysphagia",) in expanded("food gets stuck in my throat")
    assert ("hereditary",) in expanded("does it run in the family")
    # an anatomical gland is no lymph node ("adrenal gland", "thyroid gland")
    assert ("lymph", "nodes") not in expanded("adrenal gland cancer")



def test_everyday_body_places_and_treatments_fire_only_as_phrases() -> None:
    assert ("underarm",) in expanded("lump under my arm")  # small words may stand between
    assert ("thyroid",) in expanded("lump at the front of my neck")
    assert ("thyroid",) in expanded("lump below my adam's apple")
    assert ("hyperthermia",) in expanded("heat treatment for tumours")
    assert ("vaginal", "bleeding") in expanded("bleeding after sex")
    assert ("hpv", "vaccine") in expanded("hpv jab for boys")
    assert ("financial",) in expanded("how will i pay for my cancer treatment")
    # the same words apart, or alone, are not the idiom
    assert ("underarm",) not in expanded("arm pain when lying under the covers")
    assert ("thyroid",) not in expanded("neck pain at the front door")
    assert ("thyroid",) not in expanded("my neck hurts")
    assert ("hyperthermia",) not in expanded("heat rash after treatment")
    assert ("vaginal", "bleeding") not in expanded("sex after cancer")
    assert ("financial",) not in expanded("will insurance pay for a new drug") - expanded("insurance")



def test_a_phrase_with_small_words_between_beats_its_first_word_alone() -> None:
    found = expanded("my poo is black")  # "poo" alone is a line too; "poo ... black" is the longer one
    assert ("blood", "in", "stool") in found
    assert ("blood", "in", "stool") not in expanded("black cohosh and my poo")


def test_everyday_names_of_tests_and_medicines() -> None:
    assert ("laparoscopy",) in expanded("keyhole surgery for ovarian cancer")
    assert ("diuretics",) in expanded("water tablets and swollen legs")
    assert ("bone", "marrow", "biopsy") in expanded("bone marrow test for leukaemia")
    assert ("heavy", "menstrual", "bleeding") in expanded("heavy periods")
    assert ("hemorrhoids",) in expanded("piles or bowel cancer")
    assert ("mucositis",) in expanded("ulcer on my tongue")


def test_other_names_a_glossary_definition_gives_its_term() -> None:
    assert definition_other_names("Drugs that stop clots. They are also called blood thinners.") == ["blood thinners"]
    assert definition_other_names("Trying to vomit. It is also called dry heaves.") == ["dry heaves"]
    # "called" inside a sentence names something else; initials are ordinary words typed in lowercase
    assert definition_other_names("A drug that blocks a protein called BTK.") == []
    assert definition_other_names("A stool test. It is often called FIT.") == []
    assert definition_other_names("It is also called standard or Western medicine.") == []
    assert ("retching",) in expanded("dry heaves after chemo")
    assert ("conjunctivitis",) in expanded("pinkeye")


def test_a_procedure_is_found_by_its_name_with_operation_or_surgery() -> None:
    assert procedure_names("Whipple procedure") == ["Whipple operation", "Whipple surgery"]
    assert procedure_names("lumpectomy") == [] and procedure_names("surgery") == []
    assert ("whipple", "procedure") in expanded("whipple operation")
    assert ("whipple", "procedure") not in expanded("whipple")  # the name alone is searched as typed


def test_everyday_names_of_pills() -> None:
    assert ("antiemetics",) in expanded("anti sickness tablets")
    assert ("oral", "contraceptives") in expanded("the pill and breast cancer")
    assert ("oral", "contraceptives") not in expanded("a pill for pain")

def test_food_stuck_is_trouble_swallowing_not_a_sore_throat() -> None:
    found = expanded("food gets stuck when i swallow")
    assert ("trouble", "swallowing") in found and ("dysphagia",) in found
    assert ("throat", "problems") not in found
    assert ("esophagus",) in expanded("food keeps getting stuck when i swallow")  # where food sticks
    assert ("esophagus",) not in expanded("stuck at home with no food")

@pytest.mark.corpus
def test_seed_article_first_for_pembrolizumab_breast_cancer(corpus_index: SearchIndex) -> None:
    assert urls(corpus_index, "pembrolizumab breast cancer")[0] == "/types/breast/treatment/immunotherapy"


@pytest.mark.corpus
def test_corpus_lay_words_brands_and_typos(corpus_index: SearchIndex) -> None:
    assert (
        "/about-cancer/treatment/side-effects/nausea-vomiting"
        in urls(corpus_index, "throwing up after chemo")[:3]
    )
    assert urls(corpus_index, "diarrea")[0] == "/about-cancer/treatment/side-effects/diarrhea"
    assert corpus_index.search("diarrea").suggestion == "diarrhea"
    assert "/about-cancer/treatment/drugs/pembrolizumab" in urls(corpus_index, "keytruda")[:3]


@pytest.mark.corpus
def test_corpus_everyday_words_find_their_articles(corpus_index: SearchIndex) -> None:
    assert "/about-cancer/treatment/types/hyperthermia" in urls(corpus_index, "heat treatment for tumours")[:3]
    assert urls(corpus_index, "lump at the front of my neck when i swallow")[0].startswith("/types/thyroid/")
    assert "/types/cervical/causes-risk-prevention" in urls(corpus_index, "jab for girls against cervical cancer")[:3]


def test_glossary_aliases_map_lay_words_to_terms() -> None:
    table = glossary_table(
        [
            ("abdomen", ["belly", "abdominal", "abdomens"]),
            ("cancer", ["cancers"]),
            ("malignant", ["cancerous"]),  # stems like "cancer": ambiguous, left out
            ("brachytherapy", ["internal radiation therapy"]),
            ("internal radiation therapy", ["internal radiation"]),  # inside its term: leads on only
            ("estrogen receptor", ["ER"]),  # too short to be a lay word
            ("advanced cancer", ["advanced"]),  # inside its term, leads nowhere
        ]
    )
    assert table.match(["belly"], 0) == (1, [("abdomen",)])
    assert table.match([lay_form("abdominal")], 0)[1] == [("abdomen",)]
    assert table.match([lay_form("abdomens")], 0) == (0, [])
    assert table.match([lay_form("cancerous")], 0) == (0, [])
    assert table.match(["internal", "radiation"], 0) == (2, [("brachytherapy",)])
    assert table.match(["er"], 0) == (0, []) and table.match(["advanced"], 0) == (0, [])


def test_default_synonyms_include_glossary_aliases_but_the_file_wins() -> None:
    table = default_synonyms()
    assert table.match([lay_form("sonograms")], 0)[1] == [("ultrasound",)]
    assert table.match([lay_form("paracetamol")], 0)[1] == [("acetaminophen",)]  # a glossary alias
    # a glossary entry's `related` words never widen a search to that entry
    from reader.core.glossary.entries import Glossary

    related = Glossary.load(None).lookup("adjuvant therapy").related
    assert "adjuvant chemotherapy" in related
    assert table.match([lay_form("adjuvant"), lay_form("chemotherapy")], 0) == (0, [])
    shipped = SynonymTable.load(resource("search", "synonyms.txt"))
    for key, targets in shipped.entries.items():
        assert table.entries[key] == targets


def test_fast_fields_index_the_same_terms_as_whoosh() -> None:
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import TEXT

    from reader.core.search.fields import FastTEXT

    texts = ["", "The   patients' treatments: e.g. 3.5 mg/m2 of CAR-T cells, don't STOP. A I x",
             "Fatigue is common; fatigue & rest. Ünïcode wörds — and numbers 1,000 2.5.1"]  # fmt: skip
    for phrase in (False, True):
        plain = TEXT(analyzer=StemmingAnalyzer(), phrase=phrase)
        fast = FastTEXT(analyzer=StemmingAnalyzer(), phrase=phrase)
        for text in texts:
            assert sorted(fast.index(text)) == sorted(plain.index(text)), (phrase, text)


def test_scores_match_whoosh_even_with_deleted_documents(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    index = SearchIndex.open(tmp_path / "cache")
    index.update(library)
    index.close()
    folder = tmp_path / "cache" / "index" / (tmp_path / "cache" / "index" / "CURRENT").read_text().strip()
    writer = whoosh_index.open_dir(str(folder)).writer()
    writer.delete_by_term("url", "/types/lung/screening")
    writer.commit(merge=False)  # the deleted document stays in the segment, marked deleted
    index.search("cancer")
    searcher, data = index._searcher, index._data
    assert searcher is not None and data is not None and searcher.doc_count() < searcher.doc_count_all()
    # The scores below come from our own readers of Whoosh's postings (a block at a time, phrases from
    # positions), not from the fallback through Whoosh's matchers.
    assert data._bulk_scores("body", "cancer") is not None
    assert data._adjacent_scores(Phrase("title", ["lung", "cancer"])) is not None
    for text in ["cancer", "chemo makes me tired", "lung screening", "breast cancer immunotherapy", "zzz"]:
        plan = plan_query(text, index.synonyms, SynonymTable(), idf=lambda s: searcher.idf("body", s))
        if plan.query is None:
            continue
        ours = data.scores(plan.query)
        whoosh = {hit.docnum: hit.score for hit in searcher.search(plan.query, limit=None)}
        assert ours.keys() == whoosh.keys(), text
        assert all(abs(ours[d] - whoosh[d]) < 1e-9 for d in ours), text
    index.close()


def test_search_keeps_answering_during_an_incremental_update(tmp_path: Path) -> None:
    make_library(tmp_path / "lib")
    index = SearchIndex.open(tmp_path / "cache")
    index.update(Library.load([tmp_path / "lib"]))
    changed = tmp_path / "lib" / "fatigue.md"
    changed.write_text(changed.read_text() + "\nGardening helps.\n", encoding="utf-8")
    during: list[list[str]] = []
    report = index.update(
        Library.load([tmp_path / "lib"]), progress=lambda d, t: during.append(urls(index, "diarrhea"))
    )
    assert report.changed == 1 and during
    assert all(found and found[0] == "/side-effects/diarrhea" for found in during)
    assert urls(index, "gardening") == ["/side-effects/fatigue"]
    index.close()


def test_a_professional_summary_counts_less_only_when_the_patient_version_is_in_the_library(tmp_path: Path) -> None:
    from reader.core.search import results as search_results

    articles = [
        ("dep-hp.md", "Depression (PDQ) Health Professional Version", "/coping/depression-hp-pdq",
         "Depression in people with cancer and how it is treated.", "general", "pdq"),
        ("anx-hp.md", "Anxiety (PDQ) Health Professional Version", "/coping/anxiety-hp-pdq",
         "Anxiety in people with cancer and how it is treated.", "general", "pdq"),
        ("anx.md", "Anxiety (PDQ) Patient Version", "/coping/anxiety-pdq",
         "Anxiety is worry and fear. Many people with cancer feel it.", "general", "pdq"),
    ]  # fmt: skip
    make_library(tmp_path / "lib", articles)
    index = SearchIndex.open(tmp_path / "cache")
    index.update(Library.load([tmp_path / "lib"]))

    def score(text: str, url: str) -> float:
        return next(h.score for h in index.search(text).hits if h.url == url)

    data = index._data
    assert data is not None
    docs = {f["url"]: d for d, f in enumerate(data.all_fields())}
    assert not data.patient_version_of(docs["/coping/depression-hp-pdq"])  # the only summary of it
    assert data.patient_version_of(docs["/coping/anxiety-hp-pdq"])
    only, with_patient = score("depression", "/coping/depression-hp-pdq"), score("anxiety", "/coping/anxiety-hp-pdq")
    shipped = search_results.WEIGHTS
    assert (shipped.only_version_professional, shipped.professional) == (0.65, 0.4)
    index.close()
    index = SearchIndex.open(tmp_path / "cache")
    index.weights = dataclasses.replace(shipped, only_version_professional=1.0, professional=1.0)
    assert only == pytest.approx(score("depression", "/coping/depression-hp-pdq") * 0.65)
    assert with_patient == pytest.approx(score("anxiety", "/coping/anxiety-hp-pdq") * 0.4)
    index.close()


def test_text_for_search_has_no_markdown_left_of_headings_in_lists_or_links_over_several_lines() -> None:
    from reader.core.search.text import plain_text

    markdown = (
        "Intro.\n\n- ### [Immunotherapy for Breast Cancer](/types/breast/treatment/immunotherapy)\n\n"
        "It may help.\n\n[Breast Cancer Treatment by Stage\n\nLearn about treatment by stage.](/types/breast/by-stage)\n\n"
        "1. ## Next steps\n\nSee [a list] of [questions](https://example.org/q)."
    )
    text = plain_text(markdown)
    assert "#" not in text and "](" not in text and "/types/" not in text
    assert "\nImmunotherapy for Breast Cancer\n" in text
    assert "\nBreast Cancer Treatment by Stage\n" in text and "Learn about treatment by stage." in text
    assert "\nNext steps\n" in text
    assert "See [a list] of questions." in text  # brackets that are only words stay


def test_snippet_text_drops_enlarge_links_picture_credits_and_wrapped_link_brackets() -> None:
    """Walk 6, X3: snippets showed "… Terese Winslow Enlarge Image Breast cancer is…" and "[small cell
    lung cancer and [non-small cell": the article view drops the Enlarge links; so does the search text."""
    from reader.core.search.text import plain_text

    markdown = (
        "Anatomy of the breast.\n\nCredit: © Terese Winslow\n\n"
        "[Enlarge Image](/sites/g/files/styles/a%20b.jpg?h=0437fa96&itok=Kz-ccIgB)\n\n"
        "Breast cancer is cancer.[Enlarge](https://nci-media.cancer.gov/pdq/media/images/753850.jpg)"
        "![Anatomy of the skin](https://nci-media.cancer.gov/pdq/media/images/1.jpg)\n\n"
        "There are two main types of lung cancer: [small\ncell lung cancer](/Common/PopUps/popDefinition.aspx?"
        "id=45327&version=patient) and [non-small cell\nlung cancer](/Common/PopUps/popDefinition.aspx?id=4).\n"
    )
    text = " ".join(plain_text(markdown).split())
    assert text == (
        "Anatomy of the breast. Breast cancer is cancer.Anatomy of the skin "
        "There are two main types of lung cancer: small cell lung cancer and non-small cell lung cancer."
    )
    assert snippet("Research [3] shows a [1,2] link.", frozenset()).count("[") == 2  # citations stay


def test_everyday_words_for_body_parts_unapproved_drugs_and_an_unknown_start() -> None:
    table = default_synonyms()

    def searched(text: str) -> set[str]:
        plan = plan_query(text, table, SynonymTable(), None)
        return {" ".join(p) for c in plan.concepts for p, _ in c.alternatives}

    assert "testicular" in searched("hard lump on one ball")
    assert {"anus", "rectum"} <= searched("bleeding from my bottom")
    assert "underarm" in searched("lump in my armpit")
    assert "myeloma" in searched("cancer in the bone marrow")
    assert "expanded access" in searched("can i get a drug that isn't approved")
    assert "unknown primary" in searched("they can't find where it started")
    assert "unknown primary" not in searched("where it started to spread")
    assert "vaginal bleeding" in searched("spotting after the menopause")
    assert {"vulva", "penis"} <= searched("sore lump down below")
    assert "post traumatic stress" in searched("flashbacks after treatment")
    assert "financial" in searched("cant afford my treatment")
    assert "depression" in searched("she has been really low")
    assert "anemia" in searched("low red blood count")
    assert "cryosurgery" in searched("freezing a tumor")
    assert "cryosurgery" not in searched("egg freezing")
    assert "photodynamic therapy" in searched("light activated drug treatment")
    assert "mycosis fungoides" in searched("skin lymphoma")
    assert "white pupil" in searched("white glow in my babys eye")
    assert "imatinib" in searched("glivec tablets")
