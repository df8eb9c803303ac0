"""Lay words to article words: the synonyms file, and brand names the library pairs with generics."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

from reader.core.search.text import stem

log = logging.getLogger(__name__)

#: Longest lay phrase, in words, that the table matches.
MAX_PHRASE_WORDS = 6

# "pembrolizumab (Keytruda)": a capitalised brand in brackets, right after a lowercase generic name.
# The bracket is found first and the generic looked for just before it: scanning for the generic at
# every word is 30 times slower.
_BRAND = re.compile(r"\(([A-Z][a-z][A-Za-z0-9-]{1,30})(?:\u00ae|\u2122)?\)")
_GENERIC_BEFORE = re.compile(r"\b([A-Za-z][a-z-]{4,40})[\u2020*]?\s*\Z")
_LOOK_BACK = 120
#: A pair must be seen this often in the whole library before it is trusted.
MIN_BRAND_PAIRS = 2
#: A two-word brand's first word stands for it when it has at least this many letters ("Lupron Depot").
MIN_SHORT_BRAND = 4

# "(scared|afraid) (cancer|) come back" on the left of a line: one lay phrase for each choice of words.
_CHOICE = re.compile(r"\(([^()]*)\)")


def choices(part: str) -> list[str]:
    """Every phrase a lay part with choices in brackets stands for: "(scared|afraid) (cancer|) come back"
    is "scared cancer come back", "scared come back", "afraid cancer come back", "afraid come back"."""
    pieces = _CHOICE.split(part)  # text, choices, text, choices, ..., text
    options = [piece.split("|") if i % 2 else [piece] for i, piece in enumerate(pieces)]
    return [" ".join("".join(chosen).split()) for chosen in product(*options)]


_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def words(text: str) -> list[str]:
    """Lowercase words of text (letters and digits); an apostrophe inside a word is dropped ("can't" ->
    "cant"), so words typed with and without it are the same."""
    return [w.replace("\u2019", "").replace("'", "") for w in _WORD.findall(text.lower())]


#: Endings that look like a plural "s" but are not one ("illness", "virus", "metastasis", "nervous").
_NOT_PLURAL = ("ss", "us", "is", "ous", "ics")


#: Ways of saying "not" (apostrophes already dropped): one lay form, so "won't eat", "can't eat" and
#: "not eating" are one phrase to the tables ("my dad won't eat" finds "can't eat").
NEGATIONS = frozenset(
    "cant cannot wont dont doesnt didnt isnt arent wasnt werent couldnt wouldnt shouldnt hasnt havent".split()
)


#: Words shorter than this are never offered as what a misspelling meant (the speller corrects
#: only words of four letters or more, and short words lie close to many others).
MIN_SPELLING_CHARS = 4


def spellable(found: Iterable[str]) -> set[str]:
    """The plain lowercase words among found that a misspelling may be meant as."""
    return {w for w in found if len(w) >= MIN_SPELLING_CHARS and w.isalpha() and w.isascii() and w.islower()}


def lay_form(word: str) -> str:
    """The form a lay word is looked up by: the word itself, with a plural or possessive "s" dropped,
    and "not" for any way of saying it ("can't", "won't", "doesn't").

    Deliberately not a stem: "tests" and "testes" stay apart, as do "children" and "child".
    """
    if word in NEGATIONS:
        return "not"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def lay_forms(phrase: Sequence[str]) -> tuple[str, ...]:
    """The lay forms of a phrase's words."""
    return tuple(lay_form(w) for w in phrase)


