"""`cancer-reader search` and `index` on an index that cannot be updated: plain words, no traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.search import index as index_module
from reader.core.search.index import SearchIndex
from tests.helpers import write_article


def failing(*args: object, **kwargs: object) -> None:
    raise TypeError("unsupported operand type(s) for +: 'int' and 'NoneType'")


@pytest.fixture
def stuck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A library indexed once, then changed, with an index that fails every update in place."""
    lib = tmp_path / "lib"
    write_article(
        lib, "parking.md", "Clinic Parking", "https://clinic.example/parking", "The quokka garage is free."
    )
    write_article(
        lib, "zebra.md", "Zebrafish Research", "https://clinic.example/zebra", "Zebrafish in a lab."
    )
    options = ["--library", str(lib), "--data-dir", str(tmp_path / "d"),
               "--cache-dir", str(tmp_path / "c")]  # fmt: skip
    assert main([*options, "index"]) == 0
    (lib / "zebra.md").unlink()
    write_article(
        lib, "wigs.md", "Wigs and Hats", "https://clinic.example/wigs", "A wombat wig after hair loss."
    )
    monkeypatch.setattr(index_module, "update_in_place", failing)
    return options


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Log records shown without --verbose (warnings and worse) that carry a traceback."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and r.exc_info]


def test_search_finds_the_changes_after_the_index_is_built_again(
    stuck: list[str], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        assert main([*stuck, "search", "wombat"]) == 0
    out = capsys.readouterr().out
    assert "Wigs and Hats" in out and "1 articles match." in out
    assert tracebacks(caplog) == []
    with caplog.at_level(logging.INFO):
        assert main([*stuck, "search", "zebrafish"]) == 0
    assert "Zebrafish" not in capsys.readouterr().out


def test_when_even_a_rebuild_fails_search_answers_from_the_old_index_in_plain_words(
    stuck: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    monkeypatch.setattr(SearchIndex, "_full_build", failing)
    with caplog.at_level(logging.INFO):
        assert main([*stuck, "search", "quokka"]) == 0
        out = capsys.readouterr().out
        assert "The search index could not be brought up to date" in out
        assert "Clinic Parking" in out  # the index in use still answers
        assert main([*stuck, "index"]) == 1
        err = capsys.readouterr().err
        assert "The search index could not be built" in err and "Traceback" not in err
    assert tracebacks(caplog) == []
