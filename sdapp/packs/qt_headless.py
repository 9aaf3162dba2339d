"""A QGuiApplication for rendering without widgets (CLI, packs): offscreen, bundled fonts."""

from __future__ import annotations

import os

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sdapp.assets import resource_path

FONT_FAMILY = "DejaVu Sans"
_app: QGuiApplication | None = None
_fonts_loaded = False


def ensure_gui_application() -> None:
    """Rendering text needs a Gui application; headless runs get the offscreen platform. The
    bundled fonts are loaded once whoever made the application (the desktop app or this)."""
    global _app, _fonts_loaded
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])
    if not _fonts_loaded:
        for ttf in sorted(resource_path("fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(ttf))
        _fonts_loaded = True


def document_font() -> QFont:
    """The bundled font without ligatures, so text drawn into documents extracts letter for
    letter (pdftotext, search in a PDF viewer): "Griffie", not "Gri\ufb03e"."""
    font = QFont(FONT_FAMILY)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
