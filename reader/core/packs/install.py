"""Installed packs: where they live, installing with an atomic switch, removing and rolling back.

Each pack id has a folder ``<root>/<id>/`` holding one folder per kept version and ``state.json``,
which names the current and the previous version folder. A new version is unpacked into a hidden
temporary folder beside them, checked, renamed into place, and only then made current by replacing
state.json atomically: a kill at any moment leaves state.json naming a complete folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.files.atomic import atomic_write_text, rename_into_place
from reader.core.files.locations import pack_folders
from reader.core.files.lock import locked
from reader.core.languages.translate import translate
from reader.core.packs.format import (
    MANIFEST,
    SIGNATURE,
    Manifest,
    PackError,
    parse_manifest,
    valid_id,
    version_key,
)

if TYPE_CHECKING:
    from reader.core.packs.trust import TrustedKey

log = logging.getLogger(__name__)

STATE = "state.json"
_TEMP_PREFIX = ".tmp-"
_REMOVED_PREFIX = ".removed-"


@dataclass(frozen=True)
class InstalledPack:
    """One installed pack: its manifest, the folder of its current version, and what came before."""

    manifest: Manifest
    folder: Path
    previous: Manifest | None = None

    @property
    def articles_dir(self) -> Path:
        """The folder of the pack's articles (a library folder)."""
        return self.folder / "articles"

    @property
    def index_dir(self) -> Path:
        """The pack's prebuilt search index."""
        return self.folder / "index"


@dataclass(frozen=True)
class Changes:
    """What installing a pack changes: article paths added, changed and removed, and the size."""

    pack: Manifest
    installed: Manifest | None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        """Bytes the new version takes on disk."""
        return self.pack.total_size

    @property
    def same_version(self) -> bool:
        """True when exactly this version is installed already."""
        return self.installed is not None and self.installed.to_bytes() == self.pack.to_bytes()

    def summary(self) -> str:
        """One line: what changes."""
        return (
            f"{len(self.added):,} article{'' if len(self.added) == 1 else 's'} added, {len(self.changed):,} changed, "
            f"{len(self.removed):,} removed; "
            f"{self.size / 1_000_000:.1f} MB"
        )


def plan_changes(pack: Manifest, installed: Manifest | None) -> Changes:
    """Compare the pack's articles with the installed version's."""
    new = pack.articles()
    old = installed.articles() if installed is not None else {}
    return Changes(
        pack,
        installed,
        added=sorted(set(new) - set(old)),
        changed=sorted(p for p in set(new) & set(old) if new[p] != old[p]),
        removed=sorted(set(old) - set(new)),
    )


def _read_manifest_file(folder: Path) -> Manifest:
    return parse_manifest((folder / MANIFEST).read_bytes())


