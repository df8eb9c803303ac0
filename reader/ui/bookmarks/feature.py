"""Bookmarks and questions in the main window: the star (Ctrl+D), the panel, export and import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QTextBrowser

from reader.core.bookmarks.store import Bookmark, BookmarkImportError, BookmarkStore
from reader.core.files.atomic import atomic_write_text
from reader.core.files.locations import remember_folder, start_folder
from reader.core.languages.translate import QT_TRANSLATE_NOOP, translate
from reader.core.library.article import is_real_web_address
from reader.core.render.page import Heading
from reader.ui.appearance.icons import star_icon
from reader.ui.appearance.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock

    from reader.ui.bookmarks.panel import BookmarksPanel
    from reader.ui.window.host import WindowHost

# How often to look for changes made by another copy of the app (milliseconds).
RELOAD_INTERVAL_MS = 2000
EXPORT_FILTERS = {
    QT_TRANSLATE_NOOP("Bookmarks", "Handout to print or share (*.pdf)"): ".pdf",
    QT_TRANSLATE_NOOP("Bookmarks", "Handout as a web page (*.html)"): ".html",
    QT_TRANSLATE_NOOP("Bookmarks", "File to move to another computer (*.json)"): ".json",
}


def heading_blocks(view: QTextBrowser, headings: list[Heading]) -> list[tuple[QTextBlock, Heading]]:
    """The article's headings with the text blocks they are laid out in, top to bottom."""
    by_anchor = {h.anchor: h for h in headings}
    found: list[tuple[QTextBlock, Heading]] = []
    block = view.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            fragments = block.begin()
            while not fragments.atEnd():
                for name in fragments.fragment().charFormat().anchorNames():
                    if name in by_anchor:
                        found.append((block, by_anchor[name]))
                fragments += 1
        block = block.next()
    return found


def heading_positions(view: QTextBrowser, headings: list[Heading]) -> list[tuple[float, Heading]]:
    """Where each heading of the article is laid out (its top, in the view's scroll units)."""
    layout = view.document().documentLayout()
    return [(layout.blockBoundingRect(block).top(), heading) for block, heading in heading_blocks(view, headings)]


def heading_at_top(view: QTextBrowser, headings: list[Heading]) -> Heading | None:
    """The heading of the part at the top of the view (None at the top of the article): the last one above
    the top, or the first one shown when no words of the part before it are (only the space above the
    heading is: the part before was named, walk 9, C9-5)."""
    top = view.verticalScrollBar().value()
    if top <= 0:
        return None
    chosen: Heading | None = None
    layout = view.document().documentLayout()
    for block, heading in heading_blocks(view, headings):
        if layout.blockBoundingRect(block).top() <= top + 4:
            chosen = heading
        else:
            if block.position() > 0 and _shown_from_its_top(view, block):
                chosen = heading
            break
    return chosen


def _shown_from_its_top(view: QTextBrowser, block: QTextBlock) -> bool:
    """True when the block's first line is in the view and the text before it is above the view (no more
    than the bottom half of its last line shows)."""
    from PySide6.QtGui import QTextCursor  # (when a bookmark is made, not at start: issue 20)

    start = QTextCursor(block)
    before = QTextCursor(view.document())
    before.setPosition(block.position() - 1)
    first_line = view.cursorRect(start)
    return view.cursorRect(before).center().y() < 0 and 0 <= first_line.top() < view.viewport().height()


def heading_at_cursor(view: QTextBrowser, headings: list[Heading]) -> tuple[bool, Heading | None]:
    """The heading of the part where the keyboard is in the article, while the article has the focus and
    its text cursor (or the link reached with Tab) is on screen: (True, heading or None before the first);
    (False, None) otherwise."""
    if not view.hasFocus() or not view.viewport().rect().intersects(view.cursorRect()):
        return False, None
    position = view.textCursor().selectionStart()
    before = [heading for block, heading in heading_blocks(view, headings) if block.position() <= position]
    return True, before[-1] if before else None


