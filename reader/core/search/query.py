"""From what a person typed to a Whoosh query: words, lay synonyms, brand names, spelling, snippets."""

from __future__ import annotations

import difflib
import html
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from whoosh.analysis import STOP_WORDS
from whoosh.lang import stopwords_for_language
from whoosh.query import And, DisjunctionMax, Or, Phrase, Query, Term

from reader.core.search.intent import (
    CANCER_WORDS,
    CHILD_PERSON_WORDS,
    FAMILY_WORDS,
    CancerNames,
    IntentCues,
    Question,
    about_child,
    age_places,
    maybe_child,
    read_question,
)
from reader.core.search.synonyms import (
    MAX_PHRASE_WORDS,
    Explanations,
    SynonymTable,
    american_spelling,
    lay_form,
    lay_forms,
    words,
)
from reader.core.search.text import ExcerptWords, excerpt_words, stem
from reader.core.symptoms.matching import SymptomMap

#: Longer input is cut: nobody types more, and it bounds the work a query can cause.
MAX_QUERY_CHARS = 400
MAX_QUERY_WORDS = 24
#: Searched fields and their weights (title matters most: titles name the topic).
FIELD_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("title", 3.0),
    ("location", 1.5),
    ("headings", 1.5),
    ("body", 1.0),
)
SYNONYM_WEIGHT = 1.0
IDIOM_WORDS_WEIGHT = 0.5
BIGRAM_WEIGHT = 2.0
#: Share of the other alternatives' score that counts beside the best one's.
ALTERNATIVES_TIEBREAK = 0.2
#: Fields indexed without positions: a phrase there is searched as all of its words.
UNPOSITIONED_FIELDS = frozenset({"body"})
CORRECTION_WEIGHT = 0.9
#: A corrected word tells the kind of question only when it is this many edits from the word typed.
KIND_CORRECTION_EDITS = 1
#: The words a kind of question looks for ("prognosis" for "how long do people live"), in place of
#: its question wording: they count for less than what was typed.
INTENT_WORDS_WEIGHT = 0.6
INTENT_CONCEPT = 1.0
#: At most this many terms a question describes in plain words ("jaundice" for "skin and eyes turning
#: yellow") are searched as well.
MAX_EXPLAINED_TERMS = 2
#: A family word ("mom", "grandad") counts this much (a rare word's weight is up to 10).
FAMILY_CONCEPT = 0.5
#: Words for a teenager, and what they also find: the library's pages for adolescents and young adults
#: call them "adolescents", "AYAs" and "teens".
TEEN_WORDS = frozenset("teen teens teenager teenagers teenage adolescent adolescents".split())
TEEN_ALTERNATIVES: list[tuple[tuple[str, ...], float]] = [(("adolescents",), 1.0), (("teen",), 1.0)]
#: What a word for a child ("toddler", "baby") also finds: the words the library's pages for children
#: use ("Childhood Brain Tumors", "most often occurs in young children").
CHILD_ALTERNATIVES: list[tuple[tuple[str, ...], float]] = [(("child",), 1.0), (("children",), 1.0), (("childhood",), 1.0)]
#: How many words from "cancer" (or "tumor") a name like "breast" or "pancreatic" may stand and still
#: name the cancer ("cancer of the oesophagus", "pancreatic neuroendocrine tumor").
NAME_REACH = 3

