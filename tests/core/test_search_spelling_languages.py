"""Spelling suggestions per language, whatever order the languages were used in (walk 6, B2).

The Spanish interface adds the bundled Spanish articles to the library and the English one takes them
out again, by incremental updates of one index. The spelling dictionary used to keep the removed
articles' words (and mixed both languages), so after one Spanish run "diarea" in English got
"Did you mean diarrea?" and no results.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.languages import translate
from reader.core.library.catalog import Library
from reader.core.search.build import FILE_WORDS, Dictionary
from reader.core.search.index import SearchIndex
from reader.core.search.languages import english_reading
from reader.core.search.results import SearchResults
from tests.core.search_library import make_library, write
from tests.helpers import ROOT

SPANISH = ROOT / "resources" / "libraries" / "es"


def search(index: SearchIndex, text: str, language: str = "en") -> SearchResults:
    """The results as a reader in language sees them."""
    translate.install(None, language)
    try:
        return index.search(text)
    finally:
        translate.install(None, "en")


def file_names(index: SearchIndex, library: Library, text: str, language: str = "en") -> list[str]:
    """File names of the results, best first."""
    return [library.get(hit.key).path.name for hit in search(index, text, language).hits]


@pytest.fixture()
def english(tmp_path: Path) -> Library:
    """The small English sample library."""
    make_library(tmp_path / "en")
    return Library.load([tmp_path / "en"])


@pytest.fixture()
def index(tmp_path: Path) -> Iterator[SearchIndex]:
    found = SearchIndex.open(tmp_path / "cache")
    yield found
    found.close()


def live_dictionary(index: SearchIndex) -> Dictionary:
    """The word lists of the index's live generation, as written."""
    assert index._generation is not None
    return Dictionary.read(index._generation)


def test_english_misspellings_after_a_spanish_run_get_english_suggestions(
    english: Library, index: SearchIndex, tmp_path: Path
) -> None:
    """English, then Spanish (its articles added), then English again (removed): as at the first run."""
    index.update(english)
    first = search(index, "diarea")
    assert first.suggestion == "diarrhea"
    index.update(Library.load([tmp_path / "en", SPANISH]))  # the Spanish interface
    report = index.update(english)  # back in English
    assert report.removed == len(Library.load([SPANISH])) and not report.rebuilt  # no full rebuild
    again = search(index, "diarea")
    assert again.suggestion == "diarrhea"
    assert [h.key for h in again.hits] == [h.key for h in first.hits]
    assert english.get(again.hits[0].key).path.name == "diarrhea.md"
    # The Spanish word is no word of this library any more: the page can say the library is English.
    spanish_word = search(index, "estrenimiento")
    assert spanish_word.total == 0 and spanish_word.unknown_words


def test_a_removed_articles_words_leave_the_dictionary(english: Library, index: SearchIndex, tmp_path: Path) -> None:
    index.update(Library.load([tmp_path / "en", SPANISH]))
    assert "diarrea" in live_dictionary(index).others["es"]
    index.update(english)
    words = live_dictionary(index)
    assert "diarrea" not in words.df and not words.others.get("es")
    assert words.df["diarrhea"] == 1


def test_a_changed_articles_old_words_leave_the_dictionary(tmp_path: Path, index: SearchIndex) -> None:
    folder = tmp_path / "en"
    make_library(folder)
    write(folder, "extra.md", "Zebrafish Basics", "/research/zebrafish", "Zebrafish help research.")
    index.update(Library.load([folder]))
    assert live_dictionary(index).df["zebrafish"] == 1
    write(folder, "extra.md", "Dizziness Basics", "/side-effects/dizziness", "Dizziness can last a while too.")
    report = index.update(Library.load([folder]))
    assert report.changed == 1 and not report.rebuilt
    words = live_dictionary(index).df
    assert "zebrafish" not in words and words["dizziness"] == 1
    assert search(index, "zebrafsh").suggestion is None


def test_with_both_languages_in_the_library_each_reader_gets_its_own_words(
    tmp_path: Path, index: SearchIndex
) -> None:
    """A library with English and Spanish articles (the Spanish interface, or a Spanish folder added in
    the English one): "diarea" is English "diarrhea" for an English reader, Spanish "diarrea" for a
    Spanish one."""
    make_library(tmp_path / "en")
    library = Library.load([tmp_path / "en", SPANISH])
    index.update(library)
    found = search(index, "diarea")
    assert found.suggestion == "diarrhea"
    assert library.get(found.hits[0].key).path.name == "diarrhea.md"
    spanish = search(index, "diarea", "es")
    assert spanish.suggestion == "diarrea"
    assert library.get(spanish.hits[0].key).path.name == "diarrea.md"


def test_an_index_without_word_records_is_rebuilt_when_it_changes(
    english: Library, index: SearchIndex, tmp_path: Path
) -> None:
    """An index made before the per-file word records cannot take a removed article's words out."""
    index.update(Library.load([tmp_path / "en", SPANISH]))
    assert index._generation is not None
    (index._generation / FILE_WORDS).unlink()
    report = index.update(english)
    assert report.rebuilt
    assert search(index, "diarea").suggestion == "diarrhea"
    assert (index._generation / FILE_WORDS).is_file()


