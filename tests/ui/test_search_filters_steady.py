"""Choosing a results filter leaves the filters and the results where they are: "Clear filters" showing
up used to turn the one-line filter row into labels over their boxes, moving the list down ~20 px under the
pointer (walk 12, X5)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.search.results_view import FilterRow, LabelledField, SearchResultsView
from reader.ui.window.main_window import MainWindow
from tests.ui.test_search_ui import search_for
from tests.ui.test_search_ui import window as window  # noqa: F401 - the fixture: a window on the search library


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(20)


def pairs_width(row: FilterRow) -> int:
    """The width the three filters need side by side, labels beside their boxes."""
    pairs = [w for w in row.widgets if isinstance(w, LabelledField)]
    return sum(p.size_when(False).width() for p in pairs) + FilterRow.SPACING * (len(pairs) - 1)


def where(widget: QWidget, window: MainWindow) -> tuple[int, int, int, int]:
    corner = widget.mapTo(window, QPoint(0, 0))
    return (corner.x(), corner.y(), widget.width(), widget.height())


def test_choosing_a_filter_moves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    search_for(qtbot, window, "cancer")
    view: SearchResultsView = window.search.results
    row = view.filter_row
    settle(qtbot)
    # A width where the three filters fit on one line, but not with "Clear filters" beside them.
    clear = view.clear_filters_button.sizeHint().width() + FilterRow.SPACING
    for _ in range(6):
        target = pairs_width(row) + clear // 2
        if abs(row.width() - target) <= 4:
            break
        window.resize(window.width() + target - row.width(), 760)
        settle(qtbot)
    assert pairs_width(row) < row.width() < pairs_width(row) + clear
    before = {w: where(w, window) for w in (view.list, view.type_filter, view.topic_filter, view.level_filter)}
    labels = [where(p.label, window) for p in row.widgets if isinstance(p, LabelledField)]
    assert not view.clear_filters_button.isVisibleTo(window)
    view.topic_filter.setFocus()
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        qtbot.keyClick(view.topic_filter, Qt.Key.Key_Down)
    settle(qtbot)
    assert view.clear_filters_button.isVisibleTo(window)
    assert {w: where(w, window) for w in before} == before  # the boxes and the list stay put
    assert [where(p.label, window) for p in row.widgets if isinstance(p, LabelledField)] == labels
    # "Clear filters" shows whole, inside the row, and goes again without moving anything either.
    assert row.rect().contains(view.clear_filters_button.geometry())
    with qtbot.waitSignal(window.search.service.resultsReady, timeout=5000):
        qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not view.clear_filters_button.isVisibleTo(window)
    assert {w: where(w, window) for w in before} == before
