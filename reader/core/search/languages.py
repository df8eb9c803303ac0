"""Search in more than one language: each article indexed by its language's analyser, queries read in
the language they are written in, and the reader's language first.

The index's text fields stem every word with the English Porter stemmer (reader/core/search/fields.py).
A Spanish article is indexed as its *Spanish terms* instead: words lowercased, accents and ñ folded
("quimioterápia" and "quimioterapia" alike), Spanish stop words dropped and the Snowball Spanish stem
taken (Whoosh's own, offline). A Spanish query is turned into the same terms before it is planned, so
both sides agree whatever the fields do on top. An article whose language has no analyser here (not
English or Spanish) gets the plain analyser: folded words, no stemming or stop words of its own.

English-only libraries are untouched: nothing here runs unless the index holds another language.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.lang.porter import stem as porter_stem

from reader.core.files.locations import resource
from reader.core.languages.codes import normalize
from reader.core.languages.names import cancer_type_names
from reader.core.languages.translate import current_language
from reader.core.library.article import Article
from reader.core.library.placement import cancer_type_name
from reader.core.search.intent import FAMILY_WORDS
from reader.core.search.query import QUERY_STOP_WORDS, QueryPlan, Speller, plan_query, snippet
from reader.core.search.results import (
    FacetCache,
    Reranker,
    SearchFilters,
    SearchHit,
    SearchResults,
    run_search,
)
from reader.core.search.scoring import SearcherData
from reader.core.search.synonyms import SynonymTable, lay_forms, words
from reader.core.search.text import ExcerptWords, dictionary_words

log = logging.getLogger(__name__)

#: Part of the index format: a change to the analysers rebuilds the index.
ANALYSERS_VERSION = "lang2"  # lang2: Spanish compounds ("cuello uterino") are one term
#: Languages with an analyser of their own; any other language is indexed with the plain analyser.
ANALYSED = frozenset({"en", "es"})
PLAIN = "plain"
#: How many candidates are ranked before the reader's language is put first.
MIN_CANDIDATES = 60

_WORD = re.compile(r"[^\W_]+")
_SPANISH_LETTERS = frozenset("ñáéíóúü¿¡")


def fold(text: str) -> str:
    """Lowercase text without accents: "Quimioterápia, niño" -> "quimioterapia, nino"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def analyser_for(language: str) -> str:
    """The analyser an article's `language` gets: "en" (also when unset), "es", or "plain"."""
    code = normalize(language) if language else "en"
    return code if code in ANALYSED else PLAIN


# Spanish ---------------------------------------------------------------------------------------------

_spanish_stem = stemmer_for_language("es")
SPANISH_STOP_WORDS = frozenset(fold(w) for w in stopwords_for_language("es"))
#: The everyday verbs a Spanish question is built with ("¿qué puedo hacer…?", "quiero saber", "¿debo ir…?"),
#: folded, in their common forms: never searched or marked (as query.LIGHT_VERBS in English; Snowball's
#: Spanish list has "tener" and "estar" but not these). Only typed questions drop them: the index keeps them.
SPANISH_LIGHT_VERBS = frozenset(
    """puedo puede puedes pueden podemos podria podrian poder hago hace haces hacen hacemos hacer hacerse
    hecho haciendo se sabe saben sabes saber quiero quiere quieren queremos querer quisiera debo debe
    deben debes deberia debemos deber necesito necesita necesitan necesitamos necesitar voy va vas van
    vamos ir pasa pasar""".split()
)


#: Spanish names of one thing written in several words, whose first word alone means something else:
#: "cuello uterino" (the cervix) is no "cuello" (the neck), "senos paranasales" no "senos" (breasts).
#: Each is indexed and searched as one term (folded words -> the term's word), so "bulto en el cuello"
#: no longer finds the page on Pap tests (walk C9-12) and "cuello" means the neck.
SPANISH_COMPOUNDS: dict[tuple[str, ...], str] = {
    ("cuello", "uterino"): "cuellouterino",
    ("cuello", "del", "utero"): "cuellouterino",
    ("cuello", "de", "utero"): "cuellouterino",
    ("cuello", "de", "la", "matriz"): "cuellouterino",
    ("cuello", "de", "matriz"): "cuellouterino",
    ("seno", "paranasal"): "senoparanasal",
    ("senos", "paranasales"): "senoparanasal",
}
_COMPOUND_STARTS = frozenset(key[0] for key in SPANISH_COMPOUNDS)
_LONGEST_COMPOUND = max(len(key) for key in SPANISH_COMPOUNDS)


