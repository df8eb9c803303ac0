"""--self-test: passes on a good install, fails with a plain reason when something is broken."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import reader.ui.reading.renderer
from reader.cli import main
from reader.context import Context
from reader.core.files.locations import Locations
from reader.self_test import SelfTest
from tests.helpers import SEED_ARTICLE, write_article


def context(tmp_path: Path, library: Path) -> Context:
    locations = Locations(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    return Context(locations, library_args=[library], include_bundled=False)


def test_self_test_passes_on_the_bundled_library(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["--self-test", "--data-dir", str(tmp_path / "data"), "--cache-dir", str(tmp_path / "cache")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "ok   library: 1 article" in out
    assert "ok   window: rendered" in out
    assert "ok   search: 'immunotherapy breast cancer' found the bundled article at place 1" in out
    assert "ok   glossary:" in out
    assert out.rstrip().endswith("Self-test passed.")
    assert not (tmp_path / "data" / "settings.json").exists(), "the self-test must not touch settings"


def test_fails_plainly_when_the_seed_article_is_missing(tmp_path: Path) -> None:
    library = tmp_path / "library"
    write_article(library, "other.md", "Other", "https://www.cancer.gov/other", "# Other\n\nText.")
    lines: list[str] = []
    assert SelfTest(context(tmp_path, library), lines.append).run() == 1
    assert any(line.startswith("FAIL library: the bundled article") for line in lines), lines
    assert lines[-1] == "Self-test failed."


def test_fails_plainly_when_the_library_is_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    lines: list[str] = []
    assert SelfTest(context(tmp_path, empty), lines.append).run() == 1
    assert any(line.startswith("FAIL library: no article could be loaded") for line in lines), lines


def test_fails_plainly_when_the_article_cannot_be_rendered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(SEED_ARTICLE, library)

    def broken(article: object) -> object:
        raise ValueError("damaged")

    monkeypatch.setattr(reader.ui.reading.renderer, "render_article", broken)
    lines: list[str] = []
    assert SelfTest(context(tmp_path, library), lines.append).run() == 1
    assert any(
        line.startswith("FAIL window: the bundled article could not be rendered: damaged") for line in lines
    ), lines
