"""What a question asks: its kind, the cancer it names, everyday words, and the answers it prefers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.core.files.locations import resource
from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex, default_synonyms
from reader.core.search.intent import CancerNames, IntentCues, article_answers, places_formed, read_question
from reader.core.search.query import Speller, plan_query
from reader.core.search.synonyms import (
    SynonymTable,
    also_called_table,
    american_spelling,
    lay_form,
    mine_also_called,
    mine_brand_list,
)
from tests.core.search_library import write

CUES = IntentCues.load(resource("search", "intents.txt"))


def kind(text: str) -> str | None:
    return read_question(text.split(), CUES).kind


def test_a_cancers_name_typed_alone_is_a_what_is_question_whatever_its_words() -> None:
    names = CancerNames.from_articles([
        ("/types/lymphoma/patient/adult-hodgkin-treatment-pdq", "Adult Hodgkin Lymphoma Treatment (PDQ®)"),
        ("/types/lymphoma/patient/adult-nhl-treatment-pdq", "Adult Non-Hodgkin Lymphoma Treatment (PDQ®)"),
    ])  # fmt: skip
    for text in ("hodgkin lymphoma", "my daughter has hodgkin lymphoma"):
        found = plan_query(text, SynonymTable(), SynonymTable(), names=names, cues=CUES)
        assert found.types == {"lymphoma"} and found.kind == "overview", text
    assert plan_query("hodgkin lymphoma itching", SynonymTable(), SynonymTable(), names=names, cues=CUES).kind is None


def test_a_cancers_initials_typed_in_capitals_name_it_where_they_spell_a_small_word() -> None:
    names = CancerNames.from_articles([
        ("/types/leukemia/patient/child-all-treatment-pdq", "Childhood Acute Lymphoblastic Leukemia Treatment"),
        ("/types/leukemia/patient/adult-aml-treatment-pdq", "Adult Acute Myeloid Leukemia Treatment"),
    ])  # fmt: skip
    assert names.spelled_out("ALL") == ("acute", "lymphoblastic", "leukemia")
    found = plan_query("my son has been diagnosed with ALL", SynonymTable(), SynonymTable(), names=names, cues=CUES)
    assert found.types == {"leukemia"} and {"acute", "lymphoblastic"} <= {w for c in found.concepts for w in c.typed}
    for text in ("tired all the time", "TIRED ALL THE TIME", "my son has all"):
        plain = plan_query(text, SynonymTable(), SynonymTable(), names=names, cues=CUES)
        assert "lymphoblastic" not in {w for c in plain.concepts for w in c.typed}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what is breast cancer", "overview"),
        ("signs of bowel cancer", "symptoms"),
        ("lump in breast", "symptoms"),
        ("survival rate pancreatic", "survival"),
        ("how long do people live with lung cancer", "survival"),
        ("what is the survival rate for cervical cancer", "survival"),
        ("what does stage 2 breast cancer mean", "stages"),
        ("what does triple negative mean on my biopsy report", "overview"),
        ("what are the odds a woman gets breast cancer", "causes"),
        # the odds or chances of getting a cancer ask about risk, of surviving it about survival
        ("what are my odds of getting breast cancer", "causes"),
        ("what are the chances of getting lung cancer if i smoke", "causes"),
        ("chances of developing bowel cancer", "causes"),
        ("what are the chances of surviving bladder cancer", "survival"),
        ("grandad has bowel cancer what are his chances", "survival"),
        ("does smoking cause bladder cancer", "causes"),
        ("how often should i get a mammogram", "screening"),
        ("throwing up after chemo", "side_effects"),
        ("runny tummy after pelvic radiotherapy", "side_effects"),  # a word between "after" and the treatment
        ("looking after my dad with cancer", "support"),
        ("hospice care for my dad", "support"),
        ("vaginal dryness after cancer", "side_effects"),
        # taking something during chemo asks whether it is safe, not about side effects
        ("can i take herbal supplements during chemo", "treatment"),
        ("my dad has prostate cancer what happens now", "treatment"),
        # "since diagnosis" says when, not what: the question asks no kind, not "diagnosis"
        ("feeling really low since my diagnosis", None),
        ("since my diagnosis what tests will i need", "diagnosis"),
        ("keytruda", None),
    ],
)
def test_the_kind_of_question_is_recognised(text: str, expected: str | None) -> None:
    assert kind(text) == expected


def test_context_wording_is_never_searched() -> None:
    plan = plan_query("scared since my diagnosis", default_synonyms(), SynonymTable(), cues=CUES)
    assert plan.kind is None
    assert {w for c in plan.concepts for w in c.typed} == {"scared"}


def test_question_wording_is_never_searched_or_marked() -> None:
    plan = plan_query("how long do people live with stage 4 pancreatic cancer", default_synonyms(),
                      SynonymTable(), cues=CUES)  # fmt: skip
    typed = {w for c in plan.concepts for w in c.typed}
    assert not typed & {"how", "long", "do", "live", "what", "is"}
    assert not plan.highlight_stems & {"how", "long", "live", "what"}
    assert {"surviv", "prognosi"} <= plan.highlight_stems  # what the question looks for instead
    plan = plan_query("what is my risk", default_synonyms(), SynonymTable(), cues=CUES)
    assert not plan.highlight_stems & {"what", "is", "my"}


def test_lay_words_match_whole_words_not_shared_stems() -> None:
    assert lay_form("tests") == "test" and lay_form("testes") == "teste"
    assert lay_form("ovaries") == "ovary" and lay_form("metastasis") == "metastasis"
    synonyms = default_synonyms()
    tests = {w for c in plan_query("tests for leukemia", synonyms, SynonymTable()).concepts
             for p, _ in c.alternatives for w in p}  # fmt: skip
    assert not any(w.startswith("testic") for w in tests)
    children = {w for c in plan_query("leukemia in children", synonyms, SynonymTable()).concepts
                for p, _ in c.alternatives for w in p}  # fmt: skip
    assert "fertility" not in children
    have = {w for c in plan_query("can i still have children after cancer", synonyms, SynonymTable()).concepts
            for p, _ in c.alternatives for w in p}  # fmt: skip
    assert "fertility" in have


def test_an_idiom_fires_with_small_words_between() -> None:
    plan = plan_query("my hair is falling out", default_synonyms(), SynonymTable())
    assert any(("hair", "loss") in [p for p, _ in c.alternatives] for c in plan.concepts)
    assert not any(c.typed == ("falling",) for c in plan.concepts)


def test_british_spellings_become_american_ones_the_library_knows() -> None:
    known = {"esophagus", "leukemia", "diarrhea", "tumor", "estrogen"}.__contains__
    assert american_spelling("oesophagus", known) == "esophagus"
    assert american_spelling("leukaemia", known) == "leukemia"
    assert american_spelling("diarrhoea", known) == "diarrhea"
    assert american_spelling("tumour", known) == "tumor"
    assert american_spelling("quimioterapia", known) is None
    speller = Speller({"leukemia": 5, "children": 5})
    plan = plan_query("leukaemia", default_synonyms(), SynonymTable(), speller)
    assert plan.concepts[0].typed == ("leukemia",) and plan.suggestion is None


def test_cancer_names_come_from_the_library_and_qualifiers_need_a_cancer_word() -> None:
    names = CancerNames.from_articles([
        ("/types/breast", "Breast Cancer"),
        ("/types/vaginal", "Vaginal Cancer—Patient Version"),
        ("/types/leukemia", "Leukemia—Patient Version"),
        ("/types/lymphoma/patient/adult-hodgkin-treatment-pdq", "Adult Hodgkin Lymphoma Treatment (PDQ®)"),
        ("/types/liver/bile-duct-cancer", "What Is Bile Duct Cancer (Cholangiocarcinoma)?"),
        ("/types/by-body-location", "Cancers by Body Location"),
    ])  # fmt: skip
    assert names.named(["hodgkin", "lymphoma"], [False, False]) == {"lymphoma"}
    assert names.named(["leukemia"], [False]) == {"leukemia"}  # a disease by itself names it anywhere
    assert names.named(["cholangiocarcinoma"], [False]) == {"liver"}
    assert names.named(["breast"], [False]) == frozenset()  # "breast" alone is a body part
    assert names.named(["breast"], [True]) == {"breast"}
    assert names.named(["body", "location"], [True, True]) == frozenset()
    synonyms = default_synonyms()
    dryness = plan_query("vaginal dryness after cancer", synonyms, SynonymTable(), names=names, cues=CUES)
    assert dryness.types == frozenset()
    vagina = plan_query("cancer of the vagina", synonyms, SynonymTable(), names=names, cues=CUES)
    assert vagina.types == {"vaginal"}
    bare = plan_query("leukemia", synonyms, SynonymTable(), names=names, cues=CUES)
    assert bare.kind == "overview" and bare.types == {"leukemia"}
    caregiver = plan_query("my dad has leukemia", synonyms, SynonymTable(), names=names, cues=CUES)
    assert caregiver.kind == "overview" and caregiver.types == {"leukemia"}  # who has it sets the scene
    assert plan_query("leukemia fatigue", synonyms, SynonymTable(), names=names, cues=CUES).kind is None


def test_where_a_cancer_forms_is_mined_and_names_its_type_next_to_a_cancer_word() -> None:
    text = (
        "Adrenocortical carcinoma is a disease in which malignant (cancer) cells form in the outer layer "
        "of the adrenal gland. Lymphoma is a cancer that begins in the lymph system. Colorectal cancer "
        "is a disease that forms in the colon or the rectum."
    )
    assert places_formed(text) == {"adrenal gland": 1, "lymph system": 1, "colon": 1, "rectum": 1}
    articles = [("/types/adrenocortical", "Adrenocortical Carcinoma"), ("/types/lymphoma", "Lymphoma")]
    places = [("/types/adrenocortical", "adrenal gland", 2), ("/types/lymphoma/patient/x-pdq", "lymph system", 1),
              ("/types/lymphoma", "lymph system", 1), ("/types/liver", "placenta", 1)]  # fmt: skip
    names = CancerNames.from_articles(articles, places)
    assert names.named(["adrenal", "gland"], [True, True]) == {"adrenocortical"}
    assert names.named(["adrenal", "gland"], [False, False]) == frozenset()  # a body part alone
    assert names.named(["lymph", "system"], [True, True]) == {"lymphoma"}  # said twice in all
    assert names.named(["placenta"], [True]) == frozenset()  # said once: not trusted
    glands = plan_query("cancer of the lymph glands", default_synonyms(), SynonymTable(), names=names, cues=CUES)
    assert glands.types == {"lymphoma"}


def test_what_an_article_answers_comes_from_its_address_and_title() -> None:
    assert article_answers("/types/liver/what-is-liver-cancer", "What Is Liver Cancer?").kinds == {"overview"}
    # a page under the "what is" page answers its own kind only
    assert article_answers("/types/liver/what-is-liver-cancer/screening", "Liver Cancer Screening").kinds == {
        "screening"
    }
    assert article_answers("/types/breast/symptoms", "Signs and Symptoms of Breast Cancer").kinds == {
        "symptoms"
    }
    stats = article_answers(
        "/types/pancreatic/did-you-know-pancreatic-cancer-video", "Pancreatic Cancer Statistics"
    )
    assert stats.kinds == {"survival"} and stats.cancer_type == "pancreatic"
    news = article_answers("/types/pancreatic/research/folfirinox", "Chemotherapy Regimen Extends Survival")
    assert news.news and not news.kinds
    child = article_answers(
        "/types/leukemia/patient/child-all-treatment-pdq", "Childhood Acute Lymphoblastic Leukemia"
    )
    assert child.childhood and "treatment" in child.kinds
    assert (
        "overview" in article_answers("/types/breast/what-is-breast-cancer", "What Is Breast Cancer?").kinds
    )


def test_other_names_the_articles_state_are_mined() -> None:
    text = (
        "Chemotherapy (also called chemo) uses drugs. Internal radiation therapy, also called brachytherapy, "
        "uses a source. This procedure is also called computed tomography."
    )
    found = mine_also_called(text, ["Curcumin (Curcuma, Turmeric) and Cancer (PDQ®)–Patient Version"])
    assert found[(("chemo",), ("chemotherapy",))] == 1
    assert found[(("brachytherapy",), ("internal", "radiation", "therapy"))] == 1
    assert found[(("turmeric",), ("curcumin",))] == 1
    assert not any(main == ("procedure",) for _, main in found)  # "this procedure" names nothing
    table = also_called_table([("turmeric", "curcumin", 2), ("turmeric", "east indian plant", 1),
                               ("uveal", "a", 1), ("uveal", "b", 1)])  # fmt: skip
    assert table.match(["turmeric"], 0) == (1, [("curcumin",)])
    assert table.match(["uveal"], 0) == (0, [])  # claimed by two names as often: ambiguous


def test_a_drug_pages_brand_list_is_mined() -> None:
    text = "This page contains brief information.\n\nUS Brand Name(s)\n\nFulphila\nNeulasta\n\nFDA Approved\n\nYes"
    found = mine_brand_list(text, "Pegfilgrastim")
    assert ("neulasta", "pegfilgrastim") in found and ("fulphila", "pegfilgrastim") in found


@pytest.fixture(scope="module")
def answers_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """A small library where the word-matching article is not the one that answers the question."""
    lib = tmp_path_factory.mktemp("answers") / "lib"
    write(
        lib,
        "home.md",
        "Breast Cancer—Patient Version",
        "/types/breast",
        "Breast cancer overview. " * 3,
        "breast",
    )
    write(lib, "what.md", "What Is Breast Cancer?", "/types/breast/what-is-breast-cancer",
          "Breast cancer is a disease in which cells in the breast grow out of control.", "breast")  # fmt: skip
    write(lib, "screen.md", "Screening for Breast Cancer", "/types/breast/screening",
          "What is breast cancer screening? Breast cancer screening is checking a breast for cancer. "
          "What is a mammogram? What is breast density? Breast cancer, breast cancer.", "breast")  # fmt: skip
    write(lib, "symptoms.md", "Signs and Symptoms of Breast Cancer", "/types/breast/symptoms",
          "A lump in the breast or underarm is the most common sign.", "breast")  # fmt: skip
    write(lib, "child.md", "Breast Lumps in Children", "/types/breast/childhood",
          "A breast lump in a child is almost always benign. Breast lumps, lump, lumps.", "breast")  # fmt: skip
    write(lib, "stats.md", "Pancreatic Cancer Statistics", "/types/pancreatic/did-you-know-video",
          "How many people get pancreatic cancer each year, and how many are alive five years later.", "pancreatic")  # fmt: skip
    write(lib, "news.md", "New Drug Improves Survival in Pancreatic Cancer", "/types/pancreatic/research/new-drug",
          "Survival rate improved. Survival, survival rate, pancreatic survival.", "pancreatic")  # fmt: skip
    write(lib, "fert.md", "Fertility and Cancer", "/side-effects/fertility",
          "Some treatments make it harder to have children later.", "general")  # fmt: skip
    write(lib, "leuk.md", "Childhood Leukemia Treatment", "/types/leukemia/patient/child-all-treatment-pdq",
          "Leukemia is the most common cancer in children.", "leukemia")  # fmt: skip
    built = SearchIndex.open(tmp_path_factory.mktemp("answers-cache"))
    built.update(Library.load([lib]))
    yield built
    built.close()


def top(index: SearchIndex, text: str, n: int = 1) -> list[str]:
    return [h.url for h in index.search(text).hits[:n]]


def test_the_article_that_answers_comes_first(answers_index: SearchIndex) -> None:
    assert top(answers_index, "what is breast cancer", 2)[0] in (
        "/types/breast/what-is-breast-cancer",
        "/types/breast",
    )
    assert "/types/breast/screening" not in top(answers_index, "what is breast cancer", 2)
    assert top(answers_index, "lump in breast") == ["/types/breast/symptoms"]
    assert top(answers_index, "survival rate pancreatic") == ["/types/pancreatic/did-you-know-video"]
    assert top(answers_index, "leukemia in children") == ["/types/leukemia/patient/child-all-treatment-pdq"]
    assert top(answers_index, "can i have children after cancer") == ["/side-effects/fertility"]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("what is breast cancer", "/types/breast/what-is-breast-cancer"),
        ("lump in breast", "/types/breast/symptoms"),
        ("survival rate pancreatic", "/types/pancreatic/did-you-know-pancreatic-cancer-video"),
        ("leukemia in children", "/types/leukemia/patient/child-all-treatment-pdq"),
        ("my hair is falling out", "/about-cancer/treatment/side-effects/hair-loss"),
        ("turmeric", "/about-cancer/treatment/cam/patient/curcumin-pdq"),
        ("neulasta", "/about-cancer/treatment/drugs/pegfilgrastim"),
        ("cancer of the oesophagus", "/types/esophageal"),
    ],
)
def test_corpus_questions_find_their_answer_in_the_top_three(corpus_index: SearchIndex, text: str,
                                                             answer: str) -> None:  # fmt: skip
    assert answer in top(corpus_index, text, 3)


@pytest.mark.corpus
def test_corpus_leukemia_in_children_shows_no_fertility_pages(corpus_index: SearchIndex) -> None:
    assert not [u for u in top(corpus_index, "leukemia in children", 10) if "fertility" in u]
    assert not [u for u in top(corpus_index, "my hair is falling out", 3) if "cryosurgery" in u]


def test_a_cue_file_without_cues_gives_no_kind(tmp_path: Path) -> None:
    """An empty cue file gives no kinds (and no crash)."""
    empty = tmp_path / "intents.txt"
    empty.write_text("# nothing\nnot a line\n", encoding="utf-8")
    assert read_question(["what", "is", "it"], IntentCues.load(empty)).kind is None


def test_plain_word_meanings_in_the_articles_find_their_term() -> None:
    from reader.core.search.synonyms import Explanations, mine_explanations

    markdown = (
        "Signs include [jaundice](/def/1) (yellowing of the skin and whites of the eyes) and "
        "[ascites](/def/2) (buildup of fluid in the abdomen). [Lymphocytes](/def/3) (white blood cells) "
        "and [granulocytes](/def/4) (a type of white blood cell) fight infection."
    )
    found = mine_explanations(markdown)
    assert ("jaundice", "yellowing of the skin and whites of the eyes") in found
    assert ("ascites", "buildup of fluid in the abdomen") in found
    assert not [t for t, _ in found if t in ("lymphocytes", "granulocytes")]  # other names, not meanings
    table = Explanations.from_counts([(t, m, n) for (t, m), n in found.items()],
                                     stop=lambda w: w in {"of", "the", "and", "in"})  # fmt: skip
    ideas = [frozenset({"skin"}), frozenset({"eye"}), frozenset({"turn"}), frozenset({"yellow"})]
    assert table.explained(ideas) == [("jaundice",)]
    assert table.explained([frozenset({"skin", "yellow", "eye"})]) == []  # one idea is not a description


def test_a_title_bracket_inside_a_name_is_no_other_name() -> None:
    found = mine_also_called("", ["Intraocular (Eye) Melanoma Treatment", "Hair Loss (Alopecia) and Cancer"])
    assert (("alopecia",), ("hair", "loss")) in found
    assert not [pair for pair in found if pair[0] == ("eye",)]


def test_a_misspelled_cue_still_tells_the_kind_of_question() -> None:
    speller = Speller({"survival": 5, "pancreatic": 5, "cancer": 9, "colonoscopy": 3, "grand": 4}, min_df=1)
    plan = plan_query("pancreatic cancer survivel", default_synonyms(), SynonymTable(), speller, cues=CUES)
    assert plan.kind == "survival"
    assert plan_query("colonoscopey", default_synonyms(), SynonymTable(), speller, cues=CUES).kind == "screening"
    # a family word sets the scene and is never read as another word
    assert plan_query("grandad survivel", default_synonyms(), SynonymTable(), speller, cues=CUES).suggestion == (
        "grandad survival"
    )


def test_a_word_the_articles_use_is_not_corrected_to_a_word_of_their_titles() -> None:
    body = {"hoarse": 10, "prostrate": 2, "hour": 40}
    speller = Speller({"hours": 30, "prostate": 500}, min_df=2, frequency=lambda w: body.get(w, 0))
    assert speller.correct("hoarse") is None  # a real word, in the articles' text ("Did you mean hours" was shown)
    assert speller.in_library("hoarse") and not speller.known("hoarse")
    assert speller.correct("prostrate") == "prostate"  # a rare real word next to a far more common one
    assert speller.correct("hourss") == "hours"  # a word no article uses is corrected as before


class _Answers:
    """Just what question_factor reads of a searcher's data."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls

    def answers(self, docnum: int) -> object:
        return article_answers(self.urls[docnum], "")

    def section_docs(self, kind: str) -> frozenset[int]:
        return frozenset()


