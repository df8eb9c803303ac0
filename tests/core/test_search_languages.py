"""Search per language: Spanish articles by Spanish terms, Spanish queries, the reader's language first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex
from reader.core.search.languages import (
    analyser_for,
    fold,
    index_terms,
    query_language,
    spanish_excerpt,
    spanish_synonyms,
)
from tests.core.search_library import make_library, write
from tests.helpers import ROOT, SEED_ARTICLE

SPANISH = ROOT / "resources" / "libraries" / "es"


def keys_of(library: Library) -> dict[str, str]:
    """Article key -> file name."""
    return {a.key: a.path.name for a in library}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[SearchIndex, Library]:
    """The sample English library, the seed and the Spanish library in one index."""
    root = tmp_path_factory.mktemp("both")
    english = make_library(root / "en")
    shutil.copy(SEED_ARTICLE, root / "en" / SEED_ARTICLE.name)
    library = Library.load([root / "en", SPANISH])
    assert len(library) >= len(english) + len(Library.load([SPANISH]))
    index = SearchIndex.open(root / "cache")
    index.update(library)
    yield index, library
    index.close()


def names(
    index: SearchIndex, library: Library, text: str, language: str = "en", limit: int = 10
) -> list[str]:
    """File names of the results for text, as a reader in language sees them."""
    from reader.core.languages import translate

    translate.install(None, language)
    try:
        found = index.search(text, limit=limit)
    finally:
        translate.install(None, "en")
    by_key = keys_of(library)
    return [by_key[h.key] for h in found.hits]


def test_accents_and_enye_fold() -> None:
    assert fold("Quimioterápia, NIÑO, pingüino") == "quimioterapia, nino, pinguino"
    assert (
        index_terms("quimioterápia", "es")
        == index_terms("Quimioterapia", "es")
        == index_terms("quimioterapias", "es")
    )
    assert index_terms("el cáncer de la mama", "es") == index_terms("cáncer mamas", "es")  # stop words gone
    assert index_terms("Le Cancer Du Sein", "plain") == ["le", "cancer", "du", "sein"]


def test_each_language_gets_its_analyser() -> None:
    assert analyser_for("") == "en" and analyser_for("EN") == "en" and analyser_for("en-US") == "en"
    assert analyser_for("es") == "es" and analyser_for("es_MX") == "es"
    assert analyser_for("fr") == "plain" and analyser_for("klingon") == "plain"


def test_the_query_language_is_read_from_the_words() -> None:
    assert query_language("quimioterápia", "en") == "es"
    assert query_language("dolor de cabeza", "en") == "es"
    assert query_language("what is chemo", "es") == "en"
    assert query_language("keytruda", "es") == "es" and query_language("keytruda", "en") == "en"
    assert query_language("diarrea", "en", lambda w, lang: lang == "es") == "es"


def test_spanish_everyday_words_are_loaded() -> None:
    table = spanish_synonyms()
    assert len(table) > 60
    size, targets = table.match(index_terms("quimio", "es"), 0)
    assert size == 1 and tuple(index_terms("quimioterapia", "es")) in targets


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("quimioterapia", "quimioterapia.md"),
        ("quimioterápia", "quimioterapia.md"),
        ("QUIMIOTERAPIAS", "quimioterapia.md"),
        ("quimio", "quimioterapia.md"),
        ("náuseas y vómitos", "nauseas-y-vomitos.md"),
        ("nauseas", "nauseas-y-vomitos.md"),
        ("estreñimiento", "estrenimiento.md"),
        ("estrenimiento", "estrenimiento.md"),
        ("se me cae el pelo", "caida-del-cabello.md"),
        ("mamograma", "mamografias.md"),
        ("estoy muy cansada", "cansancio.md"),
    ],
)
def test_a_spanish_query_finds_the_spanish_article(both: tuple[SearchIndex, Library], query: str,
                                                   expected: str) -> None:  # fmt: skip
    found = names(*both, query, language="es", limit=3)
    assert expected in found, found


def test_spanish_results_come_first_for_a_spanish_query(both: tuple[SearchIndex, Library]) -> None:
    index, library = both
    spanish = {a.path.name for a in library if a.language == "es"}
    found = names(index, library, "inmunoterapia cáncer de mama", language="en")
    assert found[0] == "inmunoterapia-cancer-de-mama.md"
    seen_english = False
    for name in found:  # Spanish results, then any others: never a Spanish one after an English one
        seen_english = seen_english or name not in spanish
        assert not (seen_english and name in spanish), found


def test_english_queries_find_english_articles_as_before(both: tuple[SearchIndex, Library]) -> None:
    index, library = both
    assert names(index, library, "diarrhea", language="es")[0] == "diarrhea.md"
    found = names(index, library, "immunotherapy breast cancer", language="en")
    assert found[0] == SEED_ARTICLE.name
    assert all(library.get(k).language != "es" for k in [h.key for h in index.search("fatigue").hits])


def test_spanish_snippets_mark_the_spanish_words(both: tuple[SearchIndex, Library]) -> None:
    from reader.core.languages import translate

    index, _ = both
    translate.install(None, "es")
    try:
        hit = index.search("quimioterápia").hits[0]
    finally:
        translate.install(None, "en")
    assert "<b>quimioterapia</b>" in hit.snippet.lower() or "<b>quimio</b>" in hit.snippet.lower(), (
        hit.snippet
    )


def test_a_spanish_typo_gets_a_suggestion(both: tuple[SearchIndex, Library]) -> None:
    from reader.core.languages import translate

    index, library = both
    translate.install(None, "es")
    try:
        found = index.search("estreñimeinto")
    finally:
        translate.install(None, "en")
    assert found.suggestion == "estrenimiento"
    assert keys_of(library)[found.hits[0].key] == "estrenimiento.md"


def test_an_article_in_a_language_without_an_analyser_is_searched_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write(folder, "fr.md", "Le cancer du sein", "/fr/sein", "La chimiothérapie aide beaucoup de femmes.")
    text = (folder / "fr.md").read_text(encoding="utf-8").replace("language: en", "language: fr")
    (folder / "fr.md").write_text(text, encoding="utf-8")
    make_library(folder)
    library = Library.load([folder])
    index = SearchIndex.open(tmp_path / "cache")
    index.update(library)
    try:
        hits = index.search("chimiothérapie").hits
        assert hits and library.get(hits[0].key).path.name == "fr.md"
        assert library.get(index.search("diarrhea").hits[0].key).path.name == "diarrhea.md"
    finally:
        index.close()


def test_unlabelled_and_english_articles_are_one_language(tmp_path: Path) -> None:
    """An article without a `language` field is English: the library stays English-only (unchanged)."""
    from reader.core.search.languages import index_languages

    folder = tmp_path / "lib"
    make_library(folder)
    write(folder, "plain.md", "Plain", "/plain", "No language field here.")
    text = (folder / "plain.md").read_text(encoding="utf-8").replace("language: en\n", "")
    (folder / "plain.md").write_text(text, encoding="utf-8")
    index = SearchIndex.open(tmp_path / "cache")
    index.update(Library.load([folder]))
    try:
        index.search("fatigue")
        assert index._data is not None
        assert not index_languages(index._data).multilingual
    finally:
        index.close()


def test_check_lists_articles_whose_language_has_no_analyser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    folder = tmp_path / "lib"
    write(folder, "fr.md", "Le cancer du sein", "/fr/sein", "La chimiothérapie.")
    text = (folder / "fr.md").read_text(encoding="utf-8").replace("language: en", "language: klingon")
    (folder / "fr.md").write_text(text, encoding="utf-8")
    write(folder, "en.md", "Fatigue", "/fatigue", "Rest.")
    assert main(["check", "--library", str(folder), "--data-dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out
    assert f"note: {folder / 'fr.md'}: its language 'klingon' has no search analyser" in out
    assert "en.md: its language" not in out


def test_cancer_types_named_in_spanish() -> None:
    from reader.core.search.languages import cancer_types_named

    assert cancer_types_named("cáncer de pulmón", "es") == {"lung"}
    assert cancer_types_named("cancer del utero", "es") == {"uterine"}  # typed without accents
    assert cancer_types_named("leucemia en niños", "es") == {"leukemia"}  # a disease's name alone
    assert cancer_types_named("cáncer de cabeza y cuello", "es") == {"head-and-neck"}
    assert cancer_types_named("dolor de cabeza", "es") == frozenset()  # a headache, not a cancer's name
    assert cancer_types_named("mi mamá tiene diarrea", "es") == frozenset()  # a body part's name needs "cáncer de"
    assert cancer_types_named("tumores en niños", "es") == frozenset()  # words of no one type
    assert cancer_types_named("lung cancer", "en") == frozenset()  # English names are read by the search


def test_a_spanish_search_for_a_cancer_with_no_spanish_page_shows_the_english_ones_first(
    both: tuple[SearchIndex, Library],
) -> None:
    found = names(*both, "cáncer de pulmón", language="es", limit=5)
    assert found[0] == "lung.md", found  # the library's English page on lung cancer, not a Spanish one on sun
    assert any(name.endswith(".md") and name != "lung.md" for name in found[1:])  # the Spanish ones follow
    index, library = both
    spanish = {a.path.name for a in library if a.language == "es"}
    assert not spanish.intersection(names(*both, "lung cancer screening", language="es", limit=1))


def test_a_spanish_mother_is_not_a_breast(both: tuple[SearchIndex, Library]) -> None:
    assert names(*both, "mi mamá tiene diarrea", language="es", limit=1) == ["diarrea.md"]
    assert names(*both, "mi mama tiene diarrea", language="es", limit=1) == ["diarrea.md"]
    assert names(*both, "cáncer de mama", language="es", limit=1) == ["inmunoterapia-cancer-de-mama.md"]


def test_a_spanish_compound_is_one_term_so_its_first_word_keeps_its_own_meaning() -> None:
    cervix = index_terms("cuello uterino", "es")
    assert len(cervix) == 1 and cervix != index_terms("cuello", "es")  # the cervix is not the neck
    for other in ("el cuello del útero", "cuello de la matriz", "Cuello de útero"):
        assert index_terms(other, "es") == cervix, other
    assert index_terms("bulto en el cuello", "es") == [*index_terms("bulto", "es"), *index_terms("cuello", "es")]
    assert index_terms("cáncer de senos paranasales", "es")[-1] != index_terms("senos", "es")[0]
    # the snippet marks both words where the compound is searched, neither where the neck is
    excerpt = spanish_excerpt("El cuello uterino y el cuello")
    stems = [s for s in excerpt.stems if s]
    assert stems[0] == stems[1] != stems[2]


def test_a_lump_in_the_neck_is_not_the_cervix(both: tuple[SearchIndex, Library]) -> None:
    # walk C9-12: "cuello" (neck) found the Pap test page, whose "cuello uterino" is the cervix
    assert "papanicolaou-y-vph.md" not in names(*both, "bulto en el cuello", language="es")
    assert "boca-y-garganta.md" in names(*both, "bulto en el cuello", language="es", limit=3)  # "cabeza y cuello"
    assert names(*both, "cáncer de cuello uterino", language="es", limit=1) == ["papanicolaou-y-vph.md"]
    assert names(*both, "cuello del útero", language="es", limit=1) == ["papanicolaou-y-vph.md"]
