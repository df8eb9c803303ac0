"""Temporary folders the app makes for itself: removed when closed or when the process ends, and swept
at a later start when the process that made them died without removing them.

Each folder holds an owner file that its process keeps locked (filelock: an OS lock, which ends with
the process however it ends) for as long as the folder is in use. A sweep removes a folder only when
that owner file is there, is older than a few seconds and nobody holds its lock: so it never touches a
folder this code did not make, nor one in use.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filelock import BaseFileLock

log = logging.getLogger(__name__)

#: The owner file inside each folder; only this module makes it.
OWNER = ".cancer-reader-owner"
#: A folder younger than this is left alone (its maker may not have locked the owner file yet).
GRACE_SECONDS = 10.0

_mine: set[Path] = set()  # folders this process made and has not removed yet


class ScratchFolder:
    """A new folder under the system's temporary folder, gone after remove() or at the process's end."""

    def __init__(self, prefix: str) -> None:
        from filelock import FileLock  # here: most starts never make one (~10 ms to import)

        self.path = Path(tempfile.mkdtemp(prefix=prefix))
        _mine.add(self.path)
        owner = FileLock(str(self.path / OWNER), timeout=0)
        try:
            owner.acquire()
        except Exception:  # an odd file system: the folder still goes at remove() or at the end
            log.debug("could not lock %s", self.path / OWNER, exc_info=True)
        self._finalizer = weakref.finalize(self, _remove, self.path, owner, os.getpid())

    def remove(self) -> None:
        """Delete the folder and everything in it (once; later calls do nothing)."""
        self._finalizer()


def _remove(path: Path, owner: BaseFileLock, pid: int) -> None:
    if os.getpid() != pid:  # a forked child must not remove its parent's folder
        return
    with contextlib.suppress(Exception):
        owner.release(force=True)  # (Windows cannot delete a file that is still open)
    shutil.rmtree(path, ignore_errors=True)
    _mine.discard(path)


def _abandoned(owner: Path) -> bool:
    """True when owner is an owner file older than the grace time that no live process holds."""
    try:
        if not owner.is_file() or time.time() - owner.stat().st_mtime < GRACE_SECONDS:
            return False
    except OSError:
        return False
    from filelock import FileLock, Timeout

    lock = FileLock(str(owner), timeout=0)
    try:
        lock.acquire()
    except (Timeout, OSError):
        return False  # held: its process is alive (or the file cannot be locked: leave it)
    lock.release(force=True)
    return True


def sweep(prefix: str, folder: Path | None = None) -> int:
    """Remove folders named prefix* that a dead process of this app left behind; returns how many."""
    base = Path(folder) if folder is not None else Path(tempfile.gettempdir())
    removed = 0
    try:
        candidates = list(base.glob(f"{prefix}*"))
    except OSError:
        return 0
    for candidate in candidates:
        if candidate in _mine or candidate.is_symlink() or not candidate.is_dir():
            continue
        if _abandoned(candidate / OWNER):
            shutil.rmtree(candidate, ignore_errors=True)
            removed += not candidate.exists()
    if removed:
        log.info("Removed %d temporary folder(s) left behind by an earlier run", removed)
    return removed
