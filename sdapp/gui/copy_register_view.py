"""The copy register: every sealed copy issued, to whom and when, and whether it came back.

It replaces the registry office's paper log, so rows are never removed: a copy is recorded as
returned or destroyed (the vault refuses any other step and says why). The export carries the
highest marking of the copies listed, as the titles of classified briefings are in it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdapp.analysis.register_files import RegisterFileError
from sdapp.core.classification import highest_level
from sdapp.gui.history_panel import ERROR_COLOUR, local_time
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.gui.tables import set_widths, style_record_table
from sdapp.packs.copy_register import write_copy_register
from sdapp.vault.copies import DESTROYED, ISSUED, RETURNED, STATUSES, IssuedCopy
from sdapp.vault.errors import VaultError

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {ISSUED: "#1565c0", RETURNED: "#2e7d32", DESTROYED: "#616161"}
COL_LEVEL, COL_STATUS, COL_ISSUED = 5, 6, 7


class CopyRegisterModel(QAbstractTableModel):
    """Issued copies, filtered by status and text over plain index lists (as the register does)."""

    def __init__(self, labels: Labels, headers: list[str], status_texts: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.headers = headers
        self.status_texts = status_texts
        self._copies: list[IssuedCopy] = []
        self._visible: list[int] = []
        self._status = ""
        self._text = ""
        self._sort: tuple[int, Qt.SortOrder] = (COL_ISSUED, Qt.SortOrder.DescendingOrder)

    def set_copies(self, copies: list[IssuedCopy]) -> None:
        self.beginResetModel()
        self._copies = copies
        self._recompute()
        self.endResetModel()

    def set_filter(self, status: str, text: str) -> None:
        self.beginResetModel()
        self._status, self._text = status, text.strip().lower()
        self._recompute()
        self.endResetModel()

    def set_texts(self, labels: Labels, headers: list[str], status_texts: dict[str, str]) -> None:
        self.beginResetModel()
        self.labels, self.headers, self.status_texts = labels, headers, status_texts
        self._recompute()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._recompute()
        self.layoutChanged.emit()

    def _recompute(self) -> None:
        column, order = self._sort
        wanted = [i for i, c in enumerate(self._copies)
                  if (not self._status or c.status == self._status)
                  and (not self._text or self._text in self._search_text(c))]

        copies = self._copies
        # copies of one pack stay together in copy order; the chosen column then sorts stably over that
        wanted.sort(key=lambda i: (copies[i].pack_id, copies[i].copy_number))
        if column == 1:  # copy numbers sort as numbers
            wanted.sort(key=lambda i: copies[i].copy_number, reverse=order == Qt.SortOrder.DescendingOrder)
        elif 0 <= column < len(self.headers):
            wanted.sort(key=lambda i: self.cell(copies[i], column).lower(),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._visible = wanted

    def _search_text(self, c: IssuedCopy) -> str:
        return " ".join((c.pack_id, c.title, c.addressee, c.organisation, c.issued_by, c.status_by, c.status_note,
                         c.file_name, self.labels.levels.get(c.classification, c.classification),
                         self.status_texts.get(c.status, c.status))).lower()

    def cell(self, c: IssuedCopy, column: int) -> str:
        """Status sits before the dates so it stays in sight; "when · who" keeps both in one column."""
        recorded = f"{local_time(c.status_at)[:16]} · {c.status_by}" if c.status != ISSUED else ""
        return (c.pack_id[:8], f"{c.copy_number}/{c.copies}", c.title, c.addressee, c.organisation,
                self.labels.levels.get(c.classification, c.classification), self.status_texts.get(c.status, c.status),
                f"{local_time(c.issued_at)[:16]} · {c.issued_by}", recorded, c.status_note)[column]

    # queries ---------------------------------------------------------------------------------------
    def copy_at(self, row: int) -> IssuedCopy:
        return self._copies[self._visible[row]]

    def visible_copies(self) -> list[IssuedCopy]:
        return [self._copies[i] for i in self._visible]

    def total(self) -> int:
        return len(self._copies)

    def row_of(self, pack_id: str, copy_number: int) -> int:
        for row, i in enumerate(self._visible):
            c = self._copies[i]
            if c.pack_id == pack_id and c.copy_number == copy_number:
                return row
        return -1

    # Qt model API ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        c = self._copies[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(c, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return f"{c.pack_id}\n{c.file_name}\nSHA-256 {c.sealed_sha256}"
            if column == 3 and c.recipient:
                return c.recipient
            return self.cell(c, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_LEVEL:
            return QColor(self.labels.level_colours.get(c.classification, "#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QColor(STATUS_COLOURS.get(c.status, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class CopyRegisterView(QWidget):
    """The copy register tab. ``levelsChanged`` when the listed copies (and so the banner) change."""

    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.setObjectName("copyRegisterView")
        self._stale = True
        self.model = CopyRegisterModel(labels, self._headers(), self._status_texts(), self)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=60)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter = QComboBox(self)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        style_record_table(self.table, selection=QAbstractItemView.SelectionMode.ExtendedSelection, sortable=True)
        set_widths(self.table, (75, 42, 180, 145, 130, 125, 85, 215, 215))
        self.table.horizontalHeader().setSortIndicator(COL_ISSUED, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #455a64; font-size: 11pt; padding: 24px;")

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.returned_button = QPushButton(self)
        self.returned_button.clicked.connect(lambda: self.ask_status(RETURNED))
        self.destroyed_button = QPushButton(self)
        self.destroyed_button.clicked.connect(lambda: self.ask_status(DESTROYED))
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.ask_export)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.returned_button)
        buttons.addWidget(self.destroyed_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.session.copiesChanged.connect(self._changed)
        self.retranslate()
        self.refresh()

    # texts -----------------------------------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [self.tr("Pack"), self.tr("Copy"), self.tr("Title"), self.tr("Addressee"), self.tr("Organisation"),
                self.tr("Classification"), self.tr("Status"), self.tr("Issued (when · by)"),
                self.tr("Status recorded (when · by)"), self.tr("Note")]

    def _status_texts(self) -> dict[str, str]:
        return {ISSUED: self.tr("Issued"), RETURNED: self.tr("Returned"), DESTROYED: self.tr("Destroyed")}

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Every numbered copy sealed from this vault. Record here when a copy comes back "
                                   "or is destroyed; entries are never removed."))
        self.search.setPlaceholderText(self.tr("Search title, addressee, organisation, note"))
        self.search.setAccessibleName(self.tr("Search the copy register"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status, text in self._status_texts().items():
            self.status_filter.addItem(text, status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current or "")))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.table.setAccessibleName(self.tr("Copy register"))
        self.returned_button.setText(self.tr("Record &returned…"))
        self.destroyed_button.setText(self.tr("Record &destroyed…"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Write the listed copies to an Excel or CSV file"))
        self.empty_label.setText(self.tr("No copies issued yet. Sealed briefings appear here, one row per "
                                         "numbered copy."))
        self.model.set_texts(self.labels, self._headers(), self._status_texts())
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()

    # data ------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        self._stale = False
        keep = self.selected_keys()
        self.model.set_copies(self.session.vault.copies.all())
        self._reselect(keep)
        self._after_change()

    def apply_filter(self) -> None:
        keep = self.selected_keys()
        self.model.set_filter(str(self.status_filter.currentData() or ""), self.search.text())
        self._reselect(keep)
        self._after_change()

    def set_status_filter(self, status: str) -> None:
        self.status_filter.setCurrentIndex(self.status_filter.findData(status))

    def _after_change(self) -> None:
        empty = self.model.total() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        self._update_buttons()
        self._update_count()
        self.levelsChanged.emit()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 of %2 copies").replace("%1", str(self.model.rowCount()))
                                 .replace("%2", str(self.model.total())) if self.model.total() else "")

    # selection -------------------------------------------------------------------------------------
    def selected_keys(self) -> list[tuple[str, int]]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [(self.model.copy_at(r).pack_id, self.model.copy_at(r).copy_number) for r in rows
                if r < self.model.rowCount()]

    def select(self, keys: list[tuple[str, int]]) -> None:
        self.table.clearSelection()
        self._reselect(keys)

    def _reselect(self, keys: list[tuple[str, int]]) -> None:
        selection = self.table.selectionModel()
        for pack_id, number in keys:
            row = self.model.row_of(pack_id, number)
            if row >= 0:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = [self.model.copy_at(r) for r in {i.row() for i in self.table.selectionModel().selectedRows()}
                  if r < self.model.rowCount()]
        self.returned_button.setEnabled(bool(chosen))
        self.destroyed_button.setEnabled(bool(chosen))
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # commands --------------------------------------------------------------------------------------
    def ask_status(self, status: str) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        title = self.tr("Record returned") if status == RETURNED else self.tr("Record destroyed")
        prompt = (self.tr("Note for the register (who handed it in, or how and by whom it was destroyed):")
                  + "\n" + self.tr("%1 copies selected.").replace("%1", str(len(keys))))
        note, ok = QInputDialog.getText(self, title, prompt)
        if ok:
            self.record_status(keys, status, note.strip())

    def record_status(self, keys: list[tuple[str, int]], status: str, note: str) -> bool:
        """Record ``status`` for every copy in ``keys`` in one transaction: all or, if one is refused, none."""
        if status not in STATUSES:
            raise ValueError(status)
        try:
            with self.session.vault.transaction():
                for pack_id, number in keys:
                    self.session.vault.copies.set_status(pack_id, number, status, note)
        except VaultError as exc:
            self._show_message(self.tr("Refused, nothing recorded: %1").replace("%1", str(exc)), error=True)
            return False
        done = self.tr("Recorded as returned: %1 copies.") if status == RETURNED else \
            self.tr("Recorded as destroyed: %1 copies.")
        self._show_message(done.replace("%1", str(len(keys))), error=False)
        self.session.copiesChanged.emit()
        self.refresh()
        return True

    def ask_export(self) -> None:
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the copy register"), self.tr("copy-register.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if "csv" in chosen_filter.lower() else ".xlsx"))
        self.export(target)

    def export_marking(self) -> str:
        """The highest level of the listed copies: the register names classified briefings."""
        return highest_level((c.classification for c in self.model.visible_copies()), self.session.vault.ref).marking

    def export(self, path: Path) -> bool:
        copies = self.model.visible_copies()
        try:
            write_copy_register(path, copies, self.export_marking())
            with self.session.vault.transaction():
                self.session.vault.audit.append("copies.export", "pack", "", {"to": str(path), "count": len(copies)})
        except (RegisterFileError, VaultError, OSError) as exc:
            self._show_message(self.tr("Export failed: %1").replace("%1", str(exc)), error=True)
            return False
        self._show_message(self.tr("%1 copies written to %2").replace("%1", str(len(copies)))
                           .replace("%2", str(path)), error=False)
        return True

    def _show_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else '#2e7d32'};")
        self.message.show()

    def displayed_levels(self) -> set[str]:
        return {c.classification for c in self.model.visible_copies()}
