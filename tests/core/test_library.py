"""A library of folders: good files load, bad ones are listed with reasons, duplicates noted."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library.catalog import (
    MAX_FILES_NAMED_LIKE,
    Library,
    Skipped,
    find_by_file_name,
    iter_article_files,
)
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


# The article asked for at a first start, from a file named after its address -----------------------------


def test_the_article_asked_for_is_found_by_its_file_name_before_the_library_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write_article(folder, "types-breast-what-is-breast-cancer.md", "What Is Breast Cancer?",
                  "https://www.cancer.gov/types/breast/what-is-breast-cancer", "Body.")  # fmt: skip
    write_article(folder, "types-breast.md", "Breast Cancer", "https://www.cancer.gov/types/breast", "Hub.")
    found = find_by_file_name([folder], "https://www.cancer.gov/types/breast/what-is-breast-cancer/")
    assert found is not None and found.title == "What Is Breast Cancer?"
    whole = Library.load([folder])
    assert found.key == whole.find("/types/breast/what-is-breast-cancer").key  # the library's own key
    assert find_by_file_name([folder], "/types/breast").title == "Breast Cancer"  # type: ignore[union-attr]


def test_finding_by_file_name_keeps_the_librarys_rules(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_article(second, "lung.md", "Second folder's", "https://www.cancer.gov/types/lung", "Body.")
    write_article(first, "types-lung.md", "First folder's", "https://www.cancer.gov/types/lung", "Body.")
    found = find_by_file_name([first, second], "https://www.cancer.gov/types/lung")
    assert found is not None and found.title == "First folder's"  # the first folder wins
    write_article(first, "types-lung.md", "Retired", "https://www.cancer.gov/types/lung", "Body.", status="retired")
    assert find_by_file_name([first, second], "/types/lung").title == "Second folder's"  # type: ignore[union-attr]
    assert Library.load([first, second]).find("/types/lung").title == "Second folder's"  # type: ignore[union-attr]


def test_finding_by_file_name_gives_up_rather_than_guess_or_import_yaml(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delitem(sys.modules, "reader.core.library.front_matter", raising=False)  # as at start
    folder = tmp_path / "lib"
    write_article(folder, "colon.md", "Colon", "https://www.cancer.gov/types/colorectal", "Body.")  # named otherwise
    assert find_by_file_name([folder], "https://www.cancer.gov/types/colorectal") is None
    (folder / "liver.md").write_text(  # front matter only PyYAML reads (a flow mapping)
        "---\ntitle: Liver\nurl: https://www.cancer.gov/types/liver\nextra: {a: 1}\n---\nBody.\n", encoding="utf-8"
    )
    assert find_by_file_name([folder], "https://www.cancer.gov/types/liver") is None
    (folder / "bone.md").write_bytes(b"---\ntitle: [unclosed\n---\n")  # a broken file: the library says why
    assert find_by_file_name([folder], "https://www.cancer.gov/types/bone") is None
    assert find_by_file_name([folder], "colon-2f1e0c9a1b") is None  # a key, not an address
    assert find_by_file_name([tmp_path / "missing"], "https://www.cancer.gov/types/colorectal") is None


def test_files_that_end_with_the_address_are_read_first(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    for n in range(MAX_FILES_NAMED_LIKE + 1):  # more files named like it than are read
        write_article(folder, f"a{n}-lung-notes.md", f"Notes {n}", f"https://www.cancer.gov/notes/{n}", "Body.")
    write_article(folder, "z-types-lung.md", "Lung Cancer", "https://www.cancer.gov/types/lung", "Body.")
    assert find_by_file_name([folder], "https://www.cancer.gov/types/lung").title == "Lung Cancer"  # type: ignore[union-attr]


def _named_like_by_walking_everything(folder: Path, slug: str) -> list[Path | Skipped]:
    """What the walk for a name must give: what the whole walk gives, less what is not named like slug
    (a folder that cannot be opened is said either way)."""

    def named_like(item: Path | Skipped) -> bool:
        path = item.path if isinstance(item, Skipped) else item
        return slug in path.stem.lower() or (isinstance(item, Skipped) and path.is_dir())

    return [item for item in iter_article_files(folder) if named_like(item)]


def test_the_walk_for_a_name_gives_what_the_whole_walk_gives_with_that_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lib"
    for relative in ("lung.md", "b/types-lung.MD", "b/c/lung-notes.markdown", "a/LUNG.Markdown", "lung.txt",
                     "lung.", "x.lung.md", ".lung.md", ".hidden/lung.md", "lung.md.bak", "small-cell-lung.md",
                     "lun.md", "b/lung/inner.md", "b/lung/lung.md", "locked/lung.md"):  # fmt: skip
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text("x", encoding="utf-8")
    (folder / "b" / "loop").symlink_to(folder)  # followed once, not forever
    (folder / "gone-lung.md").symlink_to(tmp_path / "nowhere.md")  # a link to nothing is no article
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202 - a folder that cannot be opened, even as root
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("reader.core.library.catalog.os.scandir", scandir)
    whole = list(iter_article_files(folder))
    assert [p.relative_to(folder).as_posix() for p in whole if isinstance(p, Path)] == [
        "a/LUNG.Markdown", "b/c/lung-notes.markdown", "b/lung/inner.md", "b/lung/lung.md", "b/types-lung.MD",
        "lun.md", "lung.md", "small-cell-lung.md", "x.lung.md",
    ]  # fmt: skip
    assert [(s.path.name, s.reason) for s in whole if isinstance(s, Skipped)] == [
        ("gone-lung.md", "the link points at a file that does not exist"),
        ("locked", "the folder cannot be opened (Permission denied)"),
    ]
    for slug in ("lung", "lun", "md", "inner", "x.lung", "absent"):
        assert list(iter_article_files(folder, slug)) == _named_like_by_walking_everything(folder, slug), slug
    assert [type(p) for p in iter_article_files(tmp_path / "missing", "lung")] == [Skipped]
    assert find_by_file_name([tmp_path / "missing", folder], "/types/lung") is None  # nothing raised


@pytest.mark.corpus
def test_the_walk_for_a_name_in_the_corpus(corpus: Path) -> None:
    for slug in ("immunotherapy", "what-is-breast-cancer", "lung", "treatment", "s"):
        assert list(iter_article_files(corpus, slug)) == _named_like_by_walking_everything(corpus, slug), slug


def test_the_file_named_after_the_whole_address_is_read_first(tmp_path: Path, monkeypatch) -> None:
    from reader.core.library import catalog

    folder = tmp_path / "lib"
    write_article(folder, "about-cancer-treatment-types-immunotherapy.md", "Immunotherapy",
                  "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy", "Body.")  # fmt: skip
    write_article(folder, "types-breast-treatment-immunotherapy.md", "Immunotherapy | Breast",
                  "https://www.cancer.gov/types/breast/treatment/immunotherapy", "Body.")  # fmt: skip
    read: list[str] = []
    load = catalog.load_article
    monkeypatch.setattr(catalog, "load_article", lambda path, *a: read.append(path.name) or load(path, *a))
    found = find_by_file_name([folder], "https://www.cancer.gov/types/breast/treatment/immunotherapy")
    assert found is not None and found.title == "Immunotherapy | Breast"
    assert read == ["types-breast-treatment-immunotherapy.md"]  # not the other one ending alike first
