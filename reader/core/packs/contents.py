"""What installed packs give the rest of the app: prebuilt indexes, front matter, glossary entries."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.library.catalog_cache import VERSION as ARTICLE_FORMAT
from reader.core.packs.format import ARTICLES, CATALOG, GLOSSARY
from reader.core.packs.install import InstalledPack, newest_packs, pack_stores

if TYPE_CHECKING:  # the search engine is imported when an index is opened, not with the library
    from reader.core.packs.combined_index import IndexSource

log = logging.getLogger(__name__)


def installed_packs(data_dir: Path) -> list[InstalledPack]:
    """Every installed pack: the installer's, the site's (for every account), then the person's; the
    newest version where an id is installed in several places."""
    return newest_packs(pack_stores(data_dir))


def pack_index_source(pack: InstalledPack) -> IndexSource | None:
    """The pack's prebuilt index as a search source, or None when this version cannot search it
    (made for another index format: its articles are then indexed like any others)."""
    from reader.core.packs.combined_index import IndexSource
    from reader.core.search.build import INDEX_FORMAT

    if pack.manifest.index_format != INDEX_FORMAT:
        return None
    # The sizes were checked against the signed manifest when the pack was installed.
    sizes = {
        name.removeprefix(ARTICLES): member.size
        for name, member in pack.manifest.members.items()
        if name.startswith(ARTICLES)
    }
    return IndexSource(f"pack {pack.manifest.id} in {pack.folder}", pack.index_dir, pack.articles_dir, sizes)


def pack_index_sources(packs: list[InstalledPack]) -> list[IndexSource]:
    """The search sources of these packs, in the same order (packs that cannot give one left out)."""
    return [source for pack in packs if (source := pack_index_source(pack)) is not None]


def pack_catalog_entries(packs: list[InstalledPack]) -> dict[str, tuple[int, dict[str, Any]]]:
    """{article file: (size, front matter)} from the packs' catalogs, for the catalog cache, so a
    first start reads no article (CatalogCache.know). A catalog made for another version of the app's
    article records, or one that cannot be read, gives nothing (the files are then read as usual)."""
    entries: dict[str, tuple[int, dict[str, Any]]] = {}
    for pack in packs:
        try:
            data = json.loads((pack.folder / CATALOG).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.info("The catalog of pack %s cannot be used: %s", pack.manifest.id, exc)
            continue
        if not isinstance(data, dict) or data.get("article_format") != ARTICLE_FORMAT:
            continue
        articles = data.get("articles")
        if not isinstance(articles, dict):
            continue
        for relative, fields in articles.items():
            member = pack.manifest.members.get(ARTICLES + str(relative))
            if member is not None and isinstance(fields, dict):
                entries[str(pack.articles_dir / relative)] = (member.size, fields)
    return entries


def pack_glossary_files(packs: list[InstalledPack]) -> list[Path]:
    """The glossary files of the packs that have one, in the packs' order."""
    return [pack.folder / GLOSSARY for pack in packs if GLOSSARY in pack.manifest.members]
