"""The glossary in the article's language: Spanish definitions for a Spanish article, English otherwise.

The bundled definitions in another language live in resources/glossary/<code>/ (same ids and slugs as
the English entries, our own words); the person's imported entries are kept by language. A word with no
definition in the article's language falls back to the English one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from reader.core.files.locations import resource
from reader.core.glossary.entries import (
    ArticleWord,
    Glossary,
    GlossaryEntry,
    GlossaryFileError,
    bundled_glossary_path,
    read_bundled,
    read_user_glossary,
    user_glossary_path,
)
from reader.core.languages.codes import SOURCE_LANGUAGE, normalize
from reader.core.render.page import GlossaryUse

log = logging.getLogger(__name__)


def entry_language(entry: GlossaryEntry) -> str:
    """An entry's language code ("english", "en-US" and "" count as English)."""
    text = entry.language.strip().lower()
    if text in ("", "english"):
        return SOURCE_LANGUAGE
    if text in ("spanish", "español", "espanol"):
        return "es"
    return normalize(text) or text


def language_folders(root: Path | None = None) -> dict[str, Path]:
    """{code: folder} of the bundled glossaries in other languages (resources/glossary/<code>/)."""
    base = root or resource("glossary")
    found: dict[str, Path] = {}
    try:
        for folder in sorted(base.iterdir()):
            code = normalize(folder.name)
            if folder.is_dir() and code and code == folder.name and code != SOURCE_LANGUAGE:
                found[code] = folder
    except OSError:
        pass
    return found


def _language_glossary(english: Glossary, code: str, folder: Path, user: list[GlossaryEntry]) -> Glossary:
    """English, then the person's English entries, the language's bundled ones, the person's own in it."""
    try:
        bundled = read_bundled(folder)
    except (GlossaryFileError, OSError) as exc:
        log.warning(
            "The %s glossary in %s cannot be read (%s); English definitions are shown", code, folder, exc
        )
        bundled = []
    english_user = [e for e in user if entry_language(e) == SOURCE_LANGUAGE]
    own_user = [e for e in user if entry_language(e) == code]
    return Glossary(english.entries(), [*english_user, *bundled, *own_user])


class MultilingualGlossary(Glossary):
    """A Glossary that answers in one language at a time (use_language); English until told otherwise."""

    def __init__(self, english: Glossary, others: dict[str, Callable[[], Glossary]] | None = None) -> None:
        super().__init__()
        # The English glossary's own tables, shared rather than built a second time.
        self._entries, self._by_id, self._by_slug, self._by_words = (
            english._entries,
            english._by_id,
            english._by_slug,
            english._by_words,
        )
        self.problems = list(english.problems)
        self._makers = dict(others or {})  # each language's glossary is made on first use
        self._others: dict[str, Glossary] = {}
        self._active: Glossary = self
        self.language = SOURCE_LANGUAGE

    @classmethod
    def load_all(
        cls, data_dir: Path | None = None, root: Path | None = None, pack_files: Sequence[Path] = ()
    ) -> MultilingualGlossary:
        """The bundled and imported glossaries: English now, every other language with a folder when used
        (pack_files: installed library packs' glossaries, below the person's own imports)."""
        english = Glossary.load(data_dir, (root / "entries") if root else bundled_glossary_path(), pack_files)
        problems: list[str] = []
        user = read_user_glossary(user_glossary_path(data_dir), problems) if data_dir else []
        makers: dict[str, Callable[[], Glossary]] = {
            code: partial(_language_glossary, english, code, folder, user)
            for code, folder in language_folders(root).items()
        }
        return cls(english, makers)

    def languages(self) -> list[str]:
        """The languages with definitions of their own."""
        return [SOURCE_LANGUAGE, *sorted(self._makers)]

    def use_language(self, language: str) -> None:
        """Answer in this language from now on (English where it has no glossary)."""
        code = normalize(language or "") or SOURCE_LANGUAGE
        if code in self._makers and code not in self._others:
            self._others[code] = self._makers[code]()
        self._active = self._others.get(code, self)
        self.language = code if self._active is not self else SOURCE_LANGUAGE

    def _in(self) -> Glossary | None:
        return None if self._active is self else self._active

    def by_id(self, term_id: str | int) -> GlossaryEntry | None:
        """The entry with this numeric id, in the language in use."""
        other = self._in()
        return other.by_id(term_id) if other else super().by_id(term_id)

    def by_slug(self, slug: str) -> GlossaryEntry | None:
        """The entry with this slug, in the language in use."""
        other = self._in()
        return other.by_slug(slug) if other else super().by_slug(slug)

    def by_term(self, words: str) -> GlossaryEntry | None:
        """The entry whose term or alias is these words, in the language in use."""
        other = self._in()
        return other.by_term(words) if other else super().by_term(words)

    def lookup(self, key: str) -> GlossaryEntry | None:
        """Find by id, slug, term or alias, in the language in use."""
        other = self._in()
        return other.lookup(key) if other else super().lookup(key)

    def entries(self) -> list[GlossaryEntry]:
        """Every entry, A-Z by term, in the language in use."""
        other = self._in()
        return other.entries() if other else super().entries()

    def words_in_article(self, uses: Sequence[GlossaryUse]) -> list[ArticleWord]:
        """The glossary words an article links to, with entries in the language in use."""
        other = self._in()
        return other.words_in_article(uses) if other else super().words_in_article(uses)
