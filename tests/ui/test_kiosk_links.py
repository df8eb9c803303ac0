"""Links in kiosk articles are finger-sized: a tap within half a finger of a link follows it, and when
links are close together a card asks which one was meant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.appearance.appearance import Appearance
from reader.ui.kiosk.link_taps import TOUCH_PX
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.reading.link_geometry import links_in_view
from reader.ui.window.build import build_window
from tests.helpers import write_article
from tests.ui.touch_targets import MIN_PX, link_touch_report, measure

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
DENSE = """# Links close together

Read about [side effects](/about-cancer/treatment/side-effects) and [coping](/about-cancer/coping) and
[questions to ask](/about-cancer/treatment/questions) in one line, then a long sentence that wraps over
more than one line of the page so that a [link in the middle of a long paragraph](/types/lung) sits
between other words with more words after it, and so on for a while longer still.

- [Anemia](/about-cancer/treatment/side-effects/anemia)
- [Appetite loss](/about-cancer/treatment/side-effects/appetite-loss)
- [Bleeding and bruising](/about-cancer/treatment/side-effects/bleeding-bruising)
- [Constipation](/about-cancer/treatment/side-effects/constipation)

| Drug | Use |
| --- | --- |
| [Pembrolizumab](/about-cancer/treatment/drugs/pembrolizumab) | Breast cancer |

Ask your doctor about [chemotherapy](/publications/dictionaries/cancer-terms/def/45214).

A lone link on its own: [diarrhea](/about-cancer/treatment/side-effects/diarrhea).
"""


@pytest.fixture(autouse=True)
def reset_app_look(qapp: QApplication) -> Iterator[None]:
    yield
    Appearance(Settings(None)).apply()


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskController]:
    """A kiosk showing an article whose links sit close together (lists, a table, a glossary word)."""
    write_article(tmp_path / "lib", "dense.md", "Links close together",
                  "https://www.cancer.gov/about-cancer/dense", DENSE)  # fmt: skip
    window = build_window(Library.load([tmp_path / "lib"]), Settings(None))
    qtbot.addWidget(window)
    controller = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.open_article(next(iter(window.library)).key)
    yield controller
    controller.exit_kiosk()


def test_every_link_in_the_article_has_a_touch_target_of_at_least_44_px(kiosk: KioskController) -> None:
    view = kiosk.window.view
    spots = links_in_view(view)
    assert len(spots) >= 10  # the lists, the table, the glossary word, the links in the paragraph
    report = link_touch_report(view)
    assert report.problems == [] and report.checked == len(spots) and report.smallest >= MIN_PX
    # Without the touch areas the same links would be far too small: the check measures something.
    assert min(spot.rects[0].height() for spot in spots) < MIN_PX
    assert TOUCH_PX == MIN_PX


def test_links_are_found_where_they_are_drawn(qtbot: QtBot, kiosk: KioskController) -> None:
    view = kiosk.window.view
    for spot in links_in_view(view):
        middle = spot.rects[0].center()
        assert view.anchorAt(middle) == spot.href, spot.text  # the rectangle is really over the words
    view.verticalScrollBar().setValue(60)  # scrolled: the rectangles follow
    for spot in links_in_view(view):
        assert view.anchorAt(spot.rects[0].center()) == spot.href, spot.text


def test_a_tap_beside_a_lone_link_follows_it(qtbot: QtBot, kiosk: KioskController) -> None:
    view = kiosk.window.view
    lone = next(spot for spot in links_in_view(view) if spot.text == "diarrhea")
    below = lone.rects[0].center() + QPoint(0, lone.rects[0].height() // 2 + 8)  # under the words
    assert view.anchorAt(below) == ""
    with qtbot.waitSignal(view.linkRequested, timeout=2000) as asked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=below)
    assert asked.args[0].endswith("/about-cancer/treatment/side-effects/diarrhea")
    assert not kiosk.link_taps.chooser.isVisible()


def test_a_tap_between_close_links_asks_which_one(qtbot: QtBot, kiosk: KioskController) -> None:
    window = kiosk.window
    view = window.view
    spots = {spot.text: spot for spot in links_in_view(view)}
    anemia, appetite = spots["Anemia"].rects[0], spots["Appetite loss"].rects[0]
    between = QPoint(anemia.left() + 10, (anemia.bottom() + appetite.top()) // 2)
    with qtbot.assertNotEmitted(view.linkRequested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=between)
    chooser = kiosk.link_taps.chooser
    assert chooser.isVisible()
    labels = [button.text() for button in chooser.buttons]
    assert "Anemia" in labels and "Appetite loss" in labels
    report = measure(window)
    assert report.problems == [] and report.smallest >= MIN_PX
    with qtbot.waitSignal(view.linkRequested, timeout=2000) as asked:
        qtbot.mouseClick(chooser.buttons[labels.index("Appetite loss")], Qt.MouseButton.LeftButton)
    assert asked.args[0].endswith("/about-cancer/treatment/side-effects/appetite-loss")
    assert not chooser.isVisible()


def test_a_drag_scrolls_and_follows_no_link(qtbot: QtBot, kiosk: KioskController) -> None:
    view = kiosk.window.view
    spot = links_in_view(view)[0]
    start = spot.rects[0].center()
    with qtbot.assertNotEmitted(view.linkRequested, wait=100):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(0, 60))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, 60))
    assert not kiosk.link_taps.chooser.isVisible()


def test_start_over_closes_an_open_choice(qtbot: QtBot, kiosk: KioskController) -> None:
    spots = links_in_view(kiosk.window.view)
    kiosk.link_taps.chooser.offer(spots[:2])
    assert kiosk.link_taps.chooser.isVisible()
    kiosk.window.reset_for_next_visitor()
    assert not kiosk.link_taps.chooser.isVisible()


@pytest.mark.corpus
@pytest.mark.slow
def test_links_in_a_real_article_are_finger_sized_all_the_way_down(qtbot: QtBot, corpus: Path) -> None:
    address = "https://www.cancer.gov/about-cancer/treatment/side-effects"  # 31 links, lists of them
    window = build_window(Library.load([corpus]), Settings(None))
    qtbot.addWidget(window)
    kiosk = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600))
    qtbot.waitExposed(window)
    article = window.library.by_url(address)
    assert article is not None
    with qtbot.waitSignal(window.articleShown, timeout=10000):
        window.open_article(article.key)
    report = link_touch_report(window.view, whole_article=True)
    assert report.checked >= 10
    assert report.problems == [] and report.smallest >= MIN_PX
    kiosk.exit_kiosk()
