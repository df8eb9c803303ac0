"""Writing the Whoosh index: schema, documents, the manifest of fingerprints, full and incremental builds."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import whoosh
from whoosh import index as whoosh_index
from whoosh.fields import BOOLEAN, ID, KEYWORD, STORED, Schema
from whoosh.filedb.filestore import FileStorage

from reader.core.files.atomic import atomic_write_text
from reader.core.library.article import Article
from reader.core.library.catalog_cache import VERSION as CATALOG_VERSION
from reader.core.meaning import TABLE_VERSION
from reader.core.render.bare_headings import join_bare_headings
from reader.core.search import PROGRESS_SCALE, STAGES, scaled, stage_end, stage_start
from reader.core.search.fields import FastSegmentWriter, FastTEXT, without_deletions
from reader.core.search.intent import article_answers, places_formed
from reader.core.search.languages import ANALYSERS_VERSION, adapt_document, analyser_for
from reader.core.search.synonyms import mine_also_called, mine_brand_list, mine_brand_pairs, mine_explanations
from reader.core.search.text import (
    dictionary_words,
    excerpt,
    heading_title_words,
    headings,
    is_professional,
    location_words,
    make_analyzer,
    plain_text,
)
from reader.core.symptoms.sections import symptom_stems

log = logging.getLogger(__name__)

#: Bump when the schema, the text extraction or the analyzer changes: a different version rebuilds.
#: 10: each English article's meaning vector in the manifest (reader/core/meaning).
#: 11: the spelling dictionary per language, counted from each file's words (words-by-file.json).
#: 12: "Enlarge Image" links and picture credit lines left out of the text (snippets showed them).
#: 13: a bare "##" line's heading is the article view's (render/bare_headings.py): no list item, long
#:     paragraph or sentence is a heading any more.
#: 14: a first heading that names the article otherwise than its front-matter title gives title words.
FORMAT_VERSION = 14
INDEX_FORMAT = (
    f"{FORMAT_VERSION}/whoosh-{whoosh.versionstring()}/catalog-{CATALOG_VERSION}"  # placement changes facets
    f"/vectors-{TABLE_VERSION}"
)
MANIFEST = "manifest.json"
WORDS = "words.json"

Progress = Callable[[int, int], None]
Stage = Callable[[str], None]

# The analysers of articles in other languages are part of the format too.
INDEX_FORMAT = f"{INDEX_FORMAT}/{ANALYSERS_VERSION}"


class BuildError(Exception):
    """A build that did not finish, with the reason in plain words."""


class MissingWordRecordsError(BuildError):
    """An index without its per-file word records cannot be updated in place: it needs a full build."""


def make_schema() -> Schema:
    """The index's fields: what is searched, filtered on, and stored for the result list."""
    analyzer = make_analyzer()
    return Schema(
        key=ID(stored=True, unique=True),
        url=ID(stored=True),
        title=FastTEXT(analyzer=analyzer, stored=True),
        location=FastTEXT(analyzer=analyzer),
        headings=FastTEXT(analyzer=analyzer),
        # No positions in the body: they double the postings to write, and ranking uses term
        # coverage instead of body phrases (titles and headings keep positions for phrases).
        body=FastTEXT(analyzer=analyzer, phrase=False),
        excerpt=STORED,
        cancer_types=KEYWORD(stored=True, commas=True, lowercase=True),
        tags=KEYWORD(stored=True, commas=True, lowercase=True),
        audience=ID(stored=True),
        language=ID(stored=True),
        professional=BOOLEAN(stored=True),
    )


def toc_generation(folder: Path) -> int:
    """The generation number of the index's latest table of contents (-1 when there is none)."""
    return int(whoosh_index.TOC._latest_generation(FileStorage(str(folder), readonly=True), "MAIN"))


def fingerprint(path: Path) -> tuple[int, int]:
    """(size, mtime in ns) of a file; (-1, -1) when it cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def file_id(path: Path) -> str:
    """The manifest's name for an article file: its absolute path."""
    return os.path.abspath(path)


