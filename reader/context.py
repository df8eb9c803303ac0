"""What every command and the window start from: the user's folders, the settings and the library."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.files.locations import Locations, bundled_library, language_library, pack_folders
from reader.core.settings.store import Settings

if TYPE_CHECKING:
    from reader.core.glossary.entries import Glossary
    from reader.core.library.catalog import Library
    from reader.core.packs.combined_index import IndexSource
    from reader.core.packs.install import InstalledPack
    from reader.core.search.index import SearchIndex


@dataclass
class Context:
    """What every command needs: the folders, the settings and (loaded on first use) the library."""

    locations: Locations
    library_args: list[Path] = field(default_factory=list)
    include_bundled: bool = True
    #: The interface language ("en", "es", ...); its bundled library joins the seeds (docs/LANGUAGES.md).
    language: str = "en"

    @cached_property
    def settings(self) -> Settings:
        """The person's settings."""
        return Settings(self.locations.settings_file)

    def library_folders(self) -> list[Path]:
        """Bundled seeds first (and the bundled library in the reader's language), then installed packs,
        then folders from the command line and the settings."""
        folders = self.bundled_folders()
        folders += [pack.articles_dir for pack in self.installed_packs()]
        folders += self.library_args + self.settings.library_folders()
        unique: list[Path] = []
        for folder in folders:
            if folder not in unique:
                unique.append(folder)
        return unique

    def bundled_folders(self) -> list[Path]:
        """The bundled library, and the bundled library in the reader's language when there is one (none
        with --no-bundled)."""
        if not self.include_bundled:
            return []
        own_language = language_library(self.language)
        return [bundled_library()] + ([own_language] if own_language is not None else [])

    @cached_property
    def library(self) -> Library:
        """The loaded library."""
        from reader.core.library.catalog import Library

        return Library.load(self.library_folders())

    def load_library_cached(self) -> Library:
        """Load the library as the window does, through the catalog cache in the cache folder (unchanged
        files and installed packs' articles are not read), and keep it as `library`."""
        from reader.core.library.catalog import Library
        from reader.core.library.catalog_cache import CatalogCache

        catalog = CatalogCache(self.locations.catalog_file)
        catalog.know(self.known_articles())
        library = Library.load(self.library_folders(), catalog=catalog)
        self.__dict__["library"] = library
        return library

    def packs_may_be_installed(self) -> bool:
        """False when no folder packs are installed in exists: the packs' modules (with filelock, zipfile
        and hashing, ~3 ms of a start, issue 20) need not be imported to know there are none."""
        return any(folder.is_dir() for folder in pack_folders(self.locations.data_dir))

    def installed_packs(self) -> list[InstalledPack]:
        """The installed library packs: the site's, then the person's."""
        if not self.packs_may_be_installed():
            return []
        from reader.core.packs.contents import installed_packs

        return installed_packs(self.locations.data_dir)

    def known_articles(self) -> dict[str, tuple[int, dict[str, Any]]]:
        """Front matter the installed packs' catalogs give, for the catalog cache (CatalogCache.know)."""
        packs = self.installed_packs()
        if not packs:
            return {}
        from reader.core.packs.contents import pack_catalog_entries

        return pack_catalog_entries(packs)

    def glossary(self) -> Glossary:
        """The glossary: the bundled one, then the installed packs' entries, then the person's imports."""
        from reader.core.languages.glossaries import MultilingualGlossary

        packs = self.installed_packs()
        if packs:
            from reader.core.packs.contents import pack_glossary_files

            files = pack_glossary_files(packs)
        else:
            files = []
        return MultilingualGlossary.load_all(self.locations.data_dir, pack_files=files)

    def search_sources(self) -> list[IndexSource]:
        """The prebuilt indexes to search from: the bundled library's, then each installed pack's."""
        from reader.core.packs.combined_index import checked_source
        from reader.core.packs.contents import pack_index_sources
        from reader.core.search.prebuilt import prebuilt_dir

        sources = []
        if self.include_bundled:
            bundled = checked_source("the bundled library", prebuilt_dir(), bundled_library())
            if bundled is not None:
                sources.append(bundled)
        return sources + pack_index_sources(self.installed_packs())

    def open_search_index(self) -> SearchIndex:
        """The index to search: the prebuilt ones and the person's own (in the cache folder) as one;
        its update(library) indexes only the articles no prebuilt index holds."""
        from reader.core.packs.combined_index import CombinedSearchIndex

        return CombinedSearchIndex.open_with(self.locations.cache_dir, self.search_sources())


def make_context(args: argparse.Namespace) -> Context:
    """Build the Context from parsed options."""
    defaults = Locations()
    locations = Locations(
        data_dir=args.data_dir or defaults.data_dir,
        cache_dir=args.cache_dir or defaults.cache_dir,
    )
    # The language is chosen later (it reads the settings, which a kiosk replaces): by main() for the
    # commands, by run_gui() for the window.
    return Context(locations, library_args=list(args.library))


def command_line_language(ctx: Context, requested: str = "", policy: str = "", system: list[str] | None = None) -> str:
    """The language for this run: --language, the kiosk policy, the saved choice, the system's."""
    from reader.core.files.locations import resource
    from reader.core.languages.choice import SETTINGS_KEY, choose_language, system_languages
    from reader.core.languages.codes import available_languages

    choice = choose_language(
        available_languages(resource("translations")),
        requested=requested,
        policy=policy,
        saved=ctx.settings.get(SETTINGS_KEY),
        system=system_languages() if system is None else system,
    )
    return choice.code
