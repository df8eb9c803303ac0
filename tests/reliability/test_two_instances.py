"""Two copies of the app at once on the same folders: no damaged file, no crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.core.settings.store import Settings
from tests.helpers import ROOT

HAMMER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reader.core.settings.store import Settings
    path, name, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for i in range(rounds):
        settings = Settings(path)  # read what the other process wrote, as a new window would
        assert not settings.problems, settings.problems
        settings.set(f"{name}_count", i)
        settings.set("shared", {"by": name, "round": i, "padding": "x" * (i % 50) * 40})
        assert not settings.problems, settings.problems
    print("done", name)
    """
)

Start = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def start() -> Iterator[Start]:
    """Start a process with its output in text pipes (as subprocess.Popen); after the test, however it
    ended, each one still running is killed, and each is waited for with its pipes closed. (A test that
    failed an assert before its communicate() left them open: a ResourceWarning in a later test.)"""
    procs: list[subprocess.Popen[str]] = []

    def start(args: list[str], **options: Any) -> subprocess.Popen[str]:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **options)
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


@pytest.mark.timeout(120)
def test_two_processes_hammering_settings_never_damage_the_file(tmp_path: Path, start: Start) -> None:
    path = tmp_path / "config" / "settings.json"
    Settings(path).set("library_folders", ["/clinic/articles"])
    rounds = 300
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        start([sys.executable, "-c", HAMMER, str(path), name, str(rounds)], env=env) for name in ("first", "second")
    ]
    reads = 0
    while any(p.poll() is None for p in procs):  # meanwhile, read the file as a third instance would
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["values"]["library_folders"] == ["/clinic/articles"]
        reads += 1
        time.sleep(0.001)
    outputs = [p.communicate(timeout=30) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    final = Settings(path)
    assert final.problems == []
    assert final.get("library_folders") == ["/clinic/articles"]
    assert final.get("shared")["round"] == rounds - 1
    assert rounds - 1 in (final.get("first_count"), final.get("second_count"))
    # no temp or damaged files (the lock file stays, as bookmarks.json.lock does)
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json", "settings.json.lock"]
    assert reads > 10


@pytest.mark.timeout(240)
def test_two_app_windows_at_once_on_the_same_folders(tmp_path: Path, start: Start) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}

    def start_app(n: int) -> subprocess.Popen[str]:
        args = ["--data-dir", str(data), "--cache-dir", str(cache), "--screenshot", str(tmp_path / f"{n}.png"),
                "--open", "/types/breast/treatment/immunotherapy"]  # fmt: skip
        return start([sys.executable, "-m", "reader", *args], env=env, cwd=tmp_path)

    for _ in range(2):  # twice: a cold start (nothing cached yet), then a warm one
        procs = [start_app(1), start_app(2)]
        outputs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outputs
        errors = [err for _, err in outputs if "Traceback" in err]
        assert errors == [], "\n----\n".join(errors)  # in full: a failure seen once under load was cut short
        assert (tmp_path / "1.png").stat().st_size > 10_000 and (tmp_path / "2.png").stat().st_size > 10_000
    written = [
        p for p in tmp_path.rglob("*") if p.is_file() and (".damaged" in p.name or p.name.endswith(".tmp"))
    ]
    assert written == []
    for json_file in [*data.rglob("*.json"), *cache.rglob("*.json")]:
        json.loads(json_file.read_text(encoding="utf-8"))  # every file either instance wrote still parses
    third = subprocess.run([sys.executable, "-m", "reader", "--data-dir", str(data), "--cache-dir", str(cache),
                            "check"], env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert third.returncode == 0 and "could not be loaded" not in third.stdout.replace(
        "0 files could not be loaded", ""
    )


@pytest.mark.timeout(120)
def test_a_terminate_signal_ends_the_app_as_quit_does(tmp_path: Path, start: Start) -> None:
    """A kiosk's watchdog or a log-out sends SIGTERM: the window closes as with Quit (its size is saved),
    and the app ends with nothing of it left running."""
    import signal
    import time

    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = start([sys.executable, "-m", "reader", "--data-dir", str(data), "--cache-dir", str(tmp_path / "cache"),
                  "--open", "/types/breast/treatment/immunotherapy"], env=env, cwd=tmp_path)  # fmt: skip
    time.sleep(4)  # the window is up and its background work has started (a page conversion process)
    assert proc.poll() is None
    listed = subprocess.run(["ps", "-o", "pid=", "--ppid", str(proc.pid)], capture_output=True, text=True)
    children = [int(pid) for pid in listed.stdout.split()]
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    assert "Traceback" not in err, err
    settings = json.loads((data / "settings.json").read_text(encoding="utf-8"))
    assert settings["values"].get("window_geometry")  # closed as with Quit: the window's size was kept
    deadline = time.monotonic() + 15  # a conversion process ends once it has finished its page
    left = children
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = [pid for pid in left if subprocess.run(["ps", "-p", str(pid)], capture_output=True).returncode == 0]
    assert left == [], f"{len(children)} processes of the app's, {len(left)} still running 15 s later"


def test_a_terminate_signal_closes_the_window_from_the_event_loop_not_inside_running_code(qapp) -> None:
    """Python runs a signal's handler between any two steps of the main thread's code: the windows are
    closed only once that code is done (a SIGTERM in the middle of an import closed the window there; its
    close needed the half-imported module, failed, and the reader ran on: walk 5)."""
    import signal

    from PySide6.QtCore import QEventLoop, QObject, QTimer

    from reader.app import _signals_end_the_app

    steps: list[str] = []
    loop = QEventLoop()

    class App(QObject):
        """Stands in for the application (quitting the real one would end later tests' event loops)."""

        def closeAllWindows(self) -> None:  # noqa: N802 - QApplication's name
            steps.append("closed")

        def quit(self) -> None:
            steps.append("quit")
            loop.quit()

    def busy() -> None:
        steps.append("busy")
        signal.raise_signal(signal.SIGTERM)  # as if it came now, from outside
        steps.append("still busy")

    app = App()
    before = signal.getsignal(signal.SIGTERM)
    QTimer.singleShot(0, busy)
    never_for_ever = QTimer()
    never_for_ever.setSingleShot(True)
    never_for_ever.timeout.connect(loop.quit)
    never_for_ever.start(5000)
    with _signals_end_the_app(app, first=lambda: steps.append("first")):  # type: ignore[arg-type]
        loop.exec()
    never_for_ever.stop()
    assert steps == ["busy", "still busy", "first", "closed", "quit"]
    assert signal.getsignal(signal.SIGTERM) is before  # the earlier handling is back
