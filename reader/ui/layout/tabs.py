"""Tab labels that are never cut off: no eliding, no scroll arrows; the tab bar asks for all its room, and
where the labels on one line would take more than the window can give (a kiosk at 300 %, in Spanish),
a label of several words goes on two lines instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMainWindow, QTabBar, QTabWidget, QWidget

#: The share of the window's width a tab bar may take on one line; wider, its labels go on two lines. The
#: rest is the article's, beside the panel holding the tabs (and the panel's own frame and margins).
ONE_LINE_SHARE = 0.7
#: Room a tab takes beyond its words (the style's padding and frame), in pixels, when guessing its width.
TAB_EXTRA = 40


def keep_labels_whole(tabs: QTabBar | QTabWidget) -> None:
    """Show every tab's whole label: the panel holding the tabs gets at least their width (their labels
    on two lines when one line would not fit beside the article)."""
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(False)  # its minimum width is then every tab's width
    bar.setExpanding(False)
    if isinstance(tabs, QTabWidget):
        tabs.setElideMode(Qt.TextElideMode.ElideNone)
        tabs.setUsesScrollButtons(False)
    if bar.findChild(TwoLineLabels) is None:
        TwoLineLabels(bar)


def keep_dock_tabs_whole(window: QMainWindow) -> None:
    """The same for the tabs Qt makes when panels share a side of the window (made when first needed).
    Their labels stay on one line: Qt writes them again from the panels' titles whenever it lays them out."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.usesScrollButtons():
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(False)
            bar.setExpanding(False)


def two_lines(label: str) -> str:
    """The label broken at the space nearest its middle ("Todas las\npalabras A–Z"); one word stays whole."""
    spaces = [i for i, char in enumerate(label) if char == " "]
    if not spaces:
        return label
    middle = len(label) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1 :]


class TwoLineLabels(QObject):
    """Puts a tab bar's labels on two lines while on one line they would be wider than ONE_LINE_SHARE of
    the window, and back on one line when there is room again (text size, window size, language)."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar)
        self.setObjectName("twoLineLabels")
        self.bar = bar
        self._window: QWidget | None = None
        #: Each tab's label as the program set it, by tab index (a label Qt shows on two lines is ours).
        self._labels: dict[int, str] = {}
        bar.installEventFilter(self)

    def one_line_labels(self) -> list[str]:
        """The tabs' labels on one line (a label changed since, say by a new language, is taken as is)."""
        labels = []
        for index in range(self.bar.count()):
            shown, kept = self.bar.tabText(index), self._labels.get(index, "")
            labels.append(kept if kept and shown == two_lines(kept) else shown)
        return labels

    def fit(self) -> None:
        """Choose one or two lines for the labels, for the window's width and the bar's font now."""
        window = self.bar.window()
        if window is not self._window:  # the window is known once the bar is placed in it
            if self._window is not None:
                self._window.removeEventFilter(self)
            self._window = window
            window.installEventFilter(self)
        labels = self.one_line_labels()
        self._labels = dict(enumerate(labels))
        metrics = QFontMetrics(self.bar.font())
        wide = sum(metrics.horizontalAdvance(label.replace("&", "")) + TAB_EXTRA for label in labels)
        split = window.isWindow() and wide > window.width() * ONE_LINE_SHARE
        for index, label in enumerate(labels):
            wanted = two_lines(label) if split else label
            if self.bar.tabText(index) != wanted:
                self.bar.setTabText(index, wanted)
        # Qt sizes a tab for one line of text whatever its label holds: two lines need the height said.
        lines = max((self.bar.tabText(i).count("\n") + 1 for i in range(self.bar.count())), default=1)
        sheet = f"QTabBar::tab {{ min-height: {lines * metrics.lineSpacing() + 8}px; }}" if lines > 1 else ""
        if self.bar.styleSheet() != sheet:
            self.bar.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Fit again when the bar is shown or its font changes, and when the window's width changes."""
        kind = event.type()
        if watched is self.bar and kind in (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                                            QEvent.Type.LanguageChange, QEvent.Type.ParentChange):  # fmt: skip
            self.fit()
        elif watched is self._window and kind == QEvent.Type.Resize and self.bar.isVisible():
            self.fit()
        return False
