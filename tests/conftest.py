"""Test set-up shared by every test: offscreen Qt, private user folders, no network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must happen before anything imports Qt (see shared/guides/FACTS.md).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from tests.helpers import CORPUS


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platformdirs location at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(folder))
    # The system-wide folders too, so a kiosk policy on this machine never changes a test.
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "etc-xdg"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(home / "usr-share"))  # site-wide library packs
    monkeypatch.delenv("CANCER_READER_KIOSK_POLICY", raising=False)
    # The machine's language never changes a test: English unless a test asks for another.
    monkeypatch.setenv("LANG", "C.UTF-8")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A test that switched the reader's language leaves it English for the next one."""
    yield
    from reader.core.languages import translate

    if translate.current_language() != "en" or translate.date_formatter() is not None:
        from PySide6.QtWidgets import QApplication

        from reader.ui.languages.install import uninstall_language

        app = QApplication.instance()
        if app is not None:
            uninstall_language(app)
        translate.install(None, "en", None)


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """resources/translations with every .qm made from its .ts (as ./run-tests and the installer do)."""
    from scripts.translations import FOLDER, compile_all

    compile_all()
    return FOLDER


class NetworkUsedError(AssertionError):
    """Raised when code under test tries to reach the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail loudly on any attempt to open a network connection; yields the attempts."""
    attempts: list[str] = []

    def refuse(self: socket.socket, address: object, *args: object) -> None:
        attempts.append(repr(address))
        raise NetworkUsedError(f"network connection attempted to {address!r}")

    def refuse_lookup(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise NetworkUsedError(f"name lookup attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse_lookup)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    yield attempts
    assert attempts == [], f"network was used: {attempts}"


@pytest.fixture
def corpus() -> Path:
    """The shared NCI corpus; the test is skipped with a message where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return CORPUS