@dataclass
class ArticleFacts:
    """What indexing learned about one article beyond the document: words and brand names."""

    words: set[str]
    lower_words: set[str]
    brands: list[tuple[str, str, int]]
    #: (other name, main name, count) stated in the article ("A, also called B"), words space-separated.
    aliases: list[tuple[str, str, int]] = field(default_factory=list)
    #: (term, meaning in plain words, count): "[jaundice](...) (yellowing of the skin ...)".
    explains: list[tuple[str, str, int]] = field(default_factory=list)
    #: Stems of the article's "signs and symptoms" sections in order, space-separated ("" when none).
    symptoms: str = ""
    #: (place, count): where a cancer type's page says the cancer forms ("adrenal gland").
    places: list[tuple[str, int]] = field(default_factory=list)
    #: The article's meaning vector (title and opening), int8 in base64; "" when none (not English,
    #: or the word-vector table could not be read).
    meaning: str = ""
    #: The language whose dictionary the words belong to: "en", or the article's language code.
    language: str = "en"


def document(article: Article) -> tuple[dict[str, Any], ArticleFacts]:
    """The Whoosh document for an article, and its facts for the dictionary and brand table."""
    body = article.body
    text = plain_text(body)
    joined = join_bare_headings(body)  # once: the headings and the symptom sections both read it
    heads = headings(joined, joined=True)
    short = excerpt(text)
    words, lower = dictionary_words(" ".join([article.display_title, *heads, short]))
    doc = {
        "key": article.key,
        "url": article.site_path or article.url,
        "title": article.display_title,
        "location": location_words(article),
        "headings": "\n".join(heads),
        "body": text,
        "excerpt": short,
        "cancer_types": ",".join(article.cancer_types),
        "tags": ",".join(article.tags),
        "audience": article.audience_level,
        "language": article.language,
        "professional": is_professional(article),
    }
    if analyser_for(article.language) == "en" and not article_answers(article.site_path, "").news:
        # The article's own heading may name it better than its front matter: its words are searched
        # as title words, the title shown stays the front matter's (docs/SEARCH.md, "Title words").
        # (Not a news story's: its headline adds what the study found, "Improves Survival".)
        named = heading_title_words(body, article.display_title)
        if named:
            doc["title"], doc["_stored_title"] = f"{article.display_title}\n{named}", article.display_title
    pairs = mine_brand_pairs(text)
    if "/drugs/" in article.site_path:
        pairs.update(mine_brand_list(text, article.display_title))
    brands = [(b, g, n) for (b, g), n in pairs.items()]
    aliases = [
        (" ".join(o), " ".join(m), n)
        for (o, m), n in mine_also_called(text, [article.title, *heads[:3]]).items()
    ]
    explains = [(t, m, n) for (t, m), n in mine_explanations(body).items()]
    # An article in another language is indexed by its own language's analyser (languages.py).
    symptoms = symptom_stems(joined, joined=True)
    places = sorted(places_formed(text).items()) if article.site_path.startswith("/types/") else []
    facts = ArticleFacts(words, lower, brands, aliases, explains, symptoms, places)
    if analyser_for(article.language) == "en":  # the table is English (docs/SEARCH.md)
        facts.meaning = meaning_code(article.display_title, short)
    return adapt_document(article, doc, facts)


def meaning_code(title: str, opening: str) -> str:
    """An article's meaning vector as stored in the manifest ("" without a usable table)."""
    from reader.core.meaning.vectors import article_code, shipped_table  # numpy: only when indexing

    return article_code(shipped_table(), title, opening)


