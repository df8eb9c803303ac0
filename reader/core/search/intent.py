"""What a question asks, which cancer it names, and what each article answers.

A question's kind (its intent: symptoms, survival, screening, ...) comes from cue words and phrases in
resources/search/intents.txt. The cancer it names comes from the library itself: the names in the
titles of each cancer type's pages (``/types/<type>`` and its PDQ summaries), plus lay names reached
through the synonym tables. What an article answers comes from its address and title
(``/types/breast/symptoms``, "Signs and Symptoms of Breast Cancer", "Pancreatic Cancer Statistics");
a long summary that answers several kinds in its sections is found through its headings instead.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.search.synonyms import MAX_PHRASE_WORDS, lay_form, lay_forms, words

log = logging.getLogger(__name__)

#: Every kind of question, most specific first (when cues of several kinds are found, the first wins).
KINDS = (
    "side_effects",
    "survival",
    "stages",
    "screening",
    "diagnosis",
    "symptoms",
    "causes",
    "support",
    "treatment",
    "overview",
)
#: Question wording that tells no kind ("since my diagnosis" says when, not what is asked): never
#: searched, never marked, and no content word nearby tells the kind through it.
CONTEXT = "context"
#: How many words a "*" in a cue may stand for.
GAP_WORDS = 4

# What an article answers, from its address (path on cancer.gov) and its title.
_PATH_KINDS: dict[str, re.Pattern[str]] = {
    "side_effects": re.compile(r"/side-effects(/|$)|late-effects"),
    "survival": re.compile(r"survival|statistics|prognosis"),
    "stages": re.compile(r"/stages(/|$)|staging"),
    "screening": re.compile(r"screening|/mammograms"),
    "diagnosis": re.compile(r"/diagnosis(/|$)"),
    "symptoms": re.compile(r"/symptoms(/|$)"),
    "causes": re.compile(r"causes|risk-factors|risk-fact-sheet|/prevention(/|$)|-prevention-pdq"),
    "support": re.compile(r"/coping(/|$)|/support(/|$)|caregiver|/end-of-life"),
    "treatment": re.compile(r"/treatment(/|$)|-treatment-pdq|/drugs/"),
    "overview": re.compile(r"^/types/[^/]+$|/what-is-[^/]+$|-fact-sheet$"),
}
_TITLE_KINDS: dict[str, re.Pattern[str]] = {
    "side_effects": re.compile(r"\bside effects?\b|\blate effects\b", re.I),
    "survival": re.compile(r"\bsurvival\b|\bstatistics\b|\bprognosis\b", re.I),
    "stages": re.compile(r"\bstages?\b|\bstaging\b", re.I),
    "screening": re.compile(r"\bscreening\b", re.I),
    "diagnosis": re.compile(r"\bdiagnos[ie]s|\bdiagnosed\b", re.I),
    "symptoms": re.compile(r"\bsymptoms?\b|\bsigns\b", re.I),
    "causes": re.compile(r"\bcauses?\b|\brisk\b|\bprevention\b", re.I),
    "support": re.compile(r"\bcoping\b|\bsupport\b|\bcaregiv", re.I),
    "treatment": re.compile(r"\btreatment\b|\btreating\b", re.I),
    "overview": re.compile(r"^what (is|are)\b", re.I),
}
#: Heading words of a section that answers each kind (long summaries answer several in sections).
SECTION_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "side_effects": (("side", "effects"),),
    "survival": (("prognosis",), ("survival",), ("statistics",)),
    "stages": (("stages",),),
    "screening": (("screening",),),
    "diagnosis": (("diagnose",), ("diagnosis",)),
    "symptoms": (("symptoms",),),
    "causes": (("risk",), ("causes",)),
    "support": (("coping",), ("support",)),
    "treatment": (("treatment",),),
    "overview": (("general", "information"),),
}

_TYPE_PATH = re.compile(r"^/types/([^/]+)")
_NEWS_PATH = re.compile(r"^/types/[^/]+/research(/|$)|/news-events/")
_CHILD_PATH = re.compile(r"(^|[/-])(child|childhood|pediatric)([/-]|$)")
_YOUNG_ADULT_PATH = re.compile(r"^/types/aya(/|$)")
_YOUNG_ADULT_TITLE = re.compile(r"\badolescents? and young adults?\b", re.I)
_CHILD_TITLE = re.compile(r"\b(childhood|children|child|pediatric)\b", re.I)
# "4 year old", "4-year-old", "4 yr old"
_AGE = re.compile(r"\b(\d{1,2})\s*-?\s*(?:year|yr)s?\s*-?\s*old\b")
#: Words that say the question is about a child.
CHILD_WORDS = frozenset(
    "child children kid kids childhood baby babies toddler toddlers infant infants pediatric paediatric "
    "newborn preschooler".split()
)
CHILD_AGE_LIMIT = 15
#: Words for a child as a person ("my toddler", "our kids"), not for childhood as a topic.
CHILD_PERSON_WORDS = CHILD_WORDS - frozenset("childhood pediatric paediatric".split())
#: Family words for someone who may be a child or a grown-up ("my son has leukemia"): pages about
#: childhood cancers are then not counted down (see results.question_factor).
MAYBE_CHILD_WORDS = frozenset(
    "son sons daughter daughters grandson grandsons granddaughter granddaughters grandchild grandchildren "
    "stepson stepdaughter nephew niece".split()
)
#: Who the question is about ("my grandad has ..."): they set the scene, they are not the topic.
FAMILY_WORDS = frozenset(
    """mom mum mam mother dad father husband wife son daughter grandad granddad grandpa grandma granny
    gran nan nana grandmother grandfather sister brother aunt auntie uncle boyfriend girlfriend parent
    niece nephew cousin friend fiance fiancee stepmother stepfather stepson stepdaughter""".split()
)

#: Words in cancer names that name no cancer by themselves.
GENERIC_NAME_WORDS = frozenset(
    """a an and in of the or with other others for to about
    cancer cancers tumor tumors tumour tumours neoplasm neoplasms neoplasia carcinoma carcinomas
    malignant malignancy malignancies disease diseases syndrome syndromes disorder disorders
    childhood child children adult adults adolescent adolescents young aya patient patients version
    treatment treatments prevention screening genetics overview what is are type types cell cells
    primary rare unusual unknown site sites related non small large advanced metastatic recurrent
    including nci pdq health professional""".split()
)
#: Words that name a cancer only next to a word like "cancer" or "tumor" ("skin and eyes turning
#: yellow" asks about no skin cancer; "skin cancer" does).
BODY_PART_WORDS = frozenset(
    """skin breast breasts bone bones brain eye eyes kidney kidneys liver lung lungs stomach bladder
    blood bowel colon rectum rectal mouth throat neck head heart spine spinal pancreas prostate ovary
    ovaries testicle testicles cervix uterus womb esophagus gullet vagina vulva penis anus anal lip
    lips tongue nose sinus gum gums thyroid gallbladder intestine small large adrenal parathyroid
    pituitary thymus urethra""".split()
)
#: Words that make a body part a cancer's name.
CANCER_WORDS = frozenset(
    "cancer cancers tumor tumors tumour tumours carcinoma malignancy malignant oncology".split()
)
_NAME_SUFFIX = re.compile(
    r"\s*(?:\(pdq\W*\)|—.*$|–.*$|\b(?:treatment|prevention|screening|genetics)\b.*$)", re.I
)


@dataclass(frozen=True)
class Cue:
    """Words that tell a kind of question; asks=True when they are question wording, never searched."""

    kind: str
    words: tuple[str, ...]
    asks: bool


@dataclass
class IntentCues:
    """The cue table: cue phrases by their first word, and what each kind searches for."""

    by_first: dict[str, list[Cue]] = field(default_factory=dict)
    searches: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> IntentCues:
        """Read the intents format (see resources/search/intents.txt)."""
        table = cls()
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            head, _, rest = line.partition(":")
            parts = head.split()
            known = parts and (parts[0] in KINDS or parts[1:] == ["asks"] and parts[0] == CONTEXT)
            if not _ or not known or parts[1:] not in ([], ["asks"], ["searches"]):
                log.warning("intents line %d ignored: %r", number, raw)
                continue
            kind = parts[0]
            phrases = [p.strip() for p in rest.split(",") if p.strip()]
            if parts[1:] == ["searches"]:
                table.searches.setdefault(kind, []).extend(tuple(words(p)) for p in phrases if words(p))
                continue
            for phrase in phrases:
                cue_words = tuple("*" if w == "*" else lay_form(w) for w in _cue_words(phrase))
                if cue_words and cue_words[0] != "*":
                    cue = Cue(kind, cue_words, asks=parts[1:] == ["asks"])
                    table.by_first.setdefault(cue_words[0], []).append(cue)
        for cues in table.by_first.values():
            cues.sort(key=lambda c: -len(c.words))
        return table

    @classmethod
    def load(cls, path: Path) -> IntentCues:
        """Load the cue file; an unreadable file gives an empty table (logged)."""
        try:
            return cls.parse(path.read_text(encoding="utf-8"))
        except OSError as exc:
            log.warning("No question cues: %s cannot be read (%s)", path, exc.strerror or exc)
            return cls()

    def find(self, forms: Sequence[str]) -> list[tuple[tuple[int, ...], Cue]]:
        """Every cue in the typed words' lay forms: (places of its own words, cue), the longest at each
        place; no word belongs to two cues. The words a "*" stands for are not the cue's own: cues
        are looked for among them too ("what does *stage 2* mean")."""
        found: list[tuple[tuple[int, ...], Cue]] = []
        used: set[int] = set()
        for i in range(len(forms)):
            if i in used:
                continue
            best: list[int] | None = None
            chosen: Cue | None = None
            for cue in self.by_first.get(forms[i], ()):
                places = _match_at(cue.words, forms, i)
                if places is not None and not used.intersection(places):
                    if best is None or places[-1] > best[-1]:
                        best, chosen = places, cue
            if best is not None and chosen is not None:
                found.append((tuple(best), chosen))
                used.update(best)
        return found


def _cue_words(phrase: str) -> list[str]:
    return [
        "*" if part == "*" else w for part in phrase.split() for w in ([part] if part == "*" else words(part))
    ]


def _match_at(pattern: Sequence[str], forms: Sequence[str], start: int) -> list[int] | None:
    """The places of a cue's own words when it matches at forms[start], or None; "*" takes 1 to
    GAP_WORDS words (the shortest that lets the rest match)."""
    if not pattern:
        return []
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for gap in range(1, GAP_WORDS + 1):
            if start + gap > len(forms):
                break
            places = _match_at(rest, forms, start + gap)
            if places is not None:
                return places
        return None
    if start < len(forms) and forms[start] == head:
        places = _match_at(rest, forms, start + 1)
        return None if places is None else [start, *places]
    return None


@dataclass
class CancerNames:
    """Names of cancers mapped to the library's cancer types (the ``<type>`` in ``/types/<type>/``).

    A name written before "cancer" or "tumor" in its title ("Breast Cancer", "Pancreatic Cancer") is a
    qualifier: it names the cancer only where the question allows it (see `named`). A name that is a
    disease by itself ("Leukemia", "Melanoma") names it anywhere.
    """

    names: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    qualifiers: set[tuple[str, ...]] = field(default_factory=set)
    longest: int = 1

    @classmethod
    def from_articles(
        cls, articles: Iterable[tuple[str, str]], places: Iterable[tuple[str, str, int]] = ()
    ) -> CancerNames:
        """Names from (address, title) pairs: each type's home page, its PDQ summaries and "What Is" pages;
        and from (address, place, count) records of where a type's pages say it forms ("adrenal gland":
        adrenocortical), trusted when one type's pages say so MIN_PLACE_MENTIONS times.

        A whole name ("head and neck", "hodgkin lymphoma") names its type; so does any single word of
        the names that only one type uses ("hodgkin", "melanoma"). A place names its type only where
        a body part may ("cancer of the adrenal gland", "adrenal gland cancer").
        """
        phrases: dict[tuple[str, ...], set[str]] = {}
        qualifying: dict[tuple[str, ...], bool] = {}
        for url, title in articles:
            match = _TYPE_PATH.match(url)
            if match is None:
                continue
            slug = match.group(1)
            rest = url[match.end() :]
            candidates: list[str] = []
            if not rest:
                candidates += [slug.replace("-", " "), title]
            elif re.match(r"^/(patient|hp)/[^/]+-pdq$", rest) or re.match(r"^what (is|are)\b", title, re.I):
                candidates.append(title)
            for text in candidates:
                for name, qualifier in _names_in(text):
                    phrases.setdefault(name, set()).add(slug)
                    qualifying[name] = (
                        qualifying.get(name, False) or qualifier or set(name) <= BODY_PART_WORDS
                    )
        mentions: Counter[tuple[tuple[str, ...], str]] = Counter()
        for url, place, count in places:
            match = _TYPE_PATH.match(url)
            if match is not None:
                mentions[(lay_forms(place.split()), match.group(1))] += count
        for (place_forms, slug), count in mentions.items():
            if count >= MIN_PLACE_MENTIONS and place_forms not in phrases:
                phrases.setdefault(place_forms, set()).add(slug)
                qualifying[place_forms] = True
            elif count >= MIN_PLACE_MENTIONS and qualifying.get(place_forms):
                phrases[place_forms].add(slug)
        table = cls()
        for phrase, slugs in phrases.items():
            if slugs <= NOT_CANCER_TYPES:
                continue
            table.names[phrase] = frozenset(slugs - NOT_CANCER_TYPES)
            if qualifying[phrase]:
                table.qualifiers.add(phrase)
        table.longest = max((len(k) for k in table.names), default=1)
        return table

    def named(self, forms: Sequence[str], allowed: Sequence[bool]) -> frozenset[str]:
        """Types named in lay forms (words like "cancer", "of", "the" skipped: "cancer of the liver");
        allowed[i] says whether a qualifier name may stand at word i."""
        return self.named_at(forms, allowed)[0]

    def named_at(self, forms: Sequence[str], allowed: Sequence[bool]) -> tuple[frozenset[str], frozenset[int]]:
        """The types named (as named) and the places of the words that name them."""
        kept = [(i, f) for i, f in enumerate(forms) if f not in GENERIC_NAME_WORDS]
        found: set[str] = set()
        places: set[int] = set()
        j = 0
        while j < len(kept):
            for size in range(min(self.longest, len(kept) - j), 0, -1):
                key = tuple(f for _, f in kept[j : j + size])
                slugs = self.names.get(key)
                if slugs and (key not in self.qualifiers or any(allowed[i] for i, _ in kept[j : j + size])):
                    found |= slugs
                    places.update(i for i, _ in kept[j : j + size])
                    j += size
                    break
            else:
                j += 1
        return frozenset(found), frozenset(places)

    def spelled_out(self, initials: str) -> tuple[str, ...] | None:
        """The one cancer name of three or more words whose first letters are these initials ("all" ->
        acute lymphoblastic leukemia), or None (no such name, or several)."""
        found = [n for n in self.names if len(n) >= MIN_INITIALS and "".join(w[0] for w in n) == initials.lower()]
        return found[0] if len(found) == 1 else None

    def is_name(self, forms: Sequence[str]) -> bool:
        """True when the words are all one cancer name (with or without "cancer")."""
        kept = tuple(f for f in forms if f not in CANCER_WORDS and f not in GENERIC_NAME_WORDS)
        return bool(kept) and kept in self.names


# Where a cancer forms, as a type's summary says it: "Penile cancer is a type of cancer that forms in
# the tissues of the penis", "Adrenocortical carcinoma is a disease in which malignant (cancer) cells
# form in the outer layer of the adrenal gland", "Lymphoma is a cancer that begins in the lymph system".
# The verb is found first (a short literal-led pattern is quick to scan for), then the words before it.
_FORMS_VERB = re.compile(r"(?:cells form|that (?:form|start|begin|develop|grow)s?) in ([^.;:,()]{3,80})")
_FORMS_SUBJECT = re.compile(
    r"\b(?:is|are) (?:a |an )?(?:rare |very rare |common )?(?:type of |kind of |group of |form of )?"
    r"(?:cancer|disease|tumor|tumour|neoplasm|carcinoma)s? (?:in which malignant \(cancer\) )?\Z"
)
_PLACE_END = re.compile(r"\b(?:that|which|who|where|and (?:has|spreads?|is))\b")
_PLACE_HEAD = re.compile(r".*\b(?:of|lining|in) the\s+")
#: A place named this many times (by one type's pages) is trusted.
MIN_PLACE_MENTIONS = 2
#: Longest place name kept ("adrenal gland", "renal pelvis").
MAX_PLACE_WORDS = 2


def places_formed(text: str) -> Counter[str]:
    """Where the text says a cancer forms ("the outer layer of the adrenal gland" -> "adrenal gland"),
    counted: the organ at the end of each such phrase, its parts split at "or"/"and"."""
    found: Counter[str] = Counter()
    for match in _FORMS_VERB.finditer(text):
        if _FORMS_SUBJECT.search(text, max(0, match.start() - 90), match.start()) is None:
            continue
        place = _PLACE_END.split(match.group(1), 1)[0]
        place = _PLACE_HEAD.sub("", place)  # "outer layer of the adrenal gland" -> "adrenal gland"
        for part in re.split(r"\b(?:or|and)\b|/", place):
            kept = [w for w in words(part) if w not in ("the", "both", "one", "each", "either")]
            if 0 < len(kept) <= MAX_PLACE_WORDS and all(w.isalpha() and w not in GENERIC_NAME_WORDS for w in kept):
                found[" ".join(kept)] += 1
    return found


#: Pages under /types/ that are not one cancer type.
#: Initials of a cancer's name are read as the name from this many letters ("ALL", "AML", "CLL").
MIN_INITIALS = 3
NOT_CANCER_TYPES = frozenset({"by-body-location", "common-cancers", "metastatic-cancer", "recurrent-cancer"})


def _names_in(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """Cancer names in a title, each with whether "cancer" or "tumor" follows it:
    "Adult Hodgkin Lymphoma Treatment (PDQ®)" -> [(("hodgkin", "lymphoma"), False)]."""
    core = _NAME_SUFFIX.sub("", re.sub(r"^what (is|are)\s+", "", text.strip(), flags=re.I)).strip(" ?")
    found = []
    # "Bile Duct Cancer (Cholangiocarcinoma)": both the name and the one in brackets; "Wilms Tumor and
    # Other Childhood Kidney Tumors", "Ovarian Epithelial, Fallopian Tube, and ...": each name.
    for part in re.split(r"[()&,;/]|\band other\b|\bor\b", core, flags=re.I):
        forms = [lay_form(w) for w in words(part)]
        kept = tuple(f for f in forms if f not in GENERIC_NAME_WORDS)
        if kept and len(kept) <= MAX_PHRASE_WORDS:
            last = max(i for i, f in enumerate(forms) if f not in GENERIC_NAME_WORDS)
            found.append((kept, any(f in CANCER_WORDS for f in forms[last + 1 :])))
    return found


@dataclass(frozen=True)
class ArticleAnswers:
    """What one article answers: its cancer type (from its address), kinds of question, and whether it
    is about children."""

    cancer_type: str
    kinds: frozenset[str]
    childhood: bool
    #: Research news ("... Improves Survival"): it reports a study, it answers no kind of question.
    news: bool = False
    #: A page for adolescents and young adults with cancer (``/types/aya/``).
    young_adult: bool = False


#: A cancer type's home page saying, in its first sentence, that it is a cancer of children:
#: "Retinoblastoma is a very rare childhood cancer ...", "Neuroblastoma is a cancer of immature nerve
#: cells that most often occurs in young children." ("Kidney cancer can develop in adults and children"
#: is not.)
_CHILDHOOD_CANCER = re.compile(
    r"\bchildhood (?:cancer|tumou?r)s?\b|\b(?:occurs?|forms?|found|diagnosed) (?:\w+ ){0,2}in (?:young )?(?:children|infants|babies)\b",
    re.IGNORECASE,
)
_HOME_PATH = re.compile(r"^/types/([^/]+)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def childhood_types(home_pages: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The cancer types whose home page (address, opening text) says in its overview's first sentence
    that they are cancers of children: every page of theirs is a childhood page, whatever its title
    ("Neuroblastoma Treatment", "Retinoblastoma Treatment")."""
    found: set[str] = set()
    for url, opening in home_pages:
        match = _HOME_PATH.match(url.lower())
        if match is None:
            continue
        start = opening.find("Overview")
        text = (opening[start + len("Overview"):] if start >= 0 else opening).strip()
        first = _SENTENCE_END.split(text, 1)[0]
        if _CHILDHOOD_CANCER.search(first) and not re.search(r"\badults?\b", first, re.IGNORECASE):
            found.add(match.group(1))
    return frozenset(found)


