"""How the whole app looks: text size, theme, line spacing and font, applied app-wide and remembered."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core.settings import reading_prefs as prefs_mod
from reader.core.settings.reading_prefs import ReadingPrefs
from reader.core.settings.store import Settings
from reader.ui.appearance.theme import Theme, theme_for

log = logging.getLogger(__name__)

LEGIBLE_FAMILY = "Atkinson Hyperlegible"


def legible_font_files() -> list[Path]:
    """The Atkinson Hyperlegible font files shipped by fontpkg-atkinson-hyperlegible (empty if absent)."""
    try:
        import fontpkg_atkinson_hyperlegible as package
    except ImportError:
        return []
    return sorted(Path(package.ROOT, "files").glob("*.ttf"))


def load_legible_font() -> str:
    """Register the legible font with Qt once; its family name, or "" when it is not available."""
    if LEGIBLE_FAMILY in QFontDatabase.families():
        return LEGIBLE_FAMILY
    family = ""
    for path in legible_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and not family:
            family = (QFontDatabase.applicationFontFamilies(font_id) or [""])[0]
    if not family:
        log.info("The legible font is not installed; the usual font is used.")
    return family


def system_is_dark() -> bool:
    """True when the desktop asks for dark colours."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(theme: Theme) -> QPalette:
    """A window palette in the theme's colours."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.window_text,
        QPalette.ColorRole.Base: theme.background,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.window_text,
        QPalette.ColorRole.BrightText: theme.highlight,
        QPalette.ColorRole.Highlight: theme.highlight,
        QPalette.ColorRole.HighlightedText: theme.highlight_text,
        QPalette.ColorRole.ToolTipBase: theme.background,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled))
    return palette


class Appearance(QObject):
    """Holds the reading preferences, applies them to the whole app, and saves the person's changes.

    Values given on the command line (overrides) are used for this run only and never saved;
    changes the person makes in the window are saved at once.
    """

    fontScaleAboutToChange = Signal(int)  # the new size, before anything is laid out again in it
    fontScaleChanged = Signal(int)
    themeChanged = Signal(str)
    readingOptionsChanged = Signal()

    def __init__(
        self,
        settings: Settings,
        font_scale: int | None = None,
        theme: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prefs = ReadingPrefs.from_settings(settings).with_overrides(font_scale, theme)
        self.legible_family = ""
        self.base_points: float | None = None  # the size of 100%; None: the desktop's usual font size
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    # Reading the state ------------------------------------------------------

    @property
    def font_scale(self) -> int:
        """The text size in percent."""
        return self.prefs.font_scale

    @property
    def theme(self) -> Theme:
        """The theme in use ("system" resolved to light or dark)."""
        return theme_for(self.prefs.theme, system_is_dark())

    def font(self) -> QFont:
        """The app's font at the current size (and in the legible family when chosen)."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        if self.base_points is not None:
            base = self.base_points
        font.setPointSizeF(round(base * self.prefs.font_scale / 100, 1))
        if self.prefs.legible_font:
            self.legible_family = self.legible_family or load_legible_font()
            if self.legible_family:
                font.setFamilies([self.legible_family])
        return font

    def article_css(self) -> str:
        """The article stylesheet for the current theme and line spacing."""
        return self.theme.article_css(self.prefs.line_spacing)

    # Changing it --------------------------------------------------------------

    def apply(self) -> None:
        """Put the font, palette and stylesheet on the whole app (menus and tooltips included)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        theme = self.theme
        font = self.font()
        app.setPalette(palette_for(theme))
        QToolTip.setPalette(palette_for(theme))
        app.setFont(font)
        QToolTip.setFont(font)
        # While an app stylesheet is set, Qt passes a new app font on to existing widgets in no
        # particular order (children may keep the old size), so the stylesheet carries the size too.
        app.setStyleSheet(theme.window_css(font.family(), font.pointSizeF()))

    def set_base_points(self, points: float | None) -> None:
        """Make 100% this many points (a kiosk reads at arm's length), or the desktop's size again (None)."""
        self.base_points = points
        self.apply()
        self.fontScaleChanged.emit(self.prefs.font_scale)

    def _change(self, key: str, value: object) -> bool:
        if getattr(self.prefs, key) == value:
            return False
        changed: dict[str, Any] = {key: value}  # one of ReadingPrefs' fields, named at run time
        self.prefs = replace(self.prefs, **changed)
        self.settings.set(key, value)
        self.apply()
        return True

    def set_font_scale(self, percent: int) -> None:
        """Use this text size (kept within 75%-300%) and remember it."""
        percent = prefs_mod.clamp_scale(percent)
        if percent != self.prefs.font_scale:
            self.fontScaleAboutToChange.emit(percent)  # (the article keeps its place: reading_place.py)
        if self._change("font_scale", percent):
            self.fontScaleChanged.emit(self.prefs.font_scale)

    @Slot()
    def larger(self) -> None:
        """One step larger."""
        self.set_font_scale(prefs_mod.larger(self.prefs.font_scale))

    @Slot()
    def smaller(self) -> None:
        """One step smaller."""
        self.set_font_scale(prefs_mod.smaller(self.prefs.font_scale))

    @Slot()
    def reset_font_scale(self) -> None:
        """Back to the usual size."""
        self.set_font_scale(prefs_mod.DEFAULT_SCALE)

    def set_theme(self, name: str) -> None:
        """Use a theme ("light", "dark", "high-contrast" or "system") and remember it."""
        if name in prefs_mod.THEME_NAMES and self._change("theme", name):
            self.themeChanged.emit(name)

    def set_line_spacing(self, percent: int) -> None:
        """Use one of the line spacings (150, 180, 210)."""
        if percent in prefs_mod.LINE_SPACINGS and self._change("line_spacing", percent):
            self.readingOptionsChanged.emit()

    def set_legible_font(self, on: bool) -> None:
        """Use (or stop using) the highly legible font."""
        if self._change("legible_font", bool(on)):
            self.readingOptionsChanged.emit()

    def restore(self, prefs: prefs_mod.ReadingPrefs) -> None:
        """Text size, theme, line spacing and font back to these (a visitor reset)."""
        self.set_font_scale(prefs.font_scale)
        self.set_theme(prefs.theme)
        self.set_line_spacing(prefs.line_spacing)
        self.set_legible_font(prefs.legible_font)

    @Slot(Qt.ColorScheme)
    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        if self.prefs.theme == "system":
            self.apply()
            self.themeChanged.emit("system")