def spanish_compounds(found: list[str]) -> list[tuple[int, int, str]]:
    """The compounds among folded words: (first word, one past the last, the word they stand for)."""
    places = []
    if not _COMPOUND_STARTS.isdisjoint(found):
        i = 0
        while i < len(found):
            size = next((n for n in range(_LONGEST_COMPOUND, 1, -1)
                         if tuple(found[i : i + n]) in SPANISH_COMPOUNDS), 0)  # fmt: skip
            if size:
                places.append((i, i + size, SPANISH_COMPOUNDS[tuple(found[i : i + size])]))
            i += size or 1
    return places


def joined_compounds(found: list[str]) -> list[str]:
    """Folded words with each compound written as its one word ("cuello", "uterino" -> "cuellouterino")."""
    places = spanish_compounds(found)
    if not places:
        return found
    joined, last = [], 0
    for start, end, word in places:
        joined += [*found[last:start], word]
        last = end
    return joined + found[last:]


@lru_cache(maxsize=100_000)
def spanish_term(word: str) -> str:
    """The index term of a folded Spanish word, "" for a stop word or a one-letter word."""
    if len(word) < 2 or word in SPANISH_STOP_WORDS:
        return ""
    return _spanish_stem(word)


def index_terms(text: str, analyser: str) -> list[str]:
    """The words of text as a non-English analyser indexes them, in order (stop words left out)."""
    found = _WORD.findall(fold(text))
    if analyser == "es":
        return [t for t in (spanish_term(w) for w in joined_compounds(found)) if t]
    return [w for w in found if len(w) > 1]  # plain


def index_text(text: str, analyser: str) -> str:
    """index_terms as one string, lines kept (headings are one per line)."""
    return "\n".join(" ".join(index_terms(line, analyser)) for line in text.split("\n"))


# Documents -------------------------------------------------------------------------------------------


def adapt_document(article: Article, doc: dict[str, Any], facts: Any) -> tuple[dict[str, Any], Any]:
    """The document (and dictionary facts) for an article in its own language; English ones unchanged.

    The searched fields hold the language's terms; the stored title and excerpt stay as written.
    """
    analyser = analyser_for(article.language)
    if analyser == "en":
        return doc, facts
    doc["language"] = facts.language = normalize(article.language) or article.language.strip().lower()
    doc.setdefault("_stored_title", doc["title"])
    path = urlsplit(article.url).path if "://" in article.url else article.url
    doc["location"] = " ".join(p for p in re.split(r"[/_.-]+", path) if p)
    for name in ("title", "location", "headings", "body"):
        doc[name] = index_text(doc[name], analyser)
    # Spelling suggestions come from folded words ("nauseas"), never from pieces of accented ones.
    folded = fold(" ".join([article.display_title, doc["_stored_title"], str(doc.get("excerpt", ""))]))
    facts.words, facts.lower_words = dictionary_words(folded)
    facts.symptoms = ""  # mined with English words; a question in English cannot use them
    return doc, facts


# Queries ---------------------------------------------------------------------------------------------

_ENGLISH_ONLY = frozenset(QUERY_STOP_WORDS) - SPANISH_STOP_WORDS
_SPANISH_ONLY = SPANISH_STOP_WORDS - frozenset(QUERY_STOP_WORDS)


@lru_cache(maxsize=4)
def spanish_synonyms(path: str = "") -> SynonymTable:
    """Everyday Spanish words mapped to the articles' words (resources/search/synonyms_es.txt), as terms."""
    source = resource("search", "synonyms_es.txt") if not path else resource(path)
    table = SynonymTable()
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("No Spanish search synonyms: %s cannot be read (%s)", source, exc.strerror or exc)
        return table
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        left, _, right = line.partition("=")
        lay = [tuple(index_terms(p, "es")) for p in left.split(",")]
        targets = [tuple(index_terms(p, "es")) for p in (right or left).split(",")]
        targets = [t for t in targets if t]
        if not targets or not any(lay):
            log.warning("Spanish synonyms line %d ignored: %r", number, raw)
            continue
        for phrase in lay:
            if phrase:
                table.add(phrase, targets)
    return table


