"""Front matter in its plain form (`name: value` lines and `- item` lists), read without PyYAML.

A first start reads the front matter of every file (1,378 in the corpus); PyYAML with python-frontmatter
took ~0.18 s of the ~0.9 s of CPU that took (py-spy of a first start and a per-step timing of
`Library.load`, issue 20), and importing them held up the loading thread. Our articles' front matter is
what PyYAML's `safe_dump` writes: one `name: value` a line, lists as `- item` lines, dates quoted.

`parse` reads that form and gives exactly what python-frontmatter's `parse` with our YAML handler gives
(same dict, same body); for anything else (comments, tabs, nesting, several lines to a value, flow
lists, anchors, escapes, values YAML reads as numbers, dates, booleans or null, duplicate names...)
it returns None and the caller uses YAML. A test compares both on the corpus and on hostile input.
"""

from __future__ import annotations

import functools
import re
from typing import Any

#: python-frontmatter's YAMLHandler.FM_BOUNDARY: a line of three or more dashes.
_BOUNDARY = re.compile(r"^-{3,}\s*$", re.MULTILINE)

_NOT_SPACE = re.compile(r"\S")

#: A name YAML reads as text: letters, digits and underscores, starting with a letter.
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")

#: Characters that send the whole front matter to YAML: tabs and carriage returns, YAML's other line
#: breaks (NEL, LS, PS), a byte-order mark, comments, flow collections, escapes in double quotes, and the
#: characters PyYAML does not accept at all (its Reader.NON_PRINTABLE, `[^\x09\x0a\x0d\x20-\x7e\x85
#: \xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]`, written here as the characters it leaves out: the same
#: set, which re compiles in 0.3 ms instead of 1.7 ms; a test compares them for every character).
_UNUSUAL = (
    "[\t\r\x85\u2028\u2029\ufeff\\[\\]{}\\\\]| #|^#"
    "|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)

#: A plain (unquoted) value cannot start with these YAML indicators (or a space).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@` ")

#: PyYAML's implicit resolvers (yaml/resolver.py): a plain value one of these matches is not text.
_NOT_TEXT = (
    r"""^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$
    |^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
        |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
        |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$
    |^(?:[-+]?0b[0-1_]+
        |[-+]?0[0-7_]+
        |[-+]?(?:0|[1-9][0-9_]*)
        |[-+]?0x[0-9a-fA-F_]+
        |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$
    |^(?:<<)$
    |^(?:~|null|Null|NULL|)$
    |^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
         (?:[Tt]|[ \t]+)[0-9][0-9]?
         :[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
         (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$
    |^(?:=)$"""
)


#: The words among _NOT_TEXT's matches: YAML's booleans and nulls. A name (letters, digits, underscores)
#: or a value starting with a letter is not text only when it is one of these.
_NOT_TEXT_WORDS = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split()
)

#: What else _NOT_TEXT can match starts with one of these (numbers, dates, .inf, .nan, <<, ~, =)...
_NOT_TEXT_STARTS = frozenset("+-.0123456789<~=")
#: ... and holds only these (so `02_nci_core`, every article's sourceType, is text without the pattern).
_NOT_TEXT_CHARACTERS = frozenset("0123456789_.+-:<~= \tabcdefABCDEFinINxTtZ")


@functools.cache
def _unusual() -> re.Pattern[str]:
    """_UNUSUAL compiled, at first use: a start needs it only when the article asked for is not in the
    catalog cache (timing of re.compile during `--open X --screenshot`, issue 20)."""
    return re.compile(_UNUSUAL, re.MULTILINE)


@functools.cache
def _not_text_pattern() -> re.Pattern[str]:
    """_NOT_TEXT compiled, at first use (~0.6 ms): only for a value that may be a number or a date."""
    return re.compile(_NOT_TEXT, re.X)


def _not_text(value: str) -> bool:
    """True when YAML reads this plain value (or name) as something other than text: _NOT_TEXT matches."""
    first = value[:1]
    if "\n" in value or not first:
        return _not_text_pattern().match(value) is not None
    if first in _NOT_TEXT_STARTS:
        return _NOT_TEXT_CHARACTERS.issuperset(value) and _not_text_pattern().match(value) is not None
    return value in _NOT_TEXT_WORDS


#: Trailing white space longer than this is left to str.strip (a loop below counts it a character at a time).
_MAX_TRAILING = 256


