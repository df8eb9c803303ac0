"""Links a finger can hit: a tap counts for any link within half a finger (22 px) of it, and when
several links are that close a card asks which one was meant.

Every link so gets a touch target at least TOUCH_PX tall and wide, however tightly the article's lines
sit, without spreading the text out (see docs/KIOSK.md).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QPushButton, QWidget

from reader.core.languages.translate import translate
from reader.core.library.links import classify
from reader.ui.kiosk.overlay import Overlay
from reader.ui.reading.article_view import ArticleView
from reader.ui.reading.link_geometry import LinkSpot, links_in_view

TOUCH_PX = 44  # WCAG 2.5.5: targets at least 44 x 44 CSS pixels
DRAG_PX = 12  # a finger that moved further was scrolling, not tapping
MAX_CHOICES = 6


def touch_area(rect: QRect) -> QRect:
    """The rectangle grown, around its centre, to at least TOUCH_PX in each direction."""
    grow_x = max(0, math.ceil((TOUCH_PX - rect.width()) / 2))
    grow_y = max(0, math.ceil((TOUCH_PX - rect.height()) / 2))
    return rect.adjusted(-grow_x, -grow_y, grow_x, grow_y)


def links_near(view: ArticleView, point: QPoint, spots: list[LinkSpot] | None = None) -> list[LinkSpot]:
    """The links whose touch area holds point (viewport pixels), in reading order (among spots, when the
    links on screen are already known)."""
    if spots is None:
        spots = links_in_view(view, QRect(point.x() - TOUCH_PX, point.y() - TOUCH_PX, 2 * TOUCH_PX, 2 * TOUCH_PX))
    return [spot for spot in spots if any(touch_area(r).contains(point) for r in spot.rects)]


def choice_label(spot: LinkSpot) -> str:
    """What the choice button says: the link's words, and what kind of link it is."""
    words = " ".join(spot.text.split())
    if len(words) > 60:
        words = words[:57].rstrip() + "…"
    if classify(spot.href).kind == "glossary":
        return translate("Kiosk", "Meaning of “{words}”").format(words=words)
    return words


class LinkChooser(Overlay):
    """'Which link did you mean?': one big button per nearby link, and Cancel."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, translate("Kiosk", "Which link did you mean?"))
        self.setObjectName("linkChooser")
        self.message.setText(translate("Kiosk", "These links are close together. Tap the one you want."))
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.message)
        self.buttons: list[QPushButton] = []
        self.cancel = QPushButton(translate("Kiosk", "Cancel"), self.card)
        self.cancel.clicked.connect(self.close_choice)
        self._choices_at = self.card_layout.count()
        self.card_layout.addWidget(self.cancel)

    def offer(self, spots: list[LinkSpot]) -> None:
        """Show one button per link (at most MAX_CHOICES)."""
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for index, spot in enumerate(spots[:MAX_CHOICES]):
            button = QPushButton(choice_label(spot), self.card)
            button.setObjectName("linkChoice")
            button.clicked.connect(lambda _checked=False, href=spot.href: self._choose(href))
            self.card_layout.insertWidget(self._choices_at + index, button)
            self.buttons.append(button)
        self.open()

    def _choose(self, href: str) -> None:
        self.close_choice()
        self.chosen.emit(href)

    @Slot()
    def close_choice(self) -> None:
        """Hide the card without following a link."""
        self.hide()


class LinkTaps(QObject):
    """Watches taps on an article view: a tap near one link follows it, near several asks which."""

    def __init__(self, view: ArticleView, window: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.chooser = LinkChooser(window)
        self.chooser.chosen.connect(self._follow)
        self._pressed_at: QPoint | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Take over taps that land near links; leave drags, selections and other clicks to the view."""
        kind = event.type()
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        point = event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed_at = point
            return False
        if kind != QEvent.Type.MouseButtonRelease or self._pressed_at is None:
            return False
        pressed, self._pressed_at = self._pressed_at, None
        if (point - pressed).manhattanLength() > DRAG_PX:
            return False
        return self.tap(point)

    def tap(self, point: QPoint) -> bool:
        """Act on a tap at point (viewport pixels); True when it was near a link."""
        spots = links_near(self.view, point)
        if not spots:
            return False
        if len({spot.href for spot in spots}) == 1:
            self._follow(spots[0].href)
        else:
            self.chooser.offer(spots)
        return True

    @Slot(str)
    def _follow(self, href: str) -> None:
        self.view.linkRequested.emit(href)

    def reset(self) -> None:
        """No choice left open for the next visitor."""
        self.chooser.close_choice()
        self._pressed_at = None