def article_answers(url: str, title: str) -> ArticleAnswers:
    """Classify an article by its address and title."""
    path = url.lower()
    match = _TYPE_PATH.match(path)
    kinds: set[str] = set()
    if not _NEWS_PATH.search(path):
        kinds = {k for k, pattern in _PATH_KINDS.items() if pattern.search(path)}
        kinds |= {k for k, pattern in _TITLE_KINDS.items() if pattern.search(title)}
    childhood = bool(_CHILD_PATH.search(path) or _CHILD_TITLE.search(title))
    news = bool(_NEWS_PATH.search(path))
    young_adult = bool(_YOUNG_ADULT_PATH.search(path) or _YOUNG_ADULT_TITLE.search(title))
    return ArticleAnswers(match.group(1) if match else "", frozenset(kinds), childhood, news, young_adult)


@dataclass(frozen=True)
class Question:
    """What the typed words ask: the kind of question, the cues found, whether it is about a child."""

    kind: str | None = None
    #: Places of question wording in the typed words: never searched, never marked.
    asked: frozenset[int] = frozenset()
    #: What to search for in place of the question wording.
    searches: tuple[tuple[str, ...], ...] = ()
    childhood: bool = False
    #: Places of the content words that told the kind ("symptoms", "survival rate", "lump").
    cue_places: frozenset[int] = frozenset()