def test_a_page_about_one_cancer_counts_less_when_the_question_names_none() -> None:
    from reader.core.search.query import QueryPlan
    from reader.core.search.results import WEIGHTS, question_factor

    data: Any = _Answers(["/types/cervical/coping", "/about-cancer/coping/feelings/anxiety"])
    plain = QueryPlan("feeling anxious")
    assert question_factor(data, 0, plain) == pytest.approx(WEIGHTS.unnamed_type) and WEIGHTS.unnamed_type < 1
    assert question_factor(data, 1, plain) == 1.0
    # not when its symptoms point to that cancer, nor when the question names it
    assert question_factor(data, 0, QueryPlan("x", symptom_topics={"cervical": 1.0})) > 1.0
    assert question_factor(data, 0, QueryPlan("x", types=frozenset({"cervical"}))) > 1.0


def test_a_son_or_daughter_may_be_a_child_unless_an_age_says_otherwise() -> None:
    from reader.core.search.results import WEIGHTS, question_factor

    data: Any = _Answers(["/types/leukemia/patient/child-all-treatment-pdq"])
    son = plan_query("my son has leukemia", SynonymTable(), SynonymTable(), None)
    assert son.maybe_childhood and not son.childhood
    assert question_factor(data, 0, son) >= WEIGHTS.unnamed_type  # a childhood page is not counted down
    adult = plan_query("my 19 year old daughter has leukemia", SynonymTable(), SynonymTable(), None)
    assert not adult.maybe_childhood and not adult.childhood
    assert question_factor(data, 0, adult) == pytest.approx(WEIGHTS.childhood_unasked * WEIGHTS.unnamed_type)
    assert not plan_query("my husband has leukemia", SynonymTable(), SynonymTable(), None).maybe_childhood


