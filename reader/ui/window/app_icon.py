"""The reader's window icon, in a module of its own so start-up does not import the About dialog."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from reader.core.files.locations import resource


def app_icon() -> QIcon:
    """The reader's icon (resources/icons/cancer-reader.svg); empty when the file is missing."""
    path = resource("icons", "cancer-reader.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
