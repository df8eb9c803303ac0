"""Dates as the reader writes them for people ("December 3, 2025"), the same on every OS and locale."""

from __future__ import annotations

import datetime as dt

from reader.core.languages.translate import date_formatter, month_formatter

# Our own names, not strftime("%B"): that follows the process locale (Qt sets it from the system),
# and "%-d" (day without a leading zero) raises on Windows.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(day: dt.date) -> str:
    """The date in words, e.g. "December 3, 2025" (in the reader's language once the app set one)."""
    formatter = date_formatter()
    if formatter is not None:
        return formatter(day)
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def month_year(day: dt.date) -> str:
    """The month and year in words, e.g. "December 2025" (in the reader's language once the app set one)."""
    formatter = month_formatter()
    if formatter is not None:
        return formatter(day)
    return f"{_MONTHS[day.month - 1]} {day.year}"