#: Words that carry no topic in a patient's question (on top of Whoosh's own stop words).
QUERY_STOP_WORDS = frozenset(
    """a about after all also am an and any are as at be been before being but by can can't cant could
    did do does doing don't for from get gets getting got had has have having he her his how i i'm if
    in into is it it's its just me might more most much my need no not of on or our should she so some
    still such than that the their them then there these they this those to too very was we were what
    when where which while who why will with would you your
    dont doesnt didnt isnt arent wasnt werent havent hasnt hadnt wont wouldnt shouldnt couldnt im ive
    youre youve theyre shes hes whats thats theres hows whos lets ok okay please tell
    always really lots few quite constantly lately even ever usually sometimes often seem seems
    during since while because happen happens happened happening able""".split()
)
#: (The last two lines above: how often or how much, said around a symptom, "always bloated", "really
#: tired", "after a few bites"; when or why, "during chemo", "because"; and question wording, "what
#: happens at", "will I be able to": they say nothing about what it is. Phrases with them, "during
#: chemo", still tell the kind of question.)
#: The everyday verbs a question is built with ("what makes", "can I get", "does it go", "how long does it
#: take"), in every form: they tell nothing about the topic. Verbs that can name one ("feel", "help",
#: "stop", "eat") are not here.
LIGHT_VERBS = frozenset(
    """make makes made making take takes took taken taking get gets got gotten getting go goes went gone
    going come comes came coming keep keeps kept keeping let lets letting put puts putting give gives gave
    given giving want wants wanted wanting know knows knew known knowing think thinks thought thinking
    say says said saying try tries tried trying look looks looked looking seem seemed seeming""".split()
)
#: Words never searched or marked on their own (walk 6, C7: "makes" in "chemo makes me tired" and "out"
#: in "my hair is falling out" found pages on nothing else typed, and were marked in them): the standard
#: Snowball English stop-word list (as Whoosh ships it), QUERY_STOP_WORDS and LIGHT_VERBS. Lay phrases
#: with them ("falling out", "throwing up", "come back", "feeling down") are matched before single words
#: are dropped, so they still count. QUERY_STOP_WORDS alone still decides which small words a phrase
#: may be typed across and which words tell English from Spanish.
FILLER_WORDS = QUERY_STOP_WORDS | frozenset(stopwords_for_language("en")) | LIGHT_VERBS
#: Their stems: never marked in a snippet, even as part of a lay phrase ("out" of "falling out" was
#: marked in "carry out" in the snippet of "Fatigue and Cancer").
FILLER_STEMS = frozenset(stem(w) for w in FILLER_WORDS)
#: Words that ask for the health-professional versions.
PROFESSIONAL_WORDS = frozenset(
    {"professional", "professionals", "clinician", "clinicians", "hp", "physician"}
)

_TITLE_BOILERPLATE = re.compile(r"(?:patient|health professional) version|\(pdq\W*\)", re.IGNORECASE)
SNIPPET_WORDS = 32


@dataclass
class Concept:
    """One idea in the query: what was typed, and every way of finding it, with weights."""

    typed: tuple[str, ...]
    alternatives: list[tuple[tuple[str, ...], float]]
    weight: float = 1.0
    #: True when weight is set (a question's kind), not taken from how rare the words are.
    fixed: bool = False
    #: True when the idea is what kind of question it is ("symptoms", "survival rate"): an article
    #: that answers that kind has it, whatever its words.
    cue: bool = False


@dataclass
class QueryPlan:
    """The Whoosh query for a text, plus what ranking and snippets need to know about it."""

    text: str
    concepts: list[Concept] = field(default_factory=list)
    suggestion: str | None = None
    wants_professional: bool = False
    query: Query | None = None
    #: Per concept: a query for it in any field, and one for it in the title only.
    concept_queries: list[Query] = field(default_factory=list)
    title_queries: list[Query] = field(default_factory=list)
    highlight_stems: frozenset[str] = frozenset()
    #: What to mark in an opened article: each alternative as the index sees it (stems, stop words
    #: left out); a phrase is marked only where its words stand together.
    mark_phrases: frozenset[tuple[str, ...]] = frozenset()
    #: Every typed word and alternative, unstemmed (for matching cancer types).
    phrases: frozenset[str] = frozenset()
    #: The kind of question (see intent.KINDS), the cancer types it names, whether it is about a child.
    kind: str | None = None
    types: frozenset[str] = frozenset()
    childhood: bool = False
    #: True when the question names someone who may be a child ("my son"): childhood pages count as
    #: any other.
    maybe_childhood: bool = False
    #: True when the question is about a teenager ("my teenage son"): pages for adolescents and young
    #: adults count more.
    teen: bool = False
    #: When the question describes symptoms and names no cancer: the topics (cancer types, or pages
    #: about no one cancer) whose "signs and symptoms" sections describe them, each with its score
    #: relative to the best (see reader/core/symptoms).
    symptom_topics: dict[str, float] = field(default_factory=dict)
    #: ... and each article (by its address) whose own "signs and symptoms" section describes them, with
    #: its section's score relative to the best.
    symptom_articles: dict[str, float] = field(default_factory=dict)

    def coverage(
        self,
        docnum: int,
        anywhere: Sequence[AbstractSet[int]],
        in_title: Sequence[AbstractSet[int]],
        answers: bool = False,
    ) -> tuple[float, float]:
        """Weighted share of concepts a document matches anywhere, and in its title; a document that
        answers the kind of question asked has the concepts that ask for that kind."""
        total = sum(c.weight for c in self.concepts) or 1.0
        share = sum(c.weight for c, docs in zip(self.concepts, anywhere, strict=True)
                    if docnum in docs or (answers and c.cue))  # fmt: skip
        title_share = sum(c.weight for c, docs in zip(self.concepts, in_title, strict=True)
                          if docnum in docs or (answers and c.cue))  # fmt: skip
        return share / total, title_share / total


