"""Dates shown to people are written one way, without strftime codes that fail on Windows or follow the locale."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from reader.core.library.dates import long_date
from tests.helpers import ROOT


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (dt.date(2025, 12, 3), "December 3, 2025"),
        (dt.date(2026, 1, 30), "January 30, 2026"),
        (dt.date(2024, 2, 29), "February 29, 2024"),
    ],
)
def test_long_date_has_no_leading_zero(day: dt.date, words: str) -> None:
    assert long_date(day) == words


def test_no_platform_specific_date_codes_in_reader() -> None:
    # "%-d" raises ValueError on Windows; "%B" follows the process locale. Dates go through long_date.
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "reader").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"%-[a-zA-Z]|%B|%b\b", line) and path.name != "dates.py"
    ]
    assert offenders == []
