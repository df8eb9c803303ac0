"""Making a pack from a folder of articles: copy, index, catalog, manifest, signature, one zip file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.files.atomic import rename_into_place
from reader.core.library.catalog import Library
from reader.core.library.catalog_cache import VERSION as ARTICLE_FORMAT
from reader.core.library.catalog_cache import article_to_json
from reader.core.packs.format import (
    ARTICLES,
    CATALOG,
    CATALOG_FORMAT,
    GLOSSARY,
    INDEX,
    MANIFEST,
    SIGNATURE,
    Manifest,
    Member,
    PackError,
    valid_id,
    valid_version,
)
from reader.core.packs.signing import key_id, load_private_key, sign
from reader.core.search.build import INDEX_FORMAT
from reader.core.search.prebuilt import index_files, write_prebuilt
from reader.version import UNKNOWN, app_version


@dataclass(frozen=True)
class PackInfo:
    """What the publisher says about the pack (the rest of the manifest is computed)."""

    id: str
    title: str
    publisher: str
    version: str
    language: str = "en"


def _digest(path: Path) -> Member:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return Member(digest.hexdigest(), path.stat().st_size)


def _stage(library: Library, root: Path, staging: Path, glossary: Path | None) -> dict[str, Path]:
    """Copy the articles, write the catalog and index into staging; {member name: file}."""
    files: dict[str, Path] = {}
    catalog: dict[str, object] = {}
    articles = staging / "articles"
    for article in library:
        relative = article.path.resolve().relative_to(root).as_posix()
        target = articles / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(article.path, target)
        files[ARTICLES + relative] = target
        data = article_to_json(article)
        if data is not None:
            catalog[relative] = data
    catalog_file = staging / CATALOG
    payload = {"format": "cancer-reader-pack-catalog", "version": CATALOG_FORMAT,
               "article_format": ARTICLE_FORMAT, "articles": catalog}  # fmt: skip
    catalog_file.write_text(json.dumps(payload, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    files[CATALOG] = catalog_file
    index = staging / "index"
    write_prebuilt(articles, index)
    for path in index_files(index):
        files[INDEX + path.relative_to(index).as_posix()] = path
    if glossary is not None:
        files[GLOSSARY] = glossary
    return files


def build_pack(
    library_dir: Path,
    output: Path,
    info: PackInfo,
    key_path: Path,
    glossary: Path | None = None,
    now: dt.datetime | None = None,
    log: Callable[[str], None] | None = None,
) -> Manifest:
    """Write a signed pack of every article in library_dir to output (atomically); returns its manifest."""
    if not valid_id(info.id):
        raise PackError("A pack id may use only lower-case letters, digits, dots, dashes and underscores.")
    if not valid_version(info.version):
        raise PackError("A pack version may use only letters, digits, dots, dashes, plus and underscores.")
    private = load_private_key(key_path)
    if not library_dir.is_dir():
        raise PackError(f"{library_dir} is not a folder of articles.")
    library = Library.load([library_dir])
    if not len(library):
        raise PackError(f"No article could be loaded from {library_dir}.")
    if log is not None and library.errors:
        log(f"{len(library.errors)} files could not be loaded and are left out (see 'cancer-reader check').")
    version = app_version()
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".pack-build-", dir=output.parent) as tmp:
        staging = Path(tmp)
        files = _stage(library, library_dir.resolve(), staging / "content", glossary)
        manifest = Manifest(
            id=info.id,
            title=info.title,
            publisher=info.publisher,
            language=info.language,
            version=info.version,
            created=(now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat(),
            article_count=len(library),
            index_format=INDEX_FORMAT,
            catalog_format=CATALOG_FORMAT,
            min_app_version=version if version != UNKNOWN else "0",
            key_id=key_id(private.public_key()),
            members={name: _digest(path) for name, path in files.items()},
        )
        raw = manifest.to_bytes()
        partial = staging / "pack.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr(MANIFEST, raw)
            archive.writestr(SIGNATURE, sign(private, raw))
            for name, path in sorted(files.items()):
                archive.write(path, name)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        rename_into_place(partial, output)
    return manifest