def read_question(typed: Sequence[str], cues: IntentCues) -> Question:
    """Recognise the kind of question in the typed words (lowercase words)."""
    forms = lay_forms(typed)
    found = cues.find(forms)
    # Question wording ("what does ... mean", "how often should") says what is asked more surely than
    # content words, which may only set the scene ("... on my biopsy report"); but what a "what is"
    # question asks about may itself be a kind ("what does stage 2 breast cancer mean").
    asked_kinds = {cue.kind for _, cue in found if cue.asks and cue.kind != CONTEXT}
    kinds = asked_kinds or {cue.kind for _, cue in found if cue.kind != CONTEXT}
    kind = next((k for k in KINDS if k in kinds), None)
    if kind == "overview":  # its subject: what "*" stands for, else all that follows "what is"
        subject = {i for places, cue in found if cue.asks and cue.kind == "overview"
                   for i in (range(places[0], places[-1] + 1) if "*" in cue.words
                             else range(places[-1] + 1, len(forms))) if i not in places}  # fmt: skip
        inner = {cue.kind for places, cue in found if not cue.asks and set(places) <= subject}
        kind = next((k for k in KINDS if k in inner), kind)
    asked = frozenset(i for places, cue in found if cue.asks for i in places)
    searches: tuple[tuple[str, ...], ...] = ()
    if kind is not None and any(cue.asks and cue.kind == kind for _, cue in found):
        searches = tuple(cues.searches.get(kind, ()))
    cue_places = frozenset(i for places, cue in found if cue.kind == kind and not cue.asks for i in places)
    return Question(kind, asked, searches, about_child(typed, range(len(typed))), cue_places)


