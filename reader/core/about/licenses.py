"""The list of components and their licenses shown in the About box (resources/licenses/)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from reader.core.files.locations import resource

COMPONENTS_FILE = "components.toml"


@dataclass(frozen=True)
class Component:
    """One thing the reader is built from or ships with, and its license."""

    name: str
    license: str
    file: Path
    url: str = ""
    note: str = ""

    def text(self) -> str:
        """The license text, or a plain note when the file is missing."""
        try:
            return self.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return f"The license text ({self.file.name}) is missing from this copy of the reader. License: {self.license}."


def load_components(folder: Path | None = None) -> list[Component]:
    """Read components.toml from the licenses folder; raises OSError/ValueError when it is unusable."""
    folder = folder if folder is not None else resource("licenses")
    with (folder / COMPONENTS_FILE).open("rb") as handle:
        data = tomllib.load(handle)
    components = []
    for entry in data.get("component", []):
        name, license_id, file = entry.get("name"), entry.get("license"), entry.get("file")
        if not (isinstance(name, str) and isinstance(license_id, str) and isinstance(file, str)):
            raise ValueError(f"{COMPONENTS_FILE}: every component needs a name, a license and a file")
        if Path(file).name != file:
            raise ValueError(f"{COMPONENTS_FILE}: {file!r} must be a file name in the licenses folder")
        components.append(
            Component(name, license_id, folder / file, str(entry.get("url", "")), str(entry.get("note", "")))
        )
    return components
