"""A picture of the window (--screenshot) is taken without font warnings (walk 6, X1).

The View > Language menu names Hindi in its own letters ("हिन्दी"). Laid out before the Devanagari font was
registered (it was registered only when the menu was first opened), Qt looked through every other font
and printed 21 warnings: "OpenType support missing for "DejaVu Sans", script 11".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, SEED_ARTICLE


def test_a_screenshot_of_the_home_page_prints_no_font_warnings(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(SEED_ARTICLE, library / SEED_ARTICLE.name)
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen")  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(library), "--data-dir", str(tmp_path / "data"),
         "--cache-dir", str(tmp_path / "cache"), "--screenshot", str(tmp_path / "home.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "home.png").exists()
    assert "OpenType support missing" not in done.stderr
