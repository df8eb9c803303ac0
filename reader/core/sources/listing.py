"""The library's sources as a person sees them (walk 10, C12): what came with the reader, the installed
packs and the folders added, each with its state now (a folder on a USB stick that is not plugged in),
how many articles it gave, and whether it may be removed from the window.

Nothing here deletes a person's files: removing a folder only forgets it (`forget_folder`); removing a
pack removes the installed copy in the reader's own store (PackStore.remove), never the pack file."""

from __future__ import annotations

import dataclasses
import enum
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.library.catalog import FolderReport, Skipped
    from reader.core.packs.install import InstalledPack, PackStore
    from reader.core.settings.store import Settings


class Kind(enum.Enum):
    """What a source is."""

    BUNDLED = "bundled"  # came with the reader
    PACK = "pack"
    FOLDER = "folder"


class Place(enum.Enum):
    """Who put a pack or folder there, which says who may take it away."""

    READER = "reader"  # the reader's own files, or a pack its installer brought
    EVERYONE = "everyone"  # installed for every account on this computer (IT, `pack install --system`)
    PERSON = "person"  # installed or added by this person, from the window: removable there
    STARTED = "started"  # named when the reader was started (--library, the kiosk policy)


class State(enum.Enum):
    """A folder as it is now."""

    OK = "ok"
    MISSING = "missing"  # not there (a USB stick not plugged in, a folder moved or renamed)
    UNREADABLE = "unreadable"  # there, but it cannot be opened (no permission, a stick pulled out)
    NOT_A_FOLDER = "not a folder"  # a file is where the folder was named (walk 12, C2: not a permission problem)


@dataclass(frozen=True)
class Source:
    """One place the library's articles come from."""

    kind: Kind
    place: Place
    #: The folder the articles are read from (a pack's: inside the reader's store).
    folder: Path
    state: State
    #: Articles the library on screen has from it; None when it was not read (added since, or not yet).
    articles: int | None
    pack: InstalledPack | None = None
    #: Its articles the library shows from another source, which has the same ones (walk 12, C1: a folder
    #: whose one article a pack also holds said "0 articles"), and those sources.
    shown_elsewhere: int = 0
    shown_from: tuple[Source, ...] = ()
    #: Its files that could not be opened (broken, empty, not text), with the reasons `cancer-reader check`
    #: gives (walk 12, C8: a folder with three such files said only "1 article").
    unopened: tuple[Skipped, ...] = ()

    @property
    def removable(self) -> bool:
        """True for what this person added from the window: their folders and the packs they installed."""
        return self.place is Place.PERSON


def folder_state(folder: Path) -> State:
    """Whether the folder is there and can be opened, now (one look, no file is read)."""
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except FileNotFoundError:
        return State.MISSING
    except NotADirectoryError:
        return State.NOT_A_FOLDER
    except OSError:  # no permission, a stick pulled out mid-way
        return State.UNREADABLE
    return State.OK


@dataclass(frozen=True)
class SourcePlaces:
    """Where to look: the bundled folders, the folders named at start, and the pack stores by place."""

    bundled: Sequence[Path]
    started: Sequence[Path]
    stores: Sequence[tuple[Place, PackStore]]


def list_sources(places: SourcePlaces, settings: Settings, reports: Iterable[FolderReport] = ()) -> list[Source]:
    """Every source, in the library's order: bundled, packs, folders named at start, folders added.

    reports: the library on screen's (Library.reports): how many articles each folder gave, and which of
    its articles are shown from another source instead. A pack installed in several places is listed
    once, the version the library uses (the newest; see newest_packs)."""
    from reader.core.packs.format import version_key

    by_folder = {Path(report.folder): report for report in reports}
    counts = {folder: report.loaded for folder, report in by_folder.items()}
    sources: list[Source] = []
    seen: set[Path] = set()

    def add(kind: Kind, place: Place, folder: Path, pack: InstalledPack | None = None) -> None:
        if folder in seen:
            return
        seen.add(folder)
        sources.append(Source(kind, place, folder, folder_state(folder), counts.get(folder), pack))

    if places.bundled:  # one row for the reader's own articles (in every language it has)
        known = [counts[folder] for folder in places.bundled if folder in counts]
        first = places.bundled[0]
        sources.append(Source(Kind.BUNDLED, Place.READER, first, folder_state(first), sum(known) if known else None))
        seen.update(places.bundled)
    chosen: dict[str, tuple[Place, InstalledPack]] = {}  # as newest_packs chooses, with the place
    for place, store in places.stores:
        for pack in store.installed():
            old = chosen.get(pack.manifest.id)
            if old is None or version_key(pack.manifest.version) >= version_key(old[1].manifest.version):
                chosen.pop(pack.manifest.id, None)
                chosen[pack.manifest.id] = (place, pack)
    for place, pack in chosen.values():
        add(Kind.PACK, place, pack.articles_dir, pack)
    for folder in places.started:
        add(Kind.FOLDER, Place.STARTED, folder)
    for folder in settings.library_folders():
        add(Kind.FOLDER, Place.PERSON, folder)
    return [_with_report(source, by_folder, sources, places.bundled) for source in sources]


def _with_report(source: Source, reports: dict[Path, FolderReport], sources: Sequence[Source],
                 bundled: Sequence[Path]) -> Source:  # fmt: skip
    """The source, with how many of its articles are shown from other sources (and which), and the files
    that could not be opened."""
    folders = list(bundled) if source.kind is Kind.BUNDLED else [source.folder]
    skipped = [s for folder in folders if (r := reports.get(folder)) is not None for s in r.skipped]
    unopened = tuple(s for s in skipped if s.is_error)
    copies = [s for s in skipped if s.duplicate]
    elsewhere: list[Source] = []
    count = 0
    for copy in copies:
        owner = _owner(copy, sources, bundled)
        if owner is source:
            continue  # twice in this same folder: shown from here
        count += 1
        if owner is not None and owner not in elsewhere:
            elsewhere.append(owner)
    if not count and not unopened:
        return source
    return dataclasses.replace(source, shown_elsewhere=count, shown_from=tuple(elsewhere), unopened=unopened)


def _owner(copy: Skipped, sources: Sequence[Source], bundled: Sequence[Path]) -> Source | None:
    """The source whose file the library shows instead of this copy (None when not known)."""
    if copy.same_as is None:
        return None
    for source in sources:
        folders = bundled if source.kind is Kind.BUNDLED else [source.folder]
        if any(copy.same_as.is_relative_to(folder) for folder in folders):
            return source
    return None


def forget_folder(settings: Settings, folder: Path) -> bool:
    """Take an added folder out of the library (the settings only: its files stay where they are);
    False when it was not among the added folders."""
    saved = [str(f) for f in settings.library_folders()]
    if str(folder) not in saved:
        return False
    settings.set("library_folders", [f for f in saved if f != str(folder)])
    return True
