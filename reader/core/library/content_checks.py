"""Checks that a file holds readable article text: not binary, not an empty or boilerplate-only page."""

from __future__ import annotations

import functools
import re

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.errors import ArticleError

# Bytes that start common binary formats a person might rename to .md by mistake.
_BINARY_MAGIC = (
    (b"%PDF", QT_TRANSLATE_NOOP("Check", "the file is not text (it looks like a PDF document)")),
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Check", "the file is not text (it looks like a ZIP archive or Word/EPUB document)"
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP("Check", "the file is not text (it looks like an old Microsoft Office document)"),
    ),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Check", "the file is not text (it looks like a picture)")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Check", "the file is not text (it looks like a picture)")),
    (b"GIF8", QT_TRANSLATE_NOOP("Check", "the file is not text (it looks like a picture)")),
    (
        b"{\\rtf",
        QT_TRANSLATE_NOOP("Check", "the file is not text (it looks like a rich-text (RTF) document)"),
    ),
)
# A Kindle or Palm e-book has this at byte 60 of its header.
_PALM_TYPES = (b"BOOKMOBI", b"TEXtREAd")

# Share of control characters (other than tab and line ends) above which decoded text is binary.
MAX_CONTROL_SHARE = 0.01

# A body needs at least this many letters or digits outside boilerplate. Deliberately low, so a
# clinic's short note ("Where to park.") still loads; empty and boilerplate-only pages do not.
MIN_READABLE_CHARS = 1

# The patterns, compiled at first use: only reading a file needs them, and the article asked for at start
# comes from the catalog cache (their compiling was ~0.8 ms of every start, issue 20).
_PATTERNS: dict[str, tuple[str, int]] = {
    # Whole lines that a web page saved without its scripts shows instead of content.
    "boilerplate": (
        r"^[^\w\n]*(?:you need to enable javascript to run this app|"
        r"(?:please )?enable javascript(?: in your browser)?(?: to (?:continue|view this (?:page|site)))?|"
        r"javascript is (?:disabled|required)[^.\n]*|this site requires javascript[^.\n]*|"
        r"loading[^\w\n]*|page not found|404(?: not found)?|access denied|just a moment)[^\w\n]*$",
        re.IGNORECASE | re.MULTILINE,
    ),
    # Every pattern stops at the next opening bracket or line end, so text like "[[[[..." or "<<<<..."
    # costs linear time, not quadratic.
    "image": (r"!\[[^\[\]\n]*\]\([^()\s]*\)", 0),
    "link": (r"\[([^\[\]\n]*)\]\([^()\s]*\)", 0),
    "tag": (r"<[^<>\n]*>", 0),
    "comment": (r"<!--(?:[^-<]|-(?!->)){0,2000}-->", 0),
    "alnum": (r"[^\W_]", 0),  # what str.isalnum() accepts: word characters but the underscore
    "control": (r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]", 0),
}


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    source, flags = _PATTERNS[name]
    return re.compile(source, flags)


def check_not_binary(raw: bytes) -> None:
    """Raise ArticleError when the bytes look like a binary file rather than text."""
    for magic, kind in _BINARY_MAGIC:
        if raw.startswith(magic):
            raise ArticleError(translate("Check", kind))
    if raw[60:68] in _PALM_TYPES:
        raise ArticleError(
            translate("Check", "the file is not text (it looks like an e-book, such as a .mobi file)")
        )
    if b"\x00" in raw[:8192]:
        raise ArticleError(translate("Check", "the file is not text (it looks like a binary file)"))


@functools.cache
def _not_control_bytes() -> bytes:
    """Every byte but those of the control characters the "control" pattern counts (each is one byte in
    UTF-8, as no byte of a longer character is under 0x80); U+FFFD is looked for as its own three bytes."""
    control = _pattern("control")
    return bytes(b for b in range(256) if not control.match(chr(b)) or b >= 0x80)

_REPLACEMENT_BYTES = "\ufffd".encode()


def may_have_control_characters(raw: bytes) -> bool:
    """False when UTF-8 bytes cannot hold a character check_text_is_text counts: then it need not run.

    Counting them with a regex over the text was ~0.13 s of a first start's ~0.9 s of CPU with the
    1,378-article corpus (per-step timing of Library.load, issue 20); this looks at the bytes in C.
    """
    if raw.translate(None, _not_control_bytes()):
        return True
    return b"\xbd" in raw and _REPLACEMENT_BYTES in raw  # one byte is found faster than three


def check_text_is_text(text: str) -> None:
    """Raise ArticleError when decoded text is mostly control characters (a binary file in disguise)."""
    sample = text[:65536]
    if sample and len(_pattern("control").findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise ArticleError(
            translate("Check", "the file is not text (it has many control characters, like a binary file)")
        )


def readable_text(body: str) -> str:
    """The body's words without pictures, link targets, HTML tags and web-page boilerplate."""
    text = _pattern("comment").sub(" ", body)
    text = _pattern("image").sub(" ", text)
    text = _pattern("link").sub(_link_text, text)  # a function: Python 3.11 expands r"\1" in Python for every link
    text = _pattern("tag").sub(" ", text)
    return _pattern("boilerplate").sub(" ", text)


def _link_text(match: re.Match[str]) -> str:
    return match.group(1)


def check_readable(body: str) -> None:
    """Raise ArticleError when the body has no readable text, or only web-page boilerplate."""
    # The start is enough: boilerplate-only pages are short, and a long page with text has it early.
    # First its first lines: each pattern but comments stops at a line's end, so a letter left in whole
    # lines is left in the 5,000 characters too (the checks were ~5 % of a first start's loading, issue 20).
    cut = body.rfind("\n", 0, 400)
    if cut > 0:
        head = body[: cut + 1]
        if "<!--" not in head and _pattern("alnum").search(readable_text(head)):
            return
    text = readable_text(body[:5_000])
    # Counted with a regex and stopped at the limit: a Python loop over every character of 1,378
    # bodies took ~1 s of a first start's CPU (cProfile of Library.load, issue 20).
    found = 0
    for _ in _pattern("alnum").finditer(text):
        found += 1
        if found >= MIN_READABLE_CHARS:
            return
    if _pattern("boilerplate").search(_pattern("tag").sub(" ", _pattern("link").sub(r"\1", body))):
        raise ArticleError(
            translate(
                "Check",
                "the page has no article text, only a web-page message such as "
                "'You need to enable JavaScript' (it was saved from a site that did not load)",
            )
        )
    raise ArticleError(translate("Check", "the article has no readable text"))
