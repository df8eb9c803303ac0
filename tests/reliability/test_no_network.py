"""No network, ever: start-up, reading, links, glossary, search and PDF with sockets that fail loudly."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.bookmarks.store import BookmarkStore
from reader.core.files.locations import Locations, bundled_library
from reader.core.glossary.entries import Glossary
from reader.core.library.catalog import Library
from reader.core.library.links import classify
from reader.core.settings.store import Settings
from reader.ui.handouts.pdf import write_handout_pdf
from reader.ui.window.build import build_window
from tests.helpers import ROOT

# Whoosh's compat module imports urllib.request (for path helpers) without using it, so the
# standard library's modules are not a sign; Qt's network module would be.
NETWORK_MODULES = ("PySide6.QtNetwork",)

#: Loaded before the app in each subprocess: every socket call that could reach a network fails and
#: is written down; at exit, the network modules that were imported are written down too.
GUARD = textwrap.dedent(
    """
    import atexit, os, socket, sys
    LOG = os.environ["NO_NETWORK_LOG"]
    def _note(what):
        with open(LOG, "a", encoding="utf-8") as handle:
            handle.write(what + "\\n")
    def _refuse(*args, **kwargs):
        _note(f"socket use: {args[1:]!r}")
        raise OSError("network use refused by the test")
    _real_socket = socket.socket
    class _GuardedSocket(_real_socket):
        def __init__(self, family=-1, *args, **kwargs):
            super().__init__(family, *args, **kwargs)
            if self.family in (socket.AF_INET, socket.AF_INET6):
                _note(f"socket opened: {self.family!r}")
        connect = connect_ex = sendto = _refuse
    socket.socket = _GuardedSocket
    socket.create_connection = socket.getaddrinfo = socket.gethostbyname = _refuse
    @atexit.register
    def _modules():
        for name in NETWORK_MODULES:
            if name in sys.modules:
                _note(f"module imported: {name}")
    """
).replace("NETWORK_MODULES", repr(NETWORK_MODULES))


def _attempts_in_strace(trace: Path) -> list[str]:
    """connect()/sendto() calls to internet addresses in an strace log (local sockets are fine)."""
    return [
        line
        for line in trace.read_text(errors="replace").splitlines()
        if re.search(r"\b(connect|sendto|sendmsg)\(", line) and re.search(r"AF_INET6?\b", line)
    ]


@pytest.fixture
def guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """Environment for a subprocess with the socket guard in a sitecustomize, and its log file."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "network.log"
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]),
        NO_NETWORK_LOG=str(log),
        QT_QPA_PLATFORM="offscreen",
        http_proxy="http://192.0.2.1:9",  # a proxy that does not exist: any use would show
        https_proxy="http://192.0.2.1:9",
    )
    return env, log


def _run(args: list[str], env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    base = [
        sys.executable,
        "-m",
        "reader",
        "--data-dir",
        str(tmp_path / "data"),
        "--cache-dir",
        str(tmp_path / "cache"),
    ]
    command = base + args
    trace = tmp_path / "strace.log"
    if shutil.which("strace"):
        command = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)] + command
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    if trace.exists():
        assert _attempts_in_strace(trace) == [], f"{args}: the process reached for the network"
    return result


@pytest.mark.timeout(240)
def test_the_app_process_never_reaches_the_network(
    tmp_path: Path, guarded_env: tuple[dict[str, str], Path]
) -> None:
    env, log = guarded_env
    shot = tmp_path / "shot.png"
    started = _run(
        ["--screenshot", str(shot), "--open", "/types/breast/treatment/immunotherapy"], env, tmp_path
    )
    assert started.returncode == 0, started.stderr
    assert shot.stat().st_size > 10_000
    searched = _run(
        ["--screenshot", str(tmp_path / "search.png"), "--search", "immunotherapy"], env, tmp_path
    )
    assert searched.returncode == 0, searched.stderr
    indexed = _run(["index"], env, tmp_path)
    assert indexed.returncode == 0, indexed.stderr
    found = _run(["search", "immunotherapy", "side", "effects"], env, tmp_path)
    assert found.returncode == 0, found.stderr
    assert "Immunotherapy" in found.stdout
    assert _run(["check"], env, tmp_path).returncode == 0
    assert log.exists() is False or log.read_text() == "", log.read_text()


def test_the_guard_itself_catches_network_use(
    tmp_path: Path, guarded_env: tuple[dict[str, str], Path]
) -> None:
    """The subprocess guard would see a connection (so the test above proves something)."""
    env, log = guarded_env
    code = "import socket, PySide6.QtNetwork\ntry:\n    socket.create_connection(('192.0.2.1', 80))\nexcept OSError:\n    pass\n"
    subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, timeout=60, check=True)
    text = log.read_text()
    assert "socket use" in text and "module imported: PySide6.QtNetwork" in text
    if shutil.which("strace"):  # and strace sees what Qt or C code would do below Python
        trace = tmp_path / "raw.log"
        raw = (
            "import socket\ntry:\n    socket.socket().connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
        )
        subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable, "-c", raw],
                       timeout=60, check=True)  # fmt: skip
        assert _attempts_in_strace(trace)


@pytest.mark.timeout(120)
def test_reading_links_glossary_search_and_pdf_in_the_window(
    qtbot: QtBot, tmp_path: Path, no_network: list[str]
) -> None:
    locations = Locations(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    library = Library.load([bundled_library()])
    glossary = Glossary.load(locations.data_dir)
    window = build_window(
        library,
        Settings(tmp_path / "settings.json"),
        glossary=glossary,
        bookmarks=BookmarkStore(tmp_path / "b.json"),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    followed = 0
    for article in library:
        with qtbot.waitSignal(window.articleShown, timeout=10000):
            window.open_article(article.key)
        page = window.current_page
        assert page is not None
        hrefs = re.findall(r'href="([^"]+)"', page.html)
        for href in hrefs:
            if classify(href).kind == "site":
                window.open_article(article.key)  # come back, so every link starts from the article
                qtbot.waitUntil(lambda a=article: window.current_page is not None and window.current is a)
            window.follow_link(href)
            followed += 1
        handout = window.handouts.current_handout()
        assert handout is not None
        pdf = tmp_path / f"{article.key}.pdf"
        assert write_handout_pdf(handout, pdf) >= 1
        assert pdf.read_bytes().startswith(b"%PDF")
    assert followed >= 10
    assert any(
        classify(h).kind == "glossary" for h in re.findall(r'href="([^"]+)"', window.current_page.html)
    )
    service = window.search.use_index(locations.cache_dir)  # indexing, then searching, in the window
    qtbot.waitUntil(lambda: service.status.searchable and not window.search.busy(), timeout=60000)
    with qtbot.waitSignal(service.resultsReady, timeout=20000) as found:
        window.search.search_now("immunotherapy side effects")
    assert found.args[0].hits
    window.close()
    assert "PySide6.QtNetwork" not in sys.modules