# British spellings and their American forms, tried in turn on a word the library does not know.
_BRITISH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ae", "e"),  # leukaemia, anaemia, haematology, paediatric, gynaecology
        (r"oe", "e"),  # oesophagus, oestrogen, diarrhoea, oedema, coeliac
        (r"our(?=s?$|ed$|ing$|ite|able|ful)", "or"),  # tumour, tumours, colour, behaviour, favourite
        (r"is(?=e$|es$|ed$|ing$|ation|ations$|er$|ers$)", "iz"),  # specialised, organisation
        (r"ys(?=e$|es$|ed$|ing$)", "yz"),  # analyse, paralysed
        (r"tre(?=s?$)", "ter"),  # centre, litre, fibre
        (r"ogue(?=s?$)", "og"),  # catalogue, dialogue
        (r"ence(?=s?$)", "ense"),  # licence, defence
        (r"ll(?=ed$|ing$|or$|ors$)", "l"),  # counselling, travelled, counsellor
        (r"mme(?=s?$)", "m"),  # programme
    )
)


def american_spelling(word: str, known: Callable[[str], bool]) -> str | None:
    """The American spelling of a British word when the library knows it ("oesophagus" ->
    "esophagus"), else None. Only tried on words the library does not know as they are."""
    if len(word) < 4 or not word.isalpha():
        return None
    changed = word
    for pattern, replacement in _BRITISH:
        single = pattern.sub(replacement, word)
        if single != word and known(single):
            return single
        changed = pattern.sub(replacement, changed)
    return changed if changed != word and known(changed) else None


@dataclass
class SynonymTable:
    """Lay phrases (matched on lay forms: whole words, plural "s" ignored) mapped to the words the articles use."""

    entries: dict[tuple[str, ...], list[tuple[str, ...]]] = field(default_factory=dict)
    #: Lay phrases that are also the articles' own words (on the right of their line too: "genetic
    #: testing", "dry mouth"): typed, they count in full, not as an idiom's words.
    own: set[tuple[str, ...]] = field(default_factory=set)
    #: Every word the table writes, on either side, as written ("waterworks", "oesophagus"): words a
    #: misspelling may be meant as, though the articles' titles and openings never use them.
    spellings: set[str] = field(default_factory=set)

    @classmethod
    def parse(cls, text: str) -> SynonymTable:
        """Read the synonyms format: `lay, lay phrase = article word, article phrase`; # comments; on the
        left, "(a|b)" for a choice of words ("(scared|afraid) (cancer|) come back", see choices)."""
        table = cls()
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if "=" in line:
                left, right = line.split("=", 1)
                lay = [words(c) for p in left.split(",") for c in choices(p)]
                targets = [tuple(words(p)) for p in right.split(",")]
            else:  # a group of equivalent words: each finds the others
                lay = [words(p) for p in line.split(",")]
                targets = [tuple(p) for p in lay]
            targets = [t for t in targets if t]
            if not targets or not any(lay):
                log.warning("synonyms line %d ignored: %r", number, raw)
                continue
            for phrase in lay:
                if phrase:
                    table.add(phrase, targets)
            table.spellings.update(spellable(w for phrase in [*lay, *targets] for w in phrase))
        return table

    @classmethod
    def load(cls, path: Path) -> SynonymTable:
        """Load a synonyms file; an absent or unreadable file gives an empty table (logged)."""
        try:
            return cls.parse(path.read_text(encoding="utf-8"))
        except OSError as exc:
            log.warning("No search synonyms: %s cannot be read (%s)", path, exc.strerror or exc)
            return cls()

    def add(self, phrase: Sequence[str], targets: Iterable[tuple[str, ...]]) -> None:
        """Map a lay phrase (words) to target phrases."""
        key = lay_forms(phrase[:MAX_PHRASE_WORDS])
        known = self.entries.setdefault(key, [])
        for target in targets:
            if target == tuple(phrase):
                self.own.add(key)
            elif target not in known:
                known.append(target)

    def match(self, forms: Sequence[str], start: int) -> tuple[int, list[tuple[str, ...]]]:
        """The longest lay phrase at forms[start:] (lay forms of the typed words): (its length in
        words, targets), or (0, [])."""
        for size in range(min(MAX_PHRASE_WORDS, len(forms) - start), 0, -1):
            targets = self.entries.get(tuple(forms[start : start + size]))
            if targets:
                return size, targets
        return 0, []

    def __len__(self) -> int:
        return len(self.entries)

    def merged(self, other: SynonymTable) -> SynonymTable:
        """A table with this one's entries plus other's for lay phrases this one does not have."""
        table = SynonymTable(
            {key: list(targets) for key, targets in self.entries.items()}, set(self.own),
            self.spellings | other.spellings,
        )  # fmt: skip
        for key, targets in other.entries.items():
            if key not in table.entries:
                table.entries[key] = list(targets)
                if key in other.own:
                    table.own.add(key)
        return table


