"""The glossary in Spanish: bundled definitions for the most-linked terms, the article's language, imports."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from reader.core.glossary.entries import Glossary, read_bundled
from reader.core.glossary.importer import import_file
from reader.core.languages.glossaries import MultilingualGlossary, language_folders
from reader.core.library.links import glossary_term_id
from tests.helpers import ROOT

SPANISH = ROOT / "resources" / "glossary" / "es"


def test_spanish_entries_match_english_ids_and_slugs() -> None:
    english = Glossary.load(None)
    spanish = read_bundled(SPANISH)
    assert len(spanish) >= 150
    for entry in spanish:
        twin = english.by_id(entry.id) if entry.id else english.by_slug(entry.slug)
        assert twin is not None, entry.term
        assert entry.slugs[0] in twin.slugs or entry.id in twin.ids, entry.term
        assert entry.language == "es"
        assert entry.definition and entry.definition != twin.definition
        assert 1 <= entry.definition.count(".") <= 5, entry.term  # short, plain sentences
    assert language_folders() == {"es": SPANISH}


def test_the_glossary_answers_in_the_articles_language(tmp_path: Path) -> None:
    glossary = MultilingualGlossary.load_all(tmp_path / "data")
    assert glossary.lookup("chemotherapy").term == "chemotherapy"
    glossary.use_language("es")
    assert glossary.language == "es"
    assert glossary.lookup("chemotherapy").term == "quimioterapia"
    assert glossary.lookup("45214").term == "quimioterapia"  # popDefinition ids too
    assert "medicamentos" in glossary.lookup("chemotherapy").definition
    # A word with no Spanish definition yet keeps its English one.
    assert glossary.lookup("aromatase-inhibitor").term == "aromatase inhibitor"
    glossary.use_language("fr")
    assert glossary.language == "en" and glossary.lookup("chemotherapy").term == "chemotherapy"


def test_spanish_covers_the_most_linked_terms(corpus: Path) -> None:
    """The Spanish glossary explains at least the 150 terms the articles link most."""
    english = Glossary.load(None)
    link = re.compile(r"\]\(\s*<?([^)\s>]+)")
    counts: Counter[str] = Counter()
    for path in corpus.rglob("*.md"):
        for href in link.findall(path.read_text(encoding="utf-8")):
            target = (
                glossary_term_id(href) if ("cancer-terms" in href or "opdefinition" in href.lower()) else None
            )
            entry = english.lookup(target) if target else None
            if entry is not None:
                counts[entry.slug] += 1
    spanish = {e.slug for e in read_bundled(SPANISH)}
    top = [slug for slug, _ in counts.most_common(150)]
    assert [slug for slug in top if slug not in spanish] == []


test_spanish_covers_the_most_linked_terms = pytest.mark.corpus(test_spanish_covers_the_most_linked_terms)


def test_nci_dictionary_json_in_spanish_is_imported_for_spanish_articles(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    records = [
        {"termId": 45214, "language": "Spanish", "termName": "quimioterapia",
         "definition": {"text": "Texto importado sobre la quimioterapia."}},
        {"termId": 45214, "language": "English", "termName": "chemotherapy",
         "definition": {"text": "Imported English text about chemotherapy."}},
        {"termId": 99, "language": "fr", "termName": "chimiothérapie", "definition": {"text": "Texte."}},
    ]  # fmt: skip
    source = tmp_path / "nci.json"
    source.write_text(json.dumps(records), encoding="utf-8")
    result = import_file(source, data)
    assert sorted(e.term for e in result.added + result.replaced) == ["chemotherapy", "quimioterapia"]
    assert len(result.rejected) == 1 and "only English and Spanish" in str(result.rejected[0])
    # The English glossary keeps English words; the Spanish one shows the imported Spanish text.
    assert Glossary.load(data).by_id(45214).definition == "Imported English text about chemotherapy."
    glossary = MultilingualGlossary.load_all(data)
    assert glossary.by_id(45214).definition == "Imported English text about chemotherapy."
    glossary.use_language("es")
    assert glossary.by_id(45214).definition == "Texto importado sobre la quimioterapia."
    # Importing again replaces nothing in the other language.
    again = import_file(source, data)
    assert sorted(e.term for e in again.unchanged) == ["chemotherapy", "quimioterapia"]


def test_a_deferred_glossary_is_read_on_first_use_in_the_language_chosen_before(tmp_path: Path) -> None:
    from reader.core.glossary.deferred import DeferredGlossary
    from reader.core.languages.glossaries import MultilingualGlossary

    reads: list[int] = []

    def read() -> MultilingualGlossary:
        reads.append(1)
        return MultilingualGlossary.load_all(tmp_path)

    deferred = DeferredGlossary(read)
    deferred.use_language("es")  # an article in Spanish opened before the glossary was read
    assert reads == [] and not deferred.loaded
    entry = deferred.lookup("quimioterapia") or deferred.lookup("chemotherapy")
    assert reads == [1] and deferred.loaded
    assert entry is not None and entry.language == "es"
    deferred.lookup("chemotherapy")
    deferred.use_language("en")
    english = deferred.lookup("chemotherapy")
    assert reads == [1] and english is not None and english.language in ("", "en")
