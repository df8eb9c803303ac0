"""The search index as the rest of the app sees it: open, status, update from a library, search.

Layout under ``<cache_dir>/index/``: ``CURRENT`` names the live generation folder (``gen-*``); a full
build goes to ``build-*`` and becomes a generation only when complete, so a killed build never
touches the live index. ``update.lock`` lets one process at a time change anything.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh.analysis import STOP_WORDS
from whoosh.filedb.filestore import FileStorage
from whoosh.query.qcore import QueryError
from whoosh.reading import MultiReader
from whoosh.searching import Searcher

from reader.core.files.atomic import atomic_write_text
from reader.core.files.locations import resource
from reader.core.files.scratch import ScratchFolder, sweep
from reader.core.glossary.entries import Glossary
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.catalog import Library
from reader.core.search.build import (
    INDEX_FORMAT,
    BuildError,
    Dictionary,
    Manifest,
    MissingWordRecordsError,
    build_in_process,
    file_id,
    fingerprint,
    toc_generation,
    update_in_place,
)
from reader.core.search.intent import (
    NOT_CANCER_TYPES,
    CancerNames,
    IntentCues,
    article_answers,
    childhood_types,
)
from reader.core.search.languages import english_reading, language_spellers, multilingual, query_language
from reader.core.search.query import QUERY_STOP_WORDS, QueryPlan, Speller, plan_query
from reader.core.search.results import (
    WEIGHTS,
    FacetCache,
    RankWeights,
    Reranker,
    SearchFilters,
    SearchResults,
    run_search,
)
from reader.core.search.scoring import SearcherData
from reader.core.search.synonyms import (
    Explanations,
    SynonymTable,
    also_called_table,
    brand_table,
    definition_other_names,
    glossary_table,
    procedure_names,
    split_spellings,
    words,
)
from reader.core.search.workers import build_parallel
from reader.core.symptoms.matching import SymptomMap

log = logging.getLogger(__name__)

CURRENT = "CURRENT"
# Libraries at least this big are built in a separate process with parallel writers.
PARALLEL_MIN_ARTICLES = 300
# When more than this share of the library changed, a full (parallel) build is faster.
REBUILD_SHARE = 0.3
# A temporary index (the index folder cannot be written) lives in a folder of this name in the system's
# temporary folder; it is removed when the index is closed or the process ends (reader.core.files.scratch).
TEMPORARY_PREFIX = "cancer-reader-index-"
_swept = False  # the first update in a process removes temporary indexes a dead process left behind

Progress = Callable[[int, int], None]
Stage = Callable[[str], None]


@dataclass(frozen=True)
class IndexStatus:
    """Whether search works now, and what to tell the person about it."""

    state: str  # missing | ready | read_only | outdated | damaged
    message: str
    documents: int = 0

    @property
    def searchable(self) -> bool:
        """True when searching gives real answers (perhaps from an older index)."""
        return self.state in ("ready", "read_only")


@dataclass
class UpdateReport:
    """What an update did."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    rebuilt: bool = False
    skipped: bool = False
    seconds: float = 0.0
    message: str = ""
    # Peak memory of the largest build worker process, in MB (0 when the build ran in this process).
    worker_peak_mb: float = 0.0

    @property
    def touched(self) -> int:
        """How many articles were (re)indexed or removed."""
        return self.added + self.changed + self.removed


class OutdatedIndexError(Exception):
    """An index made by another version of the reader (another schema or text extraction)."""


@dataclass
class IndexPart:
    """One opened index generation: the Whoosh index, its manifest and word list, read-only or not."""

    ix: Any
    manifest: Manifest
    dictionary: Dictionary
    readonly: bool
    # A reader to search with instead of a fresh one from ix (one with documents hidden in memory).
    reader: Any = None


