"""Contacts and keys: the user's own identity and the people packs go to or come from.

The key checks are the backend's (:func:`add_contact` refuses a bad age recipient or minisign
key with a readable reason, shown inline here). Who added a contact and when is shown because
that is the only trust a contact carries: check a new key's fingerprint with its owner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import DomainError
from sdapp.gui.history_panel import ERROR_COLOUR, local_time
from sdapp.gui.session import Session
from sdapp.gui.tables import RowsTableModel, set_widths, style_record_table
from sdapp.packs.identity import add_contact, ensure_identity
from sdapp.packs.minisign import MinisignError, PublicKey
from sdapp.vault.errors import VaultError
from sdapp.vault.fsutil import atomic_write
from sdapp.vault.keys import Contact

Index = QModelIndex | QPersistentModelIndex
AGE_PUB = "identity.age.pub"
MINISIGN_PUB = "identity.minisign.pub"
MAX_KEY_FILE = 4096  # a minisign public key file is two short lines


def short_recipient(recipient: str) -> str:
    """age1qyqszqgp…k7x2: enough to tell keys apart in a table, the tooltip has all of it."""
    return recipient if len(recipient) <= 24 else f"{recipient[:14]}…{recipient[-6:]}"


def mono_font(points: float = 0) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    if points:
        font.setPointSizeF(points)
    return font


class ContactsModel(RowsTableModel):
    def __init__(self, headers: list[str], no_key: str, parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self.no_key = no_key
        self._fingerprints: dict[str, str] = {}

    def set_contacts(self, contacts: list[Contact]) -> None:
        self._fingerprints = {}
        for c in contacts:
            if c.minisign_public:
                try:
                    self._fingerprints[c.id] = PublicKey.parse(c.minisign_public).fingerprint
                except MinisignError:
                    self._fingerprints[c.id] = "?"
        self.set_rows(contacts)

    def set_texts(self, headers: list[str], no_key: str) -> None:
        self.beginResetModel()
        self.headers, self.no_key = list(headers), no_key
        self.endResetModel()

    def contact_at(self, row: int) -> Contact:
        contact: Contact = self.rows[row]
        return contact

    def contacts(self) -> list[Contact]:
        return list(self.rows)

    def signing_text(self, c: Contact) -> str:
        return f"{c.minisign_key_id}  {self._fingerprints.get(c.id, '')}" if c.minisign_key_id else self.no_key

    def cells(self, c: Contact) -> tuple[str, ...]:
        return (c.name, c.organisation, short_recipient(c.age_recipient), c.minisign_key_id or self.no_key,
                self._fingerprints.get(c.id, ""), c.added_by, local_time(c.added_at)[:10])

    def style(self, c: Contact, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return {2: c.age_recipient, 3: self.signing_text(c), 4: self.signing_text(c),
                    6: local_time(c.added_at)}.get(column, "")
        if role == Qt.ItemDataRole.FontRole and column in (2, 3, 4):
            return mono_font(9)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and not c.minisign_key_id:
            return QGuiApplication.palette().placeholderText().color()
        return None


class AddContactDialog(QDialog):
    """Name, organisation, age recipient and (optional) minisign key; refusals shown inline.

    :meth:`submit` does the work, so tests drive it without a modal loop."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contact: Contact | None = None
        self.setWindowTitle(self.tr("Add a contact"))
        self.setMinimumWidth(640)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.organisation = QLineEdit(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.recipient = QLineEdit(self)
        self.recipient.setFont(mono_font())
        self.recipient.setPlaceholderText("age1…")
        self.recipient.setAccessibleName(self.tr("age recipient"))
        self.minisign = QPlainTextEdit(self)
        self.minisign.setFont(mono_font())
        self.minisign.setPlaceholderText(self.tr("untrusted comment: minisign public key …\nRWQ…"))
        self.minisign.setAccessibleName(self.tr("minisign public key"))
        self.minisign.setFixedHeight(70)
        load = QPushButton(self.tr("&Load from file…"), self)
        load.clicked.connect(self._load_key_file)
        key_row = QHBoxLayout()
        key_row.addWidget(self.minisign, 1)
        key_row.addWidget(load, 0, Qt.AlignmentFlag.AlignTop)
        hint = QLabel(self.tr("The age recipient is the public key the contact's age-keygen printed; copies for "
                              "them are sealed to it. The minisign key is optional: with it, packs they sign "
                              "show as coming from them. Compare both with the contact in person or by phone."),
                      self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #455a64;")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Why the contact cannot be added"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("&Add contact"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("a&ge recipient"), self.recipient)
        key_label = QLabel(self.tr("&minisign public key"), self)
        key_label.setBuddy(self.minisign)
        form.addRow(key_label, key_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _load_key_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("The contact's minisign public key"), "",
                                               self.tr("minisign public keys (*.pub);;All files (*)"))
        if path:
            self.load_key_file(Path(path))

    def load_key_file(self, path: Path) -> bool:
        try:
            if path.stat().st_size > MAX_KEY_FILE:
                raise ValueError(self.tr("too large for a public key file"))
            self.minisign.setPlainText(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            self._show_error(self.tr("%1 cannot be read: %2").replace("%1", path.name).replace("%2", str(exc)))
            return False
        self.error.hide()
        return True

    def submit(self) -> bool:
        """Add the contact (the backend checks the keys); on refusal the dialog stays open with why."""
        try:
            self.contact = add_contact(self.session.vault, self.name.text(), self.organisation.text(),
                                       self.recipient.text(), self.minisign.toPlainText())
        except (DomainError, VaultError) as exc:
            self._show_error(str(exc))
            return False
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(self.tr("Not added: %1").replace("%1", text))
        self.error.show()


class ContactsView(QWidget):
    """The Contacts and keys tab."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("contactsView")
        self.dialog: AddContactDialog | None = None

        self.identity_box = QGroupBox(self)
        self.no_identity = QLabel(self.identity_box)
        self.no_identity.setWordWrap(True)
        self.make_button = QPushButton(self.identity_box)
        self.make_button.clicked.connect(self.make_identity)
        self.age_label = QLabel(self.identity_box)
        self.age_value = QLineEdit(self.identity_box)
        self.age_value.setReadOnly(True)
        self.age_value.setFont(mono_font())
        self.copy_button = QPushButton(self.identity_box)
        self.copy_button.clicked.connect(self.copy_recipient)
        self.sign_label = QLabel(self.identity_box)
        self.sign_value = QLabel(self.identity_box)
        self.sign_value.setFont(mono_font())
        self.sign_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.identity_box)
        self.export_button.clicked.connect(self.ask_export_keys)
        age_row = QHBoxLayout()
        age_row.addWidget(self.age_value, 1)
        age_row.addWidget(self.copy_button)
        self.identity_form = QFormLayout()
        self.identity_form.addRow(self.age_label, age_row)
        self.identity_form.addRow(self.sign_label, self.sign_value)
        identity_layout = QVBoxLayout(self.identity_box)
        identity_layout.addWidget(self.no_identity)
        identity_layout.addLayout(self.identity_form)
        id_buttons = QHBoxLayout()
        id_buttons.addWidget(self.make_button)
        id_buttons.addStretch(1)
        id_buttons.addWidget(self.export_button)
        identity_layout.addLayout(id_buttons)

        self.contacts_title = QLabel(self)
        self.contacts_title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.model = ContactsModel(self._headers(), self.tr("no signing key"), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        style_record_table(self.table)
        set_widths(self.table, (138, 138, 160, 125, 280, 100))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #455a64; font-size: 11pt; padding: 24px;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.ask_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.identity_box)
        layout.addSpacing(6)
        layout.addWidget(self.contacts_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    # texts -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.identity_box.setTitle(self.tr("Your keys (%1)").replace("%1", self.session.vault.actor.user)
                                   if self.session.vault.is_open else self.tr("Your keys"))
        self.no_identity.setText(self.tr("You have no keys for sealed packs yet. They are made when you first seal "
                                         "a briefing or export your public keys, or now:"))
        self.make_button.setText(self.tr("&Make my keys"))
        self.age_label.setText(self.tr("age recipient"))
        self.age_value.setAccessibleName(self.tr("Your age recipient"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy your age recipient (a public key) to the clipboard"))
        self.sign_label.setText(self.tr("Signing key (minisign)"))
        self.export_button.setText(self.tr("&Export public keys…"))
        self.export_button.setToolTip(self.tr("Write %1 and %2 into a folder, to give to your contacts")
                                      .replace("%1", AGE_PUB).replace("%2", MINISIGN_PUB))
        self.contacts_title.setText(self.tr("Contacts"))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.empty_label.setText(self.tr("No contacts yet. Add the people you send briefings to, with the age "
                                         "recipient and minisign public key they gave you."))
        self.add_button.setText(self.tr("&Add contact…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.model.set_texts(self._headers(), self.tr("no signing key"))

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("age recipient"), self.tr("Signing key id"),
                self.tr("Fingerprint"), self.tr("Added by"), self.tr("Added on")]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data ------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Sealing a briefing may have made the user's keys meanwhile: show them."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        vault = self.session.vault
        stored = vault.keys.identity(vault.actor.user)
        has = stored is not None
        self.no_identity.setVisible(not has)
        self.make_button.setVisible(not has)
        for w in (self.age_label, self.age_value, self.copy_button, self.sign_label, self.sign_value):
            w.setVisible(has)
        if stored is not None:
            self.age_value.setText(stored.age_recipient)
            self.age_value.setCursorPosition(0)
            key = PublicKey.parse(stored.sign_public)
            self.sign_value.setText(self.tr("key id %1    fingerprint %2").replace("%1", key.id_text)
                                    .replace("%2", key.fingerprint))
        self.model.set_contacts(vault.keys.contacts())
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_contact() is not None)

    def selected_contact(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        for row, c in enumerate(self.model.contacts()):
            if c.name == name:
                self.table.selectRow(row)
                return

    # own identity ----------------------------------------------------------------------------------
    def make_identity(self) -> None:
        try:
            ensure_identity(self.session.vault)
        except (DomainError, VaultError) as exc:
            self._show_message(str(exc), error=True)
        self.refresh()

    def copy_recipient(self) -> None:
        """A public key: copied as is (not wiped like record content)."""
        QGuiApplication.clipboard().setText(self.age_value.text())
        self._show_message(self.tr("Your age recipient is on the clipboard."), error=False)

    def ask_export_keys(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for your public keys"))
        if not folder:
            return
        target = Path(folder)
        existing = [n for n in (AGE_PUB, MINISIGN_PUB) if (target / n).exists()]
        if existing:
            answer = QMessageBox.question(self, self.tr("Replace files?"),
                                          self.tr("%1 already holds %2. Replace?").replace("%1", str(target))
                                          .replace("%2", ", ".join(existing)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.export_keys(target)

    def export_keys(self, folder: Path) -> list[Path]:
        """Write both public keys (made first if need be), as ``sdapp keys export`` does, and audit it."""
        vault = self.session.vault
        try:
            identity = ensure_identity(vault)
            paths = [folder / AGE_PUB, folder / MINISIGN_PUB]
            atomic_write(paths[0], (identity.age_recipient + "\n").encode("ascii"), mode=0o644)
            atomic_write(paths[1], identity.public_key.to_file_text().encode("ascii"), mode=0o644)
            with vault.transaction():
                vault.audit.append("keys.export", "identity", identity.user, {"to": str(folder)})
        except (DomainError, VaultError, OSError) as exc:
            self._show_message(self.tr("The keys were not exported: %1").replace("%1", str(exc)), error=True)
            return []
        self.refresh()
        self._show_message(self.tr("Written: %1").replace("%1", ", ".join(str(p) for p in paths)), error=False)
        return paths

    # contacts --------------------------------------------------------------------------------------
    def open_add_dialog(self) -> AddContactDialog:
        """Opens the dialog window-modal without blocking; it refreshes the table when a contact was added."""
        dialog = AddContactDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, dialog: AddContactDialog) -> None:
        self.refresh()
        if dialog.contact is not None:
            self.select(dialog.contact.name)
            self._show_message(self.tr("Added %1. Check the fingerprint of their signing key with them.")
                               .replace("%1", dialog.contact.name), error=False)

    def ask_remove(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove contact"),
            self.tr("Remove %1? Packs can no longer be sealed to them, and packs they signed will show an unknown "
                    "key. Copies already issued stay in the copy register.").replace("%1", contact.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(contact.name)

    def remove(self, name: str) -> bool:
        try:
            with self.session.vault.transaction():
                self.session.vault.keys.remove_contact(name)
        except VaultError as exc:
            self._show_message(str(exc), error=True)
            return False
        self.refresh()
        self._show_message(self.tr("Removed %1.").replace("%1", name), error=False)
        return True

    def _show_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else '#2e7d32'};")
        self.message.show()

    def displayed_levels(self) -> set[str]:
        return set()  # keys and names of contacts: nothing classified
