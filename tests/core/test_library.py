"""A library of folders: good files load, bad ones are listed with reasons, duplicates noted."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.cli import main
from reader.core.library.catalog import Library
from tests.helpers import SEED_ARTICLE, SEEDS, write_article


def test_loads_recursively_and_reports_bad_files(tmp_path: Path) -> None:
    lib_dir = tmp_path / "clinic"
    write_article(lib_dir / "deep" / "er", "a.md", "A", "/a", "Body A")
    write_article(lib_dir, "b.markdown", "B", "/b", "Body B")
    (lib_dir / "notes.txt").write_text("not an article")
    (lib_dir / "broken.md").write_text("---\ntitle: [oops\n---\n")
    (lib_dir / "empty.md").write_text("")
    library = Library.load([lib_dir])
    assert sorted(a.title for a in library) == ["A", "B"]
    reasons = {s.path.name: s.reason for s in library.errors}
    assert set(reasons) == {"broken.md", "empty.md"}
    assert "YAML" in reasons["broken.md"]
    assert library.reports[0].loaded == 2


def test_duplicate_url_keeps_first_and_is_not_an_error(tmp_path: Path) -> None:
    write_article(tmp_path / "one", "x.md", "First", "https://www.cancer.gov/same/", "1")
    write_article(tmp_path / "two", "y.md", "Second", "https://www.cancer.gov/same", "2")
    library = Library.load([tmp_path / "one", tmp_path / "two"])
    assert [a.title for a in library] == ["First"]
    assert library.errors == []
    assert "same web address" in library.skipped[0].reason


def test_inactive_status_hidden_by_default(tmp_path: Path) -> None:
    write_article(tmp_path, "old.md", "Old", "/old", "gone", status="retired")
    write_article(tmp_path, "new.md", "New", "/new", "here", status='"active"')
    assert [a.title for a in Library.load([tmp_path])] == ["New"]
    assert {a.title for a in Library.load([tmp_path], include_inactive=True)} == {"Old", "New"}


def test_missing_folder_is_reported_not_fatal(tmp_path: Path) -> None:
    library = Library.load([tmp_path / "nope", SEEDS])
    assert len(library) == 1
    assert library.reports[0].missing == "this folder does not exist"


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    write_article(tmp_path / "lib", "a.md", "A", "/a", "Body")
    (tmp_path / "lib" / "loop").symlink_to(tmp_path / "lib")
    assert [a.title for a in Library.load([tmp_path / "lib"])] == ["A"]


def test_lookup_by_url_path_and_key() -> None:
    library = Library.load([SEEDS])
    article = library.by_url("https://www.cancer.gov/types/breast/treatment/immunotherapy/#x")
    assert article is not None
    assert library.by_url("/types/breast/treatment/immunotherapy") is article
    assert library.get(article.key) is article
    assert library.find(article.key) is article
    assert library.by_url("/types/lung") is None


def test_check_command_reports_folders(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    shutil.copy(SEED_ARTICLE, tmp_path / "dup.md")
    (tmp_path / "bad.md").write_bytes(b"\x00\x01")
    code = main(["check", "--library", str(tmp_path), "--data-dir", str(tmp_path / "d")])
    out = capsys.readouterr().out
    assert code == 1  # a file could not be loaded: a script running check can tell
    assert "error: " in out and "bad.md" in out and "not text" in out
    assert "note: " in out and "same web address" in out
    assert "Total: 1 distinct articles loaded; 1 files could not be loaded." in out


def test_check_command_exits_0_only_when_everything_loaded(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    shutil.copy(SEED_ARTICLE, tmp_path / "a.md")
    shutil.copy(SEED_ARTICLE, tmp_path / "dup.md")  # a duplicate is a note, not a problem
    assert main(["check", "--library", str(tmp_path), "--data-dir", str(tmp_path / "d")]) == 0
    gone = str(tmp_path / "gone")
    assert main(["check", "--library", str(tmp_path), "--library", gone, "--data-dir", str(tmp_path / "d")]) == 1
    assert "gone: this folder does not exist" in capsys.readouterr().out


def test_check_command_fails_when_nothing_loads(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("reader.context.bundled_library", lambda: tmp_path / "no-seeds")
    assert main(["--library", str(tmp_path / "missing"), "check"]) == 1
