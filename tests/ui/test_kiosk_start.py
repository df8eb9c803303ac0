"""Starting the app: the kiosk policy file (or --kiosk) decides, and a broken policy fails closed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import reader.ui.kiosk.mode
from reader.cli import main
from reader.core.kiosk.policy import POLICY_ENV, hash_pin
from reader.ui.kiosk.mode import KioskController
from tests.helpers import write_article


def start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, argv: list[str], event_loop: Callable[[], int] = lambda: 0
) -> KioskController | None:
    """Run the real entry point with event_loop in place of Qt's; returns the kiosk, if any."""
    started: list[KioskController] = []
    real = reader.ui.kiosk.mode.enable_kiosk

    def recording(window, policy, **options):  # type: ignore[no-untyped-def]
        qtbot.addWidget(window)
        started.append(real(window, policy, **options))
        return started[-1]

    monkeypatch.setattr(reader.ui.kiosk.mode, "enable_kiosk", recording)
    monkeypatch.setattr(QApplication, "exec", lambda *args: event_loop())
    assert main(argv) == 0
    if not started:
        return None
    return started[0]


@pytest.fixture
def finish() -> list[KioskController]:
    """Kiosks to release at the end, so the window can close."""
    kiosks: list[KioskController] = []
    yield kiosks
    for kiosk in kiosks:
        kiosk.exit_kiosk()


def test_the_policy_file_is_honoured(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library_dir: Path,
    finish: list[KioskController],
) -> None:  # fmt: skip
    clinic = tmp_path / "clinic"
    write_article(clinic, "hours.md", "Visiting hours at our clinic", "https://clinic.example/hours",
                  "# Hours\n\nWe are open every day.\n", tags="[support]")  # fmt: skip
    policy = tmp_path / "kiosk.json"
    policy.write_text(json.dumps({
        "kiosk": True, "idle_timeout_seconds": 45, "warning_seconds": 25, "font_scale": 150,
        "library_folders": [str(clinic)], "staff_pin": hash_pin("1357"), "home": "https://clinic.example/hours",
    }), encoding="utf-8")  # fmt: skip
    monkeypatch.setenv(POLICY_ENV, str(policy))
    kiosk = start(qtbot, monkeypatch, ["--library", str(library_dir), "--data-dir", str(tmp_path / "data")])
    assert kiosk is not None
    finish.append(kiosk)
    window = kiosk.window
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)  # the library loads on a worker
    assert window.isFullScreen()
    assert kiosk.idle_timer.interval() == 45_000 and kiosk.policy.warning_seconds == 25
    assert window.appearance.font_scale == 150
    assert window.library.find("https://clinic.example/hours") is not None
    assert window.current is not None and window.current.title.startswith("Visiting hours")  # policy home
    assert kiosk.policy.has_pin
    assert window.settings.path is None  # nothing the visitor does is written to disk
    window.settings.set("library_folders", ["/tmp"])
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("content", ["{ this is not json", None], ids=["broken", "missing-but-named"])
def test_a_broken_policy_still_starts_a_kiosk_with_safe_defaults(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library_dir: Path,
    finish: list[KioskController], content: str | None,
) -> None:  # fmt: skip
    policy = tmp_path / "kiosk.json"
    if content is not None:
        policy.write_text(content, encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    kiosk = start(qtbot, monkeypatch, ["--library", str(library_dir)])
    assert kiosk is not None, "a broken policy must not let the app start unlocked"
    finish.append(kiosk)
    assert kiosk.idle_timer.interval() == 180_000 and kiosk.policy.warning_seconds == 30
    assert not kiosk.policy.has_pin and not kiosk.policy.printing_allowed
    assert not kiosk.window.actions_registry["add_folder"].isEnabled()


def test_the_kiosk_flag_turns_kiosk_mode_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, library_dir: Path, finish: list[KioskController]
) -> None:
    kiosk = start(qtbot, monkeypatch, ["--kiosk", "--library", str(library_dir)])
    assert kiosk is not None
    finish.append(kiosk)
    assert kiosk.window.isFullScreen() and kiosk.idle_timer.interval() == 180_000


def test_a_visitor_taps_another_language_and_the_reader_starts_again_in_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library_dir: Path,
    finish: list[KioskController], compiled_translations: Path,
) -> None:  # fmt: skip
    """The whole path of app.py: a visitor's language from the environment, the tap, the new start."""
    from reader.core.kiosk import visitor_language

    policy = tmp_path / "kiosk.json"
    policy.write_text(json.dumps({"language": "en", "language_button": ["en", "es"]}), encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    monkeypatch.setenv(visitor_language.VISITOR_ENV, "es")  # as the last tap left it
    monkeypatch.setenv(visitor_language.HOME_ENV, "en")
    restarts: list[visitor_language.Restart] = []
    monkeypatch.setattr(visitor_language, "start_again", restarts.append)
    # The tap ends the event loop; here there is none, and a real exit() would stop every later test's loops.
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))

    def event_loop() -> int:
        kiosk = finish[-1]
        assert kiosk.window.windowTitle() == "Lector de información sobre el cáncer"
        assert kiosk.visitor_language == "es"
        qtbot.waitUntil(lambda: bool(kiosk.home.language_buttons), timeout=10_000)  # once the library is shown
        [button] = kiosk.home.language_buttons
        assert button.text() == "English"
        button.click()
        return 0

    original = reader.ui.kiosk.mode.enable_kiosk

    def keep(window, policy, **options):  # type: ignore[no-untyped-def]
        kiosk = original(window, policy, **options)
        finish.append(kiosk)
        return kiosk

    monkeypatch.setattr(reader.ui.kiosk.mode, "enable_kiosk", keep)
    start(qtbot, monkeypatch, ["--library", str(library_dir), "--data-dir", str(tmp_path / "data")], event_loop)
    assert exits == [0] and len(restarts) == 1
    # Back to English, the policy's language: the start again carries no visitor's language.
    assert visitor_language.VISITOR_ENV not in restarts[0].environ
