"""Measure touch targets: every visible, enabled control in a window must be at least 44 x 44 px."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QScrollBar,
    QSizeGrip,
    QSplitterHandle,
    QTabBar,
    QTextEdit,
    QWidget,
)

from reader.ui.kiosk.link_taps import links_near
from reader.ui.reading.link_geometry import LinkSpot, links_in_view

MIN_PX = 44


@dataclass
class TouchReport:
    """What was measured on one screen: how many targets, the smallest, and every one too small."""

    checked: int = 0
    smallest: int = 10_000
    smallest_name: str = ""
    problems: list[str] = field(default_factory=list)

    def add(self, name: str, size: int) -> None:
        """Count one target whose smaller side is size px."""
        self.checked += 1
        if size < self.smallest:
            self.smallest, self.smallest_name = size, name
        if size < MIN_PX:
            self.problems.append(f"{name} is {size} px")

    def merge(self, other: TouchReport) -> None:
        """Add another screen's counts to these."""
        self.checked += other.checked
        if other.smallest < self.smallest:
            self.smallest, self.smallest_name = other.smallest, other.smallest_name
        self.problems += other.problems


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or text!r})"


def _side(rect: QRect) -> int:
    return min(rect.width(), rect.height())


def _on_screen(widget: QWidget) -> bool:
    """False for a widget Qt keeps "visible" out of the window (a panel behind another panel's tab)."""
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    return rect.intersects(widget.window().rect())


def _fully_visible(widget: QWidget) -> bool:
    """True when no ancestor cuts the widget off (a button half outside its toolbar or field)."""
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent.objectName() != "qt_scrollarea_viewport":  # scrolling shows the rest
        shown = QRect(parent.mapTo(widget.window(), parent.rect().topLeft()), parent.size())
        if not shown.contains(rect):
            return False
        parent = parent.parentWidget()
    return True


def measure(window: QWidget) -> TouchReport:
    """Every control on screen: its smaller side, and whether it is fully visible (measured as a person
    sees it, once the layouts waiting to run have run)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    report = TouchReport()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or not _on_screen(widget):
            continue
        if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox):
            report.add(_name(widget), _side(widget.rect()))
            if not _fully_visible(widget):
                report.problems.append(f"{_name(widget)} is cut off")
        elif isinstance(widget, QScrollBar):
            thickness = widget.width() if widget.orientation() == Qt.Orientation.Vertical else widget.height()
            report.add(_name(widget), thickness)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                report.add(f"tab {widget.tabText(index)!r}", _side(widget.tabRect(index)))
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            viewport = widget.viewport().rect()
            for row in range(model.rowCount() if model is not None else 0):
                rect = widget.visualRect(model.index(row, 0))
                if rect.isValid() and rect.intersects(viewport):
                    report.add(f"row {row} of {_name(widget)}", rect.height())
        elif isinstance(widget, QSplitterHandle | QSizeGrip | QMenuBar):
            report.problems.append(f"{_name(widget)} is a small control that should not be usable in kiosk mode")
    return report


def too_small(window: QWidget) -> list[str]:
    """Descriptions of every control on screen that is smaller than MIN_PX either way, or cut off."""
    return measure(window).problems


def _reach(view: QTextEdit, spot: LinkSpot, step: tuple[int, int], spots: list[LinkSpot], limit: int = 120) -> int:
    """How far (px) from the middle of the link's first line a tap still reaches it, one way."""
    centre = spot.rects[0].center()
    for distance in range(1, limit + 1):
        point = centre + QPoint(step[0] * distance, step[1] * distance)
        if spot.href not in {near.href for near in links_near(view, point, spots)}:  # type: ignore[arg-type]
            return distance - 1
    return limit


def link_touch_report(view: QTextEdit, whole_article: bool = False) -> TouchReport:
    """Each link on screen (or in the whole article, page by page): the height and width of the taps
    that reach it, alone or in a "which link?" choice (kiosk mode's touch areas)."""
    report = TouchReport()
    seen: set[int] = set()
    bar = view.verticalScrollBar()
    top = bar.value()
    positions = range(0, bar.maximum() + bar.pageStep(), max(1, bar.pageStep())) if whole_article else [top]
    for position in positions:
        bar.setValue(position)
        spots = links_in_view(view)
        for spot in spots:
            if spot.start in seen or not view.viewport().rect().contains(spot.rects[0].center()):
                continue
            seen.add(spot.start)
            height = _reach(view, spot, (0, -1), spots) + 1 + _reach(view, spot, (0, 1), spots)
            width = _reach(view, spot, (-1, 0), spots) + 1 + _reach(view, spot, (1, 0), spots)
            report.add(f"link {spot.text!r}", min(height, width))
    bar.setValue(top)
    return report