#: Words of at least this many letters may be three edits from the word meant: long medical names get
#: misspelled in several places at once ("mesothelemia" for "mesothelioma"), and few long words lie so close.
LONG_WORD = 11


class Speller:
    """Suggests real words from the library's dictionary for words it does not know."""

    #: A word the articles use is corrected only to a word used this many times as often: "prostrate"
    #: (in a few articles) is most likely "prostate"; "hoarse" and "morning" are words of their own.
    REAL_WORD_RATIO = 20

    def __init__(
        self, df: Mapping[str, int], min_df: int = 2, frequency: Callable[[str], int] | None = None,
        lay_words: Iterable[str] = (),
    ) -> None:  # fmt: skip
        self.df = {w: n for w, n in df.items() if n >= min_df}
        self.min_df = min_df
        #: How many articles use a word anywhere in their text (the dictionary only holds the words of
        #: titles, headings and openings).
        self.frequency = frequency
        #: Words of the lay-word tables (synonyms, glossary) the dictionary lacks ("waterworks",
        #: "scared", "urostomy"): offered as corrections (counting as the rarest dictionary words), never
        #: corrected themselves; they are not "known" (British spellings are still made American).
        self.lay_words = {w: min_df for w in lay_words if w not in self.df}
        self._corrected: dict[str, str | None] = {}
        # Buckets by first letter: people rarely get the first letter wrong, and it keeps lookups small.
        self._buckets: dict[str, list[str]] = {}
        for word in sorted([*self.df, *self.lay_words]):
            self._buckets.setdefault(word[0], []).append(word)

    def known(self, word: str) -> bool:
        """True when the word is in the dictionary."""
        return word in self.df

    def in_library(self, word: str) -> bool:
        """True when the word is in the dictionary or anywhere in the articles' text."""
        return word in self.df or (self.frequency is not None and self.frequency(word) >= self.min_df)

    def correct(self, word: str) -> str | None:
        """The likeliest dictionary word for an unknown word, or None (kept: a person types on)."""
        if word not in self._corrected:
            if len(self._corrected) > 4096:
                self._corrected.clear()
            self._corrected[word] = self._correct(word)
        return self._corrected[word]

    def _correct(self, word: str) -> str | None:
        if len(word) < 4 or not word.isalpha() or not word.isascii() or word in self.df or not self.df:
            return None
        if word in self.lay_words:
            return None
        used = self.frequency(word) if self.frequency is not None else 0
        maxdist = 1 if len(word) < 6 else 2 if len(word) < LONG_WORD else 3
        bucket = [w for w in self._buckets.get(word[0], ()) if abs(len(w) - len(word)) <= maxdist]
        close = difflib.get_close_matches(word, bucket, n=12, cutoff=0.7)
        # Never a small word: "cancer in dogs" was searched as "does" (independent walk).
        scored = [(edit_distance(word, c), -self.df.get(c, self.min_df), c) for c in close
                  if c not in QUERY_STOP_WORDS]  # fmt: skip
        if used >= self.min_df:  # a real word: only a far more common one is likelier what was meant
            scored = [s for s in scored if -s[1] >= self.REAL_WORD_RATIO * used]
        best = min((s for s in scored if s[0] <= maxdist), default=None)
        return best[2] if best else None


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one) between two short words."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _typed_words_of_phrases(concepts: Sequence[Concept]) -> frozenset[tuple[str, ...]]:
    """The content words of a lay phrase the person typed, each to be marked alone: "lump in my neck" is
    searched as a phrase and its meanings (swollen lymph nodes), but an article says "a lump in the neck",
    and its "lump" is what the person asked about. Marks only: what is searched does not change."""
    return frozenset(
        (word,) for c in concepts if len(c.typed) > 1 and not c.fixed
        for word in _analyzed([w for w in c.typed if w not in QUERY_STOP_WORDS and w not in LIGHT_VERBS])
        if word not in FILLER_STEMS
    )  # fmt: skip