@dataclasses.dataclass(frozen=True)
class IndexLanguages:
    """Which documents of one searcher are in which language (documents not listed are English)."""

    docs: dict[str, frozenset[int]]
    keys: dict[str, str]  # key -> language, for documents not in English

    @property
    def multilingual(self) -> bool:
        """True when some document is not English."""
        return bool(self.keys)

    def language_of(self, key: str) -> str:
        """A result's language."""
        return self.keys.get(key, "en")


_LANGUAGES: weakref.WeakKeyDictionary[Any, IndexLanguages] = weakref.WeakKeyDictionary()


def index_languages(data: SearcherData) -> IndexLanguages:
    """The languages of a searcher's documents (read once per searcher)."""
    searcher = data.searcher
    found = _LANGUAGES.get(searcher)
    if found is None:
        docs: dict[str, frozenset[int]] = {}
        keys: dict[str, str] = {}
        for raw in searcher.lexicon("language"):
            code = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            if analyser_for(code) == "en":  # "", "en", "en-US": all English
                code = "en"
            docs[code] = docs.get(code, frozenset()) | frozenset(searcher.postings("language", raw).all_ids())
            if code != "en":
                for docnum in docs[code]:
                    keys[data.fields(docnum)["key"]] = code
        found = _LANGUAGES[searcher] = IndexLanguages(docs, keys)
    return found


# Spelling ----------------------------------------------------------------------------------------


def _min_df(documents: int) -> int:
    """In a small library a word seen once is still a real word; in a big one, once may be a typo."""
    return 2 if documents >= 200 else 1


def _search_term(language: str) -> Callable[[str], str]:
    """How a typed (lowercase) word of this language's articles is found in the body field."""
    analyser = analyser_for(language)
    if analyser == "en":
        return porter_stem
    if analyser == "es":
        return lambda word: porter_stem(term) if (term := spanish_term(fold(word))) else ""
    return lambda word: porter_stem(fold(word)) if len(word) > 1 else ""


def live_frequency(
    data: SearcherData, term_of: Callable[[str], str], include: frozenset[int] | None = None,
    exclude: frozenset[int] = frozenset(),
) -> Callable[[str], int]:  # fmt: skip
    """How many live documents (include's, or all but exclude's) use a word anywhere in their text.

    Whoosh's doc_frequency also counts deleted documents (until a merge drops them): after the
    Spanish articles had been removed, their words still counted as words of the library."""
    searcher = data.searcher
    reader = searcher.reader()
    plain = include is None and not exclude and not reader.has_deletions()
    cache: dict[str, int] = {}

    def frequency(word: str) -> int:
        found = cache.get(word)
        if found is None:
            term = term_of(word)
            if not term or ("body", term) not in reader:
                found = 0
            elif plain:
                found = int(searcher.doc_frequency("body", term))
            else:
                ids = searcher.postings("body", term).all_ids()
                found = sum(d in include for d in ids) if include is not None else sum(d not in exclude for d in ids)
            if len(cache) > 4096:
                cache.clear()
            cache[word] = found
        return found

    return frequency


def language_spellers(
    data: SearcherData, english: Mapping[str, int], others: Mapping[str, Mapping[str, int]],
    lay_words: Iterable[str] = (),
) -> dict[str, Speller]:  # fmt: skip
    """One speller for each language the live articles are written in ("en" always), each with its
    own articles' words only: their dictionary words and, for "is this word real", their text.
    lay_words (the English lay-word tables) only in English."""
    languages = index_languages(data)
    other_docs = frozenset().union(*(docs for code, docs in languages.docs.items() if code != "en"))
    spellers = {
        "en": Speller(
            english, _min_df(data.searcher.doc_count() - len(other_docs)),
            frequency=live_frequency(data, porter_stem, exclude=other_docs), lay_words=lay_words,
        )
    }  # fmt: skip
    for code, df in others.items():
        docs = languages.docs.get(code, frozenset())
        if docs and df:  # only languages with live articles
            spellers[code] = Speller(df, _min_df(len(docs)), frequency=live_frequency(data, _search_term(code), docs))
    return spellers