#: Glossary aliases this short are ambiguous abbreviations ("ER", "OS", "A1"), not lay words.
MIN_ALIAS_CHARS = 3


def glossary_table(entries: Iterable[tuple[str, Sequence[str]]]) -> SynonymTable:
    """Glossary aliases (lay words, other spellings) mapped to their term, from (term, aliases) pairs.

    Left out: aliases that stem to the term itself (plurals), aliases made only of the term's own
    words ("advanced" for "advanced cancer": searching the term finds nothing more, unless that term
    leads on to another one), very short
    abbreviations, and ambiguous aliases: one that stems like another term ("cancerous", listed for
    "malignant", is also a form of "cancer") or that several terms list.
    """
    pairs = [(tuple(words(term)), aliases) for term, aliases in entries]
    term_stems = {tuple(stem(w) for w in target) for target, _ in pairs}
    found: dict[tuple[str, ...], tuple[list[str], set[tuple[str, ...]]]] = {}
    inside: set[tuple[str, ...]] = set()
    for target, aliases in pairs:
        target_stems = {stem(w) for w in target}
        for alias in aliases:
            lay = words(alias)
            if not lay or not target or len(alias.strip()) < MIN_ALIAS_CHARS:
                continue
            key = lay_forms(lay)
            found.setdefault(key, (lay, set()))[1].add(target)
            if {stem(w) for w in lay} <= target_stems:
                inside.add(key)
    table = SynonymTable()
    table.spellings.update(spellable(w for target, aliases in pairs for w in [*target, *words(" ".join(aliases))]))
    for key, (lay, targets) in found.items():
        if len(targets) != 1 or tuple(stem(w) for w in lay) in term_stems:
            continue
        # A term that is itself another term's alias leads on to that term too
        # ("internal radiation" -> "internal radiation therapy" -> "brachytherapy").
        (target,) = targets
        onward = found.get(lay_forms(target), ((), set()))[1]
        further = [t for t in onward if len(onward) == 1 and t != target]
        if key not in inside:
            table.add(lay, [target, *further])
        elif further:
            table.add(lay, further)
    return table


# A glossary definition's other names for its own term: "They are also called blood thinners."
# (anticoagulants), "It is also called dry heaves." (retching). Only a sentence that opens with the
# naming counts: "a protein called BTK" inside a sentence names something else.
_DEFINITION_CALLED = re.compile(
    r"(?:^|[.!?]\s+)(?:It is|They are|It's|Also|Often|Sometimes)\s+(?:also\s+|often\s+|sometimes\s+)?"
    r"(?:called|known as)\s+(?:an?\s+|the\s+)?([^.,;:()]{3,60})[.,;]"
)
#: An other name from a definition has at most this many words.
MAX_DEFINITION_NAME_WORDS = 4


def definition_other_names(definition: str) -> list[str]:
    """The other names a glossary definition gives its own term ("It is also called pinkeye."); a
    name offered with another ("standard or Western medicine") is left out, as its halves are no names,
    and so are initials ("It is often called FIT."), which are ordinary words typed in lowercase."""
    names: list[str] = []
    if "called" not in definition and "known as" not in definition:  # most do not: skip the pattern
        return names
    for match in _DEFINITION_CALLED.finditer(definition):
        name = match.group(1).strip()
        if " or " in name or " and " in name or len(name.split()) > MAX_DEFINITION_NAME_WORDS:
            continue
        if any(w.isupper() and len(w) > 1 for w in name.split()):  # initials ("FIT", "TENS"): "fit" is a word
            continue
        names.append(name)
    return names


