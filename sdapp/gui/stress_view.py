"""The Stress test section: a scenario editor (countries and the share of their supply that is
lost), saved scenarios, and the ranked result with a bar chart and CSV/XLSX export.

The result is computed from the editor's content, saved or not; saving only stores the
scenario. Rules and figures come from :mod:`sdapp.analysis.stress`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import ValidationError, fill_placeholders
from sdapp.core.trade import TRADE_STAGE, CountryLoss, Scenario, StressRow, new_scenario_id, validate_scenario
from sdapp.gui.labels import Labels
from sdapp.gui.risk_common import decimal, percent
from sdapp.gui.session import Session
from sdapp.gui.tables import style_record_table
from sdapp.gui.trade_common import DARK, Column, Index, RowsModel, operations, plot_widget, set_title
from sdapp.vault.errors import RecordInvalid, VaultError

CHART_ROWS = 12
# the scenario rules' messages (sdapp.core.trade, vault.trade), listed for translation
SCENARIO_TEMPLATES = [
    QT_TRANSLATE_NOOP("StressView", "not a valid id"),
    QT_TRANSLATE_NOOP("StressView", "a scenario needs a name"),
    QT_TRANSLATE_NOOP("StressView", "at most 200 characters"),
    QT_TRANSLATE_NOOP("StressView", "name at least one country"),
    QT_TRANSLATE_NOOP("StressView", "at most %1 countries"),
    QT_TRANSLATE_NOOP("StressView", "%1 is not an ISO alpha-2 country code"),
    QT_TRANSLATE_NOOP("StressView", "%1 is named twice"),
    QT_TRANSLATE_NOOP("StressView", "the loss for %1 must be more than 0 and at most 100 percent"),
    QT_TRANSLATE_NOOP("StressView", "a scenario named %1 exists already"),
]


def reason_text(error: ValidationError) -> str:
    """A scenario rule's message in the interface language."""
    return fill_placeholders(QCoreApplication.translate("StressView", error.template), error.args)

IMPACT_COLOURS = {"E": "#7B1E1E", "D": "#C0392B", "C": "#E67E22", "B": "#F1C40F", "A": "#7FB3D5", "X": "#BDBDBD"}


