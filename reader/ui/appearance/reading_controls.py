"""The View menu and text-size buttons: text size, theme, line spacing and font, wired to the window."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QActionGroup, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QMenu, QToolBar

from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.settings.reading_prefs import DEFAULT_SCALE, LINE_SPACINGS, MAX_SCALE, MIN_SCALE, THEME_NAMES
from reader.ui.appearance.appearance import Appearance
from reader.ui.appearance.theme import THEMES
from reader.ui.reading.reading_place import PlaceKeeper

if TYPE_CHECKING:
    from reader.ui.window.host import WindowHost

THEME_LABELS = {
    **{name: theme.label for name, theme in THEMES.items()},
    "system": QT_TRANSLATE_NOOP("ReadingControls", "Follow the system"),
}
WHEEL_STEP = 120  # one notch of a mouse wheel, in eighths of a degree


def size_label(percent: int) -> str:
    """The words shown for a text size."""
    return translate("ReadingControls", "Text {percent}%").format(percent=percent)


def size_words(percent: int) -> str:
    """A text size in words, for screen readers."""
    return translate("ReadingControls", "Text size {percent} percent").format(percent=percent)


class CtrlWheelZoom(QObject):
    """Ctrl + mouse wheel over a text view makes the app's text larger or smaller."""

    def __init__(self, appearance: Appearance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self._delta = 0

    def watch(self, *views: QAbstractScrollArea) -> None:
        """Handle Ctrl+wheel on these views (instead of their own zoom, which would not be remembered)."""
        for view in views:
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Turn Ctrl+wheel into text-size steps."""
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        self._delta += event.angleDelta().y()
        # Restyling the app while the view is still handling its wheel event can crash Qt: do it next.
        QTimer.singleShot(0, self, self._apply_steps)
        return True

    @Slot()
    def _apply_steps(self) -> None:
        while abs(self._delta) >= WHEEL_STEP:
            if self._delta > 0:
                self.appearance.larger()
                self._delta -= WHEEL_STEP
            else:
                self.appearance.smaller()
                self._delta += WHEEL_STEP


class ReadingControls(QObject):
    """Adds the View menu and the A− / size / A+ / reset buttons; shows the current choices."""

    def __init__(self, host: WindowHost, appearance: Appearance) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.appearance = appearance
        self._build_actions()
        self._build_menu()
        self._build_toolbar()
        appearance.fontScaleChanged.connect(self._show_state)
        appearance.themeChanged.connect(self._show_state)
        appearance.readingOptionsChanged.connect(self._show_state)
        # A new size keeps the line at the top of the article at the top, and is said (walk 9, C9-4).
        self.place_keeper = PlaceKeeper(host.view, appearance, lambda: host.current is not None)
        self._size_said = appearance.font_scale
        appearance.fontScaleChanged.connect(self._say_size)
        appearance.apply()
        self._show_state()

    def _build_actions(self) -> None:
        reg = self.host.actions_registry
        app = self.appearance
        zoom_in: list[QKeySequence.StandardKey | str] = [QKeySequence.StandardKey.ZoomIn]
        if QKeySequence("Ctrl+=") not in QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn):
            zoom_in.append("Ctrl+=")
        self.larger = reg.add("text_larger", translate("ReadingControls", "&Larger text"), app.larger, zoom_in,
                              tip=translate("ReadingControls", "Larger text (Ctrl++)"))  # fmt: skip
        self.smaller = reg.add("text_smaller", translate("ReadingControls", "&Smaller text"), app.smaller,
                               [QKeySequence.StandardKey.ZoomOut],
                               tip=translate("ReadingControls", "Smaller text (Ctrl+-)"))  # fmt: skip
        self.reset = reg.add("text_reset", translate("ReadingControls", "&Usual text size"), app.reset_font_scale,
                             ["Ctrl+0"], tip=translate("ReadingControls", "Usual text size, {percent}% (Ctrl+0)").format(
                                 percent=DEFAULT_SCALE))  # fmt: skip
        self.larger.setIconText("A+")
        self.smaller.setIconText("A−")
        self.reset.setIconText(translate("ReadingControls", "Reset size"))
        self.theme_group = QActionGroup(self)
        for name in THEME_NAMES:
            action = reg.add(
                f"theme_{name}",
                translate("ReadingControls", THEME_LABELS[name]),
                partial(app.set_theme, name),
            )
            action.setCheckable(True)
            self.theme_group.addAction(action)
        self.spacing_group = QActionGroup(self)
        for percent, label in LINE_SPACINGS.items():
            words = translate("ReadingControls", "{spacing} line spacing").format(
                spacing=translate("ReadingControls", label)
            )
            action = reg.add(f"line_spacing_{percent}", words, partial(app.set_line_spacing, percent))
            action.setCheckable(True)
            self.spacing_group.addAction(action)
        self.legible = reg.add("legible_font", translate("ReadingControls", "Easy-to-read &font (Atkinson Hyperlegible)"),
                               self._toggle_legible)  # fmt: skip
        self.legible.setCheckable(True)

    def _build_menu(self) -> None:
        reg = self.host.actions_registry
        menu: QMenu = self.host.menu("view")
        menu.setObjectName("viewMenu")
        for name in ("text_larger", "text_smaller", "text_reset"):
            menu.addAction(reg[name])
        menu.addSeparator()
        themes = menu.addMenu(translate("ReadingControls", "&Colours"))
        themes.addActions(self.theme_group.actions())
        spacing = menu.addMenu(translate("ReadingControls", "Line s&pacing"))
        spacing.addActions(self.spacing_group.actions())
        menu.addAction(self.legible)
        self.menu = menu

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("ReadingControls", "Text size"), self.host.dialog_parent())
        toolbar.setObjectName("textSizeToolbar")
        self.host.add_toolbar(toolbar)
        self.toolbar = toolbar
        toolbar.addAction(self.smaller)
        self.size_label = QLabel(toolbar)
        self.size_label.setObjectName("textSizeLabel")
        toolbar.addWidget(self.size_label)
        toolbar.addAction(self.larger)
        toolbar.addAction(self.reset)
        names = {
            self.smaller: translate("ReadingControls", "Smaller text"),
            self.larger: translate("ReadingControls", "Larger text"),
            self.reset: translate("ReadingControls", "Usual text size"),
        }
        for action, name in names.items():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(name)

    @Slot(int)
    def _say_size(self, percent: int) -> None:
        """Tell screen readers the new text size (the status bar shows it; a kiosk's base size is not news)."""
        if percent != self._size_said:
            self._size_said = percent
            self.host.announce(size_words(percent))

    @Slot()
    def _toggle_legible(self) -> None:
        self.appearance.set_legible_font(self.legible.isChecked())

    @Slot()
    def _show_state(self) -> None:
        prefs = self.appearance.prefs
        self.size_label.setText(size_label(prefs.font_scale))
        self.size_label.setAccessibleName(size_words(prefs.font_scale))
        QAccessible.updateAccessibility(QAccessibleEvent(self.size_label, QAccessible.Event.NameChanged))
        self.larger.setEnabled(prefs.font_scale < MAX_SCALE)
        self.smaller.setEnabled(prefs.font_scale > MIN_SCALE)
        self.reset.setEnabled(prefs.font_scale != DEFAULT_SCALE)
        reg = self.host.actions_registry
        reg[f"theme_{prefs.theme}"].setChecked(True)
        reg[f"line_spacing_{prefs.line_spacing}"].setChecked(True)
        self.legible.setChecked(prefs.legible_font)