#: Last words of a procedure's name that people use for one another ("Whipple procedure", "Whipple
#: operation", "Whipple surgery").
_PROCEDURE_WORDS = ("procedure", "operation", "surgery")


def procedure_names(term: str) -> list[str]:
    """The same procedure with its last word said the other ways ("Whipple procedure" -> "Whipple
    operation", "Whipple surgery"); [] for a term that is no named procedure."""
    head, _, last = term.strip().rpartition(" ")
    if not head or last.lower() not in _PROCEDURE_WORDS:
        return []
    return [f"{head} {other}" for other in _PROCEDURE_WORDS if other != last.lower()]


#: A one-word term is split only when it is this long, its first part this long and its second part
#: this long (a word by itself): "cholangio carcinoma", "chemo therapy", "neuro blastoma".
MIN_SPLIT_TERM = 9
MIN_SPLIT_HEAD = 4
MIN_SPLIT_TAIL = 5


def split_spellings(terms: Iterable[str], vocabulary: set[str]) -> SynonymTable:
    """One-word terms typed as two words ("cholangio carcinoma", "chemo therapy", "neuro blastoma")
    mapped to the term. The second part must be a word of vocabulary (the glossary's words) and the
    first one either a word too ("anti", "blood") or a combining form ending in "o" ("cholangio",
    "immuno"); neither part becomes a spelling suggestion. Only the two words side by side are the
    term: typed apart, or alone, they are searched as themselves."""
    table = SynonymTable()
    for term in terms:
        word = term.strip().lower()
        if len(word) < MIN_SPLIT_TERM or not (word.isalpha() and word.isascii()):
            continue  # also every term of several words
        for cut in range(MIN_SPLIT_HEAD, len(word) - MIN_SPLIT_TAIL + 1):
            head, tail = word[:cut], word[cut:]
            if tail in vocabulary and (head.endswith("o") or head in vocabulary):
                table.add((head, tail), [(word,)])
    return table


# "chemotherapy (also called chemo)", "internal radiation therapy, also called brachytherapy,",
# "Esthesioneuroblastoma is also called olfactory neuroblastoma".
# The scan looks for the verb only (a literal is quick to find), then checks the words before it.
_CALLED = re.compile(r"(?:called|known as|referred to as)\s+")
_ALSO_BEFORE = re.compile(r"(?:\(|,\s*|\bis\s+|\bare\s+)(?:also|sometimes|often|commonly)\s+\Z")
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'\u2019-]*|\d+")
#: Words that end a name when reading back from "also called" (and start none).
_NAME_STOP = frozenset(
    """a an the this that these those it its they them there here of is are was were be been in on at to
    for with by from and or as but not no which who whom whose what when where how than then such also
    can may might will would should could has have had do does did often sometimes usually most some
    any all each every other others more less very so if into onto about after before during between
    through under over up out your you our their his her my we us one two""".split()
)
#: Longest name taken on either side of "also called".
MAX_NAME_WORDS = 4
#: Words that are no name by themselves ("This procedure is also called ...", "... treatment, also called").
_GENERIC_NAMES = frozenset(
    """procedure procedures treatment treatments test tests cell cells drug drugs therapy therapies cancer
    cancers tumor tumors stage phase type types condition conditions disease diseases syndrome method
    process surgery protein gene genes changes variant variants example following phenomenon virus
    people patients person b t""".split()
)
#: A main name starting with one of these was read from the middle of a sentence.
_NOT_A_NAME_START = frozenset(
    "given called causes suggest labeled studying take develop treat including what".split()
)
# A title's other names in brackets: "Curcumin (Curcuma, Turmeric) and Cancer", "Hair Loss (Alopecia)".
_TITLE_OTHER_NAMES = re.compile(r"^([^()]{3,60}?)\s*\(([^()]{3,80})\)")


