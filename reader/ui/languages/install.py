"""Loading a language: Qt's translator for the reader's words and Qt's own, dates and numbers by QLocale.

Translations live in resources/translations/: ``reader_<code>.ts`` are the sources (kept current with
pyside6-lupdate), ``reader_<code>.qm`` the compiled files made at install and build time
(scripts/compile_translations.py). A missing or damaged .qm leaves the reader in English, with one
line in the log.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator

from reader.core.files.locations import resource
from reader.core.languages import translate as core_translate
from reader.core.languages.codes import PSEUDO_RTL, SOURCE_LANGUAGE, TRANSLATION_PREFIX, is_right_to_left
from reader.core.languages.translate import english_plural, translate

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """The folder with the reader's .ts and .qm files."""
    return resource("translations")


def translated_languages() -> tuple[str, ...]:
    """English, then every language the reader is translated into (as available_languages lists them),
    the folder listed again only when it changed: a search that finds nothing asks on the search thread
    and again on the GUI thread, each time."""
    folder = translations_dir()
    try:
        changed = folder.stat().st_mtime_ns  # a translation added or removed changes the folder
    except OSError:
        changed = -1
    return _languages_in(folder, changed)


@functools.lru_cache(maxsize=4)
def _languages_in(folder: Path, changed: int) -> tuple[str, ...]:
    from reader.core.languages.codes import available_languages

    return tuple(available_languages(folder))


def qm_path(code: str, folder: Path | None = None) -> Path:
    """Where the compiled translation for a language is."""
    return (folder or translations_dir()) / f"{TRANSLATION_PREFIX}{code}.qm"


def load_translator(code: str, folder: Path | None = None) -> QTranslator | None:
    """The reader's translator for a language, or None when its .qm is missing or damaged (logged once)."""
    path = qm_path(code, folder)
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)) and not translator.isEmpty():
        return translator
    state = "missing" if not path.is_file() else "damaged"
    log.warning("The %s translation %s is %s, so the reader is shown in English.", code, path, state)
    return None


def _qt_translator(code: str, folder: Path | None) -> QTranslator | None:
    """Qt's own words (standard buttons, text-field menus) in the language: bundled, else Qt's folder."""
    translator = QTranslator()
    for place in (
        folder or translations_dir(),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        if translator.load(f"qtbase_{code}", str(place)):
            return translator
    log.info("Qt's own %s translation was not found; its standard buttons stay in English", code)
    return None


# Fonts a language's letters need beyond the system's, by the Python package that ships them.
SCRIPT_FONTS = {"hi": "fontpkg_noto_sans_devanagari"}


def load_script_font(code: str) -> list[str]:
    """Register the font a language's letters need (Devanagari for Hindi); the families added, or []."""
    package = SCRIPT_FONTS.get(code)
    if package is None:
        return []
    try:
        module = importlib.import_module(package)
    except ImportError:
        log.warning("The %s font package %s is not installed; %s letters may not show", code, package, code)
        return []
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in sorted(Path(str(module.__file__)).parent.rglob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families


# Translators loaded for translate_into, by their .qm file; a miss is never kept (see _translator_for).
_LOADED: dict[Path, QTranslator] = {}
# The .qm files that could not be loaded, with what they were then (None: missing; else size and time).
_MISSED: dict[Path, tuple[int, int] | None] = {}


def _file_state(path: Path) -> tuple[int, int] | None:
    """A file's size and change time, or None when it is not there."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _translator_for(code: str) -> QTranslator | None:
    """The translator for translate_into: loaded once; a missing or damaged file is tried again once it changes.

    A miss is not remembered for good: the .qm may be compiled later in the same run (the first start
    of a fresh install, the tests), and the translation must then be used.
    """
    if code in (SOURCE_LANGUAGE, PSEUDO_RTL):
        return None
    path = qm_path(code)
    if path in _LOADED:
        return _LOADED[path]
    state = _file_state(path)
    if path in _MISSED and _MISSED[path] == state:
        return None  # the same file that failed before: no second load, no second log line
    translator = load_translator(code)
    if translator is None:
        _MISSED[path] = state
        return None
    _MISSED.pop(path, None)
    _LOADED[path] = translator
    return translator


def translate_into(code: str, context: str, text: str) -> str:
    """text in another language than the one in use (English when that language lacks it)."""
    translator = _translator_for(code)
    found = translator.translate(context, text) if translator is not None else ""
    return found or text


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, with English plurals ("(s)") where no translation has the text."""
    result = QCoreApplication.translate(context, text, disambiguation, n)
    return english_plural(result, n) if n >= 0 and "(s)" in result else result


def format_date(day: dt.date) -> str:
    """A date in words in the reader's language, by QLocale ("3 de diciembre de 2025")."""
    # The pattern is a translation too, so each language orders day, month and year its own way.
    pattern = translate("Dates", "MMMM d, yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_month(day: dt.date) -> str:
    """Month and year in the reader's language ("diciembre de 2025")."""
    pattern = translate("Dates", "MMMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def install_language(app: QCoreApplication, code: str, folder: Path | None = None) -> str:
    """Use a language for every word the reader shows from now on; returns the language in use.

    Windows made before this keep their words: call it before building the window.
    """
    installed: list[QTranslator] = []
    language = code
    if code not in (SOURCE_LANGUAGE, PSEUDO_RTL):
        translator = load_translator(code, folder)
        if translator is None:
            language = SOURCE_LANGUAGE
        else:
            installed.append(translator)
            qt = _qt_translator(code, folder)
            if qt is not None:
                installed.append(qt)
    if language != SOURCE_LANGUAGE and hasattr(app, "setLayoutDirection"):  # a GUI application
        load_script_font(language)
    for translator in installed:
        translator.setParent(app)  # kept alive as long as the app
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(SOURCE_LANGUAGE if language == PSEUDO_RTL else language))
    if is_right_to_left(language) and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    core_translate.install(qt_translate, language, format_date, format_month)
    return language


def uninstall_language(app: QCoreApplication) -> None:
    """Back to English (for tests): remove the reader's translators, reset the locale and direction."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale("en_US"))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    core_translate.install(None, SOURCE_LANGUAGE)


def system_ui_languages() -> list[str]:
    """The languages the system's settings ask for, most wanted first (Qt reads them on every OS)."""
    return list(QLocale.system().uiLanguages())