def test_only_a_one_letter_slip_tells_the_kind_of_question() -> None:
    cues = IntentCues.load(resource("search", "intents.txt"))
    speller = Speller({"staging": 50, "survival": 80, "night": 40}, min_df=2)
    soaking = plan_query("soaking night sweats", SynonymTable(), SynonymTable(), speller, cues=cues)
    assert speller.correct("soaking") == "staging" and soaking.kind != "stages"  # a real word, two edits away
    assert plan_query("survivel", SynonymTable(), SynonymTable(), speller, cues=cues).kind == "survival"


def test_the_kids_a_person_talks_to_are_not_whom_the_question_is_about() -> None:
    told = plan_query("how do i explain my cancer to my kids", SynonymTable(), SynonymTable(), None, cues=CUES)
    assert told.kind == "support" and not told.childhood
    assert plan_query("my kids have cancer", SynonymTable(), SynonymTable(), None, cues=CUES).childhood
    helping = plan_query("my wife has cancer how can i help her", SynonymTable(), SynonymTable(), None, cues=CUES)
    assert helping.kind == "support"


def test_radiotherapy_wording_asks_about_side_effects_and_stop_getting_about_prevention() -> None:
    assert read_question(["skin", "sore", "from", "radiotherapy"], CUES).kind == "side_effects"
    assert read_question("double mastectomy to stop getting breast cancer".split(), CUES).kind == "causes"


