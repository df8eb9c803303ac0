"""A kiosk ends on SIGTERM/SIGINT, and its worker processes never outlive it or linger as <defunct>.

Real processes (walk 4 found all three by running the app): a kiosk that only SIGKILL could end, a
conversion process and multiprocessing's resource tracker left running after a SIGKILL, and <defunct>
children after each language switch or reset (the kiosk starts again with os.execve, same process id).
"""

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

from tests.helpers import ROOT, write_article


def children_of(pid: int) -> dict[int, str]:
    """Process id -> state letter ("S", "R", "Z" for <defunct>...) of every child of pid."""
    found: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text(encoding="ascii").rpartition(")")[2].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[1]) == pid:
            found[int(entry.name)] = fields[0]
    return found


def running(pid: int) -> bool:
    """True while pid is a process that has not ended (a <defunct> one has)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def still_running(pids: list[int], seconds: float) -> list[int]:
    """The pids still running after waiting up to seconds for them to end."""
    deadline = time.monotonic() + seconds
    left = [pid for pid in pids if running(pid)]
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = [pid for pid in left if running(pid)]
    return left


def kill_all(pids: list[int]) -> None:
    """End the test's own leftover processes (a failing run must not leave them on the machine)."""
    for pid in pids:
        try:  # only a process of Python's multiprocessing (not another process given the same id since)
            if b"multiprocessing" in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")


@pytest.mark.timeout(150)
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_kiosk_ends_on_a_terminate_or_interrupt_signal(tmp_path: Path, number: signal.Signals) -> None:
    """A watchdog's SIGTERM (or Ctrl+C) ends a kiosk as Quit ends the desktop window: its conversion
    process ends too. (The kiosk refuses a visitor's close, and refused this one too: walk 4.)"""
    policy = tmp_path / "kiosk.json"
    # The policy's home article opens at start: a page conversion process is running when the signal comes.
    policy.write_text(json.dumps({"kiosk": True, "home": "https://www.cancer.gov/types/breast/treatment/immunotherapy"}), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "CANCER_READER_KIOSK_POLICY": str(policy)}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-m", "reader", "--kiosk", "--data-dir", str(tmp_path / "data"),
                             "--cache-dir", str(tmp_path / "cache")],
                            env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    children: list[int] = []
    try:
        deadline = time.monotonic() + 60  # slow while the whole suite runs on 2 cores
        while not children and time.monotonic() < deadline:  # up, with its conversion process started
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            time.sleep(0.2)
            children = list(children_of(proc.pid))
        assert children, "the kiosk started no conversion process for its home article"
        proc.send_signal(number)
        try:
            _out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the kiosk was still running 20 s after {number.name}")
        assert proc.returncode == 0, err[-2000:]
        assert "Traceback" not in err, err
        left = still_running(children, 15)  # a conversion process ends once it has finished its page
        assert left == [], f"{len(children)} processes of the kiosk's, {len(left)} still running 15 s later"
    finally:  # its children first: they hold its output pipes open
        kill_all([*children, *children_of(proc.pid)])
        proc.kill()
        proc.communicate(timeout=10)


# The conversion process, as the kiosk uses it: started, then the reader starts again or is killed.
CONVERT_ONE = """
import multiprocessing.resource_tracker, os, sys
from pathlib import Path
from reader.core.render.pool import RenderPool
pool = RenderPool(None)
assert "Some words" in pool.convert(Path(sys.argv[1])).html  # in its process: the process is running
workers = [child.pid for child in __import__("multiprocessing").active_children()]
print(*workers, multiprocessing.resource_tracker._resource_tracker._pid, flush=True)
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return write_article(tmp_path, "words.md", "Words", "https://www.cancer.gov/words", "# Words\n\nSome words.\n")


#: The conversion pool's managing thread slowed down, as on a busy machine: it lets go of its queues
#: (and their semaphores) only after the reader has begun to start again.
SLOW_MANAGER = """
import concurrent.futures.process, time
_join_internals = concurrent.futures.process._ExecutorManagerThread.join_executor_internals
def _slow_join_internals(self):
    time.sleep(1.5)
    _join_internals(self)