class BookmarksFeature(QObject):
    """Adds the bookmark actions, the panel (a dock) and export/import to a main window."""

    def __init__(self, window: WindowHost, store: BookmarkStore) -> None:
        super().__init__(window.dialog_parent())
        self.window = window
        self.store = store
        self._jump = ("", "")  # article key and anchor last chosen in "On this page"
        self._problems_shown = 0
        self._panel: BookmarksPanel | None = None  # built the first time it is needed, not at start-up
        # The colours the stars are drawn in when not the theme's (kiosk mode: its menus are white in every
        # theme, where the dark themes' yellow stars could not be seen: set_star_colours).
        self.star_colours: Theme | None = None
        self.dock = QDockWidget(translate("Bookmarks", "Bookmarks and questions"), window.dialog_parent())
        self.dock.setObjectName("bookmarksDock")
        self.dock.visibilityChanged.connect(self._on_dock_visibility)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()
        window.add_reset_step("bookmarks", self.reset_for_next_visitor)
        self._build_actions()
        self._connect()
        store.on_change(self._after_change)
        self._show_problems()
        self._update_actions()
        window.appearance.themeChanged.connect(lambda _name: self._update_actions())
        self.timer = QTimer(self)
        self.timer.setInterval(RELOAD_INTERVAL_MS)
        self.timer.timeout.connect(self.store.reload_if_changed)
        if store.path is not None:
            self.timer.start()

    def _build_actions(self) -> None:
        reg = self.window.actions_registry
        self.star = reg.add("bookmark", translate("Bookmarks", "Book&mark this page"), self.bookmark_current, ["Ctrl+D"],
                            star_icon(self._theme(), False), translate("Bookmarks", "Bookmark this page (Ctrl+D)"))  # fmt: skip
        # A toggle, checked while the article is bookmarked: its name stays an action and its width steady
        # (walk 10, X4: it read "Bookmarked", a state, and A− and A+ moved 45 px left).
        self.star.setCheckable(True)
        self.show_bookmarks = reg.add("show_bookmarks", translate("Bookmarks", "B&ookmarks"), self.toggle_bookmarks, ["Ctrl+B"],
                                      star_icon(self._theme(), True), translate("Bookmarks", "Show or hide your bookmarks (Ctrl+B)"))  # fmt: skip
        self.show_questions = reg.add("show_questions", translate("Bookmarks", "My &questions"), self.open_questions, [],
                                      None, translate("Bookmarks", "Questions for my doctor"))  # fmt: skip
        self.ask = reg.add(
            "ask_question",
            translate("Bookmarks", "&Add a question about this article…"),
            self.ask_about_current,
        )
        self.export = reg.add(
            "export_bookmarks", translate("Bookmarks", "&Export bookmarks and questions…"), self.export_dialog
        )
        self.import_ = reg.add(
            "import_bookmarks", translate("Bookmarks", "&Import bookmarks and questions…"), self.import_dialog
        )
        self.window.add_to_main_toolbar([None, self.star, self.show_bookmarks, self.show_questions])
        file_menu = self.window.menu("file")
        file_menu.addSeparator()
        for action in (self.export, self.import_):
            file_menu.addAction(action)
        bookmarks_menu = self.window.menu("bookmarks")
        for action in (self.star, self.show_bookmarks, self.show_questions, self.ask):
            bookmarks_menu.addAction(action)

    @property
    def panel(self) -> BookmarksPanel:
        """The panel in the dock (made the first time it is needed)."""
        if self._panel is None:
            from reader.ui.bookmarks.panel import BookmarksPanel  # with the panel, not at start (issue 20)

            panel = BookmarksPanel(self.store, self.is_available, self.window.dialog_parent())
            panel.openRequested.connect(self.open_bookmark)
            panel.editRequested.connect(self.edit_bookmark)
            panel.questionForArticleRequested.connect(self.ask_about_current)
            panel.ask_about_article.setEnabled(self.window.current is not None)
            self._panel = panel
            self.dock.setWidget(panel)
        return self._panel

    def reset_for_next_visitor(self) -> None:
        """Bookmarks and questions (kept in memory only in a kiosk), undo included; the panel closed."""
        self.store.clear()
        if self._panel is not None:  # a panel never opened has nothing to clear
            self._panel.filter.clear()
            self._panel.question_edit.clear()
        self.dock.hide()

    def has_panel(self) -> bool:
        """True once the panel has been made."""
        return self._panel is not None

    @Slot(bool)
    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self.panel  # noqa: B018 - a dock shown by any means has its panel

    def _connect(self) -> None:
        self.window.headingJumped.connect(self._on_heading_jump)
        self.window.articleShown.connect(self._on_page_changed)
        self.window.homeShown.connect(self._on_page_changed)

    def library_shown(self) -> None:
        """A library is on screen (the window's set_library): an open panel says again which bookmarked
        articles are in it: once it has been read (a panel opened while it loaded kept every bookmark "not
        available", walk 7 C2), a folder was added, a new version of a pack dropped some."""
        if self._panel is not None:
            self._panel.refresh()

    # State -----------------------------------------------------------------

    def is_available(self, bookmark: Bookmark) -> bool:
        """True when the bookmarked article is in the window's library (or may be: while the library is
        still being read, nothing is called "not available" yet)."""
        library = self.window.library
        found = library.get(bookmark.key) is not None or (
            bool(bookmark.url) and library.by_url(bookmark.url) is not None
        )
        return found or self.window.library_loading

    @Slot(str)
    def _on_heading_jump(self, anchor: str) -> None:
        # A heading near the end of a short article never reaches the top of the view, so the one
        # chosen in "On this page" counts for as long as it is still on screen.
        self._jump = (self.window.current.key if self.window.current else "", anchor)

    def _reading_heading(self) -> Heading | None:
        """The heading the person is reading: the one they jumped to while on screen, else the one where the
        keyboard is (if on screen), else the one at the top of the view."""
        article, page = self.window.current, self.window.current_page
        headings = page.headings if page else []
        view = self.window.view
        if article is not None and self._jump[0] == article.key:
            top = view.verticalScrollBar().value()
            for y, heading in heading_positions(view, headings):
                if heading.anchor == self._jump[1] and top <= y < top + view.viewport().height():
                    return heading
        at_cursor, where = heading_at_cursor(view, headings)
        return where if at_cursor else heading_at_top(view, headings)

    @Slot()
    def _on_page_changed(self) -> None:
        if self._panel is not None:
            self._panel.refresh()  # the library may have changed too
        self._update_actions()

    def _update_actions(self) -> None:
        current = self.window.current
        self.star.setEnabled(current is not None)
        self.ask.setEnabled(current is not None)
        if self._panel is not None:
            self._panel.ask_about_article.setEnabled(current is not None)
        marked = current is not None and any(b.key == current.key for b in self.store.bookmarks)
        self.star.setIcon(star_icon(self._theme(), marked))
        self.show_bookmarks.setIcon(star_icon(self._theme(), True))
        self.star.setChecked(marked)  # its name stays; screen readers say "pressed" when it is bookmarked

    def set_star_colours(self, theme: Theme | None) -> None:
        """Draw the stars in this theme's star colours whatever the theme in use (None: the one in use)."""
        self.star_colours = theme
        self._update_actions()

    def _theme(self) -> Theme:
        """The colours in use (the stars follow them: see reader/ui/appearance/icons.py)."""
        return self.star_colours or self.window.appearance.theme

    def _after_change(self) -> None:
        self._update_actions()
        self._show_problems()

    def _show_problems(self) -> None:
        problems = self.store.take_problems()
        if problems:
            self._problems_shown += len(problems)
            for problem in problems:
                self.panel.show_message(problem)
            self.window.show_status(problems[-1], 20000)
            self.dock.show()

    # Bookmarks -------------------------------------------------------------

    @Slot()
    def bookmark_current(self) -> None:
        """Bookmark the open article at the heading being read, then offer a name and a note.

        An article already bookmarked is not bookmarked again: its bookmark opens to be changed, moved to the
        part being read, or removed (walk 7, C10); Cancel then changes nothing.
        """
        self._update_actions()  # a click toggled the star: it shows whether the page is bookmarked, nothing else
        article = self.window.current
        if article is None:
            self.window.show_status(translate("Bookmarks", "Open an article first, then bookmark it."), 8000)
            return
        heading = self._reading_heading()
        anchor, section = (heading.anchor, heading.text) if heading else ("", "")
        existing = self.store.for_article(article.key, article.url)
        if existing:
            here = next((b for b in existing if b.anchor == anchor), None)
            bookmark = here or existing[0]
            self.edit_bookmark(bookmark.id, already=True, move_to=(anchor, section) if here is None else None)
            return
        problems_before = self._problems_shown
        bookmark = self.store.add(article.key, article.url, article.display_title, anchor, section)
        if self._problems_shown == problems_before:  # never cover "could not be saved" with "Bookmarked"
            self.window.show_status(
                (
                    translate("Bookmarks", "Bookmarked “{title}” at “{section}”")
                    if section
                    else translate("Bookmarks", "Bookmarked “{title}”")
                ).format(title=bookmark.title, section=section),
                8000,
            )
        self.edit_bookmark(bookmark.id)

    @Slot(str)
    def edit_bookmark(
        self, bookmark_id: str, already: bool = False, move_to: tuple[str, str] | None = None
    ) -> None:
        """Rename a bookmark, write its note, move it to another heading (move_to: anchor, heading), or remove it."""
        bookmark = self.store.get(bookmark_id)
        if bookmark is None:
            return
        from PySide6.QtWidgets import QDialog  # (its Qt type when a dialog is first shown, issue 20)

        from reader.ui.bookmarks.dialogs import BookmarkDialog

        dialog = BookmarkDialog(
            bookmark, self.window.dialog_parent(), already=already, move_to=move_to[1] if move_to else None
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.removed:
            self.store.remove(bookmark.id)
            self.window.show_status(
                translate(
                    "Bookmarks", "Bookmark removed. Press Undo in the Bookmarks panel to bring it back."
                ),
                10000,
            )
            return
        if dialog.name.text().strip() != bookmark.title:
            self.store.rename(bookmark.id, dialog.name.text())
        if dialog.note.toPlainText() != bookmark.note:
            self.store.set_note(bookmark.id, dialog.note.toPlainText())
        if move_to is not None and dialog.move_here is not None and dialog.move_here.isChecked():
            self.store.move(bookmark.id, *move_to)

    @Slot(str)
    def open_bookmark(self, bookmark_id: str) -> None:
        """Open a bookmarked article at its heading; say so kindly when it is not in the library."""
        bookmark = self.store.get(bookmark_id)
        if bookmark is None:
            return
        article = self.window.library.get(bookmark.key) or (
            self.window.library.by_url(bookmark.url) if bookmark.url else None
        )
        if article is None:
            self.panel.show_message(
                translate(
                    "Bookmarks",
                    "“{title}” is not in your library now, so it cannot be opened. The bookmark is kept.",
                ).format(title=bookmark.title)
                + (
                    "\n" + translate("Bookmarks", "Web address: {url}").format(url=bookmark.url)
                    if is_real_web_address(bookmark.url)
                    else ""
                )
            )
            return
        self.window.open_article(article.key, bookmark.anchor)

    @Slot()
    def toggle_bookmarks(self) -> None:
        """Show the Bookmarks panel (and put the keyboard there), or hide it."""
        if self.dock.isVisible() and self.panel.tabs.currentIndex() == 0:
            self.dock.hide()
            return
        self.dock.show()
        self.dock.raise_()
        self.panel.tabs.setCurrentIndex(0)
        self.panel.filter.setFocus()

    # Questions -------------------------------------------------------------

    @Slot()
    def open_questions(self) -> None:
        """Show the questions list."""
        self.dock.show()
        self.dock.raise_()
        self.panel.tabs.setCurrentIndex(1)
        self.panel.question_edit.setFocus()

    @Slot()
    def ask_about_current(self) -> None:
        """Write a question about the open article, starting from its title."""
        article = self.window.current
        if article is None:
            self.open_questions()
            return
        from PySide6.QtWidgets import QDialog

        from reader.ui.bookmarks.dialogs import QuestionDialog

        dialog = QuestionDialog(
            translate("Bookmarks", "About “{title}”: ").format(title=article.display_title),
            self.window.dialog_parent(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.question():
            return
        self.store.add_question(dialog.question(), article.key, article.display_title, article.url)
        self.open_questions()

    # Export and import -----------------------------------------------------

    @Slot()
    def export_dialog(self) -> None:
        """Ask where to save, then write a PDF or web-page handout, or a file to move."""
        settings = self.window.settings
        suggested = str(start_folder(settings) / "my-questions-and-bookmarks.pdf")
        filters = {translate("Bookmarks", shown): ending for shown, ending in EXPORT_FILTERS.items()}
        from PySide6.QtWidgets import QFileDialog  # its Qt type (~1 ms) when first used (issue 20)

        name, chosen = QFileDialog.getSaveFileName(
            self.window.dialog_parent(), translate("Bookmarks", "Save your bookmarks and questions"), suggested,
            ";;".join(filters),
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        remember_folder(settings, path.parent)  # the next dialog opens there
        if path.suffix.lower() not in (".pdf", ".html", ".htm", ".json"):
            path = path.with_name(path.name + filters.get(chosen, ".pdf"))
        self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """Write the export chosen by the file's ending; tell the person how it went."""
        try:
            if path.suffix.lower() == ".json":
                self.store.export_json(path)
            else:
                from reader.core.handouts.bookmarks_handout import handout_html, paper_handout

                page = handout_html(self.store.recent_bookmarks(), self.store.questions, self.is_available)
                if path.suffix.lower() == ".pdf":
                    from reader.ui.handouts.pdf import write_handout_pdf

                    write_handout_pdf(paper_handout(page), path)
                else:
                    atomic_write_text(path, page)
        except OSError as exc:
            self.panel.show_message(
                translate(
                    "Bookmarks", "The file could not be saved ({problem}). Nothing was changed."
                ).format(problem=exc.strerror or exc)
            )
            self.dock.show()
            return False
        self.window.show_status(translate("Bookmarks", "Saved to {path}").format(path=path), 15000)
        return True

    @Slot()
    def import_dialog(self) -> None:
        """Ask for a bookmarks file (.json) and add what it holds."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self.window.dialog_parent(), translate("Bookmarks", "Add bookmarks and questions from a file"),
            str(start_folder(self.window.settings)),
            translate("Bookmarks", "Bookmarks file (*.json);;All files (*)"),
        )  # fmt: skip
        if name:
            remember_folder(self.window.settings, Path(name).parent)
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        """Merge a file into the store and show what was added."""
        try:
            report = self.store.import_json(path)
        except BookmarkImportError as exc:
            self.panel.show_message(
                translate(
                    "Bookmarks", "{file} could not be added. {problem} Your bookmarks were not changed."
                ).format(file=path.name, problem=exc)
            )
            self.dock.show()
            return False
        self.panel.show_message(
            translate("Bookmarks", "From {file}: {summary}").format(file=path.name, summary=report.summary())
        )
        self.dock.show()
        return True
