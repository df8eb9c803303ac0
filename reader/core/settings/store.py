"""The person's settings: a small JSON file, written through atomically on every change.

Each save re-reads the file under a lock file and writes back what is on disk plus the keys this copy
changed, so a second window that closes after the first one added a folder keeps that folder.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.files.atomic import atomic_write_text, move_aside
from reader.core.files.lock import locked
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


class Settings:
    """Key/value settings kept in one JSON file; a damaged file is moved aside, never overwritten."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        # What could not be read or saved, untranslated: (text, its {fields}); see problems.
        self._problems: list[tuple[str, dict[str, object]]] = []
        self._values: dict[str, Any] = {}
        self._changed: set[str] = set()  # keys set here and not yet saved
        self._listeners: list[Callable[[str, Any], None]] = []
        self.writable = path is not None
        # Files are replaced whole (atomic_write_text): reading needs no lock, which keeps the lock module
        # (filelock, ~10 ms) out of a start that changes nothing. Moving a damaged file aside does.
        if path is not None and not self._read(path, move_damaged=False):
            with locked(path):
                self._read(path)

    def _read(self, path: Path, move_damaged: bool = True) -> bool:
        """Load the file into memory; damage and newer versions are handled and told in problems. False
        (and nothing done) for a damaged file when move_damaged is False."""
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return True
        except (OSError, UnicodeDecodeError) as exc:
            self._tell(
                QT_TRANSLATE_NOOP(
                    "Settings", "Your settings could not be read ({problem}). Default settings are used."
                ),
                problem=exc,
            )
            self.writable = False
            return True
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or not isinstance(data.get("values", {}), dict):
                raise ValueError("not a settings object")
            if int(data.get("version", FORMAT_VERSION)) > FORMAT_VERSION:
                self._tell(
                    QT_TRANSLATE_NOOP(
                        "Settings",
                        "Your settings were saved by a newer version of this app. They are kept as they "
                        "are, and default settings are used for now.",
                    )
                )
                self.writable = False
                return True
            self._values = dict(data.get("values", {}))
        except (ValueError, TypeError):
            if not move_damaged:
                return False
            moved = move_aside(path)
            self._tell(
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "Your settings file was damaged, so default settings are used. The old file was kept as {moved}.",
                ),
                moved=moved,
            )
        return True

    def _tell(self, text: str, **fields: object) -> None:
        self._problems.append((text, fields))

    @property
    def problems(self) -> list[str]:
        """What could not be read or saved, in plain words in the reader's language as it is now: the
        file is read before the language is set up (a Spanish window said it in English, found by the
        independent walk)."""
        return [translate("Settings", text).format(**fields) for text, fields in self._problems]

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value, or default."""
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Store a value and save at once (when the file can be written)."""
        current = self._values.get(key)
        if key in self._values and type(current) is type(value) and current == value:
            return  # (True == 1 in Python, so the type is compared too)
        self._values[key] = value
        self._changed.add(key)
        self.save()
        for listener in list(self._listeners):
            listener(key, value)

    def on_change(self, listener: Callable[[str, Any], None]) -> None:
        """Call listener(key, value) after each change."""
        self._listeners.append(listener)

    def save(self) -> None:
        """Re-read the file under the lock, apply this copy's changes, write it atomically.

        A failure is logged and kept in problems, not raised.
        """
        if self.path is None or not self.writable:
            return
        with locked(self.path):
            mine = {key: self._values[key] for key in self._changed}
            self._values = {}
            self._read(self.path)
            if not self.writable:  # another copy made it unreadable or newer: leave it alone
                self._values.update(mine)
                return
            self._values.update(mine)
            payload = json.dumps(
                {"version": FORMAT_VERSION, "values": self._values}, indent=2, sort_keys=True
            )
            try:
                atomic_write_text(self.path, payload + "\n")
            except OSError as exc:
                log.warning("Could not save settings to %s: %s", self.path, exc)
                self._tell(
                    QT_TRANSLATE_NOOP("Settings", "Your settings could not be saved ({problem})."),
                    problem=exc.strerror or exc,
                )
                return
        self._changed.clear()

    def library_folders(self) -> list[Path]:
        """Extra article folders the person (or the clinic) added."""
        folders = self.get("library_folders", [])
        return [Path(f) for f in folders if isinstance(f, str)] if isinstance(folders, list) else []
