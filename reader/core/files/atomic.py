"""Writing files so a crash never leaves half a file, and moving damaged files aside."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, mode: int | None = None, sync: bool = True) -> None:
    """Write data to path through a temporary file and os.replace; the old file survives a crash.

    mode sets the file's permission bits (the temporary file starts private, 0o600). sync=False skips
    the fsync, for caches that can be rebuilt (a power cut may then leave an empty, damaged entry).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: Path, text: str, mode: int | None = None) -> None:
    """Write UTF-8 text atomically."""
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def move_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged file to NAME.damaged-YYYYmmdd-HHMMSS[...] beside it; returns the new path."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    return target


def rename_into_place(source: Path, target: Path) -> None:
    """Move a finished file or folder to target in one step (a crash leaves one or the other)."""
    os.replace(source, target)
