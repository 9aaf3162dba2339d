"""The "Action options" section: every option across the register in one table, narrowed by
status, ministry, category, rung and "changed since agreement", exported to XLSX or CSV.

Filtering is :class:`sdapp.core.options.OptionFilter`; the table is a
:class:`QAbstractTableModel` sorted through a proxy. Options of dependencies in the bin are
not listed. The classification of an option is that of its dependency: it drives the
banner, and an export carries the highest one in its page header and a column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sdapp.analysis.register_files import RegisterFileError, write_table
from sdapp.core.classification import highest_level
from sdapp.core.model import ActionOption
from sdapp.core.options import (
    STATUSES,
    OptionFilter,
    changed_since_agreement,
    cost_estimate,
    efficient_options,
    last_agreed_by,
    risk_reduction,
)
from sdapp.core.richtext import plain_text
from sdapp.gui.labels import Labels
from sdapp.gui.option_common import (
    CHANGED_COLOUR,
    STATUS_COLOURS,
    bearer_text,
    category_text,
    disruption_text,
    field_titles,
    level_text,
    money,
    rung_text,
    status_text,
)
from sdapp.gui.session import Session
from sdapp.gui.tables import set_widths, style_record_table

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FACETS = ("status", "ministry", "category", "rung")


@dataclass(frozen=True)
class OverviewRow:
    option: ActionOption
    dependency: str  # name
    classification: str  # slug of the dependency's level
    changed: bool
    estimate: float | None
    efficient: bool


COLUMNS = ("dependency", "title", "category", "rung", "status", "lead_ministry", "effect", "estimate", "classification")


class OptionsOverviewModel(QAbstractTableModel):
    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = session.ref
        self.labels = labels
        self.rows: list[OverviewRow] = []
        self.visible: list[OverviewRow] = []
        self.filter = OptionFilter()

    def load(self, rows: list[OverviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._apply()
        self.endResetModel()

    def set_filter(self, flt: OptionFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._apply()
        self.endResetModel()

    def set_labels(self, labels: Labels) -> None:
        self.beginResetModel()
        self.labels = labels
        self.endResetModel()

    def _apply(self) -> None:
        self.visible = [r for r in self.rows if self.filter.matches(r.option)]

    def title(self, key: str) -> str:
        t = field_titles()
        return {
            "dependency": translate("OptionsOverview", "Dependency"),
            "title": t["title"],
            "category": t["category"],
            "rung": t["rung"],
            "status": t["status"],
            "lead_ministry": translate("OptionsOverview", "Ministry"),
            "effect": translate("OptionsOverview", "Effect"),
            "estimate": translate("OptionsOverview", "Cost (%1 yr)").replace(
                "%1", str(self.ref.reference_period_years)
            ),
            "market_disruption": translate("OptionsOverview", "Disruption"),
            "classification": translate("OptionsOverview", "Classification"),
        }[key]

    def text(self, row: OverviewRow, key: str) -> str:
        o = row.option
        lang = self.labels.language
        if key == "dependency":
            return row.dependency
        if key == "title":
            return o.title
        if key == "category":
            return category_text(self.ref, lang, o.category)
        if key == "rung":
            return str(o.rung)
        if key == "status":
            return status_text(o.status) + (" · " + translate("OptionsOverview", "changed") if row.changed else "")
        if key == "lead_ministry":
            return o.lead_ministry
        if key == "level":
            return level_text(o.level)
        if key == "effect":
            return f"−{o.effect_likelihood} / −{o.effect_impact}"
        if key == "estimate":
            return money(row.estimate) if row.estimate is not None else "-"
        if key == "market_disruption":
            return disruption_text(o.market_disruption)
        return self.labels.levels.get(row.classification, row.classification)

    def sort_key(self, row: OverviewRow, key: str) -> object:
        o = row.option
        if key == "rung":
            return o.rung
        if key == "status":
            return STATUSES.index(o.status) if o.status in STATUSES else 99
        if key == "effect":
            return risk_reduction(o)
        if key == "estimate":
            return row.estimate if row.estimate is not None else float("inf")
        if key == "classification":
            try:
                return self.ref.level(row.classification).rank
            except KeyError:
                return 99
        if key == "market_disruption":
            return (
                ("low", "medium", "high").index(o.market_disruption)
                if o.market_disruption in ("low", "medium", "high")
                else 9
            )
        return self.text(row, key).casefold()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.visible[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "category":
                return rung_text(self.ref, self.labels.language, row.option.rung) + "\n" + self.text(row, key)
            if key == "effect":
                return (
                    translate("OptionsOverview", "Likelihood −%1, impact −%2")
                    .replace("%1", str(row.option.effect_likelihood))
                    .replace("%2", str(row.option.effect_impact))
                )
            if key == "status" and row.changed:
                return translate("OptionsOverview", "Edited after the agreement: a second user must agree it again")
            if key == "estimate" and row.efficient:
                return translate(
                    "OptionsOverview", "Efficient: no other option of the dependency reduces the risk as much for less"
                )
            return self.text(row, key)
        if role == SORT_ROLE:
            return self.sort_key(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.option.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status":
                return QBrush(
                    QColor(CHANGED_COLOUR if row.changed else STATUS_COLOURS.get(row.option.status, "#000000"))
                )
            if key == "classification":
                return QBrush(QColor(self.labels.level_colours.get(row.classification, "#000000")))
        if role == Qt.ItemDataRole.FontRole and key == "status":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rung", "estimate", "effect"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.title(COLUMNS[section])
        return None


class OptionsOverview(QWidget):
    """The section. ``openRequested(dep_id, option_id)`` on a double click or Enter;
    ``levelsChanged()`` when the set of shown classifications may have changed (banner)."""

    openRequested = Signal(str, str)
    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = session.ref
        self.labels = labels
        self.setObjectName("optionsOverview")
        self._facets: dict[str, set[str]] = {k: set() for k in FACETS}
        self._stale = True

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.facet_buttons: dict[str, QToolButton] = {}
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for key in FACETS:
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(QMenu(button))
            button.menu().aboutToShow.connect(lambda k=key: self._fill_facet_menu(k))
            self.facet_buttons[key] = button
            filters.addWidget(button)
        self.changed_check = QCheckBox(self)
        self.changed_check.toggled.connect(lambda _on: self._apply_filter())
        filters.addWidget(self.changed_check)
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        self.count_label = QLabel(self)
        filters.addWidget(self.count_label)

        self.model = OptionsOverviewModel(session, labels, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        style_record_table(self.table, stretch_last=False, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_widths(self.table, (165, 300, 140, 46, 148, 62, 62, 96, 130))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.hint = QLabel(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.export_button)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bottom)

        self.session.optionChanged.connect(self._invalidate)
        self.session.dependencyChanged.connect(self._invalidate)
        self.session.registerReset.connect(self._invalidate)
        self.retranslate()
        self.refresh()

    # texts ------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search option titles"))
        self.search.setAccessibleName(self.tr("Search option titles"))
        self.changed_check.setText(self.tr("Changed since agreement"))
        self.changed_check.setToolTip(self.tr("Only options edited after their agreement"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.hint.setText(self.tr("Double-click an option to open it in its dependency."))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write the options shown to an XLSX or CSV file"))
        self.table.setAccessibleName(self.tr("Action options of the register"))
        self.empty.setText(self.tr("No options match the filters."))
        self._update_facet_buttons()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.model.set_labels(labels)
        self.retranslate()

    def facet_title(self, key: str) -> str:
        return {
            "status": self.tr("Status"),
            "ministry": self.tr("Ministry"),
            "category": self.tr("Category"),
            "rung": self.tr("Rung"),
        }[key]

    def _update_facet_buttons(self) -> None:
        for key, button in self.facet_buttons.items():
            chosen = self._facets[key]
            title = self.facet_title(key)
            button.setText(f"{title} ({len(chosen)})" if chosen else title)
            button.setAccessibleName(self.tr("Filter by %1").replace("%1", title.lower()))

    # data -----------------------------------------------------------------------------------------------
    def _invalidate(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        self._stale = False
        vault = self.session.vault
        deps = {r.id: r for r in vault.dependencies.rows()}
        options = [o for o in vault.options.all() if o.dependency_id in deps]
        years = self.ref.reference_period_years
        by_dep: dict[str, list[ActionOption]] = {}
        for o in options:
            by_dep.setdefault(o.dependency_id, []).append(o)
        efficient: set[str] = set()
        for group in by_dep.values():
            efficient |= efficient_options(group, years)
        rows = [
            OverviewRow(
                o,
                deps[o.dependency_id].name,
                deps[o.dependency_id].classification,
                changed_since_agreement(o),
                cost_estimate(o, years),
                o.id in efficient,
            )
            for o in options
        ]
        self.model.load(rows)
        self._update_count()
        self.levelsChanged.emit()

    # filters -------------------------------------------------------------------------------------------
    def current_filter(self) -> OptionFilter:
        return OptionFilter(
            statuses=frozenset(self._facets["status"]),
            ministries=frozenset(self._facets["ministry"]),
            categories=frozenset(self._facets["category"]),
            rungs=frozenset(int(r) for r in self._facets["rung"]),
            changed_only=self.changed_check.isChecked(),
            text=self.search.text(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_facet_buttons()
        self._update_count()
        self.levelsChanged.emit()

    def set_facet(self, key: str, values: set[str]) -> None:
        """Narrow to ``values`` of facet ``key`` (status, ministry, category, rung); empty for all."""
        self._facets[key] = set(values)
        self._apply_filter()

    def set_changed_only(self, on: bool) -> None:
        self.changed_check.setChecked(on)

    def clear_filters(self) -> None:
        for key in FACETS:
            self._facets[key] = set()
        blocked = self.changed_check.blockSignals(True)
        self.changed_check.setChecked(False)
        self.changed_check.blockSignals(blocked)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply_filter()

    def facet_values(self, key: str) -> list[tuple[str, str]]:
        """(value, label) of a facet, for the values present in the register's options."""
        lang = self.labels.language
        options = [r.option for r in self.model.rows]
        if key == "status":
            present = {o.status for o in options}
            return [(s, status_text(s)) for s in STATUSES if s in present]
        if key == "ministry":
            present = {m for o in options for m in (o.lead_ministry, *o.involved_ministries) if m}
            return [(m, self.labels.ministry_names.get(m, m)) for m in sorted(present)]
        if key == "category":
            present = {o.category for o in options}
            return [(c.slug, c.label.text(lang)) for c in self.ref.option_categories if c.slug in present]
        present_rungs = {o.rung for o in options}
        return [(str(r.rung), rung_text(self.ref, lang, r.rung)) for r in self.ref.ladder if r.rung in present_rungs]

    def _fill_facet_menu(self, key: str) -> None:
        menu = self.facet_buttons[key].menu()
        menu.clear()
        for value, label in self.facet_values(key):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value in self._facets[key])
            action.toggled.connect(lambda on, k=key, v=value: self._toggle(k, v, on))
        if menu.isEmpty():
            menu.addAction(self.tr("No values")).setEnabled(False)

    def _toggle(self, key: str, value: str, on: bool) -> None:
        values = set(self._facets[key])
        if on:
            values.add(value)
        else:
            values.discard(value)
        self.set_facet(key, values)

    def _update_count(self) -> None:
        shown, total = len(self.model.visible), len(self.model.rows)
        if self.model.filter.active():
            text = self.tr("%1 of %2 options").replace("%1", str(shown)).replace("%2", str(total))
        else:
            text = self.tr("%1 options").replace("%1", str(total))
        changed = sum(1 for r in self.model.visible if r.changed)
        if changed:
            text += "  ·  " + self.tr("%1 changed since agreement").replace("%1", str(changed))
        self.count_label.setText(text)
        self.table.setVisible(shown > 0 or total == 0)
        self.empty.setVisible(shown == 0 and total > 0)
        self.export_button.setEnabled(shown > 0)

    # queries ----------------------------------------------------------------------------------------------
    def shown_rows(self) -> list[OverviewRow]:
        """The rows as the table shows them, in its sort order."""
        out = []
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0))
            out.append(self.model.visible[source.row()])
        return out

    def displayed_levels(self) -> set[str]:
        return {r.classification for r in self.model.visible}

    def select(self, option_id: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == option_id:
                self.table.selectRow(r)
                return

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        row = self.model.visible[source.row()]
        self.openRequested.emit(row.option.dependency_id, row.option.id)

    # export ------------------------------------------------------------------------------------------------
    def export_table(self) -> tuple[list[str], list[list[object]]]:
        """The shown options as a table: headers in the interface language and plain values
        (numbers stay numbers), in the order of the table."""
        t = field_titles()
        lang = self.labels.language
        headers = [
            self.tr("Classification"),
            self.tr("Dependency"),
            t["title"],
            t["category"],
            t["rung"],
            t["level"],
            t["lead_ministry"],
            t["involved_ministries"],
            t["status"],
            self.tr("Changed since agreement"),
            self.tr("Last agreed by"),
            t["effect_likelihood"],
            t["effect_impact"],
            t["cost_once_low"],
            t["cost_once_high"],
            t["cost_yearly_low"],
            t["cost_yearly_high"],
            self.tr("Cost over %1 years (estimate)").replace("%1", str(self.ref.reference_period_years)),
            self.tr("Efficient"),
            t["cost_bearer"],
            t["market_disruption"],
            t["time_to_effect"],
            t["legal_basis"],
            t["risks"],
            t["proportionality_justification"],
            t["body"],
            self.tr("Option id"),
            self.tr("Dependency id"),
        ]
        yes, no = self.tr("yes"), self.tr("no")
        rows: list[list[object]] = []
        for r in self.shown_rows():
            o = r.option
            marking = (
                self.ref.level(r.classification).marking
                if r.classification in self.ref.level_slugs
                else r.classification
            )
            rows.append(
                [
                    marking,
                    r.dependency,
                    o.title,
                    category_text(self.ref, lang, o.category),
                    o.rung,
                    level_text(o.level),
                    o.lead_ministry,
                    ", ".join(o.involved_ministries),
                    status_text(o.status),
                    yes if r.changed else no,
                    last_agreed_by(o),
                    o.effect_likelihood,
                    o.effect_impact,
                    o.cost_once_low,
                    o.cost_once_high,
                    o.cost_yearly_low,
                    o.cost_yearly_high,
                    round(r.estimate, 4) if r.estimate is not None else None,
                    yes if r.efficient else no,
                    bearer_text(o.cost_bearer),
                    disruption_text(o.market_disruption),
                    o.time_to_effect,
                    o.legal_basis,
                    o.risks,
                    o.proportionality_justification,
                    plain_text(o.body),
                    o.id,
                    o.dependency_id,
                ]
            )
        return headers, rows

    def export_marking(self) -> str:
        return highest_level(self.displayed_levels(), self.ref).marking

    def export_to(self, path: Path) -> int:
        """Write the shown options to ``path`` (.xlsx or .csv); returns how many. Raises
        RegisterFileError with a reason fit for the user."""
        headers, rows = self.export_table()
        widths = (
            16,
            28,
            40,
            26,
            6,
            12,
            10,
            16,
            12,
            10,
            16,
            8,
            8,
            10,
            10,
            10,
            10,
            12,
            8,
            14,
            10,
            16,
            26,
            40,
            40,
            60,
            38,
            38,
        )
        write_table(path, headers, rows, sheet=self.tr("Action options"), marking=self.export_marking(), widths=widths)
        self.session.record_option_export(str(path), len(rows))
        return len(rows)

    def export(self) -> None:
        path_text, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export action options"), "", self.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)")
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        try:
            count = self.export_to(path)
        except RegisterFileError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Export written"),
            self.tr("%1 options written to %2. The file is marked %3: handle it as such.")
            .replace("%1", str(count))
            .replace("%2", str(path))
            .replace("%3", self.export_marking()),
        )
