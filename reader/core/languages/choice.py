"""Which language the reader speaks: the command line, then the kiosk policy, the settings, the system."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reader.core.languages.codes import PSEUDO_RTL, SOURCE_LANGUAGE, normalize

#: The settings key that remembers the person's choice (View > Language).
SETTINGS_KEY = "language"


@dataclass(frozen=True)
class LanguageChoice:
    """The language in use and where the choice came from: "command line", "kiosk", "settings", "system"."""

    code: str
    origin: str


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the system asks for, most wanted first, from the POSIX locale variables."""
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    # LANGUAGE is a list ("es:en"); it only counts when a real locale is set (as gettext does).
    names = env.get("LANGUAGE", "").split(":") if env.get("LC_ALL") or env.get("LANG") else []
    names += [env.get("LC_ALL", ""), env.get("LC_MESSAGES", ""), env.get("LANG", "")]
    for name in names:
        code = normalize(name)
        if name.split(".", 1)[0].strip().upper() in ("C", "POSIX"):
            code = SOURCE_LANGUAGE
        if code and code not in wanted:
            wanted.append(code)
    return wanted


def choose_language(
    available: Sequence[str],
    *,
    requested: str = "",
    policy: str = "",
    saved: object = None,
    system: Sequence[str] = (),
) -> LanguageChoice:
    """The language to use: --language, then the kiosk policy, then the saved choice, then the first
    system language that has a translation, else English. Unknown codes are passed over."""

    def usable(code: str) -> bool:
        return code in available or code == PSEUDO_RTL

    for origin, value in (("command line", requested), ("kiosk", policy)):
        code = normalize(value) if value else ""
        if code and usable(code):
            return LanguageChoice(code, origin)
    if isinstance(saved, str) and usable(normalize(saved)):
        return LanguageChoice(normalize(saved), "settings")
    for name in system:
        code = normalize(name)
        if code in available:
            return LanguageChoice(code, "system")
    return LanguageChoice(SOURCE_LANGUAGE, "default")


def language_option(text: str, available: Sequence[str] | None = None) -> str:
    """A --language value as a code; ValueError naming the languages that exist when it is unknown."""
    from reader.core.files.locations import resource
    from reader.core.languages.codes import available_languages, describe

    known = list(available) if available is not None else available_languages(resource("translations"))
    code = normalize(text)
    if code in known or code == PSEUDO_RTL:
        return code
    raise ValueError(f"unknown language {text!r}; the languages that exist are: {describe(known)}")
