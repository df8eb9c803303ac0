"""The kiosk home page's language button: a visitor's choice of language, and starting the reader again in it.

The window's words are set when it is built, so the kiosk switches language by starting again in the same
process (os.execv: a kiosk shell such as cage, which watches its one program, keeps running). The chosen
language travels in an environment variable; the next Start over or idle reset starts again without it,
in the policy's language.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reader.core.kiosk.policy import MAX_FONT_SCALE, MIN_FONT_SCALE, KioskPolicy

log = logging.getLogger(__name__)

#: The language a visitor chose with the home page's button, for the reader started again in it.
VISITOR_ENV = "CANCER_READER_VISITOR_LANGUAGE"
#: The language the kiosk was in before any visitor chose one (the one a reset goes back to).
HOME_ENV = "CANCER_READER_KIOSK_HOME_LANGUAGE"
#: The text size (percent) the visitor had chosen when they switched language: the reader started again keeps
#: it (walk 9, C9-8: "Español" at 300% came up at 100%, seven taps on A+ away in a new language).
SIZE_ENV = "CANCER_READER_VISITOR_TEXT_SIZE"


def visitor_language(policy: KioskPolicy, environ: Mapping[str, str] | None = None) -> str:
    """The language a visitor chose on this kiosk (one the policy's button offers), or ""."""
    env = os.environ if environ is None else environ
    chosen = env.get(VISITOR_ENV, "").strip()
    return chosen if policy.enabled and chosen in policy.language_button else ""


def visitor_text_size(policy: KioskPolicy, environ: Mapping[str, str] | None = None) -> int:
    """The text size (75-300) a visitor had when they switched language on this kiosk, or 0."""
    env = os.environ if environ is None else environ
    try:
        size = int(env.get(SIZE_ENV, "").strip())
    except ValueError:
        return 0
    return size if policy.enabled and MIN_FONT_SCALE <= size <= MAX_FONT_SCALE else 0


@dataclass(frozen=True)
class Restart:
    """How to start the reader again: the program, its arguments (argv[0] first) and its environment."""

    program: str
    argv: list[str]
    environ: dict[str, str]


def restart_in(
    chosen: str,
    current: str,
    environ: Mapping[str, str] | None = None,
    argv: Sequence[str] | None = None,
    text_size: int = 0,
) -> Restart:
    """The reader started the same way, in the visitor's chosen language ("" for the kiosk's own: a reset,
    which also forgets the visitor's text size), at the visitor's text size (percent; 0 for the policy's)."""
    env = dict(os.environ if environ is None else environ)
    home = env.get(HOME_ENV, "") or current
    env.pop(VISITOR_ENV, None)
    env.pop(HOME_ENV, None)
    env.pop(SIZE_ENV, None)
    if chosen and chosen != home:
        env[VISITOR_ENV] = chosen
        env[HOME_ENV] = home
    if chosen and text_size:
        env[SIZE_ENV] = str(text_size)
    if argv is None:
        frozen = getattr(sys, "frozen", False)
        argv = [sys.executable, *sys.argv[1:]] if frozen else list(getattr(sys, "orig_argv", None) or sys.argv)
        if not frozen and argv and not os.path.isabs(argv[0]):
            argv = [sys.executable, *argv[1:]]
    return Restart(program=argv[0], argv=list(argv), environ=env)


def end_child_processes(grace: float = 1.0) -> None:
    """End this process's worker processes (page conversions, index workers) and wait for them, and for
    multiprocessing's resource tracker too. os.execve keeps the process id, so a child left running
    became a child of the reader started again, which does not know it: each one stayed <defunct> until
    the kiosk ended (6 after about 5 minutes of visitors, walk 4). Workers were told to stop when the
    window closed: they get grace seconds to finish, then are ended.

    The tracker is ended last, once the pools' queues are gone: their semaphores tell it when they go,
    and one that went after it had ended started a new tracker (a child nobody waits for after
    os.execve). On a busy machine the workers and their managing threads were still there when the
    grace ran out (this function's own list of workers kept their queues too), so the tracker was
    ended first: "leaked semaphore" warnings, and once in a while a <defunct> child at the restart.
    """
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:  # no process was ever started
        return
    deadline = time.monotonic() + grace
    _end_workers(multiprocessing.active_children(), deadline)
    _wait_for_threads(deadline)
    gc.collect()  # nothing here holds the workers now: their queues' semaphores go while the tracker runs
    # From here on a semaphore let go (its finalizer, in whatever thread) tells no tracker: telling one
    # after it had ended started a new one, a child nobody waits for after os.execve (<defunct>: seen
    # once in 20 runs under load 9-12, "UNREGISTER" reaching the new tracker). The semaphore itself is
    # still removed by its finalizer; this process is about to be replaced.
    _silence_resource_tracker()
    _stop_resource_tracker()
    _reap_children(max(0.5, deadline - time.monotonic()))
    # A thread that would not end in time may still have started a tracker again: end that one too.
    for _ in range(3):
        if _resource_tracker_pid() is None:
            break
        gc.collect()
        _stop_resource_tracker()
        _reap_children(0.5)


def _end_workers(children: list[Any], deadline: float) -> None:
    """Wait for multiprocessing's children until deadline; end the ones still running."""
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
    for child in children:
        if child.is_alive():
            child.terminate()
            child.join(1.0)
        if child.is_alive():
            child.kill()
            child.join(1.0)


def _wait_for_threads(deadline: float) -> None:
    """Wait for the threads that manage process pools (up to MANAGER_SECONDS: their processes are gone,
    so they end soon, later on a busy machine), for any other thread until the deadline, and then for
    the threads that are in their last moment (see _wait_for_finishing_threads)."""
    for thread in _process_manager_threads():
        thread.join(MANAGER_SECONDS)
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon and thread.is_alive():
            thread.join(max(0.2, deadline - time.monotonic()))
    _wait_for_finishing_threads(MANAGER_SECONDS)


def _wait_for_finishing_threads(seconds: float) -> None:
    """Wait up to seconds for the threads that threading.enumerate() no longer lists but that have not
    ended. A thread leaves that list when its run() returns, and only after that lets go of its own
    object: a process pool's manager thread holds the pool's queues there, so their semaphores went in
    that last moment, after the resource tracker had been ended when this process was not given the
    processor in between ("leaked semaphore" warnings at about 1 restart in 20, more under load). The
    interpreter's own exit waits for the same locks (threading._shutdown); os.execve skips that exit.
    Python 3.11 and 3.12 keep these locks; elsewhere this returns at once."""
    guard = getattr(threading, "_shutdown_locks_lock", None)
    locks = getattr(threading, "_shutdown_locks", None)
    if guard is None or not isinstance(locks, set):
        return
    listed = {getattr(thread, "_tstate_lock", None) for thread in threading.enumerate()}
    with guard:
        finishing = [lock for lock in locks if lock not in listed]
    end = time.monotonic() + seconds
    for lock in finishing:  # a thread's lock is let go once the thread has ended, its last moment too
        if lock.acquire(timeout=max(0.0, end - time.monotonic())):
            lock.release()


#: How long (seconds) to wait for a process pool's manager thread once its processes have ended.
MANAGER_SECONDS = 5.0


def _process_manager_threads() -> list[threading.Thread]:
    """concurrent.futures' threads that manage process pools (each ends once its processes have)."""
    module = sys.modules.get("concurrent.futures.process")
    kind = getattr(module, "_ExecutorManagerThread", None)
    if not isinstance(kind, type):
        return []
    return [thread for thread in threading.enumerate() if isinstance(thread, kind) and thread.is_alive()]


def _resource_tracker() -> object | None:
    """multiprocessing's resource tracker of this process, if multiprocessing made one."""
    return getattr(sys.modules.get("multiprocessing.resource_tracker"), "_resource_tracker", None)


def _resource_tracker_pid() -> int | None:
    """The process id of the resource tracker while one is running."""
    pid = getattr(_resource_tracker(), "_pid", None)
    return pid if isinstance(pid, int) else None


def _silence_resource_tracker() -> None:
    """Make the resource tracker's messages go nowhere (so none can start it again)."""
    tracker = _resource_tracker()
    if tracker is not None and hasattr(tracker, "_send"):
        tracker._send = _tell_nothing


def _tell_nothing(*_args: object) -> None:
    """A resource tracker message that is not sent."""


def _stop_resource_tracker() -> None:
    """End the resource tracker (it ends once its pipe is closed; _stop closes it and waits)."""
    stop_tracker = getattr(_resource_tracker(), "_stop", None)
    if stop_tracker is None:
        return
    try:
        stop_tracker()
    except Exception:  # a private function: never let it keep the kiosk from starting again
        log.debug("Stopping multiprocessing's resource tracker failed", exc_info=True)


def _reap_children(seconds: float) -> None:
    """Wait for every other child of this process to end, up to seconds; then end the ones still running
    (nobody could wait for them after os.execve, nor use them: the reader started again knows none)."""
    if not hasattr(os, "WNOHANG"):  # Windows: no os.execve children to worry about
        return
    end = time.monotonic() + seconds
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:  # none left
            return
        if pid == 0:  # some still running
            if time.monotonic() >= end:
                break
            time.sleep(0.05)
    left = _running_children()
    if left:
        log.warning("Kiosk: ending %d process(es) of the last visitor's before starting again", len(left))
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ChildProcessError, ProcessLookupError):  # ended and waited for meanwhile
            pass


def _running_children() -> list[int]:
    """The process ids of this process's children (Linux: from /proc; elsewhere none are known)."""
    me = str(os.getpid())
    found: list[int] = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for name in entries:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rpartition(")")[2].split()
        except OSError:  # ended meanwhile
            continue
        if len(fields) > 1 and fields[1] == me:
            found.append(int(name))
    return found


def start_again(restart: Restart) -> None:
    """Replace this process with the reader started again (does not return unless the start fails)."""
    log.info("Kiosk: starting again in %s", restart.environ.get(VISITOR_ENV) or "the kiosk's language")
    end_child_processes()
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    # No garbage collection from here on: a finalizer it ran could start multiprocessing's resource
    # tracker again, a child the reader started again would not know.
    gc.disable()
    try:
        os.execve(restart.program, restart.argv, restart.environ)
    except OSError:
        gc.enable()
        log.exception("Kiosk: could not start again (%s)", restart.program)