def _name_before(text: str, end: int) -> tuple[str, ...]:
    """The name just before text[end]: up to MAX_NAME_WORDS words, back to a stop word or punctuation."""
    window = text[max(0, end - 80) : end]
    cut = max(window.rfind(c) for c in ".;:()[]\n")
    found = _NAME_WORD.findall(window[cut + 1 :])
    name: list[str] = []
    for word in reversed(found):
        if word.lower() in _NAME_STOP or len(name) == MAX_NAME_WORDS:
            break
        name.insert(0, word.lower())
    return tuple(name)


def _name_after(text: str, start: int) -> tuple[str, ...]:
    """The name just after text[start]: up to MAX_NAME_WORDS words, to punctuation or "or"."""
    window = text[start : start + 80]
    cut = min((i for i in (window.find(c) for c in ".,;:()[]\n") if i >= 0), default=len(window))
    name: list[str] = []
    for word in _NAME_WORD.findall(window[:cut]):
        low = word.lower()
        if low in ("or", "and") or len(name) == MAX_NAME_WORDS:
            break
        if not name and low in ("a", "an", "the"):
            continue
        name.append(low)
    while name and name[-1] in _NAME_STOP:
        name.pop()
    return tuple(name)


def _usable_pair(other: tuple[str, ...], main: tuple[str, ...]) -> bool:
    """True when a mined (other name, main name) pair names one thing two ways."""
    if not main or not other or main == other or len(" ".join(other)) < MIN_ALIAS_CHARS:
        return False
    if set(main) <= _GENERIC_NAMES or set(other) <= _GENERIC_NAMES or main[0] in _NOT_A_NAME_START:
        return False
    return other[0] not in _NOT_A_NAME_START


def mine_also_called(
    text: str, titles: Sequence[str] = ()
) -> Counter[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(other name, main name) pairs the library states: "A (also called B)", "A is also known as B",
    and a title's bracketed or slashed other names ("Curcumin (Curcuma, Turmeric)",
    "Laetrile/Amygdalin"), counted. The other name B leads to the main name A."""
    found: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
    for called in _CALLED.finditer(text):
        match = _ALSO_BEFORE.search(text, max(0, called.start() - 30), called.start())
        if match is None:
            continue
        main = _name_before(text, match.start())
        other = _name_after(text, called.end())
        if _usable_pair(other, main):
            found[(other, main)] += 1
    for title in titles:
        title = re.sub(
            r"\s*\((?:pdq|including)[^)]*\)|[\u2013\u2014-]\s*(?:patient|health).*$", "", title, flags=re.I
        )
        bracket = _TITLE_OTHER_NAMES.match(title)
        # "Curcumin (Curcuma, Turmeric) and Cancer" names the head; "Intraocular (Eye) Melanoma" only
        # glosses an adjective in the middle of a name: left out.
        if bracket and not re.match(r"\s*(?:$|and\b|[:|\u2013\u2014-])", title[bracket.end() :], re.I):
            bracket = None
        if bracket:
            main_text, others = bracket.group(1), bracket.group(2).split(",")
        elif "/" in title and title.count("/") == 1:
            main_text, others = title.split("/")
        else:
            continue
        main_text = re.sub(
            r"^(?:general information about|childhood|adult)\s+", "", main_text.strip(), flags=re.I
        )
        main = tuple(w.lower() for w in _NAME_WORD.findall(main_text) if w.lower() not in ("and", "cancer"))
        for part in others:
            other = tuple(w.lower() for w in _NAME_WORD.findall(part) if w.lower() not in ("and", "cancer"))
            if _usable_pair(other, main) and not set(other) & _NAME_STOP:
                found[(other, main)] += 1
    return found


def also_called_table(counts: Iterable[tuple[str, str, int]]) -> SynonymTable:
    """Other names -> main names from mined (other, main, count) records (space-separated words).

    An other name that several main names claim goes to the one the library uses at least twice as
    often as any other; when none stands out it is ambiguous and left out.
    """
    claims: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    for other, main, count in counts:
        claims.setdefault(tuple(other.split()), Counter())[tuple(main.split())] += count
    table = SynonymTable()
    for other_name, mains in claims.items():
        ranked = mains.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            table.add(other_name, [ranked[0][0]])
        table.spellings.update(spellable([*other_name, *ranked[0][0]]))
    return table


def mine_brand_pairs(text: str) -> Counter[tuple[str, str]]:
    """Every "generic (Brand)" pair in plain text, lowercased, counted."""
    found: Counter[tuple[str, str]] = Counter()
    for match in _BRAND.finditer(text):
        before = _GENERIC_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
        if before is None:
            continue
        generic, brand = before.group(1).strip("-").lower(), match.group(1).lower()
        if generic != brand and "-" not in brand and not _abbreviates(match.group(1), text, match.start()):
            found[(brand, generic)] += 1
    return found


def _abbreviates(name: str, text: str, end: int) -> bool:
    """True when a bracketed name is the initials of the words before it, not a brand: "bispecific T-cell
    engager (BiTE)" (its capitals B, T, E are those words' first letters, in order)."""
    capitals = [c.lower() for c in name if c.isupper()]
    if len(capitals) < 2:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, end - _LOOK_BACK) : end])[-2 * len(capitals) :]
    initials = iter(w[0].lower() for w in before)
    return all(any(i == c for i in initials) for c in capitals)


