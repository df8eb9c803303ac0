"""File sizes in words a person reads at a glance, in the reader's language ("12 KB", "1,5 MB")."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from reader.core.languages.translate import translate

_KB, _MB, _GB = 1000, 1000**2, 1000**3


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _figure(value: float) -> str:
    return _number(value, 1 if value < 9.95 else 0)


def size_text(size: int) -> str:
    """A size in bytes as a person says it: bytes under a kilobyte, whole kilobytes under a megabyte,
    one decimal under ten of a unit (1.5 MB), whole numbers above (48 MB); the decimal mark as the
    language writes it (walk 10, X1: a 12 KB file read "0.0 MB")."""
    if size < _KB:
        count = max(size, 0)
        return translate("Sizes", "%Ln byte(s)", None, count)
    if size >= _GB - _MB // 2:  # 999,999,999 bytes is "1.0 GB", not "1000 MB"
        return translate("Sizes", "{size} GB").format(size=_figure(size / _GB))
    if size >= _MB - _KB // 2:
        return translate("Sizes", "{size} MB").format(size=_figure(size / _MB))
    return translate("Sizes", "{size} KB").format(size=_number(max(1, round(size / _KB)), 0))
