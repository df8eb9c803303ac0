"""A lock file beside a data file, so two copies of the app change it one after the other, on any OS."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

# Long enough for another copy of the app to finish a small write; a copy that hangs holding the lock
# must not freeze this one for good, so after this we go on without the lock (and log it).
WAIT_SECONDS = 10.0


def lock_path(path: Path) -> Path:
    """The lock file that guards path (NAME.lock beside it)."""
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def locked(path: Path, wait_seconds: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock file beside path while the block runs; where it cannot be made, run without it."""
    target = lock_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "a"):  # a read-only folder: the caller's write reports the problem
            pass
    except OSError:
        yield
        return
    from filelock import FileLock, Timeout  # here: most starts read without a lock (~10 ms to import)

    lock = FileLock(target, timeout=wait_seconds)
    try:
        lock.acquire()
    except Timeout:
        log.warning("%s stayed locked for %.0f s; going on without the lock", target, wait_seconds)
        yield
        return
    try:
        yield
    finally:
        lock.release()
