"""The welcome window: create a vault, open one, open the demo, recent vaults (optional)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sdapp.gui.app_setup import icon, install_language
from sdapp.gui.settings import Preferences
from sdapp.vault.folder import SUFFIX


class WelcomeWindow(QWidget):
    """Emits ``openRequested(path)`` or ``createRequested()`` / ``demoRequested()``."""

    openRequested = Signal(str)
    createRequested = Signal()
    demoRequested = Signal()

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowIcon(icon("app"))
        self.resize(760, 520)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #455a64;")
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))

        self.create_button = QPushButton(icon("add"), "")
        self.open_button = QPushButton(icon("open"), "")
        self.demo_button = QPushButton(icon("register"), "")
        for b in (self.create_button, self.open_button, self.demo_button):
            b.setMinimumHeight(40)
            b.setStyleSheet("text-align: left; padding-left: 12px;")
        self.create_button.clicked.connect(self.createRequested)
        self.open_button.clicked.connect(self._choose_folder)
        self.demo_button.clicked.connect(self.demoRequested)

        self.recent_label = QLabel()
        self.recent_label.setStyleSheet("font-weight: bold;")
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.openRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.remember = QCheckBox()
        self.remember.setChecked(prefs.remember_recent)
        self.remember.toggled.connect(self._remember_toggled)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if prefs.language == "nl" else 1)
        self.language.currentIndexChanged.connect(self._language_changed)

        self.pack_note = QLabel()  # shown when started with a received pack
        self.pack_note.setWordWrap(True)
        self.pack_note.setStyleSheet("background: #fff8e1; border: 1px solid #ffb300; padding: 8px;")
        self.pack_note.hide()
        self.pending_pack: Path | None = None

        header = QHBoxLayout()
        header.addWidget(logo)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        actions = QVBoxLayout()
        actions.addWidget(self.create_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.demo_button)
        actions.addStretch(1)
        lists = QVBoxLayout()
        lists.addWidget(self.recent_label)
        lists.addWidget(self.recent, 1)
        lists.addWidget(self.remember)
        body = QHBoxLayout()
        body.addLayout(actions, 2)
        body.addSpacing(16)
        body.addLayout(lists, 3)
        footer = QHBoxLayout()
        self.language_label = QLabel()
        footer.addStretch(1)
        footer.addWidget(self.language_label)
        footer.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addLayout(header)
        layout.addSpacing(16)
        layout.addWidget(self.pack_note)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.retranslate()
        self.fill_recent()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sdapp - welcome"))
        self.title.setText("sdapp")
        self.subtitle.setText(self.tr("Register of risky strategic dependencies. Everything stays on this "
                                      "workstation, encrypted."))
        self.create_button.setText(self.tr("&Create a new vault…"))
        self.open_button.setText(self.tr("&Open a vault…"))
        self.demo_button.setText(self.tr("Open the &demo vault (fictitious data)"))
        self.recent_label.setText(self.tr("Recent vaults"))
        self.remember.setText(self.tr("Remember recent vaults on this workstation"))
        self.language_label.setText(self.tr("Language:"))
        if self.pending_pack is not None:
            self.pack_note.setText(self.tr("To open the received pack %1, unlock the vault that holds your keys: "
                                           "its identity decrypts the pack and its contacts verify the sender.")
                                   .replace("%1", self.pending_pack.name))

    def show_pending_pack(self, path: Path) -> None:
        """Say why the app asks for a vault when it was started to open a pack."""
        self.pending_pack = path
        self.retranslate()
        self.pack_note.show()

    def fill_recent(self) -> None:
        self.recent.clear()
        paths = self.prefs.recent_vaults()
        for p in paths:
            item = QListWidgetItem(icon("register"), f"{Path(p).name.removesuffix(SUFFIX)}    {Path(p).parent}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.recent.addItem(item)
        if not paths:
            placeholder = QListWidgetItem(self.tr("(none)") if self.prefs.remember_recent else self.tr("(off)"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a vault (a folder ending in .sdvault)"))
        if folder:
            self.openRequested.emit(folder)

    def _remember_toggled(self, on: bool) -> None:
        self.prefs.remember_recent = on
        self.fill_recent()

    def _language_changed(self) -> None:
        language = self.language.currentData()
        self.prefs.language = language
        install_language(language)
        self.retranslate()
        self.fill_recent()