def _analyzed(phrase: Sequence[str]) -> list[str]:
    """Stems of a phrase's words as the index holds them (stop words and 1-letter words dropped)."""
    return [stem(w) for w in phrase if len(w) > 1 and w not in STOP_WORDS]


def plan_query(
    text: str,
    synonyms: SynonymTable,
    brands: SynonymTable,
    speller: Speller | None = None,
    idf: Callable[[str], float] | None = None,
    cues: IntentCues | None = None,
    names: CancerNames | None = None,
    explanations: Explanations | None = None,
    symptoms: SymptomMap | None = None,
) -> QueryPlan:
    """Turn any text into a QueryPlan; never raises, whatever the text."""
    text = text[:MAX_QUERY_CHARS]
    typed = words(_spell_out_initials(text, names) if names is not None else text)[:MAX_QUERY_WORDS]
    plan = QueryPlan(text, wants_professional=any(w in PROFESSIONAL_WORDS for w in typed))
    if speller is not None:  # British spellings the library does not use: search the American ones
        typed = [w if speller.known(w) else american_spelling(w, speller.known) or w for w in typed]
    # A misspelled cue is still a cue ("survivel rate", "colonoscopey"): the kind of question is read
    # from the words as the spelling suggestion would have them (family words are never corrected).
    spelled = typed
    if speller is not None:
        spelled = [w if w in QUERY_STOP_WORDS or lay_form(w) in FAMILY_WORDS else speller.correct(w) or w
                   for w in typed]  # fmt: skip
    # Only a slip of one letter tells the kind, though: a word the library lacks may be a real one that a
    # wider correction turns into a cue ("soaking night sweats" is no "staging" question).
    near = [c if c == w or edit_distance(w, c) <= KIND_CORRECTION_EDITS else w for w, c in zip(typed, spelled, strict=True)]
    question = read_question(near, cues) if cues is not None else Question()
    plan.kind = question.kind
    asked = question.asked
    forms = list(lay_forms(typed))
    # A word the speller corrects is read as corrected where words are read together: a lay phrase
    # ("chmo brain" is "chemo brain"), the cancer named ("blood caner"), who it is about ("cildren").
    spelled_forms = list(lay_forms(spelled))
    plain = [_plain_word(synonyms, f) for f in forms]
    corrections: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    ages = age_places(typed)
    i = 0
    while i < len(typed):
        if i in asked:
            i += 1
            continue
        size, targets = synonyms.match(forms, i)
        fixed = False
        if size < 2 and spelled_forms[i : i + MAX_PHRASE_WORDS] != forms[i : i + MAX_PHRASE_WORDS]:
            size2, targets2 = synonyms.match(spelled_forms, i)
            if size2 >= 2:
                size, targets, fixed = size2, targets2, True
        if size < 2:  # a lay phrase typed in other lay words ("runny poo" is "runny stool")
            size2, targets2 = synonyms.match(plain, i)
            if size2 >= 2 and plain[i : i + size2] != forms[i : i + size2]:
                size, targets = size2, targets2
        if not size:
            size, targets = brands.match(forms, i)
        if size < 2 and typed[i] not in QUERY_STOP_WORDS:  # a phrase beats its first word ("poo is black")
            size2, targets2 = _match_skipping_small_words(synonyms, forms, typed, i)
            if size2:
                size, targets = size2, targets2
        if size == 1 and forms[i] in CHILD_PERSON_WORDS | TEEN_WORDS:
            # who the question is about, also when the tables know the word ("toddler" = children):
            # read below as who, with the table's words as further alternatives
            size, person = 0, [(t, SYNONYM_WEIGHT) for t in targets]
        else:
            person = []
        if size and not asked.intersection(range(i, i + size)):
            phrase = tuple((spelled if fixed else typed)[i : i + size])
            if fixed:
                corrections.update((t, c) for t, c in zip(typed[i : i + size], phrase, strict=True) if t != c)
            # A matched lay phrase is an idiom ("have children"): its words alone mean less than its target.
            # (Unless the phrase is the articles' own words as well: "genetic testing", "dry mouth".)
            typed_weight = 1.0 if size == 1 or lay_forms(phrase) in synonyms.own else IDIOM_WORDS_WEIGHT
            if fixed:
                typed_weight *= CORRECTION_WEIGHT
            alternatives = [(phrase, typed_weight)] + [(t, SYNONYM_WEIGHT) for t in targets]
            plan.concepts.append(Concept(phrase, alternatives))
            spans.append((i, i + size))
            i += size
            continue
        word = typed[i]
        i += 1
        if word in FILLER_WORDS or len(word) < 2:
            continue
        if forms[i - 1] in FAMILY_WORDS:  # "my grandad has ...": who it is about, not what
            plan.concepts.append(Concept((word,), [((word,), 1.0), (("family",), 1.0)], FAMILY_CONCEPT, True))
            spans.append((i - 1, i))
            continue
        if i - 1 in ages:  # "my 4 year old": how old someone is, not what is asked
            continue
        if forms[i - 1] in TEEN_WORDS:  # "my teenage son": the library says "adolescents" (and "teens")
            plan.concepts.append(Concept((word,), [((word,), 1.0)] + person + TEEN_ALTERNATIVES))
            spans.append((i - 1, i))
            continue
        if forms[i - 1] in CHILD_PERSON_WORDS:  # "my toddler has ...": who it is about; the library's
            # pages for children are named "Childhood ..." (and childhood pages count more, results.py)
            plan.concepts.append(Concept((word,), [((word,), 1.0)] + person + CHILD_ALTERNATIVES, FAMILY_CONCEPT, True))
            spans.append((i - 1, i))
            continue
        alternatives = [((word,), 1.0)]
        correction = speller.correct(word) if speller is not None else None
        if correction:
            corrections[word] = correction
            alternatives.append(((correction,), CORRECTION_WEIGHT))
            size, targets = synonyms.match([lay_form(correction)], 0)
            if not size:  # a misspelled brand name ("neulsta")
                size, targets = brands.match([lay_form(correction)], 0)
            alternatives += [(t, SYNONYM_WEIGHT * CORRECTION_WEIGHT) for t in targets]
        plan.concepts.append(Concept((word,), alternatives))
        spans.append((i - 1, i))
    if corrections:
        plan.suggestion = " ".join(corrections.get(w, w) for w in typed)
    in_idioms = {i for start, end in spans if end - start > 1 for i in range(start, end)}
    # Words of question wording ("how do i tell my kids") say whom a person talks to, not whom it is about.
    plan.childhood = about_child(spelled, [i for i in range(len(typed)) if i not in in_idioms and i not in asked])
    plan.maybe_childhood = not plan.childhood and maybe_child(spelled)
    plan.teen = any(lay_form(w) in TEEN_WORDS for w in spelled)
    if names is not None:
        _name_cancers(plan, spelled, spelled_forms, spans, names)
    for concept, (start, end) in zip(plan.concepts, spans, strict=False):
        concept.cue = bool(question.cue_places.intersection(range(start, end)))
    if explanations is not None and len(plan.concepts) >= 2:
        _add_explained_terms(plan, explanations)
    if question.searches:
        plan.concepts.append(
            Concept((), [(p, INTENT_WORDS_WEIGHT) for p in question.searches], INTENT_CONCEPT, True, True)
        )
    _build(plan, idf or (lambda _stem: 1.0))
    if symptoms and not plan.types and plan.kind in (None, "symptoms", "overview"):
        described = [(stems, c.weight) for c, stems in zip(plan.concepts, concept_stems(plan), strict=True)
                     if not c.fixed]  # fmt: skip
        if len(described) == 1:
            # One lay phrase of several words ("coughing up blood") describes as much as its words
            # typed apart: each is an idea of the description (the phrase's other words count with
            # the whole as before).
            described = _phrase_ideas(next(c for c in plan.concepts if not c.fixed)) or described
        ideas, importance = [s for s, _ in described], [w for _, w in described]
        plan.symptom_topics = symptoms.topics_for(ideas, importance, plan.childhood)
        if plan.symptom_topics:
            articles = symptoms.article_fits(ideas, importance, plan.childhood)
            best = max(articles.values(), default=0.0) or 1.0
            plan.symptom_articles = {url: score / best for url, score in articles.items()}
        if plan.kind == "overview" and plan.symptom_topics:  # "tell me about <symptoms>": no "what is"
            plan.kind = None
    return plan


