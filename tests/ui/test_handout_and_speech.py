"""Handouts (print / Save as PDF) and Read aloud, driven from the real main window."""

from __future__ import annotations

import enum
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from reader.core.glossary.entries import Glossary
from reader.ui.handouts.print_preview import PrintPreview
from reader.ui.speech.read_aloud import ReadAloud, make_speech
from reader.ui.window.main_window import MainWindow
from tests.ui.test_main_window import SEED_URL, open_by_click

SEED_TITLE = "Immunotherapy | Breast Cancer Treatment"


def squeeze(text: str) -> str:
    """Text without spaces or ligatures (PDF text extraction splits words and keeps "ﬁ")."""
    return "".join(unicodedata.normalize("NFKC", text).split())


class PdfText:
    """The text of a PDF, compared without spaces."""

    def __init__(self, path: Path) -> None:
        reader = PdfReader(str(path))
        self.pages = len(reader.pages)
        self.text = squeeze("\n".join(page.extract_text() or "" for page in reader.pages))

    def __contains__(self, needle: str) -> bool:
        return squeeze(needle) in self.text


def save_pdf_from_menu(
    qtbot: QtBot, window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), "")
    )
    window.actions_registry["save_pdf"].trigger()
    assert target.is_file()


def test_save_as_pdf_makes_a_handout_without_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window.actions_registry["save_pdf"].isEnabled()  # nothing to print on the home view
    open_by_click(qtbot, window, SEED_TITLE)
    assert window.actions_registry["save_pdf"].isEnabled()
    normal = tmp_path / "normal.pdf"
    save_pdf_from_menu(qtbot, window, normal, monkeypatch)
    text = PdfText(normal)
    pages = text.pages
    assert 2 <= pages <= 6, pages
    assert "Immunotherapy for Breast Cancer" in text
    assert "Words in this article" in text
    entry = Glossary.load(None).lookup("46356")  # the article links "immune system" to this term
    assert entry is not None
    assert f"{entry.term}: {entry.definition[:60]}" in text  # a glossary word, explained
    assert f"Web address: {SEED_URL}" in text
    assert "Citation: NCI, 2025" in text and "Last reviewed: December 30, 2025" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for chrome in ("On this page", "Cancer types", "Find in article", "Text 100%"):
        assert chrome not in text, f"the window's {chrome!r} is in the handout"
    assert "Saved" in window.statusBar().currentMessage()
    assert sorted(p.name for p in tmp_path.glob(".*")) == []  # no temporary file left

    window.actions_registry["large_print"].trigger()
    assert window.settings.get("handout_large_type") is True
    large = tmp_path / "large.pdf"
    save_pdf_from_menu(qtbot, window, large, monkeypatch)
    large_text = PdfText(large)
    assert large_text.pages >= pages + 2
    assert "Immunotherapy for Breast Cancer" in large_text and "Words in this article" in large_text


def test_print_opens_a_preview_of_the_handout(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_by_click(qtbot, window, SEED_TITLE)
    shown: list[PrintPreview] = []
    monkeypatch.setattr(PrintPreview, "exec", lambda self: shown.append(self) or 0)
    window.actions_registry["print"].trigger()
    assert len(shown) == 1 and shown[0].windowTitle() == "Print this article"
    assert window.actions_registry["print"].shortcuts()  # Ctrl+P (the platform's Print key)


def test_read_aloud_is_hidden_when_qt_text_to_speech_is_missing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    assert make_speech(window) is None
    reader = ReadAloud(window)
    assert not reader.available
    assert not reader.menu.menuAction().isVisible()
    assert all(not action.isVisible() for action in reader.actions)
    # the window built without Addons on this machine hides it too (or shows it only with an engine)
    assert window.read_aloud.menu.menuAction().isVisible() == window.read_aloud.available


class FakeState(enum.Enum):
    Ready = 0
    Speaking = 1
    Paused = 2


class FakeSpeech(QObject):
    """Stands in for QTextToSpeech with an engine."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.said: list[str] = []
        self._state = FakeState.Ready
        self._rate = 0.0

    def say(self, text: str) -> None:
        self.said.append(text)
        self._state = FakeState.Speaking

    def state(self) -> FakeState:
        return self._state

    def pause(self) -> None:
        self._state = FakeState.Paused

    def resume(self) -> None:
        self._state = FakeState.Speaking

    def stop(self) -> None:
        self._state = FakeState.Ready

    def rate(self) -> float:
        return self._rate

    def setRate(self, rate: float) -> None:  # noqa: N802 - Qt's name
        self._rate = rate


def test_read_aloud_with_an_engine_reads_the_selection_pauses_and_stops(
    qtbot: QtBot, window: MainWindow
) -> None:
    speech = FakeSpeech()
    reader = ReadAloud(window, speech_factory=lambda parent: speech)
    assert reader.menu.menuAction().isVisible()
    assert not reader.read_action.isEnabled()  # nothing to read on the home view
    open_by_click(qtbot, window, SEED_TITLE)
    assert reader.read_action.isEnabled()
    reader.read_action.trigger()
    assert speech.said[-1].startswith("Immunotherapy | Breast Cancer Treatment")
    cursor = window.view.document().find("Who gets immunotherapy for breast cancer?")
    window.view.setTextCursor(cursor)
    reader.read_action.trigger()
    assert speech.said[-1] == "Who gets immunotherapy for breast cancer?"
    reader.pause_action.trigger()
    assert speech.state() is FakeState.Paused
    reader.pause_action.trigger()
    assert speech.state() is FakeState.Speaking
    for _ in range(6):
        reader.faster_action.trigger()
    assert speech.rate() == 1.0
    reader.slower_action.trigger()
    assert speech.rate() == 0.75
    reader.stop_action.trigger()
    assert speech.state() is FakeState.Ready


def test_handouts_have_one_paper_pipeline_and_one_atomic_write() -> None:
    # Articles and bookmarks go through reader/ui/handouts/pdf.py; files are replaced only by atomic.py.
    reader = Path(__file__).resolve().parents[2] / "reader"
    sources = {p: p.read_text(encoding="utf-8") for p in reader.rglob("*.py")}
    assert [p.name for p, text in sources.items() if "def handout_document" in text] == ["pdf.py"]
    replacing = [p.relative_to(reader).as_posix() for p, text in sources.items() if "os.replace(" in text]
    assert sorted(replacing) == ["core/files/atomic.py", "core/search/index.py"]  # the index: a folder
