"""The whole shared NCI corpus loads through `cancer-reader check` with nothing skipped for an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.helpers import ROOT


@pytest.mark.corpus
def test_every_corpus_article_loads(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--library", str(corpus), "--data-dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Total: 1378 distinct articles loaded; 0 files could not be loaded." in out
    assert "error:" not in out


def test_cancer_reader_corpus_chooses_the_corpus(tmp_path: Path) -> None:
    code = "from tests.helpers import CORPUS; print(CORPUS)"
    env = {**os.environ, "CANCER_READER_CORPUS": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(tmp_path)


def test_corpus_tests_find_the_corpus_in_one_place() -> None:
    # A test that builds its own path to the corpus ignores CANCER_READER_CORPUS and skips where it is set.
    tests = ROOT / "tests"
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in tests.rglob("*.py")
        if p.parent.name != "bench" and p.name != "helpers.py" and p != Path(__file__).resolve()
        and ("nci-en" in p.read_text(encoding="utf-8") or '"corpus" /' in p.read_text(encoding="utf-8"))
    ]  # fmt: skip
    assert offenders == []