#: A word typed in capitals: perhaps initials ("ALL" in "my son has ALL").
_CAPITALS = re.compile(r"\b[A-Z]{3,6}\b")


def _spell_out_initials(text: str, names: CancerNames) -> str:
    """The text with a cancer's initials typed in capitals, where they are a word the search drops
    ("my son has been diagnosed with ALL"), written out as the library names the cancer ("acute
    lymphoblastic leukemia"). Only in a text typed in small letters too: "ALL" in one typed in
    capitals is the word "all"."""
    if not any(c.islower() for c in text):
        return text

    def spelled(match: re.Match[str]) -> str:
        initials = match.group(0)
        name = names.spelled_out(initials) if initials.lower() in FILLER_WORDS else None
        return " ".join(name) if name else initials

    return _CAPITALS.sub(spelled, text)


def _phrase_ideas(concept: Concept) -> list[tuple[frozenset[str], float]]:
    """A phrase's typed words as ideas, each weighing its share of the phrase, when it describes (small
    words stand between its words: "coughing *up* blood", "lump *under my* arm"); [] for a name of
    one thing ("mouth sores", "night sweats") or fewer than two words."""
    content = [w for w in concept.typed if w not in FILLER_WORDS]
    stems = list(dict.fromkeys(_analyzed(content)))
    if len(stems) < 2 or len(content) == len(concept.typed):
        return []
    others = frozenset(s for phrase, _ in concept.alternatives[1:] for s in _analyzed(phrase))
    return [(frozenset({s}) | others, concept.weight / len(stems)) for s in stems]


