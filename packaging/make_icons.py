"""Render resources/icons/cancer-reader.svg to PNGs (16..512 px), a Windows .ico and a macOS .iconset.

Run by build.py with the build venv's Python (it needs PySide6): `python make_icons.py SVG OUT_DIR`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def main(svg: Path, out: Path) -> int:
    """Write out/hicolor/<n>x<n>/apps/cancer-reader.png, out/cancer-reader.ico, out/cancer-reader.iconset/."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"Cannot read the icon {svg}", file=sys.stderr)
        return 1

    def image(size: int) -> QImage:
        picture = QImage(size, size, QImage.Format.Format_ARGB32)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return picture

    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "cancer-reader.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image(size).save(str(target)):
            print(f"Cannot write {target}", file=sys.stderr)
            return 1
    # Windows: one .ico with the 256 px picture (Qt's ico writer stores one image per file).
    if b"ico" in [bytes(f.data()) for f in QImageWriter.supportedImageFormats()]:
        image(256).save(str(out / "cancer-reader.ico"))
    # macOS: iconutil -c icns turns this folder into cancer-reader.icns (see build-macos.sh).
    iconset = out / "cancer-reader.iconset"
    iconset.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 128, 256, 512):
        image(size).save(str(iconset / f"icon_{size}x{size}.png"))
        image(size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
