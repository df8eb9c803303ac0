"""Ctrl+C and the reader's worker processes: the reader decides what it means, a worker ignores it.

A terminal's Ctrl+C sends SIGINT to every process of the reader's process group, worker processes too.
A worker that died of it printed a traceback and made the reader report a failed build; one that died
while it started left the reader waiting forever to write it its start-up data. So workers are started
with SIGINT blocked (a new process inherits the signal mask) and, once running, ignore it.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Start processes inside this block: they begin with SIGINT blocked (where signal masks exist)."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: the worker ignores it once it runs
        yield
        return
    earlier = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, earlier)


def ignore_interrupts() -> None:
    """First thing in a worker process: ignore SIGINT (one that came while it started is dropped)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