def _plain_word(table: SynonymTable, form: str) -> str:
    """The one word a lay word stands for when the table gives one first ("poo" -> "stool"), else the
    word itself: lay phrases are also looked for in these words."""
    size, targets = table.match([form], 0)
    return lay_form(targets[0][0]) if size == 1 and len(targets[0]) == 1 else form


def _match_skipping_small_words(table: SynonymTable, forms: Sequence[str], typed: Sequence[str],
                                start: int) -> tuple[int, list[tuple[str, ...]]]:  # fmt: skip
    """A lay phrase of two or more words typed with small words between ("my hair *is* falling out"):
    (how many typed words it spans, targets), or (0, [])."""
    places = [start] + [j for j in range(start + 1, min(len(forms), start + 2 * MAX_PHRASE_WORDS))
                        if typed[j] not in QUERY_STOP_WORDS]  # fmt: skip
    if len(places) < 2 or places[1] == start + 1 and len(places) == len(range(start, places[-1] + 1)):
        return 0, []
    size, targets = table.match([forms[j] for j in places], 0)
    if size < 2 or places[size - 1] - start + 1 == size:
        return 0, []  # a single word, or the same words side by side (matched already, or not a phrase)
    return places[size - 1] - start + 1, targets


#: Words that may stand between "cancer" and the body part it is of ("cancer of the bowel").
_NAME_LINKS = frozenset("of in the my his her their your a an on".split())


def _names_cancer(forms: Sequence[str], i: int) -> bool:
    """True when the word at i stands where it names a cancer: just before "cancer" or "tumor" (one
    more name word may come between: "pancreatic neuroendocrine tumor"), or after "cancer of the"."""
    if any(f in CANCER_WORDS for f in forms[i + 1 : i + 1 + NAME_REACH - 1]):
        return True
    j = i - 1
    while j >= 0 and i - j <= NAME_REACH and forms[j] in _NAME_LINKS:
        j -= 1
    return j >= 0 and j < i - 1 and forms[j] in CANCER_WORDS