def parse(text: str) -> tuple[dict[str, Any], str] | None:
    """(front matter, body) as python-frontmatter's parse gives them with our YAML handler, for text that
    starts with front matter in the plain form; None when YAML must read it.

    python-frontmatter strips the text, splits it at the first two lines of dashes and strips the body:
    three copies of a 50 MB corpus (~40 ms each). Here the body is cut from the text once.
    """
    if "\r" in text or not text[:1] or text[0].isspace():
        return None  # python-frontmatter's \r\n and leading white space: the general path
    first = _BOUNDARY.search(text)
    second = _BOUNDARY.search(text, first.end()) if first is not None else None
    if first is None or second is None or first.start() != 0:
        return None
    data = parse_fields(text[first.end() : second.start()])
    if data is None:
        return None
    start = _NOT_SPACE.search(text, second.end())
    if start is None:
        return data, ""
    end = len(text)
    while text[end - 1].isspace():
        end -= 1
        if len(text) - end > _MAX_TRAILING:
            return data, text[start.start() :].strip()
    return data, text[start.start() : end]


def parse_fields(block: str) -> dict[str, Any] | None:
    """The fields of a front-matter block in the plain form, as YAML reads them; None when not plain."""
    if _unusual().search(block):
        return None
    data: dict[str, Any] = {}
    items: list[str] | None = None  # the list being read, after "name:" with nothing after it
    item_indent = -1
    name = ""
    folded: list[str] | None = None  # the lines of a plain value that may go on over more lines
    quoted: list[str] | None = None  # the lines so far of a single-quoted value not closed yet
    for line in block.split("\n"):
        if quoted is not None:  # PyYAML's dump folds long quoted titles so
            if line[:1] != " " or not line.strip(" "):
                return None  # not indented, or a blank line (a line break to YAML): not ours to read
            quoted.append(line.strip(" "))
            value = _scalar(" ".join(quoted))  # a line break between two lines of text is a space
            if value is not None:
                data[name], quoted = value, None
            continue
        if not line.strip(" "):
            if folded is not None:  # the value ends here (a line after it is rejected below)
                if not _end_value(data, name, folded):
                    return None
                folded = None
            continue
        if line[0] != " " and line[0] != "-":  # name: value
            if folded is not None and not _end_value(data, name, folded):
                return None
            name, colon, rest = line.partition(":")
            if not colon or not _NAME.fullmatch(name) or _not_text(name) or name in data:
                return None
            if rest and rest[0] != " ":
                return None  # "name:value" is one plain value to YAML, not a field
            rest = rest.strip(" ")
            items, folded = None, None
            if not rest:
                data[name] = None  # until list items follow
                items, item_indent = [], -1
            elif rest[0] in "'\"":
                value = _scalar(rest)
                if value is not None:
                    data[name] = value
                elif rest[0] == "'":
                    quoted = [rest]  # closed on a later line, or never (then YAML reads it)
                else:
                    return None
            else:
                folded = [rest]  # a plain value: the next lines may go on with it
            continue
        stripped = line.lstrip(" ")
        if folded is not None:  # a plain value goes on: PyYAML's dump folds long titles so
            if line[0] != " " or ": " in stripped or stripped.endswith(":") or stripped[0] in ":#":
                return None
            folded.append(stripped.rstrip(" "))
            continue
        indent = len(line) - len(stripped)
        if items is None or not stripped.startswith("- ") or (item_indent >= 0 and indent != item_indent):
            return None  # nesting, or an item where no list was started
        item_indent = indent
        value = _scalar(stripped[2:].strip(" "))
        if value is None:
            return None
        items.append(value)
        data[name] = items
    if quoted is not None or (folded is not None and not _end_value(data, name, folded)):
        return None
    return data


def _end_value(data: dict[str, Any], name: str, lines: list[str]) -> bool:
    """Put a plain value (its lines joined by spaces, as YAML folds them) in data; False when not text."""
    value = _scalar(" ".join(lines))
    if value is None:
        return False
    data[name] = value
    return True


def _scalar(value: str) -> str | None:
    """A one-line value as YAML reads it, when that is text; None otherwise (or when unsure)."""
    first = value[:1]
    if first == "'":
        inner = value[1:-1]
        if len(value) < 2 or value[-1] != "'" or "'" in inner.replace("''", ""):
            return None
        return inner.replace("''", "'")
    if first == '"':
        inner = value[1:-1]
        if len(value) < 2 or value[-1] != '"' or '"' in inner:
            return None
        return inner
    if not first or first in _INDICATORS or ": " in value or value.endswith(":") or _not_text(value):
        return None
    return value
