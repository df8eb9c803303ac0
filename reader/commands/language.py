"""The commands' messages in the reader's language (Qt's translator, without a Qt application)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from reader.context import command_line_language
from reader.core.languages import translate as core_translate
from reader.core.languages.translate import english_plural

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from reader.context import Context


log = logging.getLogger(__name__)


def use_language(ctx: Context, requested: str = "") -> bool:
    """Choose the language (--language, settings, system) and translate the commands' output from now on.

    False when that is English, or the translation is unusable (then English, with one log line).
    """
    ctx.language = code = command_line_language(ctx, requested)
    if code == "en":
        return False
    from reader.ui.languages.install import load_translator  # Qt only when another language is wanted

    translator = load_translator(code)
    if translator is None:
        return False
    core_translate.install(_translating(translator, code), code)
    return True


def _translating(translator: QTranslator, code: str) -> core_translate.Translator:
    """Translations from translator; "%Ln" is the number grouped as the language writes it."""
    from PySide6.QtCore import QLocale

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            if n < 0:
                return found
            return found.replace("%Ln", QLocale(code).toString(n)).replace("%n", str(n))
        return english_plural(text, n)

    return translate