class LossesModel(QAbstractTableModel):
    """The scenario's countries and loss percentages; the loss is editable in place."""

    changed = Signal()

    def __init__(self, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.losses: list[CountryLoss] = []
        self.titles = ("", "")

    def set_losses(self, losses: list[CountryLoss]) -> None:
        self.beginResetModel()
        self.losses = [CountryLoss(c.country, float(c.loss)) for c in losses]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.losses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.losses[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return f"{c.country} {self.labels.countries.get(c.country, '')}".strip()
            return c.loss if role == Qt.ItemDataRole.EditRole else f"{decimal(c.loss, 1)} %"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        try:
            loss = float(str(value).replace(",", ".").rstrip("% "))
        except ValueError:
            return False
        if not 0 < loss <= 100:
            return False
        self.losses[index.row()].loss = loss
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def put(self, country: str, loss: float) -> None:
        """Add the country, or set its loss if it is listed already."""
        for i, c in enumerate(self.losses):
            if c.country == country:
                c.loss = loss
                self.dataChanged.emit(self.index(i, 1), self.index(i, 1))
                self.changed.emit()
                return
        self.beginInsertRows(QModelIndex(), len(self.losses), len(self.losses))
        self.losses.append(CountryLoss(country, loss))
        self.endInsertRows()
        self.changed.emit()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.losses[row]
        self.endRemoveRows()
        self.changed.emit()


class StressView(QWidget):
    levelsChanged = Signal()
    openRequested = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self.ref = session.vault.ref
        self.ops = operations(session)
        self._scenario = Scenario(new_scenario_id(), "", [])
        self._saved: Scenario | None = None
        self._rows: list[StressRow] = []
        self._stale = True
        self._build()
        self.retranslate()
        self.ops.scenariosChanged.connect(self._fill_scenarios)
        self.ops.tradeChanged.connect(self._inputs_changed)
        session.dependencyChanged.connect(self._inputs_changed)
        session.registerReset.connect(self._inputs_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_if_stale)

    # building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        editor = QWidget(self)
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 0, 6, 0)

        self.saved_box = QGroupBox(editor)
        sl = QVBoxLayout(self.saved_box)
        self.scenario_list = QListWidget(self.saved_box)
        self.scenario_list.setMaximumHeight(96)
        self.scenario_list.currentItemChanged.connect(self._scenario_picked)
        sl.addWidget(self.scenario_list)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.saved_box)
        self.new_button.clicked.connect(self.new_scenario)
        self.delete_button = QPushButton(self.saved_box)
        self.delete_button.clicked.connect(self._delete_clicked)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        sl.addLayout(row)
        el.addWidget(self.saved_box)

        self.scenario_box = QGroupBox(editor)
        form = QFormLayout(self.scenario_box)
        self.name_edit = QLineEdit(self.scenario_box)
        self.name_edit.textEdited.connect(lambda _t: self._edited())
        self.note_edit = QPlainTextEdit(self.scenario_box)
        self.note_edit.setMaximumHeight(64)
        self.note_edit.textChanged.connect(self._edited)
        self.name_label, self.note_label = QLabel(self.scenario_box), QLabel(self.scenario_box)
        self.name_label.setBuddy(self.name_edit)
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.note_label, self.note_edit)
        add = QHBoxLayout()
        self.country_combo = QComboBox(self.scenario_box)
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.setMinimumContentsLength(10)
        self.country_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.loss_spin = QDoubleSpinBox(self.scenario_box)
        self.loss_spin.setRange(1, 100)
        self.loss_spin.setDecimals(0)
        self.loss_spin.setValue(100)
        self.loss_spin.setSuffix(" %")
        self.add_button = QPushButton(self.scenario_box)
        self.add_button.clicked.connect(self._add_country)
        add.addWidget(self.country_combo, 1)
        add.addWidget(self.loss_spin)
        add.addWidget(self.add_button)
        self.country_label = QLabel(self.scenario_box)
        form.addRow(self.country_label, add)
        self.losses = LossesModel(self.labels, self)
        self.losses.changed.connect(self._edited)
        self.losses_table = QTableView(self.scenario_box)
        self.losses_table.setModel(self.losses)
        self.losses_table.verticalHeader().setVisible(False)
        self.losses_table.verticalHeader().setDefaultSectionSize(24)
        self.losses_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.losses_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.losses_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.losses_table.setMinimumHeight(120)
        form.addRow(self.losses_table)
        self.remove_button = QPushButton(self.scenario_box)
        self.remove_button.clicked.connect(self._remove_country)
        form.addRow(self.remove_button)
        self.error_label = QLabel(self.scenario_box)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020")
        self.error_label.hide()
        form.addRow(self.error_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.scenario_box)
        self.save_button.clicked.connect(self.save)
        self.run_button = QPushButton(self.scenario_box)
        self.run_button.clicked.connect(self.run)
        self.run_button.setDefault(True)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        form.addRow(buttons)
        el.addWidget(self.scenario_box, 1)

        result = QWidget(self)
        rl = QVBoxLayout(result)
        rl.setContentsMargins(6, 0, 0, 0)
        head = QHBoxLayout()
        self.summary_label = QLabel(result)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.csv_button = QPushButton(result)
        self.csv_button.clicked.connect(lambda: self._export_clicked(".csv"))
        self.xlsx_button = QPushButton(result)
        self.xlsx_button.clicked.connect(lambda: self._export_clicked(".xlsx"))
        head.addWidget(self.summary_label, 1)
        head.addWidget(self.csv_button)
        head.addWidget(self.xlsx_button)
        rl.addLayout(head)
        self.model = RowsModel([
            Column("rank", lambda: self.tr("#"), str, numeric=True),
            Column("name", lambda: self.tr("Dependency")),
            Column("stage", lambda: self.tr("Stage"), self._stage_text, tooltip=lambda r: r["detail"]),
            Column("lost_share", lambda: self.tr("Supply lost"), percent, numeric=True),
            Column("criticality", lambda: self.tr("Criticality"), self._impact_text),
            Column("score", lambda: self.tr("Score"), lambda v: decimal(v, 3), numeric=True),
        ], self)
        self.table = QTableView(result)
        self.table.setModel(self.model)
        style_record_table(self.table, resize=QHeaderView.ResizeMode.ResizeToContents, stretch_last=False,
                           sortable=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda index: self.openRequested.emit(
            self.model.row(index.row())["dependency_id"]))
        self.plot = plot_widget(result)
        self.plot.setMinimumHeight(240)
        chart = QWidget(result)
        cl = QVBoxLayout(chart)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(2)
        cl.addWidget(self.plot, 1)
        self.chart_legend = QLabel(chart)
        self.chart_legend.setTextFormat(Qt.TextFormat.RichText)
        cl.addWidget(self.chart_legend)
        splitter = QSplitter(Qt.Orientation.Vertical, result)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(chart)
        splitter.setSizes([330, 330])
        rl.addWidget(splitter, 1)

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setChildrenCollapsible(False)
        main.addWidget(editor)
        main.addWidget(result)
        main.setStretchFactor(1, 1)
        main.setSizes([390, 870])
        editor.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(main, 1)

    def _stage_text(self, stage: str) -> str:
        if stage == TRADE_STAGE:
            return self.tr("Imports (trade data)")
        return self.labels.stages.get(stage, stage)

    def _impact_text(self, code: str) -> str:
        level = next((s for s in self.ref.impact_scale if s.code == code), None)
        if code == "X" or level is None:
            return self.tr("X - not scored")
        return f"{code} - {level.label.text(self.labels.language)}"

    # texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.saved_box.setTitle(self.tr("Saved scenarios"))
        self.new_button.setText(self.tr("New"))
        self.delete_button.setText(self.tr("Delete…"))
        self.scenario_box.setTitle(self.tr("Scenario"))
        self.name_label.setText(self.tr("Name:"))
        self.note_label.setText(self.tr("Note:"))
        self.country_label.setText(self.tr("Country:"))
        self.add_button.setText(self.tr("Add"))
        self.loss_spin.setToolTip(self.tr("Share of the supply from this country that is lost"))
        self.remove_button.setText(self.tr("Remove selected country"))
        self.losses.titles = (self.tr("Country"), self.tr("Supply lost"))
        self.losses.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.save_button.setText(self.tr("Save scenario"))
        self.run_button.setText(self.tr("Run stress test"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export XLSX…"))
        self.table.setAccessibleName(self.tr("Dependencies ranked by lost supply"))
        self._fill_countries()
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.losses.labels = labels
        self.retranslate()

    def _fill_countries(self) -> None:
        current = self.country_combo.currentData()
        self.country_combo.clear()
        for c in sorted(self.ref.countries, key=lambda c: self.labels.countries.get(c.alpha2, c.alpha2).casefold()):
            self.country_combo.addItem(f"{self.labels.countries.get(c.alpha2, c.alpha2)} ({c.alpha2})", c.alpha2)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(current or "CN")))

    # data ----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_timer.start()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _inputs_changed(self, *_args: object) -> None:
        """The register or the trade data changed: the shown result is out of date."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        first = self._saved is None and not self._scenario.losses
        self._stale = False
        self._fill_scenarios()
        if first and self.scenario_list.count():
            self.scenario_list.setCurrentRow(0)
        elif self._scenario.losses:
            self.run()

    def _fill_scenarios(self) -> None:
        blocked = self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        current = None
        for s in self.session.vault.trade.scenarios():
            item = QListWidgetItem(s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(", ".join(f"{c.country} {decimal(c.loss, 0)} %" for c in s.losses))
            self.scenario_list.addItem(item)
            if s.id == self._scenario.id:
                current = item
        if current is not None:
            self.scenario_list.setCurrentItem(current)
        self.scenario_list.blockSignals(blocked)
        self.delete_button.setEnabled(current is not None)

    def _scenario_picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            scenario = self.session.vault.trade.scenario(str(item.data(Qt.ItemDataRole.UserRole)))
        except VaultError:
            return
        self.load(scenario)
        self.run()

    def load(self, scenario: Scenario) -> None:
        self._scenario = copy.deepcopy(scenario)
        self._saved = copy.deepcopy(scenario)
        blocked = [w.blockSignals(True) for w in (self.name_edit, self.note_edit)]
        self.name_edit.setText(scenario.name)
        self.note_edit.setPlainText(scenario.note)
        for w, b in zip((self.name_edit, self.note_edit), blocked, strict=True):
            w.blockSignals(b)
        self.losses.set_losses(scenario.losses)
        self.error_label.hide()
        self.delete_button.setEnabled(True)
        self._update_save_state()

    def new_scenario(self) -> None:
        self.scenario_list.clearSelection()
        self.scenario_list.setCurrentItem(None)
        self.load(Scenario(new_scenario_id(), "", []))
        self._saved = None
        self.delete_button.setEnabled(False)
        self._rows = []
        self._show_result()
        self.name_edit.setFocus()

    def current_scenario(self) -> Scenario:
        return Scenario(self._scenario.id, self.name_edit.text().strip(),
                        [CountryLoss(c.country, c.loss) for c in self.losses.losses],
                        self.note_edit.toPlainText().strip())

    def _edited(self) -> None:
        self._update_save_state()

    def _update_save_state(self) -> None:
        current = self.current_scenario()
        self.save_button.setEnabled(self._saved is None or current != self._saved)
        self.run_button.setEnabled(bool(current.losses))

    def _add_country(self) -> None:
        code = self.country_combo.currentData()
        text = self.country_combo.currentText().strip()
        if self.country_combo.findText(text) < 0:  # typed: accept an ISO code too
            country = self.ref.country(text)
            code = country.alpha2 if country else None
        if code is None:
            self._show_errors([self.tr("%1 is not a known country").replace("%1", text)])
            return
        self.error_label.hide()
        self.losses.put(str(code), float(self.loss_spin.value()))

    def add_country(self, code: str, loss: float) -> None:
        self.losses.put(code, float(loss))

    def _remove_country(self) -> None:
        rows = self.losses_table.selectionModel().selectedRows()
        if rows:
            self.losses.remove(rows[0].row())

    def _show_errors(self, messages: list[str]) -> None:
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(bool(messages))

    def save(self) -> bool:
        scenario = self.current_scenario()
        try:
            self.ops.save_scenario(scenario)
        except RecordInvalid as exc:
            self._show_errors([reason_text(e) for e in exc.violations])
            return False
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self.error_label.hide()
        self._scenario = copy.deepcopy(scenario)
        self._saved = copy.deepcopy(scenario)
        self._fill_scenarios()
        self._update_save_state()
        return True

    def _delete_clicked(self) -> None:
        if self._saved is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete scenario"), self.tr("Delete the scenario %1?")
                                      .replace("%1", self._saved.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def delete_current(self) -> None:
        if self._saved is not None:
            self.ops.delete_scenario(self._saved.id)
            self.new_scenario()

    def run(self) -> list[StressRow]:
        """Compute the result for the editor's scenario (saved or not)."""
        from sdapp.analysis.stress import run_stress

        scenario = self.current_scenario()
        errors = [e for e in validate_scenario(scenario, self.ref) if e.field != "name"]
        if errors:
            self._show_errors([reason_text(e) for e in errors])
            self._rows = []
        else:
            self.error_label.hide()
            self._rows = run_stress(self.session.vault, scenario.loss_map())
        self._show_result()
        return self._rows

    def _show_result(self) -> None:
        rows = [{"rank": i, "dependency_id": r.dependency_id, "name": r.name, "stage": r.stage,
                 "lost_share": r.lost_share, "criticality": r.criticality, "score": r.score, "detail": r.detail,
                 "classification": r.classification} for i, r in enumerate(self._rows, start=1)]
        self.model.set_rows(rows)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        scenario = self.current_scenario()
        deps = len({r.dependency_id for r in self._rows})
        if not scenario.losses:
            self.summary_label.setText(self.tr("Pick a saved scenario, or name countries and the share of their "
                                               "supply that is lost, then run the stress test."))
        else:
            countries = ", ".join(f"{c.country} {decimal(c.loss, 0)} %" for c in scenario.losses)
            name = scenario.name or self.tr("Unsaved scenario")
            self.summary_label.setText(
                f"<b style='color:{DARK}'>{_html(name)}</b>: "
                + _html(countries) + "<br>" + self.tr(
                    "%1 dependencies lose supply at %2 stages. Score = share of supply lost x criticality (impact A = "
                    "0.2 to E = 1.0).").replace("%1", str(deps)).replace("%2", str(len(self._rows))))
        self.csv_button.setEnabled(bool(self._rows))
        self.xlsx_button.setEnabled(bool(self._rows))
        self._draw_chart()
        self.levelsChanged.emit()

    def _draw_chart(self) -> None:
        plot = self.plot
        plot.clear()
        set_title(plot, self.tr("Highest scores per dependency (worst stage)") if self._rows else "")
        worst: dict[str, StressRow] = {}
        for r in self._rows:
            if r.dependency_id not in worst:
                worst[r.dependency_id] = r
        top = list(worst.values())[:CHART_ROWS]
        item = plot.getPlotItem()
        if not top:
            item.getAxis("left").setTicks([[]])
            item.getAxis("bottom").setTicks(None)
            self.chart_legend.setText("")
            return
        shown = sorted({r.criticality for r in top}, key=lambda c: "XABCDE".find(c), reverse=True)
        self.chart_legend.setText(self.tr("Bar length: score; colour: criticality") + " &nbsp; " + " &nbsp; ".join(
            f"<span style='color:{IMPACT_COLOURS.get(c, '#BDBDBD')}; font-size:13pt'>\u25a0</span>&nbsp;"
            + _html(self._impact_text(c)).replace(" ", "&nbsp;") for c in shown))
        n = len(top)
        ys = [n - 1 - i for i in range(n)]
        for y, r in zip(ys, top, strict=True):
            colour = IMPACT_COLOURS.get(r.criticality, "#BDBDBD")
            plot.addItem(pg.BarGraphItem(x0=[0], y=[y], height=0.66, width=[max(r.score, 0.002)],
                                         brush=pg.mkBrush(colour), pen=pg.mkPen("w")))
            label = pg.TextItem(self.tr("%1  (%2 lost)").replace("%1", decimal(r.score, 2))
                                .replace("%2", percent(r.lost_share, 0)), color="#303030", anchor=(0, 0.5))
            label.setPos(r.score + 0.01, y)
            plot.addItem(label)
        item.getAxis("left").setTicks([[(y, _short(r.name)) for y, r in zip(ys, top, strict=True)]])
        item.getAxis("bottom").setTicks([[(v / 5, decimal(v / 5, 1)) for v in range(6)]])
        plot.setXRange(-0.04, 1.22, padding=0)
        plot.setYRange(-0.6, n - 0.4, padding=0)
        item.getAxis("left").setWidth(260)

    def _export_clicked(self, suffix: str) -> None:
        name = (self.current_scenario().name or "stress-test").replace("/", "-")
        filters = self.tr("CSV files (*.csv)") if suffix == ".csv" else self.tr("Excel workbooks (*.xlsx)")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the stress test"),
                                               str(Path.home() / f"{name}{suffix}"), filters)
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        from sdapp.analysis.stress import write_stress

        try:
            write_stress(path, self._rows, self.current_scenario().name)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return
        with self.session.vault.transaction():
            self.session.vault.audit.append("export", "stress_scenario", self._scenario.id,
                                            {"to": str(path), "rows": len(self._rows)})

    # for the window and tests ---------------------------------------------------------------------
    def displayed_levels(self) -> set[str]:
        return {r.classification for r in self._rows if r.classification}

    def shutdown(self) -> None:
        self._refresh_timer.stop()


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
