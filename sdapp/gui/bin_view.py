"""The bin: deleted dependencies, kept with their history until someone restores them.

Deleting never destroys a record (the vault marks it deleted), so this view is how users
undo a deletion after the undo stack is gone (another session, another day).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sdapp.gui.history_panel import ERROR_COLOUR, local_time
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.gui.validation_text import translated_reason
from sdapp.vault.dependencies import RegisterRow
from sdapp.vault.errors import RecordInvalid, VaultError


class BinView(QWidget):
    """Lists deleted dependencies; ``restored(id)`` after one came back to the register."""

    restored = Signal(str)
    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("binView")
        self._rows: list[RegisterRow] = []
        self._stale = True

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 120, 210, 200, 150)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 11pt;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)

        self.count_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status_label.hide()
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.restore_button)

        self.session.dependencyChanged.connect(self._changed)
        self.session.registerReset.connect(self._changed)
        self.retranslate()
        self.refresh()

    # texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Kind"), self.tr("Domain"), self.tr("Classification"),
            self.tr("Moved to the bin"), self.tr("By"),
        ])
        self.table.setAccessibleName(self.tr("Deleted dependencies"))
        self.intro.setText(self.tr(
            "Deleted dependencies stay here with their full history. Restoring one brings back its last "
            "version into the register."))
        self.empty_label.setText(self.tr("The bin is empty."))
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected dependency"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()
        self.refresh()

    # data ---------------------------------------------------------------------------
    def _changed(self, _dep_id: str = "") -> None:
        """Refresh now when on screen; otherwise when next shown or asked (reading the bin costs)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_fresh()
        super().showEvent(event)

    def _ensure_fresh(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        self._stale = False
        keep = self.selected_id()
        repo = self.session.vault.dependencies
        self._rows = repo.rows(deleted=True)
        lb = self.labels
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self._rows))
        for row, r in enumerate(self._rows):
            history = repo.history(r.id)
            by = history[0].author if history else ""
            values = (r.name, lb.kinds.get(r.kind, r.kind), lb.domains.get(r.domain, r.domain),
                      lb.levels.get(r.classification, r.classification), local_time(r.updated_at), by)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                table.setItem(row, column, item)
        table.blockSignals(False)
        self.stack.setCurrentIndex(1 if self._rows else 0)
        if keep:
            self.select(keep)
        self._update_buttons()
        self._update_count()
        self.levelsChanged.emit()

    def ids(self) -> list[str]:
        self._ensure_fresh()
        return [r.id for r in self._rows]

    def select(self, dep_id: str) -> None:
        self._ensure_fresh()
        for row, r in enumerate(self._rows):
            if r.id == dep_id:
                self.table.selectRow(row)
                return

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].id

    def restore_selected(self) -> bool:
        """Bring the selected record back (undoable); False with a message if refused."""
        dep_id = self.selected_id()
        if dep_id is None:
            return False
        self.status_label.hide()
        repo = self.session.vault.dependencies
        try:
            # Reference data may have changed since deletion: check before the session acts.
            repo.validate(repo.get(dep_id, include_deleted=True))
            self.session.restore_from_bin(dep_id)
        except RecordInvalid as exc:
            reasons = "\n".join(translated_reason(self, v) for v in exc.violations)
            self._show_error(self.tr("This dependency cannot be restored:") + "\n" + reasons)
            return False
        except VaultError as exc:
            self._show_error(self.tr("This dependency cannot be restored: %1").replace("%1", str(exc)))
            return False
        self.restored.emit(dep_id)
        return True

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)

    def _update_count(self) -> None:
        count = len(self._rows)
        text = self.tr("1 deleted dependency") if count == 1 else \
            self.tr("%1 deleted dependencies").replace("%1", str(count))
        self.count_label.setText(text if count else "")

    def displayed_levels(self) -> set[str]:
        self._ensure_fresh()
        return {r.classification for r in self._rows}