def open_part(generation: Path, readonly: bool | None = None) -> IndexPart:
    """Open one index generation after checking its files; OutdatedIndexError when made by another
    version, BuildError (or Whoosh's errors) when damaged. readonly None: when the folder is."""
    manifest = Manifest.read(generation)
    if manifest is None:
        raise BuildError("its list of indexed files is missing or unreadable")
    if manifest.format != INDEX_FORMAT:
        raise OutdatedIndexError(manifest.format)
    if toc_generation(generation) == manifest.toc_generation:
        for name, size in manifest.segment_sizes.items():
            try:
                actual = (generation / name).stat().st_size
            except OSError:
                raise BuildError(f"index file {name} is missing") from None
            if actual != size:
                raise BuildError(f"index file {name} is truncated or changed ({actual} of {size} bytes)")
    if readonly is None:
        readonly = not os.access(generation, os.W_OK) or not os.access(generation.parent, os.W_OK)
    ix = FileStorage(str(generation), readonly=readonly).open_index()
    return IndexPart(ix, manifest, Dictionary.read(generation), readonly)


def ready_status(documents: int, readonly: bool) -> IndexStatus:
    """The status of an opened index: ready, or read-only (searchable, not updated)."""
    if readonly:
        return IndexStatus(
            "read_only",
            translate(
                "Search",
                "The search index cannot be updated because its folder is read-only; "
                "results come from the index as it is and may miss recent changes.",
            ),
            documents,
        )
    return IndexStatus("ready", translate("Search", "Search is ready (%Ln article(s)).", None, documents), documents)


def merged(parts: Sequence[IndexPart]) -> tuple[Manifest, Dictionary]:
    """One manifest (every part's file records) and one word list (counts added up) for several parts."""
    if len(parts) == 1:
        return parts[0].manifest, parts[0].dictionary
    manifest, dictionary = Manifest(), Dictionary()
    for part in parts:
        manifest.files.update(part.manifest.files)
        for language, df in [("en", part.dictionary.df), *part.dictionary.others.items()]:
            mine = dictionary.words_of(language) if language == "en" else dictionary.others.setdefault(language, {})
            for word, count in df.items():
                mine[word] = mine.get(word, 0) + count
        dictionary.lower |= part.dictionary.lower
    return manifest, dictionary


def default_synonyms(data_dir: Path | None = None) -> SynonymTable:
    """The lay-word table shipped in resources/search/synonyms.txt, plus glossary aliases (the bundled
    glossary and, with data_dir, the person's imported one); the synonyms file wins where both map a word."""
    entries = list(Glossary.load(data_dir).entries())
    # The glossary's aliases, the other names its definitions give ("They are also called blood thinners"),
    # and a procedure's name with its last word said the other ways ("Whipple operation").
    pairs = (
        (entry.term, [*entry.aliases, *definition_other_names(entry.definition), *procedure_names(entry.term)])
        for entry in entries
    )
    # A one-word term typed as two words ("cholangio carcinoma"), split where its second part is a word.
    names = [name for entry in entries for name in (entry.term, *entry.aliases)]
    splits = split_spellings(names, {word for name in names for word in name.lower().split()})
    return SynonymTable.load(resource("search", "synonyms.txt")).merged(glossary_table(pairs)).merged(splits)