# A drug page's list of brands: "US Brand Name(s)" and one brand a line, up to "FDA Approved".
_BRAND_LIST = re.compile(r"US Brand Name\(s\)\s*\n(.{1,600}?)\n\s*FDA Approved", re.S)


def mine_brand_list(text: str, generic: str) -> Counter[tuple[str, str]]:
    """Brands a drug page lists under "US Brand Name(s)", paired with the page's drug (its title);
    trusted as if seen MIN_BRAND_PAIRS times."""
    found: Counter[tuple[str, str]] = Counter()
    match = _BRAND_LIST.search(text)
    if match is None or not generic.strip():
        return found
    for line in match.group(1).splitlines():
        brand = " ".join(words(line))
        if brand and len(brand.split()) <= 2 and brand != generic.lower():
            found[(brand, " ".join(words(generic)))] = MIN_BRAND_PAIRS
    return found


def brand_table(counts: Iterable[tuple[str, str, int]], known_words: set[str] | None = None) -> SynonymTable:
    """Brand -> generic names seen at least MIN_BRAND_PAIRS times (brands that are plain words skipped)."""
    total: Counter[tuple[str, str]] = Counter()
    for brand, generic, count in counts:
        total[(brand, generic)] += count
    table = SynonymTable()
    trusted = [(brand, generic) for (brand, generic), count in total.items()
               if count >= MIN_BRAND_PAIRS and (known_words is None or brand not in known_words)]  # fmt: skip
    # A brand of two words is also said by its first ("Lupron Depot": "lupron"), when that word is no
    # plain word of the library, no brand by itself, and names one generic only.
    short: dict[str, set[str]] = {}
    for brand, generic in trusted:
        first = brand.split()[0]
        if len(brand.split()) == 2 and len(first) >= MIN_SHORT_BRAND and (known_words is None or first not in known_words):
            short.setdefault(first, set()).add(generic)
    named = {brand for brand, _ in trusted}
    trusted += [(first, next(iter(generics))) for first, generics in short.items()
                if len(generics) == 1 and first not in named]  # fmt: skip
    for brand, generic in trusted:
        table.add(tuple(brand.split()), [tuple(generic.split())])
        table.spellings.update(spellable([*brand.split(), *generic.split()]))
    return table


