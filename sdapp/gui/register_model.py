"""The register table model: 100 000 rows stay smooth.

Rows come from the vault as plain tuples (no JSON parsing, no pandas); filtering and
sorting work on Python lists of row indices, so a keystroke costs one pass over
precomputed lower-case search texts, and the view only ever asks for visible cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sdapp.gui.labels import Labels
from sdapp.vault.dependencies import RegisterRow

Index = QModelIndex | QPersistentModelIndex

FACETS = ("domain", "lead_ministry", "status", "classification", "eu_lists")


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    value: Callable[[RegisterRow, Labels], str]
    width: int = 120


@dataclass
class RegisterFilter:
    """What the user narrowed the register to: text and one set of values per facet."""

    text: str = ""
    facets: dict[str, set[str]] = field(default_factory=dict)

    def active(self) -> bool:
        return bool(self.text) or any(self.facets.values())


class RegisterModel(QAbstractTableModel):
    def __init__(self, labels: Labels, columns: list[Column], parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.labels = labels
        self.columns = columns
        self._rows: list[RegisterRow] = []
        self._visible: list[int] = []
        self._filter = RegisterFilter()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._by_id: dict[str, int] = {}
        self._texts: list[str] = []
        self._order: list[int] = []
        self._lookups: dict[str, tuple[dict[str, str], str]] = {}  # facet -> (id -> value, default)

    # loading ------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def update_row(self, dep_id: str, row: RegisterRow | None) -> None:
        """Refresh, add or drop one record after an edit, keeping filter and sort."""
        self.beginResetModel()
        pos = self._by_id.get(dep_id)
        if row is None and pos is not None:
            del self._rows[pos]
        elif row is not None and pos is not None:
            self._rows[pos] = row
        elif row is not None:
            self._rows.append(row)
        self._reindex()
        self.endResetModel()

    def set_labels(self, labels: Labels) -> None:
        self.beginResetModel()
        self.labels = labels
        self._order = []
        self._recompute()
        self.endResetModel()

    def _reindex(self) -> None:
        self._by_id = {r.id: i for i, r in enumerate(self._rows)}
        self._texts = [r.search_text for r in self._rows]
        self._order = []
        self._recompute()

    def set_lookup(self, facet: str, values: dict[str, str], default: str) -> None:
        """A facet the rows do not carry: ``values`` maps a dependency id to its value
        (``default`` for ids not in it). Precomputed by the view, never per keystroke."""
        self.beginResetModel()
        self._lookups[facet] = (values, default)
        self._recompute()
        self.endResetModel()

    # filtering and sorting ----------------------------------------------------------------
    def set_filter(self, flt: RegisterFilter) -> None:
        new = RegisterFilter(text=flt.text.strip().lower(), facets={k: set(v) for k, v in flt.facets.items()})
        old = self._filter
        self.beginResetModel()
        self._filter = new
        if old.text and new.text.startswith(old.text) and new.facets == old.facets:
            # Typing on: the new matches are a subset of the current ones (already sorted).
            text, texts = new.text, self._texts
            self._visible = [i for i in self._visible if text in texts[i]]
        else:
            self._recompute()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = []
        self._recompute()
        self.layoutChanged.emit()

    def _recompute(self) -> None:
        """Visible rows = the sorted order of all rows, filtered; one pass per active criterion.

        ``_order`` (all rows in sort order) is kept between keystrokes, so filtering never
        re-sorts: at 100 000 rows a keystroke is a few list comprehensions.
        """
        if len(self._order) != len(self._rows):
            self._order = self._sorted_order()
        visible = self._order
        flt, rows, texts = self._filter, self._rows, self._texts
        if flt.text:
            text = flt.text
            visible = [i for i in visible if text in texts[i]]
        for facet, wanted in flt.facets.items():
            if not wanted:
                continue
            if facet == "eu_lists":
                none_wanted = "" in wanted
                visible = [i for i in visible
                           if (none_wanted and not rows[i].eu_lists)
                           or not wanted.isdisjoint(rows[i].eu_list_slugs())]
            elif facet in self._lookups:
                values, default = self._lookups[facet]
                visible = [i for i in visible if values.get(rows[i].id, default) in wanted]
            else:
                k = RegisterRow._fields.index(facet)
                visible = [i for i in visible if rows[i][k] in wanted]
        self._visible = list(visible) if visible is self._order else visible

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        n = len(self._rows)
        if not 0 <= column < len(self.columns):
            return list(range(n))
        value, labels, rows = self.columns[column].value, self.labels, self._rows
        keys = [value(r, labels).lower() for r in rows]
        return sorted(range(n), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    # queries ------------------------------------------------------------------------------
    def row_at(self, visible_row: int) -> RegisterRow:
        return self._rows[self._visible[visible_row]]

    def visible_row_of(self, dep_id: str) -> int:
        pos = self._by_id.get(dep_id)
        if pos is None:
            return -1
        try:
            return self._visible.index(pos)
        except ValueError:
            return -1

    def visible_levels(self) -> set[str]:
        return {self._rows[i].classification for i in self._visible}

    def total(self) -> int:
        return len(self._rows)

    def facet_values(self, facet: str) -> list[str]:
        if facet == "eu_lists":
            return sorted({x for r in self._rows for x in r.eu_list_slugs()})
        if facet in self._lookups:
            values, default = self._lookups[facet]
            return sorted({values.get(r.id, default) for r in self._rows})
        return sorted({getattr(r, facet) for r in self._rows})

    # Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.value(row, self.labels)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "classification":
            return QColor(self.labels.level_colours.get(row.classification, "#000000"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title()
        return None
