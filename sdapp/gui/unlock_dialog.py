"""Unlock: pick a user slot, passphrase or recovery key; distinct errors; visible delay."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sdapp.vault import unlock_state

if TYPE_CHECKING:
    from sdapp.vault.vault import Vault
from sdapp.vault.errors import (
    DamagedVault,
    LockedOut,
    NewerVersion,
    NotAVault,
    NotFound,
    StorageError,
    VaultError,
    VaultInUse,
    WrongSecret,
)
from sdapp.vault.folder import STATE_NAME, SUFFIX, read_slots, resolve_path


def unlock_error_text(widget: QWidget, exc: Exception) -> str:
    """One human sentence per kind of failure, in the interface language.

    Uses the literal context "UnlockDialog" so Qt Linguist files these under the dialog."""
    translate = QCoreApplication.translate
    if isinstance(exc, WrongSecret):
        return translate("UnlockDialog", "Wrong passphrase or recovery key. Failed attempts: %1.").replace(
            "%1", str(exc.failures))
    if isinstance(exc, LockedOut):
        return translate("UnlockDialog", "Too many failed attempts. Wait until the countdown ends.")
    if isinstance(exc, NotAVault):
        return translate("UnlockDialog", "This folder is not an sdapp vault.")
    if isinstance(exc, NewerVersion):
        return translate("UnlockDialog",
                         "This vault was made by a newer version of sdapp. Install that version to open it.")
    if isinstance(exc, DamagedVault):
        return translate("UnlockDialog", "The vault is damaged or was altered: %1").replace("%1", str(exc))
    if isinstance(exc, VaultInUse):
        return translate("UnlockDialog", "The vault is already open elsewhere (%1). Close it there first.").replace(
            "%1", str(exc))
    if isinstance(exc, StorageError):
        return translate("UnlockDialog", "The vault cannot be written: %1").replace("%1", str(exc))
    if isinstance(exc, NotFound):
        return translate("UnlockDialog", "This vault has no such user.")
    if isinstance(exc, VaultError):
        return str(exc)
    return translate("UnlockDialog", "Unexpected error: %1").replace("%1", str(exc))


class UnlockDialog(QDialog):
    def __init__(self, path: Path | str, parent: QWidget | None = None, clock=time.time) -> None:
        super().__init__(parent)
        self.path = resolve_path(path)
        self.vault: Vault | None = None
        self._clock = clock
        self.setWindowTitle(self.tr("Unlock vault"))
        self.setMinimumWidth(480)

        title = QLabel(self.tr("Unlock %1").replace("%1", self.path.name.removesuffix(SUFFIX)))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        where = QLabel(str(self.path))
        where.setStyleSheet("color: #546e7a;")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.user_radio = QRadioButton(self.tr("User"))
        self.recovery_radio = QRadioButton(self.tr("Recovery key"))
        self.user_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.user_radio)
        group.addButton(self.recovery_radio)
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(self.tr("User"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret_label = QLabel(self.tr("&Passphrase"))
        self.secret_label.setBuddy(self.secret)

        form = QFormLayout()
        form.addRow(self.user_radio, self.user_combo)
        form.addRow(self.recovery_radio, QLabel(self.tr("for when no passphrase is available")))
        form.addRow(self.secret_label, self.secret)

        self.attempts = QLabel()
        self.attempts.setWordWrap(True)
        self.attempts.setStyleSheet("color: #e65100;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.countdown = QLabel()
        self.countdown.setStyleSheet("color: #c62828;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.attempts)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, interval=250)
        self._timer.timeout.connect(self._tick)
        self.user_radio.toggled.connect(self._mode_changed)
        self._load_slots()
        self._show_attempts()
        self._tick()
        self.secret.setFocus()

    def _load_slots(self) -> None:
        try:
            slots, _raw = read_slots(self.path)
        except VaultError as exc:
            self.message.setText(unlock_error_text(self, exc))
            self.unlock_button.setEnabled(False)
            for w in (self.user_radio, self.recovery_radio, self.user_combo, self.secret):
                w.setEnabled(False)
            return
        for s in slots.slots:
            if s.kind == "passphrase":
                self.user_combo.addItem(f"{s.user} ({s.department})" if s.department else s.user, s.user)

    def _show_attempts(self) -> None:
        state = unlock_state.load(self.path / STATE_NAME)
        if state.failures:
            text = self.tr("1 failed unlock attempt since the last successful unlock.") if state.failures == 1 \
                else self.tr("%1 failed unlock attempts since the last successful unlock.").replace(
                    "%1", str(state.failures))
            self.attempts.setText(text)
        else:
            self.attempts.clear()

    def _mode_changed(self) -> None:
        recovery = self.recovery_radio.isChecked()
        self.user_combo.setEnabled(not recovery)
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret_label.setText(self.tr("Recovery &key") if recovery else self.tr("&Passphrase"))
        self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if recovery else "")
        self.secret.setAccessibleName(self.tr("Recovery key") if recovery else self.tr("Passphrase"))
        self.secret.clear()
        self.secret.setFocus()

    def _remaining(self) -> float:
        return unlock_state.load(self.path / STATE_NAME).remaining(self._clock())

    def _tick(self) -> None:
        remaining = self._remaining()
        if remaining > 0:
            self.countdown.setText(self.tr("Next attempt possible in %1 s").replace("%1", str(int(remaining + 0.999))))
            self.unlock_button.setEnabled(False)
            if not self._timer.isActive():
                self._timer.start()
        else:
            self.countdown.clear()
            self.unlock_button.setEnabled(self.user_combo.count() > 0 or self.recovery_radio.isChecked())
            self._timer.stop()

    def try_unlock(self) -> None:
        text = self.secret.text()
        if not text:
            self.message.setText(self.tr("Enter the passphrase or recovery key."))
            return
        from sdapp.assets import load_reference
        from sdapp.vault.vault import Vault  # SQLCipher loads here, not before the dialog shows

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.message.setText(self.tr("Unlocking…"))
        self.repaint()
        try:
            if self.recovery_radio.isChecked():
                self.vault = Vault.unlock(self.path, load_reference(), recovery_key=text, clock=self._clock)
            else:
                self.vault = Vault.unlock(self.path, load_reference(), passphrase=text,
                                          user=self.user_combo.currentData(), clock=self._clock)
        except (VaultError, ValueError) as exc:
            self.message.setText(unlock_error_text(self, exc))
            self.secret.selectAll()
            self._show_attempts()
            self._tick()
            return
        finally:
            self.secret.clear()
            QGuiApplication.restoreOverrideCursor()
        self.accept()
