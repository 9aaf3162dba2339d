"""The Trade data section: import (with the validation report and the good-rows-only choice),
the concentration table per product for one year and flow, and per product the supplier
shares per year (stacked bars) and the HHI trend.

The table is computed once per level and reporter (a few seconds for five million rows) and
filtered in memory when the year, flow or search text changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.model import Dependency
from sdapp.core.trade import NOT_SPECIFIED, dependency_codes
from sdapp.gui.labels import Labels
from sdapp.gui.risk_common import decimal, percent
from sdapp.gui.session import Session
from sdapp.gui.tables import style_record_table
from sdapp.gui.trade_common import (
    DARK,
    HIGH_HHI,
    OTHER_COLOUR,
    PALETTE,
    UNSPECIFIED_COLOUR,
    Column,
    RowsModel,
    operations,
    plot_widget,
    set_title,
)

LEVELS: tuple[int | None, ...] = (None, 6, 4, 2)
FORMATS = (None, "comext", "comtrade", "generic")
TRADE_SUFFIXES = "*.csv *.tsv *.txt *.dat *.xlsx"


class Cancelled(Exception):
    """The user pressed Cancel in the progress dialog: the import rolls back."""


def money(value: float) -> str:
    """Trade values in the file's currency, shortened (12.3 M, 4.5 bn)."""
    for limit, suffix in ((1e9, " bn"), (1e6, " M"), (1e3, " k")):
        if abs(value) >= limit:
            return decimal(value / limit, 1) + suffix
    return decimal(value, 0)


