"""The glossary's data gate: the bundled entries pass every quality check, and each check catches its fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.glossary.entries import (
    FORMAT_NAME,
    Glossary,
    GlossaryEntry,
    bundled_file_name,
    bundled_glossary_path,
    read_bundled,
)
from reader.core.glossary.quality import (
    FAIL_GRADE,
    NOT_REVIEWED,
    REPORT_GRADE,
    alias_problems,
    copied_runs,
    corpus_texts,
    definition_problems,
    duplicate_problems,
    grade_report,
    identical_definition_problems,
    is_circular,
    review_problems,
)
from reader.core.library.readability import fk_grade, syllables

GOOD = "A thin tube put into the body to let fluids in or out, such as drugs into a vein."


def entry(term: str, definition: str = GOOD, **extra: object) -> GlossaryEntry:
    """A small entry for the negative tests; reviewed unless told otherwise."""
    fields: dict = {"review": "second pass (T), ok"} | extra
    return GlossaryEntry(
        fields.pop("id", ""), fields.pop("slug", term.replace(" ", "-")), term, definition, **fields
    )


@pytest.fixture(scope="module")
def bundled() -> list[GlossaryEntry]:
    return read_bundled(bundled_glossary_path())


# The bundled data passes the gate


def test_bundled_glossary_loads_from_split_files(bundled: list[GlossaryEntry]) -> None:
    folder = bundled_glossary_path()
    assert not (folder.parent / "glossary.json").exists()
    names = sorted(p.name for p in folder.glob("*.json"))
    assert "a.json" in names and len(names) >= 20 and len(bundled) >= 2000
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == FORMAT_NAME
        for item in data["entries"]:
            assert bundled_file_name(item["term"]) == path.name, item["term"]
            assert set(item) >= {"ids", "slugs", "term", "aliases", "related", "pronunciation",
                                 "definition", "written", "review"}, item["term"]  # fmt: skip
    assert not Glossary.load(None).problems


def test_bundled_definitions_pass(bundled: list[GlossaryEntry]) -> None:
    problems = [p for e in bundled for p in definition_problems(e)]
    assert problems == []


def test_bundled_grade_report(bundled: list[GlossaryEntry]) -> None:
    median, above = grade_report(bundled)
    print(
        f"\nglossary grade: median {median:.1f}; {len(above)} of {len(bundled)} above grade {REPORT_GRADE:g}"
    )
    for term, grade in above[:15]:
        print(f"  {grade:4.1f} {term}")
    assert median <= REPORT_GRADE and all(grade <= FAIL_GRADE for _, grade in above)


def test_bundled_has_no_duplicates(bundled: list[GlossaryEntry]) -> None:
    assert duplicate_problems(bundled) == []
    assert identical_definition_problems(bundled) == []


def test_bundled_aliases_pass(bundled: list[GlossaryEntry]) -> None:
    assert alias_problems(bundled) == []


def test_bundled_entries_record_a_review(bundled: list[GlossaryEntry]) -> None:
    assert review_problems(bundled) == []
    waiting = sum(e.review.startswith(NOT_REVIEWED) for e in bundled)
    print(f"\nglossary review: {len(bundled) - waiting} of {len(bundled)} entries have a second-pass review")


@pytest.mark.corpus
def test_bundled_definitions_are_not_copied_from_the_corpus(
    bundled: list[GlossaryEntry], corpus: Path
) -> None:
    assert copied_runs(bundled, corpus_texts(corpus)) == {}


# Each check catches its fault


def test_definition_checks_catch_each_fault() -> None:
    assert definition_problems(entry("catheter")) == []
    assert definition_problems(entry("catheter", "")) == ["catheter: empty definition"]
    assert definition_problems(entry("catheter", "Tube.")) == ["catheter: one-word definition"]
    long = " ".join(["A short word."] * 21)
    assert any("63 words" in p for p in definition_problems(entry("catheter", long)))
    circular = definition_problems(entry("port", "A port is a port that you get at the clinic."))
    assert circular == ["port: circular definition"]
    hard = "Immunohistochemical characterization demonstrates heterogeneous neuroendocrine differentiation."
    assert fk_grade(hard) > FAIL_GRADE
    assert any("reading grade" in p for p in definition_problems(entry("stain", hard)))


def test_circular_check_allows_definitions_that_use_the_word_later() -> None:
    assert not is_circular("cancer", "A disease in which cells grow out of control, as in breast cancer.")
    assert is_circular("CT scan", "A CT scan is a scan.") and is_circular("tumor", "tumor.")


def test_grade_level_matches_flesch_kincaid() -> None:
    assert [syllables(w) for w in ("cat", "table", "chemotherapy", "made")] == [1, 2, 5, 1]
    assert fk_grade("The cat sat on the mat.") < 2
    assert fk_grade("") == 0.0
    median, above = grade_report([entry("a"), entry("b", "Immunohistochemical characterization is hard.")])
    assert [term for term, _ in above] == ["b"] and median > 0


def test_duplicate_check_catches_terms_ids_and_slugs() -> None:
    assert duplicate_problems([entry("port", id="1"), entry("stent", id="2")]) == []
    assert duplicate_problems([entry("port", id="1"), entry("Port", id="2", slug="x")]) == [
        "term 'port' is in 2 entries: port, Port"
    ]
    assert duplicate_problems([entry("port", id="1"), entry("stent", id="1")]) == [
        "id 1 is in 2 entries: port, stent"
    ]
    found = duplicate_problems([entry("port", slug="p"), entry("stent", other_slugs=("p",))])
    assert found == ["slug p is in 2 entries: port, stent"]


def test_identical_definitions_fail_unless_one_is_an_alias() -> None:
    assert identical_definition_problems([entry("port"), entry("stent")]) == [
        "port and stent have the same definition"
    ]
    assert identical_definition_problems([entry("port", aliases=("stent",)), entry("stent")]) == []


def test_alias_checks_catch_each_fault() -> None:
    assert alias_problems([entry("CT scan", aliases=("CAT scan",))]) == []
    assert alias_problems([entry("milk duct", aliases=("ducts",))]) == [
        "milk duct: alias 'ducts' is a generic word"
    ]
    assert alias_problems([entry("aromatase inhibitor", aliases=("AI",))]) == [
        "aromatase inhibitor: alias 'AI' is under 3 characters"
    ]
    assert alias_problems([entry("metastatic", aliases=("metastasis",)), entry("metastasis")]) == [
        "metastatic: alias 'metastasis' is the term of another entry"
    ]
    shared = alias_problems(
        [entry("vein", aliases=("blood vessels",)), entry("artery", aliases=("blood vessels",))]
    )
    assert shared == ["alias 'blood vessels' is shared by vein, artery"]


def test_review_check_catches_a_missing_note() -> None:
    assert review_problems([entry("port"), entry("stent", review=NOT_REVIEWED)]) == []
    assert review_problems([entry("port", review="")]) == ["port: no review note"]


def test_copy_check_finds_eight_words_in_a_row() -> None:
    article = "Intro. A [thin tube](https://x/y) put into the body to let fluids in or out, such as urine."
    assert copied_runs([entry("catheter")], [article]) == {"catheter": "a thin tube put into the body to"}
    seven = "A thin tube put into the body. Then to let fluids in."
    assert copied_runs([entry("catheter")], [seven]) == {}
    both = copied_runs([entry("port"), entry("stent")], [GOOD])
    assert set(both) == {"port", "stent"}
