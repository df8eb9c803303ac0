"""Language codes: which interface languages exist, their own names, and reading a locale name."""

from __future__ import annotations

import re
from pathlib import Path

#: The language the reader's own text is written in (the source of every translation).
SOURCE_LANGUAGE = "en"

#: Each language's name in its own words, for menus and messages; unknown codes show as the code.
NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "hi": "हिन्दी",
    "ar": "العربية",
    "fr": "Français",
    "pt": "Português",
    "zh": "中文",
}

#: Languages that write the names of languages small inside a sentence ("en español", "en français").
SMALL_IN_SENTENCES = frozenset({"es", "fr", "pt", "it", "ca"})

#: Languages written right to left (the window mirrors for them).
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug"})

#: A made-up language for testing layouts: English text, laid out right to left (see docs/LANGUAGES.md).
PSEUDO_RTL = "en-rtl"

#: Translation files are resources/translations/reader_<code>.ts (source) and .qm (compiled).
TRANSLATION_PREFIX = "reader_"

_CODE = re.compile(r"^[a-z]{2,3}$")


def normalize(name: str) -> str:
    """The two- or three-letter language of a locale name ("es_MX.UTF-8" -> "es"); "" when there is none."""
    name = name.strip().lower()
    if name == PSEUDO_RTL:
        return name
    code = re.split(r"[_\-.@:]", name, maxsplit=1)[0]
    return code if _CODE.match(code) else ""


def native_name(code: str) -> str:
    """The language's name in its own words ("es" -> "Español")."""
    if code == PSEUDO_RTL:
        return "English (right to left, for testing)"
    return NATIVE_NAMES.get(code, code)


def name_in_sentence(code: str) -> str:
    """The language's own name as its speakers write it inside a sentence: "español" (walk 10, X5: "El
    lector estará en Español"), "English"."""
    name = native_name(code)
    return name[:1].lower() + name[1:] if code in SMALL_IN_SENTENCES else name


def is_right_to_left(code: str) -> bool:
    """True for a language written right to left (and for the right-to-left test language)."""
    return code == PSEUDO_RTL or code in RIGHT_TO_LEFT


def available_languages(translations: Path) -> list[str]:
    """English, then every language with a translation source (reader_<code>.ts) in the folder, A-Z."""
    found = set()
    try:
        for path in translations.glob(f"{TRANSLATION_PREFIX}*.ts"):
            code = normalize(path.stem[len(TRANSLATION_PREFIX) :])
            if code and code != SOURCE_LANGUAGE:
                found.add(code)
    except OSError:
        pass
    return [SOURCE_LANGUAGE, *sorted(found)]


def describe(codes: list[str]) -> str:
    """ "en (English), es (Español)": the codes with their names, for messages."""
    return ", ".join(f"{code} ({native_name(code)})" for code in codes)
