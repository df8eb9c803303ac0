"""Bookmarks and questions for the doctor, kept in one JSON file that survives crashes, damage and twins.

Every change re-reads the file first when another copy of the app has changed it, applies the change
to what is on disk and writes it back atomically, all under a lock file: two windows never lose each
other's changes.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.core.bookmarks.file_format import Bookmark, Contents, Question, dump, now_stamp, parse
from reader.core.files.atomic import atomic_write_text, move_aside
from reader.core.files.lock import locked
from reader.core.languages.translate import translate

log = logging.getLogger(__name__)

FILE_NAME = "bookmarks.json"

__all__ = ["Bookmark", "BookmarkImportError", "BookmarkStore", "ImportReport", "Question", "store_path"]


def store_path(data_dir: Path) -> Path:
    """Where the person's bookmarks live inside the data folder."""
    return data_dir / FILE_NAME


class BookmarkImportError(Exception):
    """A file that cannot be imported at all; the message is for the person."""


@dataclass
class ImportReport:
    """What an import added, and what it left out."""

    bookmarks: list[Bookmark] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    already_there: int = 0
    unreadable: int = 0

    def summary(self) -> str:
        """One plain sentence about the import."""
        parts = [translate("Bookmarks", "{bookmarks_and_questions} added").format(
            bookmarks_and_questions=_both(len(self.bookmarks), len(self.questions))
        )]  # fmt: skip
        there, unreadable = self.already_there, self.unreadable
        if there:
            parts.append(translate("Bookmarks", "%Ln already there", None, there))
        if unreadable:
            parts.append(translate("Bookmarks", "%Ln could not be read", None, unreadable))
        return "; ".join(parts) + "."


def _both(bookmarks: int, questions: int) -> str:
    """ "2 bookmarks and 1 question", in the reader's language."""
    return translate("Bookmarks", "{bookmarks} and {questions}").format(
        bookmarks=translate("Bookmarks", "%Ln bookmark(s)", None, bookmarks),
        questions=translate("Bookmarks", "%Ln question(s)", None, questions),
    )


@dataclass
class _Removed:
    kind: str  # "bookmark" or "question"
    entry: Bookmark | Question
    index: int


