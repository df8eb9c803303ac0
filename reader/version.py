"""The app's version, from one place: pyproject.toml's `version` (installed metadata at run time)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

DISTRIBUTION = "cancer-reader"
#: Written next to the bundled app by packaging/build.py, because a frozen app has no package metadata.
VERSION_FILE = "VERSION"
UNKNOWN = "unknown"


def _from_pyproject(path: Path) -> str | None:
    """The `version = "..."` of pyproject's [project] table."""
    import tomllib  # here: only --version and Help > About ask, not every start

    try:
        with path.open("rb") as handle:
            version = tomllib.load(handle).get("project", {}).get("version")
    except (OSError, ValueError):
        return None
    return version if isinstance(version, str) and version else None


def _from_version_file(folder: Path) -> str | None:
    try:
        text = (folder / VERSION_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text if re.fullmatch(r"[0-9A-Za-z.+!_-]{1,40}", text) else None


def app_version() -> str:
    """The version: the bundle's VERSION file, the source tree's pyproject.toml, or installed metadata."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found = _from_version_file(Path(frozen))
        if found:
            return found
    # A source checkout (or editable install) reads pyproject first, so a bumped version shows at once.
    source = Path(__file__).resolve().parents[1] / "pyproject.toml"
    if source.is_file():
        found = _from_pyproject(source)
        if found:
            return found
    from importlib import metadata  # here, not at the top: start-up rarely needs it

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN
