"""QApplication set-up: bundled fonts, icons, translations (Dutch default, English)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from sdapp.assets import resource_path

FONT_FAMILY = "DejaVu Sans"
_translators: list[QTranslator] = []


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def load_fonts() -> None:
    """Bundle our own font: a bare workstation may have none, and text would render as boxes."""
    for ttf in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))


def install_language(language: str) -> None:
    """Swap the app's and Qt's own translators; widgets get a LanguageChange event."""
    app = QApplication.instance()
    if app is None:
        return
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    if language == "nl":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for base, folder in (("qtbase_nl", qt_dir), ("sdapp_nl", str(resource_path("translations")))):
            t = QTranslator(app)
            if t.load(base, folder):
                app.installTranslator(t)
                _translators.append(t)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def setup_application(app: QGuiApplication, language: str) -> None:
    app.setApplicationName("sdapp")
    app.setApplicationDisplayName("sdapp")
    app.setOrganizationName("sdapp")
    app.setWindowIcon(icon("app"))
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSize(10)
    app.setFont(font)
    install_language(language)
