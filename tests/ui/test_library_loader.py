"""The library loader imports the YAML front-matter parser only when a file's front matter needs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, write_article

LOAD = """
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from reader.ui.library.loader import LibraryLoader
app = QApplication([])
loader = LibraryLoader([Path(sys.argv[1])], Path(sys.argv[2]))
loop = QEventLoop()
got = []
loader.loaded.connect(lambda library: (got.append(library), loop.quit()))
QTimer.singleShot(20000, loop.quit)
loader.start()
loop.exec()
print(len(got[0]) if got else "none", "yaml" in sys.modules)
"""


def load_in_a_new_process(library: Path, catalog: Path) -> str:
    """Load the library through the catalog in a fresh process: '<articles> <was PyYAML imported>'."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", LOAD, str(library), str(catalog)], capture_output=True,
                         text=True, timeout=60, cwd=ROOT, env=env, check=True)  # fmt: skip
    return out.stdout.strip()


def test_a_library_all_in_the_catalog_loads_without_importing_the_parser(tmp_path: Path) -> None:
    library, catalog = tmp_path / "lib", tmp_path / "cache" / "catalog.json"
    text = "Cancer is when cells grow. You can ask your doctor about it."
    write_article(library, "a.md", "Alpha", "https://www.cancer.gov/a", text)
    write_article(library, "b.md", "Beta", "https://www.cancer.gov/b", text)
    assert load_in_a_new_process(library, catalog) == "2 False", "plain front matter is read without YAML"
    assert load_in_a_new_process(library, catalog) == "2 False", "a second start needs no YAML"
    write_article(library, "c.md", "Gamma", "https://www.cancer.gov/c", text, tags="[a, b]")
    assert load_in_a_new_process(library, catalog) == "3 True", "a flow list is read by YAML (imported)"
    assert load_in_a_new_process(library, catalog) == "3 False", "and then comes from the catalog"


def test_a_first_start_imports_yaml_only_for_front_matter_that_needs_it(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    text = "Cancer is when cells grow. You can ask your doctor about it."
    write_article(library, "a.md", "Alpha", "https://www.cancer.gov/a", text)
    write_article(library, "b.md", "Beta", "https://www.cancer.gov/b", text, lastReviewed="2025-01-02")
    assert load_in_a_new_process(library, tmp_path / "c1" / "catalog.json") == "2 True", "a date needs YAML"
    (library / "b.md").unlink()
    assert load_in_a_new_process(library, tmp_path / "c2" / "catalog.json") == "1 False"
