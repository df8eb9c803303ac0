"""How old the installed library is: the home page says when each pack was published, and gives a calm
note when one is more than a year old (medical advice changes; the note says what to do, not to worry)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from reader.core.library.dates import long_date
from reader.core.packs.format import Manifest
from reader.core.packs.preview import published

#: A pack older than this many days gets the note.
STALE_AFTER_DAYS = 365

STALE_NOTE = (
    "This library was published more than a year ago. Most of it is still useful, but some details "
    "may have changed since then. Your care team can tell you about anything new."
)


def is_stale(manifest: Manifest, today: dt.date) -> bool:
    """True when the pack was made more than STALE_AFTER_DAYS before today (False when its date is unknown)."""
    day = published(manifest)
    return day is not None and (today - day).days > STALE_AFTER_DAYS


def published_html(packs: Sequence[Manifest], today: dt.date) -> str:
    """A short HTML note for the home page: who published each pack and when; "" without packs."""
    if not packs:
        return ""
    lines = []
    for manifest in packs:
        day = published(manifest)
        when = f" on {long_date(day)}" if day is not None else ""
        lines.append(
            f"“{html.escape(manifest.title)}” (version {html.escape(manifest.version)}) was published by "
            f"{html.escape(manifest.publisher)}{when}."
        )
    parts = [f'<p class="published">{"<br>".join(lines)}</p>']
    if any(is_stale(m, today) for m in packs):
        parts.append(f'<p class="published-note">{STALE_NOTE}</p>')
    return "\n".join(parts)
