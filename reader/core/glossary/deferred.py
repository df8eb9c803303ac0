"""A glossary read when first used: the window starts without importing or reading the definitions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the entries' module (~2 ms with its data classes) waits for the first use too
    from reader.core.glossary.entries import Glossary


class DeferredGlossary:
    """A glossary read when first used, not at start: the article a person opens does not wait for
    2,345 definitions to be read (~35 ms of every start, issue 20). Answers as the loaded glossary does;
    a language chosen before then (use_language) is applied once it is read.
    """

    def __init__(self, load: Callable[[], Glossary]) -> None:
        self._load = load
        self._glossary: Glossary | None = None
        self._language: str | None = None

    @property
    def loaded(self) -> bool:
        """True once the glossary has been read."""
        return self._glossary is not None

    def glossary(self) -> Glossary:
        """The glossary, read now if it was not yet."""
        if self._glossary is None:
            self._glossary = self._load()
            if self._language is not None:
                self.use_language(self._language)
        return self._glossary

    def use_language(self, language: str) -> None:
        """Answer in this language (remembered until the glossary is read)."""
        if self._glossary is None:
            self._language = language
            return
        use = getattr(self._glossary, "use_language", None)
        if use is not None:
            use(language)

    def __len__(self) -> int:
        # len() and `in` look these up on the type, never through __getattr__ (print and PDF said
        # "object of type 'DeferredGlossary' has no len()", walk 5).
        return len(self.glossary())

    def __contains__(self, key: object) -> bool:
        return key in self.glossary()

    def __getattr__(self, name: str) -> object:
        return getattr(self.glossary(), name)
