"""A temporary search index (the index folder cannot be written) leaves nothing behind in the temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from filelock import FileLock

from reader.core.files import scratch
from reader.core.search import index as search_index
from reader.core.search.index import TEMPORARY_PREFIX, SearchIndex
from tests.core.search_library import ROOT, cache_folder_unwritable, make_library

# Builds a temporary index in TMPDIR, then ends as argv[3] says: "exit" (a normal end, no close()) or
# "killed" (os._exit: no clean-up at all, as after a crash or SIGKILL).
MAKER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from reader.core.library.catalog import Library
    from reader.core.search.index import SearchIndex
    SearchIndex.writable = lambda self: "cache" not in str(self.root) and os.access(self.root.parent, os.W_OK)
    index = SearchIndex.open(Path(sys.argv[1]))
    report = index.update(Library.load([Path(sys.argv[2])]))
    assert index.temporary and "temporary" in report.message, report.message
    print(index.root, flush=True)
    if sys.argv[3] == "killed":
        os._exit(0)
    """
)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder, here a fresh one of this test's."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def made_by_process(tmp_path: Path, temp_dir: Path, ending: str) -> Path:
    """Run MAKER in a new process; the temporary index folder it used."""
    make_library(tmp_path / "lib")
    env = {**os.environ, "TMPDIR": str(temp_dir), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", MAKER, str(tmp_path / "cache"), str(tmp_path / "lib"), ending],
        cwd=ROOT, capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return Path(proc.stdout.strip().splitlines()[-1])


def test_closing_a_temporary_index_deletes_it(
    tmp_path: Path, temp_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = make_library(tmp_path / "lib")
    cache_folder_unwritable(monkeypatch)
    index = SearchIndex.open(tmp_path / "cache")
    report = index.update(library)
    assert "temporary" in report.message and index.temporary
    assert index.root.parent == temp_dir and index.root.name.startswith(TEMPORARY_PREFIX)
    assert index.search("diarrhea").hits[0].url == "/side-effects/diarrhea"
    index.close()
    assert list(temp_dir.iterdir()) == []
    assert not (tmp_path / "cache").exists()  # nothing was written where it could not be


def test_a_temporary_index_is_deleted_when_the_process_ends_without_closing_it(
    tmp_path: Path, temp_dir: Path
) -> None:
    folder = made_by_process(tmp_path, temp_dir, "exit")
    assert folder.parent == temp_dir
    assert not folder.exists()
    assert list(temp_dir.iterdir()) == []


def test_the_next_start_removes_what_a_killed_process_left_but_nothing_else(
    tmp_path: Path, temp_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left = made_by_process(tmp_path, temp_dir, "killed")
    assert (left / scratch.OWNER).is_file(), "the killed process should have left its index"
    old = time.time() - 60
    os.utime(left / scratch.OWNER, (old, old))
    # Not ours: same name, no owner file (an older version's, or anyone's): never touched.
    foreign = temp_dir / f"{TEMPORARY_PREFIX}foreign"
    (foreign / "keep.txt").parent.mkdir()
    (foreign / "keep.txt").write_text("someone else's")
    # In use: a live process (here, this one through another open file) holds its owner file.
    busy = temp_dir / f"{TEMPORARY_PREFIX}busy"
    busy.mkdir()
    (busy / scratch.OWNER).write_text("")
    os.utime(busy / scratch.OWNER, (old, old))
    holder = FileLock(str(busy / scratch.OWNER), timeout=0)
    holder.acquire()
    try:
        # A new start whose index folder cannot be written either: its first update sweeps.
        monkeypatch.setattr(search_index, "_swept", False)
        library = make_library(tmp_path / "lib2")
        cache_folder_unwritable(monkeypatch)
        index = SearchIndex.open(tmp_path / "cache")
        index.update(library)
        assert not left.exists()
        assert (foreign / "keep.txt").read_text() == "someone else's"
        assert (busy / scratch.OWNER).exists()
        assert index.root.exists()  # its own, new temporary index is in use
        index.close()
    finally:
        holder.release(force=True)
    assert sorted(p.name for p in temp_dir.iterdir()) == sorted([foreign.name, busy.name])


def test_a_young_owner_file_is_left_alone(temp_dir: Path) -> None:
    young = temp_dir / f"{TEMPORARY_PREFIX}young"
    young.mkdir()
    (young / scratch.OWNER).write_text("1\n")  # its maker may not have locked it yet
    assert scratch.sweep(TEMPORARY_PREFIX) == 0 and young.exists()
