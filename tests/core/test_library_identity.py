"""Identity and content checks: files that differ only in folder, real duplicates, junk files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import CatalogCache
from tests.helpers import write_article


def _note(folder: Path, name: str, title: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: {title}\n---\n\n{body}\n", encoding="utf-8")
    return path


def test_files_that_differ_only_in_folder_are_two_articles(tmp_path: Path) -> None:
    _note(tmp_path / "lib" / "a", "questions.md", "Questions before surgery", "Ask about pain.")
    _note(tmp_path / "lib" / "b", "questions.md", "Questions about money", "Ask about costs.")
    library = Library.load([tmp_path / "lib"])
    assert sorted(a.title for a in library) == ["Questions about money", "Questions before surgery"]
    assert len({a.key for a in library}) == 2
    assert library.skipped == []


def test_same_place_in_two_library_folders_keeps_both(tmp_path: Path) -> None:
    _note(tmp_path / "one", "notes.md", "Parking", "Where to park.")
    _note(tmp_path / "two", "notes.md", "Visiting hours", "Open at nine.")
    library = Library.load([tmp_path / "one", tmp_path / "two"])
    assert sorted(a.title for a in library) == ["Parking", "Visiting hours"]
    assert len({a.key for a in library}) == 2


def test_keys_without_url_are_stable_and_come_from_the_path_in_the_folder(tmp_path: Path) -> None:
    _note(tmp_path / "lib" / "a", "questions.md", "Q", "Ask.")
    first = Library.load([tmp_path / "lib"]).articles[0]
    moved = tmp_path / "elsewhere"
    (tmp_path / "lib").rename(moved)
    again = Library.load([moved]).articles[0]
    assert first.key == again.key
    assert first.rel_path == "a/questions.md"


def test_same_bytes_in_two_places_is_a_reported_duplicate(tmp_path: Path) -> None:
    _note(tmp_path / "lib" / "a", "x.md", "Same", "Same text.")
    _note(tmp_path / "lib" / "b", "y.md", "Same", "Same text.")
    library = Library.load([tmp_path / "lib"])
    assert len(library) == 1
    assert library.errors == []
    assert "same content" in library.skipped[0].reason


def test_same_url_is_still_a_reported_duplicate(tmp_path: Path) -> None:
    write_article(tmp_path / "one", "x.md", "First", "https://www.cancer.gov/same", "One text.")
    write_article(tmp_path / "two", "x.md", "Second", "https://www.cancer.gov/same", "Another text.")
    library = Library.load([tmp_path / "one", tmp_path / "two"])
    assert [a.title for a in library] == ["First"]
    assert "same web address" in library.skipped[0].reason


def test_identity_survives_the_catalog_cache(tmp_path: Path) -> None:
    _note(tmp_path / "lib" / "a", "questions.md", "A", "Ask a.")
    _note(tmp_path / "lib" / "b", "questions.md", "B", "Ask b.")
    cache = tmp_path / "catalog.json"
    cold = Library.load([tmp_path / "lib"], catalog=CatalogCache(cache))
    warm = Library.load([tmp_path / "lib"], catalog=CatalogCache(cache))
    assert sorted(a.key for a in cold) == sorted(a.key for a in warm)
    assert len(warm) == 2


MOBI_HEADER = b"Coping with advanced cancer".ljust(60, b"\x00") + b"BOOKMOBI" + bytes(range(1, 200))

JUNK = {
    "ebook.md": MOBI_HEADER,
    "ebook-no-nul.md": b"x" * 60 + b"BOOKMOBI" + b"\x01\x02\x03" * 50,
    "controls.md": b"---\ntitle: T\n---\n" + b"\x01\x02\x03\x04\x05abc" * 200,
    "latin1.md": "---\ntitle: Caf\u00e9\n---\n\nS\u00e9ance d'information.".encode("latin-1"),
    "pdf.md": b"%PDF-1.4\n%\xe2\xe3\n1 0 obj",
    "empty-body.md": b"---\ntitle: Nothing here\nurl: /empty\n---\n\n   \n",
    "title-only.md": b"---\ntitle: Only a title\n---\n# Only a title\n",
    "javascript.md": b"---\ntitle: Facebook\nurl: https://facebook.com/nci\n---\n\nYou need to enable JavaScript to run this app.\n",
    "pictures-only.md": b"---\ntitle: Pictures\n---\n\n![Enlarge Image](/images/a.jpg)\n<div></div>\n",
}


@pytest.mark.parametrize("name", sorted(JUNK))
def test_junk_files_are_skipped_with_a_reason_and_counted(tmp_path: Path, name: str) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / name).write_bytes(JUNK[name])
    write_article(lib, "good.md", "Good", "/good", "A real article about coping.")
    library = Library.load([lib])
    assert [a.title for a in library] == ["Good"]
    [skipped] = library.errors
    assert skipped.path.name == name
    assert skipped.reason.startswith("the ")


def test_reasons_say_what_is_wrong(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for name in ("ebook.md", "latin1.md", "javascript.md", "empty-body.md"):
        (lib / name).write_bytes(JUNK[name])
    reasons = {s.path.name: s.reason for s in Library.load([lib]).errors}
    assert "e-book" in reasons["ebook.md"]
    assert "not UTF-8" in reasons["latin1.md"]
    assert "JavaScript" in reasons["javascript.md"]
    assert "no readable text" in reasons["empty-body.md"]


def test_check_prints_junk_as_could_not_be_loaded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for name in ("ebook.md", "javascript.md", "latin1.md"):
        (lib / name).write_bytes(JUNK[name])
    write_article(lib, "good.md", "Good", "/good", "Real text.")
    main(["check", "--library", str(lib), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c")])
    out = capsys.readouterr().out
    assert "3 files could not be loaded" in out
    assert "ebook.md" in out and "e-book" in out
    assert "javascript.md" in out


def test_a_short_real_note_still_loads(tmp_path: Path) -> None:
    _note(tmp_path, "parking.md", "Parking", "Where to park.")
    assert [a.title for a in Library.load([tmp_path])] == ["Parking"]
