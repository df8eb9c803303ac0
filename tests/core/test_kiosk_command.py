"""`cancer-reader kiosk set-pin` and `kiosk show`, run through the real command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main, parse
from reader.core.kiosk.policy import POLICY_ENV, load_policy, verify_pin


def test_set_pin_from_stdin_writes_a_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text(json.dumps({"kiosk": True, "printer": "Front desk"}), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("13579\n"))
    assert main(["kiosk", "set-pin", "--policy", str(path), "--pin-stdin"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "13579" not in text
    policy = load_policy(path)
    assert policy.printer == "Front desk" and verify_pin("13579", policy.staff_pin)


def test_set_pin_asks_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kiosk.json"
    answers = iter(["2468", "2468"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["kiosk", "set-pin", "--policy", str(path)]) == 0
    assert verify_pin("2468", load_policy(path).staff_pin)


def test_set_pin_refuses_different_pins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.json"
    answers = iter(["2468", "2469"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["kiosk", "set-pin", "--policy", str(path)]) == 1
    assert not path.exists()
    assert "not the same" in capsys.readouterr().err


def test_set_pin_refuses_a_short_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["kiosk", "set-pin", "--policy", str(tmp_path / "k.json"), "--pin-stdin"]) == 1
    assert "4 to 12 digits" in capsys.readouterr().err


def test_set_pin_uses_the_policy_named_in_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "from-env.json"
    monkeypatch.setenv(POLICY_ENV, str(path))
    monkeypatch.setattr("sys.stdin", io.StringIO("5555\n"))
    assert main(["kiosk", "set-pin", "--pin-stdin"]) == 0
    assert verify_pin("5555", load_policy(path).staff_pin)


def test_show_reports_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text("{broken", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    assert main(["kiosk", "show"]) == 1
    out = capsys.readouterr().out
    assert "Kiosk mode: on" in out and "Problem:" in out and "NOT SET" in out


def test_kiosk_flag_parses() -> None:
    assert parse(["--kiosk"]).kiosk is True
    assert parse([]).kiosk is False


def test_show_names_the_language_and_the_language_button(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text('{"language": "es", "language_button": ["es", "en"]}', encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    assert main(["kiosk", "show"]) == 0
    out = capsys.readouterr().out
    assert "Language: es\n" in out and "Language button on the home screen: es, en" in out


def test_show_flags_a_library_folder_that_is_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Walk 13, C2: a missing USB folder was listed as "Library folder: …" like the folders that are there."""
    here, gone = tmp_path / "clinic", tmp_path / "usb-stick"
    here.mkdir()
    path = tmp_path / "kiosk.json"
    path.write_text(json.dumps({"library_folders": [str(here), str(gone)]}), encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    assert main(["kiosk", "show"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"Library folder: {here}" in lines
    assert f"Library folder: {gone} (NOT FOUND: no articles from it are shown)" in lines
