"""The pack file format: member names, the manifest and its limits (see docs/PACKS.md)."""

from __future__ import annotations

import json
import re
import stat
import zipfile
from dataclasses import dataclass, field
from typing import Any

from reader.core.languages.translate import translate

FORMAT = "cancer-reader-pack"
# The manifest format this version writes and the newest it reads.
FORMAT_VERSION = 1

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ARTICLES = "articles/"
INDEX = "index/"
CATALOG = "catalog.json"
GLOSSARY = "glossary.json"
CATALOG_FORMAT = 1

# Limits that keep a hostile file from filling the disk or memory.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_MEMBERS = 100_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
# Markdown and the index compress 3-10x; 100x is a bomb.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 64 * 1024  # tiny members may compress oddly well (a run of spaces)

_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,39}")
_NAME_PART = re.compile(r"[^\\:*?\"<>|\x00-\x1f]+")


class PackError(Exception):
    """A pack that cannot be used: `problem` says what is wrong in plain words, `step` the one thing a
    person can do about it, `details` the technical part for staff (the file inside the pack, the key).
    str() is all three, for the command line; the window shows `plain` and keeps `details` apart."""

    def __init__(self, problem: str, step: str = "", details: str = "") -> None:
        super().__init__(problem)
        self.problem, self.step, self.details = problem, step, details

    @property
    def plain(self) -> str:
        """What is wrong and what to do, without the details for staff."""
        return " ".join(part for part in (self.problem, self.step) if part)

    def __str__(self) -> str:
        return " ".join(part for part in (self.problem, self.step, self.details) if part)


# What a person can do, one step each (the window and `pack install` say one after the problem).


def ask_for_new_copy() -> str:
    """For a pack that is damaged, cut short or changed."""
    return translate("Packs", "Ask whoever gave you this pack for a new copy.")


def ask_to_trust(publisher: str) -> str:
    """For a pack signed by a key this computer does not trust."""
    return translate("Packs", "Ask your clinic's IT team, or whoever gave you this pack, to set this computer up to trust “{publisher}”.").format(
        publisher=publisher
    )


def ask_to_update() -> str:
    """For a pack made for a newer reader."""
    return translate("Packs", "Ask your clinic's IT team to update this reader.")


def damaged(details: str) -> PackError:
    """A pack whose files do not match what its publisher signed."""
    return PackError(translate("Packs", "This pack is damaged, or it was changed after it was made."),
                     ask_for_new_copy(), details)  # fmt: skip


def unsafe(details: str) -> PackError:
    """A pack built to do harm, or made by a broken tool: it is not opened."""
    return PackError(translate("Packs", "This pack holds files that are not safe to open."),
                     translate("Packs", "Do not use it, and tell whoever gave it to you."), details)  # fmt: skip


def too_large(details: str) -> PackError:
    """A pack beyond the limits that keep a hostile file from filling the disk or memory."""
    return PackError(translate("Packs", "This pack is larger than this reader can open."),
                     translate("Packs", "Ask whoever gave you this pack for a smaller one."), details)  # fmt: skip


def not_a_pack(details: str = "") -> PackError:
    """A file that is not a library pack at all (another zip, a document)."""
    return PackError(translate("Packs", "This file is not a library pack."),
                     translate("Packs", "Check that you chose the right file."), details)  # fmt: skip


def needs_newer_reader() -> str:
    """The problem of a pack made for a newer reader."""
    return translate("Packs", "This pack needs a newer version of this reader.")


def _manifest_damaged(what: str) -> PackError:
    return damaged(translate("Packs", "manifest.json: {what} is missing or wrong.").format(what=what))


@dataclass(frozen=True)
class Member:
    """One file of the pack as the manifest records it."""

    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What a pack says about itself; signed by its publisher."""

    id: str
    title: str
    publisher: str
    language: str
    version: str
    created: str
    article_count: int
    index_format: str
    catalog_format: int
    min_app_version: str
    key_id: str
    members: dict[str, Member] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        """The exact bytes that are written to the pack and signed."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "format_version": self.format_version,
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "language": self.language,
            "version": self.version,
            "created": self.created,
            "article_count": self.article_count,
            "index_format": self.index_format,
            "catalog_format": self.catalog_format,
            "min_app_version": self.min_app_version,
            "key_id": self.key_id,
            "members": {n: {"sha256": m.sha256, "size": m.size} for n, m in sorted(self.members.items())},
        }
        return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")

    def articles(self) -> dict[str, str]:
        """{path below articles/: sha256} of every article."""
        return {n[len(ARTICLES):]: m.sha256 for n, m in self.members.items() if n.startswith(ARTICLES)}

    @property
    def total_size(self) -> int:
        """The unpacked size of every member, in bytes."""
        return sum(m.size for m in self.members.values())