def about_child(typed: Sequence[str], places: Iterable[int]) -> bool:
    """True when the words at these places say the question is about a child ("kids", "toddler",
    "4 year old"); callers leave out the words of idioms like "have children"."""
    chosen = [typed[i] for i in places]
    ages = [int(m.group(1)) for m in _AGE.finditer(" ".join(chosen))]
    return any(lay_form(w) in CHILD_WORDS or w in CHILD_WORDS for w in chosen) or any(
        a < CHILD_AGE_LIMIT for a in ages
    )


#: An age as typed, one word at a time: "4 year old", "4-year-old", "12 yrs old".
_AGE_WORDS = (re.compile(r"\d{1,2}$"), frozenset({"year", "years", "yr", "yrs"}), frozenset({"old"}))


def age_places(typed: Sequence[str]) -> frozenset[int]:
    """Places of the words that say someone's age ("my *4 year old* has ..."): who the question is about,
    never what it asks (the age's words are not searched)."""
    places: set[int] = set()
    for i in range(len(typed) - 2):
        number, unit, old = typed[i : i + 3]
        if _AGE_WORDS[0].match(number) and unit in _AGE_WORDS[1] and old in _AGE_WORDS[2]:
            places.update((i, i + 1, i + 2))
    return frozenset(places)


def maybe_child(typed: Sequence[str]) -> bool:
    """True when the words name someone who may be a child ("my son", "our daughter") and say no age
    ("my 19 year old daughter" is not a child; "my 4 year old son" is, by about_child)."""
    if _AGE.search(" ".join(typed)):
        return False
    return any(lay_form(w) in MAYBE_CHILD_WORDS or w in MAYBE_CHILD_WORDS for w in typed)


def has_cancer_word(typed: Sequence[str]) -> bool:
    """True when the words say "cancer", "tumor" or the like."""
    return any(lay_form(w) in CANCER_WORDS or w in CANCER_WORDS for w in typed)