# "[jaundice](...) (yellowing of the skin and whites of the eyes)": a linked term and, in brackets
# right after it, what it means in plain words.
_EXPLAINED = re.compile(
    r"\[([^\]\n]{3,40})\]\([^()\n]*(?:\([^)\n]*\)[^()\n]*)*\)\s*\(([a-z][^()\n\[\]]{8,100})\)"
)
_NOT_AN_EXPLANATION = (
    "see ",
    "such as",
    "for example",
    "e.g",
    "also ",
    "including",
    "like ",
    "or ",
    "and ",
    # narrower, not plainer: "lymphocytes (a type of white blood cell)"
    "a type of",
    "a kind of",
    "a group of",
    "a form of",
    "one of",
    "a class of",
    "types of",
)
#: An explanation longer than this many words is a sentence, not a meaning.
MAX_EXPLANATION_WORDS = 10


def mine_explanations(markdown: str) -> Counter[tuple[str, str]]:
    """(term, plain-words meaning) pairs an article states: "[jaundice](...) (yellowing of the skin ...)"."""
    found: Counter[tuple[str, str]] = Counter()
    if "](" not in markdown:
        return found
    for match in _EXPLAINED.finditer(markdown):
        term, meaning = " ".join(words(match.group(1))), match.group(2).strip()
        if (
            term
            and not any(ch.isdigit() for ch in meaning)
            and not meaning.startswith(_NOT_AN_EXPLANATION)
            and len(meaning.split()) <= MAX_EXPLANATION_WORDS
            # a description has small words ("buildup of fluid in the abdomen"); "white blood cells"
            # for "lymphocytes" is another name, left to the other sources
            and any(w in _NAME_STOP for w in words(meaning))
        ):
            found[(term, " ".join(words(meaning)))] += 1
    return found


@dataclass
class Explanations:
    """Terms found from a description in plain words ("skin and eyes turning yellow" -> jaundice), using
    the meanings the articles give in brackets after a term. A meaning fires when the question holds
    most of its words (at least MIN_WORDS of them, from at least two of the question's ideas)."""

    MIN_WORDS = 2
    SHARE = 0.6
    #: A meaning of two words is another name ("white blood cells"), not a description: left to the
    #: other sources, which treat it as a name.
    MIN_MEANING_WORDS = 3

    #: (term words, the meaning's stems), indexed by stem.
    entries: list[tuple[tuple[str, ...], frozenset[str]]] = field(default_factory=list)
    by_stem: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_counts(cls, counts: Iterable[tuple[str, str, int]], stop: Callable[[str], bool]) -> Explanations:
        """From mined (term, meaning, count) records; stop(word) says which words carry no meaning."""
        table = cls()
        seen: set[tuple[tuple[str, ...], frozenset[str]]] = set()
        for term, meaning, _count in counts:
            stems = frozenset(stem(w) for w in meaning.split() if not stop(w) and len(w) > 2)
            key = (tuple(term.split()), stems)
            if len(stems) < cls.MIN_MEANING_WORDS or key in seen or set(key[0]) & stems:
                continue
            seen.add(key)
            for s in stems:
                table.by_stem.setdefault(s, []).append(len(table.entries))
            table.entries.append(key)
        return table

    def explained(self, ideas: Sequence[frozenset[str]]) -> list[tuple[str, ...]]:
        """Terms whose meaning the question describes; ideas are the stems standing for each idea."""
        found: dict[tuple[str, ...], float] = {}
        touched = {i for stems in ideas for s in stems for i in self.by_stem.get(s, ())}
        for number in touched:
            term, meaning = self.entries[number]
            hit_ideas = [stems & meaning for stems in ideas if stems & meaning]
            matched = frozenset().union(*hit_ideas) if hit_ideas else frozenset()
            if (
                len(hit_ideas) >= 2
                and len(matched) >= self.MIN_WORDS
                and len(matched) >= self.SHARE * len(meaning)
            ):
                found[term] = max(found.get(term, 0.0), len(matched) / len(meaning))
        return sorted(found, key=lambda t: -found[t])
