"""Checking a pack before anything is changed: its structure, its signature, and every member's checksum."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reader.core.languages.translate import translate
from reader.core.packs.format import (
    ARTICLES,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_TOTAL_BYTES,
    SIGNATURE,
    Manifest,
    PackError,
    ask_for_new_copy,
    ask_to_trust,
    ask_to_update,
    check_zip_entry,
    damaged,
    needs_newer_reader,
    not_a_pack,
    parse_manifest,
    too_large,
    unsafe,
    version_key,
)
from reader.core.packs.signing import signature_valid
from reader.core.packs.trust import TrustedKey
from reader.version import UNKNOWN, app_version

CHUNK = 1024 * 1024
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError)


@dataclass(frozen=True)
class VerifiedPack:
    """A pack whose signature and every member checked out."""

    path: Path
    manifest: Manifest
    signed_by: TrustedKey | None  # None: unsigned, accepted only with --allow-unsigned
    file_size: int


def cannot_open(path: Path, exc: OSError) -> PackError:
    """The pack file cannot be read at all (gone, or its USB stick pulled out)."""
    return PackError(
        translate("Packs", "This pack file cannot be opened."),
        translate("Packs", "Check that it is still there (for example, that the USB stick is plugged in), then try again."),
        f"{path}: {exc.strerror or exc}",
    )  # fmt: skip


# How every zip file starts: a first file's header, or the end record of an empty zip.
_ZIP_STARTS = (b"PK\x03\x04", b"PK\x05\x06")


def _starts_like_a_zip(path: Path) -> bool:
    """True when the file begins as a zip does, so one that fails to open was cut short or damaged (a
    pack copied in part); False for any other kind of file and for a folder. PackError when it cannot
    be read (no permission, the USB stick pulled out)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) in _ZIP_STARTS
    except IsADirectoryError:
        return False
    except OSError as exc:
        raise cannot_open(path, exc) from None


