"""The bin's second list: deleted action options, kept with their review history.

Undo brings an option back only within the session that deleted it; this list does it any
day after. An option whose dependency is in the bin comes back after the dependency, so the
register never shows an option without its dependency.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QTableView,
    QWidget,
)

from sdapp.core.model import ActionOption
from sdapp.core.reference import ReferenceData
from sdapp.gui.bin_list import BinList
from sdapp.gui.history_panel import local_time
from sdapp.gui.labels import Labels
from sdapp.gui.option_common import category_text, status_text
from sdapp.gui.session import Session
from sdapp.gui.tables import RowsTableModel, set_widths
from sdapp.vault.errors import NotFound

_WIDTHS = (260, 180, 230, 100, 140)  # title, dependency, category, status, when; "by" stretches
WAITING_COLOUR = "#78909c"  # an option that waits for its dependency to come back first


@dataclass(frozen=True)
class BinnedOption:
    option: ActionOption
    dependency_name: str
    dependency_in_bin: bool
    classification: str  # the dependency's: an option is marked as its dependency is
    binned_at: str
    binned_by: str


class OptionBinModel(RowsTableModel):
    def __init__(self, ref: ReferenceData, labels: Labels, headers: list[str], waiting: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self.ref = ref
        self.labels = labels
        self.waiting = waiting

    def set_texts(self, labels: Labels, headers: list[str], waiting: str) -> None:
        self.beginResetModel()
        self.labels, self.headers, self.waiting = labels, list(headers), waiting
        self.endResetModel()

    def cells(self, row: BinnedOption) -> tuple[str, ...]:
        o = row.option
        return (o.title, row.dependency_name, category_text(self.ref, self.labels.language, o.category),
                status_text(o.status),
                local_time(row.binned_at), row.binned_by)

    def style(self, row: BinnedOption, column: int, role: int) -> object:
        if row.dependency_in_bin and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(WAITING_COLOUR)
        if row.dependency_in_bin and role == Qt.ItemDataRole.ToolTipRole:
            return self.waiting.replace("%1", row.dependency_name)
        return None


class OptionBinPanel(BinList):
    """Deleted action options; ``restored(option id)`` after one came back."""

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        self.model = OptionBinModel(session.vault.ref, labels, [], "")
        super().__init__(session, labels, QTableView(), parent)
        self.setObjectName("optionBin")
        self.model.setParent(self)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        session.optionChanged.connect(self.mark_changed)
        session.dependencyChanged.connect(self.mark_changed)
        session.registerReset.connect(self.mark_changed)
        self.retranslate()

    def _headers(self) -> list[str]:
        return [self.tr("Action option"), self.tr("Dependency"), self.tr("Category"), self.tr("Status"),
                self.tr("Moved to the bin"), self.tr("By")]

    def retranslate(self) -> None:
        self.model.set_texts(self.labels, self._headers(),
                             self.tr("%1 is in the bin: restore the dependency first"))
        set_widths(self.table, _WIDTHS)
        self.table.setAccessibleName(self.tr("Deleted action options"))
        self.intro.setText(self.tr(
            "Deleted action options stay here with their review history. Restoring one brings it back to its "
            "dependency's Options tab, with the status it had. Options in grey belong to a dependency that is in "
            "the bin itself: restore the dependency first."))
        self.empty_label.setText(self.tr("No deleted action options."))
        self.restore_button.setText(self.tr("Restore option"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected action option"))
        count = len(self.model.rows)
        self.count_label.setText(self.count_text(count) if count else "")

    def count_text(self, count: int) -> str:
        return self.tr("1 deleted action option") if count == 1 else \
            self.tr("%1 deleted action options").replace("%1", str(count))

    def refresh(self) -> None:
        vault = self.session.vault
        if not vault.is_open:
            return
        keep = self.selected_id()
        rows = []
        for option in reversed(vault.options.deleted()):  # most recently binned first
            history = vault.options.history(option.id)
            try:
                dep = vault.dependencies.get(option.dependency_id, include_deleted=True)
                name, level = dep.name, dep.classification
                in_bin = vault.dependencies.is_deleted(dep.id)
            except NotFound:  # cannot happen in a sound vault; shown rather than hidden
                name, level, in_bin = option.dependency_id, "", True
            rows.append(BinnedOption(option, name, in_bin, level, history[0].ts if history else "",
                                     history[0].author if history else ""))
        self.model.set_rows(rows)
        set_widths(self.table, _WIDTHS)
        self.show_filled(len(rows), keep)

    def ids(self) -> list[str]:
        self.ensure_fresh()
        return [r.option.id for r in self.model.rows]

    def selected(self) -> BinnedOption | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        found: BinnedOption = self.model.rows[rows[0].row()]
        return found

    def selected_id(self) -> str | None:
        row = self.selected()
        return row.option.id if row else None

    def restore_selected(self) -> bool:
        """Bring the selected option back (undoable); False with a message if refused."""
        row = self.selected()
        if row is None:
            return False
        option = row.option
        if row.dependency_in_bin:
            self.show_error(self.tr("This action option cannot be restored yet: its dependency %1 is in the bin. "
                                    "Restore the dependency first.").replace("%1", row.dependency_name))
            return False
        if not self.attempt_restore(lambda: self.session.vault.options.validate(option),
                                    lambda: self.session.restore_option_from_bin(option.id),
                                    self.tr("This action option cannot be restored:"),
                                    self.tr("This action option cannot be restored: %1")):
            return False
        self.restored.emit(option.id)
        return True

    def displayed_levels(self) -> set[str]:
        self.ensure_fresh()
        return {r.classification for r in self.model.rows if r.classification}
