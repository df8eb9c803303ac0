"""Save the pictures of the reader in another language, for docs/LANGUAGES.md (one language per run).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/language_screenshots.py --language es [--out DIR]

A 1280x800 window: the home page and an article at 100% and 200% text, then the kiosk home screen (with
the policy's language button). The language is loaded before any window is made, as the app does.
Library: the seeds, the language's own articles (resources/libraries/<code>/) and the shared corpus.
`--language en-rtl` (English words, laid out right to left) shows whether the layout mirrors.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import SIZE, open_article, save, wait  # noqa: E402 - also sets up the 1280x800 screen

from reader.core.files.locations import language_library  # noqa: E402
from reader.core.kiosk.policy import KioskPolicy  # noqa: E402
from reader.core.library.catalog import Library  # noqa: E402
from reader.core.settings.store import Settings  # noqa: E402
from reader.ui.languages.install import install_language  # noqa: E402
from reader.ui.window.build import build_window  # noqa: E402

#: The article shown in each language: the language's own where there is one.
ARTICLES = {
    "es": "https://cancer-reader.example/es/quimioterapia",
    "hi": "https://www.cancer.gov/types/breast/treatment/immunotherapy",
    "en-rtl": "https://www.cancer.gov/types/breast/treatment/immunotherapy",
}


def main() -> int:
    """Save the pictures for one language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", required=True, choices=sorted(ARTICLES))
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "nci-en")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    code: str = args.language
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from scripts.translations import compile_all

    compile_all()
    assert install_language(app, code) == code, f"the {code} translation could not be loaded"
    corpus = args.corpus if args.corpus.is_dir() else Path("/work/shared/corpus/nci-en")
    own = language_library(code)
    library = Library.load([ROOT / "seeds", *([own] if own else []), corpus])
    args.out.mkdir(parents=True, exist_ok=True)

    window = build_window(library, Settings(None))
    window.resize(*SIZE)
    window.show()
    window.search.use_index(Path(tempfile.gettempdir()) / f"cancer-reader-screenshot-index-{code}")
    wait(app, lambda: not window.search.busy(), 600)
    for percent in (100, 200):
        window.appearance.set_font_scale(percent)
        window.go_home()
        wait(app, lambda: False, 0.5)
        save(window, args.out, f"lang-{code}-home-{percent}")
    open_article(app, window, ARTICLES[code])
    for percent in (100, 200):
        window.appearance.set_font_scale(percent)
        wait(app, lambda: False, 0.5)
        save(window, args.out, f"lang-{code}-article-{percent}")
    window.remember_geometry = False
    window.close()

    from reader.ui.kiosk.mode import enable_kiosk

    window = build_window(library, Settings(None))
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=3600,
                                                  language_button=("en", "es")))  # fmt: skip
    window.search.use_index(Path(tempfile.gettempdir()) / f"cancer-reader-screenshot-index-{code}")
    wait(app, lambda: not window.search.busy(), 600)
    wait(app, lambda: False, 1.0)
    window.statusBar().clearMessage()
    save(window, args.out, f"lang-{code}-kiosk-home")
    controller.exit_kiosk()
    return 0


if __name__ == "__main__":
    sys.exit(main())
