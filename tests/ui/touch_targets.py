"""Measure touch targets: every visible, enabled control in a window must be at least 44 x 44 px."""

from __future__ import annotations

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


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or text!r})"


def _small(rect: QRect) -> bool:
    return rect.width() < MIN_PX or rect.height() < MIN_PX


def too_small(window: QWidget) -> list[str]:
    """Descriptions of every control on screen that is smaller than MIN_PX in either direction."""
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox):
            if _small(widget.rect()):
                problems.append(f"{_name(widget)} is {widget.width()}x{widget.height()}")
        elif isinstance(widget, QScrollBar):
            thickness = widget.width() if widget.orientation() == Qt.Orientation.Vertical else widget.height()
            if thickness < MIN_PX:
                problems.append(f"{_name(widget)} is {thickness} px thick")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if _small(widget.tabRect(index)):
                    problems.append(f"tab {widget.tabText(index)!r} is {widget.tabRect(index).size()}")
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            viewport = widget.viewport().rect()
            for row in range(model.rowCount() if model is not None else 0):
                rect = widget.visualRect(model.index(row, 0))
                if rect.isValid() and rect.intersects(viewport) and rect.height() < MIN_PX:
                    problems.append(f"row {row} of {_name(widget)} is {rect.height()} px high")
        elif isinstance(widget, QSplitterHandle | QSizeGrip | QMenuBar):
            problems.append(f"{_name(widget)} is a small control that should not be usable in kiosk mode")
    return problems
