"""Ctrl+C in a terminal during the first index build: the reader ends quietly and leaves no index behind.

A terminal's Ctrl+C reaches every process of the reader's process group, the index build's worker
processes too. Here the signal goes to the whole group, as the terminal sends it, right when the
workers are starting (the moment a worker that died of it left the reader waiting forever).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.search.index import PARALLEL_MIN_ARTICLES
from tests.helpers import ROOT, write_article

pytestmark = [
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)"),
    pytest.mark.timeout(180),
]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Enough small articles for the build to run in worker processes."""
    folder = tmp_path / "lib"
    for n in range(PARALLEL_MIN_ARTICLES + 50):
        write_article(folder, f"a{n}.md", f"Article {n}", f"https://www.cancer.gov/a{n}",
                      f"## Part\n\nWords about topic {n} and fatigue.\n")  # fmt: skip
    return folder


# As started from a terminal: Ctrl+C ends a process unless it handles it. (A launcher without job control
# -- a background job of a script, some CI runners -- starts programs ignoring SIGINT, and they pass that on.)
AS_FROM_A_TERMINAL = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT}); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)


def index_workers(pid: int) -> list[int]:
    """The process ids of pid's children started by multiprocessing's spawn (the index build's workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text(encoding="ascii").rpartition(")")[2].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == pid and b"spawn_main" in command:
            found.append(int(entry.name))
    return found


def interrupt_while_building(args: list[str], cwd: Path, workers: int = 1) -> tuple[int, str]:
    """Run the reader with args in its own process group; Ctrl+C the group as soon as it has this many
    worker processes (its index workers starting).

    Returns the exit code and what it wrote to stderr; fails if it is still running 60 s later."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", AS_FROM_A_TERMINAL, "-m", "reader", *args], env=env, cwd=cwd,
                            start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 90  # slow while the whole suite runs on 2 cores
        while len(index_workers(proc.pid)) < workers:
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            assert time.monotonic() < deadline, "the index build started no worker process"
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGINT)
        try:
            _out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail("the reader was still running 60 s after Ctrl+C")
        return proc.returncode, err
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # its own group: only this test's processes
        except OSError:
            pass
        proc.communicate(timeout=10)


def assert_no_index_left(cache: Path) -> None:
    """No finished index (CURRENT) and no unfinished build a later start could take for one."""
    index = cache / "index"
    assert not (index / "CURRENT").exists()
    assert not list(index.glob("build-*")) and not list(index.glob("gen-*"))


def test_ctrl_c_during_the_first_index_command_says_one_line_and_leaves_no_index(
    library: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    args = ["--library", str(library), "--data-dir", str(tmp_path / "data"), "--cache-dir", str(cache), "index"]
    code, err = interrupt_while_building(args, tmp_path)
    assert "Traceback" not in err and "ERROR" not in err, err
    assert err.strip() == "Stopped. The search index was left as it was."
    assert code == 130
    assert_no_index_left(cache)
    # The next start builds the whole index afresh.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    again = subprocess.run([sys.executable, "-m", "reader", *args], env=env, cwd=tmp_path, capture_output=True,
                           text=True, timeout=120)  # fmt: skip
    assert again.returncode == 0, again.stderr
    rebuilt = re.search(r"Rebuilt the search index: (\d+) articles", again.stdout)
    assert rebuilt and int(rebuilt[1]) >= PARALLEL_MIN_ARTICLES + 50, again.stdout  # (and the built-in seeds)


def test_ctrl_c_while_the_window_builds_its_first_index_ends_quietly(library: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    # An article opened at start: its page conversion process is running too (a worker of its own).
    args = ["--library", str(library), "--data-dir", str(tmp_path / "data"), "--cache-dir", str(cache),
            "--open", "https://www.cancer.gov/a7"]  # fmt: skip
    code, err = interrupt_while_building(args, tmp_path, workers=2)
    assert "Traceback" not in err and "ERROR" not in err and "KeyboardInterrupt" not in err, err
    assert code == 0
    assert_no_index_left(cache)
