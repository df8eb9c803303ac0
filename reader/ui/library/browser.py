"""The library browser: articles by cancer type, by topic, and A to Z."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.languages.codes import PSEUDO_RTL, SOURCE_LANGUAGE
from reader.core.languages.collation import sort_key
from reader.core.languages.names import article_language, in_language, localized_name, own_language_first
from reader.core.languages.translate import QT_TRANSLATE_NOOP, current_language, translate
from reader.core.library.article import Article
from reader.core.library.catalog import Library
from reader.core.library.placement import cancer_type_name, topic_name
from reader.core.library.readability import reading_badge

# The reading-level filter's choices: (what the person sees, the badge it keeps; "" keeps all).
READING_LEVELS = (
    (QT_TRANSLATE_NOOP("LibraryBrowser", "Any reading level"), ""),
    (QT_TRANSLATE_NOOP("Readability", "Easy to read"), "Easy to read"),
    (QT_TRANSLATE_NOOP("Readability", "More detail"), "More detail"),
    (QT_TRANSLATE_NOOP("Readability", "For health professionals"), "For health professionals"),
)

KEY_ROLE = Qt.ItemDataRole.UserRole


def topic_label(tag: str) -> str:
    """The name a person sees for a topic (resources/library/display_names.json, or the file for the
    reader's language)."""
    return localized_name("topics", tag) or topic_name(tag)


def cancer_type_label(name: str) -> str:
    """The name a person sees for a cancer type (resources/library/display_names.json, or the file for
    the reader's language)."""
    return localized_name("cancer_types", name) or cancer_type_name(name)


def by_language(articles: list[Article]) -> list[tuple[str, list[Article]]]:
    """The articles (the reader's language first) in runs of one language, in the order given: the reader's
    own without a heading, each other one under "In English" / "En inglés" (walk 10, X5: the Spanish A–Z
    went on from Spanish titles to English ones with nothing between)."""
    own = SOURCE_LANGUAGE if current_language() == PSEUDO_RTL else current_language()
    groups: list[tuple[str, list[Article]]] = []
    for article in articles:
        language = article_language(article)
        label = "" if language == own else in_language(language)
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        groups[-1][1].append(article)
    return groups


class _ArticleTree(QTreeWidget):
    """A tree of groups, each holding articles; Enter or a click opens one."""

    articleRequested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(name)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def fill(self, groups: list[tuple[str, list[Article]]], flat: bool = False, counts: bool = True) -> None:
        """Replace the content with these groups of articles (counts: each group's name says how many).
        Flat: one list, where a group's name (if any) is a bold heading row over its articles."""
        self.clear()
        for label, articles in groups:
            parent: QTreeWidget | QTreeWidgetItem = self
            if flat and label and articles:
                heading = QTreeWidgetItem(self, [label])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
            elif not flat:
                group = QTreeWidgetItem(self, [f"{label} ({len(articles)})" if counts else label])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent = group
            for article in articles:
                item = QTreeWidgetItem(parent, [article.display_title])
                item.setData(0, KEY_ROLE, article.key)
                item.setToolTip(0, article.display_title)
            if isinstance(parent, QTreeWidgetItem):
                parent.setExpanded(len(groups) <= 3)

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.articleRequested.emit(key)
        elif item.childCount():
            item.setExpanded(not item.isExpanded())


class LibraryBrowser(QWidget):
    """Tabs to browse the library; emits articleRequested(key)."""

    articleRequested = Signal(str)
    readingLevelChanged = Signal(str)  # the reading level chosen (a badge, "" for any)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("LibraryBrowser", "Browse the library"))
        # Tab stops on the tabs themselves, where the window's Tab order puts them. The tab widget, standing
        # for its tabs (its focus proxy), was another stop right after the article, so Tab went round from
        # the article to the tabs and never reached the search box.
        self.tabs.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr; the stubs do not say so
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.by_type = _ArticleTree(translate("LibraryBrowser", "Articles by cancer type"))
        self.by_topic = _ArticleTree(translate("LibraryBrowser", "Articles by topic"))
        az_page = QWidget()
        self.filter = QLineEdit(az_page)
        self.filter.setPlaceholderText(translate("LibraryBrowser", "Filter titles"))
        self.filter.setAccessibleName(translate("LibraryBrowser", "Filter article titles"))
        self.filter.setClearButtonEnabled(True)
        self.a_to_z = _ArticleTree(translate("LibraryBrowser", "All articles, A to Z"))
        az_layout = QVBoxLayout(az_page)
        az_layout.setContentsMargins(0, 4, 0, 0)
        az_layout.addWidget(self.filter)
        az_layout.addWidget(self.a_to_z)
        self.tabs.addTab(self.by_type, translate("LibraryBrowser", "Cancer types"))
        self.tabs.addTab(self.by_topic, translate("LibraryBrowser", "Topics"))
        self.tabs.addTab(az_page, translate("LibraryBrowser", "A–Z"))
        self.reading_level = QComboBox(self)
        self.reading_level.setAccessibleName(
            translate("LibraryBrowser", "Show articles at this reading level")
        )
        for number, (label, _badge) in enumerate(READING_LEVELS):
            self.reading_level.addItem(translate("LibraryBrowser" if number == 0 else "Readability", label))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reading_level)
        layout.addWidget(self.tabs)
        for tree in (self.by_type, self.by_topic, self.a_to_z):
            tree.articleRequested.connect(self.articleRequested)
        self.filter.textChanged.connect(self._filter)
        self.tabs.currentChanged.connect(self._fill_tab)
        self.reading_level.currentIndexChanged.connect(self._on_level)
        self._all: list[Article] = []
        self._library: Library | None = None
        self._complete = True  # the whole library (not the articles read so far)
        self._stale: set[int] = set()

    def set_library(self, library: Library, complete: bool = True) -> None:
        """Show this library's articles: patient versions first, then A to Z. Not complete (the articles
        read so far, while the library loads): the groups without counts, which grew while a person
        looked ("Breast (83)" -> "(90)", walk 8, X13).

        Only the tab on screen is filled now, the others when first shown: filling all three lists made
        ~5,000 rows for the 1,378-article library, about a tenth of the GUI thread's time from start to
        a readable article (py-spy of `--open X --screenshot`, issue 20).
        """
        self._library = library
        self._complete = complete
        self._refill()

    def level(self) -> str:
        """The reading level chosen (a badge, "" for any)."""
        return READING_LEVELS[max(0, self.reading_level.currentIndex())][1]

    @Slot(str)
    def set_reading_level(self, badge: str) -> None:
        """Choose this reading level (the window's other reading-level box changed)."""
        index = next((n for n, (_label, level) in enumerate(READING_LEVELS) if level == badge), 0)
        self.reading_level.setCurrentIndex(index)

    @Slot(int)
    def _on_level(self, _index: int) -> None:
        self._refill()
        self.readingLevelChanged.emit(self.level())

    @Slot()
    def _refill(self) -> None:
        library = self._library
        if library is None:
            return
        wanted = self.level()
        self._all = [
            a for a in own_language_first(library.sorted_for_browsing())
            if not wanted or reading_badge(a.reading_grade, a.audience_level) == wanted
        ]  # fmt: skip
        self._stale = {0, 1, 2}
        self._fill_tab(self.tabs.currentIndex())

    @Slot(int)
    def _fill_tab(self, index: int) -> None:
        if index not in self._stale or self._library is None:
            return
        self._stale.discard(index)
        if index == 0:
            types = sorted(
                {t for a in self._all for t in a.cancer_types}, key=lambda t: sort_key(cancer_type_label(t))
            )
            self.by_type.fill(
                [(cancer_type_label(t), [a for a in self._all if t in a.cancer_types]) for t in types],
                counts=self._complete,
            )
        elif index == 1:
            topics = sorted({t for a in self._all for t in a.tags}, key=lambda t: sort_key(topic_label(t)))
            self.by_topic.fill([(topic_label(t), [a for a in self._all if t in a.tags]) for t in topics],
                               counts=self._complete)  # fmt: skip
        else:
            self._filter(self.filter.text())

    def reset(self) -> None:
        """First tab, no filter, nothing chosen, lists at the top: as at start."""
        self.filter.clear()
        self.reading_level.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        for tree in (self.by_type, self.by_topic, self.a_to_z):
            tree.clearSelection()
            tree.scrollToTop()

    @Slot(str)
    def _filter(self, text: str) -> None:
        self._stale.discard(2)
        needle = text.strip().casefold()
        shown = [a for a in self._all if needle in a.display_title.casefold()] if needle else self._all
        self.a_to_z.fill(by_language(shown), flat=True)
