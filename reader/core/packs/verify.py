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

from reader.core.packs.format import (
    ARTICLES,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_TOTAL_BYTES,
    SIGNATURE,
    Manifest,
    PackError,
    check_zip_entry,
    parse_manifest,
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


@contextmanager
def open_pack(path: Path) -> Iterator[zipfile.ZipFile]:
    """Open a pack file as a zip; PackError with a plain sentence when it is not one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackError(f"The pack {path} cannot be opened ({exc.strerror or exc}).") from None
    if size == 0:
        raise PackError(f"The pack {path} is empty (0 bytes): the copy did not finish.")
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS:
        raise PackError(f"{path} is not a complete library pack: it is damaged or cut short.") from None
    try:
        yield archive
    finally:
        archive.close()


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise PackError("The pack's description is larger than this app accepts.")
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except _ZIP_ERRORS:
        raise PackError("The pack is damaged: its description cannot be read.") from None
    if len(data) > limit:
        raise PackError("The pack's description is larger than this app accepts.")
    return data


def _check_signature(
    manifest: Manifest, raw: bytes, signature: bytes | None, trusted: Sequence[TrustedKey], allow_unsigned: bool
) -> TrustedKey | None:
    who = f'"{manifest.publisher}"'
    if signature is None:
        if allow_unsigned:
            return None
        raise PackError(f"This pack says it comes from {who}, but it is not signed, so that cannot be checked.")
    for candidate in trusted:
        if signature_valid(candidate.key, signature, raw):
            return candidate
    if any(c.key_id == manifest.key_id for c in trusted):
        raise PackError(f"This pack says it comes from {who}, but its signature does not match: it was changed or damaged.")
    raise PackError(
        f"This pack says it comes from {who}, but it is signed by a key this computer does not trust "
        f"(key {manifest.key_id})."
    )


def read_manifest(
    archive: zipfile.ZipFile, trusted: Sequence[TrustedKey], allow_unsigned: bool = False
) -> tuple[Manifest, TrustedKey | None]:
    """Check the pack's structure and signature; returns the manifest and the key that signed it."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackError("The pack holds more files than this app accepts.")
    names = Counter(info.filename for info in infos)
    doubled = [name for name, n in names.items() if n > 1]
    if doubled:
        raise PackError(f"The pack holds two files with the same name ({doubled[0][:80]!r}), which is not allowed.")
    for info in infos:
        check_zip_entry(info)
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise PackError("The pack unpacks to more than this app accepts: it is not safe to open.")
    by_name = {info.filename: info for info in infos}
    if MANIFEST not in by_name:
        raise PackError("This file is not a library pack (it has no manifest.json).")
    raw = _read_small(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES)
    manifest = parse_manifest(raw)
    signature = _read_small(archive, by_name[SIGNATURE], 1024) if SIGNATURE in by_name else None
    signer = _check_signature(manifest, raw, signature, trusted, allow_unsigned)
    present = set(by_name) - {MANIFEST, SIGNATURE}
    listed = set(manifest.members)
    if listed - present:
        missing = sorted(listed - present)[0]
        raise PackError(f"The pack is incomplete: {missing!r} is listed but missing.")
    if present - listed:
        extra = sorted(present - listed)[0]
        raise PackError(f"The pack holds a file its description does not list ({extra!r}).")
    for name, member in manifest.members.items():
        if by_name[name].file_size != member.size:
            raise PackError(f"The pack is damaged: {name!r} does not have the size its description gives.")
    if sum(1 for n in listed if n.startswith(ARTICLES)) != manifest.article_count:
        raise PackError("The pack is damaged: its article count does not match its files.")
    current = app_version()
    if current != UNKNOWN and version_key(manifest.min_app_version) > version_key(current):
        raise PackError(
            f"This pack needs app version {manifest.min_app_version} or newer; this is {current}. Please update the app."
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
        raise PackError(f"The pack is damaged: {name!r} cannot be read.") from None
    if total != expected.size or digest.hexdigest() != expected.sha256:
        raise PackError(f"The pack is damaged or was changed: {name!r} does not match its checksum.")


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
