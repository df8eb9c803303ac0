"""Builds the objects and starts the window: the only place that wires the app together."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, cast

from reader.core.languages.translate import translate

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from reader.context import Context
    from reader.core.glossary.deferred import DeferredGlossary
    from reader.core.glossary.entries import Glossary
    from reader.core.library.article import Article
    from reader.core.library.catalog import Library
    from reader.core.packs.install import PackStore
    from reader.core.render.pool import RenderPool
    from reader.ui.kiosk.mode import KioskController
    from reader.ui.library.loader import LibraryLoader
    from reader.ui.search.preload import IndexPreloader
    from reader.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace, ctx: Context) -> int:
    """Start the reader window; with --screenshot, save a picture and exit."""
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.core.bookmarks.store import BookmarkStore, open_store
    from reader.core.glossary.deferred import DeferredGlossary
    from reader.core.kiosk.policy import library_sources_in_window, pack_install_in_window, resolve_policy
    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings

    from PySide6.QtWidgets import QApplication  # isort: skip

    _answer_pyside_import_hook()
    from reader.ui.appearance.appearance import Appearance
    from reader.ui.library.loader import LibraryLoader
    from reader.ui.search.preload import IndexPreloader
    from reader.ui.window.build import build_window
    from reader.ui.window.errors import install_excepthook
    from reader.ui.window.main_window import WindowOptions

    policy = resolve_policy(force_kiosk=getattr(args, "kiosk", False))
    if policy.enabled:  # nothing is written to disk, and the policy adds its library folders
        ctx.settings = Settings(None)
        ctx.library_args = [*ctx.library_args, *policy.library_folders]

    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    visitor = ""  # chosen with a kiosk home page's language button
    if policy.enabled:  # (the module is not needed otherwise: one less to import before the first screen)
        from reader.core.kiosk.visitor_language import visitor_language

        visitor = visitor_language(policy)
    ctx.language = _install_language(app, ctx, args, policy.language, visitor)  # before any window is made
    app.setApplicationName("cancer-reader")
    app.setApplicationDisplayName(translate("MainWindow", "Cancer Information Reader"))
    app.setDesktopFileName("cancer-reader")
    interactive = not args.screenshot and app.platformName() not in ("offscreen", "minimal")
    install_excepthook(interactive=interactive)

    # The library loads on a worker (through the catalog cache) once the window has appeared.
    folders = ctx.library_folders()
    early = None if policy.enabled else _article_asked_for(args, ctx, folders)
    # Installed packs' catalogs give the front matter of their articles.
    loader = LibraryLoader(folders, ctx.locations.catalog_file, known=ctx.known_articles)
    # Definitions in the article's language; packs' entries below the person's. Read once the window is
    # on screen (or at first use), not before it.
    glossary = DeferredGlossary(ctx.glossary)
    appearance = Appearance(ctx.settings, font_scale=args.font_scale, theme=args.theme)
    # A kiosk keeps each visitor's bookmarks and questions in memory only.
    bookmarks = BookmarkStore() if policy.enabled else open_store(ctx.locations.data_dir)
    options = WindowOptions(
        data_dir=ctx.locations.data_dir,
        catalog_file=ctx.locations.catalog_file,
        remember_geometry=not args.screenshot,  # a picture's size must not become the person's
        later_steps_wait=True,  # see first screen below
        starts_on_article=early is not None,
    )
    window = build_window(
        Library(folders), ctx.settings, glossary=cast("Glossary", glossary), bookmarks=bookmarks, appearance=appearance,
        options=options,
    )  # fmt: skip
    loader.setParent(window)
    window.when_on_screen(lambda: _set_app_icon(app))
    window.when_on_screen(_collect_garbage_again)
    first_start = not ctx.locations.catalog_file.exists()  # no catalog yet: every file is read
    window.show_library_loading(first_time=first_start)
    kiosk = None
    if policy.enabled:
        from reader.ui.kiosk.mode import enable_kiosk

        kiosk = enable_kiosk(window, policy, visitor_language=visitor)
    # Prebuilt indexes (packs, the bundle) need no library: with --search they open while it loads.
    preloader = IndexPreloader(ctx.open_search_index, window)
    app.aboutToQuit.connect(preloader.close)
    loader.listed.connect(window.show_library_so_far)  # a first start lists the articles as they are read
    loader.loaded.connect(lambda library: _library_loaded(window, ctx, args, library, kiosk, preloader, early))
    # Folders not found are named by the missing-folders bar of Folders and packs (added below, once the
    # library is on screen), not in the status line too (walk 12).
    window.missing_folders_said_above = pack_install_in_window(policy) and library_sources_in_window(policy)
    if pack_install_in_window(policy):  # File > Install a library pack…, once the library is on screen
        # (with --open, once the article is: the packs' modules and cryptography are ~5 % of the samples
        # of `--open X --screenshot`, py-spy, issue 20)
        add_install = lambda: _add_pack_install(window, ctx, sources=library_sources_in_window(policy))  # noqa: E731
        # (without --open, a moment after the library is painted: 15-18 ms, timeline of a first start)
        loader.loaded.connect(
            lambda _library: _after_article(window, add_install) if args.open else _soon(window, add_install)
        )
    from reader.ui.window.first_paint import after_first_paint, install

    if ctx.settings.problems:  # e.g. a damaged settings file: said once the window is on screen, until closed
        problems = list(ctx.settings.problems)
        after_first_paint(window, lambda: _tell_problems(window, problems))

    # The first frame needs neither the library nor the index: paint first.
    # With --open the article comes first: the index (which imports Whoosh) starts after it (below).
    # On a first start (no catalog yet) the library comes first too: importing Whoosh on the GUI thread
    # while the loader reads 1,378 files took the GIL from it (32 % of a first start's samples, py-spy).
    # So on any start without --search: opening the index beside the catalog's reading held a second
    # start's library up by the search engine's import (~0.3 s of the GUI thread, py-spy), so a second
    # start showed its library later than a first one (tests/bench/run.py, issue 20); it opens 0.1 s
    # after the library is on screen, before anyone has typed a question. With --search the question
    # is there already: the index opens while the library loads.
    preload = bool(getattr(args, "search", None)) and not args.open and not first_start
    if early is not None:
        # The article asked for comes straight from the catalog cache and is read first; the library
        # (~0.1 s for 1,378 articles) is read once it is on screen, and then keeps it (issue 20).
        _use_page_pool(window, ctx)
        window.open_article_object(early)
        _after_article(window, window.first_screen_shown, delay_ms=50)  # the first screen is the article
        _after_article(window, lambda: _start_loading(loader, preloader, preload), delay_ms=100)
    else:
        after_first_paint(window, window.first_screen_shown)
        after_first_paint(window, lambda: _start_loading(loader, preloader, preload))
    if first_start and early is None:
        # Every file is being read: the glossary (~0.1 s of the GUI thread) waits for the whole library,
        # as read beside the loader it took the interpreter lock from it (a third of the GUI thread's
        # samples while a first start read the files, py-spy, issue 20). A word looked up sooner reads it.
        loader.loaded.connect(lambda _library: _read_glossary_soon(window, glossary))
    else:
        after_first_paint(window, lambda: _read_glossary_soon(window, glossary))
    if os.environ.get("CANCER_READER_FIRST_PAINT"):
        install(app, window)  # installed last, so it reports before the library starts loading
    if kiosk is None:
        window.show()
    if args.screenshot:
        from reader.ui.window.screenshot import save_when_ready

        if getattr(args, "search", None):
            return save_when_ready(app, window, args.screenshot, wait_for_search=True)
        # With the article asked for open before the library is read, the picture is of the article as a
        # person first sees it (the library is listed a moment later).
        return save_when_ready(app, window, args.screenshot, wait_for_library=early is None)
    with _signals_end_the_app(app, kiosk.let_the_system_end_it if kiosk is not None else None):
        code = app.exec()
    if kiosk is not None and kiosk.restart is not None:
        from reader.core.kiosk.visitor_language import start_again

        start_again(kiosk.restart)  # a visitor chose another language, or a reset goes back to the policy's
    return code


def _collect_garbage_again() -> None:
    """Python's garbage collection, off while the reader started (reader.cli.main), is on again; what
    start-up made (modules, Qt's types, the window) is set aside for good, so later collections do not
    look through it again."""
    import gc

    gc.freeze()
    gc.enable()


def _set_app_icon(app: QApplication) -> None:
    """The reader's icon for its windows (set once the first screen is up: with its SVG reader and the
    QIcon type ~4 ms of a start, py-spy, issue 20)."""
    from reader.ui.window.app_icon import app_icon

    app.setWindowIcon(app_icon())


def _answer_pyside_import_hook() -> None:
    """Tell PySide6's import hook about the reader's own modules without it reading their source.

    Once PySide6 is imported, every module imported after it has its source read (inspect.getsource) to
    see whether it names PySide6, for PySide's opt-in `from __feature__ import ...` switches, which the
    reader does not use: 16-21 ms of a start for its ~170 modules (the hook's calls timed in a run of
    `--open X --screenshot`, issue 20). The answer for our modules is known: reader.core never imports
    Qt (tests/core/test_layers.py), the rest may; Python's own modules never do. Any other module is still
    read as PySide6 does.
    Nothing changes if PySide6 no longer has the hook.
    """
    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or reads_source is None or getattr(reads_source, "knows_reader", False):
        return

    def uses_pyside(module: object) -> bool:
        name = str(getattr(module, "__name__", ""))
        if name == "reader" or name.startswith("reader."):
            return not name.startswith("reader.core")
        if name.partition(".")[0] in sys.stdlib_module_names:  # Python's own modules never do (~30 a start)
            return False
        return bool(reads_source(module))

    uses_pyside.knows_reader = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a module without type information


@contextlib.contextmanager
def _signals_end_the_app(app: QApplication, first: Callable[[], None] | None = None) -> Iterator[None]:
    """While the event loop runs, SIGTERM and SIGINT (a kiosk's watchdog, a log-out, Ctrl+C in a terminal)
    end the app as Quit does: windows close, searches and page conversions stop and their processes end
    (with the default handling a SIGTERM left the conversion processes running, found by the independent
    walk). first runs before the windows close (a kiosk lets its window close then: it refuses a
    visitor's close, and so the quit too, walk 4). Afterwards the earlier handling is put back and the
    wake-up sockets are closed."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        earlier_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: keep the default handling
        reader.close()
        writer.close()
        yield
        return
    # Qt's event loop runs no Python code while it waits: the wake-up byte wakes it, and Python then runs
    # the handler below.
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: reader.recv(64))
    numbers = (signal.SIGTERM, signal.SIGINT)
    earlier = {number: signal.getsignal(number) for number in numbers}

    def finish() -> None:
        if first is not None:
            first()
        app.closeAllWindows()
        app.quit()

    def end(_number: int, _frame: object) -> None:
        # Python runs this between any two steps of what the main thread is doing: once in the middle of
        # an import whose module the window's close then needed, so the close failed and the reader ran on
        # (walk 5). The windows are closed from the event loop instead, once that step is done.
        QTimer.singleShot(0, app, finish)

    for number in numbers:
        signal.signal(number, end)
    try:
        yield
    finally:
        for number, handler in earlier.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(earlier_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()


def _tell_problems(window: MainWindow, problems: list[str]) -> None:
    """Tell the person what could not be read at start, in a message they close themselves (the status bar
    alone was replaced by the library's count within a second)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("MainWindow", "Cancer Information Reader"),
        "\n\n".join(problems),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("startProblems")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    window.show_status(problems[-1], 20000)


def _read_glossary_soon(window: MainWindow, glossary: DeferredGlossary, delay_ms: int = 500) -> None:
    """Read the glossary a moment after the window is on screen (unless a word was looked up already) and
    say in the status bar if any of it could not be read."""

    def read() -> None:
        for problem in glossary.glossary().problems:
            window.statusBar().showMessage(problem, 15000)

    _soon(window, read, delay_ms)


def _start_loading(loader: LibraryLoader, preloader: IndexPreloader, preload: bool) -> None:
    """Read the library and (unless an article comes first) open the search index, each on a worker."""
    loader.start()
    if preload:
        preloader.start()


def _add_pack_install(window: MainWindow, ctx: Context, sources: bool = True) -> None:
    """File > Install a library pack… (and dropping a pack on the window); the library and search then
    switch over to what was installed. sources: also File > Folders and packs in your library… (not on a
    kiosk: a passer-by must not remove what staff put there)."""
    from reader.core.files.locations import user_packs_dir
    from reader.core.packs.install import PackStore
    from reader.core.packs.trust import trusted_keys
    from reader.ui.packs.feature import PacksFeature

    config_dir = ctx.locations.config_dir
    assert config_dir is not None
    store = PackStore(user_packs_dir(ctx.locations.data_dir))
    feature = PacksFeature(window, store, lambda: trusted_keys(config_dir), config_dir)
    feature.installed.connect(lambda _changes: reload_library(window, ctx))
    if sources:
        add_library_sources(window, ctx, store, lambda: feature.installing)
    from PySide6.QtWidgets import QApplication

    cast(QApplication, QApplication.instance()).aboutToQuit.connect(feature.wait)  # stops an install cleanly


def add_library_sources(window: MainWindow, ctx: Context, store: PackStore, busy: Callable[[], bool]) -> None:
    """File > Folders and packs in your library…: the bundled library, the installed packs (store: the
    person's own, removable) and the added folders; a removal reads the library again."""
    from reader.core.files.locations import pack_folders
    from reader.core.packs.install import PackStore
    from reader.core.sources.listing import Place, SourcePlaces
    from reader.ui.sources.feature import LibrarySourcesFeature

    bundled = ctx.bundled_folders()
    places = [Place.READER, Place.EVERYONE, Place.PERSON]  # as pack_folders lists them
    stores = [(place, store if folder == store.root else PackStore(folder))
              for place, folder in zip(places, pack_folders(ctx.locations.data_dir), strict=True)]  # fmt: skip
    where = SourcePlaces(bundled, list(ctx.library_args), stores)
    LibrarySourcesFeature(window, where, store, lambda: reload_library(window, ctx), busy)


def show_published(window: MainWindow, ctx: Context) -> None:
    """The home page says who published the installed packs and when (a calm note when one is old)."""
    import datetime as dt

    from reader.core.packs.freshness import published_html

    window.home.set_published(published_html([p.manifest for p in ctx.installed_packs()], dt.date.today()))


def reload_library(window: MainWindow, ctx: Context) -> None:
    """Read the library again on a worker (packs changed), show it, and reopen search with the packs'
    own indexes; emits the window's libraryChanged."""
    from reader.ui.library.loader import LibraryLoader

    loader = LibraryLoader(ctx.library_folders(), ctx.locations.catalog_file, parent=window,
                           known=ctx.known_articles)  # fmt: skip

    def loaded(library: Library) -> None:
        loader.deleteLater()
        ctx.__dict__["library"] = library
        window.search.shutdown()  # the open index does not know the new pack: do not index it here
        window.set_library(library)
        window.search.use_index(ctx.locations.cache_dir, opener=lambda _cache_dir: ctx.open_search_index())
        show_published(window, ctx)
        window.libraryChanged.emit()

    loader.loaded.connect(loaded)
    loader.start()


def _install_language(
    app: object, ctx: Context, args: argparse.Namespace, policy_language: str, visitor: str = ""
) -> str:
    """Choose the language (a kiosk visitor's, --language, kiosk policy, settings, system) and load it;
    returns the one in use."""
    from reader.context import command_line_language
    from reader.ui.languages.install import install_language, system_ui_languages

    wanted = visitor or command_line_language(
        ctx, getattr(args, "ui_language", None) or "", policy_language, system_ui_languages()
    )
    return install_language(app, wanted)  # type: ignore[arg-type]


def _library_loaded(
    window: MainWindow,
    ctx: Context,
    args: argparse.Namespace,
    library: Library,
    kiosk: KioskController | None,
    preloader: IndexPreloader,
    early: Article | None = None,
) -> None:
    """Show the loaded library, then open the article asked for on the command line (unless it was
    opened already, early, before the library was read)."""
    ctx.__dict__["library"] = library  # Context.library is a cached_property: later users share it
    window.set_library(library)
    if args.open:  # the home view is not on screen: the packs' dates wait for the article (see above)
        _after_article(window, lambda: show_published(window, ctx))
    else:  # a moment after the library is painted (23-29 ms with its imports, timeline of a first start)
        _soon(window, lambda: show_published(window, ctx))
    _use_page_cache(window, ctx, library)
    if kiosk is not None:
        kiosk.library_loaded()
    article = library.find(args.open) if args.open else None
    open_index = lambda: window.search.use_index(ctx.locations.cache_dir, opener=preloader.take)  # noqa: E731
    if early is not None:
        # Opened already, before the library was read (run_gui): the person may have moved on since.
        if article is not None:
            window.take_library_article(article)  # the title block gets its twins
        if window.current is not None:
            window.show_status(window.current.display_title)
        _soon(window, open_index, delay_ms=500)  # the article is on screen: the index a moment after it
        return
    if args.open and article is None:
        print(f"No article in the library matches {args.open!r}.", file=sys.stderr)
        from reader.ui.library.not_found_bar import tell_not_in_library

        tell_not_in_library(window, args.open)  # above the pages: whole at 300 % (the status bar cut it)
    if article is not None and not getattr(args, "search", None):
        # The article first: opening the index imports Whoosh and reads it (~0.3 s of CPU on the GUI
        # thread and a worker, py-spy of `--open X --screenshot`), which a person waiting to read does
        # not need. The index starts a moment after the article is on screen.
        _after_article(window, open_index)
    elif getattr(args, "search", None):
        # Prebuilt indexes (packs, the bundle) answer at once; the rest is indexed in the background.
        open_index()
    else:
        _soon(window, open_index)  # so the library is painted first: use_index imports Whoosh on this thread
    if article is not None:
        window.open_article(article.key)
    if getattr(args, "search", None):
        window.search.search_now(args.search)


def _soon(window: MainWindow, callback: Callable[[], object], delay_ms: int = 100) -> None:
    """Call back delay_ms from now, once the window has painted what it just got."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(delay_ms, window, callback)


#: After this long (ms) the work that waits for the article runs without it, unless the article is still on
#: its way (then every as long again, up to ARTICLE_PATIENCE_MS): one that fails to open must not leave the
#: work undone.
ARTICLE_FALLBACK_MS = 3000
#: How long (ms) work waits for an article still being prepared: its conversion has a time limit of its own.
ARTICLE_PATIENCE_MS = 60_000


def _after_article(window: MainWindow, callback: Callable[[], object], delay_ms: int = 500) -> None:
    """Call back once, delay_ms after the next article is on screen: shown, then painted (or after
    ARTICLE_FALLBACK_MS when no article is on its way: an article that fails to open must not leave the
    work undone).

    The delay counts from the paint, not from the article being shown: on a busy machine the window's
    paint came more than 50 ms after the article was shown, so the first-screen steps (~10-20 ms: hover
    definitions, the Language menu, screen-reader names) ran before it and held up the readable page
    (thread CPU probes of `--open X --screenshot` at load 5, issue 20).

    The fallback does not run while the article is still being prepared: on a busy machine (load 12) a first
    start took longer than 3 s to convert it, and the work (first-screen steps, reading the library) ran
    first and competed with it (`--open X --screenshot`: the steps 5 s before the article).
    """
    from PySide6.QtCore import QTimer

    from reader.ui.window.first_paint import after_first_paint

    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            window.articleShown.disconnect(soon)
            callback()

    def soon() -> None:
        after_first_paint(window, lambda: QTimer.singleShot(delay_ms, window, run))

    def fallback(waited_ms: int) -> None:
        if done:
            return
        if window.article_on_its_way() and waited_ms < ARTICLE_PATIENCE_MS:
            QTimer.singleShot(ARTICLE_FALLBACK_MS, window, lambda: fallback(waited_ms + ARTICLE_FALLBACK_MS))
        else:
            run()

    window.articleShown.connect(soon)
    QTimer.singleShot(ARTICLE_FALLBACK_MS, window, lambda: fallback(ARTICLE_FALLBACK_MS))


def _article_asked_for(args: argparse.Namespace, ctx: Context, folders: list[Path]) -> Article | None:
    """The article of `--open` from the catalog cache, unchanged since it was read, or else from a file
    named after its address (a first start); None when the library must be read to know it (a changed
    file named otherwise, a pack's article, --search)."""
    if not args.open or getattr(args, "search", None):
        return None
    from reader.core.library.catalog import find_by_file_name
    from reader.core.library.catalog_cache import find_cached

    return find_cached(ctx.locations.catalog_file, folders, args.open) or find_by_file_name(folders, args.open)


def _use_page_pool(window: MainWindow, ctx: Context) -> RenderPool:
    """Open articles from the converted-page cache (once per window); the pool in use."""
    from reader.core.render.page_cache import PageCache
    from reader.core.render.pool import RenderPool

    pool = window.renderer.pages
    if pool is None:
        pool = RenderPool(PageCache(ctx.locations.cache_dir / "pages"))
        window.renderer.use_pages(pool)
    return pool


def _use_page_cache(window: MainWindow, ctx: Context, library: Library) -> None:
    """Open articles from the converted-page cache; fill it in the background (see page_prerender.py)."""
    from PySide6.QtWidgets import QApplication

    from reader.ui.reading.page_prerender import PagePrerenderer

    cache = _use_page_pool(window, ctx).cache
    assert cache is not None
    # Only while the person is idle, plugged in and the window is seen, within a CPU budget, and
    # after the search index is built (one piece of background work at a time).
    prerenderer = PagePrerenderer(cache, window, window=window, others_busy=window.search.busy)
    cast(QApplication, QApplication.instance()).aboutToQuit.connect(prerenderer.stop)
    prerenderer.start(list(library))