class ImportReportDialog(QDialog):
    """The validation report of a refused import: every bad row (row, column, reason), with the
    choice to import only the good rows."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.good_rows_only = False
        self.setWindowTitle(self.tr("Trade data not imported"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        listed = len(report.problems)
        left_out = sum(report.left_out.values())
        title = _html(self.tr("Nothing was imported from %1.").replace("%1", report.file))
        text = f"<b>{title}</b><br>" + self.tr(
            "%1 rows read: %2 good, %3 with problems (listed below), %4 aggregate rows (World or EU totals, "
            "product totals, re-exports) that are never stored.").replace("%1", str(report.rows_read)) \
            .replace("%2", str(report.good_rows)).replace("%3", str(report.bad_rows)).replace("%4", str(left_out)) \
            + "<br>" + self.tr("A file is imported whole or not at all, unless you choose to import only the good "
                               "rows. Row numbers count the header as row 1, as a spreadsheet shows them.")
        if report.problem_count > listed:
            text += "<br>" + self.tr("The first %1 problems are listed; the rest are counted in the saved report.") \
                .replace("%1", str(listed))
        self.summary.setText(text)
        layout.addWidget(self.summary)
        self.model = RowsModel([
            Column("row", lambda: self.tr("Row"), str, numeric=True),
            Column("column", lambda: self.tr("Column"), lambda v: v or self.tr("(whole row)")),
            Column("reason", lambda: self.tr("Problem"), str, tooltip=lambda r: r["reason"]),
        ], self)
        self.model.set_rows([{"row": p.row, "column": p.column, "reason": p.reason}
                             for p in sorted(report.problems, key=lambda p: (p.row, p.column))])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Problems per row"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.good_button = buttons.addButton(self.tr("Import only the %1 good rows").replace(
            "%1", str(report.good_rows)), QDialogButtonBox.ButtonRole.AcceptRole)
        self.good_button.setEnabled(report.good_rows > 0)
        self.good_button.clicked.connect(self._good_rows)
        self.save_button = buttons.addButton(self.tr("Save report…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._save)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        close.setDefault(True)
        layout.addWidget(buttons)

    def _good_rows(self) -> None:
        self.good_rows_only = True
        self.accept()

    def _save(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the validation report"),
                                               str(Path.home() / f"{Path(self.report.file).stem}-report.txt"),
                                               self.tr("Text files (*.txt)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        from sdapp.vault.errors import StorageError
        from sdapp.vault.fsutil import atomic_write

        try:
            atomic_write(path, ("\n".join(self.report.lines()) + "\n").encode("utf-8"))
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))


class FilesDialog(QDialog):
    """The imported files: name, format, rows, when and by whom; a file can be removed."""

    def __init__(self, view: TradeView) -> None:
        super().__init__(view)
        self.view = view
        self.setWindowTitle(self.tr("Imported trade files"))
        self.resize(900, 360)
        layout = QVBoxLayout(self)
        self.model = RowsModel([
            Column("name", lambda: self.tr("File")),
            Column("format", lambda: self.tr("Format")),
            Column("rows", lambda: self.tr("Rows stored"), lambda v: f"{v:,}".replace(",", " "), numeric=True),
            Column("skipped_rows", lambda: self.tr("Rows left out"), lambda v: f"{v:,}".replace(",", " "),
                   numeric=True),
            Column("imported_at", lambda: self.tr("Imported"), lambda v: v[:16].replace("T", " ")),
            Column("author", lambda: self.tr("By")),
            Column("sha256", lambda: self.tr("SHA-256"), lambda v: v[:16] + "…", tooltip=lambda r: r["sha256"]),
        ], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("When files overlap, the most recently imported file counts for each reporter, "
                              "product, flow and period it covers."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_button = buttons.addButton(self.tr("Remove file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self._remove)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.model.set_rows([{"id": f.id, "name": f.name, "format": f.format, "rows": f.rows,
                              "skipped_rows": f.skipped_rows, "imported_at": f.imported_at, "author": f.author,
                              "sha256": f.sha256} for f in self.view.session.vault.trade.files()])
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        file = self.model.row(rows[0].row())
        answer = QMessageBox.question(self, self.tr("Remove trade file"), self.tr(
            "Remove %1 and its %2 rows from the vault? Figures from earlier files it replaced count again.")
            .replace("%1", file["name"]).replace("%2", str(file["rows"])))
        if answer == QMessageBox.StandardButton.Yes:
            operations(self.view.session).remove_file(int(file["id"]))
            self.fill()


class TradeView(QWidget):
    levelsChanged = Signal()
    openRequested = Signal(str)  # a linked dependency's id

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.ref = session.vault.ref
        self.ops = operations(session)
        self._stale = True
        self._table_cache: dict[tuple[int | None, str | None], Any] = {}
        self._rows_cache: dict[str, Any] = {}
        self._deps: list[Dependency] | None = None
        self._product = ""
        self._build()
        self.retranslate()
        self.ops.tradeChanged.connect(self._trade_changed)
        session.dependencyChanged.connect(self._deps_changed)
        session.registerReset.connect(self._deps_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_if_stale)

    # building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self._import_clicked)
        self.format_caption = QLabel(self)
        self.format_combo = QComboBox(self)
        self.format_caption.setBuddy(self.format_combo)
        self.files_button = QPushButton(self)
        self.files_button.clicked.connect(self._files_clicked)
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.import_button)
        top.addWidget(self.format_caption)
        top.addWidget(self.format_combo)
        top.addWidget(self.files_button)
        top.addSpacing(12)
        top.addWidget(self.status_label, 1)

        self.filter_bar = QWidget(self)
        filters = QHBoxLayout(self.filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        self.level_caption, self.level_combo = QLabel(self), QComboBox(self)
        self.flow_caption, self.flow_combo = QLabel(self), QComboBox(self)
        self.year_caption, self.year_combo = QLabel(self), QComboBox(self)
        self.reporter_caption, self.reporter_combo = QLabel(self), QComboBox(self)
        for caption, combo in ((self.level_caption, self.level_combo), (self.flow_caption, self.flow_combo),
                               (self.year_caption, self.year_combo), (self.reporter_caption, self.reporter_combo)):
            caption.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(caption)
            filters.addWidget(combo)
            filters.addSpacing(8)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(lambda _t: self._fill_table())
        filters.addStretch(1)
        filters.addWidget(self.search)
        self.level_combo.currentIndexChanged.connect(lambda _i: self._table_changed())
        self.reporter_combo.currentIndexChanged.connect(lambda _i: self._table_changed())
        self.flow_combo.currentIndexChanged.connect(lambda _i: self._flow_changed())
        self.year_combo.currentIndexChanged.connect(lambda _i: self._fill_table())

        self.model = RowsModel(self._columns(), self)
        self.model.row_colour = lambda r: QColor("#FDECEA") if r["hhi"] > HIGH_HHI else None
        self.table = QTableView(self)
        self.table.setModel(self.model)
        style_record_table(self.table, sortable=True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self._column_index("hhi"), Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._open_linked)

        top_half = QWidget(self)
        tl = QVBoxLayout(top_half)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(2)
        tl.addWidget(self.table, 1)
        self.table_note = QLabel(top_half)
        self.table_note.setWordWrap(True)
        self.table_note.setStyleSheet("color: #505050")
        tl.addWidget(self.table_note)

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        self.product_label = QLabel(detail)
        self.product_label.setWordWrap(True)
        self.product_label.setTextFormat(Qt.TextFormat.RichText)
        dl.addWidget(self.product_label)
        charts = QSplitter(Qt.Orientation.Horizontal, detail)
        charts.setChildrenCollapsible(False)
        left = QWidget(charts)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.shares_plot = plot_widget(left)
        self.shares_plot.setMinimumSize(360, 220)
        ll.addWidget(self.shares_plot, 1)
        self.legend = QLabel(left)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        ll.addWidget(self.legend)
        self.hhi_plot = plot_widget(charts)
        self.hhi_plot.setMinimumSize(300, 220)
        charts.addWidget(left)
        charts.addWidget(self.hhi_plot)
        charts.setSizes([620, 480])
        dl.addWidget(charts, 1)

        self.main = QSplitter(Qt.Orientation.Vertical, self)
        self.main.setChildrenCollapsible(False)
        self.main.addWidget(top_half)
        self.main.addWidget(detail)
        self.main.setSizes([300, 420])

        self.empty = QFrame(self)
        el = QVBoxLayout(self.empty)
        self.empty_title = QLabel(self.empty)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setStyleSheet(f"color: {DARK}; font-size: 15pt; font-weight: 600")
        self.empty_label = QLabel(self.empty)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFixedWidth(640)  # a fixed width gives word wrap its height
        self.empty_label.setStyleSheet("color: #404040")
        bigger = QFont(self.empty_label.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.15)
        self.empty_label.setFont(bigger)
        self.empty_button = QPushButton(self.empty)
        self.empty_button.clicked.connect(self._import_clicked)
        el.addStretch(1)
        el.addWidget(self.empty_title)
        el.addSpacing(10)
        el.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addSpacing(16)
        el.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.main, 1)
        layout.addWidget(self.empty, 1)

    def _columns(self) -> list[Column]:
        return [
            Column("product", lambda: self.tr("Product")),
            Column("partners", lambda: self.tr("Partners"), str, numeric=True),
            Column("hhi", lambda: self.tr("HHI"), lambda v: decimal(v, 3), numeric=True),
            Column("top1_partner", lambda: self.tr("Largest supplier"), self._country),
            Column("top1_share", lambda: self.tr("Share"), percent, numeric=True),
            Column("top3_share", lambda: self.tr("Top 3"), percent, numeric=True),
            Column("extra_eu_share", lambda: self.tr("Extra-EU"), percent, numeric=True),
            Column("relation_strained", lambda: self.tr("Strained relations"), percent, numeric=True),
            Column("unspecified_share", lambda: self.tr("Not specified"), percent, numeric=True),
            Column("total_value", lambda: self.tr("Value"), money, numeric=True),
            Column("linked", lambda: self.tr("Dependencies"), str, tooltip=lambda r: r["linked"]),
        ]

    def _column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.model.columns) if c.key == key)

    def _country(self, code: str) -> str:
        if not code:
            return "-"
        return f"{code} {self.labels.countries.get(code, '')}".strip()

    # texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import trade data…"))
        self.import_button.setToolTip(self.tr("Import a Eurostat Comext, UN Comtrade or generic CSV/XLSX file"))
        self.format_caption.setText(self.tr("Format:"))
        _set_items(self.format_combo, [(None, self.tr("Detect automatically")), ("comext", "Eurostat Comext"),
                                       ("comtrade", "UN Comtrade"), ("generic", self.tr("Generic"))])
        self.files_button.setText(self.tr("Imported files…"))
        self.level_caption.setText(self.tr("Level:"))
        _set_items(self.level_combo, [(None, self.tr("As imported")), (6, self.tr("HS6")), (4, self.tr("HS4")),
                                      (2, self.tr("HS2 (chapter)"))])
        self.flow_caption.setText(self.tr("Flow:"))
        _set_items(self.flow_combo, [("import", self.tr("Imports")), ("export", self.tr("Exports"))])
        self.year_caption.setText(self.tr("Year:"))
        self.reporter_caption.setText(self.tr("Reporter:"))
        if self.reporter_combo.count():
            self.reporter_combo.setItemText(0, self.tr("All reporters"))
        self.search.setPlaceholderText(self.tr("Find a product code or dependency"))
        self.table.setAccessibleName(self.tr("Concentration per product"))
        self.table_note.setText(self.tr(
            "Shaded rows: HHI above 0.4, high concentration in EU practice. Shares are of the product's total value "
            "in the year (all reporters unless one is chosen); partners not specified count in the total only. "
            "Double-click a row to open its dependency."))
        self.empty_title.setText(self.tr("No trade data in this vault yet"))
        self.empty_label.setText(self.tr(
            "Import a Eurostat Comext bulk file, a UN Comtrade export or a generic CSV/XLSX file (reporter, "
            "partner, product, flow, year, value_eur). Every row is checked; nothing is stored unless every row "
            "is good or you choose to import only the good rows. The figures then show how concentrated the "
            "supply of each product is, and feed the evidence of the linked dependencies and the stress test."))
        self.empty_label.setMinimumHeight(self.empty_label.heightForWidth(self.empty_label.width()) + 4)
        self.empty_button.setText(self.tr("Import trade data…"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()
        self._fill_table()

    # data ----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_timer.start()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _trade_changed(self) -> None:
        self._table_cache.clear()
        self._rows_cache.clear()
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _deps_changed(self, *_args: object) -> None:
        self._deps = None
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the imported data again (after an import, a removal or a register change)."""
        if not self.session.vault.is_open:
            return
        self._stale = False
        has_data = self.session.vault.trade.has_data()
        self.main.setVisible(has_data)
        self.empty.setVisible(not has_data)
        self.filter_bar.setVisible(has_data)
        self.files_button.setEnabled(bool(self.session.vault.trade.files()))
        self._update_status()
        if not has_data:
            self.model.set_rows([])
            self.levelsChanged.emit()
            return
        self._fill_reporters()
        self._table_changed()

    def _dependencies(self) -> list[Dependency]:
        if self._deps is None:
            self._deps = self.session.vault.dependencies.all()
        return self._deps

    def _update_status(self) -> None:
        if not self.session.vault.is_open:
            return
        files = self.session.vault.trade.files()
        rows = sum(f.rows for f in files)
        count = f"{rows:,}".replace(",", " ")
        if not files:
            text = ""
        elif len(files) == 1:
            text = self.tr("%1 rows from 1 file").replace("%1", count)
        else:
            text = self.tr("%1 rows from %2 files").replace("%1", count).replace("%2", str(len(files)))
        self.status_label.setText(text)

    def _fill_reporters(self) -> None:
        from sdapp.analysis.trade_store import stored_reporters

        reporters = stored_reporters(self.session.vault)
        current = self.reporter_combo.currentData()
        blocked = self.reporter_combo.blockSignals(True)
        self.reporter_combo.clear()
        self.reporter_combo.addItem(self.tr("All reporters"), None)
        for code in sorted(reporters):
            self.reporter_combo.addItem(self._country(code) if code != "EU" else "EU", code)
        self.reporter_combo.setCurrentIndex(max(0, self.reporter_combo.findData(current)))
        self.reporter_combo.setVisible(len(reporters) > 1)
        self.reporter_caption.setVisible(len(reporters) > 1)
        self.reporter_combo.blockSignals(blocked)

    def _table(self) -> Any:
        from sdapp.analysis.concentration import concentration_table

        key = (self.level_combo.currentData(), self.reporter_combo.currentData())
        if key not in self._table_cache:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._table_cache[key] = concentration_table(self.session.vault, level=key[0], reporter=key[1])
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self._table_cache[key]

    def _table_changed(self) -> None:
        if self._stale or not self.session.vault.trade.has_data():
            return
        self._rows_cache.clear()
        self._flow_changed()

    def _flow_changed(self) -> None:
        table = self._table()
        flow = self.flow_combo.currentData()
        years = sorted({int(y) for y in table.loc[table["flow"] == flow, "year"]}, reverse=True)
        current = self.year_combo.currentData()
        blocked = self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(current)))
        self.year_combo.blockSignals(blocked)
        self._fill_table()

    def _links(self) -> list[tuple[str, Dependency]]:
        return [(code, d) for d in self._dependencies() for code in dependency_codes(d)]

    def _linked_to(self, product: str, links: list[tuple[str, Dependency]]) -> list[Dependency]:
        """Dependencies whose codes cover the product or lie within it (for coarser levels)."""
        seen: dict[str, Dependency] = {}
        for code, dep in links:
            if product.startswith(code) or code.startswith(product):
                seen.setdefault(dep.id, dep)
        return sorted(seen.values(), key=lambda d: d.name.casefold())

    def _fill_table(self) -> None:
        if self._stale or not self.session.vault.trade.has_data():
            return
        table = self._table()
        flow, year = self.flow_combo.currentData(), self.year_combo.currentData()
        picked = table[(table["flow"] == flow) & (table["year"] == year)]
        links = self._links()
        needle = self.search.text().strip().casefold()
        rows = []
        for record in picked.to_dict("records"):
            deps = self._linked_to(str(record["product"]), links)
            record["linked"] = ", ".join(d.name for d in deps)
            record["_deps"] = deps
            if needle and needle not in str(record["product"]) and needle not in record["linked"].casefold():
                continue
            rows.append(record)
        selected = self._product
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._size_columns()
        self._select(selected)
        self.levelsChanged.emit()

    def _size_columns(self) -> None:
        for i, column in enumerate(self.model.columns):
            if column.key == "linked":
                continue
            self.table.resizeColumnToContents(i)
            self.table.setColumnWidth(i, max(self.table.columnWidth(i), 64) + 8)

    def _select(self, product: str) -> None:
        index = next((i for i, r in enumerate(self.model.rows) if r["product"] == product), 0 if self.model.rows
                     else -1)
        if index < 0:
            self._product = ""
            self._draw_product()
            return
        self.table.selectRow(index)
        self.table.scrollTo(self.model.index(index, 0))
        if self.model.rows[index]["product"] != self._product:
            self._product = str(self.model.rows[index]["product"])
            self._draw_product()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        product = str(self.model.row(indexes[0].row())["product"])
        if product != self._product:
            self._product = product
            self._draw_product()

    def _open_linked(self, index: QModelIndex) -> None:
        deps = self.model.row(index.row()).get("_deps") or []
        if len(deps) == 1:
            self.openRequested.emit(deps[0].id)

    # charts ---------------------------------------------------------------------------------------
    def _product_rows(self, product: str) -> Any:
        from sdapp.analysis.trade_store import load_rows

        if product not in self._rows_cache:
            self._rows_cache = {product: load_rows(self.session.vault, [product], quantity=False)}
        return self._rows_cache[product]

    def _draw_product(self) -> None:
        from sdapp.analysis.concentration import concentration, partner_values, supplier_shares

        self.shares_plot.clear()
        self.hhi_plot.clear()
        product = self._product
        flow = self.flow_combo.currentData() or "import"
        flow_text = self.flow_combo.currentText().lower()
        if not product:
            self.product_label.setText("")
            self.legend.setText("")
            set_title(self.shares_plot, "")
            set_title(self.hhi_plot, "")
            return
        row = next((r for r in self.model.rows if r["product"] == product), None)
        deps = row.get("_deps", []) if row else []
        names = ", ".join(d.name for d in deps) or self.tr("no dependency in the register has this code")
        self.product_label.setText(
            f"<b style='color:{DARK}; font-size:12pt'>{product}</b> &nbsp; "
            + self.tr("Linked: %1").replace("%1", _html(names)))
        rows = self._product_rows(product)
        reporter = self.reporter_combo.currentData()
        shares = supplier_shares(rows, product, flow, reporter=reporter)
        self._draw_shares(shares, product, flow_text)
        series = concentration(partner_values(rows, product=product, reporter=reporter), self.ref)
        self._draw_hhi(series, flow, product)

    def _draw_shares(self, shares: Any, product: str, flow_text: str) -> None:
        plot = self.shares_plot
        set_title(plot, self.tr("Supplier shares per year: %1 (%2)").replace("%1", product).replace("%2", flow_text))
        if shares.empty:
            self.legend.setText("")
            return
        years = [int(y) for y in shares.index]
        bottom = [0.0] * len(years)
        legend = []
        colours = iter(PALETTE)
        for partner in shares.columns:
            values = [float(v) for v in shares[partner]]
            if partner == "other":
                colour, name = OTHER_COLOUR, self.tr("Other countries")
            elif partner == NOT_SPECIFIED:
                colour, name = UNSPECIFIED_COLOUR, self.tr("Not specified")
            else:
                colour, name = next(colours, OTHER_COLOUR), self._country(partner)
            bars = pg.BarGraphItem(x=years, height=values, y0=list(bottom), width=0.62, brush=pg.mkBrush(colour),
                                   pen=pg.mkPen("w", width=1))
            plot.addItem(bars)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
            latest = values[-1]
            legend.append(f"<span style='color:{colour}; font-size:13pt'>\u25a0</span>&nbsp;"
                          + _html(name).replace(" ", "&nbsp;")
                          + f"&nbsp;<span style='color:#606060'>{percent(latest).replace(' ', '&nbsp;')}</span>")
        item = plot.getPlotItem()
        item.getAxis("bottom").setTicks([[(y, str(y)) for y in years]])
        item.getAxis("left").setTicks([[(v / 4, percent(v / 4, 0)) for v in range(5)]])
        plot.setXRange(min(years) - 0.6, max(years) + 0.6, padding=0)
        plot.setYRange(-0.035, 1.05, padding=0)
        self.legend.setText(self.tr("Share in %1:").replace("%1", str(years[-1])) + " &nbsp; "
                            + " &nbsp;&nbsp; ".join(legend))

    def _draw_hhi(self, series: Any, flow: str, product: str) -> None:
        plot = self.hhi_plot
        set_title(plot, self.tr("Concentration (HHI) per year: %1").replace("%1", product))
        item = plot.getPlotItem()
        threshold = pg.InfiniteLine(pos=HIGH_HHI, angle=0, pen=pg.mkPen("#C0392B", width=1.5,
                                                                          style=Qt.PenStyle.DashLine))
        plot.addItem(threshold)
        label = pg.TextItem(self.tr("above 0.4: high concentration"), color="#C0392B", anchor=(1, 0))
        plot.addItem(label)
        data = series[series["flow"] == flow].sort_values("year")
        years = [int(y) for y in data["year"]]
        if years:
            values = [float(v) for v in data["hhi"]]
            plot.plot(years, values, pen=pg.mkPen(DARK, width=2.5), symbol="o", symbolSize=9,
                      symbolBrush=pg.mkBrush(DARK), symbolPen=pg.mkPen("w", width=1.5))
            for x, y in zip(years, values, strict=True):
                text = pg.TextItem(decimal(y, 2), color=DARK, anchor=(0.5, 1.4))
                text.setPos(x, y)
                plot.addItem(text)
            item.getAxis("bottom").setTicks([[(y, str(y)) for y in years]])
            plot.setXRange(min(years) - 0.5, max(years) + 0.5, padding=0)
            label.setPos(max(years) + 0.45, HIGH_HHI - 0.01)
        item.getAxis("left").setTicks([[(v / 5, decimal(v / 5, 1)) for v in range(6)]])
        plot.setYRange(-0.03, 1.05, padding=0)

    # import ---------------------------------------------------------------------------------------
    def _import_clicked(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import trade data"), str(Path.home()),
                                               self.tr("Trade data (%1)").replace("%1", TRADE_SUFFIXES))
        if path:
            self.import_path(Path(path), self.format_combo.currentData())

    def import_path(self, path: Path, fmt: str | None = None, good_rows_only: bool = False) -> Any:
        """Import with a progress dialog; on bad rows show the report and offer the good rows only.
        Returns the ImportResult, or None when nothing was imported."""
        from sdapp.analysis.trade_formats import TradeFileError
        from sdapp.analysis.trade_store import TradeImportRefused
        from sdapp.vault.errors import VaultError

        progress = QProgressDialog(self.tr("Reading %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Importing trade data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(rows: int) -> None:
            progress.setLabelText(self.tr("Reading %1: %2 rows checked").replace("%1", path.name)
                                  .replace("%2", f"{rows:,}".replace(",", " ")))
            QApplication.processEvents()
            if progress.wasCanceled():
                raise Cancelled

        try:
            result = self.ops.import_file(path, fmt, good_rows_only, step)
        except TradeImportRefused as exc:
            progress.close()
            dialog = ImportReportDialog(exc.report, self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.good_rows_only:
                return self.import_path(path, fmt, good_rows_only=True)
            return None
        except (TradeFileError, VaultError) as exc:
            progress.close()
            QMessageBox.warning(self, self.tr("Trade data not imported"), str(exc))
            return None
        except Cancelled:
            progress.close()
            self.status_label.setText(self.tr("Import cancelled; nothing was stored."))
            return None
        finally:
            progress.close()
        if result.already_imported:
            QMessageBox.information(self, self.tr("Already imported"), self.tr(
                "%1 was imported before (%2 rows, %3 by %4); nothing changed.").replace("%1", path.name)
                .replace("%2", str(result.file.rows)).replace("%3", result.file.imported_at[:10])
                .replace("%4", result.file.author))
            return result
        self.refresh()
        report = result.report
        text = self.tr("%1 rows imported from %2.").replace("%1", f"{result.rows:,}".replace(",", " ")) \
            .replace("%2", path.name)
        if report.bad_rows:
            text += " " + self.tr("%1 bad rows left out.").replace("%1", str(report.bad_rows))
        left = sum(report.left_out.values())
        if left:
            text += " " + self.tr("%1 aggregate rows (World, EU, totals) left out.").replace("%1", str(left))
        self.status_label.setText(text)
        return result

    def _files_clicked(self) -> None:
        FilesDialog(self).exec()

    # for the window and tests ------------------------------------------------------------------------
    def displayed_levels(self) -> set[str]:
        """Classification levels of the dependencies named on screen (their names are register content)."""
        return {d.classification for r in self.model.rows for d in r.get("_deps", [])}

    def select_product(self, product: str) -> None:
        self._select(product)

    def set_choice(self, combo: str, data: object) -> None:
        """Pick ``data`` in the level, flow, year or reporter combo."""
        box: QComboBox = getattr(self, f"{combo}_combo")
        index = box.findData(data)
        if index < 0:
            raise ValueError(f"{combo}={data!r} is not offered")
        box.setCurrentIndex(index)

    def shutdown(self) -> None:
        self._refresh_timer.stop()


def _set_items(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