def _add_explained_terms(plan: QueryPlan, explanations: Explanations) -> None:
    """A description in plain words ("skin and eyes turning yellow") also searches the term the
    articles explain that way ("jaundice")."""
    ideas = [frozenset(s for phrase, _ in c.alternatives for s in _analyzed(phrase)) for c in plan.concepts]
    known = {phrase for c in plan.concepts for phrase, _ in c.alternatives}
    for term in explanations.explained(ideas)[:MAX_EXPLAINED_TERMS]:
        if term not in known:
            plan.concepts.append(Concept((), [(term, 1.0)]))  # weighed by how rare the term is


def _name_cancers(plan: QueryPlan, typed: Sequence[str], forms: Sequence[str],
                  spans: Sequence[tuple[int, int]], names: CancerNames) -> None:  # fmt: skip
    """Find the cancer types the question names (in what was typed and in its synonyms), and make a
    bare cancer name ("myeloma", "womb cancer", "my mum has myeloma") a "what is" question."""
    cancer_at = [i for i, f in enumerate(forms) if f in CANCER_WORDS]
    open_context = not cancer_at and plan.kind not in (None, "side_effects", "support", "overview")
    allowed = [open_context or _names_cancer(forms, i) for i in range(len(forms))]
    whole, naming = names.named_at(forms, allowed)
    found: set[str] = set(whole)
    bare = True
    for concept, (start, end) in zip(plan.concepts, spans, strict=True):
        ok = any(allowed[start:end])
        # a word of a name typed across two ideas ("hodgkin" of "hodgkin lymphoma") names it too
        named = naming.issuperset(range(start, end))
        for phrase, _ in concept.alternatives:
            phrase_forms = lay_forms(phrase)
            hit = names.named(phrase_forms, [ok] * len(phrase_forms))
            found |= hit
            named = named or bool(hit) or names.is_name(phrase_forms)
        # "my dad has lung cancer" is as bare as "lung cancer": who has it sets the scene
        if not named and not set(lay_forms(concept.typed)) <= CANCER_WORDS | FAMILY_WORDS:
            bare = False
    plan.types = frozenset(found)
    if plan.kind is None and found and bare:
        plan.kind = "overview"


def _build(plan: QueryPlan, idf: Callable[[str], float]) -> None:
    """Fill in the Whoosh query, the concept weights and the term-to-concept map."""
    clauses: list[Query] = []
    highlight: set[str] = set()
    kept: list[Concept] = []
    for concept in plan.concepts:
        parts: list[Query] = []
        ways: list[Query] = []  # one query per alternative, in every field
        stems_seen: list[str] = []
        seen: set[tuple[str, ...]] = set()
        for phrase, weight in concept.alternatives:
            analyzed = _analyzed(phrase)
            if not analyzed or tuple(analyzed) in seen:
                continue
            seen.add(tuple(analyzed))
            stems_seen += analyzed
            first = len(parts)
            for fieldname, field_weight in FIELD_WEIGHTS:
                boost = field_weight * weight
                if len(analyzed) == 1:
                    parts.append(Term(fieldname, analyzed[0], boost=boost))
                elif fieldname in UNPOSITIONED_FIELDS:
                    parts.append(And([Term(fieldname, s) for s in analyzed], boost=boost / len(analyzed)))
                else:
                    parts.append(Phrase(fieldname, analyzed, slop=1, boost=boost))
            ways.append(Or(parts[first:]))
        if not parts:
            continue
        highlight.update(s for s in stems_seen if s not in FILLER_STEMS)
        # Rare words say more about the topic than common ones: weigh the concept by its best idf.
        if not concept.fixed:
            concept.weight = min(max((idf(s) for s in stems_seen), default=1.0), 10.0)
        kept.append(concept)
        # The best alternative counts, the others add a little: an idea typed once must not count
        # several times over because the table knows several words for it ("skin cancer": melanoma,
        # basal cell, squamous cell).
        clauses.append(DisjunctionMax(ways, tiebreak=ALTERNATIVES_TIEBREAK) if len(ways) > 1 else ways[0])
        plan.concept_queries.append(Or(parts))
        plan.title_queries.append(Or([q for q in parts if q.field() == "title"]))
    plan.concepts = kept
    plan.highlight_stems = frozenset(highlight)
    plan.mark_phrases = frozenset(
        tuple(analyzed) for c in kept for phrase, _ in c.alternatives if (analyzed := _analyzed(phrase))
    ) | _typed_words_of_phrases(kept)
    plan.phrases = frozenset(" ".join(phrase) for c in kept for phrase, _ in c.alternatives) | frozenset(
        w for c in kept for phrase, _ in c.alternatives for w in phrase
    )
    # Neighbouring typed words found side by side in a title or heading ("breast cancer").
    for left, right in zip(kept, kept[1:], strict=False):
        pair = _analyzed(left.typed[-1:]) + _analyzed(right.typed[:1])
        if len(pair) == 2:
            clauses.append(Phrase("title", pair, boost=BIGRAM_WEIGHT))
            clauses.append(Phrase("headings", pair, boost=BIGRAM_WEIGHT / 2))
    plan.query = Or(clauses) if clauses else None


