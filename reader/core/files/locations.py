"""Where things live: the bundled library and resources, and the user's folders."""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import platformdirs

APP_NAME = "cancer-reader"


@functools.cache
def _source_tree() -> Path:
    """The source tree (or editable install) this module is in: worked out once, not at every resource
    looked up (~0.15 ms of system calls each, 9 before the first picture: py-spy, issue 20)."""
    return Path(__file__).resolve().parents[3]


def _install_roots() -> list[Path]:
    """Folders that may hold seeds/ and resources/: a frozen bundle, the source tree, an install."""
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_source_tree())
    roots.append(Path(sys.prefix) / "share" / APP_NAME)  # a wheel's data files
    return roots


def _find(name: str) -> Path:
    for root in _install_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    return _install_roots()[0] / name


def bundled_library() -> Path:
    """The folder of articles that ship with the app."""
    return _find("seeds")


def language_library(code: str) -> Path | None:
    """The bundled articles in a language other than the seeds' (resources/libraries/<code>), if any."""
    if not code.isalpha():
        return None
    folder = resources_dir() / "libraries" / code
    return folder if folder.is_dir() else None


def resources_dir() -> Path:
    """The folder of stylesheets, icons, glossary and synonyms that ship with the app."""
    return _find("resources")


def resource(*parts: str) -> Path:
    """A file in resources/."""
    return resources_dir().joinpath(*parts)


PACKS_FOLDER = "packs"


def user_packs_dir(data_dir: Path) -> Path:
    """Where library packs installed for this person live."""
    return data_dir / PACKS_FOLDER


def site_packs_dir() -> Path:
    """Where packs installed for every account (--system) live, e.g. /usr/local/share/cancer-reader/packs."""
    return Path(platformdirs.site_data_dir(APP_NAME)) / PACKS_FOLDER


def bundled_packs_dir() -> Path:
    """Where an installer built with `packaging/build.py --pack` keeps its pack (read-only, beside the
    bundled library); usually absent."""
    return bundled_library().parent / PACKS_FOLDER


def pack_folders(data_dir: Path) -> list[Path]:
    """Every folder packs may be installed in: the installer's, every account's, this person's
    (reader/core/packs/install.py reads them)."""
    return [bundled_packs_dir(), site_packs_dir(), user_packs_dir(data_dir)]


@dataclass
class Locations:
    """The user's data, cache and config folders (platformdirs unless given) and library folders."""

    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)))
    cache_dir: Path = field(default_factory=lambda: Path(platformdirs.user_cache_dir(APP_NAME)))
    config_dir: Path | None = None
    extra_libraries: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.config_dir is None:
            # With --data-dir the settings live there too, so a portable install keeps everything together.
            default_data = Path(platformdirs.user_data_dir(APP_NAME))
            self.config_dir = (
                Path(platformdirs.user_config_dir(APP_NAME))
                if self.data_dir == default_data
                else self.data_dir
            )

    @property
    def catalog_file(self) -> Path:
        """The catalog cache: every library file's front matter, as last read (reader/core/library/catalog_cache.py)."""
        return self.cache_dir / "catalog.json"

    @property
    def settings_file(self) -> Path:
        """The user's settings file."""
        assert self.config_dir is not None
        return self.config_dir / "settings.json"


#: The setting that remembers the folder last chosen in a save or open dialog.
DIALOG_FOLDER_SETTING = "file_dialog_folder"


def dialog_folder(remembered: object = None) -> Path:
    """Where a save or open dialog starts: the folder the person chose last (while it exists), else their
    Documents folder, else their home folder; never the folder the app happened to start in (walk 9, X9-3)."""
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()


class _Remembers(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


def start_folder(settings: _Remembers) -> Path:
    """Where a save or open dialog starts for this person (dialog_folder of what their settings remember)."""
    return dialog_folder(settings.get(DIALOG_FOLDER_SETTING))


def remember_folder(settings: _Remembers, chosen: Path) -> None:
    """Remember the folder a person chose in a dialog: the next dialog starts there."""
    settings.set(DIALOG_FOLDER_SETTING, str(chosen))