class SearchIndex:
    """A Whoosh index in a cache folder. Methods are safe to call from any one thread at a time
    per method kind: searches are serialised by a lock, and update() may run beside them."""

    def __init__(
        self, cache_dir: Path, synonyms: SynonymTable | None = None, lock_timeout: float = 2.0
    ) -> None:
        self.root = Path(cache_dir) / "index"
        self.synonyms = synonyms if synonyms is not None else default_synonyms()
        self.lock_timeout = lock_timeout
        self._lock = threading.RLock()
        self._update_lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._facets: FacetCache | None = None
        self._data: SearcherData | None = None
        self._speller: Speller | None = None  # the English articles' words
        self._spellers: dict[str, Speller] = {}  # by language
        self._brands = SynonymTable()
        self.cues = IntentCues.load(resource("search", "intents.txt"))
        # The re-ranking's constants (the shipped ones; tests/bench/ranking_tune.py tries others).
        self.weights: RankWeights = WEIGHTS
        self._names = CancerNames()
        self._languages: tuple[str, ...] = ()
        self._explanations = Explanations()
        self._symptoms = SymptomMap()
        # Each English document's meaning vector by document number (numpy arrays; empty without them).
        self._meanings: dict[int, Any] = {}
        self._manifest: Manifest | None = None
        self._generation: Path | None = None
        self._current_stamp: tuple[int, int] | None = None
        self._status = IndexStatus(
            "missing", translate("Search", "Search is being prepared: the index has not been built yet.")
        )
        self._scratch: ScratchFolder | None = None
        self._stage: Stage | None = None

    @classmethod
    def open(
        cls, cache_dir: Path, synonyms: SynonymTable | None = None, lock_timeout: float = 2.0
    ) -> SearchIndex:
        """Open whatever index the cache folder holds (building nothing); see status()."""
        index = cls(cache_dir, synonyms, lock_timeout)
        with index._lock:
            index._open_current()
        return index

    # Status ------------------------------------------------------------------

    def status(self) -> IndexStatus:
        """The index's state in plain words."""
        with self._lock:
            return self._status

    def writable(self) -> bool:
        """True when the index folder can be created and written to."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / f".probe-{uuid.uuid4().hex}"
            probe.write_bytes(b"")
            probe.unlink()
            return True
        except OSError:
            return False

    @property
    def temporary(self) -> bool:
        """True when the index is a temporary one (its folder cannot be written), removed at close()."""
        return self._scratch is not None

    def close(self) -> None:
        """Release open files; a temporary index is deleted."""
        with self._lock:
            self._drop_searcher()
            if self._scratch is not None:
                self._scratch.remove()
                self._scratch = None

    # Opening -------------------------------------------------------------------

    def _read_current(self) -> tuple[Path | None, tuple[int, int] | None]:
        pointer = self.root / CURRENT
        try:
            st = pointer.stat()
            name = pointer.read_text(encoding="utf-8").strip()
        except OSError:
            return None, None
        if not name or "/" in name or "\\" in name or name.startswith("."):
            return None, (st.st_mtime_ns, st.st_size)
        return self.root / name, (st.st_mtime_ns, st.st_size)

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            try:
                self._searcher.close()
            except Exception:  # closing a damaged index must not stop anything
                log.debug("closing searcher failed", exc_info=True)
        self._searcher = None
        self._facets = None
        self._data = None
        self._meanings = {}

    def _open_current(self) -> None:
        """(Re)open the live generation and set the status; never raises."""
        self._drop_searcher()
        generation, stamp = self._read_current()
        self._current_stamp = stamp
        self._generation = generation
        self._manifest = None
        if generation is None:
            self._status = IndexStatus(
                "missing", translate("Search", "Search is being prepared: the index has not been built yet.")
            )
            return
        try:
            self._open_generation(generation)
        except Exception as exc:
            log.warning("Search index at %s cannot be used: %s", generation, exc)
            self._drop_searcher()
            self._status = IndexStatus(
                "damaged",
                translate(
                    "Search",
                    "The search index is damaged and has to be rebuilt; search is not available until then.",
                ),
            )

    def _open_generation(self, generation: Path) -> None:
        try:
            part = open_part(generation)
        except OutdatedIndexError:
            self._status = IndexStatus(
                "outdated",
                translate(
                    "Search",
                    "The search index was made by another version of the reader and has to be rebuilt.",
                ),
            )
            return
        self._manifest = part.manifest
        documents = self._compose([part])
        self._status = ready_status(documents, part.readonly)

    def _compose(self, parts: Sequence[IndexPart]) -> int:
        """Search these opened parts as one index (one Whoosh searcher over all their segments, so
        every score uses the statistics of all of them); returns how many documents they hold."""
        if len(parts) == 1 and parts[0].reader is None:
            searcher = parts[0].ix.searcher()
        else:
            readers = [part.reader if part.reader is not None else part.ix.reader() for part in parts]
            leaves = [leaf for reader in readers for leaf, _offset in reader.leaf_readers()]
            searcher = Searcher(leaves[0] if len(leaves) == 1 else MultiReader(leaves))
        manifest, dictionary = merged(parts)
        documents = searcher.doc_count()
        self._facets = FacetCache(searcher)
        self._data = SearcherData(searcher)
        self._searcher = searcher
        # Brand names first, then the other names the articles state ("also called"): see docs/SEARCH.md.
        self._brands = brand_table(manifest.brand_counts(), known_words=dictionary.lower).merged(
            also_called_table(manifest.alias_counts())
        )
        # Each language's suggestions come from its own articles' words (docs/LANGUAGES.md); the lay-word
        # tables and the brand names mined from the (English) articles only in English.
        self._spellers = language_spellers(
            self._data, dictionary.df, dictionary.others, self.synonyms.spellings | self._brands.spellings
        )
        self._speller = self._spellers["en"]
        self._explanations = Explanations.from_counts(
            manifest.explain_counts(), stop=lambda w: w in QUERY_STOP_WORDS or w in STOP_WORDS
        )
        everything = list(self._data.all_fields())
        by_key = {f.get("key", ""): f for f in everything}
        self._data.childhood_types = childhood_types(
            (url, self._data.searcher.stored_fields(d).get("excerpt", ""))
            for url, docs in ((f.get("url", ""), self._facets.by_key.get(f.get("key", ""), ())) for f in everything)
            if url.count("/") == 2 and url.startswith("/types/")
            for d in docs
        )
        self._names = CancerNames.from_articles(
            ((f.get("url", ""), f.get("title", "")) for f in everything),
            ((by_key.get(key, {}).get("url", ""), place, count) for key, place, count in manifest.place_records()),
        )
        self._languages = tuple(sorted({language_name(f.get("language") or "en") for f in everything}))
        self._symptoms = symptom_map(manifest, by_key, searcher, self._data.childhood_types)
        self._data.set_section_docs("symptoms", frozenset(
            d for key, _stems in manifest.symptom_records() for d in self._facets.by_key.get(key, ())
        ))  # fmt: skip
        self._meanings = meaning_vectors(manifest, self._facets.by_key)
        return documents

    def _refresh_if_changed(self) -> None:
        """Reopen when another process (or update()) swapped or changed the index."""
        _, stamp = self._read_current()
        if stamp != self._current_stamp or (self._searcher is None and self._status.searchable):
            self._open_current()  # swapped, or closed (close() only lets go of the files)
        elif self._searcher is not None and not self._searcher.up_to_date():
            self._open_current()

    # Searching --------------------------------------------------------------

    def search(self, text: str, limit: int = 20, filters: SearchFilters | None = None) -> SearchResults:
        """Ranked results for any text; never raises, the message says when search is unavailable."""
        with self._lock:
            try:
                self._refresh_if_changed()
            except Exception:  # the status says what is wrong
                log.exception("Refreshing the search index failed")
            searcher, data = self._searcher, self._data
            if searcher is None or self._facets is None or data is None:
                return SearchResults(text, message=self._status.message)
            try:

                def plan_for(text: str) -> QueryPlan:
                    return plan_query(
                        text, self.synonyms, self._brands, self._speller, idf=lambda s: searcher.idf("body", s),
                        cues=self.cues, names=self._names, explanations=self._explanations,
                        symptoms=self._symptoms,
                    )  # fmt: skip

                # Spanish small words in a query read as Spanish are not searched as English words.
                plan = plan_for(english_reading(text, self._speller.known if self._speller else _nothing))
                plan.text = text
                reranker = meaning_reranker(text, self._meanings, self.weights.meaning_mix)
                results = run_search(
                    data, plan, self._facets, limit, filters or SearchFilters(), reranker, self.weights
                )
                results = multilingual(
                    results, plan, data, self._facets, limit, filters or SearchFilters(), self._spellers.get("es"),
                    english=plan_for, reranker=reranker,
                )  # fmt: skip
            except (QueryError, RecursionError):
                log.exception("Search could not handle %r", text[:100])
                return SearchResults(
                    text,
                    message=translate("Search", "This search could not be carried out; try other words."),
                )
            except Exception as exc:
                log.exception("Search failed for %r", text[:100])
                self._drop_searcher()
                self._status = IndexStatus(
                    "damaged",
                    translate(
                        "Search",
                        "The search index is damaged ({problem}) and has to be rebuilt; search is not available until then.",
                    ).format(problem=type(exc).__name__),
                )
                return SearchResults(text, message=self._status.message)
            if self._status.state == "read_only":
                results.message = self._status.message
            if not results.total:
                results.languages = self._languages
                results.unknown_words = plan.suggestion is None and _all_unknown(text, self._spellers.values())
            return results

    def brand_names(self) -> list[str]:
        """The one-word brand names the index has mined from the articles, sorted (for benchmarks)."""
        return sorted(key[0] for key in self._brands.entries if len(key) == 1)

    # Updating ----------------------------------------------------------------

    def update(
        self,
        library: Library,
        progress: Progress | None = None,
        rebuild: bool = False,
        parallel: bool | None = None,
        stage: Stage | None = None,
    ) -> UpdateReport:
        """Bring the index in line with the library: re-index only what changed, or rebuild.

        progress is told (done, total); stage, when given, what the update is doing ("reading the
        articles", "writing the index", ...) as each step starts. An update that fails (an index it
        cannot change) is done again as a full build; only a failing rebuild raises.
        """
        started = time.perf_counter()
        told = _Told(progress, stage)
        told_progress = told if progress is not None else None
        self._stage = told.stage if stage is not None else None
        global _swept
        if not _swept:
            _swept = True
            sweep(TEMPORARY_PREFIX)
        with self._update_lock:
            try:
                report = self._update(library, told_progress, rebuild, parallel)
            except Exception as exc:
                if told.raised is exc or rebuild:  # the caller's own (a cancelled update), or rebuilt already
                    raise
                # An index that cannot be updated (damaged files, a bug) would fail the same way at every
                # start and never learn of new or removed articles: a fresh build replaces it. The one in
                # use answers until the new one is ready; nothing outside the index folder is touched.
                log.warning("The search index could not be updated (%s: %s); building it again",
                            type(exc).__name__, exc)
                log.info("Where the update failed", exc_info=True)  # the traceback, with --verbose
                report = self._update(library, told_progress, True, parallel)
        report.seconds = time.perf_counter() - started
        return report

    def _update(
        self, library: Library, progress: Progress | None, rebuild: bool, parallel: bool | None
    ) -> UpdateReport:
        if not self.writable():
            with self._lock:
                self._open_current()
                if self._status.searchable:
                    return UpdateReport(skipped=True, message=self._status.message)
                unusable = str(self.root)
                self._scratch = ScratchFolder(TEMPORARY_PREFIX)
                self.root = self._scratch.path
            notice = translate(
                "Search",
                "The search index folder {folder} cannot be written, so search uses a temporary index "
                "that is rebuilt each time the reader starts.",
            ).format(folder=unusable)
            report = self._update(library, progress, True, parallel)
            report.message = " ".join(filter(None, [notice, report.message]))
            return report
        lock = FileStorage(str(self.root)).lock("update.lock")
        if not _acquire(lock, self.lock_timeout):
            with self._lock:
                self._open_current()
            return UpdateReport(
                skipped=True,
                message=translate(
                    "Search",
                    "Another copy of the reader is updating the search index; the existing index is used meanwhile.",
                ),
            )
        try:
            notes = self._clean_leftovers()
            with self._lock:
                self._open_current()
                state, manifest, generation = self._status.state, self._manifest, self._generation
            current = {file_id(a.path): (a, fingerprint(a.path)) for a in library}
            if rebuild or state not in ("ready",) or manifest is None or generation is None:
                report = self._full_build(current, progress, parallel)
            else:
                report = self._incremental(current, manifest, generation, progress, parallel)
            report.message = " ".join(filter(None, [notes, report.message]))
            return report
        finally:
            lock.release()
            with self._lock:
                self._open_current()

    def _incremental(self, current: dict, manifest: Manifest, generation: Path, progress: Progress | None,
                     parallel: bool | None) -> UpdateReport:  # fmt: skip
        removed = [fid for fid in manifest.files if fid not in current]
        added = [fid for fid in current if fid not in manifest.files]
        changed = [
            fid
            for fid, (article, print_) in current.items()
            if fid in manifest.files
            and (
                manifest.files[fid].get("key") != article.key
                or (manifest.files[fid].get("size"), manifest.files[fid].get("mtime_ns")) != print_
            )
        ]
        if not (removed or added or changed):
            return UpdateReport(message=translate("Search", "The search index is up to date."))
        if len(added) + len(changed) > max(200, REBUILD_SHARE * len(current)):
            return self._full_build(current, progress, parallel)
        # The open searcher keeps answering from the old state while the writer works: on POSIX the
        # files it reads stay readable when the writer replaces them; on Windows Whoosh leaves files that
        # are still open in place (they are deleted by a later commit). search() reopens after the commit.
        if self._stage is not None:
            self._stage("updating the index")
        try:
            update_in_place(
                generation,
                manifest,
                [current[fid] for fid in added + changed],
                removed + changed,
                self.lock_timeout,
                progress,
            )
        except MissingWordRecordsError as exc:  # its dictionary could not lose a removed article's words
            log.info("Rebuilding the search index: %s", exc)
            return self._full_build(current, progress, parallel)
        return UpdateReport(added=len(added), changed=len(changed), removed=len(removed))

    def _full_build(self, current: dict, progress: Progress | None, parallel: bool | None) -> UpdateReport:
        articles = list(current.values())
        if parallel is None:
            parallel = len(articles) >= PARALLEL_MIN_ARTICLES
        building = self.root / f"build-{uuid.uuid4().hex[:12]}"
        peak_kib = 0
        try:
            if parallel:
                peak_kib = build_parallel(
                    building, articles, procs=max(2, min(4, os.cpu_count() or 2)), progress=progress,
                    stage=self._stage,
                )  # fmt: skip
            else:
                build_in_process(building, articles, progress=progress, stage=self._stage)
            generation = self.root / f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
            os.replace(building, generation)
            atomic_write_text(self.root / CURRENT, generation.name + "\n")
        except (BuildError, OSError) as exc:
            shutil.rmtree(building, ignore_errors=True)
            log.error("Building the search index failed: %s", exc)
            return UpdateReport(
                rebuilt=False,
                message=translate("Search", "The search index could not be built: {problem}").format(
                    problem=exc
                ),
            )
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        self._remove_old_generations(keep=generation.name)
        return UpdateReport(added=len(articles), rebuilt=True, worker_peak_mb=peak_kib / 1024)

    def _clean_leftovers(self) -> str:
        """Remove unfinished builds (we hold the update lock, so nobody is building); say so if any."""
        leftovers = [p for p in self.root.glob("build-*") if p.is_dir()]
        for path in leftovers:
            shutil.rmtree(path, ignore_errors=True)
        if leftovers:
            return translate("Search", "An earlier index build did not finish; its files were removed.")
        return ""

    def _remove_old_generations(self, keep: str) -> None:
        """Delete generations but the live one and the one before (another process may still read it)."""
        generations = sorted(
            (p for p in self.root.glob("gen-*") if p.is_dir() and p.name != keep),
            key=lambda p: p.stat().st_mtime,
        )
        for path in generations[:-1]:
            shutil.rmtree(path, ignore_errors=True)


# Names of the languages articles may be written in, by their code in the front matter.
LANGUAGE_NAMES = {  # translate("Languages", name) gives the name in the reader's language
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),
    "vi": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "ko": QT_TRANSLATE_NOOP("Languages", "Korean"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "hi": QT_TRANSLATE_NOOP("Languages", "Hindi"),
    "tl": QT_TRANSLATE_NOOP("Languages", "Tagalog"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "ht": QT_TRANSLATE_NOOP("Languages", "Haitian Creole"),
}


def symptom_topic(url: str, title: str) -> str:
    """What a page's "signs and symptoms" section is about: its cancer type (``/types/<type>/``), or,
    for a page about no one cancer type, the page itself (its address)."""
    answers = article_answers(url, title)
    if answers.cancer_type and not answers.news and answers.cancer_type not in NOT_CANCER_TYPES:
        return answers.cancer_type
    return url


def symptom_map(manifest: Manifest, by_key: Mapping[str, dict[str, Any]], searcher: Searcher,
                children: frozenset[str] = frozenset()) -> SymptomMap:  # fmt: skip
    """The topics whose "signs and symptoms" sections describe which words (see reader/core/symptoms);
    by_key: each indexed article's stored fields by its key; children: the cancer types of children
    (their sections are a child's symptoms)."""
    records = []
    for key, stems in manifest.symptom_records():
        fields = by_key.get(key)
        if fields is not None:
            url, title = fields.get("url", ""), fields.get("title", "")
            answers = article_answers(url, title)
            child = answers.childhood or answers.cancer_type in children
            records.append((symptom_topic(url, title), stems, child, url))
    documents = max(1, searcher.doc_count())
    return SymptomMap.from_sections(
        records,
        is_cancer=lambda topic: not topic.startswith("/"),
        library_share=lambda stem: searcher.doc_frequency("body", stem) / documents,
    )


def meaning_vectors(manifest: Manifest, by_key: Mapping[str, frozenset[int]]) -> dict[int, Any]:
    """Each document's stored meaning vector by document number; empty when the index has none (an
    index made without the word-vector table) or the table cannot be read (then queries have none)."""
    codes = list(manifest.meaning_codes())
    if not codes:
        return {}
    from reader.core.meaning.vectors import decode, shipped_table  # numpy: only with vectors to use

    table = shipped_table()
    if table is None:
        return {}
    vectors: dict[int, Any] = {}
    for key, code in codes:
        vector = decode(code, table.dims)
        if vector is not None:
            for docnum in by_key.get(key, ()):
                vectors[docnum] = vector
    return vectors


def meaning_reranker(text: str, documents: Mapping[int, Any], weight: float | None = None) -> Reranker | None:
    """The re-rank by meaning for an English question, when the index has article vectors (weight: its
    share in the mix, RankWeights.meaning_mix; the meaning module's own default when None)."""
    if not documents or query_language(text, "en") != "en":
        return None
    from reader.core.meaning.vectors import MeaningRerank, shipped_table

    table = shipped_table()
    query = table.vector(text) if table is not None else None
    if query is None:
        return None
    return MeaningRerank(query, documents) if weight is None else MeaningRerank(query, documents, weight)


def language_name(code: str) -> str:
    """A language's name for its code ("en" -> "English"); the code itself when unknown."""
    return LANGUAGE_NAMES.get(code.strip().lower().split("-")[0], code.strip())


def _nothing(word: str) -> bool:
    """No word is known."""
    return False


def _all_unknown(text: str, spellers: Iterable[Speller]) -> bool:
    """True when no word typed (small words aside) is one the library uses, in any of its languages."""
    typed = [w for w in words(text) if len(w) > 2 and w not in QUERY_STOP_WORDS]
    spellers = list(spellers)
    return bool(spellers) and bool(typed) and not any(s.in_library(w) for s in spellers for w in typed)


def _acquire(lock: object, timeout: float) -> bool:
    """Take a Whoosh file lock, waiting up to timeout seconds; False when it stays taken."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if lock.acquire(blocking=False):  # type: ignore[attr-defined]
                return True
        except OSError:
            return False
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


class _Told:
    """Passes progress and stages on, and remembers what the caller's callbacks raised (a cancelled
    update), so that is told apart from the index's own failures."""

    def __init__(self, progress: Progress | None, stage: Stage | None) -> None:
        self.progress, self.told_stage = progress, stage
        self.raised: BaseException | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.progress is not None:
            self._call(self.progress, done, total)

    def stage(self, name: str) -> None:
        """Tell the caller the update's stage."""
        if self.told_stage is not None:
            self._call(self.told_stage, name)

    def _call(self, callback: Callable[..., None], *args: Any) -> None:
        try:
            callback(*args)
        except BaseException as exc:
            self.raised = exc
            raise