def title_precision(title: str, plan: QueryPlan) -> float:
    """Share of a title's words (boilerplate left out) that the query asked for: 1.0 is an exact title."""
    title_words = set(_analyzed(words(_TITLE_BOILERPLATE.sub(" ", title))))
    if not title_words:
        return 0.0
    return len(title_words & plan.highlight_stems) / len(title_words)


def concept_stems(plan: QueryPlan) -> list[frozenset[str]]:
    """For each concept, the stems that stand for it."""
    return [frozenset(s for phrase, _ in c.alternatives for s in _analyzed(phrase)) for c in plan.concepts]


def proximity(text: str | ExcerptWords, groups: Sequence[frozenset[str]]) -> int | None:
    """Fewest words of text that hold one stem of every group, or None when some group is absent."""
    if len(groups) < 2:
        return None
    words_ = text if isinstance(text, ExcerptWords) else excerpt_words(text)
    wanted = frozenset().union(*groups)
    last: dict[int, int] = {}
    best: int | None = None
    for position, word in enumerate(words_.stems):
        if word not in wanted:
            continue
        for g, group in enumerate(groups):
            if word in group:
                last[g] = position
        if len(last) == len(groups):
            width = position - min(last.values()) + 1
            best = width if best is None else min(best, width)
    return best


def snippet(text: str | ExcerptWords, highlight_stems: frozenset[str], size: int = SNIPPET_WORDS) -> str:
    """An HTML-escaped window of text around the most query words, each match in <b>...</b>."""
    words_ = text if isinstance(text, ExcerptWords) else excerpt_words(text)
    text, stems_at = words_.text, words_.stems
    if not stems_at:
        return html.escape(" ".join(text[:200].split()))
    hits = [i for i, s in enumerate(stems_at) if s in highlight_stems]
    best_start, best_score = 0, -1.0
    for p in hits[:200]:
        start = max(0, min(p - 4, len(stems_at) - size))
        inside = [stems_at[i] for i in hits[bisect_left(hits, start) : bisect_left(hits, start + size)]]
        score = len(set(inside)) + 0.01 * len(inside)
        if score > best_score + 1e-9:
            best_start, best_score = start, score
    last = min(best_start + size, len(stems_at)) - 1
    spans = words_.first_spans(last + 1)  # only up to the window's end (most snippets are near the start)
    begin, end = spans[best_start][0], spans[last][1]
    out: list[str] = ["\u2026 " if begin > 0 else ""]
    cursor = begin
    for i in hits[bisect_left(hits, best_start) : bisect_left(hits, last + 1)]:
        start, stop = spans[i]
        out.append(html.escape(text[cursor:start]))
        out.append(f"<b>{html.escape(text[start:stop])}</b>")
        cursor = stop
    out.append(html.escape(text[cursor:end]))
    out.append(" \u2026" if end < len(text) else "")
    return " ".join("".join(out).split())
