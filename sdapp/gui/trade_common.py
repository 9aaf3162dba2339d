"""Shared by the Trade data and Stress test sections: the operations object that writes trade
data and scenarios (and says so by signal), a plain table model, and chart styling.

Trade imports and scenario edits are not on the undo stack (like risk settings): an import is
undone by removing the file, a scenario edit by editing it again; both are audited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from sdapp.core.trade import Scenario
from sdapp.gui.session import Session

Index = QModelIndex | QPersistentModelIndex

# colour-blind-safe palette (Okabe-Ito, then Tol's muted); "other" and "not specified" in greys
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#332288", "#88CCEE",
           "#117733", "#AA4499", "#44AA99")
OTHER_COLOUR = "#A0A0A0"
UNSPECIFIED_COLOUR = "#D8D8D8"
HIGH_HHI = 0.4  # EU practice: above this, concentration is high (DOMAIN.md section 4)
DARK = "#154273"


class TradeOperations(QObject):
    """Every write of the two sections goes through here (one per session, see :func:`operations`)."""

    tradeChanged = Signal()  # files imported or removed
    scenariosChanged = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session

    def import_file(self, path: Path, fmt: str | None, good_rows_only: bool,
                    progress: Callable[[int], None] | None = None) -> Any:
        """Import (see :func:`sdapp.analysis.trade_store.import_trade_file`); raises its refusals."""
        from sdapp.analysis.trade_store import import_trade_file

        result = import_trade_file(self.session.vault, path, fmt, good_rows_only=good_rows_only, progress=progress)
        if not result.already_imported:
            self.tradeChanged.emit()
        return result

    def remove_file(self, file_id: int) -> None:
        with self.session.vault.transaction():
            self.session.vault.trade.remove_file(file_id)
        self.tradeChanged.emit()

    def save_scenario(self, scenario: Scenario) -> bool:
        with self.session.vault.transaction():
            changed = self.session.vault.trade.save_scenario(scenario)
        if changed:
            self.scenariosChanged.emit()
        return changed

    def delete_scenario(self, scenario_id: str) -> None:
        with self.session.vault.transaction():
            self.session.vault.trade.delete_scenario(scenario_id)
        self.scenariosChanged.emit()


def operations(session: Session) -> TradeOperations:
    """The session's one TradeOperations (a child object, so it goes when the session goes)."""
    ops = session.findChild(TradeOperations)
    return ops if ops is not None else TradeOperations(session)


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    text: Callable[[Any], str] = str
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Read-only rows (dicts) with per-column formatting; sorts on the raw values."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []
        self.row_colour: Callable[[dict[str, Any]], QColor | None] | None = None

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else column.text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_colour is not None:
            return self.row_colour(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key
        self.layoutAboutToBeChanged.emit()

        def sort_key(row: dict[str, Any]) -> tuple[int, Any]:
            value = row.get(key)
            if value is None or value == "":
                return (1, "")
            return (0, value.casefold() if isinstance(value, str) else value)

        self.rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row(self, index: int) -> dict[str, Any]:
        return self.rows[index]


def plot_widget(parent: Any, title: str = "") -> pg.PlotWidget:
    """A white, static plot in the app's style: no mouse panning, no context menu."""
    plot = pg.PlotWidget(parent, background="w")
    plot.setAntialiasing(True)
    item = plot.getPlotItem()
    item.hideButtons()
    item.setMenuEnabled(False)
    vb = item.getViewBox()
    vb.setMouseEnabled(False, False)
    vb.setMenuEnabled(False)
    font = QFont(plot.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * 0.95))
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen("#606060"))
        axis.setTextPen(pg.mkPen("#303030"))
        axis.setStyle(tickFont=font, tickTextOffset=6)
    item.showGrid(x=False, y=True, alpha=0.15)
    set_title(plot, title)
    return plot


def set_title(plot: pg.PlotWidget, title: str) -> None:
    plot.getPlotItem().setTitle(f"<span style='color:{DARK}; font-weight:600'>{title}</span>" if title else None,
                                size="11pt")
