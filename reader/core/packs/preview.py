"""What a person sees before installing a pack: who made it, when, what it changes, and whether it can
be installed here (signed by a trusted publisher, not older than the installed version)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core.library.dates import long_date
from reader.core.packs.format import MANIFEST, Manifest, PackError, parse_manifest
from reader.core.packs.install import Changes, PackStore, plan_changes
from reader.core.packs.trust import TrustedKey
from reader.core.packs.verify import open_pack, read_manifest


@dataclass(frozen=True)
class PackPreview:
    """A pack file looked at without unpacking it (the full check of every file comes at install)."""

    path: Path
    file_size: int
    #: What the pack says about itself (None when even that cannot be read).
    manifest: Manifest | None
    #: Signed by a key this computer trusts.
    trusted: bool
    #: The key that signed it, when trusted.
    signed_by: TrustedKey | None
    changes: Changes | None
    #: Why it cannot be installed and what a person can do, in plain words ("" when it can).
    problem: str = ""
    #: The technical part for staff: the file inside the pack, the key ("" when none).
    details: str = ""

    @property
    def can_install(self) -> bool:
        """True when the install may go ahead (it checks everything again)."""
        return self.manifest is not None and self.trusted and not self.problem

    @property
    def same_version(self) -> bool:
        """True when exactly this version is installed already."""
        return self.changes is not None and self.changes.same_version


def published(manifest: Manifest) -> dt.date | None:
    """The day the pack was made (from its manifest), or None when the date cannot be read."""
    try:
        return dt.datetime.fromisoformat(manifest.created).date()
    except ValueError:
        return None


def published_text(manifest: Manifest) -> str:
    """The day the pack was made, written for people ("29 November 2026")."""
    day = published(manifest)
    return long_date(day) if day is not None else manifest.created


def _claimed(archive: zipfile.ZipFile) -> Manifest | None:
    """What an untrusted or damaged pack says about itself, for the preview only."""
    try:
        info = archive.getinfo(MANIFEST)
        if info.file_size > 16 * 1024 * 1024:
            return None
        return parse_manifest(archive.read(info))
    except (KeyError, PackError, OSError, zipfile.BadZipFile, ValueError):
        return None


def preview_pack(path: Path, trusted: Sequence[TrustedKey], store: PackStore) -> PackPreview:
    """Read the pack's description, check its structure and signature, and compare it with what is
    installed in store; never raises for a bad file (the problem says what is wrong)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        with open_pack(path) as archive:
            try:
                manifest, signer = read_manifest(archive, trusted)
            except PackError as exc:
                return PackPreview(path, size, _claimed(archive), False, None, None, exc.plain, exc.details)
    except PackError as exc:
        return PackPreview(path, size, None, False, None, None, exc.plain, exc.details)
    installed = store.get(manifest.id)
    old = installed.manifest if installed is not None else None
    problem = details = ""
    if old is not None:
        try:
            PackStore.check_replaces(old, manifest, downgrade=False)
        except PackError as exc:
            problem, details = exc.plain, exc.details
    return PackPreview(path, size, manifest, True, signer, plan_changes(manifest, old), problem, details)