@contextmanager
def open_pack(path: Path) -> Iterator[zipfile.ZipFile]:
    """Open a pack file as a zip; PackError with a plain sentence when it is not one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise cannot_open(path, exc) from None
    if size == 0:
        raise PackError(translate("Packs", "This pack file is empty: the copy did not finish."),
                        translate("Packs", "Copy the pack again."), str(path))  # fmt: skip
    if not _starts_like_a_zip(path):  # a document, a picture, a file renamed .pack (walk 10, X1)
        raise not_a_pack(translate("Packs", "{path} is not a zip file.").format(path=path))
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS:
        raise PackError(
            translate("Packs", "This pack is damaged or was not copied in full."),
            ask_for_new_copy(),
            translate("Packs", "{path} is not a complete zip file.").format(path=path),
        ) from None
    try:
        yield archive
    finally:
        archive.close()


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    too_big = translate("Packs", "{name} is larger than {limit} bytes.").format(name=info.filename, limit=limit)
    if info.file_size > limit:
        raise too_large(too_big)
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except _ZIP_ERRORS:
        raise damaged(translate("Packs", "{name} cannot be read.").format(name=repr(info.filename))) from None
    if len(data) > limit:
        raise too_large(too_big)
    return data


def _check_signature(
    manifest: Manifest, raw: bytes, signature: bytes | None, trusted: Sequence[TrustedKey], allow_unsigned: bool
) -> TrustedKey | None:
    who = manifest.publisher
    if signature is None:
        if allow_unsigned:
            return None
        raise PackError(
            translate("Packs", "This pack says it comes from “{publisher}”, but it is not signed, so that cannot be checked.").format(publisher=who),
            translate("Packs", "Ask whoever gave you this pack for a signed copy."),
            translate("Packs", "There is no manifest.sig."),
        )  # fmt: skip
    for candidate in trusted:
        if signature_valid(candidate.key, signature, raw):
            return candidate
    key = translate("Packs", "Key {key}.").format(key=manifest.key_id)
    if any(c.key_id == manifest.key_id for c in trusted):
        raise PackError(
            translate("Packs", "This pack says it comes from “{publisher}”, but it was changed or damaged after it was made.").format(publisher=who),
            ask_for_new_copy(),
            translate("Packs", "The signature does not match the manifest.") + " " + key,
        )  # fmt: skip
    raise PackError(
        translate("Packs", "This pack says it comes from “{publisher}”, but this computer is not set up to trust it.").format(publisher=who),
        ask_to_trust(who),
        translate("Packs", "Signed with a key this computer does not trust.") + " " + key,
    )  # fmt: skip


def read_manifest(
    archive: zipfile.ZipFile, trusted: Sequence[TrustedKey], allow_unsigned: bool = False
) -> tuple[Manifest, TrustedKey | None]:
    """Check the pack's structure and signature; returns the manifest and the key that signed it."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise too_large(translate("Packs", "More than {limit} files.").format(limit=f"{MAX_MEMBERS:,}"))
    names = Counter(info.filename for info in infos)
    doubled = [name for name, n in names.items() if n > 1]
    if doubled:
        raise unsafe(translate("Packs", "Two files with the same name: {name}").format(name=repr(doubled[0][:80])))
    for info in infos:
        check_zip_entry(info)
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise too_large(translate("Packs", "It unpacks to more than {limit} GB.").format(limit=MAX_TOTAL_BYTES >> 30))
    by_name = {info.filename: info for info in infos}
    if MANIFEST not in by_name:
        raise not_a_pack(translate("Packs", "It has no manifest.json."))
    raw = _read_small(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES)
    manifest = parse_manifest(raw)
    signature = _read_small(archive, by_name[SIGNATURE], 1024) if SIGNATURE in by_name else None
    signer = _check_signature(manifest, raw, signature, trusted, allow_unsigned)
    present = set(by_name) - {MANIFEST, SIGNATURE}
    listed = set(manifest.members)
    if listed - present:
        missing = sorted(listed - present)[0]
        raise damaged(translate("Packs", "{name} is listed in the manifest but missing.").format(name=repr(missing)))
    if present - listed:
        extra = sorted(present - listed)[0]
        raise damaged(translate("Packs", "{name} is not listed in the manifest.").format(name=repr(extra)))
    for name, member in manifest.members.items():
        if by_name[name].file_size != member.size:
            raise damaged(
                translate("Packs", "{name} does not have the size the manifest gives.").format(name=repr(name))
            )
    if sum(1 for n in listed if n.startswith(ARTICLES)) != manifest.article_count:
        raise damaged(translate("Packs", "The manifest's article_count does not match its files."))
    current = app_version()
    if current != UNKNOWN and version_key(manifest.min_app_version) > version_key(current):
        raise PackError(
            needs_newer_reader(),
            ask_to_update(),
            translate("Packs", "It needs version {needed} or newer; this is {current}.").format(
                needed=manifest.min_app_version, current=current
            ),
        )
    return manifest, signer


def copy_member(
    archive: zipfile.ZipFile, manifest: Manifest, name: str, sink: BinaryIO | None = None
) -> None:
    """Read one member, checking its size and SHA-256 against the manifest; write it to sink if given."""
    expected = manifest.members[name]
    digest = hashlib.sha256()
    total = 0
    try:
        with archive.open(name) as handle:
            while chunk := handle.read(CHUNK):
                total += len(chunk)
                if total > expected.size:
                    break
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
    except _ZIP_ERRORS:
        raise damaged(translate("Packs", "{name} cannot be read.").format(name=repr(name))) from None
    if total != expected.size or digest.hexdigest() != expected.sha256:
        raise damaged(translate("Packs", "{name} does not match its checksum.").format(name=repr(name)))


def verify_pack(
    path: Path,
    trusted: Sequence[TrustedKey],
    allow_unsigned: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> VerifiedPack:
    """Check everything in the pack (nothing is written); PackError with a plain sentence when it fails."""
    with open_pack(path) as archive:
        manifest, signer = read_manifest(archive, trusted, allow_unsigned)
        names = sorted(manifest.members)
        for n, name in enumerate(names, 1):
            copy_member(archive, manifest, name)
            if progress is not None:
                progress(n, len(names))
    return VerifiedPack(path, manifest, signer, path.stat().st_size)
