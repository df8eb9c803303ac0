"""Everyday words of session 11 (issue 15, item 2): young people, toddlers, looking after someone,
herbal remedies, tumour markers, being overweight, radiation burns, the fear that cancer comes back,
"making me sick", bleeding after the menopause, checking one's skin, "diagnosed with ALL"; British and US words for
habits and ailments (ciggies, second hand smoke, booze, smoking weed, CBD oil, snuff, glandular fever,
fits, loo, thrush, brittle bones, "pre cancerous");
and the synonyms file's choice of words in brackets."""

from __future__ import annotations

import pytest

from reader.core.search.index import SearchIndex, default_synonyms
from reader.core.search.query import plan_query
from reader.core.search.synonyms import SynonymTable, choices

TABLE = default_synonyms()


def searched(text: str) -> set[str]:
    """Every phrase a query searches (typed words and what the tables add), as text."""
    plan = plan_query(text, TABLE, SynonymTable())
    return {" ".join(phrase) for concept in plan.concepts for phrase, _ in concept.alternatives}


def urls(index: SearchIndex, text: str) -> list[str]:
    return [hit.url for hit in index.search(text, limit=10).hits]


def test_a_choice_of_words_in_brackets_is_every_phrase_it_makes() -> None:
    assert choices("(scared|afraid) (cancer|) come back") == [
        "scared cancer come back", "scared come back", "afraid cancer come back", "afraid come back"]  # fmt: skip
    assert choices("fear of recurrence") == ["fear of recurrence"]
    table = SynonymTable.parse("(scared|afraid) (cancer|) come back, fear of recurrence = fear of recurrence")
    for phrase in (("scared", "cancer", "come", "back"), ("afraid", "come", "back")):
        assert table.match(phrase, 0) == (len(phrase), [("fear", "of", "recurrence")])
    assert ("fear", "of", "recurrence") in table.own  # the articles' own words, written with themselves
    assert table.match(("scared", "cancer"), 0) == (0, [])
    assert "afraid" in table.spellings


#: One everyday query for each line of session 11, and a phrase its line must add.
EVERYDAY = [
    ("my teenage son has cancer", "adolescents and young adults"),
    ("cancer in adolescents", "adolescents and young adults"),
    ("my teenager has cancer", "young people"),
    ("my toddler has a swollen belly", "childhood"),
    ("how do i look after my husband", "caregivers"),
    ("herbal remedies during chemo", "dietary supplements"),
    ("herbal medicine and chemotherapy", "herbal supplements"),
    ("what is a tumour marker", "biomarkers"),
    ("tumor markers blood test", "biomarker testing"),
    ("does being overweight cause cancer", "obesity"),
    ("obese and cancer risk", "obesity"),
    ("radiation burn on my skin", "radiation therapy side effects"),
    ("burns from radiation", "skin changes"),
    ("scared my cancer will come back", "fear of recurrence"),
    ("worried it might come back", "fear of recurrence"),
    ("afraid of a relapse", "fear of recurrence"),
    ("terrified of cancer coming back", "fear of recurrence"),
    ("chemo is making me sick", "nausea"),
    ("the tablets make me feel sick", "vomiting"),
    ("bleeding after the menopause", "postmenopausal bleeding"),
    ("post menopausal bleeding", "vaginal bleeding"),
    ("how do i check my skin for cancer", "skin self examination"),
    ("skin checks for moles", "skin exam"),
    ("my son has been diagnosed with ALL", "acute lymphoblastic leukemia"),
    ("ALL leukaemia in children", "acute lymphoblastic leukemia"),
    ("ciggies and lung cancer", "cigarettes"),
    ("second hand smoke and children", "secondhand smoke"),
    ("booze and breast cancer", "alcohol"),
    ("smoking weed and lung cancer", "cannabis"),
    ("cbd oil for pain", "cannabinoids"),
    ("glandular fever and hodgkin lymphoma", "infectious mononucleosis"),
    ("my dad keeps having fits", "seizures"),
    ("going to the loo a lot", "bathroom"),
    ("oral thrush after chemo", "candidiasis"),
    ("pre cancerous cells on my cervix", "precancerous"),
    ("brittle bones after hormone therapy", "osteoporosis"),
    ("snuff and mouth cancer", "smokeless tobacco"),
]


@pytest.mark.parametrize(("text", "phrase"), EVERYDAY)
def test_each_everyday_line_adds_the_library_word(text: str, phrase: str) -> None:
    assert phrase in searched(text)


def test_the_new_phrases_fire_only_as_phrases() -> None:
    assert "fear of recurrence" not in searched("my cancer came back")  # no fear said
    assert "fear of recurrence" not in searched("scared of needles")
    assert "fear of recurrence" not in searched("afraid of chemo coming up")
    assert "anxiety" in searched("scared of cancer coming back")  # the feeling still counts
    assert "biomarkers" not in searched("a tumor on my kidney")
    assert "obesity" not in searched("weight gain after chemo")
    assert "radiation therapy side effects" not in searched("burning when i pee")
    assert "caregivers" not in searched("what does a scan look like")
    assert "nausea" not in searched("sick pay while on chemo")
    assert "postmenopausal bleeding" not in searched("menopause symptoms after chemo")
    assert "skin exam" not in searched("dry skin after radiation")
    assert "acute lymphoblastic leukemia" not in searched("all the side effects of chemo")
    assert "cannabis" not in searched("weed killer and cancer")  # only smoking weed is cannabis
    assert "seizures" not in searched("keeping fit after cancer")
    assert "osteoporosis" not in searched("bone cancer in children")


@pytest.mark.corpus
def test_corpus_everyday_words_of_session_11_find_their_articles(corpus_index: SearchIndex) -> None:
    assert "/about-cancer/treatment/types/biomarker-testing-cancer-treatment" in urls(
        corpus_index, "tumour markers blood test")[:3]  # fmt: skip
    assert urls(corpus_index, "my teenage daughter has cancer")[0].startswith("/types/aya")
    assert "/about-cancer/treatment/types/radiation-therapy/side-effects" in urls(
        corpus_index, "radiation burns on my chest")[:3]  # fmt: skip
    assert "/about-cancer/treatment/cam/patient/dietary-interactions-pdq" in urls(
        corpus_index, "herbal medicine and chemotherapy")[:3]  # fmt: skip
