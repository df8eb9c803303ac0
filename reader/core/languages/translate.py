"""Translating the reader's words, for core code that must not import Qt.

Every visible string is written in English and passed through ``translate(context, text)``, the same
call Qt's ``QCoreApplication.translate`` takes, so ``pyside6-lupdate`` finds core and UI strings alike.
Until the app installs Qt's translator (reader/ui/languages/install.py) the English text is returned.
Dates go through the same place: the app installs a formatter that follows the language (QLocale).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]
DateFormatter = Callable[[dt.date], str]

_translator: Translator | None = None
_date_formatter: DateFormatter | None = None
_month_formatter: DateFormatter | None = None
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """text in the reader's language; with n >= 0, "%n" is the number and the plural fits it."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return english_plural(text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark text for translation where it is defined (a constant); translate(context, text) where it is shown."""
    return text


def english_plural(text: str, n: int) -> str:
    """English numerus without a translation file: "%n article(s)" -> "1 article" / "3 articles"; "%Ln"
    is the number grouped as in English ("1,378": Qt's QLocale does it once a language is installed)."""
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%Ln", f"{n:,}").replace("%n", str(n))


def install(
    translator: Translator | None,
    language: str,
    date_formatter: DateFormatter | None = None,
    month_formatter: DateFormatter | None = None,
) -> None:
    """Use translator (Qt's) and the date formatters from now on (None: English text and dates)."""
    global _translator, _date_formatter, _month_formatter, _language
    _translator, _date_formatter, _month_formatter = translator, date_formatter, month_formatter
    _language = language


def current_language() -> str:
    """The interface language in use ("en" until the app installs another)."""
    return _language


def date_formatter() -> DateFormatter | None:
    """The installed date formatter, or None (then dates are written in English)."""
    return _date_formatter


def month_formatter() -> DateFormatter | None:
    """The installed month-and-year formatter, or None (then English)."""
    return _month_formatter
