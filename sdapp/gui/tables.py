"""The read-only record tables every section shows: one set-up and one simple rows model, so
they look and behave alike (row selection, no editing, compact rows, no row numbers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
Selection = QAbstractItemView.SelectionMode
Resize = QHeaderView.ResizeMode


def style_record_table(table: QTableView, *, selection: Selection = Selection.SingleSelection,
                       resize: Resize = Resize.Interactive, stretch_last: bool = True, sortable: bool = False,
                       alternating: bool = True, row_height: int = 24) -> QTableView:
    """Whole rows are selected, cells are not edited in place, text does not wrap; call it after
    ``setModel`` when ``sortable`` (turning sorting on sorts at once)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(stretch_last)
    if sortable:
        table.setSortingEnabled(True)
    return table


def set_widths(table: QTableView, widths: Sequence[int]) -> None:
    """Column widths, set after the model is filled (a model reset forgets them)."""
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


class RowsTableModel(QAbstractTableModel):
    """A read-only table of ``rows``: subclasses say what a row shows (:meth:`cells`) and, if
    they like, how a cell looks (:meth:`style`, any other role)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def cells(self, row: Any) -> Sequence[str]:
        """The texts of one row, a text a column (also its tooltip unless :meth:`style` says otherwise)."""
        raise NotImplementedError(f"{type(self).__name__} must say what a row shows")

    def style(self, row: Any, column: int, role: int) -> object:
        """Any role but display text: fonts, colours, alignment, tooltips. None: Qt's default."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        styled = self.style(row, index.column(), role)
        if styled is None and role == Qt.ItemDataRole.ToolTipRole:
            return self.cells(row)[index.column()]
        return styled

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
