"""What a person sees before installing a pack: who made it, when, what it changes, and whether it can
be installed here (signed by a trusted publisher, every file whole, not older than the installed version).

`preview_pack` reads only the pack's description, so the preview shows at once; `check_files` then reads
every file the way the install does (without writing anything), so a damaged pack is named before the
person presses Install (walk 9, X9-4), not after."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core.library.dates import long_date
from reader.core.packs.format import MANIFEST, SIGNATURE, Manifest, PackError, parse_manifest
from reader.core.packs.install import Changes, PackStore, plan_changes
from reader.core.packs.trust import TrustedKey, trust_steps
from reader.core.packs.verify import cannot_open, open_pack, read_manifest, verify_pack


@dataclass(frozen=True)
class PackPreview:
    """A pack file looked at without unpacking it; `check_files` then reads every file in it."""

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
    # Every file in the pack was read and matched the signed list (check_files).
    checked: bool = False

    @property
    def needs_check(self) -> bool:
        """True when the description and signature are good and the files are still to be read."""
        ready = self.manifest is not None and self.trusted and not self.problem
        return ready and not self.checked and not self.same_version

    @property
    def can_install(self) -> bool:
        """True when the install may go ahead (it checks everything again)."""
        return self.manifest is not None and self.trusted and not self.problem and self.checked

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


def _untrusted_key(archive: zipfile.ZipFile, claimed: Manifest | None, trusted: Sequence[TrustedKey]) -> str:
    """The key id of a signed pack whose key this computer does not trust ("" for any other problem)."""
    if claimed is None or SIGNATURE not in archive.namelist():
        return ""
    return "" if any(key.key_id == claimed.key_id for key in trusted) else claimed.key_id


def preview_pack(
    path: Path, trusted: Sequence[TrustedKey], store: PackStore, config_dir: Path | None = None
) -> PackPreview:
    """Read the pack's description, check its structure and signature, and compare it with what is
    installed in store; never raises for a bad file (the problem says what is wrong). With config_dir, the
    details of a pack signed by a key not trusted here say where keys go and how (trust_steps)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        with open_pack(path) as archive:
            try:
                manifest, signer = read_manifest(archive, trusted)
            except PackError as exc:
                claimed = _claimed(archive)
                details = exc.details
                key = _untrusted_key(archive, claimed, trusted)
                if key and config_dir is not None:
                    details = f"{details}\n\n{trust_steps(key, config_dir)}".strip()
                return PackPreview(path, size, claimed, False, None, None, exc.plain, details)
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


def check_files(
    preview: PackPreview, trusted: Sequence[TrustedKey], progress: Callable[[int, int], None] | None = None
) -> PackPreview:
    """Read every file in the pack and check it against the signed list, as the install does, writing
    nothing; the preview again, checked, or with the problem (a damaged pack is no longer called trusted
    and is not compared with what is installed). progress(done, total) may raise to stop."""
    if not preview.needs_check:
        return preview
    try:
        verify_pack(preview.path, trusted, progress=progress)
    except (PackError, OSError) as exc:  # OSError: the file went away while it was read (a USB stick pulled out)
        problem = exc if isinstance(exc, PackError) else cannot_open(preview.path, exc)
        return dataclasses.replace(
            preview, trusted=False, signed_by=None, changes=None, problem=problem.plain, details=problem.details,
            checked=True,
        )  # fmt: skip
    return dataclasses.replace(preview, checked=True)
