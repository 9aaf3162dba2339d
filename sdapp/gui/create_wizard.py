"""Create-vault wizard: location, user, passphrase with strength meter, KDF calibration,
and the recovery key shown once, confirmed by re-typing one of its groups."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sdapp.assets import load_reference
from sdapp.core import passphrase as strength
from sdapp.vault.errors import VaultError
from sdapp.vault.keyslots import KdfParams, calibrate
from sdapp.vault.vault import SUFFIX, Created, create


class LocationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where should the vault live?"))
        self.setSubTitle(self.tr("A vault is one folder. Copying the folder copies the vault, still encrypted."))
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setAccessibleName(self.tr("Parent folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.name = QLineEdit(self.tr("register"))
        self.name.setAccessibleName(self.tr("Vault name"))
        self.result = QLabel()
        self.result.setStyleSheet("color: #546e7a;")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder)
        form = QFormLayout(self)
        form.addRow(folder_label, row)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.result)
        self.folder.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def target(self) -> Path:
        name = self.name.text().strip()
        return Path(self.folder.text().strip()) / (name if name.endswith(SUFFIX) else name + SUFFIX)

    def _update(self) -> None:
        target = self.target()
        if not self.name.text().strip() or "/" in self.name.text() or "\\" in self.name.text():
            self.result.setText(self.tr("Give the vault a simple name."))
        elif target.exists():
            self.result.setText(self.tr("%1 exists already.").replace("%1", str(target)))
        elif not Path(self.folder.text()).is_dir():
            self.result.setText(self.tr("The folder does not exist."))
        else:
            self.result.setText(self.tr("The vault will be created as %1").replace("%1", str(target)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        target = self.target()
        return bool(self.name.text().strip()) and Path(self.folder.text()).is_dir() and not target.exists()


class UserPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who are you?"))
        self.setSubTitle(self.tr("Your name and ministry are recorded with every change you make."))
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.ministry = QComboBox()
        self.ministry.setAccessibleName(self.tr("Ministry"))
        for m in load_reference().ministries:
            self.ministry.addItem(f"{m.slug} - {m.label.nl}", m.slug)
        self.ministry.setCurrentIndex(max(0, self.ministry.findData("EZ")))
        form = QFormLayout(self)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Ministry"), self.ministry)
        self.user.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return bool(self.user.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("Several words are easier to remember and harder to guess than one word."))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Repeat"), self.second)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        result = strength.estimate(self.first.text())
        verdicts = {
            "too-short": self.tr("Too short: at least %1 characters").replace("%1", str(strength.MIN_LENGTH)),
            "weak": self.tr("Weak"), "fair": self.tr("Fair"), "good": self.tr("Good"), "strong": self.tr("Strong"),
        }
        colours = {"too-short": "#c62828", "weak": "#c62828", "fair": "#f9a825", "good": "#2e7d32",
                   "strong": "#1b5e20"}
        self.meter.setValue(min(100, int(result.bits)))
        self.meter.setFormat(verdicts[result.verdict])
        self.meter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meter.setStyleSheet(
            "QProgressBar { border: 1px solid #90a4ae; border-radius: 3px; background: #eceff1; color: #102027;"
            " font-weight: bold; min-height: 20px; }"
            f" QProgressBar::chunk {{ background: {colours[result.verdict]}; }}")
        if self.second.text() and self.second.text() != self.first.text():
            self.hint.setText(self.tr("The two passphrases differ."))
        elif result.verdict in ("too-short", "weak"):
            self.hint.setText(self.tr("Make it longer: add a word or two."))
        else:
            self.hint.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return strength.acceptable(self.first.text()) and self.first.text() == self.second.text()


class RecoveryPage(QWizardPage):
    """Creates the vault on entry (after calibrating Argon2id), then shows the recovery key once."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("If every passphrase is forgotten, only this key opens the vault. "
                                 "It is shown once: write it down and keep it in the safe."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Preparing the vault"))
        self.status = QLabel(self.tr("Calibrating key derivation for this computer…"))
        self.key_label = QLabel()
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSize(15)
        mono.setBold(True)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("background: #fffde7; border: 1px solid #f9a825; padding: 12px;")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.written = QCheckBox(self.tr("I have written the recovery key down"))
        self.retype_label = QLabel()
        self.retype = QLineEdit()
        self.retype.setAccessibleName(self.tr("Group of the recovery key"))
        self.retype.setMaxLength(4)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.key_label)
        layout.addWidget(self.written)
        layout.addWidget(self.retype_label)
        layout.addWidget(self.retype)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.written.toggled.connect(lambda _b: self.completeChanged.emit())
        self.retype.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._group = 0

    def initializePage(self) -> None:
        if self._wizard.created is not None:
            return
        for w in (self.key_label, self.written, self.retype_label, self.retype):
            w.setVisible(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.repaint()
        QGuiApplication.processEvents()
        try:
            params = self._wizard.kdf_params()
            self.status.setText(self.tr("Creating the encrypted vault…"))
            QGuiApplication.processEvents()
            self._wizard.created = create(
                self._wizard.location.target(), load_reference(), user=self._wizard.user.user.text().strip(),
                department=self._wizard.user.ministry.currentData(), passphrase=self._wizard.passphrase.first.text(),
                params=params)
        except VaultError as exc:
            self.status.setText(self.tr("The vault could not be created: %1").replace("%1", str(exc)))
            self.progress.setRange(0, 1)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._wizard.passphrase.first.clear()
        self._wizard.passphrase.second.clear()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setVisible(False)
        key = self._wizard.created.recovery_key
        groups = key.split("-")
        self._group = secrets.randbelow(len(groups))
        self.key_label.setText("  ".join(groups[:5]) + "\n" + "  ".join(groups[5:]))
        self.status.setText(self.tr("The vault was created. Write the key down exactly as shown."))
        self.retype_label.setText(self.tr("To confirm, type group %1 of the key (counting from the left):")
                                  .replace("%1", str(self._group + 1)))
        for w in (self.key_label, self.written, self.retype_label, self.retype):
            w.setVisible(True)
        self.completeChanged.emit()

    def expected_group(self) -> str:
        created = self._wizard.created
        return created.recovery_key.split("-")[self._group] if created else ""

    def isComplete(self) -> bool:
        if self._wizard.created is None:
            return False
        ok = self.retype.text().strip().upper() == self.expected_group()
        self.error.setText("" if ok or len(self.retype.text()) < 4 else self.tr("That group does not match."))
        return self.written.isChecked() and ok


class CreateVaultWizard(QWizard):
    def __init__(self, parent: QWidget | None = None, kdf_seconds: float = 1.0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 460)
        self.kdf_seconds = kdf_seconds
        self.created: Created | None = None
        self.location = LocationPage()
        self.user = UserPage()
        self.passphrase = PassphrasePage()
        self.recovery = RecoveryPage(self)
        for page in (self.location, self.user, self.passphrase, self.recovery):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open the vault"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

    def kdf_params(self) -> KdfParams:
        if self.kdf_seconds <= 0:
            return KdfParams(iterations=1)
        return calibrate(self.kdf_seconds)

    def reject(self) -> None:
        if self.created is not None:
            # The vault exists already; never leave it half-confirmed: keep it but close it.
            self.created.vault.close(backup=False)
        super().reject()
