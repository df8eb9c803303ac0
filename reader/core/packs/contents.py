"""What installed packs give the rest of the app: their article folders and their prebuilt indexes."""

from __future__ import annotations

from pathlib import Path

from reader.core.packs.format import ARTICLES
from reader.core.packs.install import InstalledPack, pack_stores
from reader.core.search.build import INDEX_FORMAT
from reader.core.search.combined import IndexSource


def installed_packs(data_dir: Path) -> list[InstalledPack]:
    """Every installed pack, the site's (for every account) first, then the person's."""
    return [pack for store in pack_stores(data_dir) for pack in store.installed()]


def pack_index_source(pack: InstalledPack) -> IndexSource | None:
    """The pack's prebuilt index as a search source, or None when this version cannot search it
    (made for another index format: its articles are then indexed like any others)."""
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
