"""The whole shared NCI corpus loads through `cancer-reader check` with nothing skipped for an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


@pytest.mark.corpus
def test_every_corpus_article_loads(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--library", str(corpus), "--data-dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Total: 1378 distinct articles loaded; 0 files could not be loaded." in out
    assert "error:" not in out
