"""The checked-in packaging files agree with each other and with the app (fast; no build)."""

from __future__ import annotations

import configparser
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from tests.helpers import ROOT

PACKAGING = ROOT / "packaging"


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_desktop_file_starts_the_installed_command_with_the_icon() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(PACKAGING / "cancer-reader.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "cancer-reader"
    assert entry["Icon"] == "cancer-reader"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_metainfo_names_the_desktop_file_and_the_binary() -> None:
    tree = ET.parse(PACKAGING / "org.cancerreader.CancerReader.metainfo.xml")
    root = tree.getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.cancerreader.CancerReader"
    assert root.findtext("launchable") == "cancer-reader.desktop"
    assert root.findtext("provides/binary") == "cancer-reader"
    assert "not endorsed by NCI" in ET.tostring(root, encoding="unicode")


def test_build_script_reads_the_version_from_pyproject_and_depends_on_xcb() -> None:
    build = load_build_script()
    from reader.version import app_version

    assert build.project_version() == app_version()
    for library in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1"):
        assert library in build.DEB_DEPENDS


def test_spec_makes_a_one_folder_bundle_with_seeds_and_resources() -> None:
    spec = (PACKAGING / "cancer-reader.spec").read_text(encoding="utf-8")
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec, (
        "one-folder needs exclude_binaries + COLLECT"
    )
    assert '(str(ROOT / "seeds"), "seeds")' in spec
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert "upx=False" in spec


def test_windows_and_macos_scripts_use_the_bundle_and_the_version_file() -> None:
    iss = (PACKAGING / "windows" / "cancer-reader.iss").read_text(encoding="utf-8")
    assert r"dist\cancer-reader\*" in iss and r"build\VERSION" in iss
    mac = (PACKAGING / "macos" / "build-macos.sh").read_text(encoding="utf-8")
    assert "packaging/build.py" in mac and "hdiutil create" in mac and "--self-test" in mac
    assert Path(PACKAGING / "macos" / "build-macos.sh").stat().st_mode & 0o111