@dataclass
class Manifest:
    """What is in one index generation: format, file fingerprints, brand pairs, segment file sizes."""

    format: str = INDEX_FORMAT
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    toc_generation: int = -1
    segment_sizes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path) -> Manifest | None:
        """The manifest in folder, or None when it is missing or unreadable."""
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            return cls(
                format=str(data["format"]),
                files=dict(data["files"]),
                toc_generation=int(data.get("toc_generation", -1)),
                segment_sizes={str(k): int(v) for k, v in data.get("segment_sizes", {}).items()},
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.info("No usable manifest in %s: %s", folder, exc)
            return None

    def write(self, folder: Path) -> None:
        """Write the manifest atomically, recording the sizes of the index files as they are now."""
        storage = FileStorage(str(folder), readonly=True)
        toc = whoosh_index.TOC.read(storage, whoosh_index._DEF_INDEX_NAME)
        self.toc_generation = toc.generation
        # Only the live files: files of merged-away segments may linger while a reader holds them.
        names = [whoosh_index.TOC._filename(whoosh_index._DEF_INDEX_NAME, toc.generation)]
        for segment in toc.segments:
            names += segment.list_files(storage)
        self.segment_sizes = {name: (folder / name).stat().st_size for name in names}
        data = {
            "format": self.format,
            "toc_generation": self.toc_generation,
            "segment_sizes": self.segment_sizes,
            "files": self.files,
        }
        atomic_write_text(folder / MANIFEST, json.dumps(data, separators=(",", ":")))

    def explain_counts(self) -> Iterable[tuple[str, str, int]]:
        """Every (term, meaning, count) recorded for the indexed articles."""
        for entry in self.files.values():
            for term, meaning, count in entry.get("explains", ()):  # noqa: UP028 - unpacks and checks
                yield term, meaning, count

    def symptom_records(self) -> Iterable[tuple[str, str]]:
        """Every (article key, stems of its "signs and symptoms" sections) recorded."""
        for entry in self.files.values():
            stems = entry.get("symptoms")
            if isinstance(stems, str) and stems:
                yield str(entry.get("key", "")), stems

    def place_records(self) -> Iterable[tuple[str, str, int]]:
        """Every (article key, place where a cancer forms, count) recorded."""
        for entry in self.files.values():
            for place, count in entry.get("places", ()):  # noqa: UP028 - unpacks and checks
                yield str(entry.get("key", "")), place, count

    def alias_counts(self) -> Iterable[tuple[str, str, int]]:
        """Every (other name, main name, count) recorded for the indexed articles."""
        for entry in self.files.values():
            for other, main, count in entry.get("aliases", ()):  # noqa: UP028 - unpacks and checks
                yield other, main, count

    def meaning_codes(self) -> Iterable[tuple[str, str]]:
        """Every (article key, stored meaning vector) recorded."""
        for entry in self.files.values():
            code = entry.get("meaning")
            if isinstance(code, str) and code:
                yield str(entry.get("key", "")), code

    def brand_counts(self) -> Iterable[tuple[str, str, int]]:
        """Every (brand, generic, count) recorded for the indexed articles."""
        for entry in self.files.values():
            for brand, generic, count in entry.get("brands", ()):  # noqa: UP028 - unpacks and checks
                yield brand, generic, count


#: Each article's dictionary words, by file (read only when the index is updated).
FILE_WORDS = "words-by-file.json"
ENGLISH = "en"


@dataclass
class Dictionary:
    """Words seen in the library (document frequency) per language of the articles, and which of the
    English ones are written in lowercase. Each language's spelling suggestions come from its own
    words only: an English "diarea" is never "corrected" to the Spanish "diarrea" (walk 6, B2)."""

    df: dict[str, int] = field(default_factory=dict)  # words of the English articles
    lower: set[str] = field(default_factory=set)
    #: Words of the articles in other languages, by language code ("es": {"diarrea": 3}).
    others: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, facts: ArticleFacts) -> None:
        """Count one article's words."""
        self.add_words(facts.language, facts.words, facts.lower_words)

    def add_words(self, language: str, words: Iterable[str], lower: Iterable[str] = ()) -> None:
        """Count one article's words in its language (lower: English words written in lowercase)."""
        df = self.df if language == ENGLISH else self.others.setdefault(language, {})
        for word in words:
            df[word] = df.get(word, 0) + 1
        if language == ENGLISH:
            self.lower.update(lower)

    def words_of(self, language: str) -> dict[str, int]:
        """The document frequency of the words of one language's articles."""
        return self.df if language == ENGLISH else self.others.get(language, {})

    @classmethod
    def from_records(cls, records: FileWords) -> Dictionary:
        """The dictionary of every file's words (so a removed article's words leave with it)."""
        dictionary = cls()
        for language, words, lower in records.files.values():
            dictionary.add_words(language, words.split(), lower.split())
        return dictionary

    @classmethod
    def read(cls, folder: Path) -> Dictionary:
        """The dictionary in folder; empty when missing or unreadable."""
        try:
            data = json.loads((folder / WORDS).read_text(encoding="utf-8"))
            others = {
                str(code): {str(k): int(v) for k, v in df.items()} for code, df in data.get("others", {}).items()
            }
            return cls({str(k): int(v) for k, v in data["df"].items()}, set(data["lower"]), others)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.info("No usable word list in %s: %s", folder, exc)
            return cls()

    def write(self, folder: Path) -> None:
        """Write atomically."""
        data = {"df": self.df, "lower": sorted(self.lower), "others": {k: v for k, v in self.others.items() if v}}
        atomic_write_text(folder / WORDS, json.dumps(data, separators=(",", ":")))