class PackStore:
    """The packs installed in one place (the person's data folder, or the site folder with --system)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    # Reading -------------------------------------------------------------

    def _state(self, pack_id: str) -> dict[str, str | None] | None:
        try:
            data = json.loads((self.root / pack_id / STATE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("The record of installed pack %s cannot be read: %s", pack_id, exc)
            return None
        if not isinstance(data, dict) or not isinstance(data.get("current"), str):
            log.warning("The record of installed pack %s is damaged", pack_id)
            return None
        return data

    def get(self, pack_id: str) -> InstalledPack | None:
        """The installed pack with this id, or None."""
        if not valid_id(pack_id):
            return None
        state = self._state(pack_id)
        if state is None:
            return None
        folder = self.root / pack_id / str(state["current"])
        try:
            manifest = _read_manifest_file(folder)
        except (OSError, PackError) as exc:
            log.warning("Installed pack %s cannot be read: %s", pack_id, exc)
            return None
        previous = None
        if isinstance(state.get("previous"), str):
            with contextlib.suppress(OSError, PackError):
                previous = _read_manifest_file(self.root / pack_id / str(state["previous"]))
        return InstalledPack(manifest, folder, previous)

    def installed(self) -> list[InstalledPack]:
        """Every installed pack, by id."""
        try:
            names = sorted(p.name for p in self.root.iterdir() if p.is_dir() and valid_id(p.name))
        except OSError:
            return []
        return [pack for name in names if (pack := self.get(name)) is not None]

    # Changing ------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One install, removal or rollback at a time in this store."""
        self.root.mkdir(parents=True, exist_ok=True)
        with locked(self.root / "store"):
            yield

    def _write_state(self, pack_id: str, current: str, previous: str | None) -> None:
        state = {"current": current, "previous": previous}
        atomic_write_text(self.root / pack_id / STATE, json.dumps(state, indent=1))

    def _clean(self, pack_id: str) -> None:
        """Remove unfinished installs and versions that are neither current nor previous."""
        state = self._state(pack_id) or {}
        keep = {state.get("current"), state.get("previous")}
        folder = self.root / pack_id
        with contextlib.suppress(OSError):
            for child in folder.iterdir():
                if child.is_dir() and child.name not in keep:
                    shutil.rmtree(child, ignore_errors=True)
        with contextlib.suppress(OSError):
            for child in self.root.iterdir():
                if child.name.startswith(_REMOVED_PREFIX):
                    shutil.rmtree(child, ignore_errors=True)

    def install(
        self,
        path: Path,
        trusted: Sequence[TrustedKey],
        allow_unsigned: bool = False,
        downgrade: bool = False,
        confirm: Callable[[Changes], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Changes:
        """Check the pack, unpack it beside the installed version and switch over atomically.

        confirm sees the changes before anything is written and may say no (then PackError is not
        raised: the Changes are returned and nothing changed). Every failure raises PackError and
        leaves the installed library as it was.
        """
        from reader.core.packs.verify import open_pack, read_manifest  # here: cryptography loads on use

        with open_pack(path) as archive, self._locked():
            manifest, _signer = read_manifest(archive, trusted, allow_unsigned)
            current = self.get(manifest.id)
            old = current.manifest if current is not None else None
            if old is not None:
                self.check_replaces(old, manifest, downgrade)
            changes = plan_changes(manifest, old)
            if changes.same_version or (confirm is not None and not confirm(changes)):
                return changes
            pack_dir = self.root / manifest.id
            new_pack = not pack_dir.exists()
            pack_dir.mkdir(parents=True, exist_ok=True)
            self._clean(manifest.id)
            temp = pack_dir / f"{_TEMP_PREFIX}{secrets.token_hex(4)}"
            try:
                self._unpack(archive, manifest, temp, progress)
                final = pack_dir / f"v{manifest.version}-{secrets.token_hex(4)}"
                rename_into_place(temp, final)
            except BaseException:
                shutil.rmtree(temp, ignore_errors=True)
                if new_pack:  # a first install that failed leaves no empty packs/<id>/ behind
                    with contextlib.suppress(OSError):
                        pack_dir.rmdir()  # only when empty: nothing else is ever removed here
                raise
            _sync()
            previous = current.folder.name if current is not None else None
            self._write_state(manifest.id, final.name, previous)  # the switch
            self._clean(manifest.id)
            return changes

    @staticmethod
    def check_replaces(old: Manifest, new: Manifest, downgrade: bool) -> None:
        """PackError when new may not replace the installed old (another key, older, same version changed)."""
        if old.key_id != new.key_id:
            raise PackError(
                translate("Packs", "“{title}” is installed already, from a different publisher key.").format(title=old.title),
                translate("Packs", "Ask your clinic's IT team which one to keep."),
                translate("Packs", "Installed: key {old}; this pack: key {new}. To replace it: cancer-reader pack remove {id}, then install this pack.").format(old=old.key_id, new=new.key_id, id=old.id),
            )  # fmt: skip
        if version_key(new.version) < version_key(old.version) and not downgrade:
            raise PackError(
                translate("Packs", "This pack is version {new} of “{title}”, older than the version {old} you have.").format(new=new.version, title=new.title, old=old.version),
                translate("Packs", "You can keep the one you have."),
                translate("Packs", "To install it anyway: cancer-reader pack install --downgrade FILE."),
            )  # fmt: skip
        if new.version == old.version and new.to_bytes() != old.to_bytes():
            raise PackError(
                translate("Packs", "This pack says it is version {version} of “{title}”, but the version {version} you have is different.").format(version=new.version, title=new.title),
                translate("Packs", "Ask “{publisher}” for a copy with a new version number.").format(publisher=new.publisher),
            )  # fmt: skip

    @staticmethod
    def _unpack(archive: zipfile.ZipFile, manifest: Manifest, temp: Path, progress: Callable[[int, int], None] | None) -> None:
        from reader.core.packs.verify import copy_member

        temp.mkdir()
        names = sorted(manifest.members)
        for n, name in enumerate(names, 1):
            target = temp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("xb") as sink:
                copy_member(archive, manifest, name, sink)
            if progress is not None:
                progress(n, len(names))
        (temp / MANIFEST).write_bytes(manifest.to_bytes())
        with contextlib.suppress(KeyError):
            (temp / SIGNATURE).write_bytes(archive.read(SIGNATURE))

    def remove(self, pack_id: str) -> InstalledPack:
        """Remove an installed pack (every kept version) in one rename; PackError when not installed."""
        with self._locked():
            pack = self.get(pack_id)
            if pack is None:
                raise PackError(f"No pack with the id {pack_id!r} is installed here.")
            gone = self.root / f"{_REMOVED_PREFIX}{pack_id}-{secrets.token_hex(4)}"
            rename_into_place(self.root / pack_id, gone)
            shutil.rmtree(gone, ignore_errors=True)
            return pack

    def rollback(self, pack_id: str) -> InstalledPack:
        """Make the previous version current again (and the current one previous)."""
        with self._locked():
            state = self._state(pack_id) if valid_id(pack_id) else None
            if state is None:
                raise PackError(f"No pack with the id {pack_id!r} is installed here.")
            previous = state.get("previous")
            if not isinstance(previous, str) or not (self.root / pack_id / previous / MANIFEST).is_file():
                raise PackError(f"There is no earlier version of {pack_id!r} to go back to.")
            self._write_state(pack_id, previous, str(state["current"]))
            pack = self.get(pack_id)
            assert pack is not None
            return pack


def _sync() -> None:
    """Push the unpacked files to disk before the switch, so a power cut cannot leave it half-written."""
    if hasattr(os, "sync"):
        os.sync()


def installed_problems(pack: InstalledPack) -> list[str]:
    """Files of an installed pack that are missing or differ from its manifest (empty when complete)."""
    import hashlib

    problems = []
    for name, member in pack.manifest.members.items():
        try:
            data = (pack.folder / name).read_bytes()
        except OSError:
            problems.append(f"{name}: missing")
            continue
        if hashlib.sha256(data).hexdigest() != member.sha256:
            problems.append(f"{name}: changed")
    return problems


def pack_stores(data_dir: Path) -> list[PackStore]:
    """The bundle's store (a pack built into the installer), the site store (IT's packs for everyone),
    then the person's own."""
    return [PackStore(folder) for folder in pack_folders(data_dir)]


def newest_packs(stores: Sequence[PackStore]) -> list[InstalledPack]:
    """Every installed pack once: where one id is in several stores, the newest version (the later
    store when they are the same), so a newer pack installed later wins over the one the installer
    brought."""
    chosen: dict[str, InstalledPack] = {}
    for store in stores:
        for pack in store.installed():
            old = chosen.get(pack.manifest.id)
            if old is None or version_key(pack.manifest.version) >= version_key(old.manifest.version):
                chosen.pop(pack.manifest.id, None)
                chosen[pack.manifest.id] = pack
    return list(chosen.values())
