"""The article asked for at start (--open, a clinic's shortcut) is not in the library: said above the pages,
where the whole message wraps, with the address on a line of its own and a button to copy it.

The status bar said it on one line ("The article you asked for is not in this library: <address>"), and at
300 % the address and half the sentence were cut off (walk 12)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.languages.translate import translate
from reader.ui.window.notice_bar import NoticeBar

# U+200B ZERO WIDTH SPACE: a line may break here.
BREAK = "\u200b"

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost


def tell_not_in_library(window: WindowHost, address: str) -> NoticeBar:
    """Say above the pages that the article at this address is not in the library, until the person
    closes the message, opens an article, or (kiosk) the next visitor comes."""
    bar = NoticeBar()
    bar.setObjectName("notInLibraryBar")
    window.add_above_pages(bar)
    text = translate("Library", "The article you asked for is not in this library.")
    # A long address breaks after its slashes (an invisible space there), never runs off the bar's edge;
    # Copy address copies it as given.
    bar.show_message(f"{text}\n{address.replace('/', '/' + BREAK)}", address)
    window.articleShown.connect(lambda _key: bar.hide())
    window.add_reset_step("not-in-library message", bar.hide)
    window.announce(f"{text} {address}")
    return bar