class _Urls:
    """Just what the folder-page rule reads of a searcher's data."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls

    def fields(self, docnum: int) -> dict[str, str]:
        return {"url": self.urls[docnum]}


def test_a_folders_own_page_joins_the_top_when_its_pages_fill_the_top() -> None:
    from reader.core.search.results import HUB_PLACE, _hubs_first

    pages = ["/side-effects/diarrhea", "/side-effects/fatigue", "/side-effects/nausea", "/side-effects/anemia",
             "/side-effects/edema", "/other", "/side-effects"]  # fmt: skip
    data: Any = _Urls(pages)
    candidates = [(d, 1.0) for d in range(len(pages))]
    scored = [(100.0 - rank, rank) for rank in range(len(pages))]
    ranked = [pages[rank] for _, rank in _hubs_first(data, list(scored), candidates)]
    assert ranked.index("/side-effects") == HUB_PLACE and len(ranked) == len(pages)
    mixed: Any = _Urls(["/a/x", "/b/y", "/c/z", "/side-effects/fatigue", "/d/w", "/e", "/side-effects"])
    assert _hubs_first(mixed, list(scored), candidates) == scored  # no one folder fills the top


def test_a_side_effect_page_counts_less_when_the_symptoms_point_to_cancers_and_treatment_is_not_named() -> None:
    from reader.core.search.query import QueryPlan
    from reader.core.search.results import WEIGHTS, question_factor

    data: Any = _Answers(["/about-cancer/treatment/side-effects/urination-changes", "/about-cancer/coping"])
    pointed = QueryPlan("blood in my pee", symptom_topics={"bladder": 1.0})
    assert question_factor(data, 0, pointed) == pytest.approx(WEIGHTS.side_effect_unasked) and WEIGHTS.side_effect_unasked < 1
    assert question_factor(data, 1, pointed) == 1.0
    assert question_factor(data, 0, QueryPlan("blood in my pee")) == 1.0  # the symptoms point nowhere
    asked = QueryPlan("blood in my pee after radiation", symptom_topics={"bladder": 1.0}, kind="side_effects")
    assert question_factor(data, 0, asked) > 1.0  # the side effect is asked about
