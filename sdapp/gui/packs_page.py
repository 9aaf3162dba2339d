"""The Briefings section: New briefing… and Open pack… on top, the copy register and the contacts below.

The composer and the pack dialog are children of this page and open without blocking the
event loop, so locking (which rejects every dialog and drops the pages) closes them with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from sdapp.gui.app_setup import icon
from sdapp.gui.briefing_composer import BriefingComposer
from sdapp.gui.contacts_view import ContactsView
from sdapp.gui.copy_register_view import CopyRegisterView
from sdapp.gui.labels import Labels
from sdapp.gui.pack_open_dialog import PackOpenDialog
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences

if TYPE_CHECKING:
    from sdapp.gui.main_window import MainWindow

TAB_COPIES, TAB_CONTACTS = 0, 1


class PacksPage(QWidget):
    """``levelsChanged`` when what is on screen (copies listed, a pack opened) changes level."""

    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.prefs = prefs
        self.setObjectName("packsPage")
        self.composer: BriefingComposer | None = None
        self.open_dialog: PackOpenDialog | None = None

        self.new_button = QPushButton(icon("add"), "", self)
        self.new_button.clicked.connect(self.new_briefing)
        self.open_button = QPushButton(icon("open"), "", self)
        self.open_button.clicked.connect(self.open_pack)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #455a64;")
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addSpacing(12)
        top.addWidget(self.intro, 1)

        self.copies = CopyRegisterView(session, labels, self)
        self.contacts = ContactsView(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.copies, "")
        self.tabs.addTab(self.contacts, "")
        self.tabs.currentChanged.connect(lambda _i: self.levelsChanged.emit())
        self.copies.levelsChanged.connect(self.levelsChanged)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    @classmethod
    def for_window(cls, window: MainWindow) -> PacksPage:
        """The section's page, wired to the window's classification banner."""
        page = cls(window.session, window.labels, window.prefs, window)
        page.levelsChanged.connect(window.update_banner)
        return page

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New briefing…"))
        self.new_button.setToolTip(self.tr("Compose a briefing and seal a numbered copy for each addressee"))
        self.open_button.setText(self.tr("&Open pack…"))
        self.open_button.setToolTip(self.tr("Decrypt, check and read a sealed pack you received"))
        self.intro.setText(self.tr("Sealed packs: encrypted to each addressee, signed by you, and logged copy by "
                                   "copy."))
        self.tabs.setTabText(TAB_COPIES, self.tr("Copy register"))
        self.tabs.setTabText(TAB_CONTACTS, self.tr("Contacts and keys"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.copies.set_labels(labels)

    # commands ----------------------------------------------------------------------------------
    def new_briefing(self) -> BriefingComposer:
        """Opens the composer window-modal without blocking; a second click brings the open one forward."""
        if self.composer is not None:
            self.composer.raise_()
            self.composer.activateWindow()
            return self.composer
        composer = BriefingComposer(self.session, self.labels, self.prefs, self)
        composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        composer.sealed.connect(lambda _issued: self.tabs.setCurrentIndex(TAB_COPIES))
        composer.finished.connect(lambda _r: setattr(self, "composer", None))
        self.composer = composer
        composer.open()
        return composer

    def open_pack(self, choose: bool = True) -> PackOpenDialog:
        """Opens the pack dialog (window-modal, not blocking) and, with ``choose``, its file chooser."""
        if self.open_dialog is None:
            dialog = PackOpenDialog(self.session, self.labels, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r: self._dialog_closed())
            dialog.levelsChanged.connect(self.levelsChanged)
            self.open_dialog = dialog
            dialog.open()
        if choose:
            self.open_dialog.choose_file()
        return self.open_dialog

    def _dialog_closed(self) -> None:
        self.open_dialog = None
        self.levelsChanged.emit()

    def shutdown(self) -> None:
        """Lock: close the dialogs now (they hold decrypted content and the session)."""
        for dialog in (self.composer, self.open_dialog):
            if dialog is not None:
                dialog.reject()
        self.composer = self.open_dialog = None

    def displayed_levels(self) -> set[str]:
        levels: set[str] = set()
        if self.tabs.currentIndex() == TAB_COPIES:
            levels |= self.copies.displayed_levels()
        if self.open_dialog is not None:
            levels |= self.open_dialog.displayed_levels()
        return levels