def valid_id(text: str) -> bool:
    """True for a pack id: lower-case letters, digits, dot, dash, underscore (it names a folder)."""
    return bool(_ID.fullmatch(text))


def valid_version(text: str) -> bool:
    """True for a version such as 2026.11 or 3.1.0."""
    return bool(_VERSION.fullmatch(text))


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for versions: numeric parts compare as numbers (2026.10 > 2026.9)."""
    parts = re.split(r"[.+_-]", version)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > 500:
        raise _manifest_damaged(key)
    return value


def parse_manifest(raw: bytes) -> Manifest:
    """Read manifest bytes; PackError with a plain sentence when they are not a manifest we can use."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged(translate("Packs", "manifest.json is not readable JSON.")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise not_a_pack(translate("Packs", "manifest.json is not a library pack's manifest."))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _manifest_damaged("format_version")
    if version > FORMAT_VERSION:
        raise PackError(needs_newer_reader(), ask_to_update(),
                        translate("Packs", "Pack format {found}; this reader reads up to {known}.").format(
                            found=version, known=FORMAT_VERSION))  # fmt: skip
    members_raw = data.get("members")
    if not isinstance(members_raw, dict) or len(members_raw) > MAX_MEMBERS:
        raise _manifest_damaged("members")
    members: dict[str, Member] = {}
    for name, entry in members_raw.items():
        check_member_name(name)
        if not isinstance(entry, dict):
            raise _manifest_damaged("members")
        digest, size = entry.get("sha256"), entry.get("size")
        if not (isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{64}", digest)):
            raise _manifest_damaged(f"members[{name!r}].sha256")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_MEMBER_BYTES:
            raise _manifest_damaged(f"members[{name!r}].size")
        members[name] = Member(digest, size)
    count = data.get("article_count")
    catalog_format = data.get("catalog_format")
    if not isinstance(count, int) or not isinstance(catalog_format, int):
        raise _manifest_damaged("article_count")
    manifest = Manifest(
        id=_text(data, "id"),
        title=_text(data, "title"),
        publisher=_text(data, "publisher"),
        language=_text(data, "language"),
        version=_text(data, "version"),
        created=_text(data, "created"),
        article_count=count,
        index_format=_text(data, "index_format"),
        catalog_format=catalog_format,
        min_app_version=_text(data, "min_app_version"),
        key_id=_text(data, "key_id"),
        members=members,
        format_version=version,
    )
    if not valid_id(manifest.id) or not valid_version(manifest.version):
        raise _manifest_damaged("id / version")
    if sum(m.size for m in members.values()) > MAX_TOTAL_BYTES:
        raise too_large(translate("Packs", "It unpacks to more than {limit} GB.").format(limit=MAX_TOTAL_BYTES >> 30))
    return manifest


def check_member_name(name: str) -> None:
    """Refuse names that could escape the install folder or mean different files on other systems."""
    parts = name.split("/")
    bad = (
        not name
        or name.startswith("/")
        or "\\" in name
        or any(p in ("", ".", "..") for p in parts)
        or not all(_NAME_PART.fullmatch(p) for p in parts)
        or len(name) > 400
    )
    if bad:
        raise unsafe(translate("Packs", "A file name that is not allowed: {name}").format(name=repr(name[:80])))


def check_zip_entry(info: zipfile.ZipInfo) -> None:
    """Refuse links, folders with content tricks, and members that unpack far larger than they are."""
    check_member_name(info.filename)
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if info.create_system == 3 and kind and kind != stat.S_IFREG:  # 3: made on Unix; 0: type not given
        raise unsafe(translate("Packs", "A link or special file: {name}").format(name=repr(info.filename[:80])))
    if info.file_size > MAX_MEMBER_BYTES:
        raise too_large(translate("Packs", "A file larger than {limit} MB: {name}").format(
            limit=MAX_MEMBER_BYTES >> 20, name=repr(info.filename[:80])))  # fmt: skip
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise unsafe(translate("Packs", "A file that unpacks to far more than its size: {name}").format(
            name=repr(info.filename[:80])))  # fmt: skip
    if info.flag_bits & 0x1:
        raise unsafe(translate("Packs", "An encrypted file: {name}").format(name=repr(info.filename[:80])))
