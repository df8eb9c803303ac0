"""The search index: building, incremental updates, versions, damage, locks, read-only folders."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from reader.core.library.catalog import Library
from reader.core.search import build as search_build
from reader.core.search.index import CURRENT, SearchIndex
from tests.core.search_library import ROOT, cache_folder_unwritable, filler, make_library, write
from tests.helpers import DROP_FILE_OVERRIDE


def urls(index: SearchIndex, text: str) -> list[str]:
    """Result addresses for text."""
    return [h.url for h in index.search(text).hits]


def generation(cache: Path) -> Path:
    """The live generation folder."""
    return cache / "index" / (cache / "index" / CURRENT).read_text().strip()


@pytest.fixture
def built(tmp_path: Path) -> tuple[SearchIndex, Library, Path]:
    """An index built from the sample library."""
    library = make_library(tmp_path / "lib")
    index = SearchIndex.open(tmp_path / "cache")
    report = index.update(library)
    assert report.rebuilt and report.added == len(library)
    yield index, library, tmp_path
    index.close()


def test_a_new_index_is_missing_and_says_so(tmp_path: Path) -> None:
    index = SearchIndex.open(tmp_path / "cache")
    assert index.status().state == "missing"
    results = index.search("fatigue")
    assert results.hits == [] and "prepared" in results.message


def test_build_then_search(built: tuple[SearchIndex, Library, Path]) -> None:
    index, library, _ = built
    assert index.status().state == "ready" and index.status().documents == len(library)
    assert urls(index, "diarrhea")[0] == "/side-effects/diarrhea"


def test_second_update_touches_nothing(built: tuple[SearchIndex, Library, Path]) -> None:
    index, library, _ = built
    report = index.update(library)
    assert (report.rebuilt, report.touched) == (False, 0)


def test_incremental_add_change_remove(built: tuple[SearchIndex, Library, Path]) -> None:
    index, _, tmp = built
    lib = tmp / "lib"
    write(lib, "new.md", "Hot Flashes", "/side-effects/hot-flashes", "Hot flashes and night sweats.")
    changed = lib / "fatigue.md"
    changed.write_text(changed.read_text().replace("Rest and light exercise", "Gardening"), encoding="utf-8")
    os.utime(changed, ns=(time.time_ns(), time.time_ns() + 10**9))
    (lib / "lung.md").unlink()
    report = index.update(Library.load([lib]))
    assert (report.added, report.changed, report.removed, report.rebuilt) == (1, 1, 1, False)
    assert urls(index, "night sweats")[0] == "/side-effects/hot-flashes"
    assert urls(index, "gardening") == ["/side-effects/fatigue"]
    assert urls(index, "exercise") == []
    assert urls(index, "screening") == []
    assert "lung" not in index.search("cancer").cancer_type_counts


def test_format_change_rebuilds(built: tuple[SearchIndex, Library, Path]) -> None:
    index, library, tmp = built
    index.close()
    manifest = generation(tmp / "cache") / search_build.MANIFEST
    manifest.write_text(manifest.read_text().replace(search_build.INDEX_FORMAT, "0/whoosh-old"))
    reopened = SearchIndex.open(tmp / "cache")
    assert reopened.status().state == "outdated"
    assert reopened.update(library).rebuilt
    assert reopened.status().state == "ready"
    reopened.close()


@pytest.mark.parametrize("damage", ["truncate", "delete"])
def test_damaged_segment_is_reported_and_rebuilt(
    built: tuple[SearchIndex, Library, Path], damage: str
) -> None:
    index, library, tmp = built
    index.close()
    gen = generation(tmp / "cache")
    segment = max((p for p in gen.iterdir() if p.suffix == ".seg"), key=lambda p: p.stat().st_size)
    if damage == "truncate":
        with open(segment, "r+b") as handle:
            handle.truncate(segment.stat().st_size // 2)
    else:
        segment.unlink()
    reopened = SearchIndex.open(tmp / "cache")
    assert reopened.status().state == "damaged"
    results = reopened.search("diarrhea")
    assert results.hits == [] and "damaged" in results.message
    assert reopened.update(library).rebuilt
    assert urls(reopened, "diarrhea")[0] == "/side-effects/diarrhea"
    reopened.close()


def test_leftover_lock_files_do_not_block(built: tuple[SearchIndex, Library, Path]) -> None:
    index, library, tmp = built
    (tmp / "cache" / "index" / "update.lock").write_text("left by a crash")
    (generation(tmp / "cache") / "MAIN_WRITELOCK").write_text("left by a crash")
    write(tmp / "lib", "more.md", "Mouth Sores", "/side-effects/mouth", "Mouth sores hurt.")
    report = index.update(Library.load([tmp / "lib"]))
    assert report.added == 1 and not report.skipped


def test_a_second_writer_waits_then_uses_the_index_read_only(
    built: tuple[SearchIndex, Library, Path],
) -> None:
    index, library, tmp = built
    lock = FileStorage(str(tmp / "cache" / "index")).lock("update.lock")
    assert lock.acquire(blocking=False)
    try:
        other = SearchIndex.open(tmp / "cache", lock_timeout=0.2)
        report = other.update(library, rebuild=True)
        assert report.skipped and "Another copy" in report.message
        assert urls(other, "diarrhea")[0] == "/side-effects/diarrhea"
        other.close()
    finally:
        lock.release()


def test_two_processes_updating_at_once_leave_one_good_index(tmp_path: Path) -> None:
    make_library(tmp_path / "lib")
    filler(tmp_path / "lib", 60)
    script = textwrap.dedent(f"""
        from pathlib import Path
        from reader.core.library.catalog import Library
        from reader.core.search.index import SearchIndex
        index = SearchIndex.open(Path({str(tmp_path / "cache")!r}), lock_timeout=30)
        report = index.update(Library.load([Path({str(tmp_path / "lib")!r})]))
        assert index.status().searchable, index.status()
        print(report)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script], cwd=ROOT) for _ in range(2)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    index = SearchIndex.open(tmp_path / "cache")
    assert index.status().documents == 68
    assert urls(index, "diarrhea")[0] == "/side-effects/diarrhea"
    index.close()


