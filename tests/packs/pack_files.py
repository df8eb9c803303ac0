"""Making small libraries, keys and packs for the pack tests, and rewriting packs the way an attacker would."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from reader.core.packs.build import PackInfo, build_pack
from reader.core.packs.format import MANIFEST, SIGNATURE
from reader.core.packs.signing import generate_keys, load_private_key
from tests.helpers import write_article

Entries = list[tuple[zipfile.ZipInfo, bytes]]


def make_library(folder: Path, titles: list[str], extra: str = "") -> Path:
    """A folder with one article per title (the body mentions extra, so versions can differ)."""
    folder.mkdir(parents=True, exist_ok=True)
    for title in titles:
        slug = title.lower().replace(" ", "-")
        write_article(folder, f"{slug}.md", title, f"https://www.cancer.gov/{slug}",
                      f"# {title}\n\nAbout {title.lower()} and fatigue. {extra}\n")  # fmt: skip
    return folder


def make_keys(folder: Path) -> tuple[Path, Path]:
    """A publisher key pair: (private, public)."""
    return generate_keys(folder)


def make_pack(library: Path, output: Path, key: Path, version: str, pack_id: str = "clinic-lib") -> Path:
    """A signed pack of library."""
    build_pack(library, output, PackInfo(pack_id, "Clinic library", "Good Clinic", version), key)
    return output


def tree_digest(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file below folder (to show nothing changed)."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def read_entries(pack: Path) -> Entries:
    """Every member of a pack with its bytes."""
    with zipfile.ZipFile(pack) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def write_entries(entries: Entries, output: Path) -> Path:
    """A zip of exactly these entries (duplicates and odd names included)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which a test wants
        with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for info, data in entries:
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
    return output


def resign(entries: Entries, key: Path, change: Callable[[dict], None] | None = None) -> Entries:
    """Rewrite the manifest (after change) so it lists exactly the entries, and sign it with key."""
    members = {i.filename: d for i, d in entries if i.filename not in (MANIFEST, SIGNATURE)}
    manifest = json.loads(next(d for i, d in entries if i.filename == MANIFEST))
    manifest["members"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in members.items()
    }
    if change is not None:
        change(manifest)
    raw = json.dumps(manifest, indent=1).encode()
    signature = load_private_key(key).sign(raw)
    rest = [(i, d) for i, d in entries if i.filename not in (MANIFEST, SIGNATURE)]
    return [(zipfile.ZipInfo(MANIFEST), raw), (zipfile.ZipInfo(SIGNATURE), signature), *rest]
