"""`cancer-reader --self-test`: start the app, load the library, search, open and render the seed article.

Prints one line per step and exits 0 when every step passed, 1 with a plain reason otherwise. It never
touches the person's settings (they go to a temporary folder) and works offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from reader.version import app_version

if TYPE_CHECKING:
    from reader.context import Context
    from reader.core.glossary.entries import Glossary
    from reader.core.library.catalog import Library

#: The article every build ships with (seeds/); the self-test opens it and searches for it.
SEED_URL = "https://www.cancer.gov/types/breast/treatment/immunotherapy"
SEARCH_WORDS = "immunotherapy breast cancer"
RENDER_TIMEOUT = 30.0


class StepFailedError(Exception):
    """A step failed; the message says why in plain words."""


class SelfTest:
    """Runs the steps in order and reports each one on `out`."""

    def __init__(self, ctx: Context, out: Callable[[str], None] = print) -> None:
        self.ctx = ctx
        self.out = out
        self.library: Library | None = None
        self.seed_key = ""
        self.glossary: Glossary | None = None
        self._temp = tempfile.TemporaryDirectory(prefix="cancer-reader-self-test-")
        self.scratch = Path(self._temp.name)

    def run(self) -> int:
        """Run every step; 0 when all passed."""
        self.out(f"Cancer Information Reader {app_version()} self-test")
        steps: list[tuple[str, Callable[[], str]]] = [
            ("library", self.check_library),
            ("glossary", self.check_glossary),
            ("search", self.check_search),
            ("window", self.check_window),
        ]
        try:
            for name, step in steps:
                started = time.perf_counter()
                try:
                    detail = step()
                except StepFailedError as exc:
                    self.out(f"FAIL {name}: {exc}")
                    self.out("Self-test failed.")
                    return 1
                except Exception as exc:  # any surprise is a failure with its reason, not a traceback
                    self.out(f"FAIL {name}: unexpected error: {type(exc).__name__}: {exc}")
                    self.out("Self-test failed.")
                    return 1
                self.out(f"ok   {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        finally:
            self._temp.cleanup()
        self.out("Self-test passed.")
        return 0

    # Steps ---------------------------------------------------------------------

    def check_library(self) -> str:
        """The library loads and holds the seed article."""
        from reader.core.library.catalog import Library
        from reader.core.library.catalog_cache import CatalogCache

        folders = self.ctx.library_folders()
        catalog = CatalogCache(self.scratch / "catalog.json")  # as the window: packs' front matter
        catalog.know(self.ctx.known_articles())
        library = Library.load(folders, catalog=catalog)
        self.library = library
        if not len(library):
            raise StepFailedError(f"no article could be loaded from {', '.join(map(str, folders))}")
        seed = library.by_url(SEED_URL)
        if seed is None:
            raise StepFailedError(f"the bundled article {SEED_URL} is not in the library ({folders[0]})")
        self.seed_key = seed.key
        noun = "article" if len(library) == 1 else "articles"
        return f"{len(library)} {noun} from {len(folders)} folder(s), {len(library.errors)} file(s) skipped"

    def check_glossary(self) -> str:
        """The built-in glossary loads."""
        from reader.core.glossary.entries import Glossary

        glossary = Glossary.load(self.scratch / "data")
        if glossary.problems:
            raise StepFailedError(" ".join(glossary.problems))
        self.glossary = glossary
        return f"{len(glossary)} entries"

    def check_search(self) -> str:
        """A search finds the seed article, from the shipped indexes (the bundle's, packs') when they
        hold the library, without building anything."""
        from reader.core.packs.combined_index import CombinedSearchIndex
        from reader.core.search.prebuilt import prebuilt_dir

        assert self.library is not None
        index = CombinedSearchIndex.open_with(self.scratch / "cache", self.ctx.search_sources())
        try:
            report = index.update(self.library)
            if not index.status().searchable:
                reason = report.message or index.status().message
                raise StepFailedError(f"the search index could not be built: {reason}")
            results = index.search(SEARCH_WORDS)
        finally:
            index.close()
        keys = [hit.key for hit in results.hits]
        if self.seed_key not in keys[:10]:
            raise StepFailedError(
                f"searching {SEARCH_WORDS!r} did not find the bundled article ({len(keys)} results)"
            )
        shipped = report.added == 0 and report.changed == 0
        where = "the index shipped with the app" if shipped else "a new index built just now"
        if not shipped and (prebuilt_dir() / "covers.json").is_file() and self.library_is_bundled_only():
            raise StepFailedError(f"the index shipped in {prebuilt_dir()} does not match the bundled library")
        place = keys.index(self.seed_key) + 1
        return f"{SEARCH_WORDS!r} found the bundled article at place {place} of {results.total} in {where}"

    def library_is_bundled_only(self) -> bool:
        """True when every article comes from the bundled library."""
        from reader.core.files.locations import bundled_library

        assert self.library is not None
        root = bundled_library().resolve()
        return all(article.path.resolve().is_relative_to(root) for article in self.library)

    def check_window(self) -> str:
        """The window opens, shows the seed article and paints it."""
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import shiboken6
        from PySide6.QtWidgets import QApplication

        from reader.core.bookmarks.store import open_store
        from reader.core.settings.store import Settings
        from reader.ui.appearance.appearance import Appearance, load_legible_font
        from reader.ui.window.build import build_window
        from reader.ui.window.main_window import WindowOptions

        assert self.library is not None
        app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
        settings = Settings(self.scratch / "settings.json")
        appearance = Appearance(settings)
        window = build_window(
            self.library,
            settings,
            glossary=self.glossary,
            appearance=appearance,
            bookmarks=open_store(self.scratch / "data"),
            options=WindowOptions(data_dir=self.scratch / "data", remember_geometry=False),
        )
        shown: list[str] = []
        failures: list[str] = []
        window.articleShown.connect(shown.append)
        window.renderer.failed.connect(lambda _key, reason: failures.append(reason))
        window.show()
        try:
            window.open_article(self.seed_key)
            deadline = time.monotonic() + RENDER_TIMEOUT
            while not shown and not failures and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.005)
            if failures:
                raise StepFailedError(f"the bundled article could not be rendered: {failures[0]}")
            if shown != [self.seed_key]:
                raise StepFailedError(
                    f"the bundled article was not shown within {RENDER_TIMEOUT:.0f} seconds"
                )
            text = window.view.toPlainText()
            if "immunotherapy" not in text.lower() or len(text) < 500:
                raise StepFailedError(
                    f"the article was shown but its text is missing ({len(text)} characters)"
                )
            picture = window.grab().toImage()
            if picture.isNull() or picture.width() < 100:
                raise StepFailedError("the window could not be drawn")
            colours = {
                picture.pixel(x, y)
                for x in range(0, picture.width(), 17)
                for y in range(0, picture.height(), 17)
            }
            if len(colours) < 3:
                raise StepFailedError("the window was drawn blank")
        finally:
            window.close()
            # Delete the window now: left to interpreter shutdown, Qt objects can crash the exit.
            shiboken6.delete(window)
        font = load_legible_font()
        if not font:
            raise StepFailedError("the easy-to-read font (Atkinson Hyperlegible) could not be loaded")
        platform = app.platformName()
        return (
            f"rendered {len(text)} characters of the article on the {platform!r} screen; font {font!r} loads"
        )


def run_self_test(args: argparse.Namespace, ctx: Context) -> int:
    """Entry point for --self-test."""
    return SelfTest(ctx).run()
