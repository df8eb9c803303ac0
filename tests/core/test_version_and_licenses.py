"""The version comes from pyproject.toml; every dependency has a license the About box can show."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from reader.core.about.licenses import load_components
from reader.core.files.locations import resource
from reader.version import app_version
from tests.helpers import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

#: How each dependency's distribution name appears in components.toml.
COMPONENT_FOR = {
    "cryptography": "cryptography",
    "numpy": "NumPy",
    "pyside6-essentials": "PySide6",
    "python-frontmatter": "python-frontmatter",
    "markdown": "Python-Markdown",
    "whoosh-reloaded": "whoosh-reloaded",
    "platformdirs": "platformdirs",
    "pyyaml": "PyYAML",
    "filelock": "filelock",
    "fontpkg-atkinson-hyperlegible": "Atkinson Hyperlegible",
    "fontpkg-noto-sans-devanagari": "Noto Sans Devanagari (font)",
}


def test_version_is_the_one_in_pyproject() -> None:
    assert app_version() == PYPROJECT["project"]["version"]


def test_a_frozen_bundle_reads_the_version_file_the_build_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "VERSION").write_text("9.8.7\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_version() == "9.8.7"


def test_a_damaged_version_file_falls_back_to_pyproject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "VERSION").write_text("<html>not a version</html>", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_version() == PYPROJECT["project"]["version"]


def test_every_dependency_has_a_license_entry_with_its_text() -> None:
    components = load_components()
    names = " | ".join(c.name for c in components)
    for requirement in PYPROJECT["project"]["dependencies"]:
        distribution = re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].lower()
        assert distribution in COMPONENT_FOR, f"add {distribution} to COMPONENT_FOR and to components.toml"
        assert COMPONENT_FOR[distribution] in names, (
            f"{distribution} has no entry in resources/licenses/components.toml"
        )
    for component in components:
        assert component.file.is_file(), f"{component.name}: {component.file.name} is missing"
        assert len(component.text()) > 300, f"{component.name}: the license text looks empty"


def test_qt_is_lgpl_and_the_articles_are_credited_to_nci() -> None:
    by_name = {c.name: c for c in load_components()}
    assert by_name["Qt"].license == "LGPL-3.0"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in by_name["Qt"].text()
    nci = by_name["National Cancer Institute articles"]
    assert "not endorsed by NCI" in nci.note
    assert "public domain" in nci.text()


def test_a_component_pointing_outside_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "components.toml").write_text(
        '[[component]]\nname = "x"\nlicense = "MIT"\nfile = "../../etc/passwd"\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match="must be a file name"):
        load_components(tmp_path)


def test_a_missing_license_text_is_said_plainly(tmp_path: Path) -> None:
    (tmp_path / "components.toml").write_text(
        '[[component]]\nname = "x"\nlicense = "MIT"\nfile = "gone.txt"\n', encoding="utf-8"
    )
    (component,) = load_components(tmp_path)
    assert "missing from this copy" in component.text()


def test_the_app_icon_ships_as_svg() -> None:
    svg = resource("icons", "cancer-reader.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
