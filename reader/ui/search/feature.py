"""Search in the main window: the box (Ctrl+K), the results page, the index kept up to date, marks."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QToolBar, QWidget

from reader.core.library.catalog import Library
from reader.ui.search.box import SearchBox
from reader.ui.search.results_view import SearchResultsView

# The engine (Whoosh, slow to import) is loaded when the index is first used, after the first paint.
if TYPE_CHECKING:
    from reader.core.search.index import IndexStatus, UpdateReport
    from reader.core.search.results import SearchHit, SearchResults
    from reader.ui.search.worker import Opener, SearchService
    from reader.ui.window.host import WindowHost

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 5.0  # screen readers hear search preparation at most this often, in steps of 10%
SETTLE_MS = 700  # results are said once typing has paused this long, not for every letter

NOT_READY = (
    "Search is being prepared{percent}. You can keep reading meanwhile; "
    "your results will appear here as soon as it is ready."
)


def _highlight():  # noqa: ANN202 - the module, imported when first needed
    from reader.ui.search import highlight as search_highlight

    return search_highlight


class SearchFeature(QObject):
    """Adds the search box, the results page and the background index to a main window."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.dialog_parent())
        self.window = window
        self.service: SearchService | None = None
        self.library: Library = window.library
        self.percent: int | None = None
        self._return_to: QWidget | None = None
        self._highlight_key = ""
        self._stems: frozenset[str] = frozenset()
        self._last: SearchResults | None = None
        self._open_when_ready = False
        self.box = SearchBox(window.dialog_parent())
        self.toolbar = QToolBar("Search", window.dialog_parent())
        self.toolbar.setObjectName("searchToolbar")
        self.toolbar.addWidget(self.box)
        window.add_toolbar(self.toolbar, new_row=True)
        self.results = SearchResultsView(window.dialog_parent())
        self.results.list.delegate.title_for = self._title_for
        self.results.list.delegate.theme = window.appearance.theme
        window.add_page(self.results)
        reg = window.actions_registry
        self.action = reg.add("search", "&Search the library…", self.focus_box, ["Ctrl+K", "Ctrl+E"],
                              tip="Search the library (Ctrl+K)")  # fmt: skip
        edit_menu = window.menu("edit")
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        if first is not None:
            edit_menu.insertAction(first, self.action)
        else:
            edit_menu.addAction(self.action)
        self.box.show_state(None, False, "Search is being prepared.")
        self._said_step = -1  # the last 10% step of preparation said to screen readers
        self._say_results = QTimer(self)
        self._say_results.setSingleShot(True)
        self._say_results.setInterval(SETTLE_MS)
        self._say_results.timeout.connect(self._announce_results)
        self._connect()
        window.add_reset_step("search", self.reset_for_next_visitor)
        window.add_focus_widgets("top", self.box_widgets)
        window.add_focus_widgets("pages", self.page_widgets)

    def _connect(self) -> None:
        self.box.queryChanged.connect(self._on_query)
        self.box.resultsFocusRequested.connect(self.results.focus_results)
        self.box.openRequested.connect(self._open_first)
        self.box.dismissRequested.connect(self.dismiss)
        self.results.list.openRequested.connect(self.open_result)
        self.results.list.boxRequested.connect(self._back_to_box)
        self.results.list.dismissRequested.connect(self.dismiss)
        self.results.filtersChanged.connect(self._search_again)
        self.results.suggestionRequested.connect(self._use_suggestion)
        self.window.articleShown.connect(self._on_article_shown)
        appearance = self.window.appearance
        appearance.themeChanged.connect(self._on_look_changed)
        appearance.readingOptionsChanged.connect(self._on_look_changed)
        appearance.fontScaleChanged.connect(self._on_look_changed)

    # The index ---------------------------------------------------------------

    def use_index(self, cache_dir: Path, opener: Opener | None = None) -> SearchService:
        """Open (or first build) the index in cache_dir in the background and keep it up to date."""
        if self.service is not None:
            self.service.shutdown()
        from reader.ui.search.worker import SearchService

        self.service = SearchService(cache_dir, opener, parent=self)
        self.service.progressChanged.connect(self._on_progress)
        self.service.statusChanged.connect(self._on_status)
        self.service.updateFinished.connect(self._on_updated)
        self.service.resultsReady.connect(self._show_results)
        self._set_percent(0)
        self.service.update(self.library)
        return self.service

    def set_library(self, library: Library) -> None:
        """The library changed (loaded, or a folder added): index what is new."""
        self.library = library
        if self.service is not None:
            self.service.update(library)

    def box_widgets(self) -> list[QWidget]:
        """The search box's widgets in Tab order (first in the window)."""
        return [self.box.field]

    def page_widgets(self) -> list[QWidget]:
        """The results page's widgets in Tab order."""
        view = self.results
        return [view.suggestion, view.type_filter, view.topic_filter, view.clear_filters_button, view.list]

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

    def _set_percent(self, percent: int | None) -> None:
        self.percent = percent
        self._announce_progress(percent)
        searchable = self.service.status.searchable if self.service is not None else False
        message = self.service.status.message if self.service is not None else ""
        self.box.show_state(percent, searchable, "" if searchable else message)
        if self._showing_results() and not searchable and self._last is None:
            self.results.show_waiting(self.box.text(), self._not_ready_note())

    @Slot(object)
    def _on_status(self, status: IndexStatus) -> None:
        updating = self.service is not None and self.service.updating
        self._set_percent(self.percent if updating else None)
        if status.state != "ready":
            self.box.show_state(self.percent if updating else None, status.searchable, status.message)

    @Slot(object)
    def _on_updated(self, report: UpdateReport) -> None:
        if report.message and report.message != "The search index is up to date.":
            self.window.show_status(report.message, 15000)
        if report.touched and self.box.text().strip():
            self.box.resend()  # the answer may have changed

    def _announce_progress(self, percent: int | None) -> None:
        """Tell screen readers how far preparation is, only to someone waiting for search, only every
        10% and every few seconds (it used to be said at every percent, twice)."""
        step = -1 if percent is None else percent // 10
        waiting = self.box.field.hasFocus() or self._showing_results()
        if step > self._said_step and waiting:
            verb = "Updating" if self.service is not None and self.service.status.searchable else "Preparing"
            if self.window.announce(
                f"{verb} search: {step * 10}%", kind="search-progress", every=PROGRESS_SECONDS
            ):
                self._said_step = step
        elif step < 0:
            self._said_step = -1

    @Slot()
    def _announce_results(self) -> None:
        """Say how many articles were found (the page's summary line) once typing has paused."""
        if self._showing_results() and self.results.summary.text():
            self.window.announce(self.results.summary.text())

    def _not_ready_note(self) -> str:
        if self.service is not None and not self.service.updating:
            return self.service.status.message
        percent = f" ({self.percent}%)" if self.percent is not None else ""
        return NOT_READY.format(percent=percent)

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
        if not text.strip():
            self._last = None
            if self.service is not None:
                self.service.forget()
            self._leave_results()
            return
        self._show_page()
        if self.service is None:
            self.results.show_waiting(text, "Search is not available in this window.")
            return
        if not self.service.status.searchable:
            self._last = None
            self.results.show_waiting(text, self._not_ready_note())
        self.service.search(text, self.results.filters())

    @Slot()
    def _search_again(self) -> None:
        if self.box.text().strip() and self.service is not None:
            self.service.search(self.box.text(), self.results.filters())

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
            self.results.show_waiting(results.text, self._not_ready_note())
            return
        self._last = results
        self.results.show_results(results)
        self._say_results.start()
        if self._open_when_ready and results.text == self.box.text():
            self._open_when_ready = False
            if results.hits:
                self.open_result(results.hits[0].key)

    def _showing_results(self) -> bool:
        return self.window.page_on_screen() is self.results

    def _show_page(self) -> None:
        if not self._showing_results():
            self._return_to = self.window.page_on_screen()
            self.window.show_page(self.results)

    def _leave_results(self) -> None:
        if self._showing_results():
            if self._return_to is not None:
                self.window.show_page(self._return_to)
            else:
                self.window.show_home_page()

    def reset_for_next_visitor(self) -> None:
        """Forget the last person's search: words, results, filters and marks (kiosk "Start over")."""
        self._open_when_ready = False
        self._last = None
        self._highlight_key = ""
        self._stems = frozenset()
        if self.service is not None:
            self.service.forget()
        self.box.field.blockSignals(True)
        self.box.field.clear()
        self.box.field.blockSignals(False)
        self.box.flush()
        self.results.reset()
        _highlight().clear(self.window.view)
        self._leave_results()

    @Slot()
    def dismiss(self) -> None:
        """Escape: clear the search and go back to what was on screen before."""
        self.box.field.blockSignals(True)
        self.box.field.clear()
        self.box.field.blockSignals(False)
        self.box.flush()  # sends "" so the results close
        self._leave_results()
        target = self.window.text_surface()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _back_to_box(self, text: str) -> None:
        self.box.field.setFocus(Qt.FocusReason.OtherFocusReason)
        if text:
            self.box.field.insert(text)

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
        """Open a result; its page will show the search's words marked, scrolled to the first."""
        if self._last is None:
            return
        self._highlight_key = key
        self._stems = _highlight().search_stems(self._last)
        if self.window.current is not None and self.window.current.key == key and self.window.current_page:
            self.window.show_article_page()
            self._mark()
        else:
            self.window.open_article(key)
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_article_shown(self, key: str) -> None:
        if key == self._highlight_key:
            self._mark()
        else:
            self._highlight_key = ""
            _highlight().clear(self.window.view)

    def _mark(self) -> None:
        count = _highlight().highlight(self.window.view, self._stems, self.window.appearance.theme)
        if count:
            self.window.show_status(
                f"{count} {'place' if count == 1 else 'places'} in this article match your search.", 8000
            )

    @Slot()
    def _on_look_changed(self) -> None:
        # A theme change shows the page again (new document): mark it again in the new colours.
        self.results.list.delegate.theme = self.window.appearance.theme
        self.results.list.viewport().update()
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
            self._mark()
            self.window.view.verticalScrollBar().setValue(top)

    def _title_for(self, hit: SearchHit) -> str:
        article = self.library.get(hit.key)
        return article.display_title if article is not None else hit.title
