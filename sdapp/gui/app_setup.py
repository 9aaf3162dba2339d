"""QApplication set-up: bundled fonts, icons, translations (Dutch default, English)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from sdapp.assets import resource_path

FONT_FAMILY = "DejaVu Sans"
_translators: list[QTranslator] = []


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


_FIRST_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def load_fonts(only_first: bool = False) -> None:
    """Bundle our own font: a bare workstation may have none, and text would render as boxes.

    ``only_first`` loads the regular and bold faces the first dialog needs; the others
    (italic, mono) follow once the event loop runs, keeping start-up short."""
    folder = resource_path("fonts")
    names = _FIRST_FONTS if only_first else sorted(p.name for p in folder.glob("*.ttf") if p.name not in _FIRST_FONTS)
    for name in names:
        QFontDatabase.addApplicationFont(str(folder / name))


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
    load_fonts(only_first=True)
    QTimer.singleShot(0, load_fonts)
    font = QFont(FONT_FAMILY)
    font.setPointSize(10)
    app.setFont(font)
    install_language(language)
