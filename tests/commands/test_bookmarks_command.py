"""`cancer-reader bookmarks list | export | import`, with --data-dir, as staff would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from reader.cli import main
from reader.core.bookmarks.store import BookmarkStore, store_path

SEED_URL = "https://www.cancer.gov/types/breast/treatment/immunotherapy"


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    """A JSON export with one bookmark in the bundled library, one that is not, and a question."""
    source = BookmarkStore(tmp_path / "elsewhere" / "bookmarks.json")
    note = source.add("seed", SEED_URL, "Immunotherapy for breast cancer", heading="Side effects")
    source.set_note(note.id, "Ask about the rash")
    source.add("gone", "https://www.cancer.gov/types/lung", "Lung cancer")
    source.set_asked(source.add_question("Can I keep working?").id)
    path = tmp_path / "move.json"
    source.export_json(path)
    return path


def test_import_then_list_in_the_given_data_folder(
    tmp_path: Path, export_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["bookmarks", "import", str(export_file), "--data-dir", str(data)]) == 0
    assert "2 bookmarks and 1 question added." in capsys.readouterr().out
    assert main(["--data-dir", str(data), "bookmarks", "import", str(export_file)]) == 0
    assert "0 bookmarks and 0 questions added; 3 already there." in capsys.readouterr().out
    assert main(["--data-dir", str(data), "bookmarks", "list"]) == 0
    out = capsys.readouterr().out
    assert "* Immunotherapy for breast cancer\n    Section: Side effects\n    " + SEED_URL in out
    assert "Note: Ask about the rash" in out
    assert "* Lung cancer  [not available in this library]" in out
    assert "[x] Can I keep working?" in out
    assert len(BookmarkStore(store_path(data)).bookmarks) == 2


def test_export_json_html_and_pdf(
    qapp: object, tmp_path: Path, export_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    main(["bookmarks", "import", str(export_file), *data])
    for name in ("out.json", "out.html", "out.pdf"):
        assert main(["bookmarks", "export", str(tmp_path / name), *data]) == 0
        assert f"Saved 2 bookmarks and 1 question to {tmp_path / name}" in capsys.readouterr().out
    assert len(json.loads((tmp_path / "out.json").read_text())["bookmarks"]) == 2
    page = (tmp_path / "out.html").read_text()
    assert "Questions for my doctor" in page and SEED_URL in page and "Ask about the rash" in page
    text = " ".join(pypdf.PdfReader(tmp_path / "out.pdf").pages[0].extract_text().split())
    assert "Questions for my doctor" in text and "Can I keep working?" in text
    assert "Web address: https://www.cancer.gov/types/breast/treatment/" in text
    assert "not in the reader's library" in text  # the lung cancer bookmark
    # laid out like an article handout (one pipeline): the footer line with page numbers, A4 paper
    pdf = pypdf.PdfReader(tmp_path / "out.pdf")
    pages = len(pdf.pages)
    assert f"My questions and reading notes · Page 1 of {pages}" in text
    assert pdf.metadata is not None and pdf.metadata.title == "My questions and reading notes"
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert main(["bookmarks", "export", str(tmp_path / "out.docx"), *data]) == 2
    assert "ending in .pdf, .html or .json" in capsys.readouterr().err


def test_damaged_store_is_moved_aside_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "bookmarks.json").write_text(
        '{"version": 1, "bookmarks": [{"key": "a", "url": "u", "title": "Kept"},'
    )
    assert main(["bookmarks", "list", "--data-dir", str(data)]) == 0
    captured = capsys.readouterr()
    (aside,) = data.glob("bookmarks.json.damaged-*")
    assert f"The old file was saved as {aside}" in captured.err
    assert "* Kept" in captured.out


def test_importing_a_file_that_is_not_an_export_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    assert main(["bookmarks", "import", str(bad), "--data-dir", str(tmp_path / "d")]) == 1
    assert "Your bookmarks were not changed." in capsys.readouterr().err
    assert not (tmp_path / "d" / "bookmarks.json").exists()
