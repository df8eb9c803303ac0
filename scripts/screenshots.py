"""Save the pictures in docs/screenshots/ for text size, themes and kiosk mode, on the shared corpus.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--corpus DIR] [--out DIR] [--only NAME]

Desktop: the same article at 100%, 200% and 300% text in each theme (a 1280x800 window, as on a laptop),
sized up and back down in one window, so panel widths that do not come back show in the last pictures.
Kiosk: the home screen, an article and the search results with the on-screen keyboard up (1280x800 screen).
The search index is built once in a cache folder under /tmp and reused.
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

from reader.core.kiosk.policy import KioskPolicy  # noqa: E402
from reader.core.library.catalog import Library  # noqa: E402
from reader.core.settings.store import Settings  # noqa: E402
from reader.ui.window.build import build_window  # noqa: E402
from reader.ui.window.main_window import MainWindow  # noqa: E402

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
    open_article(app, window, ARTICLE)
    for theme in THEMES:
        window.appearance.set_theme(theme)
        for percent in (*SCALES, 100):
            window.appearance.set_font_scale(percent)
            wait(app, lambda: False, 0.3)
            suffix = "-again" if percent == 100 and window.property("shot100") == theme else ""
            save(window, out, f"desktop-{theme}-{percent}{suffix}")
            window.setProperty("shot100", theme)
    window.remember_geometry = False
    window.close()


def kiosk(app: QApplication, library: Library, out: Path, cache: Path) -> None:
    """The kiosk home screen, an article, and search results with the on-screen keyboard up."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from reader.ui.kiosk.mode import enable_kiosk

    window = build_window(library, Settings(None))
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=3600))
    window.search.use_index(cache)
    wait(app, lambda: not window.search.busy(), 600)
    save(window, out, "kiosk-home")
    open_article(app, window, KIOSK_ARTICLE)
    save(window, out, "kiosk-article")
    field = window.search.box.field
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(20, field.height() // 2))
    for char in "tired":
        controller.keyboard.keyboard.keys[char].click()
    wait(app, lambda: window.search.results.list.count() > 0, 30)
    wait(app, lambda: False, 0.5)
    save(window, out, "kiosk-search-keyboard")
    window.reset_for_next_visitor()
    wait(app, lambda: False, 0.3)
    save(window, out, "kiosk-home-after-reset")
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