concurrent.futures.process._ExecutorManagerThread.join_executor_internals = _slow_join_internals
"""


#: The managing thread, as on a busy machine, loses the processor in its last moment: its run() has
#: returned and threading.enumerate() lists it no more, but it has not yet let go of its own object,
#: which holds the pool's queues (and their semaphores). On a quiet machine that moment is short: the
#: restart test failed about 1 run in 20 with "leaked semaphore" warnings before the restart waited
#: for such threads too.
SLOW_LAST_MOMENT = """
import concurrent.futures.process, time
_bootstrap_inner = concurrent.futures.process._ExecutorManagerThread._bootstrap_inner
def _slow_last_moment(self):
    _bootstrap_inner(self)  # out of threading.enumerate() from here on
    time.sleep(1.0)
concurrent.futures.process._ExecutorManagerThread._bootstrap_inner = _slow_last_moment
"""

SLOWED = {"quiet": "", "busy": SLOW_MANAGER, "finishing": SLOW_LAST_MOMENT}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("load", list(SLOWED))
def test_starting_the_kiosk_again_leaves_no_defunct_process(article: Path, load: str) -> None:
    """A visitor's language button, Start over or the idle reset starts the kiosk again in the same
    process (os.execve): the processes it had are ended and waited for first, so the reader started
    again has no child (none running, none <defunct>). multiprocessing's resource tracker is ended
    last, after the pools' semaphores are gone (on a busy machine it was ended first: "leaked
    semaphore" warnings, and a semaphore let go later could start a tracker nobody waits for)."""
    # The reader started again: it waits a moment (for children that would end on their own), then
    # lists its children.
    report = textwrap.dedent(
        """
        import json, os, sys, time
        from pathlib import Path
        time.sleep(1.5)
        found = {}
        for entry in Path("/proc").iterdir():
            try:
                fields = (entry / "stat").read_text(encoding="ascii").rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid():
                found[entry.name] = fields[0]
        mine = Path("/proc/self/stat").read_text(encoding="ascii").rpartition(")")[2].split()[19]
        how = {pid: (Path(f"/proc/{pid}/stat").read_text(encoding="ascii"), mine) for pid in found}
        print(json.dumps(found), how, file=sys.stderr)
        print(json.dumps(found))
        """
    )
    script = SLOWED[load] + CONVERT_ONE + textwrap.dedent(
        """
        from reader.core.kiosk.visitor_language import Restart, start_again
        pool.shutdown()  # as the window does when it closes (app.py starts again after that)
        execve = os.execve
        def telling_execve(*args):  # which children the reader had just before it started again
            from reader.core.kiosk.visitor_language import _running_children
            print("before execve:", _running_children(), file=sys.stderr, flush=True)
            execve(*args)
        os.execve = telling_execve
        start_again(Restart(sys.executable, [sys.executable, "-c", sys.argv[2]], dict(os.environ)))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, str(article), report],
                          env=env, capture_output=True, text=True, timeout=45)  # fmt: skip
    started = [int(pid) for pid in done.stdout.splitlines()[0].split()]
    kill_all(started)
    assert done.returncode == 0, done.stderr[-2000:]
    left = json.loads(done.stdout.splitlines()[1])
    assert left == {}, done.stderr[-3000:] + (
        f"the kiosk started again with these children of the one before (state Z: <defunct>): {left}; "
        f"its conversion process and resource tracker were {started}"
    )
    assert "leaked semaphore" not in done.stderr, done.stderr[-3000:]


@pytest.mark.timeout(60)
def test_a_killed_reader_leaves_no_conversion_process_running(article: Path) -> None:
    """SIGKILL gives the reader no chance to end anything: its conversion process (and with it
    multiprocessing's resource tracker) ends on its own within a few seconds."""
    script = CONVERT_ONE + "import time\ntime.sleep(60)\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script, str(article)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    started: list[int] = []
    try:
        assert proc.stdout is not None
        started = [int(pid) for pid in proc.stdout.readline().split()]
        assert len(started) == 2, proc.communicate()[1][-2000:]  # the conversion process and the tracker
        proc.kill()
        proc.wait()
        left = still_running(started, 5)
        assert left == [], f"still running 5 s after the reader was killed: {left} of {started}"
    finally:  # its children first: they hold its output pipes open
        kill_all(started)
        proc.kill()
        proc.communicate(timeout=10)
