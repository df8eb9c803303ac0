"""Start-up stays light: heavy modules wait until needed, and the library loads after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.window.first_paint import after_first_paint
from tests.helpers import ROOT

HEAVY = ("markdown", "yaml", "frontmatter", "whoosh", "numpy", "importlib.metadata", "concurrent.futures")


def test_the_window_modules_import_no_converter_or_search_engine() -> None:
    code = (
        "import sys; import reader.cli, reader.app, reader.ui.window.main_window, reader.ui.library.loader, "
        "reader.ui.window.about_dialog; "
        "reader.cli.build_parser(); "
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "", f"imported at start-up: {out.stdout.strip()}"


#: Modules the first paint does not need: printing, the About dialog's licenses, multiprocessing (only a
#: frozen build calls freeze_support), tomllib (only --version and About read the version), uuid.
NOT_AT_START = (
    "PySide6.QtPrintSupport",
    "reader.ui.window.about_dialog",
    "reader.core.about.licenses",
    "multiprocessing",
    "tomllib",
    "uuid",
    "reader.ui.handouts.pdf",
    "numpy",  # the search's meaning re-rank: imported with the index, never before the first paint
    "reader.core.handouts.article_handout",  # printing
    "reader.core.glossary.drugs",  # a drug link's tooltip
)


def test_building_the_window_imports_nothing_the_first_paint_does_not_need(tmp_path) -> None:
    code = (
        "import sys; from reader.cli import parse, make_context; import reader.app; "
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from reader.core.settings.store import Settings; from reader.core.library.catalog import Library; "
        "from reader.ui.window.app_icon import app_icon; app.setWindowIcon(app_icon()); "
        "from reader.ui.window.build import build_window; "
        f"args = parse(['--data-dir', {str(tmp_path)!r}]); "
        "w = build_window(Library([]), Settings(None)); w.show(); app.processEvents(); "
        f"print(' '.join(m for m in {NOT_AT_START!r} if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
        env=env,
    )
    assert out.stdout.strip() == "", f"imported before the first paint: {out.stdout.strip()}"


#: What the window itself does not need until it is used: the glossary's modules (read later), what a link
#: is (a first conversion imports it too, so it is not in NOT_BEFORE_THE_ARTICLE below).
LATER_THAN_THE_WINDOW = ("reader.core.glossary.entries", "reader.core.glossary.fragments", "reader.core.library.links")


def test_a_window_given_the_glossary_to_read_later_imports_none_of_it(tmp_path) -> None:
    """As the app makes it: the glossary's entries module waits for the glossary to be read (~2 ms of a
    start), and what a link is waits for a link; the window, shown, never needs them before then."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from reader.core.glossary.deferred import DeferredGlossary; "
        "from reader.core.settings.store import Settings; from reader.core.library.catalog import Library; "
        "from reader.ui.window.build import build_window; "
        "glossary = DeferredGlossary(lambda: None); "
        "w = build_window(Library([]), Settings(None), glossary=glossary); w.show(); app.processEvents(); "
        f"print(' '.join(m for m in {LATER_THAN_THE_WINDOW!r} if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                         check=True, env=env)  # fmt: skip
    assert out.stdout.strip() == "", f"imported before the glossary was read: {out.stdout.strip()}"


def test_version_is_still_printed_when_asked() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert out.returncode == 0
    assert out.stdout.startswith("cancer-reader ") and out.stdout.split()[1][0].isdigit(), out.stdout


def test_the_definition_popup_is_made_on_first_use(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTextBrowser

    from reader.core.glossary.entries import Glossary
    from reader.ui.glossary.tips import DefinitionPopup, GlossaryTips

    view = QTextBrowser()
    qtbot.addWidget(view)
    tips = GlossaryTips(view, Glossary(), view)
    assert not view.findChildren(DefinitionPopup), "no popup before it is needed"
    popup = tips.popup
    assert isinstance(popup, DefinitionPopup) and tips.popup is popup
    assert view.findChildren(DefinitionPopup) == [popup]


def test_after_first_paint_runs_once_after_the_window_paints(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("painted"), fallback_ms=60_000)
    qtbot.wait(50)
    assert calls == [], "nothing runs before the window is shown"
    window.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=5000)
    window.update()
    window.repaint()
    qtbot.wait(50)
    assert calls == ["painted"], "it runs once, not on every paint"


