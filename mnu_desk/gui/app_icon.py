"""The application's icon (resources/icons, drawn as SVG and rendered to PNG by packaging/render_icons.py).
The PNGs are given to Qt size by size, so the icon shows without Qt's SVG plug-in and stays sharp at 16 px."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..paths import asset

APP_ID = "nu.m.MnuDesk"  # the .desktop file's and the AppStream metadata's name (packaging/linux)
SIZES = (16, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = asset("resources", "icons", f"{APP_ID}-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon
