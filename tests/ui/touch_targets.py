"""Measure touch targets: every visible, enabled control in a window must be at least 44 x 44 px."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QScrollBar,
    QSizeGrip,
    QSplitterHandle,
    QTabBar,
    QWidget,
)

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
    """Every control on screen: its smaller side, and whether it is fully visible."""
    report = TouchReport()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
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