def query_language(
    text: str, reader_language: str, evidence: Callable[[str, str], bool] | None = None
) -> str:
    """The language a query is written in: Spanish letters or Spanish small words say Spanish, English
    small words say English; otherwise the language whose articles know more of its words; otherwise
    the reader's language."""
    lowered = text.lower()
    if any(ch in _SPANISH_LETTERS for ch in lowered):
        return "es"
    typed = words(fold(lowered))
    spanish = sum(w in _SPANISH_ONLY for w in typed)
    english = sum(w in _ENGLISH_ONLY for w in typed)
    if spanish != english:
        return "es" if spanish > english else "en"
    if evidence is not None:
        spanish = sum(evidence(w, "es") for w in typed)
        english = sum(evidence(w, "en") for w in typed)
        if spanish != english:
            return "es" if spanish > english else "en"
    return "es" if reader_language == "es" else "en"


def english_reading(text: str, known: Callable[[str], bool]) -> str:
    """text as its English reading searches it: when its own words say it is Spanish ("cancer de
    mama"), without the Spanish small words that are no English word of the library (known: the
    English speller's) nor a family word ("son"). Stemmed as English, "de" found "DES" (diethylstilbestrol) and put pages on it
    second to sixth (walk 6, C8). Any other text is returned unchanged."""
    if query_language(text, "en") != "es":
        return text

    def keep(match: re.Match[str]) -> str:
        word = fold(match.group(0))
        drop = word in _SPANISH_ONLY and word not in FAMILY_WORDS and not known(word)  # "son" is English too
        return "" if drop else match.group(0)

    return " ".join(_WORD.sub(keep, text).split())


def spanish_plan(text: str, idf: Callable[[str], float], known: Callable[[str], bool],
                 speller: Speller | None) -> QueryPlan:  # fmt: skip
    """The plan for a Spanish query: its words as Spanish terms, Spanish everyday words, and a spelling
    suggestion (folded, from the library's words) for a word no article has and no everyday word explains."""
    synonyms = spanish_synonyms()
    typed = [w for w in joined_compounds(_without_family_words(words(fold(text)), text))
             if spanish_term(w) and w not in SPANISH_LIGHT_VERBS]  # fmt: skip
    terms = [spanish_term(w) for w in typed]
    forms = lay_forms(terms)
    explained: set[int] = set()
    i = 0
    while i < len(forms):
        size, _ = synonyms.match(forms, i)
        explained.update(range(i, i + size))
        i += size or 1
    corrected: dict[str, str] = {}
    for i, word in enumerate(typed):
        if i in explained or known(terms[i]) or speller is None:
            continue
        better = speller.correct(word)
        if better and spanish_term(better) and known(spanish_term(better)):
            corrected[word] = better
            terms[i] = spanish_term(better)
    plan = plan_query(" ".join(terms), synonyms, SynonymTable(), None, idf)
    plan.text = text
    if corrected:
        plan.suggestion = " ".join(corrected.get(w, w) for w in words(fold(text)))
    return plan


#: Mother and father: "mamá" folds to "mama" (the breast), so "mi mamá tiene diarrea" found pages on
#: breast cancer first. Who has the symptom sets the scene; it is not searched (as in English, "my mum").
_FAMILY = frozenset({"mama", "papa", "mami", "papi"})
_POSSESSIVES = frozenset({"mi", "mis", "tu", "tus", "su", "sus", "nuestra", "nuestro"})


def _without_family_words(typed: list[str], text: str) -> list[str]:
    """typed (folded words) without "mamá"/"papá" typed with the accent, or after "mi", "su"..."""
    accented = {fold(w) for w in words(text.lower()) if w in ("mamá", "papá")}
    return [
        w for i, w in enumerate(typed)
        if not (w in _FAMILY and (w in accented or (i and typed[i - 1] in _POSSESSIVES)))
    ]  # fmt: skip


def spanish_excerpt(text: str) -> ExcerptWords:
    """An excerpt's words with the stems a Spanish plan highlights (for snippets)."""
    matches = list(_WORD.finditer(text))
    found = [fold(m.group(0)) for m in matches]
    terms = [spanish_term(w) for w in found]
    for start, end, word in spanish_compounds(found):  # its words are marked where the compound is searched
        terms[start:end] = [spanish_term(word) if t else "" for t in terms[start:end]]
    stems = tuple(porter_stem(t) if t else "" for t in terms)
    return ExcerptWords(text, stems, tuple(m.span() for m in matches))