def test_the_parallel_build_writes_the_same_word_lists(tmp_path: Path) -> None:
    make_library(tmp_path / "en")
    library = Library.load([tmp_path / "en", SPANISH])
    lists = []
    for name, parallel in (("one", False), ("many", True)):
        index = SearchIndex.open(tmp_path / name)
        try:
            index.update(library, parallel=parallel)
            lists.append(live_dictionary(index))
        finally:
            index.close()
    assert lists[0] == lists[1]
    assert "diarrea" in lists[0].others["es"] and "diarrea" not in lists[0].df


def test_spanish_words_of_removed_articles_are_not_suggested_in_a_copy(tmp_path: Path) -> None:
    """Another process (the window) that opens the index after the CLI's updates sees the same."""
    make_library(tmp_path / "en")
    spanish = tmp_path / "es"
    shutil.copytree(SPANISH, spanish)
    writer = SearchIndex.open(tmp_path / "cache")
    try:
        writer.update(Library.load([tmp_path / "en"]))
        writer.update(Library.load([tmp_path / "en", spanish]))
        writer.update(Library.load([tmp_path / "en"]))
    finally:
        writer.close()
    reader = SearchIndex.open(tmp_path / "cache")
    try:
        assert search(reader, "diarea").suggestion == "diarrhea"
        assert search(reader, "diarea", "es").suggestion == "diarrhea"  # no Spanish articles now
    finally:
        reader.close()


def test_a_removed_articles_text_is_no_word_of_the_library(tmp_path: Path, index: SearchIndex) -> None:
    """Whoosh counts a deleted document's terms until a merge: a word only a removed article used (deep
    in its text, not in the dictionary) is no word of the library any more."""
    folder = tmp_path / "en"
    make_library(folder)
    filler = "Rest and light exercise help many people feel better each day. " * 80
    write(folder, "extra.md", "Extra Notes", "/extra", filler + "A zygomatic implant was placed.")
    index.update(Library.load([folder]))
    assert search(index, "zygomatic").total == 1
    (folder / "extra.md").unlink()
    assert index.update(Library.load([folder])).removed == 1
    gone = search(index, "zygomatic")
    assert gone.total == 0 and gone.unknown_words  # "none of these words is in the library"


# The query's language (walk 6, C8 and C13) ---------------------------------------------------------


def test_spanish_small_words_are_not_searched_as_english_words() -> None:
    known = {"son", "cancer"}.__contains__
    assert english_reading("cancer de mama", known) == "cancer mama"
    assert english_reading("cáncer de la mama", known) == "cáncer mama"
    assert english_reading("son leukemia", known) == "son leukemia"  # "son" is an English word too
    assert english_reading("son leukemia", lambda word: False) == "son leukemia"  # a family word, always
    assert english_reading("what is DES", known) == "what is DES"  # read as English: unchanged
    assert english_reading("side effects of chemo", known) == "side effects of chemo"


def test_spanish_de_does_not_find_des_in_an_english_library(tmp_path: Path, index: SearchIndex) -> None:
    folder = tmp_path / "en"
    make_library(folder)
    write(folder, "des.md", "DES Exposure", "/causes/des", "Women whose mothers took DES (diethylstilbestrol).")
    library = Library.load([folder])
    index.update(library)
    assert "des.md" in file_names(index, library, "des exposure")
    found = file_names(index, library, "cancer de mama")
    assert found and "des.md" not in found


@pytest.fixture()
def with_pel(tmp_path: Path) -> Iterator[tuple[SearchIndex, Library]]:
    """The English sample, an English page that says "PEL", and the Spanish articles."""
    make_library(tmp_path / "en")
    write(tmp_path / "en", "pel.md", "Lymphoma Notes", "/types/lymphoma/notes",
          "Primary effusion lymphoma (PEL) is rare. PEL grows in body cavities.", "lymphoma")  # fmt: skip
    library = Library.load([tmp_path / "en", SPANISH])
    found = SearchIndex.open(tmp_path / "both")
    found.update(library)
    yield found, library
    found.close()


def test_a_spanish_reading_does_not_match_english_pages_by_chance(with_pel: tuple[SearchIndex, Library]) -> None:
    """Spanish "pelo" is the term "pel": it used to find the English page's "PEL", unmarked, among the
    Spanish results."""
    index, library = with_pel
    found = search(index, "se me cae el pelo", "es")
    assert [library.get(h.key).path.name for h in found.hits][0] == "caida-del-cabello.md"
    assert all(library.get(h.key).language == "es" for h in found.hits)
    assert found.total == len(found.hits)
    assert all(library.get(key).language == "es" for key in found.matched_keys)


def test_a_spanish_reading_keeps_english_pages_the_typed_word_finds(with_pel: tuple[SearchIndex, Library]) -> None:
    """A word both languages write alike (a drug's name) still finds the English pages, after the Spanish."""
    index, library = with_pel
    names = file_names(index, library, "pembrolizumab", "es")
    assert "breast-immuno.md" in names
    assert library.get(search(index, "pembrolizumab", "es").hits[0].key).language == "es"
