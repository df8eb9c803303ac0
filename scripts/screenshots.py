"""Save the pictures in docs/screenshots/ for text size, themes and kiosk mode, on the shared corpus.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--corpus DIR] [--out DIR] [--only NAME]

Desktop: the same article at 100%, 200% and 300% text in each theme (a 1280x800 window, as on a laptop),
sized up and back down in one window, so panel widths that do not come back show in the last pictures.
Kiosk: the home screen, an article and the search results with the on-screen keyboard up (1280x800 screen).
The search index is built once in a cache folder under /tmp and reused. It also prints what it measured:
the contrast of each toolbar icon and of the scroll handle in each theme, and the kiosk's touch targets
(controls on each screen, every link of the article).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


def _offscreen_screen() -> None:
    """A 1280x800 offscreen screen at 96 dpi, so full-screen kiosk pictures have a laptop's size."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        config = Path(tempfile.gettempdir()) / "cancer-reader-screen.json"
        screen = {"name": "shot", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1],
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


_offscreen_screen()
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.core.appearance.contrast import contrast_ratio, icon_contrast  # noqa: E402
from reader.core.kiosk.policy import KioskPolicy  # noqa: E402
from reader.core.library.catalog import Library  # noqa: E402
from reader.core.settings.store import Settings  # noqa: E402
from reader.ui.window.build import build_window  # noqa: E402
from reader.ui.window.main_window import MainWindow  # noqa: E402
from tests.ui.touch_targets import link_touch_report, measure  # noqa: E402

ARTICLE = "https://www.cancer.gov/types/breast/treatment/immunotherapy"
KIOSK_ARTICLE = "https://www.cancer.gov/about-cancer/treatment/side-effects/fatigue"
THEMES = ("light", "dark", "high-contrast")
SCALES = (100, 200, 300)


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Process events until done() or the timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not done():
        app.processEvents()
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.005)


def open_article(app: QApplication, window: MainWindow, url: str) -> None:
    """Open an article and wait until it is on screen."""
    article = window.library.find(url)
    assert article is not None, f"{url} is not in the library"
    shown: list[str] = []
    window.articleShown.connect(shown.append)
    window.open_article(article.key)
    wait(app, lambda: article.key in shown)
    window.articleShown.disconnect(shown.append)


def save(window: MainWindow, out: Path, name: str) -> None:
    """Grab the window into out/name.png."""
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def desktop(app: QApplication, library: Library, out: Path) -> None:
    """One window: each theme at 100, 200, 300% and back down to 100%."""
    window = build_window(library, Settings(None))
    window.resize(*SIZE)
    window.show()
    window.search.use_index(Path(tempfile.gettempdir()) / "cancer-reader-screenshot-index")
    wait(app, lambda: not window.search.busy(), 600)
    open_article(app, window, ARTICLE)
    for theme in THEMES:
        window.appearance.set_theme(theme)
        print_icon_contrast(window, theme)
        for percent in (*SCALES, 100):
            window.appearance.set_font_scale(percent)
            wait(app, lambda: False, 0.3)
            suffix = "-again" if percent == 100 and window.property("shot100") == theme else ""
            save(window, out, f"desktop-{theme}-{percent}{suffix}")
            window.setProperty("shot100", theme)
    window.remember_geometry = False
    window.close()


def print_icon_contrast(window: MainWindow, theme: str) -> None:
    """The contrast each toolbar icon's shape reaches against the toolbar, and the scroll handle's."""
    from tests.ui.test_accessibility import ICON_ACTIONS, icon_pixels

    toolbar = window.toolbar
    behind = toolbar.grab().toImage().pixelColor(toolbar.width() - 3, toolbar.height() // 2).name()
    figures = []
    for name in ICON_ACTIONS:
        ratio = icon_contrast(icon_pixels(window.actions_registry[name].icon()), behind)
        figures.append(f"{name} {ratio:.1f}")
    picture = window.view.verticalScrollBar().grab().toImage()
    column = [picture.pixelColor(picture.width() // 2, y).name() for y in range(picture.height())]
    groove = max(set(column), key=column.count)
    handle = max((c for c in set(column) if c != groove), key=column.count)
    figures.append(f"scroll handle {contrast_ratio(handle, groove):.1f}")
    print(f"icon contrast, {theme} (on {behind}): " + ", ".join(figures))


def kiosk(app: QApplication, library: Library, out: Path, cache: Path) -> None:
    """The kiosk home screen, an article, and search results with the on-screen keyboard up."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from reader.ui.kiosk.mode import enable_kiosk

    window = build_window(library, Settings(None))
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=3600))
    window.search.use_index(cache)
    wait(app, lambda: not window.search.busy(), 600)
    window.statusBar().clearMessage()
    save(window, out, "kiosk-home")
    touch = {"home": measure(window)}
    open_article(app, window, KIOSK_ARTICLE)
    save(window, out, "kiosk-article")
    touch["article"] = measure(window)
    links = link_touch_report(window.view, whole_article=True)
    field = window.search.box.field
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(20, field.height() // 2))
    for char in "tired":
        controller.keyboard.keyboard.keys[char].click()
    wait(app, lambda: window.search.results.list.count() > 0, 30)
    wait(app, lambda: False, 0.5)
    save(window, out, "kiosk-search-keyboard")
    touch["search with keyboard"] = measure(window)
    for state, report in touch.items():
        print(f"touch targets, kiosk {state}: {report.checked} controls checked, smallest {report.smallest} px "
              f"({report.smallest_name}), {len(report.problems)} too small or cut off")
    print(f"touch targets, kiosk article links: {links.checked} links checked in the whole article, "
          f"smallest touch target {links.smallest} px ({links.smallest_name}), {len(links.problems)} too small")
    window.reset_for_next_visitor()
    wait(app, lambda: False, 0.3)
    save(window, out, "kiosk-home-after-reset")
    controller.show_idle_prompt()
    wait(app, lambda: False, 0.3)
    save(window, out, "kiosk-idle")
    controller.keep_reading()
    controller.exit_kiosk()


def main() -> int:
    """Save every picture."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "nci-en")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=("desktop", "kiosk"))
    args = parser.parse_args()
    corpus = args.corpus if args.corpus.is_dir() else Path("/work/shared/corpus/nci-en")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # A caret that does not blink: otherwise the fresh-start and after-reset kiosk pictures differ by the
    # caret alone (1 x 23 px in the search box, the size of the once-failing reset test's 23 pixels).
    app.setCursorFlashTime(0)
    library = Library.load([corpus])
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "desktop"):
        desktop(app, library, args.out)
    if args.only in (None, "kiosk"):
        cache = Path(tempfile.gettempdir()) / "cancer-reader-screenshot-index"
        kiosk(app, library, args.out, cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