class BookmarkStore:
    """The person's bookmarks and questions; with path=None they live in memory only (kiosk visitors)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.bookmarks: list[Bookmark] = []
        self.questions: list[Question] = []
        self.problems: list[str] = []
        self.writable = path is not None
        self._seen: tuple[int, int, int] | None = None
        self._undo: list[_Removed] = []
        self._listeners: list[Callable[[], None]] = []
        if path is not None and not self._load_if_clean():
            with self._locked():  # damage or a newer version: read again holding the lock, and handle it
                self._load()

    # Reading ---------------------------------------------------------------

    def _stat(self) -> tuple[int, int, int] | None:
        assert self.path is not None
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _read_file(self) -> tuple[Contents | None, tuple[int, int, int] | None]:
        """What the file holds (a damaged Contents when it cannot be read as text; None when there is no
        file) and its stamp from before it was read."""
        assert self.path is not None
        seen = self._stat()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None, None
        except OSError as exc:
            reason = translate("Bookmarks", "it could not be opened ({problem})").format(
                problem=exc.strerror or exc
            )
            return Contents(damaged=True, reason=reason), seen
        try:
            return parse(raw.decode("utf-8-sig")), seen
        except UnicodeDecodeError:
            return Contents(damaged=True, reason=translate("Bookmarks", "it is not a text file")), seen

    def _load_if_clean(self) -> bool:
        """Read the file if it is missing or reads cleanly (files are replaced whole, so no lock is needed:
        the lock module stays out of a start that changes nothing); False when it needs handling."""
        contents, seen = self._read_file()
        if contents is not None and (contents.damaged or contents.future or seen != self._stat()):
            return False
        self._take(contents, seen)
        return True

    def _load(self) -> None:
        """Replace what is in memory by what is on disk, handling damage."""
        contents, seen = self._read_file()
        if contents is not None and (contents.damaged or contents.future):
            self._set_aside(contents)
            return
        self._take(contents, seen)

    def _take(self, contents: Contents | None, seen: tuple[int, int, int] | None) -> None:
        """Hold what a clean file gave (nothing when there is no file)."""
        if contents is None:
            self.bookmarks, self.questions, self._seen = [], [], None
        else:
            self.bookmarks, self.questions, self._seen = contents.bookmarks, contents.questions, seen

    def _set_aside(self, contents: Contents) -> None:
        """Move a damaged file aside, keep what could be read, tell the person, save the rest."""
        assert self.path is not None
        try:
            moved = move_aside(self.path)
        except OSError as exc:
            self.writable = False
            self.problems.append(
                translate(
                    "Bookmarks",
                    "Your bookmarks file could not be opened ({problem}). It was left as it is, "
                    "and new bookmarks will not be saved until this is fixed. Please tell staff.",
                ).format(problem=exc.strerror or exc)
            )
            return
        self.bookmarks, self.questions = contents.bookmarks, contents.questions
        kept = _both(len(self.bookmarks), len(self.questions))
        if contents.future:
            message = translate(
                "Bookmarks",
                "Your bookmarks were saved by a newer version of this app. A copy was kept as {moved}. "
                "This version shows the {kept} it can read.",
            ).format(moved=moved, kept=kept)
        elif self.bookmarks or self.questions:
            message = translate(
                "Bookmarks",
                "Your bookmarks file was damaged ({reason}). We kept the {kept} that could be "
                "read. The old file was saved as {moved}, so nothing is lost.",
            ).format(reason=contents.reason, kept=kept, moved=moved)
        else:
            message = translate(
                "Bookmarks",
                "Your bookmarks file was damaged ({reason}) and could not be read. It was saved "
                "as {moved}, so staff can look at it. You can start new bookmarks now.",
            ).format(reason=contents.reason, moved=moved)
        log.info("%s", message)  # the window or the command tells the person
        self.problems.append(message)
        self._seen = None
        if self.bookmarks or self.questions:
            self._write()

    def reload_if_changed(self) -> bool:
        """Read the file again if another copy of the app changed it; True when something was re-read."""
        if self.path is None or not self.writable or self._stat() == self._seen:
            return False
        with self._locked():
            self._load()
        self._notify()
        return True

    # Writing ---------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the lock file beside the store, so two apps change it one after the other."""
        if self.path is None:
            yield
            return
        with locked(self.path):
            yield

    def _change(self, apply: Callable[[], object]) -> object:
        """Re-read the file if someone else changed it, apply the change, save; returns apply's result."""
        with self._locked():
            if self.path is not None and self.writable and self._stat() != self._seen:
                self._load()
            result = apply()
            self._write()
        self._notify()
        return result

    def _write(self) -> None:
        if self.path is None or not self.writable:
            return
        try:
            atomic_write_text(self.path, dump(self.bookmarks, self.questions))
        except OSError as exc:
            log.warning("Could not save bookmarks to %s: %s", self.path, exc)
            self.problems.append(
                translate(
                    "Bookmarks",
                    "Your bookmarks could not be saved ({problem}). They are kept while the app "
                    "stays open. Please tell staff.",
                ).format(problem=exc.strerror or exc)
            )
            return
        self._seen = self._stat()

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call listener() after every change (also after a reload)."""
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    def take_problems(self) -> list[str]:
        """Problems not yet shown to the person (and forget them)."""
        problems, self.problems = self.problems, []
        return problems

    # Bookmarks -------------------------------------------------------------

    def recent_bookmarks(self) -> list[Bookmark]:
        """Bookmarks, the most recently added or changed first."""
        order = sorted(enumerate(self.bookmarks), key=lambda ib: (ib[1].updated, ib[0]), reverse=True)
        return [b for _, b in order]

    def get(self, bookmark_id: str) -> Bookmark | None:
        """The bookmark with this id."""
        return next((b for b in self.bookmarks if b.id == bookmark_id), None)

    def find_place(self, key: str, anchor: str = "") -> Bookmark | None:
        """The bookmark for this article (and heading), if there is one."""
        return next((b for b in self.bookmarks if b.key == key and b.anchor == anchor), None)

    def add(
        self, key: str, url: str, title: str, anchor: str = "", heading: str = "", note: str = ""
    ) -> Bookmark:
        """Bookmark an article (at a heading); an existing bookmark for the same place is returned instead."""
        wanted = Bookmark(key=key, url=url, title=title, anchor=anchor, heading=heading, note=note)

        def apply() -> Bookmark:
            existing = next((b for b in self.bookmarks if b.same_place(wanted)), None)
            if existing is not None:
                return existing
            self.bookmarks.append(wanted)
            return wanted

        return self._change(apply)  # type: ignore[return-value]

    def _edit(self, bookmark_id: str, **values: str) -> bool:
        def apply() -> bool:
            bookmark = self.get(bookmark_id)
            if bookmark is None:
                return False
            for name, value in values.items():
                setattr(bookmark, name, value)
            bookmark.updated = now_stamp()
            return True

        return bool(self._change(apply))

    def rename(self, bookmark_id: str, title: str) -> bool:
        """Give a bookmark a new name; False when it is gone."""
        return self._edit(bookmark_id, title=title.strip() or "Untitled")

    def set_note(self, bookmark_id: str, note: str) -> bool:
        """Write (or clear) a bookmark's note; False when it is gone."""
        return self._edit(bookmark_id, note=note)

    def move(self, bookmark_id: str, anchor: str, heading: str) -> bool:
        """Point a bookmark at another heading of its article; False when it is gone."""
        return self._edit(bookmark_id, anchor=anchor, heading=heading)

    def for_article(self, key: str, url: str = "") -> list[Bookmark]:
        """The bookmarks of one article (by key or web address), the most recently changed first."""
        return [b for b in self.recent_bookmarks() if (key and b.key == key) or (url and b.url == url)]

    def remove(self, bookmark_id: str) -> bool:
        """Remove a bookmark; undo() brings it back."""
        return self._remove("bookmark", bookmark_id)

    # Questions -------------------------------------------------------------

    def add_question(self, text: str, key: str = "", title: str = "", url: str = "") -> Question:
        """Add a question (maybe about an article); the same words twice give the existing one."""
        wanted = Question(text=text.strip(), key=key, title=title, url=url)

        def apply() -> Question:
            existing = next((q for q in self.questions if q.same_question(wanted)), None)
            if existing is not None:
                return existing
            self.questions.append(wanted)
            return wanted

        return self._change(apply)  # type: ignore[return-value]

    def get_question(self, question_id: str) -> Question | None:
        """The question with this id."""
        return next((q for q in self.questions if q.id == question_id), None)

    def set_asked(self, question_id: str, asked: bool = True) -> bool:
        """Tick (or untick) a question as asked."""

        def apply() -> bool:
            question = self.get_question(question_id)
            if question is None:
                return False
            question.asked = asked
            question.updated = now_stamp()
            return True

        return bool(self._change(apply))

    def edit_question(self, question_id: str, text: str) -> bool:
        """Change a question's words."""

        def apply() -> bool:
            question = self.get_question(question_id)
            if question is None or not text.strip():
                return False
            question.text = text.strip()
            question.updated = now_stamp()
            return True

        return bool(self._change(apply))

    def remove_question(self, question_id: str) -> bool:
        """Remove a question; undo() brings it back."""
        return self._remove("question", question_id)

    # Undo, clear -----------------------------------------------------------

    def _remove(self, kind: str, entry_id: str) -> bool:
        def apply() -> bool:
            entries: list = self.bookmarks if kind == "bookmark" else self.questions
            for index, entry in enumerate(entries):
                if entry.id == entry_id:
                    del entries[index]
                    self._undo.append(_Removed(kind, entry, index))
                    return True
            return False

        return bool(self._change(apply))

    def can_undo(self) -> bool:
        """True when a removal can be undone."""
        return bool(self._undo)

    def undo_text(self) -> str:
        """What undo() would bring back, in words ("" when nothing)."""
        if not self._undo:
            return ""
        last = self._undo[-1]
        name = last.entry.title if isinstance(last.entry, Bookmark) else last.entry.text
        return translate("Bookmarks", "Undo removing “{name}”").format(name=name)

    def undo(self) -> Bookmark | Question | None:
        """Bring back the most recently removed bookmark or question."""
        if not self._undo:
            return None
        removed = self._undo.pop()

        def apply() -> Bookmark | Question:
            entries: list = self.bookmarks if removed.kind == "bookmark" else self.questions
            if not any(e.id == removed.entry.id for e in entries):
                entries.insert(min(removed.index, len(entries)), removed.entry)
            return removed.entry

        return self._change(apply)  # type: ignore[return-value]

    def clear(self) -> None:
        """Forget everything, undo included (for a kiosk between visitors)."""

        def apply() -> None:
            self.bookmarks, self.questions = [], []

        self._change(apply)
        self._undo.clear()

    # Export and import -----------------------------------------------------

    def export_json(self, path: Path) -> None:
        """Write every bookmark and question to a file another computer can import."""
        atomic_write_text(path, dump(self.bookmarks, self.questions))

    def import_json(self, path: Path) -> ImportReport:
        """Add what a file holds, skipping what is already here; raises BookmarkImportError if unusable."""
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError as exc:
            raise BookmarkImportError(translate("Bookmarks", "The file could not be found.")) from exc
        except OSError as exc:
            raise BookmarkImportError(
                translate("Bookmarks", "The file could not be opened ({problem}).").format(
                    problem=exc.strerror or exc
                )
            ) from exc
        except UnicodeDecodeError as exc:
            raise BookmarkImportError(translate("Bookmarks", "This is not a bookmarks file.")) from exc
        contents = parse(text)
        if not contents.bookmarks and not contents.questions and (contents.damaged or contents.skipped):
            raise BookmarkImportError(
                translate("Bookmarks", "This file cannot be used: {reason}.").format(reason=contents.reason)
            )
        report = ImportReport(unreadable=contents.skipped)

        def apply() -> None:
            report.bookmarks.clear()
            report.questions.clear()
            report.already_there = 0
            for bookmark in contents.bookmarks:
                if any(b.id == bookmark.id or b.same_place(bookmark) for b in self.bookmarks):
                    report.already_there += 1
                    continue
                added = replace(bookmark)
                self.bookmarks.append(added)
                report.bookmarks.append(added)
            for question in contents.questions:
                if any(q.id == question.id or q.same_question(question) for q in self.questions):
                    report.already_there += 1
                    continue
                asked = replace(question)
                self.questions.append(asked)
                report.questions.append(asked)

        self._change(apply)
        return report


def open_store(data_dir: Path) -> BookmarkStore:
    """The person's store in their data folder."""
    return BookmarkStore(store_path(data_dir))
