"""Help > About shows the version, the NCI credit and the license texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.window.about_dialog import AboutDialog
from reader.ui.window.main_window import MainWindow
from reader.version import app_version


@pytest.fixture
def about(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> AboutDialog:
    """Open the About box from the Help menu, as a person would (exec is replaced by show)."""
    opened: list[AboutDialog] = []

    def show_instead(dialog: AboutDialog) -> int:
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(AboutDialog, "exec", show_instead)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about_action = next(a for a in help_menu.actions() if "About" in a.text())
    about_action.trigger()
    assert len(opened) == 1
    qtbot.waitExposed(opened[0])
    return opened[0]


def test_about_shows_version_and_nci_credit(about: AboutDialog) -> None:
    texts = " ".join(label.text() for label in about.findChildren(QLabel))
    assert f"Version {app_version()}" in texts
    assert "Source: National Cancer Institute, cancer.gov; public domain; not endorsed by NCI." in texts


def test_clicking_a_component_shows_its_license_text(qtbot: QtBot, about: AboutDialog) -> None:
    names = about.findChild(QListWidget, "licenseList")
    text = about.findChild(QPlainTextEdit, "licenseText")
    rows = [names.item(i).text() for i in range(names.count())]
    assert "Qt (LGPL-3.0)" in rows
    assert any(row.startswith("PyYAML (MIT)") for row in rows)
    item = names.item(rows.index("Qt (LGPL-3.0)"))
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=names.visualItemRect(item).center())
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()
    assert text.toPlainText().startswith("Qt\nLicense: LGPL-3.0")
    whoosh = next(names.item(i) for i, row in enumerate(rows) if row.startswith("Whoosh"))
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=names.visualItemRect(whoosh).center())
    assert "Matt Chaput" in text.toPlainText()


def test_close_button_closes_it(qtbot: QtBot, about: AboutDialog) -> None:
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


@pytest.mark.parametrize("percent", [100, 300])
def test_every_license_name_shows_whole(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                        percent: int) -> None:  # fmt: skip
    """Walk 10, X5: "National Cancer Institute articles (public domain" and "all-MiniLM-L6-v2 (word-vector
    table) (Apache-2.0" were cut at the list's right edge. A name wider than the list wraps."""
    window.appearance.set_font_scale(percent)
    about = AboutDialog(window)
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    names = about.findChild(QListWidget, "licenseList")
    qtbot.wait(50)
    view = names.viewport().rect()
    metrics = names.fontMetrics()
    wrapped = 0
    for row in range(names.count()):
        item = names.item(row)
        rect = names.visualItemRect(item)
        assert rect.left() >= view.left() and rect.right() <= view.right(), item.text()
        needed = metrics.boundingRect(0, 0, rect.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), item.text())
        assert needed.width() <= rect.width() and needed.height() <= rect.height(), item.text()
        wrapped += rect.height() > metrics.height() * 3 // 2
    assert wrapped > 0 or percent == 100  # at 300 % long names take two lines
    # The words above the list are whole too (they scroll at 300 %: the NCI credit was cut off there).
    for label in about.top.findChildren(QLabel):
        if label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
