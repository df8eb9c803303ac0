"""How old the installed library is: the home page says when each pack was published, and gives a calm
note when one is more than a year old (medical advice changes; the note says what to do, not to worry)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.dates import long_date
from reader.core.packs.format import Manifest

# A pack older than this many days gets the note.
STALE_AFTER_DAYS = 365

STALE_NOTE = QT_TRANSLATE_NOOP(
    "Packs",
    "This library was published more than a year ago. Most of it is still useful, but some details "
    "may have changed since then. Your care team can tell you about anything new.",
)


def is_stale(manifest: Manifest, today: dt.date) -> bool:
    """True when the pack was made more than STALE_AFTER_DAYS before today (False when its date is unknown)."""
    from reader.core.packs.preview import published  # (cryptography): only when there are packs

    day = published(manifest)
    return day is not None and (today - day).days > STALE_AFTER_DAYS


def published_html(packs: Sequence[Manifest], today: dt.date) -> str:
    """A short HTML note for the home page: who published each pack and when; "" without packs."""
    if not packs:
        return ""
    from reader.core.packs.preview import published  # (cryptography): only when there are packs

    lines = []
    for manifest in packs:
        day = published(manifest)
        names = {"title": html.escape(manifest.title), "version": html.escape(manifest.version),
                 "publisher": html.escape(manifest.publisher)}  # fmt: skip
        if day is not None:
            text = translate("Packs", "“{title}” (version {version}) was published by {publisher} on {date}.")
            lines.append(text.format(date=html.escape(long_date(day)), **names))
        else:
            lines.append(
                translate("Packs", "“{title}” (version {version}) was published by {publisher}.").format(
                    **names
                )
            )
    parts = [f'<p class="published">{"<br>".join(lines)}</p>']
    if any(is_stale(m, today) for m in packs):
        parts.append(f'<p class="published-note">{html.escape(translate("Packs", STALE_NOTE))}</p>')
    return "\n".join(parts)