@dataclass
class FileWords:
    """Each indexed file's dictionary words: file id -> (language, words, English words written in
    lowercase), words space-separated. An update takes a removed or changed file's words out."""

    files: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def add(self, fid: str, facts: ArticleFacts) -> None:
        """Record one file's words (replacing what was recorded for it)."""
        lower = " ".join(sorted(facts.lower_words)) if facts.language == ENGLISH else ""
        self.files[fid] = (facts.language, " ".join(sorted(facts.words)), lower)

    @classmethod
    def read(cls, folder: Path) -> FileWords | None:
        """The records in folder; None when missing or unreadable (an index made before them)."""
        try:
            data = json.loads((folder / FILE_WORDS).read_text(encoding="utf-8"))
            return cls({str(k): (str(v[0]), str(v[1]), str(v[2])) for k, v in data.items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            log.info("No usable word records in %s: %s", folder, exc)
            return None

    def write(self, folder: Path) -> None:
        """Write atomically."""
        atomic_write_text(folder / FILE_WORDS, json.dumps(self.files, separators=(",", ":")))


def write_words(folder: Path, records: FileWords) -> None:
    """Write the per-file word records and the dictionary counted from them."""
    records.write(folder)
    Dictionary.from_records(records).write(folder)


def manifest_entry(article: Article, print_: tuple[int, int], facts: ArticleFacts) -> dict[str, Any]:
    """One file's manifest record."""
    entry: dict[str, Any] = {"key": article.key, "size": print_[0], "mtime_ns": print_[1]}
    if facts.brands:
        entry["brands"] = [list(b) for b in facts.brands]
    if facts.aliases:
        entry["aliases"] = [list(a) for a in facts.aliases]
    if facts.explains:
        entry["explains"] = [list(e) for e in facts.explains]
    if facts.symptoms:
        entry["symptoms"] = facts.symptoms
    if facts.places:
        entry["places"] = [list(p) for p in facts.places]
    if facts.meaning:
        entry["meaning"] = facts.meaning
    return entry


def build_in_process(
    folder: Path,
    articles: Sequence[tuple[Article, tuple[int, int]]],
    progress: Progress | None = None,
    stage: Stage | None = None,
) -> None:
    """Create a complete index in an empty folder in this process, with its manifest and dictionary.

    Progress is told on PROGRESS_SCALE through the STAGES (see reader/core/search/__init__.py).
    """
    report = StagedProgress(progress, stage)
    folder.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(folder), make_schema())
    report.stage("getting ready", 1, 1)
    total = len(articles)
    writer = FastSegmentWriter(ix, limitmb=256)
    writer.terms_written = lambda done, terms: report.building(1.0, done / max(1, terms))
    manifest, records = Manifest(), FileWords()
    report.stage("reading the articles", 0, 1)
    try:
        for done, (article, print_) in enumerate(articles, 1):
            doc, facts = document(article)
            writer.add_document(**doc)
            records.add(file_id(article.path), facts)
            manifest.files[file_id(article.path)] = manifest_entry(article, print_, facts)
            if done % 10 == 0 or done == total:
                report.building(done / max(1, total), 0.0)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()
    report.stage("finishing", 0, 1)
    write_words(folder, records)
    manifest.write(folder)
    report.done()


def update_in_place(
    folder: Path,
    manifest: Manifest,
    articles: Sequence[tuple[Article, tuple[int, int]]],
    remove: Sequence[str],
    timeout: float = 2.0,
    progress: Progress | None = None,
) -> None:
    """Re-index some articles and drop others in an existing index, then rewrite its manifest and
    word lists (a removed or changed article's words leave the dictionary with it).
    BuildError when the index has no word records (made before them): it needs a full build."""
    records = FileWords.read(folder)
    if records is None:
        raise MissingWordRecordsError("its word records are missing or unreadable")
    ix = whoosh_index.open_dir(str(folder))
    total = len(articles) + 1
    try:
        writer = FastSegmentWriter(ix, timeout=timeout)
        try:
            for fid in remove:
                entry = manifest.files.pop(fid, None)
                records.files.pop(fid, None)
                if entry and entry.get("key"):
                    writer.delete_by_term("key", entry["key"])
            for done, (article, print_) in enumerate(articles, 1):
                doc, facts = document(article)
                writer.update_document(**doc)
                records.add(file_id(article.path), facts)
                manifest.files[file_id(article.path)] = manifest_entry(article, print_, facts)
                if progress is not None:
                    progress(done, total)
            writer.commit(mergetype=without_deletions)  # scores as a fresh build's (see without_deletions)
        except BaseException:
            writer.cancel()
            raise
    finally:
        ix.close()
    # Written after the commit: a crash in between leaves an older manifest, and the next update
    # simply re-indexes the same files again (update_document replaces by key).
    write_words(folder, records)
    manifest.write(folder)
    if progress is not None:
        progress(total, total)


class StagedProgress:
    """Tells progress on PROGRESS_SCALE and each stage's name once; never goes backwards."""

    def __init__(self, progress: Progress | None, stage: Stage | None) -> None:
        self.progress, self.stage_told = progress, stage
        self.at = -1
        self.current = ""

    def stage(self, name: str, done: int, total: int) -> None:
        """done of total of the named stage is finished."""
        self._tell(name, scaled(name, done, total))

    def building(self, read: float, written: float) -> None:
        """The share of articles read and of the index written (both from 0 to 1)."""
        reading = stage_end("reading the articles") - stage_start("reading the articles")
        writing = stage_end("writing the index") - stage_start("writing the index")
        value = stage_start("reading the articles") + round(reading * read + writing * written)
        name = "writing the index" if read >= 1.0 else "reading the articles"
        self._tell(name, value)

    def _tell(self, name: str, value: int) -> None:
        if name != self.current and [n for _, n in STAGES].index(name) > self._stage_number():
            self.current = name
            if self.stage_told is not None:
                self.stage_told(name)
        if value > self.at and self.progress is not None:
            self.at = value
            self.progress(value, PROGRESS_SCALE)

    def _stage_number(self) -> int:
        names = [n for _, n in STAGES]
        return names.index(self.current) if self.current in names else -1

    def done(self) -> None:
        """All finished."""
        if self.progress is not None:
            self.progress(PROGRESS_SCALE, PROGRESS_SCALE)