def test_after_first_paint_still_runs_for_a_window_that_never_paints(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_paint(window, lambda: calls.append("late"), fallback_ms=50)
    qtbot.waitUntil(lambda: calls == ["late"], timeout=5000)


#: What waits until the article asked for with --open is on screen (and so never runs for a screenshot):
#: the pack install UI (cryptography for signatures), the packs' publication dates, search (Whoosh).
NOT_BEFORE_THE_ARTICLE = (
    "reader.ui.packs.feature",
    "cryptography",
    "reader.core.packs.freshness",
    "whoosh",
    "reader.ui.handouts.pdf",
    "filelock",  # settings and bookmarks that read cleanly are read without the lock
    "reader.ui.search.results_view",
    "reader.core.packs.install",  # no pack folder: nothing to look for
    "reader.core.kiosk.visitor_language",  # not a kiosk: no visitor chose a language
    "reader.core.glossary.fragments",  # a definition's HTML: when one is shown
    "reader.ui.reading.link_geometry",  # the outline of a link reached with Tab
    "reader.ui.screen_reader.parts",  # an article's links and headings: when a screen reader asks
    "reader.ui.screen_reader.tree",
    "reader.ui.layout.panel_focus",  # the keyboard back from a closed panel: none is open yet
    "reader.ui.appearance.menu_style",  # menus keep whole words at large text: given once the screen is up
    "reader.ui.library.browser",  # the library's tabs: the tree is empty until the library is read
    "reader.ui.library.home_view",  # not shown while the article asked for is
)
#: PySide6 types made on first use (each with its enums): those the first picture does not need wait.
TYPES_NOT_BEFORE_THE_ARTICLE = (
    ("PySide6.QtGui", "QWindow"),  # a type hint of the screen reader's objects
    ("PySide6.QtWidgets", "QDialog"),  # the bookmark and question dialogs
    ("PySide6.QtCore", "QStandardPaths"),  # where an export is saved
    ("PySide6.QtWidgets", "QProxyStyle"),  # the menus' style (with QStyle's ~20 enums)
    ("PySide6.QtWidgets", "QStyle"),  # "On this page" measures its rows with it: listed after the article
    ("PySide6.QtWidgets", "QTabBar"),  # the library's tabs and the panels' tabs: made after the article
    ("PySide6.QtWidgets", "QComboBox"),  # the reading-level box: in the library's tabs
)
#: What waits for the library (read after the article, which comes from the catalog cache or, on a first
#: start, from the file named after its address): the home page's starting points.
NOT_BEFORE_THE_LIBRARY = ("reader.core.library.starting_points",)
#: A page from the disk cache needs its title block only, not the Markdown converter (issue 20).
NOT_FOR_A_CACHED_PAGE = ("reader.core.render.convert", "reader.core.render.bare_headings", "reader.core.render.list_starts")


def test_an_article_asked_for_at_start_comes_before_the_extras(library_dir, tmp_path) -> None:
    picture = tmp_path / "a.png"
    argv = ["--library", str(library_dir), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c"),
            "--open", "https://www.cancer.gov/types/breast/treatment/immunotherapy", "--screenshot", str(picture)]  # fmt: skip
    from reader.core.bookmarks.store import open_store
    from reader.core.files.locations import Locations
    from reader.core.settings.store import Settings

    settings = Settings(Locations(data_dir=tmp_path / "d", cache_dir=tmp_path / "c").settings_file)
    settings.set("font_scale", 125)
    settings.save()  # a person's settings and bookmarks, as an earlier session left them
    open_store(tmp_path / "d").add("immunotherapy-72f26b96fc", "/types/breast/treatment/immunotherapy", "Immunotherapy")
    # What the process holds once the window has painted the article (what a person sees first), on the
    # turn of the event loop after that paint. Not as the picture is taken: the work that follows the article
    # starts 50 ms after that paint, and on a busy machine the picture can come later than that (at exit,
    # a type made for a feature half a second after the article failed this under load).
    code = (
        "import sys; import reader.ui.window.screenshot as shot; real = shot.save_when_ready\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "seen, shown = [], []\n"
        "def look():\n"
        "    if seen: return\n"
        f"    seen.append('imported: ' + ' '.join(m for m in {NOT_BEFORE_THE_ARTICLE!r} if m in sys.modules))\n"
        f"    seen.append('before the library: ' + ' '.join(m for m in {NOT_BEFORE_THE_LIBRARY!r} if m in sys.modules))\n"
        f"    seen.append('types: ' + ' '.join(n for m, n in {TYPES_NOT_BEFORE_THE_ARTICLE!r} if n in vars(sys.modules[m])))\n"
        f"    seen.append('converter: ' + ' '.join(m for m in {NOT_FOR_A_CACHED_PAGE!r} if m in sys.modules))\n"
        "class ArticlePainted(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if shown and event.type() == QEvent.Type.Paint:\n"
        "            QTimer.singleShot(0, look)\n"
        "        return False\n"
        "def spy(app, window, path, **kw):\n"
        "    window.articleShown.connect(lambda _key: shown.append(_key))\n"
        "    window.installEventFilter(ArticlePainted(window))\n"
        "    code = real(app, window, path, **kw)\n"
        "    print('article painted:', bool(seen), *seen, sep='\\n')\n"
        "    return code\n"
        f"shot.save_when_ready = spy; from reader.cli import main; sys.exit(main({argv!r}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for cached in (False, True):  # a first start, then one with the catalog and the page cache
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                             env=env)  # fmt: skip
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.splitlines()[-5].strip() == "True", out.stdout  # the article was shown and painted
        assert out.stdout.splitlines()[-4].strip() == "imported:", out.stdout
        assert out.stdout.splitlines()[-3].strip() == "before the library:", out.stdout
        assert out.stdout.splitlines()[-2].strip() == "types:", out.stdout
        if cached:
            assert out.stdout.splitlines()[-1].strip() == "converter:", out.stdout
        assert picture.stat().st_size > 0
        picture.unlink()


def test_work_after_the_article_runs_once_after_it_is_shown(qtbot: QtBot, window) -> None:
    from reader.app import _after_article

    calls: list[int] = []
    _after_article(window, lambda: calls.append(1), delay_ms=10)
    qtbot.wait(50)
    assert calls == []  # nothing until the article is on screen
    window.articleShown.emit("some-key")
    window.update()  # the article's page painted
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    window.articleShown.emit("another-key")
    window.update()
    qtbot.wait(50)
    assert calls == [1]


def test_work_after_the_article_waits_for_it_to_be_painted(qtbot: QtBot) -> None:
    """The delay counts from the article's paint: on a busy machine the paint came more than 50 ms after the
    article was shown, and the first-screen steps ran before it (issue 20)."""
    from PySide6.QtCore import Signal

    from reader.app import _after_article

    class Window(QWidget):
        articleShown = Signal(str)

    window = Window()
    qtbot.addWidget(window)
    calls: list[int] = []
    _after_article(window, lambda: calls.append(1), delay_ms=10)  # type: ignore[arg-type]
    window.articleShown.emit("some-key")  # shown, but the window has not painted it (it is not on screen)
    qtbot.wait(200)
    assert calls == []
    window.show()  # now it paints
    qtbot.waitUntil(lambda: calls == [1], timeout=700)  # (before the 1 s fallback for a window that never paints)


def test_work_after_the_article_waits_past_the_fallback_while_the_article_is_on_its_way(
    qtbot: QtBot, window, monkeypatch
) -> None:
    """On a busy machine (load 12) a first start took longer than the fallback (3 s) to convert the article
    asked for, and the work that waits for it ran first (the first-screen steps 5 s before the article).
    While the article is on its way the work waits on; once none is (it failed, or the person went home),
    it runs at the next fallback."""
    import reader.app as app

    monkeypatch.setattr(app, "ARTICLE_FALLBACK_MS", 20)
    on_its_way = [True]
    monkeypatch.setattr(window, "article_on_its_way", lambda: on_its_way[0])
    calls: list[int] = []
    app._after_article(window, lambda: calls.append(1), delay_ms=10)
    qtbot.wait(300)
    assert calls == []  # many fallbacks later: still waiting for the article
    on_its_way[0] = False
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    qtbot.wait(100)
    assert calls == [1]


def test_an_article_is_on_its_way_until_it_is_shown_or_fails_or_the_person_goes_home(
    qtbot: QtBot, window
) -> None:
    assert not window.article_on_its_way()
    article = window.library.articles[0]
    with qtbot.waitSignal(window.articleShown, timeout=20_000):
        window.open_article_object(article)
        assert window.article_on_its_way()
    assert not window.article_on_its_way()
    other = window.library.articles[1]
    window.open_article_object(other)
    assert window.article_on_its_way()
    window.renderer.failed.emit(other.key, "damaged")  # as the renderer tells it
    assert not window.article_on_its_way()
    window.open_article_object(article)
    window.go_home()
    assert not window.article_on_its_way()


def test_the_article_asked_for_is_on_screen_before_the_library_is_read(library_dir, tmp_path) -> None:
    """A second start takes the article from the catalog cache, a first start from the file named after its
    address: either way it is on screen before the library is read (a first start waited for every file:
    ~7 s under load for the 1,378-article corpus, walk 6)."""
    argv = ["--library", str(library_dir), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c"),
            "--open", "https://www.cancer.gov/types/breast/treatment/immunotherapy", "--screenshot", str(tmp_path / "a.png")]  # fmt: skip
    code = (
        "import sys; import reader.ui.window.screenshot as shot; real = shot.save_when_ready\n"
        "def spy(app, window, path, **kw):\n"  # what the window holds as its picture is taken
        "    grab, seen = window.grab, []\n"
        "    def grabbing(*args):\n"
        "        seen.append(f'listed {len(window.library)} shown {window.current.key} {window.current_page is not None}')\n"
        "        return grab(*args)\n"
        "    window.grab = grabbing\n"
        "    code = real(app, window, path, **kw)\n"
        "    print(*seen)\n"
        "    return code\n"
        f"shot.save_when_ready = spy; from reader.cli import main; sys.exit(main({argv!r}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    lines = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                             env=env)  # fmt: skip
        assert out.returncode == 0, out.stderr[-2000:]
        lines.append(next(line for line in out.stdout.splitlines() if line.startswith("listed")))
    assert lines == ["listed 0 shown immunotherapy-72f26b96fc True"] * 2  # the article first, then the library


def test_the_library_read_after_the_article_gives_its_title_block_the_twin_link(
    qtbot: QtBot, tmp_path
) -> None:
    import dataclasses

    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings
    from reader.ui.window.build import build_window
    from tests.helpers import write_article

    folder = tmp_path / "lib"
    folder.mkdir()
    body = "\n\n".join(f"## Part {n}\n\n" + "Some words to read here. " * 40 for n in range(30))
    write_article(
        folder,
        "p.md",
        "Thing Treatment (PDQ®)–Patient Version",
        "https://www.cancer.gov/types/thing/patient/thing-treatment-pdq",
        body,
    )
    write_article(
        folder,
        "hp.md",
        "Thing Treatment (PDQ®)–Health Professional Version",
        "https://www.cancer.gov/types/thing/hp/thing-treatment-pdq",
        body,
    )
    library = Library.load([folder])
    article = library.find("/types/thing/patient/thing-treatment-pdq")
    assert article is not None and article.twin_path  # the library pairs the two versions
    window = build_window(Library([folder]), Settings(None))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    early = dataclasses.replace(article, twin_path="")  # as the catalog cache gives it: no twins yet
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article_object(early)
    assert "Version for health professionals" not in window.view.toPlainText()
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    window.set_library(library)
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.take_library_article(article)
    assert "Version for health professionals" in window.view.toPlainText()
    assert window.current is article and bar.value() == place  # the reader stays where they were
    back = window.history.back()  # the same visit, not a new one: one step back is the home page
    assert back is not None and back.key == "" and not window.history.can_go_back()


def _article_with_the_glossary_read_later(qtbot: QtBot, library_dir, read):  # noqa: ANN001, ANN202
    """A window given a DeferredGlossary of read(), as the app makes it, with the seed article open."""
    from reader.core.glossary.deferred import DeferredGlossary
    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings
    from reader.ui.window.build import build_window

    glossary = DeferredGlossary(read)
    library = Library.load([library_dir])
    window = build_window(library, Settings(None), glossary=glossary)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article(library.find("/types/breast/treatment/immunotherapy").key)
    return window, glossary


def test_opening_an_article_does_not_wait_for_the_glossary(qtbot: QtBot, library_dir, tmp_path) -> None:
    from reader.core.languages.glossaries import MultilingualGlossary

    reads: list[int] = []

    def read() -> MultilingualGlossary:
        reads.append(1)
        return MultilingualGlossary.load_all(None)

    window, glossary = _article_with_the_glossary_read_later(qtbot, library_dir, read)
    assert reads == [] and not glossary.loaded  # the article is on screen; no definition read yet
    window.glossary_panel.show()
    qtbot.waitUntil(lambda: "immune system" in window.glossary_panel.in_article.toPlainText(), timeout=5000)
    assert reads == [1]  # read once, when the panel needed it
    entry = window.glossary.lookup("immune system")
    assert entry is not None and entry.definition


def test_print_and_pdf_work_with_the_glossary_the_app_reads_later(
    qtbot: QtBot, library_dir, tmp_path, monkeypatch
) -> None:
    """The app gives the window a DeferredGlossary: Save as PDF and Print use it (both raised
    "object of type 'DeferredGlossary' has no len()", walk 5)."""
    from reader.core.languages.glossaries import MultilingualGlossary
    from reader.ui.handouts.print_preview import PrintPreview

    window, _glossary = _article_with_the_glossary_read_later(
        qtbot, library_dir, lambda: MultilingualGlossary.load_all(None)
    )
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_registry["save_pdf"].trigger()
    assert target.is_file() and "Saved" in window.statusBar().currentMessage()
    handout = window.handouts.current_handout()
    assert handout is not None and "Words in this article" in handout.html and "immune system" in handout.html
    shown: list[PrintPreview] = []
    monkeypatch.setattr(PrintPreview, "exec", lambda self: shown.append(self) or 0)
    window.actions_registry["print"].trigger()
    assert len(shown) == 1


def test_the_search_results_page_is_made_when_first_needed(qtbot: QtBot, library_dir) -> None:
    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings
    from reader.ui.window.build import build_window

    window = build_window(Library([library_dir]), Settings(None))
    qtbot.addWidget(window)
    window.show()
    assert window.search._results is None  # an article or the home page needs no results page
    assert window.search.page_widgets() == []
    results = window.search.results  # e.g. the library's reading levels, or a first search
    assert window.search._results is results and window.search.page_widgets()[-1] is results.list
    window.show_page(results)
    assert window.page_on_screen() is results


def test_a_damaged_settings_file_is_told_in_a_message_the_person_closes(
    qtbot: QtBot, library_dir, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader import cli
    from reader.core.files.locations import Locations

    settings_file = Locations(data_dir=tmp_path / "d", cache_dir=tmp_path / "c").settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("{ not json", encoding="utf-8")
    seen: list[str] = []

    def fake_save(app, window, path, **_waits) -> int:  # noqa: ANN001 - stands in for the screenshot
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "startProblems") is not None, timeout=5000)
        box = window.findChild(QMessageBox, "startProblems")
        qtbot.waitUntil(box.isVisible, timeout=5000)
        seen.append(box.text())
        box.accept()
        window.remember_geometry = False
        window.close()
        return 0

    monkeypatch.setattr("reader.ui.window.screenshot.save_when_ready", fake_save)
    argv = ["--library", str(library_dir), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c"),
            "--open", "https://www.cancer.gov/types/breast/treatment/immunotherapy", "--screenshot", "x.png"]  # fmt: skip
    assert cli.main(argv) == 0
    assert len(seen) == 1 and "settings file was damaged" in seen[0] and ".damaged" in seen[0]
    assert any(p.name.startswith(settings_file.name) and p != settings_file for p in settings_file.parent.iterdir())
    QApplication.processEvents()


def test_only_a_first_start_says_it_takes_a_moment_the_first_time(qtbot: QtBot, library_dir, tmp_path) -> None:
    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings
    from reader.ui.window.build import build_window

    window = build_window(Library([library_dir]), Settings(None))
    qtbot.addWidget(window)
    window.show_library_loading(first_time=True)
    assert "takes a moment the first time" in window.home.page.toPlainText()
    window.show_library_loading(first_time=False)
    text = window.home.page.toPlainText()
    assert "Opening your library" in text and "first time" not in text


def test_pyside_import_hook_is_answered_for_our_modules_without_reading_their_source(monkeypatch) -> None:
    import inspect
    import types

    from reader.app import _answer_pyside_import_hook

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back afterwards
    _answer_pyside_import_hook()
    _answer_pyside_import_hook()  # a second start in one process does not wrap it twice
    answer = feature._mod_uses_pyside
    read: list[object] = []
    real_getsource = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda module: read.append(module) or real_getsource(module))

    assert answer(sys.modules["reader.core.library.article"]) is False  # core never uses Qt: ignored
    assert answer(sys.modules["reader.ui.window.main_window"]) is True
    assert answer(sys.modules["html.entities"]) is False  # Python's own modules never use Qt
    assert read == []  # no file was read
    other = types.ModuleType("someone_elses")
    other.__file__ = __file__  # this test file names PySide6, so PySide6's own check says it uses it
    assert answer(other) is True and read == [other]