def multilingual(
    results: SearchResults,
    plan: QueryPlan,
    data: SearcherData,
    facets: FacetCache,
    limit: int,
    filters: SearchFilters,
    speller: Speller | None = None,
    reader_language: str | None = None,
    english: Callable[[str], QueryPlan] | None = None,
    reranker: Reranker | None = None,
) -> SearchResults:
    """Results for a library in more than one language: the query read in its own language (a
    Spanish query searches the Spanish terms), and the query's language (or the reader's) first.
    english plans an English query: a Spanish search naming a cancer type no Spanish result is about
    ("cáncer de pulmón") then shows the library's English articles about it first.

    reranker (the meaning re-rank) re-orders the results of a question read as English; speller
    suggests the Spanish articles' words for a Spanish reading.

    Returns results unchanged when every article is English.
    """
    languages = index_languages(data)
    if not languages.multilingual or plan.query is None and not plan.text.strip():
        return results
    reader = reader_language if reader_language is not None else current_language()
    searcher = data.searcher

    def idf(stem: str) -> float:
        return float(searcher.idf("body", stem))

    spanish_docs = languages.docs.get("es", frozenset())

    def known(term: str) -> bool:  # a word of the Spanish articles (not a look-alike English term)
        return not spanish_docs.isdisjoint(data.term_scores("body", porter_stem(term)))

    def evidence(word: str, language: str) -> bool:
        if language == "es":
            term = spanish_term(word)
            docs = data.term_scores("body", porter_stem(term)).keys() if term else set()
            return bool(languages.docs.get("es", frozenset()).intersection(docs))
        docs = data.term_scores("body", porter_stem(word)).keys()
        return any(doc not in languages.docs.get("es", ()) for doc in docs)

    language = query_language(plan.text, reader, evidence)
    wide = max(MIN_CANDIDATES, 3 * limit)
    # A Spanish reading's terms are Spanish stems: in an English article they match only by chance
    # ("pelo" is "pel", an English page's "PEL"; walk 6, C13). An English article stays in when the
    # English reading (results) finds it too, as typed ("pembrolizumab", "chemo"; not "seno" read as "send").
    readable = frozenset(languages.keys)  # every article not in English
    if results.suggestion is None:
        readable |= frozenset(key for key in results.matched_keys if languages.language_of(key) == "en")

    def search_spanish(spanish: QueryPlan) -> SearchResults:
        keys = readable if filters.keys is None else filters.keys & readable
        found = run_search(data, spanish, facets, wide, dataclasses.replace(filters, keys=keys))
        found.matched_keys &= readable
        return found

    found: SearchResults | None = None
    spanish: QueryPlan | None = None
    if language == "es":
        spanish = spanish_plan(plan.text, idf, known, speller)
        found = search_spanish(spanish)
        if not found.total:  # no Spanish word matched: the English reading may ("chemo", drug names)
            found, spanish = None, None
    if found is None:
        found = run_search(data, plan, facets, wide, filters, reranker if language == "en" else None)
        if not found.total and language != "es":  # Spanish words in an English-looking query
            spanish = spanish_plan(plan.text, idf, known, speller)
            retry = search_spanish(spanish)
            if retry.total:
                found, language = retry, "es"
            else:
                spanish = None
    # Stable: within each language the ranking stands.
    found.hits = sorted(found.hits, key=lambda hit: languages.language_of(hit.key) != language)[:limit]
    if language == "es" and english is not None:
        _english_about_named_types(found, plan.text, data, facets, filters, english, languages, limit)
    if spanish is not None:
        mark_spanish_snippets(found, spanish.highlight_stems, data, languages)
    found.message = results.message
    return found


#: Words of a cancer type's name that name no part of the body on their own ("Tumores de células
#: germinales en niños", "Cáncer de origen desconocido"): they never name a type alone.
_GENERIC_NAME_WORDS = frozenset(
    """cancer canceres tumor tumores celulas celula otros otras otro otra ninos nino adultos jovenes
    adolescentes enfermedad sindromes sindrome neoplasias neoplasia carcinoma glandula incluido incluidos
    fuera origen desconocido linea media sistema""".split()
)
#: The words after which a body part's name names a cancer ("cáncer de pulmón", "tumor del ojo").
_CANCER_WORDS = frozenset({"cancer", "canceres", "tumor", "tumores", "carcinoma", "sarcoma"})


