"""Alphabetical order as a dictionary gives it, in English and Spanish: accents and case do not count.

Python's plain order puts every accented letter after z ("Útero" after "Vulva", "Cáncer infantil" after
"Cuello uterino": walk 10, C5). The key here takes the accents off (Unicode NFKD, combining marks dropped)
and folds case, so "Cáncer" sorts with "Cancer"; "ñ" stays its own letter after "n", as Spanish
dictionaries have it; opening punctuation ("¿Qué…?", quotes) does not count. Plain Python, no library:
the two languages the reader has need no more than this.
"""

from __future__ import annotations

import unicodedata

#: "ñ" sorts after every "n…" and before "o": an "n" followed by a character above all letters.
_ENYE = "n\U0010ffff"


def sort_key(text: str) -> tuple[str, str, str]:
    """A key to sort names and titles for display: letters without accents or case first; ties (the same
    word with and without an accent or capital) broken by the whole text, so the order never depends on the
    order given."""
    folded = text.casefold().replace("ñ", _ENYE).replace("n\u0303", _ENYE)
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    start = next((i for i, c in enumerate(bare) if c.isalnum()), len(bare))
    return bare[start:], text.casefold(), text
