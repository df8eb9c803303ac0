"""The command line: global options work before or after a command's name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main, make_context, parse
from tests.helpers import ROOT, write_article


@pytest.mark.parametrize(
    "argv",
    [
        ["--library", "{lib}", "--data-dir", "{data}", "--cache-dir", "{cache}", "check"],
        ["check", "--library", "{lib}", "--data-dir", "{data}", "--cache-dir", "{cache}"],
        ["--data-dir", "{data}", "check", "--cache-dir", "{cache}", "--library", "{lib}"],
    ],
)
def test_global_options_anywhere(tmp_path: Path, argv: list[str]) -> None:
    paths = {"lib": tmp_path / "lib", "data": tmp_path / "data", "cache": tmp_path / "cache"}
    args = parse([a.format(**{k: str(v) for k, v in paths.items()}) for a in argv])
    ctx = make_context(args)
    assert args.command == "check"
    assert ctx.library_args == [paths["lib"]]
    assert ctx.locations.data_dir == paths["data"]
    assert ctx.locations.cache_dir == paths["cache"]
    assert ctx.locations.settings_file == paths["data"] / "settings.json"


def test_library_option_is_repeatable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_article(tmp_path / "a", "a.md", "A", "/a", "x")
    write_article(tmp_path / "b", "b.md", "B", "/b", "y")
    code = main(["check", "--library", str(tmp_path / "a"), "--data-dir", str(tmp_path / "d"),
                 "--library", str(tmp_path / "b")])  # fmt: skip
    assert code == 0
    assert "Total: 3 distinct articles loaded" in capsys.readouterr().out  # seed + a + b


def test_settings_folders_join_the_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_article(tmp_path / "clinic", "c.md", "C", "/c", "z")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        '{"version": 1, "values": {"library_folders": ["%s"]}}' % (tmp_path / "clinic")
    )
    assert main(["check", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'clinic'}: 1 article loaded" in out


@pytest.mark.parametrize("command", [["glossary", "show", "metastasis"], ["check"], ["bookmarks", "list"]])
def test_a_closed_output_pipe_ends_a_command_quietly(tmp_path: Path, command: list[str]) -> None:
    # As in `cancer-reader glossary show metastasis | head -2` when head has stopped reading.
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", *command, "--data-dir", str(tmp_path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    proc.stdout.close()
    _, errors = proc.communicate(timeout=60)
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert errors == ""
    assert proc.returncode == 1


def test_the_window_options_are_read_without_the_command_modules() -> None:
    code = (
        "import sys; from reader.cli import parse; "
        "a = parse(['--open', '/types/breast', '--font-scale', '150', '--theme', 'dark']); "
        "print(a.open, a.font_scale, a.theme, a.command, "
        "sorted(m for m in sys.modules if m.startswith('reader.commands.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "/types/breast 150 dark None []"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--font-scale", "900"], "--font-scale"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["nonsense"], "invalid choice: 'nonsense'"),
    ],
)
def test_a_mistake_on_the_window_options_gets_the_full_message(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        parse(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert says in err and "COMMAND" in err  # the usage of the whole command line, with its commands


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse(["--help"])
    assert "glossary" in capsys.readouterr().out


def test_a_command_option_named_like_a_window_option_belongs_to_the_command() -> None:
    args = parse(["pack", "build", "lib", "-o", "x.pack", "--id", "a", "--title", "T", "--publisher", "P",
                  "--version", "2", "--key", "k"])  # fmt: skip
    assert args.command == "pack" and args.pack_version == "2"


def test_commands_run_with_garbage_collection_and_leave_it_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    import reader.commands.check as check

    seen: list[bool] = []
    real = check.run
    monkeypatch.setattr(check, "run", lambda args, ctx: seen.append(gc.isenabled()) or real(args, ctx))
    (tmp_path / "lib").mkdir()
    write_article(tmp_path / "lib", "a.md", "Alpha", "https://www.cancer.gov/a", "Body.")
    main(["--library", str(tmp_path / "lib"), "--data-dir", str(tmp_path / "d"), "--cache-dir", str(tmp_path / "c"),
          "check"])  # fmt: skip
    assert seen == [True]  # off only while the window starts (reader/app.py turns it on again)
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["--no-such-option"])
    assert gc.isenabled()  # on again whatever happened
