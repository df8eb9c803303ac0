"""Build the installer and use it as a caregiver's computer would (slow: deselected by default).

Run it with `./run-tests -m packaging` (see docs/PACKAGING.md). It builds the one-folder
bundle and a quick .deb with packaging/build.py (the first run creates build/venv and downloads
PyInstaller and PySide6 from PyPI), runs --self-test, `check` and `search` from the bundle offscreen,
unpacks the .deb into a temporary root with `dpkg -x` and runs the reader from there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.version import app_version
from tests.helpers import ROOT

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb and this test are Linux-only"),
]

BUDGET_MB = 170
SEED_URL = "https://www.cancer.gov/types/breast/treatment/immunotherapy"


def run(cmd: list[str | Path], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a command offscreen with the test's private user folders; output is kept for messages."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/ with the bundle and the .deb, built once for this module (and removed after: ~180 MB)."""
    if shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is needed to build the .deb (apt-get install dpkg)")
    dist = tmp_path_factory.mktemp("dist")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--quick", "--dist-dir", str(dist)],
        capture_output=True, text=True, timeout=1700,
    )  # fmt: skip
    print(f"build took {time.perf_counter() - started:.0f} s")
    assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    yield dist
    shutil.rmtree(dist, ignore_errors=True)


def bundle_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def test_bundle_is_one_folder_within_budget(built: Path) -> None:
    bundle = built / "cancer-reader"
    assert (bundle / "cancer-reader").is_file() and os.access(bundle / "cancer-reader", os.X_OK)
    assert (bundle / "_internal" / "seeds" / "breast-cancer-immunotherapy.md").is_file()
    assert (bundle / "_internal" / "resources" / "licenses" / "components.toml").is_file()
    assert bundle_size_mb(bundle) < BUDGET_MB
    qt = bundle / "_internal" / "PySide6" / "Qt"
    assert not list(qt.rglob("*WebEngine*")), "no web engine in the bundle"
    assert not (qt / "translations").exists(), "Qt's translations are not shipped"
    assert {p.name for p in (qt / "plugins" / "platforms").iterdir()} >= {"libqoffscreen.so", "libqxcb.so"}
    assert (bundle / "_internal" / "prebuilt-index" / "covers.json").is_file()
    assert (bundle / "_internal" / "prebuilt-index" / "index" / "CURRENT").is_file()


def test_bundle_self_test_check_and_version(built: Path) -> None:
    exe = built / "cancer-reader" / "cancer-reader"
    result = run([exe, "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   window: rendered" in result.stdout
    assert "found the bundled article at place 1 of 1 in the index shipped with the app" in result.stdout
    assert result.stdout.rstrip().endswith("Self-test passed.")
    check = run([exe, "check"])
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Total: 1 distinct articles loaded; 0 files could not be loaded." in check.stdout
    version = run([exe, "--version"])
    assert version.stdout.strip() == f"cancer-reader {app_version()}"


def test_bundle_search_uses_the_shipped_index_and_builds_its_own_for_a_new_library(
    built: Path, tmp_path: Path
) -> None:
    exe = built / "cancer-reader" / "cancer-reader"
    cache = tmp_path / "cache"
    result = run([exe, "--cache-dir", cache, "search", "immunotherapy"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1. Immunotherapy | Breast Cancer Treatment" in result.stdout
    assert not (cache / "index").exists(), "the first search must use the shipped index, not build one"
    extra = tmp_path / "clinic"
    extra.mkdir()
    (extra / "fatigue.md").write_text(
        "---\ntitle: Coping with fatigue\nurl: https://example.org/fatigue\n---\n# Fatigue\n\nRest helps with fatigue.\n",
        encoding="utf-8",
    )
    result = run([exe, "--cache-dir", cache, "--library", extra, "search", "fatigue"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Coping with fatigue" in result.stdout
    assert (cache / "index" / "CURRENT").is_file(), (
        "a library the shipped index does not cover is indexed anew"
    )


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (apt-get install xvfb)"
)
def test_bundle_opens_a_real_x11_window(built: Path) -> None:
    exe = built / "cancer-reader" / "cancer-reader"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        ["xvfb-run", "-a", str(exe), "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "on the 'xcb' screen" in result.stdout


def test_deb_installs_into_a_root_and_runs_from_there(built: Path, tmp_path: Path) -> None:
    (deb,) = built.glob("cancer-reader_*.deb")
    fields = run(["dpkg-deb", "-f", deb, "Package", "Version", "Depends"]).stdout
    assert "Package: cancer-reader" in fields and f"Version: {app_version()}" in fields
    assert "libxcb-cursor0" in fields and "libxkbcommon-x11-0" in fields
    root = tmp_path / "root"
    assert run(["dpkg", "-x", deb, root]).returncode == 0
    launcher = root / "usr" / "bin" / "cancer-reader"
    assert launcher.is_symlink() and launcher.resolve() == root / "opt" / "cancer-reader" / "cancer-reader"
    assert (root / "usr" / "share" / "applications" / "cancer-reader.desktop").is_file()
    for size in (16, 48, 256, 512):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/cancer-reader.png").is_file()
    assert (root / "usr/share/metainfo/org.cancerreader.CancerReader.metainfo.xml").is_file()
    result = run([launcher, "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    picture = tmp_path / "window.png"
    shot = run([launcher, "--open", SEED_URL, "--screenshot", picture])
    assert shot.returncode == 0, shot.stdout + shot.stderr
    assert picture.stat().st_size > 10_000
