"""Open pack…: decrypt and verify a received .sdpack with the vault's keys, then read it.

Everything stays in memory until the user asks for files: the PDF is shown from a QBuffer,
"Save files…" writes into an empty folder the user chose, "Import data…" merges data.json's
dependencies into the register after saying how many are new and how many change. A pack
that fails any check shows the backend's specific reason and nothing of its content.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import DomainError
from sdapp.core.model import Dependency
from sdapp.gui.history_panel import ERROR_COLOUR, local_time
from sdapp.gui.labels import Labels
from sdapp.gui.pdf_preview import PdfViewer
from sdapp.gui.session import Session
from sdapp.packs.envelope import SUFFIX, OpenedPack, recipient_kind
from sdapp.packs.pack_open import open_with_vault, read_sealed, write_files
from sdapp.vault.dependencies import snapshot_json
from sdapp.vault.errors import VaultError

TRUSTED_STYLE = "QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 8px;" \
                " font-weight: bold; }"
UNKNOWN_STYLE = "QLabel { background: #fff8e1; color: #6d4c00; border: 2px solid #ffa000; padding: 8px;" \
                " font-weight: bold; }"
PDF_NAME = "briefing.pdf"
DATA_NAME = "data.json"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class PackOpenDialog(QDialog):
    """Non-blocking: :meth:`load` takes a path (tests call it directly); ``opened`` holds the result."""

    levelsChanged = Signal()  # a pack was shown or forgotten: the window's banner follows

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.path: Path | None = None
        self._sealed = b""
        self.opened: OpenedPack | None = None
        self.shown_fields: dict[str, str] = {}  # manifest field title -> the text shown
        self.setWindowTitle(self.tr("Open pack"))
        self.setMinimumSize(1000, 680)
        self.setSizeGripEnabled(True)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("Pack file"))
        self.file_edit.setPlaceholderText(self.tr("Choose a .sdpack file"))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Pack"), self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)

        self.pass_row = QWidget(self)
        self.pass_label = QLabel(self.tr("This pack is protected by a passphrase:"), self.pass_row)
        self.passphrase = QLineEdit(self.pass_row)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Pack passphrase"))
        self.passphrase.returnPressed.connect(self.open_pack)
        self.open_button = QPushButton(self.tr("&Open"), self.pass_row)
        self.open_button.clicked.connect(self.open_pack)
        pass_layout = QHBoxLayout(self.pass_row)
        pass_layout.setContentsMargins(0, 0, 0, 0)
        pass_layout.addWidget(self.pass_label)
        pass_layout.addWidget(self.passphrase, 1)
        pass_layout.addWidget(self.open_button)
        self.pass_row.hide()

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"QLabel {{ color: {ERROR_COLOUR}; font-weight: bold; background: #fdecea;"
                                 f" border: 1px solid {ERROR_COLOUR}; padding: 8px; }}")
        self.error.setAccessibleName(self.tr("Why the pack cannot be opened"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        # the result, shown only once every check passed
        self.result_view = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.result_view)
        self.signer = QLabel(left)
        self.signer.setWordWrap(True)
        self.signer.setAccessibleName(self.tr("Signer"))
        self.warnings = QLabel(left)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #6d4c00;")
        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.files = QTableWidget(0, 3, left)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.files.verticalHeader().setVisible(False)
        self.files.verticalHeader().setDefaultSectionSize(22)
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.files.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setAccessibleName(self.tr("Files in the pack"))
        self.save_button = QPushButton(self.tr("&Save files…"), left)
        self.save_button.clicked.connect(self.ask_save)
        self.import_button = QPushButton(self.tr("&Import data…"), left)
        self.import_button.setToolTip(self.tr("Add the pack's dependencies to your register, or update them"))
        self.import_button.clicked.connect(self.ask_import)
        self.message = QLabel(left)
        self.message.setWordWrap(True)
        self.message.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.signer)
        left_layout.addWidget(self.warnings)
        left_layout.addLayout(self.fields)
        left_layout.addWidget(QLabel(self.tr("Files"), left))
        left_layout.addWidget(self.files, 1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.message)
        self.viewer = PdfViewer(self.result_view)
        self.viewer.setMinimumWidth(420)
        self.result_view.addWidget(left)
        self.result_view.addWidget(self.viewer)
        self.result_view.setStretchFactor(0, 0)
        self.result_view.setStretchFactor(1, 1)
        self.result_view.setSizes([430, 650])
        self.result_view.hide()
        self.placeholder = QLabel(self._intro(), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #455a64; font-size: 11pt; padding: 24px;")

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.pass_row)
        layout.addWidget(self.error)
        layout.addWidget(self.result_view, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(close)

    def _intro(self) -> str:
        return self.tr("Choose a pack to open. It is decrypted with your keys and checked (signature, every file's "
                       "SHA-256) in memory; nothing is written until you save its files.")

    # opening -----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Open a sealed pack"), "",
                                               self.tr("Sealed packs (*%1);;All files (*)").replace("%1", SUFFIX))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read the sealed file; open it at once, or first ask for its passphrase."""
        self._forget()
        self.path = path
        self.file_edit.setText(str(path))
        try:
            self._sealed = read_sealed(path)
            kind = recipient_kind(self._sealed)
        except DomainError as exc:
            self._fail(str(exc))
            return False
        if kind == "scrypt":
            self.placeholder.setText(self.tr("The sender sealed this copy with a passphrase and gave it to you by "
                                             "another way than the pack. Type it above to open the pack."))
            self.pass_row.show()
            self.passphrase.setFocus()
            return False
        return self.open_pack()

    def needs_passphrase(self) -> bool:
        return self.pass_row.isVisibleTo(self)

    def open_pack(self) -> bool:
        if not self._sealed:
            return False
        passphrase = self.passphrase.text() if self.needs_passphrase() else None
        if passphrase is not None and not passphrase:
            self._fail(self.tr("Type the pack's passphrase."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = open_with_vault(self.session.vault, self._sealed, passphrase)
        except (DomainError, VaultError) as exc:
            self._fail(str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.opened = opened
        self._audit("pack.open", {"file": self.path.name if self.path else "",
                                  "signer": opened.signer.name or opened.signer.key_id,
                                  "copy": opened.manifest.get("copy_number")})
        self._show(opened)
        return True

    def _fail(self, reason: str) -> None:
        self.error.setText(self.tr("The pack cannot be opened: %1").replace("%1", reason))
        self.error.show()
        self.result_view.hide()
        self.placeholder.setText(self.tr("Nothing of this pack is shown and nothing was written. Choose another "
                                         "pack, or ask the sender for a new copy."))
        self.placeholder.show()

    def _forget(self) -> None:
        """Drop whatever the last pack showed (its decrypted content included)."""
        self.opened = None
        self.shown_fields = {}
        self._sealed = b""
        self.error.hide()
        self.message.hide()
        self.pass_row.hide()
        self.passphrase.clear()
        self.viewer.clear()
        self.result_view.hide()
        self.placeholder.setText(self._intro())
        self.placeholder.show()
        self.levelsChanged.emit()

    # showing -----------------------------------------------------------------------------------
    def _show(self, opened: OpenedPack) -> None:
        m = opened.manifest
        if opened.signer.name:
            self.signer.setText(self.tr("✔ Signed by %1, a trusted key (%2)").replace("%1", opened.signer.name)
                                .replace("%2", opened.signer.key_id))
            self.signer.setStyleSheet(TRUSTED_STYLE)
        else:
            self.signer.setText(self.tr("⚠ Signed by an UNKNOWN key (%1). The content is whole, but nothing proves "
                                        "who sent it: check with the sender, and add them as a contact with their "
                                        "minisign key.").replace("%1", opened.signer.key_id))
            self.signer.setStyleSheet(UNKNOWN_STYLE)
        self.warnings.setText("\n".join(opened.warnings))
        self.warnings.setVisible(bool(opened.warnings) and opened.signer.name is not None)
        while self.fields.rowCount():
            self.fields.removeRow(0)
        level = m.get("classification", "")
        marking = QLabel(str(m.get("classification_marking") or level))
        colour = self.labels.level_colours.get(str(level), "#455a64")
        marking.setStyleSheet(f"QLabel {{ background: {colour}; color: white; font-weight: bold; padding: 2px 6px;"
                              " }")
        addressee = m.get("addressee") or {}
        who = str(addressee.get("name", "")) if isinstance(addressee, dict) else str(addressee)
        if isinstance(addressee, dict) and addressee.get("organisation"):
            who += f", {addressee['organisation']}"
        rows: list[tuple[str, str | QLabel]] = [
            (self.tr("Title"), str(m.get("title", ""))),
            (self.tr("Classification"), marking),
            (self.tr("Copy"), self.tr("%1 of %2").replace("%1", str(m.get("copy_number", "?")))
             .replace("%2", str(m.get("copies", "?")))),
            (self.tr("Addressee"), who),
            (self.tr("Author"), str(m.get("author", ""))),
            (self.tr("Department"), str(m.get("department", ""))),
            (self.tr("Created"), local_time(str(m.get("created", "")))),
            (self.tr("Classifying official"), str(m.get("classifying_official") or "")),
            (self.tr("Review date"), str(m.get("review_date") or "")),
            (self.tr("App version"), str(m.get("app_version", ""))),
        ]
        self.shown_fields = {title: value.text() if isinstance(value, QLabel) else value for title, value in rows}
        for title, value in rows:
            if isinstance(value, QLabel):
                holder = QHBoxLayout()
                holder.addWidget(value)
                holder.addStretch(1)
                self.fields.addRow(title, holder)
            elif value:
                label = QLabel(value)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields.addRow(title, label)
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Check")])
        names = sorted(opened.files)
        self.files.setRowCount(len(names))
        for row, name in enumerate(names):
            check = QTableWidgetItem(self.tr("SHA-256 OK"))
            check.setForeground(Qt.GlobalColor.darkGreen)
            size = QTableWidgetItem(human_size(len(opened.files[name])))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(name), size, check)):
                self.files.setItem(row, column, item)
        self.import_button.setEnabled(DATA_NAME in opened.files)
        pdf = opened.files.get(PDF_NAME)
        if pdf is not None:
            self.viewer.set_pdf(pdf)
        else:
            self.viewer.show_note(self.tr("This pack holds no briefing PDF."))
        self.error.hide()
        self.pass_row.hide()
        self.placeholder.hide()
        self.result_view.show()
        self.levelsChanged.emit()

    def signer_text(self) -> str:
        return self.signer.text()

    def file_checks(self) -> list[tuple[str, str, str]]:
        """(name, size, check) per row, as shown."""
        return [(self.files.item(r, 0).text(), self.files.item(r, 1).text(), self.files.item(r, 2).text())
                for r in range(self.files.rowCount())]


    # saving and importing ------------------------------------------------------------------------
    def ask_save(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the pack's files into an empty folder"))
        if folder:
            self.save_files(Path(folder))

    def save_files(self, folder: Path) -> list[Path]:
        """Write the files (never over existing ones: the backend refuses) and audit where they went."""
        if self.opened is None:
            return []
        try:
            written = write_files(self.opened, folder)
        except (DomainError, VaultError, OSError) as exc:
            self._message(self.tr("Not saved: %1").replace("%1", str(exc)), error=True)
            return []
        self._audit("pack.save", {"file": self.path.name if self.path else "", "to": str(folder),
                                  "files": len(written)})
        self._message(self.tr("%1 files written to %2").replace("%1", str(len(written))).replace("%2", str(folder)),
                      error=False)
        return written

    def import_plan(self) -> tuple[list[Dependency], int, int, int]:
        """data.json's dependencies, and how many are new, would change, or are the same already.

        Raises ValueError (with a reason to show) when data.json cannot be read."""
        if self.opened is None or DATA_NAME not in self.opened.files:
            raise ValueError(self.tr("the pack holds no data.json"))
        try:
            doc = json.loads(self.opened.files[DATA_NAME].decode("utf-8"))
            deps = [Dependency.from_dict(d) for d in doc["dependencies"]]
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(self.tr("data.json cannot be read (%1)").replace("%1", str(exc))) from None
        repo = self.session.vault.dependencies
        new = updated = same = 0
        for dep in deps:
            if not repo.exists(dep.id):
                new += 1
            elif snapshot_json(repo.get(dep.id, include_deleted=True)) == snapshot_json(dep):
                same += 1
            else:
                updated += 1
        return deps, new, updated, same

    def ask_import(self) -> None:
        if self.opened is not None and self.opened.manifest.get("kind") == "exchange":
            self._message(self.tr("This is an exchange pack: import it in the Exchange section, which shows "
                                  "what is new, what changed and what conflicts before anything is written."),
                          error=False)
            return
        try:
            deps, new, updated, same = self.import_plan()
        except ValueError as exc:
            self._message(self.tr("Nothing imported: %1").replace("%1", str(exc)), error=True)
            return
        if not new and not updated:
            self._message(self.tr("Nothing to import: the %1 dependencies in this pack are in your register "
                                  "already, unchanged.").replace("%1", str(same)), error=False)
            return
        text = self.tr("Import the dependencies of this pack into your register?\n\n%1 new, %2 updated (a new "
                       "version in their history), %3 unchanged.\nAssessments and action options in the pack are "
                       "not imported.").replace("%1", str(new)).replace("%2", str(updated)).replace("%3", str(same))
        if self.opened is not None and self.opened.signer.name is None:
            text += "\n\n" + self.tr("Careful: the pack is signed by an unknown key; nothing proves who sent it.")
        answer = QMessageBox.question(self, self.tr("Import data"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.import_data(deps)

    def import_data(self, deps: list[Dependency]) -> bool:
        source = self.path.name if self.path else "pack"
        try:
            with self.session.vault.transaction():
                summary = self.session.vault.dependencies.upsert_many(deps, source)
        except VaultError as exc:  # RecordInvalid included: the vault validates every record first
            self._message(self.tr("Nothing imported: %1").replace("%1", str(exc)), error=True)
            return False
        # Undo steps recorded before the import would silently write over what it brought in.
        self.session.undo_stack.clear()
        self.session.registerReset.emit()
        self._message(self.tr("Imported: %1 new, %2 updated, %3 unchanged.").replace("%1", str(summary.created))
                      .replace("%2", str(summary.updated)).replace("%3", str(summary.unchanged)), error=False)
        return True

    # helpers -----------------------------------------------------------------------------------
    def _audit(self, action: str, detail: dict[str, object]) -> None:
        """Reading or writing out a classified pack is recorded, as the CLI's ``pack open`` does."""
        pack_id = str(self.opened.manifest.get("pack_id", "")) if self.opened is not None else ""
        try:
            with self.session.vault.transaction():
                self.session.vault.audit.append(action, "pack", pack_id, detail)
        except VaultError as exc:
            self._message(str(exc), error=True)

    def _message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else '#2e7d32'};")
        self.message.show()

    def displayed_levels(self) -> set[str]:
        if self.opened is None:
            return set()
        level = str(self.opened.manifest.get("classification", ""))
        return {level} if level in self.session.vault.ref.level_slugs else set()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)
