"""`cancer-reader list --json` and `check` notes about cancer types without a name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.helpers import write_article

SITE = "https://www.cancer.gov"
TEXT = "This is a short article. It has a few plain sentences. You can read it."


def _run(tmp_path: Path, *argv: str) -> list[str]:
    return [*argv, "--library", str(tmp_path / "lib"), "--data-dir", str(tmp_path / "d"),
            "--cache-dir", str(tmp_path / "c")]  # fmt: skip


def test_list_json_has_one_object_per_article_with_display_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    write_article(lib, "p.md", "AYA Cancers - NCI", SITE + "/types/aya/patient/aya-pdq", TEXT,
                  cancerTypes="[breast]", lastReviewed="2025-12-30", reviewFrequency="quarterly")  # fmt: skip
    write_article(lib, "h.md", "AYA Cancers—Health Professional Version", SITE + "/types/aya/hp/aya-pdq", TEXT)
    capsys.readouterr()
    assert main(_run(tmp_path, "list", "--json")) == 0
    records = [r for r in json.loads(capsys.readouterr().out) if "/types/aya/" in (r["url"] or "")]
    assert [r["audience"] for r in records] == ["patient", "health professional"], "patient versions first"
    patient, pro = records
    assert set(patient) == {"key", "url", "title", "audience", "pair", "cancer_types", "topics",
                            "reading_grade", "last_reviewed", "review_due", "language", "source"}  # fmt: skip
    assert patient["title"] == "AYA Cancers"
    assert patient["cancer_types"] == ["Adolescents and young adults"]
    assert patient["pair"] == SITE + "/types/aya/hp/aya-pdq" and pro["pair"] == SITE + "/types/aya/patient/aya-pdq"
    assert isinstance(patient["reading_grade"], float)
    assert patient["last_reviewed"] == "2025-12-30" and patient["review_due"] == "2026-04-01"


def test_check_lists_cancer_types_without_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_article(tmp_path / "lib", "s.md", "Spleen", SITE + "/types/spleen-tumors/about", TEXT)
    main(_run(tmp_path, "check"))
    out = capsys.readouterr().out
    assert "cancer type 'spleen-tumors' has no name" in out and "'Spleen tumors'" in out
