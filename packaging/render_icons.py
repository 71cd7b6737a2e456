"""Render the application icon's PNG sizes (and the Windows .ico) from its SVG with Qt's own SVG renderer, so
no other tool is needed. Run after changing resources/icons/nu.m.MnuDesk.svg:

    .venv/bin/python packaging/render_icons.py

The PNGs are kept in the repository: the build, the .desktop file and the window use them as they are."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "nu.m.MnuDesk.svg"
SIZES = (16, 32, 48, 64, 128, 256)
ICO = ROOT / "packaging" / "windows" / "mnu-desk.ico"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        out = ICONS / f"nu.m.MnuDesk-{size}.png"
        if not render(renderer, size).save(str(out), "PNG"):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(ROOT))
    # Windows shows the .exe's icon from an .ico; Qt's ico writer stores one size per file, the largest
    # that Explorer scales down well
    ICO.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(ICO), b"ico")
    if not writer.write(render(renderer, 256)):
        print(f"cannot write {ICO}: {writer.errorString()}", file=sys.stderr)
        return 1
    print(ICO.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