def test_a_build_killed_halfway_is_cleaned_up(tmp_path: Path) -> None:
    make_library(tmp_path / "lib")
    filler(tmp_path / "lib", 120)
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from reader.core.library.catalog import Library
        from reader.core.search.index import SearchIndex
        def progress(done, total):
            print("progress", done, total, flush=True)
            time.sleep(60)
        index = SearchIndex.open(Path({str(tmp_path / "cache")!r}))
        index.update(Library.load([Path({str(tmp_path / "lib")!r})]), progress=progress, parallel=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            start_new_session=True)  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdout.readline().startswith("progress")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
    leftovers = list((tmp_path / "cache" / "index").glob("build-*"))
    assert leftovers, "the killed build should have left its temporary folder"
    index = SearchIndex.open(tmp_path / "cache")
    assert index.status().state == "missing"
    report = index.update(Library.load([tmp_path / "lib"]))
    assert report.rebuilt and "did not finish" in report.message
    assert not list((tmp_path / "cache" / "index").glob("build-*"))
    assert urls(index, "diarrhea")[0] == "/side-effects/diarrhea"
    index.close()


def test_parallel_build_in_a_subprocess_reports_progress(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    seen: list[tuple[int, int]] = []
    index = SearchIndex.open(tmp_path / "cache")
    report = index.update(library, progress=lambda d, t: seen.append((d, t)), parallel=True)
    assert report.rebuilt and seen and seen[-1][0] == seen[-1][1]
    assert urls(index, "diarrhea")[0] == "/side-effects/diarrhea"
    index.close()


def test_read_only_cache_uses_the_existing_index(
    built: tuple[SearchIndex, Library, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    index, library, tmp = built
    index.close()
    # Tests may run as root, for whom chmod does not stop writing: pretend the folder is read-only.
    real_access = os.access
    monkeypatch.setattr("reader.core.search.index.os.access", lambda p, m: m != os.W_OK and real_access(p, m))
    monkeypatch.setattr(SearchIndex, "writable", lambda self: False)
    reopened = SearchIndex.open(tmp / "cache")
    assert reopened.status().state == "read_only"
    results = reopened.search("diarrhea")
    assert results.hits[0].url == "/side-effects/diarrhea" and "read-only" in results.message
    assert reopened.update(library).skipped
    reopened.close()


def test_unwritable_cache_without_index_builds_a_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = make_library(tmp_path / "lib")
    cache_folder_unwritable(monkeypatch)
    index = SearchIndex.open(tmp_path / "cache")
    report = index.update(library)
    assert report.rebuilt and "temporary" in report.message
    assert urls(index, "diarrhea")[0] == "/side-effects/diarrhea"
    index.close()


# Root ignores file modes (CAP_DAC_OVERRIDE), so as root the check runs in a process that first drops
# that capability from its bounding set and re-executes itself: then root obeys the modes like anyone.
READ_ONLY_CHECK = (
    DROP_FILE_OVERRIDE
    + """
import json
from pathlib import Path
from reader.core.library.catalog import Library
from reader.core.search.index import SearchIndex
cache, lib = Path(sys.argv[1]), Path(sys.argv[2])
try:
    (cache / "index" / "probe").write_text("x")
    writable = True
except OSError:
    writable = False
index = SearchIndex.open(cache)
state = index.status().state
hits = [h.url for h in index.search("diarrhea").hits]
report = index.update(Library.load([lib]))
print(json.dumps({"writable": writable, "state": state, "hits": hits, "skipped": report.skipped}))
"""
)


@pytest.mark.skipif(sys.platform != "linux" and (os.name != "posix" or os.geteuid() == 0),
                    reason="folder modes bind root only where its capabilities can be dropped (Linux)")  # fmt: skip
def test_really_read_only_folder(built: tuple[SearchIndex, Library, Path]) -> None:
    index, _, tmp = built
    index.close()
    script = tmp / "check.py"
    script.write_text(READ_ONLY_CHECK, encoding="utf-8")
    for path in [tmp / "cache", *sorted((tmp / "cache").rglob("*"))]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        # PYTHONPATH: the script must import this checkout's reader (the index format must match), not
        # whichever one the virtual environment was installed from.
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, str(script), str(tmp / "cache"), str(tmp / "lib")], cwd=ROOT,
                              capture_output=True, text=True, timeout=60, env=env)  # fmt: skip
    finally:
        for path in [tmp / "cache", *(tmp / "cache").rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["writable"] is False, "the folder could still be written: the check would prove nothing"
    assert seen["state"] == "read_only"
    assert seen["hits"][0] == "/side-effects/diarrhea"
    assert seen["skipped"] is True


def test_manifest_survives_a_missing_words_file(built: tuple[SearchIndex, Library, Path]) -> None:
    index, _, tmp = built
    index.close()
    (generation(tmp / "cache") / search_build.WORDS).unlink()
    reopened = SearchIndex.open(tmp / "cache")
    assert reopened.status().state == "ready"
    assert urls(reopened, "diarrhea")[0] == "/side-effects/diarrhea"
    reopened.close()


def test_a_build_reports_each_stage_and_moves_while_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.search import PROGRESS_SCALE, fields

    monkeypatch.setattr(fields, "TERMS_PER_REPORT", 5)
    library = make_library(tmp_path / "lib")
    seen: list[int] = []
    stages: list[str] = []
    index = SearchIndex.open(tmp_path / "cache")
    report = index.update(library, progress=lambda d, t: seen.append(round(PROGRESS_SCALE * d / t)),
                          parallel=False, stage=stages.append)  # fmt: skip
    assert report.rebuilt
    assert stages == ["getting ready", "reading the articles", "writing the index", "finishing"]
    assert seen == sorted(seen) and seen[-1] == PROGRESS_SCALE
    assert len([v for v in seen if 700 < v < 960]) >= 2, seen  # writing the index moves the bar too
    index.close()
