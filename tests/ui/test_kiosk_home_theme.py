"""The kiosk home in the dark themes (walk 13, C5): with --theme high-contrast "Opening the library…" was white
on the home's near-white, and the home stayed light while articles were black. Its words must be readable
on its ground, and the ground the theme's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.core.appearance.contrast import contrast_ratio, relative_luminance
from reader.core.kiosk.policy import KioskPolicy
from reader.core.library.catalog import Library
from reader.core.settings.store import Settings
from reader.ui.kiosk.mode import KioskController, enable_kiosk
from reader.ui.window.build import build_window

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def make_kiosk(qtbot: QtBot, library_dir: Path, theme: str) -> KioskController:
    window = build_window(Library.load([library_dir]), Settings(None))
    qtbot.addWidget(window)
    window.appearance.set_theme(theme)  # as --theme does, before the kiosk is set up
    kiosk = enable_kiosk(window, KioskPolicy(enabled=True, idle_timeout_seconds=600, on_screen_keyboard=False))
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return kiosk


def ground_and_ink(widget: QWidget) -> tuple[str, str]:
    """The colour most of the widget's picture is (its ground) and the one that stands out most from it, as
    drawn on the screen (a label is taken from its parent's picture, which draws what is behind it)."""
    parent = widget.parentWidget()
    image = (parent.grab(widget.geometry()) if parent is not None else widget.grab()).toImage()
    counts: Counter[str] = Counter()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            counts[image.pixelColor(x, y).name()] += 1
    ground = counts.most_common(1)[0][0]
    ink = max(counts, key=lambda colour: contrast_ratio(colour, ground))
    return ground, ink


def label_named(kiosk: KioskController, name: str) -> QLabel:
    labels = [label for label in kiosk.home.subjects.findChildren(QLabel) if label.isVisible()]
    found = [label for label in labels if label.objectName() == name or label.text() == name]
    assert found, [(label.objectName(), label.text()) for label in labels]
    return found[0]


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_opening_the_library_can_be_read(qtbot: QtBot, library_dir: Path, theme: str) -> None:
    kiosk = make_kiosk(qtbot, library_dir, theme)
    kiosk.home.show_loading()  # as a start shows it while the library is read
    qtbot.wait(20)
    ground, ink = ground_and_ink(label_named(kiosk, "Opening the library…"))
    assert contrast_ratio(ink, ground) >= 4.5, (theme, ink, ground)
    kiosk.exit_kiosk()


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_the_home_follows_a_dark_theme(qtbot: QtBot, library_dir: Path, theme: str) -> None:
    kiosk = make_kiosk(qtbot, library_dir, theme)
    ground, _ink = ground_and_ink(kiosk.home.subjects)
    assert relative_luminance(ground) < 0.05, (theme, ground)  # dark, as its articles are
    for name in ("kioskTitle", "kioskIntro", "kioskSection"):
        label_ground, ink = ground_and_ink(label_named(kiosk, name))
        assert label_ground == ground and contrast_ratio(ink, ground) >= 4.5, (theme, name, ink, ground)
    kiosk.exit_kiosk()


def test_the_home_changes_with_the_theme(qtbot: QtBot, library_dir: Path) -> None:
    """A visitor's reset puts the policy's theme back: the home follows a theme set after the start too."""
    kiosk = make_kiosk(qtbot, library_dir, "light")
    light, _ink = ground_and_ink(kiosk.home.subjects)
    assert relative_luminance(light) > 0.8
    kiosk.window.appearance.set_theme("high-contrast")
    qtbot.wait(20)
    ground, _ink = ground_and_ink(kiosk.home.subjects)
    assert ground == "#000000"
    ground, ink = ground_and_ink(label_named(kiosk, "kioskTitle"))
    assert contrast_ratio(ink, ground) >= 7, (ink, ground)
    kiosk.exit_kiosk()
