"""The glossary: loading, precedence, lookups, import formats and bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.core.files.locations import bundled_library
from reader.core.glossary.entries import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Glossary,
    GlossaryEntry,
    bundled_glossary_path,
    normalize_id,
    read_bundled,
    read_glossary_file,
    user_glossary_path,
    write_glossary_file,
)
from reader.core.glossary.fragments import NO_DEFINITION, definition_html
from reader.core.glossary.importer import (
    MAX_FILE_BYTES,
    GlossaryImportError,
    html_to_text,
    import_file,
)
from reader.core.library.links import classify, glossary_term_id
from reader.core.render.page import GlossaryUse

CHEMO = GlossaryEntry(
    "45214", "chemotherapy", "chemotherapy", "Drugs that kill cancer cells.", "KEE-moh", ("chemo",)
)
COPING = GlossaryEntry("", "coping-skills", "coping skills", "Ways to deal with stress.")
LINK = re.compile(r"\]\(([^)\s]+)")


def write_bundled(tmp_path: Path, *entries: GlossaryEntry) -> Path:
    path = tmp_path / "bundled.json"
    write_glossary_file(path, entries)
    return path


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    return write_bundled(tmp_path, CHEMO, COPING)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def nci_record(term_id: int = 45214, name: str = "chemotherapy", **extra: object) -> dict[str, object]:
    record: dict[str, object] = {
        "termId": term_id,
        "language": "en",
        "audience": "Patient",
        "termName": name,
        "prettyUrlName": name.replace(" ", "-"),
        "definition": {"text": f"NCI text for {name}.", "html": f"<b>NCI</b> text for {name}."},
        "pronunciation": {"key": "(KEE-moh-THAYR-uh-pee)", "audio": "x.mp3"},
    }
    record.update(extra)
    return record


# Loading and lookups


def test_bundled_file_round_trips(tmp_path: Path) -> None:
    path = write_bundled(tmp_path, CHEMO, COPING)
    assert sorted(read_glossary_file(path), key=lambda e: e.term) == [CHEMO, COPING]
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == FORMAT_VERSION


def test_lookups_by_id_slug_term_and_alias(bundled: Path) -> None:
    glossary = Glossary.load(None, bundled)
    assert glossary.by_id("45214") is CHEMO or glossary.by_id("45214") == CHEMO
    assert glossary.by_id(45214) == CHEMO
    assert glossary.lookup("CDR0000045214") == CHEMO
    assert glossary.lookup("coping-skills") == COPING
    assert glossary.lookup("Coping Skills") == COPING
    assert glossary.lookup("  CHEMO ") == CHEMO
    assert glossary.lookup("**Chemotherapy**") == CHEMO
    assert glossary.lookup("99999") is None
    assert glossary.lookup("surgery") is None
    assert glossary.lookup("") is None


def test_entries_are_sorted_a_to_z(tmp_path: Path) -> None:
    zebra = GlossaryEntry("1", "zebra", "Zebra", "An animal.")
    apple = GlossaryEntry("2", "apple", "apple", "A fruit.")
    glossary = Glossary.load(None, write_bundled(tmp_path, zebra, CHEMO, apple))
    assert [e.term for e in glossary.entries()] == ["apple", "chemotherapy", "Zebra"]


def test_normalize_id() -> None:
    assert normalize_id("CDR0000045214") == "45214"
    assert normalize_id(45214) == "45214"
    assert normalize_id("coping-skills") == ""


def test_user_entries_take_precedence(bundled: Path, data_dir: Path) -> None:
    mine = GlossaryEntry("45214", "chemotherapy", "chemotherapy", "Our clinic's words.")
    no_id = GlossaryEntry("", "coping-skills", "Coping skills", "Our own coping words.")
    write_glossary_file(user_glossary_path(data_dir), [mine, no_id])
    glossary = Glossary.load(data_dir, bundled)
    assert glossary.by_id("45214") == mine
    assert glossary.lookup("coping skills") == no_id
    assert len(glossary) == 2
    assert glossary.lookup("chemo") is None  # the replaced entry's aliases go with it


def test_imported_entry_without_id_takes_over_the_bundled_id(bundled: Path, data_dir: Path) -> None:
    write_glossary_file(
        user_glossary_path(data_dir), [GlossaryEntry("", "chemotherapy", "Chemotherapy", "Mine.")]
    )
    glossary = Glossary.load(data_dir, bundled)
    entry = glossary.by_id("45214")
    assert entry is not None and entry.definition == "Mine."


def test_words_in_article_are_unique_and_in_order(bundled: Path) -> None:
    glossary = Glossary.load(None, bundled)
    uses = [
        GlossaryUse("45214", "chemotherapy"),
        GlossaryUse("coping-skills", "coping skills"),
        GlossaryUse("45214", "chemo"),
        GlossaryUse("12345", "mystery word"),
        GlossaryUse("12345", "mystery word"),
    ]
    words = glossary.words_in_article(uses)
    assert [(w.term_id, w.entry) for w in words] == [
        ("45214", CHEMO),
        ("coping-skills", COPING),
        ("12345", None),
    ]
    assert words[2].text == "mystery word"


def test_damaged_user_file_is_moved_aside(bundled: Path, data_dir: Path) -> None:
    user_file = user_glossary_path(data_dir)
    user_file.write_text('{"format": "cancer-reader-glossary", "version": 1, "entries": [', encoding="utf-8")
    glossary = Glossary.load(data_dir, bundled)
    assert glossary.by_id("45214") == CHEMO
    assert not user_file.exists()
    kept = list(data_dir.glob("glossary.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").endswith("[")
    assert len(glossary.problems) == 1 and kept[0].name in glossary.problems[0]


def test_newer_user_file_is_not_used_but_kept(bundled: Path, data_dir: Path) -> None:
    user_glossary_path(data_dir).write_text(json.dumps({"format": FORMAT_NAME, "version": 99, "entries": []}))
    glossary = Glossary.load(data_dir, bundled)
    assert glossary.problems and list(data_dir.glob("glossary.json.damaged-*"))


# Import: each format


def test_import_own_json(bundled: Path, data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "clinic.json"
    write_glossary_file(source, [GlossaryEntry("777", "port", "port", "A small device under the skin.")])
    result = import_file(source, data_dir, bundled)
    assert [e.term for e in result.added] == ["port"] and not result.replaced and not result.rejected
    assert Glossary.load(data_dir, bundled).lookup("777") is not None


def test_import_csv_with_optional_columns(bundled: Path, data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "terms.csv"
    source.write_text(
        "\ufeffTerm,Definition,id,Pronunciation,Aliases\n"
        'port,"A small device, put under the skin.",777,,port-a-cath;portacath|mediport\n'
        "chemotherapy,Clinic wording for chemo.,,,\n"
        "no definition here,,,,\n"
        '"broken, row",too,many,columns,here,really\n',
        encoding="utf-8",
    )
    result = import_file(source, data_dir, bundled)
    assert [e.term for e in result.added] == ["port"]
    assert [e.term for e in result.replaced] == ["chemotherapy"]
    assert [r.where for r in result.rejected] == ["line 4", "line 5"]
    assert "no definition" in result.rejected[0].reason
    glossary = Glossary.load(data_dir, bundled)
    port = glossary.lookup("mediport")
    assert port is not None and port.definition == "A small device, put under the skin." and port.id == "777"
    assert glossary.lookup("portacath") == port
    chemo = glossary.by_id("45214")
    assert chemo is not None and chemo.definition == "Clinic wording for chemo."


@pytest.mark.parametrize("layout", ["object", "array", "lines", "results"])
def test_import_nci_json(layout: str, bundled: Path, data_dir: Path, tmp_path: Path) -> None:
    records = [nci_record(), nci_record(46356, "immune system")]
    text = {
        "object": json.dumps(records[1]),
        "array": json.dumps(records),
        "lines": "\n".join(json.dumps(r) for r in records) + "\n",
        "results": json.dumps({"meta": {"totalResults": 2}, "results": records}),
    }[layout]
    source = tmp_path / ("terms.jsonl" if layout == "lines" else "terms.json")
    source.write_text(text, encoding="utf-8")
    result = import_file(source, data_dir, bundled)
    assert result.format == "NCI dictionary JSON"
    assert [e.term for e in result.added] == ["immune system"]
    assert [e.term for e in result.replaced] == ([] if layout == "object" else ["chemotherapy"])
    entry = Glossary.load(data_dir, bundled).lookup("immune-system")
    assert entry is not None and entry.id == "46356"
    assert entry.pronunciation == "KEE-moh-THAYR-uh-pee"
    assert entry.definition == "NCI text for immune system."
    assert "NCI Dictionary of Cancer Terms" in entry.source


def test_nci_html_definition_is_stripped_safely(bundled: Path, data_dir: Path, tmp_path: Path) -> None:
    html = '<p>A <a href="javascript:x()">drug</a> &amp; more.<script>alert(1)</script><style>p{}</style></p>'
    record = nci_record(1, "thing", definition={"html": html})
    source = tmp_path / "one.json"
    source.write_text(json.dumps(record), encoding="utf-8")
    import_file(source, data_dir, bundled)
    entry = Glossary.load(data_dir, bundled).by_id(1)
    assert entry is not None and entry.definition == "A drug & more."
    assert html_to_text("<b>x</b>&lt;y&gt;") == "x <y>"


def test_nci_rejections_have_reasons(bundled: Path, data_dir: Path, tmp_path: Path) -> None:
    records = [
        nci_record(1, "first"),
        nci_record(2, "french", language="fr"),  # Spanish is accepted (issue 16); French is not yet
        {"termId": 3},
        nci_record(4, "hp one", audience="HealthProfessional"),
        nci_record(4, "hp one"),
        nci_record(1, "first"),
        nci_record("abc", "bad id"),
    ]
    source = tmp_path / "mixed.json"
    source.write_text(json.dumps(records), encoding="utf-8")
    result = import_file(source, data_dir, bundled)
    assert sorted(e.term for e in result.added) == ["first", "hp one"]
    reasons = " / ".join(str(r) for r in result.rejected)
    assert "another language" in reasons and "no termName" in reasons
    assert "patient version" in reasons and "already in the file" in reasons and "not a number" in reasons
    assert len(result.rejected) == 5
    entry = Glossary.load(data_dir, bundled).by_id(4)
    assert entry is not None and "health professional" not in entry.source


# Import: bad input leaves the user's glossary untouched


@pytest.fixture
def existing_user_file(data_dir: Path) -> bytes:
    write_glossary_file(user_glossary_path(data_dir), [GlossaryEntry("5", "kept", "kept", "Still here.")])
    return user_glossary_path(data_dir).read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.json", b"", "empty"),
        ("blank.csv", b"  \n\n", "empty"),
        ("picture.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        ("latin1.csv", "term,definition\nca\xf1cer,x\n".encode("latin-1"), "UTF-8"),
        ("page.json", b"<html><body>Not found</body></html>", "not valid JSON"),
        ("cut.json", json.dumps([nci_record()]).encode()[:-20], "not valid JSON"),
        ("half.jsonl", (json.dumps(nci_record()) + "\n{broken\n").encode(), "line 2"),
        ("other.json", json.dumps({"name": "x", "items": [1, 2]}).encode(), "neither"),
        ("numbers.json", b"[1, 2, 3]", "neither"),
        ("json.csv", json.dumps([nci_record()]).encode(), "holds JSON"),
        ("columns.csv", b"word,meaning\nport,a device\n", "'term' and 'definition'"),
        ("quote.csv", b'term,definition\nport,"a device\n', "broken"),
        ("nothing.csv", b"term,definition\nport,\n,orphan\n", "Nothing in this file"),
        ("nodefs.json", json.dumps([{"termId": 1, "termName": "x"}]).encode(), "Nothing in this file"),
        ("newer.json", json.dumps({"format": FORMAT_NAME, "version": 9, "entries": []}).encode(), "newer"),
        ("foreign.json", json.dumps({"format": "something-else", "entries": []}).encode(), "does not know"),
    ],
)
def test_bad_files_change_nothing(
    name: str, content: bytes, message: str, tmp_path: Path, data_dir: Path, bundled: Path,
    existing_user_file: bytes,
) -> None:  # fmt: skip
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(GlossaryImportError, match=re.escape(message)):
        import_file(source, data_dir, bundled)
    assert user_glossary_path(data_dir).read_bytes() == existing_user_file
    assert sorted(p.name for p in data_dir.iterdir()) == ["glossary.json"]


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, data_dir: Path, bundled: Path, existing_user_file: bytes
) -> None:
    source = tmp_path / "huge.json"
    with source.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk space
    with pytest.raises(GlossaryImportError, match="largest glossary file"):
        import_file(source, data_dir, bundled)
    assert user_glossary_path(data_dir).read_bytes() == existing_user_file


def test_missing_file_is_a_clear_error(tmp_path: Path, data_dir: Path, bundled: Path) -> None:
    with pytest.raises(GlossaryImportError, match="no file"):
        import_file(tmp_path / "nope.csv", data_dir, bundled)


def test_import_moves_a_damaged_user_file_aside(tmp_path: Path, data_dir: Path, bundled: Path) -> None:
    user_glossary_path(data_dir).write_text("not json", encoding="utf-8")
    source = tmp_path / "a.csv"
    source.write_text("term,definition\nport,A device.\n", encoding="utf-8")
    result = import_file(source, data_dir, bundled)
    assert result.messages and "kept as glossary.json.damaged-" in result.messages[0]
    assert [p.read_text() for p in data_dir.glob("glossary.json.damaged-*")] == ["not json"]
    assert [e.term for e in read_glossary_file(user_glossary_path(data_dir))] == ["port"]


def test_second_import_keeps_earlier_imports(tmp_path: Path, data_dir: Path, bundled: Path) -> None:
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    first.write_text("term,definition\nport,A device.\n", encoding="utf-8")
    second.write_text("term,definition\nstent,A tube.\nport,A device.\n", encoding="utf-8")
    import_file(first, data_dir, bundled)
    result = import_file(second, data_dir, bundled)
    assert [e.term for e in result.added] == ["stent"] and [e.term for e in result.unchanged] == ["port"]
    assert {e.term for e in read_glossary_file(user_glossary_path(data_dir))} == {"port", "stent"}


# The bundled glossary


def test_bundled_glossary_covers_every_seed_link() -> None:
    glossary = Glossary.load(None, bundled_glossary_path())
    assert not glossary.problems and len(glossary) >= 150
    term_ids = [
        term_id
        for path in sorted(bundled_library().glob("*.md"))
        for href in LINK.findall(path.read_text(encoding="utf-8"))
        if (term_id := glossary_term_id(href)) is not None
    ]
    assert len(term_ids) >= 3
    missing = sorted({t for t in term_ids if glossary.lookup(t) is None})
    assert missing == []
    for words in ("immune system", "biomarker", "chemotherapy"):
        assert glossary.lookup(words) is not None


def test_bundled_entries_are_short_and_complete() -> None:
    entries = read_bundled(bundled_glossary_path())
    ids = [i for e in entries for i in e.ids]
    assert len(ids) == len(set(ids)) and all(e.ids or e.slugs for e in entries)
    for entry in entries:
        assert entry.term and entry.slug and 20 <= len(entry.definition) <= 400, entry.term
        assert "<" not in entry.definition and entry.language == "en"


@pytest.mark.parametrize(
    ("words", "href", "term"),
    [
        ("alopecia", "/Common/PopUps/popDefinition.aspx?id=CDR0000044642&version=Patient&language=English", "alopecia"),
        ("seroma", "/Common/PopUps/popDefinition.aspx?id=CDR0000703281&version=Patient&language=en", "seroma"),
        ("G-CSF", "/Common/PopUps/popDefinition.aspx?id=CDR0000046075&version=Patient&language=en",
         "granulocyte colony-stimulating factor"),
        ("stage III", "/Common/PopUps/popDefinition.aspx?id=CDR0000640047&version=Patient&language=en",
         "stage III lymphedema"),
        ("stage I", "/Common/PopUps/popDefinition.aspx?id=748780&version=patient&language=English&dictionary=Cancer.gov",
         "stage I gestational trophoblastic tumor"),
    ],
)  # fmt: skip
def test_patient_page_words_found_missing_by_walk7_now_have_definitions(
    words: str, href: str, term: str
) -> None:
    """Words patients hover on side-effect and surgery pages (tester's finding C3) show a definition, not the
    'not in the offline glossary' note: the link goes through the same classify + lookup as the tooltip."""
    glossary = Glossary.load(None, bundled_glossary_path())
    link = classify(href)
    assert link.kind == "glossary"
    shown = definition_html(glossary.lookup(link.target), words)
    assert NO_DEFINITION not in shown
    assert f"<b>{term}</b>" in shown