@lru_cache(maxsize=8)
def _name_words(language: str) -> tuple[dict[str, str], frozenset[str]]:
    """(word -> the one cancer type whose name in this language has it, the one-word names of diseases),
    folded. Words of two types' names ("cuello": "Cabeza y cuello", "Cuello uterino") and generic words
    are left out; a disease's name ends in -oma or -emia ("Leucemia", "Linfoma"), a body part's does not."""
    owners: dict[str, set[str]] = {}
    diseases: set[str] = set()
    for key, name in cancer_type_names(language).items():
        parts = words(fold(name))
        if len(parts) == 1 and parts[0].endswith(("oma", "emia")):
            diseases.add(parts[0])
        for word in parts:
            if len(word) > 2 and word not in _GENERIC_NAME_WORDS:
                owners.setdefault(word, set()).add(key)
    return {word: keys.pop() for word, keys in owners.items() if len(keys) == 1}, frozenset(diseases)


def cancer_types_named(text: str, language: str) -> frozenset[str]:
    """The cancer types a search in this language names by their names in it ("cáncer de pulmón" ->
    lung, "leucemia en niños" -> leukemia); empty for English (the search reads English names itself).

    A name's word counts after "cáncer de", "tumor del"...: "dolor de cabeza" (a headache) is not "cáncer
    de cabeza y cuello". A disease's one-word name counts alone; a body part's does not ("mi mamá" is not
    "mama")."""
    if analyser_for(language) == "en":
        return frozenset()
    owner, diseases = _name_words(normalize(language))
    typed = words(fold(text))
    return frozenset(
        owner[word]
        for i, word in enumerate(typed)
        if word in owner and (word in diseases or _CANCER_WORDS.intersection(typed[max(0, i - 3) : i]))
    )


#: At most this many English articles about the cancer named come before Spanish results on other things.
MAX_ENGLISH_FIRST = 5


def _english_about_named_types(found: SearchResults, text: str, data: SearcherData, facets: FacetCache,
                               filters: SearchFilters, english: Callable[[str], QueryPlan],
                               languages: IndexLanguages, limit: int) -> None:  # fmt: skip
    """A Spanish search that names a cancer type ("cáncer de pulmón", "leucemia en niños") when no
    Spanish result is about it: the library's English articles about that type come first, ranked as an
    English search for its name ranks them, then the Spanish results. Before, a caregiver reading in
    Spanish got Spanish pages on other things ("Cómo proteger su piel del sol" first for "leucemia en
    niños") and no sign of the English ones (independent walk, session 4)."""
    named = cancer_types_named(text, "es")
    if filters.cancer_types:
        named &= filters.cancer_types
    if not named or any(
        languages.language_of(hit.key) == "es" and named.intersection(hit.cancer_types) for hit in found.hits
    ):
        return
    query = " ".join(f"{cancer_type_name(key)} cancer" for key in sorted(named))
    about = run_search(data, english(query), facets, limit, dataclasses.replace(filters, cancer_types=named))
    first: list[SearchHit] = [
        hit for hit in about.hits if languages.language_of(hit.key) != "es" and named.intersection(hit.cancer_types)
    ][:MAX_ENGLISH_FIRST]
    shown = {hit.key for hit in found.hits}
    keys = {hit.key for hit in first}
    found.total += sum(hit.key not in shown for hit in first)
    found.hits = (first + [hit for hit in found.hits if hit.key not in keys])[:limit]


def mark_spanish_snippets(results: SearchResults, highlight: frozenset[str], data: SearcherData,
                          languages: IndexLanguages) -> None:  # fmt: skip
    """Re-make Spanish results' snippets so their matching words are marked (by Spanish terms)."""
    for i, hit in enumerate(results.hits):
        if languages.language_of(hit.key) != "es":
            continue
        docnum = data.searcher.document_number(key=hit.key)
        if docnum is None:
            continue
        excerpt = data.searcher.stored_fields(docnum).get("excerpt", "")
        results.hits[i] = dataclasses.replace(hit, snippet=snippet(spanish_excerpt(excerpt), highlight))
