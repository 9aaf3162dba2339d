"""A QGuiApplication for rendering without widgets (CLI, packs): offscreen, bundled fonts."""

from __future__ import annotations

import os

from PySide6.QtGui import QFontDatabase, QGuiApplication

from sdapp.assets import resource_path

FONT_FAMILY = "DejaVu Sans"
_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Rendering text needs a Gui application; headless runs get the offscreen platform."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])
    for ttf in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
