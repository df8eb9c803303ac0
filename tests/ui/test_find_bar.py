"""Find in this article: "2 of 24" counts the article's matches once per search text and page, not on each Next."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from reader.ui.reading.article_view import ArticleView
from reader.ui.reading.find_bar import FindBar


class CountingDocument(QTextDocument):
    """A document that counts the finds asked of it from Python (the bar's counting; the view's own find,
    which selects the next match, runs in C++ and is not counted)."""

    def __init__(self) -> None:
        super().__init__()
        self.finds = 0

    def find(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201 - QTextDocument.find's overloads
        self.finds += 1
        return super().find(*args, **kwargs)


def _bar(qtbot: QtBot, html: str) -> tuple[FindBar, CountingDocument]:
    view = ArticleView()  # neither is shown: finding and counting need no window on screen
    qtbot.addWidget(view)
    document = CountingDocument()
    document.setHtml(html)
    view.setDocument(document)
    bar = FindBar(view)
    qtbot.addWidget(bar)
    return bar, document


def test_next_and_previous_say_which_match_without_counting_them_all_again(qtbot: QtBot) -> None:
    bar, document = _bar(qtbot, "".join(f"<p>Part {n}: cancer care.</p>" for n in range(24)))
    bar.field.setText("cancer")
    assert bar.result.text() == "1 of 24"
    counted = document.finds
    assert counted >= 24  # each match found once to count them
    for number in range(2, 8):
        bar.next.click()
        assert bar.result.text() == f"{number} of 24"
    bar.previous.click()
    assert bar.result.text() == "6 of 24"
    for _ in range(19):
        bar.next.click()
    assert bar.result.text() == "1 of 24"  # round from the last to the first
    assert document.finds == counted  # the place came from the matches found before

    cursor = bar.view.textCursor()  # a click further down the page: Next goes on from there
    cursor.setPosition(document.find("Part 20").selectionStart())
    bar.view.setTextCursor(cursor)
    bar.next.click()
    assert bar.result.text() == "21 of 24"


def test_a_new_text_or_a_changed_page_is_counted_again(qtbot: QtBot) -> None:
    bar, document = _bar(qtbot, "<p>lung and lung</p><p>liver</p>")
    bar.field.setText("lung")
    assert bar.result.text() == "1 of 2"
    bar.field.setText("liver")
    assert bar.result.text() == "1 of 1"
    QTextCursor(document).insertText("liver, liver, ")  # the same document, changed before the match
    bar.previous.click()
    assert bar.result.text() == "2 of 3"

    other = CountingDocument()
    other.setHtml("<p>liver, liver, liver, liver</p>")
    bar.view.setDocument(other)  # another article
    bar.next.click()
    assert bar.result.text() == "1 of 4"
