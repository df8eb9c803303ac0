"""Search in the main window: the box (Ctrl+K), the results page, the index kept up to date, marks."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QToolBar, QWidget

from reader.core.languages.translate import QT_TRANSLATE_NOOP, current_language, translate
from reader.core.library.catalog import Library
from reader.core.library.readability import reading_badge
from reader.ui.search.box import SearchBox, stage_words
from reader.ui.search.match_bar import MatchBar

# The engine (Whoosh, slow to import) is loaded when the index is first used, after the first paint.
if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.library.article import Article
    from reader.core.search.index import IndexStatus, UpdateReport
    from reader.core.search.results import SearchHit, SearchResults
    from reader.core.search.text import ExcerptWords
    from reader.ui.search.highlight import MatchPlaces
    from reader.ui.search.results_view import ResultsPlace, SearchResultsView
    from reader.ui.search.worker import Opener, SearchService
    from reader.ui.window.host import WindowHost

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 5.0  # screen readers hear search preparation at most this often: when it starts, halfway
HALFWAY = 50
SETTLE_MS = 1000  # results are said once typing has paused this long, not for every letter
# "Search is ready now" only after a wait a person noticed: a build or update measured in percent, another
# copy preparing the index, or this long (it showed on every warm start with --search, walk 6 X9).
WAITED_SECONDS = 2.0

NOT_READY = QT_TRANSLATE_NOOP(
    "Search",
    "Search is being prepared{percent}. You can keep reading meanwhile; "
    "your results will appear here as soon as it is ready.",
)
# Said to someone waiting for search (the cursor in the box, or the results page on screen).
SEARCH_READY = QT_TRANSLATE_NOOP("Search", "Search is ready.")
# Shown above results that waited for the index.
READY_NOW = QT_TRANSLATE_NOOP("Search", "Search is ready now. Here are the results for what you typed.")
STILL_ADDING = QT_TRANSLATE_NOOP(
    "Search",
    "New articles are still being added to search{percent}. These results may change; "
    "they will be updated when it is done.",
)
# Shown instead of "nothing matches" while articles are still being added: the words may well be right, the
# articles are just not searchable yet (walk 13, C4: it said "try the words in English" at 86%).
GETTING_READY = QT_TRANSLATE_NOOP(
    "Search",
    "Search is still getting ready ({percent}% done). The articles being added now can be found once it "
    "is finished. Your results will appear here by themselves; you do not need to type again.",
)


VIEW_MENU_HINT = QT_TRANSLATE_NOOP(
    "Search",
    "There are also articles in {in_language}. To read them, choose {language} in the View > Language menu.",
)


KIOSK_BUTTON_HINT = QT_TRANSLATE_NOOP(
    "Search",
    "There are also articles in {in_language}. To read them, tap {language} at the top of the home screen.",
)


def other_language_hint(hint: str, codes: Collection[str] | None = None) -> str:
    """Where the bundled articles in another language are, said in that language ("" when there are none):
    a person whose words the library does not know may read that language."""
    from reader.core.files.locations import language_library
    from reader.core.languages.codes import SOURCE_LANGUAGE, native_name
    from reader.ui.languages.install import translate_into, translated_languages

    said = []
    for code in translated_languages():
        offered = codes is None or code in codes
        if offered and code != current_language() and language_library(code) is not None:
            name = native_name(code)
            # Mid-sentence most languages write their name in small letters ("artículos en español", walk 8
            # X3); the menu item and the kiosk button keep theirs ("Español").
            mid = name if code == SOURCE_LANGUAGE else name[:1].lower() + name[1:]
            said.append(translate_into(code, "Search", hint).format(language=name, in_language=mid))
    return " ".join(said)


def words_look_foreign(text: str) -> bool:
    """True when the words look like a language the reader holds other than the one it is shown in
    (its bundled articles' or glossary's words, or its own letters)."""
    from reader.core.languages.codes import SOURCE_LANGUAGE
    from reader.core.languages.vocabulary import looks_like
    from reader.ui.languages.install import translated_languages

    codes = {*translated_languages(), SOURCE_LANGUAGE} - {current_language()}
    return any(looks_like(code, text) for code in sorted(codes))


def words_say_another_language(text: str) -> bool:
    """True when the words typed say plainly that they are in another language than the reader's: Spanish
    letters, or more Spanish small words than English ones ("cancer de mama" in the English window), or
    the other way round. Used when something matched, so the person hears that their language's articles
    are there too (walk 9, C9-2); a word both languages share ("cancer") says nothing."""
    from reader.core.search.languages import query_language

    here = current_language()
    if here not in ("en", "es"):
        return False
    return query_language(text, here) != here


def prepare_answer(results: SearchResults) -> None:
    """On the search thread, before the answer is shown: for a search whose words the library does not
    know, read the other languages' words (the bundled Spanish articles and glossaries, ~26 ms once) that
    words_look_foreign needs, so the results page does not read them on the GUI thread."""
    if not results.hits and results.unknown_words:
        words_look_foreign(results.text)


def _highlight():  # noqa: ANN202 - the module, imported when first needed
    from reader.ui.search import highlight as search_highlight

    return search_highlight


class SearchFeature(QObject):
    """Adds the search box, the results page and the background index to a main window."""

    # The results page's reading level was chosen (a badge, "" for any): the window keeps its other
    # reading-level box in step (walk 10, C15: two boxes on one screen said different levels).
    readingLevelChanged = Signal(str)

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.dialog_parent())
        self.window = window
        self.service: SearchService | None = None
        self.library: Library = window.library
        self.percent: int | None = None
        self.stage = ""
        self._waited = False  # the words on screen waited for the index: say when it is ready
        self._waited_since = 0.0
        self._long_wait = False  # ... and the wait was one a person noticed (see WAITED_SECONDS)
        self._searchable = False  # the last status could search: "Search is ready." is said once
        self._return_to: QWidget | None = None
        self._highlight_key = ""
        self._marks: frozenset[tuple[str, ...]] = frozenset()
        self._places: MatchPlaces | None = None
        self._last: SearchResults | None = None
        self._open_when_ready = False
        self._focus_when_ready = False  # the kiosk keyboard's Go: into the results once they come
        self._going_back_to: ResultsPlace | None = None  # Back to these results: select and scroll when shown
        self.box = SearchBox(window.dialog_parent())
        self.toolbar = QToolBar(translate("Search", "Search"), window.dialog_parent())
        self.toolbar.setObjectName("searchToolbar")
        self.toolbar.addWidget(self.box)
        window.add_toolbar(self.toolbar, new_row=True)
        # "12 places match your search · Next match · Clear marks": a row of its own over the article
        # while it shows marks, so it never hides in the toolbar's overflow menu.
        self.match_bar = MatchBar(window.dialog_parent())
        self.match_toolbar = QToolBar(translate("Search", "Search matches"), window.dialog_parent())
        self.match_toolbar.setObjectName("searchMatchToolbar")
        window.add_toolbar(self.match_toolbar, new_row=True)
        self._match_bar_action = self.match_toolbar.addWidget(self.match_bar)
        self._show_match_bar(False)
        self.match_bar.shownChanged.connect(self._show_match_bar)
        self._results: SearchResultsView | None = None  # made on first use (see `results`)
        self._levels: dict[str, str] = {}  # each article's reading level, for the results page's filter
        self._level = ""  # the reading level chosen in the window (set_reading_level) or on the results page
        self._listed: Callable[[Article], bool] | None = None  # which articles results may list (list_only)
        reg = window.actions_registry
        self.action = reg.add("search", translate("Search", "&Search the library…"), self.focus_box, ["Ctrl+K", "Ctrl+E"],
                              tip=translate("Search", "Search the library (Ctrl+K)"))  # fmt: skip
        edit_menu = window.menu("edit")
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        if first is not None:
            edit_menu.insertAction(first, self.action)
        else:
            edit_menu.addAction(self.action)
        self.next_match_action = reg.add("search-next-match", translate("Search", "&Next search match"), self.next_match, ["F3"],
                                         tip=translate("Search", "Go to the next place that matches your search (F3)"))  # fmt: skip
        self.next_match_action.setEnabled(False)
        after_search = edit_menu.actions()[1:2]
        if after_search:
            edit_menu.insertAction(after_search[0], self.next_match_action)
        else:
            edit_menu.addAction(self.next_match_action)
        self.box.show_state(None, False, translate("Search", "Search is being prepared."), preparing=True)
        self._said_step = -1  # preparation said to screen readers: -1 none, 0 its start, HALFWAY
        self._say_results = QTimer(self)
        self._say_results.setSingleShot(True)
        self._say_results.setInterval(SETTLE_MS)
        self._say_results.timeout.connect(self._announce_results)
        self._connect()
        window.add_reset_step("search", self.reset_for_next_visitor)
        window.add_page_return("search", self._back_to_results, self._showing_results)
        window.add_focus_widgets("top", self.box_widgets)
        window.add_focus_widgets("pages", self.page_widgets)

    def _connect(self) -> None:
        self.box.queryChanged.connect(self._on_query)
        self.box.resultsFocusRequested.connect(lambda: self.results.focus_results())
        self.box.openRequested.connect(self._open_first)
        self.box.dismissRequested.connect(self.dismiss)
        self.match_bar.nextRequested.connect(self.next_match)
        self.match_bar.clearRequested.connect(self.clear_marks)
        self.window.homeShown.connect(self.clear_marks)  # the bar counts the article's marks: not on Home
        self.window.articleShown.connect(self._on_article_shown)
        self.window.view.installEventFilter(self)  # the article page back on screen: its bar comes back too
        appearance = self.window.appearance
        appearance.themeChanged.connect(self._on_look_changed)
        appearance.readingOptionsChanged.connect(self._on_look_changed)
        appearance.fontScaleChanged.connect(self._on_look_changed)

    @property
    def results(self) -> SearchResultsView:
        """The results page, made when first needed: a first search, the library's reading levels, a
        reset (its module and widgets are ~20 ms of a start that opens an article, issue 20)."""
        if self._results is None:
            from reader.ui.appearance.menu_style import keep_context_menus_whole
            from reader.ui.search.results_view import SearchResultsView

            view = SearchResultsView(self.window.dialog_parent())
            view.elsewhere = functools.cache(lambda: other_language_hint(VIEW_MENU_HINT))  # read once
            view.foreign = words_look_foreign
            view.other_language = words_say_another_language
            view.list.delegate.title_for = self._title_for
            view.list.delegate.theme = self.window.appearance.theme
            view.list.openRequested.connect(self.open_result)
            view.list.boxRequested.connect(self._back_to_box)
            view.list.dismissRequested.connect(self.dismiss)
            view.filtersChanged.connect(self._search_again)
            view.suggestionRequested.connect(self._use_suggestion)
            view.set_reading_levels(self._levels)
            view.listed_keys = self._listed_keys()
            view.choose_level(self._level)
            keep_context_menus_whole(view)  # made after the window's were
            self._results = view
            self.window.add_page(view)
            self.window.update_tab_order()  # its filters and list join the Tab order
        return self._results

    # The index ---------------------------------------------------------------

    def use_index(self, cache_dir: Path, opener: Opener | None = None) -> SearchService:
        """Open (or first build) the index in cache_dir in the background and keep it up to date."""
        if self.service is not None:
            self.service.shutdown()
        from reader.ui.search.worker import SearchService

        self.service = SearchService(cache_dir, opener, parent=self)
        self.service.after_search = prepare_answer
        self.service.progressChanged.connect(self._on_progress)
        self.service.stageChanged.connect(self._on_stage)
        self.service.statusChanged.connect(self._on_status)
        self.service.updateFinished.connect(self._on_updated)
        self.service.resultsReady.connect(self._show_results)
        self.service.update(self.library)
        # No percentage yet: opening an index that is already built takes a moment and measures nothing
        # (it said "Preparing search… 0%" for about a second at every start). A build says how far it is
        # once it starts (its first stage and progress).
        self._set_percent(None)
        if self.box.text().strip():  # typed before there was an index: answered when it is ready
            self.service.search(self.box.text(), self.results.filters())
        return self.service

    def set_library(self, library: Library) -> None:
        """The library changed (loaded, or a folder added): index what is new."""
        self.library = library
        self._levels = {a.key: reading_badge(a.reading_grade, a.audience_level) for a in library}
        if self._results is not None:  # else given to the results page when it is made
            self._results.set_reading_levels(self._levels)
            self._results.listed_keys = self._listed_keys()
        if self.service is not None:
            self.service.update(library)

    def list_only(self, wanted: Callable[[Article], bool]) -> None:
        """Results list only the articles wanted says yes to: a waiting-room kiosk lists patient versions
        only, as its home screen does (walk 10, C8: "nausea" gave a health-professional version second)."""
        self._listed = wanted
        if self._results is not None:
            self._results.listed_keys = self._listed_keys()

    def _listed_keys(self) -> frozenset[str] | None:
        """The keys of the library's articles results may list (None: all of them)."""
        wanted = self._listed
        return None if wanted is None else frozenset(a.key for a in self.library if wanted(a))

    def box_widgets(self) -> list[QWidget]:
        """The search box's widgets in Tab order (first in the window)."""
        return [self.box.field]

    def page_widgets(self) -> list[QWidget]:
        """The results page's widgets in Tab order."""
        view = self._results
        if view is None:
            return []
        filters = [view.type_filter, view.topic_filter, view.level_filter, view.clear_filters_button]
        return [view.suggestion, view.filters_button, *filters, view.list]

    def busy(self) -> bool:
        """True while the index is being prepared or a search is running."""
        return self.service is not None and self.service.busy

    def shutdown(self) -> None:
        """Stop background work (the window is closing)."""
        if self.service is not None:
            self.service.shutdown()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._set_percent(min(99, 100 * done // total) if total > 0 else 0)

    @Slot(str)
    def _on_stage(self, stage: str) -> None:
        self.stage = stage  # only a build or an update of some articles has stages: now it measures
        self._set_percent(self.percent if self.percent is not None else 0)

    def _preparing(self) -> bool:
        """An index is being opened, built or updated here, or waited for from another copy."""
        return self.service is None or self.service.updating or self.service.waiting

    def _set_percent(self, percent: int | None) -> None:
        self.percent = percent
        self._announce_progress(percent)
        if percent is None:
            self.stage = ""
        searchable = self.service.status.searchable if self.service is not None else False
        message = self.service.status.message if self.service is not None else ""
        self.box.show_state(percent, searchable, "" if searchable else message, self.stage, self._preparing())
        if self._showing_results() and not searchable and self._last is None:
            self._show_waiting(self.box.text())

    @Slot(object)
    def _on_status(self, status: IndexStatus) -> None:
        if (
            status.searchable
            and not self._searchable
            and (self.box.field.hasFocus() or self._showing_results())
        ):
            # The box's description goes (Orca then reads its placeholder): say what changed.
            self.window.announce(translate("Search", SEARCH_READY))
        self._searchable = status.searchable
        updating = self.service is not None and self.service.updating
        self._set_percent(self.percent if updating else None)
        if status.state != "ready":
            self.box.show_state(self.percent, status.searchable, status.message, self.stage, self._preparing())

    @Slot(object)
    def _on_updated(self, report: UpdateReport) -> None:
        waiting = self.service is not None and self.service.waiting  # said in the box's tip instead
        if (
            report.message
            and report.message != translate("Search", "The search index is up to date.")
            and not waiting
        ):
            self.window.show_status(report.message, 15000)
        ready = self.service is not None and self.service.status.searchable
        if (report.touched or (self._waited and ready)) and self.box.text().strip():
            self.box.resend()  # the answer may have changed, or the words are still waiting for one

    def _announce_progress(self, percent: int | None) -> None:
        """Tell screen readers how far preparation is, only to someone waiting for search, only when it
        starts and once halfway ("Search is ready." follows, _on_status): every 10% (six notices in 26 s,
        walk 8 X1) cut into the article being read meanwhile."""
        if percent is None:
            self._said_step = -1
            return
        milestone = HALFWAY if percent >= HALFWAY else 0
        waiting = self.box.field.hasFocus() or self._showing_results()
        if milestone > self._said_step and waiting:
            updating = self.service is not None and self.service.status.searchable
            words = (
                translate("Search", "Updating search{stage}: {percent}%")
                if updating
                else translate("Search", "Preparing search{stage}: {percent}%")
            ).format(stage="", percent=percent // 10 * 10)
            if self.window.announce(words, kind="search-progress", every=PROGRESS_SECONDS):
                self._said_step = milestone

    @Slot()
    def _announce_results(self) -> None:
        """Say how many articles were found (the page's summary line) once typing has paused, and the
        spelling suggestion when there is one (it was heard only by Tabbing onto it, walk 6)."""
        view = self.results
        chosen = view.take_filter_words()  # a filter just changed: say which one is on now (walk 8, C3)
        if self._showing_results() and view.summary.text():
            words = view.summary.text()
            if view.suggestion.isVisibleTo(view):
                words = f"{words.rstrip('.')}. {view.suggestion.text()}"
            if chosen:
                words = f"{chosen.rstrip('.')}. {words}"
            self.window.announce(words)

    def _results_note(self, status: IndexStatus | None) -> str:
        """Above the results: search just became ready, or it is still taking in new articles."""
        if self._waited and (self._long_wait or time.monotonic() - self._waited_since >= WAITED_SECONDS):
            return translate("Search", READY_NOW)
        # Only while articles are really being added (a percentage): not while an index that is up to
        # date is checked at start.
        adding = self.service is not None and self.service.updating and self.percent is not None
        if adding and status is not None and status.searchable:
            return translate("Search", STILL_ADDING).format(percent=f" ({self.percent}%)")
        return ""

    def _getting_ready_note(self, status: IndexStatus | None) -> str:
        """Said instead of "nothing matches" while articles are being added ("" when they are not)."""
        adding = self.service is not None and self.service.updating and self.percent is not None
        if adding and status is not None and status.searchable:
            return translate("Search", GETTING_READY).format(percent=self.percent)
        return ""

    def _not_ready_note(self) -> str:
        if self.service is not None and not self.service.updating and not self.service.waiting:
            return self.service.status.message
        if self.percent is None:
            percent = ""
        elif self.stage:
            percent = f" ({self.percent}%, {stage_words(self.stage)})"
        else:
            percent = f" ({self.percent}%)"
        return translate("Search", NOT_READY).format(percent=percent)

    def _show_waiting(self, text: str) -> None:
        """Say the words will be answered once search is ready."""
        if not self._waited:
            self._waited_since = time.monotonic()
            self._long_wait = False
        self._waited = True
        if self.percent is not None or (self.service is not None and self.service.waiting):
            self._long_wait = True
        self.results.show_waiting(text, self._not_ready_note())

    # Searching -------------------------------------------------------------

    @Slot()
    def focus_box(self) -> None:
        """Put the cursor in the search box (Ctrl+K)."""
        self.box.focus()

    def search_now(self, text: str) -> None:
        """Type these words in the box and search at once (used by --search)."""
        self.box.set_text(text)

    @Slot(str)
    def _on_query(self, text: str) -> None:
        self._open_when_ready = False
        if self._going_back_to is not None and text != self._going_back_to.text:
            self._going_back_to = None
        if not text.strip():
            self._last = None
            self._waited = False
            if self.service is not None:
                self.service.forget()
            self.clear_marks()
            self._leave_results()
            return
        self._show_page()
        if self.service is None:  # the library is still loading: use_index() will search for these words
            self._last = None
            self._show_waiting(text)
            return
        if not self.service.status.searchable:
            self._last = None
            self._show_waiting(text)
        self.service.search(text, self.results.filters())

    @Slot()
    def _search_again(self) -> None:
        self._level_chosen_here()
        if self.box.text().strip() and self.service is not None:
            self.service.search(self.box.text(), self.results.filters())

    def _level_chosen_here(self) -> None:
        """Tell the window when the results page's reading level is no longer the one it knows."""
        level = self._results.level() if self._results is not None else self._level
        if level != self._level:
            self._level = level
            self.readingLevelChanged.emit(level)

    def reading_level(self) -> str:
        """The window's reading level as the search knows it (a badge, "" for any)."""
        return self._level

    @Slot(str)
    def set_reading_level(self, badge: str) -> None:
        """The window's reading level changed (the library's box): results show that level too, searched
        again when there are words to search for."""
        if badge == self._level:
            return
        self._level = badge
        if self._results is not None and self._results.choose_level(badge):
            if self.box.text().strip() and self.service is not None:
                self.service.search(self.box.text(), self._results.filters())

    @Slot(str)
    def _use_suggestion(self, word: str) -> None:
        self.box.set_text(word)
        self.results.focus_results()

    @Slot(object)
    def _show_results(self, results: SearchResults) -> None:
        if not self.box.text().strip():
            return
        status = self.service.status if self.service is not None else None
        if not results.hits and results.message and status is not None and not status.searchable:
            self._show_waiting(results.text)
            return
        self._last = results
        self.results.show_results(results, self._results_note(status), self._getting_ready_note(status))
        self._waited = False
        self._say_results.start()
        place = self._going_back_to
        if place is not None and results.text == place.text:
            self._going_back_to = None
            self.results.go_to_place(place)
            self.results.focus_results()
        if self._focus_when_ready and results.text == self.box.text():
            self._focus_when_ready = False
            self.results.focus_results()
        if self._open_when_ready and results.text == self.box.text():
            self._open_when_ready = False
            if results.hits:
                self.open_result(results.hits[0].key)

    def _showing_results(self) -> bool:
        return self._results is not None and self.window.page_on_screen() is self._results

    def _show_page(self) -> None:
        if not self._showing_results():
            self._return_to = self.window.page_on_screen()
            self.window.show_page(self.results)
        # The bar counts the marks of the article left behind: not the new results' (an old "4 places
        # match" stood over them, independent walk). Opening a result shows it again with its own count.
        self._show_match_bar(False)

    def _leave_results(self) -> None:
        if self._showing_results():
            if self._return_to is not None:
                self.window.show_page(self._return_to)
            else:
                self.window.show_home_page()

    def reset_for_next_visitor(self) -> None:
        """Forget the last person's search: words, results, filters and marks (kiosk "Start over")."""
        self._open_when_ready = self._focus_when_ready = False
        self._going_back_to = None
        self._last = None
        self.clear_marks()
        if self.service is not None:
            self.service.forget()
        self.box.field.blockSignals(True)
        self.box.field.clear()
        self.box.field.blockSignals(False)
        self.box.flush()
        if self._results is not None:
            self._results.reset()
        self._level_chosen_here()  # any reading level again, in the library's box too
        self._leave_results()

    @Slot()
    def dismiss(self) -> None:
        """Escape: clear the search and go back to what was on screen before."""
        # Not with signals blocked: the box's own clear (x) button hides on textChanged (it stayed, X7).
        self.box.field.clear()
        self.box.flush()  # sends "" at once so the results close
        self._leave_results()
        target = self.window.text_surface()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _back_to_box(self, text: str) -> None:
        self.box.field.setFocus(Qt.FocusReason.OtherFocusReason)
        if text:
            self.box.field.insert(text)

    def show_results_now(self) -> None:
        """Search for the box's words at once and move into the results (the first selected), now or
        when they arrive (the kiosk keyboard's Go)."""
        self._open_when_ready = False
        self._focus_when_ready = True
        self.box.flush()
        if self._last is not None and self._last.text == self.box.text() and self._showing_results():
            self._focus_when_ready = False
            self.results.focus_results()

    # Opening -------------------------------------------------------------

    @Slot()
    def _open_first(self) -> None:
        """Enter in the box: open the selected result, or the first once the answer arrives."""
        if not self.box.text().strip():
            return
        if self._last is not None and self._last.text == self.box.text() and self._showing_results():
            key = self.results.first_key()
            if key:
                self.open_result(key)
        else:
            self._open_when_ready = True

    @Slot(str)
    def open_result(self, key: str) -> None:
        """Open a result; its page will show the search's words marked, scrolled to the first. The results
        go in the history first, so Back comes back to them (walk 6, C6: it skipped them)."""
        if self._last is None:
            return
        if self._showing_results():
            self.window.record_page_visit("search", self.results.place(self._last.text))
        self.clear_marks()
        self._highlight_key = key
        self._marks = _highlight().search_marks(self._last)
        if self.window.current is not None and self.window.current.key == key and self.window.current_page:
            self.window.show_article_page()
            self._mark()
        else:
            self.window.open_article(key)
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_results(self, state: object) -> None:
        """Back (or Forward) to results seen before: the same words, filters, selected result and scroll;
        searched again when the box or the filters changed since."""
        from reader.ui.search.results_view import ResultsPlace

        if not isinstance(state, ResultsPlace):
            return
        self._open_when_ready = False
        view = self.results
        refilter = view.choose_filters(state)
        self._level_chosen_here()  # Back to results seen at another level: the window's level follows
        self._show_page()
        same = self._last is not None and self._last.text == state.text == self.box.text()
        if same and not refilter and view.results is self._last:
            view.go_to_place(state)
        else:
            self._going_back_to = state
            self.box.field.setText(state.text)
            self.box.resend()  # now, and the box's timer stopped
        view.focus_results()

    @Slot(str)
    def _on_article_shown(self, key: str) -> None:
        if key == self._highlight_key:
            self._mark()
        elif self._highlight_key or self._places is not None:
            self.clear_marks()

    def _words_of_current(self) -> Callable[[str], ExcerptWords] | None:
        """How to read the open article's words for marking: Spanish words for a Spanish article."""
        from reader.core.languages.names import article_language

        if self.window.current is not None and article_language(self.window.current) == "es":
            from reader.core.search.languages import spanish_excerpt

            return spanish_excerpt
        return None

    def _mark(self, scroll: bool = True) -> None:
        highlight = _highlight()
        view = self.window.view
        previous = self._places
        excerpt = self._words_of_current()
        if scroll or previous is None:
            self._places = highlight.highlight(view, self._marks, self.window.appearance.theme, excerpt)
        else:  # the same article shown again (new colours): keep the place moved to
            self._places = highlight.find_places(view.document(), self._marks, excerpt=excerpt)
            self._places.current = previous.current if previous.current < len(self._places.places) else -1
            highlight.show_places(view, self._places, self.window.appearance.theme)
        found = self._places
        self.next_match_action.setEnabled(bool(found.places))
        self.match_bar.show_count(len(found.places), len(found.marked), found.current)
        if scroll and found.places:
            QTimer.singleShot(0, self, self._scroll_to_current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The article page came back on screen (Back from results shown over it, or "Back to article"):
        bring back the bar of the marks it still carries (it stayed hidden: walk 9)."""
        if event.type() == QEvent.Type.Show and watched is self.window.view:
            self._bar_back_with_its_article()
        return False

    def _bar_back_with_its_article(self) -> None:
        places, article = self._places, self.window.current
        if places is None or not places.places or article is None or article.key != self._highlight_key:
            return
        if self.match_toolbar.isVisible() or not self._article_on_screen():
            return
        self._show_match_bar(True)
        self.match_bar.show_count(len(places.places), len(places.marked), places.current)

    @Slot(bool)
    def _show_match_bar(self, shown: bool) -> None:
        self._match_bar_action.setVisible(shown)
        self.match_toolbar.setVisible(shown)

    @Slot()
    def _scroll_to_current(self) -> None:
        """Scroll again once the bar over the article is laid out (it made the view shorter)."""
        places = self._places
        if places is None or not places.places or not self.window.view.extraSelections():
            return
        if places.current >= 0:
            _highlight().scroll_to(self.window.view, places.places[places.current])
            return
        first = places.first_place()
        if first is not None and not _highlight().scroll_to_first(self.window.view, first):
            # The first place is further down than a screenful: the title is out of view, so the bar
            # names the article (a person jumped into its middle should know which one they are in).
            article = self.window.current
            title = article.display_title if article is not None else ""
            self.match_bar.show_count(len(places.places), len(places.marked), places.current, title)
        # Said after the article's title: how many places match was never spoken (walk 6, C4).
        self.window.announce(self.match_bar.spoken)

    @Slot()
    def next_match(self) -> None:
        """Move to the next place in the article that matches the search (F3)."""
        if self._places is None or not self._places.places or not self._article_on_screen():
            return
        highlight = _highlight()
        span = self._places.next_place(highlight.reading_place(self.window.view, self._places))
        if span is None:
            return
        highlight.show_places(self.window.view, self._places, self.window.appearance.theme)
        highlight.scroll_to(self.window.view, span)
        self.match_bar.show_count(len(self._places.places), len(self._places.marked), self._places.current)
        # The bar's words change without focus or an event a screen reader speaks: say where it moved,
        # and the words there (walk 8, C4: "Match 2 of 85." alone did not say where the reader was).
        around = highlight.words_around(self.window.view.document(), span)
        count = self.match_bar.spoken
        self.window.announce(
            translate("Search", "{match}: “{words}”").format(match=count, words=around) if around else count
        )

    @Slot()
    def clear_marks(self) -> None:
        """Remove the search's marks from the article (Escape in the box, "Clear marks", a new article)."""
        self._highlight_key = ""
        self._marks = frozenset()
        if self._places is not None:
            _highlight().clear(self.window.view)
        self._places = None
        self.next_match_action.setEnabled(False)
        self.match_bar.hide_bar()

    @Slot()
    def _on_look_changed(self) -> None:
        # A theme change shows the page again (new document): mark it again in the new colours.
        if self._results is not None:
            self._results.list.delegate.theme = self.window.appearance.theme
            self._results.list.viewport().update()
        if (
            self._highlight_key
            and self.window.current is not None
            and self.window.current.key == self._highlight_key
        ):
            QTimer.singleShot(0, self, self._remark)

    @Slot()
    def _remark(self) -> None:
        if self._highlight_key:
            top = self.window.view.verticalScrollBar().value()
            self._mark(scroll=False)
            self.window.view.verticalScrollBar().setValue(top)
            if not self._article_on_screen():
                # Marked again in the new colours for when it comes back, but its bar stays with it: A+ on
                # the results brought the left article's bar over them (walk 9, C9-6).
                self._show_match_bar(False)

    def _article_on_screen(self) -> bool:
        return self.window.page_on_screen().isAncestorOf(self.window.view)

    def _title_for(self, hit: SearchHit) -> str:
        article = self.library.get(hit.key)
        return article.display_title if article is not None else hit.title
