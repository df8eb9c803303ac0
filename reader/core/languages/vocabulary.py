"""Whether typed words look like a language: words of that language's bundled articles and glossary.

Used when a search finds nothing: "The articles in this library are in English… También hay artículos en
español…" is said only when the words look like another language the reader holds ("quimioterapia",
"se me cae el pelo"), not for nonsense ("asdfghjkl", walk 8 X3).
"""

from __future__ import annotations

import functools
import json
import logging
import re
from pathlib import Path

from reader.core.files.locations import language_library, resources_dir
from reader.core.languages.codes import SOURCE_LANGUAGE
from reader.core.search.languages import fold

log = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W\d_]+")
#: Letters only some languages use: one of them typed says that language.
_OWN_LETTERS = {"es": frozenset("ñ¿¡")}
MIN_LETTERS = 3  # shorter words ("de", "la", "in") say little about a language on their own


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(fold(text)) if len(word) >= MIN_LETTERS}


def _glossary_folder(code: str) -> Path:
    folder = resources_dir() / "glossary"
    return folder / "entries" if code == SOURCE_LANGUAGE else folder / code


@functools.cache
def vocabulary(code: str) -> frozenset[str]:
    """The words (folded, 3 letters or more) of a language's bundled articles and glossary terms."""
    found: set[str] = set()
    library = language_library(code) if code != SOURCE_LANGUAGE else None
    if library is not None:
        for path in sorted(library.glob("*.md")):
            try:
                found |= _words(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as error:
                log.info("Could not read %s for its words: %s", path, error)
    glossary = _glossary_folder(code)
    for path in sorted(glossary.glob("*.json")) if glossary.is_dir() else []:
        try:
            entries = json.loads(path.read_text(encoding="utf-8")).get("entries", [])
        except (OSError, ValueError, AttributeError) as error:
            log.info("Could not read %s for its words: %s", path, error)
            continue
        for entry in entries:
            if isinstance(entry, dict):
                found |= _words(" ".join([str(entry.get("term", "")), *map(str, entry.get("aliases", []))]))
                if code != SOURCE_LANGUAGE:  # the definitions too: plain everyday words of that language
                    found |= _words(str(entry.get("definition", "")))
    return frozenset(found)


def looks_like(code: str, text: str) -> bool:
    """True when the words typed look like this language: a letter only it uses, or a word of its bundled
    articles or glossary (a plural's singular counts)."""
    letters = _OWN_LETTERS.get(code, frozenset())
    if any(ch in letters for ch in text.lower()):
        return True
    known = vocabulary(code)
    for word in _words(text):
        if word in known or (word.endswith("s") and word[:-1] in known) or (word.endswith("es") and word[:-2] in known):
            return True
    return False
