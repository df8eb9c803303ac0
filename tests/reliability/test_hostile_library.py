"""A library folder full of bad files: every good file loads, every bad one is reported with a reason."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library.catalog import Library
from tests.helpers import DROP_FILE_OVERRIDE, ROOT, SEED_ARTICLE, write_article

MB = 1024 * 1024
SEED_TITLE = "Immunotherapy | Breast Cancer Treatment - NCI"

BILLION_LAUGHS = "\n".join(
    ["---", 'lol0: &l0 "lol"']
    + [f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    + ["title: boom", "---", "body"]
)

#: file name -> (bytes, words the reason must contain)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "invalid-yaml.md": (b"---\ntitle: [oops\n---\nbody", "not valid YAML"),
    "alias-bomb.md": (BILLION_LAUGHS.encode(), "aliases"),
    "deep-nesting.md": (b"---\nx: " + b"[" * 30_000 + b"\n---\nbody", "nested too deeply"),
    "deep-mapping.md": (b"---\nx: " + b"{a: " * 10_000 + b"\n---\nbody", "nested too deeply"),
    "huge-scalar.md": (b"---\ntitle: " + b"a" * (3 * MB) + b"\n---\nbody", "front matter is too long"),
    "many-keys.md": (
        b"---\n" + b"".join(b"k%d: v\n" % i for i in range(200_000)) + b"---\nbody",
        "front matter is too long",
    ),
    "python-object.md": (
        b"---\ntitle: !!python/object/apply:os.system ['touch PWNED']\n---\nbody",
        "not valid YAML",
    ),
    "python-name.md": (b"---\ntitle: !!python/name:os.system\n---\nbody", "not valid YAML"),
    "huge-number.md": (b"---\nversion: " + b"9" * 10_000 + b"\n---\nbody", "out of range"),
    "list-front-matter.md": (b"---\n- a\n- b\n---\nbody", "not a list of 'name: value'"),
    "binary.md": (bytes(range(256)) * 64, "not text"),
    "latin-1.md": ("---\ntitle: Caf\xe9\n---\nna\xefve".encode("latin-1"), "not UTF-8"),
    "utf-16.md": ("---\ntitle: x\n---\nbody".encode("utf-16"), "not text"),
    "empty.md": (b"", "empty"),
    "only-spaces.md": (b" \n\t\r\n  ", "empty"),
}


def _good(folder: Path, name: str, title: str) -> None:
    write_article(
        folder, name, title, f"https://www.cancer.gov/test/{folder.name}/{title}", f"About {title}."
    )


@pytest.fixture
def hostile_library(tmp_path: Path) -> tuple[Path, set[str], dict[str, str]]:
    """A folder with good articles (some with odd names) and every kind of bad file."""
    lib = tmp_path / "lib"
    lib.mkdir()
    good = {
        "plain.md": "Plain",
        "with spaces.md": "Spaces",
        "ünïcödé 乳がん.md": "Unicode",
        "-leading-dash.md": "Dash",
        "new\nline.md": "Newline",
        "quote'\"semi;colon$(x).md": "Shell",
        "UPPER.MARKDOWN": "Upper",
    }
    for name, title in good.items():
        _good(lib, name, title)
    (lib / "nested" / "deeper").mkdir(parents=True)
    shutil.copy(SEED_ARTICLE, lib / "nested" / "deeper" / "seed.md")
    # A real article with one 5 MB line is good, just long.
    write_article(lib, "long-line.md", "Long line", "/test/long-line", "word " * (MB))
    expected: dict[str, str] = {}
    for name, (data, reason) in BAD_FILES.items():
        (lib / name).write_bytes(data)
        expected[name] = reason
    # 50 MB, written in an instant as a sparse file: refused by size before it is read.
    with open(lib / "fifty-megabytes.md", "wb") as handle:
        handle.truncate(50 * MB)
    expected["fifty-megabytes.md"] = "too large"
    (lib / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    expected["dangling.md"] = "does not exist"
    (lib / "self-loop.md").symlink_to(lib / "self-loop.md")
    expected["self-loop.md"] = "Too many levels of symbolic links"
    (lib / "loop").symlink_to(lib)  # a folder that contains itself
    (lib / "nested" / "up").symlink_to(lib / "nested")
    return lib, set(good.values()) | {"Long line", SEED_TITLE}, expected


@pytest.mark.timeout(60)
def test_good_files_load_and_each_bad_file_has_a_reason(hostile_library) -> None:  # noqa: ANN001
    lib, good_titles, expected = hostile_library
    started = time.monotonic()
    library = Library.load([lib])
    elapsed = time.monotonic() - started
    assert {a.title for a in library} == good_titles
    reasons = {s.path.name: s.reason for s in library.errors}
    assert set(reasons) == set(expected)
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])
    assert not (Path.cwd() / "PWNED").exists()
    assert elapsed < 20, f"loading the hostile folder took {elapsed:.1f} s"


def test_check_command_lists_every_bad_file(hostile_library, capsys) -> None:  # noqa: ANN001
    lib, good_titles, expected = hostile_library
    assert main(["check", "--library", str(lib)]) == 1  # problems found: a script can tell
    out = capsys.readouterr().out
    for name in expected:
        assert name in out
    assert f"{len(expected)} files could not be loaded" in out


def test_unreadable_file_is_reported_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _good(tmp_path, "fine.md", "Fine")
    _good(tmp_path, "secret.md", "Secret")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "secret.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    library = Library.load([tmp_path])
    assert [a.title for a in library] == ["Fine"]
    assert [(s.path.name, s.reason) for s in library.errors] == [
        ("secret.md", "the file cannot be read (permission denied)")
    ]


def test_unreadable_subfolder_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _good(tmp_path, "fine.md", "Fine")
    _good(tmp_path / "locked", "inside.md", "Inside")
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("reader.core.library.catalog.os.scandir", scandir)
    library = Library.load([tmp_path])
    assert [a.title for a in library] == ["Fine"]
    [skipped] = library.errors
    assert skipped.path.name == "locked" and "cannot be opened (Permission denied)" in skipped.reason


@pytest.mark.skipif(sys.platform != "linux", reason="modes bind root only where capabilities can be dropped")
def test_unreadable_permissions_for_real(tmp_path: Path) -> None:
    _good(tmp_path, "fine.md", "Fine")
    _good(tmp_path, "secret.md", "Secret")
    (tmp_path / "secret.md").chmod(0)
    script = tmp_path / "check.py"
    script.write_text(
        DROP_FILE_OVERRIDE
        + "import json, sys\nfrom pathlib import Path\nfrom reader.core.library.catalog import Library\n"
        + "lib = Library.load([Path(sys.argv[1])])\n"
        + "print(json.dumps([[a.title for a in lib], [e.reason for e in lib.errors]]))\n",
        encoding="utf-8",
    )
    try:
        proc = subprocess.run([sys.executable, str(script), str(tmp_path)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)  # fmt: skip
    finally:
        (tmp_path / "secret.md").chmod(0o644)
    assert proc.returncode == 0, proc.stderr
    titles, reasons = json.loads(proc.stdout.strip().splitlines()[-1])
    assert titles == ["Fine"]
    assert len(reasons) == 1 and "permission denied" in reasons[0]


@pytest.mark.timeout(30)
def test_folder_that_disappears_while_loading(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    for i in range(5):
        _good(lib / "a-first", f"{i}.md", f"First {i}")
        _good(lib / "b-vanishing", f"{i}.md", f"Vanishing {i}")
    _good(lib, "c-last.md", "Last")

    def progress(count: int, path: Path) -> None:
        if path.parent.name == "b-vanishing" and (lib / "b-vanishing").exists():
            shutil.rmtree(lib / "b-vanishing")

    library = Library.load([lib], progress=progress)
    titles = {a.title for a in library}
    assert {f"First {i}" for i in range(5)} | {"Last"} <= titles
    assert "Vanishing 0" in titles
    vanished = [s for s in library.errors if s.path.parent.name == "b-vanishing"]
    assert len(vanished) == 4
    assert all("cannot be read" in s.reason for s in vanished)


@pytest.mark.timeout(30)
def test_whole_library_folder_disappears_while_loading(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    for i in range(5):
        _good(lib / "sub", f"{i}.md", f"Article {i}")
    library = Library.load([lib, SEED_ARTICLE.parent], progress=lambda n, p: shutil.rmtree(lib, True))
    assert {a.title for a in library} == {"Article 0", SEED_TITLE}
    assert len(library.errors) == 4