def _menu_texts(window) -> list[str]:  # noqa: ANN001 - a MainWindow
    """Every menu item's words, submenus included, in order."""

    def walk(menu, depth: int) -> list[str]:  # noqa: ANN001 - a QMenu
        texts = []
        for action in menu.actions():
            texts.append("  " * depth + ("----" if action.isSeparator() else action.text()))
            if action.menu() is not None:
                texts += walk(action.menu(), depth + 1)
        return texts

    return [text for action in window.menuBar().actions() for text in [action.text(), *walk(action.menu(), 1)]]


def test_what_the_first_screen_does_not_need_waits_for_it_then_is_as_in_any_window(
    qtbot: QtBot, library_dir, tmp_path
) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings
    from reader.ui.window.build import build_window
    from reader.ui.window.main_window import WindowOptions

    library = Library.load([library_dir])
    eager = build_window(library, Settings(None))
    waiting = build_window(library, Settings(None), options=WindowOptions(later_steps_wait=True))
    for window in (eager, waiting):
        qtbot.addWidget(window)
    waiting.show()
    qtbot.waitExposed(waiting)

    def ctrl_wheel() -> int:
        """Ctrl+wheel up over the article: the text size it leaves."""
        viewport = waiting.view.viewport()
        event = QWheelEvent(QPointF(20, 20), QPointF(viewport.mapToGlobal(QPoint(20, 20))), QPoint(0, 0),
                            QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(viewport, event)
        qtbot.wait(20)
        return waiting.appearance.font_scale

    assert waiting.languages is None
    assert "Lan&guage" not in _menu_texts(waiting)
    before = waiting.appearance.font_scale
    assert ctrl_wheel() == before  # the app's own text size does not follow Ctrl+wheel yet

    waiting.first_screen_shown()
    waiting.first_screen_shown()  # once only
    assert _menu_texts(waiting) == _menu_texts(eager)  # the same menus, in the same order, as an eager window
    assert ctrl_wheel() > before
    steps: list[int] = []
    waiting.when_on_screen(lambda: steps.append(1))  # once the screen is up, a step runs at once
    assert steps == [1]


def test_the_running_app_sets_up_what_waited_once_the_article_is_on_screen(library_dir, tmp_path) -> None:
    argv = ["--library", str(library_dir), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c"),
            "--open", "https://www.cancer.gov/types/breast/treatment/immunotherapy", "--screenshot", str(tmp_path / "a.png")]  # fmt: skip
    code = (
        "import gc; gc.disable()\n"  # as `python -m reader` starts
        "import sys, time; import reader.ui.window.screenshot as shot; real = shot.save_when_ready\n"
        "def spy(app, window, path, **kw):\n"
        "    code = real(app, window, path, **kw)\n"
        "    end = time.monotonic() + 5\n"
        "    while window.languages is None and time.monotonic() < end:\n"
        "        app.processEvents()\n"
        "    from reader.ui.library.browser import LibraryBrowser; from reader.ui.library.home_view import HomeView\n"
        "    made = [w for w in (LibraryBrowser, HomeView) if window.findChildren(w)]\n"
        "    import gc\n"
        "    print('language menu', window.languages is not None, 'icon', not app.windowIcon().isNull(),\n"
        "          'garbage collection', gc.isenabled() and gc.get_freeze_count() > 0, 'browser and home', len(made) == 2)\n"
        "    return code\n"
        f"shot.save_when_ready = spy; from reader.cli import main; sys.exit(main({argv!r}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for _ in range(2):  # a first start (library first), then one with the catalog (article first)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                             env=env)  # fmt: skip
        assert out.returncode == 0, out.stderr[-2000:]
        assert "language menu True icon True garbage collection True browser and home True" in out.stdout, (
            out.stdout + out.stderr[-2000:]
        )


def test_a_first_screen_step_that_fails_does_not_stop_the_others(qtbot: QtBot, caplog) -> None:
    from reader.core.library.catalog import Library
    from reader.core.settings.store import Settings
    from reader.ui.window.build import build_window
    from reader.ui.window.main_window import WindowOptions

    window = build_window(Library([]), Settings(None), options=WindowOptions(later_steps_wait=True))
    qtbot.addWidget(window)
    ran: list[str] = []
    window.when_on_screen(lambda: 1 / 0)
    window.when_on_screen(lambda: ran.append("after"))
    window.first_screen_shown()
    assert ran == ["after"] and window.languages is not None
    assert "A start-up step failed" in caplog.text


def test_a_first_start_reads_the_glossary_after_the_whole_library_not_beside_it(library_dir, tmp_path) -> None:
    """While a first start reads every file, the glossary waits for the whole library (read beside the
    loading thread it took the interpreter lock from it, issue 20), and is read a moment after it."""
    argv = ["--library", str(library_dir), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c"),
            "--screenshot", str(tmp_path / "a.png")]  # fmt: skip
    code = (
        "import sys, time\n"
        "import reader.app as app, reader.core.library.catalog as catalog\n"
        "import reader.core.glossary.deferred as deferred, reader.ui.window.screenshot as shot\n"
        "seen = []\n"
        "load_file = catalog.Library._load_file\n"
        "def slow(self, *args):\n"  # files read slower than the glossary's moment after the first paint
        "    time.sleep(0.6)\n"
        "    return load_file(self, *args)\n"
        "catalog.Library._load_file = slow\n"
        "read = deferred.DeferredGlossary.glossary\n"
        "def reading(self):\n"
        "    if not self.loaded:\n"
        "        seen.append('glossary')\n"
        "    return read(self)\n"
        "deferred.DeferredGlossary.glossary = reading\n"
        "loaded = app._library_loaded\n"
        "def library(*args, **kw):\n"
        "    seen.append('library')\n"
        "    return loaded(*args, **kw)\n"
        "app._library_loaded = library\n"
        "real = shot.save_when_ready\n"
        "def spy(qt_app, window, path, **kw):\n"
        "    code = real(qt_app, window, path, **kw)\n"
        "    end = time.monotonic() + 10\n"
        "    while 'glossary' not in seen and time.monotonic() < end:\n"
        "        qt_app.processEvents()\n"
        "    print('order:', *seen)\n"
        "    return code\n"
        f"shot.save_when_ready = spy; from reader.cli import main; sys.exit(main({argv!r}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "order: library glossary" in out.stdout, out.stdout + out.stderr[-2000:]


def test_a_second_start_shows_the_library_before_it_opens_the_search_index(library_dir, tmp_path) -> None:
    """With the catalog built, the library is not held up by the search engine's import (a second start
    showed its library later than a first one, issue 20); the index opens a moment after it."""
    argv = ["--library", str(library_dir), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c"),
            "--screenshot", str(tmp_path / "a.png")]  # fmt: skip
    code = (
        "import sys, time\n"
        "import reader.app as app, reader.ui.window.screenshot as shot\n"
        "seen = []\n"
        "loaded = app._library_loaded\n"
        "def library(*args, **kw):\n"
        "    seen.append('library shown, search engine imported: ' + str('whoosh' in sys.modules))\n"
        "    return loaded(*args, **kw)\n"
        "app._library_loaded = library\n"
        "real = shot.save_when_ready\n"
        "def spy(qt_app, window, path, **kw):\n"
        "    code = real(qt_app, window, path, **kw)\n"
        "    end = time.monotonic() + 10\n"
        "    while getattr(window.search.service, 'opened', None) is None and time.monotonic() < end:\n"
        "        qt_app.processEvents()\n"
        "    seen.append('then the index: ' + str(getattr(window.search.service, 'opened', None) is not None))\n"
        "    print(*seen, sep='\\n')\n"
        "    return code\n"
        f"shot.save_when_ready = spy; from reader.cli import main; sys.exit(main({argv!r}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for start in ("first", "second"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                             env=env)  # fmt: skip
        assert out.returncode == 0, out.stderr[-2000:]
        lines = out.stdout.splitlines()[-2:]
        assert lines == ["library shown, search engine imported: False", "then the index: True"], (
            start + ": " + out.stdout + out.stderr[-2000:]
        )
