"""The options of one dependency side by side: a table of the fields that matter and a chart of
cost against expected risk reduction, the efficient options highlighted.

The figures come from the core: one cost estimate per option over the reference period
(:func:`sdapp.core.options.cost_estimate`), the reduction in classes (:func:`risk_reduction`)
and the efficient set (:func:`efficient_options`: no other option is cheaper-or-equal and
reduces the risk at least as much, being better in one of the two).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.model import LIKELIHOOD_CODES, ActionOption, Assessment
from sdapp.core.options import (
    PLANNED_STATUSES,
    changed_since_agreement,
    cost_estimate,
    efficient_options,
    residual_from_options,
    risk_reduction,
)
from sdapp.core.reference import ReferenceData
from sdapp.gui.labels import Labels
from sdapp.gui.option_common import (
    CHANGED_COLOUR,
    EFFICIENT_COLOUR,
    OTHER_COLOUR,
    bearer_text,
    category_text,
    disruption_text,
    field_titles,
    level_text,
    money,
    money_range,
    rung_text,
    status_text,
)
from sdapp.gui.risk_common import Matrices
from sdapp.gui.session import Session

Index = QModelIndex | QPersistentModelIndex
EFFICIENT_BACKGROUND = "#e8f5e9"
MIN_COST = 0.01  # a free option sits at the left edge of the logarithmic axis


@dataclass(frozen=True)
class CompareRow:
    key: str
    title: Callable[[], str]
    value: Callable[[ActionOption], str]


class CompareModel(QAbstractTableModel):
    """Rows are fields, columns are the options (numbered as on the chart)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CompareRow] = []
        self.options: list[ActionOption] = []
        self.efficient: set[str] = set()
        self.cells: list[list[str]] = []  # computed once: painting never reads the vault

    def set_content(self, rows: list[CompareRow], options: list[ActionOption], efficient: set[str]) -> None:
        self.beginResetModel()
        self.rows, self.options, self.efficient = rows, options, efficient
        self.cells = [[row.value(o) for o in options] for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, option = self.rows[index.row()], self.options[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and option.id in self.efficient:
            return QBrush(QColor(EFFICIENT_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and row.key == "title":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.key == "status" and changed_since_agreement(option):
            return QBrush(QColor(CHANGED_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return option.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                return self.rows[section].title()
            return None
        if not 0 <= section < len(self.options):
            return None
        option = self.options[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section + 1} ★" if option.id in self.efficient else str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            return option.title
        return None


class OptionCompareView(QWidget):
    """Compare the options of one dependency. ``optionActivated(id)`` on a double click in the
    table or a click on a point."""

    optionActivated = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref: ReferenceData = session.ref
        self.labels = labels
        self.setObjectName("optionCompareView")
        self._dep_id: str | None = None
        self._options: list[ActionOption] = []
        self._efficient: set[str] = set()
        self._latest: Assessment | None = None
        self._points: list[tuple[str, float, float]] = []  # id, cost, reduction (as plotted)
        self._matrices = Matrices(session.vault.assessments)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.model = CompareModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(120)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._double_clicked)

        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setMinimumWidth(280)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.25)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(pg.mkPen("#455a64"))
            item.getAxis(axis).setTextPen(pg.mkPen("#263238"))
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, hoverSize=18)
        self.scatter.sigClicked.connect(self._point_clicked)
        self.frontier = pg.PlotDataItem(pen=pg.mkPen(EFFICIENT_COLOUR, width=2, style=Qt.PenStyle.DashLine))
        item.addItem(self.frontier)
        item.addItem(self.scatter)
        self._labels: list[pg.TextItem] = []
        self.chart_title = QLabel(self)
        self.chart_title.setStyleSheet("font-weight: bold;")
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        chart = QWidget(self)
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(6, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.plot, 1)
        chart_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(chart)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 360])
        self.splitter = splitter
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.session.optionChanged.connect(self._options_changed)
        self.session.assessmentChanged.connect(self._options_changed)
        self.retranslate()

    # texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.empty.setText(self.tr("No options to compare yet. Draft options with \"New option\"."))
        self.table.setAccessibleName(self.tr("The options side by side"))
        self.plot.setAccessibleName(self.tr("Cost against expected risk reduction"))
        item = self.plot.getPlotItem()
        years = self.ref.reference_period_years
        item.setLabel("bottom", self.tr("Estimated cost over %1 years (€ m, logarithmic)").replace("%1", str(years)))
        item.setLabel("left", self.tr("Risk reduction (classes)"))
        self.chart_title.setText(self.tr("Cost against expected risk reduction"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()

    def rows(self) -> list[CompareRow]:
        t = field_titles()
        lang = self.labels.language
        ref = self.ref
        years = ref.reference_period_years

        def cost(option: ActionOption) -> str:
            est = cost_estimate(option, years)
            return money(est) if est is not None else self.tr("no costs entered")

        rows = [
            CompareRow("title", lambda: t["title"], lambda o: o.title),
            CompareRow("category", lambda: t["category"], lambda o: category_text(ref, lang, o.category)),
            CompareRow("rung", lambda: t["rung"], lambda o: rung_text(ref, lang, o.rung)),
            CompareRow("status", lambda: t["status"], lambda o: status_text(o.status) + (
                "\n" + self.tr("changed since agreement") if changed_since_agreement(o) else "")),
            CompareRow("effect", lambda: self.tr("Expected effect"),
                       lambda o: self.tr("likelihood −%1, impact −%2").replace("%1", str(o.effect_likelihood))
                       .replace("%2", str(o.effect_impact))),
            CompareRow("reduction", lambda: self.tr("Risk reduction"), lambda o: self.classes(risk_reduction(o))),
        ]
        if self._current_ok():
            rows.append(CompareRow("residual", lambda: self.tr("Risk with this option"), self._residual_text))
        rows += [
            CompareRow("once", lambda: self.tr("One-off costs"),
                       lambda o: money_range(o.cost_once_low, o.cost_once_high)),
            CompareRow("yearly", lambda: self.tr("Yearly costs"),
                       lambda o: money_range(o.cost_yearly_low, o.cost_yearly_high)),
            CompareRow("estimate", lambda: self.tr("Estimate over %1 years").replace("%1", str(years)), cost),
            CompareRow("bearer", lambda: t["cost_bearer"], lambda o: bearer_text(o.cost_bearer)),
            CompareRow("disruption", lambda: t["market_disruption"], lambda o: disruption_text(o.market_disruption)),
            CompareRow("time", lambda: t["time_to_effect"], lambda o: o.time_to_effect or "-"),
            CompareRow("level", lambda: t["level"], lambda o: level_text(o.level)),
            CompareRow("lead", lambda: t["lead_ministry"],
                       lambda o: ", ".join(x for x in (o.lead_ministry, *o.involved_ministries) if x) or "-"),
            CompareRow("legal", lambda: t["legal_basis"], lambda o: o.legal_basis or "-"),
            CompareRow("risks", lambda: t["risks"], lambda o: o.risks or "-"),
            CompareRow("efficient", lambda: self.tr("Efficient"), lambda o: self.tr("yes") if o.id in self._efficient
                       else self.tr("no") if cost_estimate(o, years) is not None else self.tr("not placed: no costs")),
        ]
        return rows

    def classes(self, n: int) -> str:
        return self.tr("1 class") if n == 1 else self.tr("%1 classes").replace("%1", str(n))

    def _current_ok(self) -> bool:
        a = self._latest
        return a is not None and a.current is not None and a.current.likelihood in LIKELIHOOD_CODES \
            and a.current.impact in LIKELIHOOD_CODES

    def _residual_text(self, option: ActionOption) -> str:
        a = self._latest
        if a is None or a.current is None:
            return "-"
        planned = copy.deepcopy(option)
        if planned.status not in PLANNED_STATUSES:
            planned.status = "agreed"
        score = residual_from_options(a.current, [planned])
        level = self._matrices.level_of(a, score)
        text = f"{score.likelihood}/{score.impact}"
        return f"{text} {level.label.text(self.labels.language)}" if level else text

    # data -----------------------------------------------------------------------------------------------
    def set_dependency(self, dep_id: str | None) -> None:
        self._dep_id = dep_id
        self.refresh()

    def _options_changed(self, dep_id: str) -> None:
        if dep_id == self._dep_id:
            self.refresh()

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        if self._dep_id is None:
            self._options = []
        else:
            self._options = self.session.vault.options.for_dependency(self._dep_id)
            self._latest = self.session.vault.assessments.latest(self._dep_id)
            self._matrices = Matrices(self.session.vault.assessments)
        self._efficient = efficient_options(self._options, self.ref.reference_period_years)
        self.model.set_content(self.rows(), self._options, self._efficient)
        self.stack.setCurrentIndex(1 if self._options else 0)
        self._draw()

    def options(self) -> list[ActionOption]:
        return list(self._options)

    def efficient(self) -> set[str]:
        return set(self._efficient)

    def plotted(self) -> list[tuple[str, float, float]]:
        """(option id, cost, reduction) of every point on the chart."""
        return list(self._points)

    # the chart -------------------------------------------------------------------------------------------------
    def _draw(self) -> None:
        item = self.plot.getPlotItem()
        for label in self._labels:
            item.removeItem(label)
        self._labels = []
        years = self.ref.reference_period_years
        points: list[tuple[str, float, float]] = []
        for o in self._options:
            est = cost_estimate(o, years)
            if est is not None:
                points.append((o.id, max(est, MIN_COST), float(risk_reduction(o))))
        self._points = points
        number = {o.id: i + 1 for i, o in enumerate(self._options)}
        spots = []
        for pid, cost, red in points:
            good = pid in self._efficient
            spots.append({
                "pos": (math.log10(cost), red), "data": pid, "size": 16 if good else 12,
                "brush": pg.mkBrush(EFFICIENT_COLOUR if good else "#ffffff"),
                "pen": pg.mkPen(EFFICIENT_COLOUR if good else OTHER_COLOUR, width=2),
                "symbol": "o",
            })
        self.scatter.setData(spots)
        frontier = sorted((c, r) for pid, c, r in points if pid in self._efficient)
        if len(frontier) > 1:
            self.frontier.setData([math.log10(c) for c, _r in frontier], [r for _c, r in frontier])
        else:
            self.frontier.setData([], [])
        for pid, cost, red in points:
            text = pg.TextItem(str(number[pid]), color="#1b5e20" if pid in self._efficient else "#37474f",
                               anchor=(-0.35, 1.1))
            font = QFont()
            font.setBold(True)
            text.setFont(font)
            text.setPos(math.log10(cost), red)
            item.addItem(text)
            self._labels.append(text)
        self._set_ranges(points)
        missing = len(self._options) - len(points)
        legend = [
            f"<span style='color:{EFFICIENT_COLOUR}; font-size:14pt;'>●</span> "
            + self.tr("efficient: no other option reduces the risk as much or more for the same or lower cost"),
            f"<span style='color:{OTHER_COLOUR}; font-size:14pt;'>○</span> " + self.tr("other options"),
        ]
        if missing:
            legend.append(self.tr("%1 option(s) without costs are not on the chart.").replace("%1", str(missing)))
        legend.append(self.tr("Numbers as in the table. Costs: midpoints of the ranges."))
        self.legend.setText("<br>".join(legend))

    def _set_ranges(self, points: list[tuple[str, float, float]]) -> None:
        item = self.plot.getPlotItem()
        if not points:
            item.setXRange(-1, 2, padding=0)
            item.setYRange(0, 3, padding=0)
            return
        xs = [math.log10(c) for _p, c, _r in points]
        lo, hi = math.floor(min(xs)), math.ceil(max(xs))
        if hi - lo < 2:
            hi = lo + 2
        item.setXRange(lo - 0.35, hi + 0.3, padding=0)
        top = max(r for _p, _c, r in points)
        item.setYRange(-0.4, max(2.0, top) + 0.8, padding=0)
        bottom = item.getAxis("bottom")
        ticks = []
        for e in range(lo, hi + 1):
            value = 10.0 ** e
            ticks.append((float(e), money(value) if value >= 1 else money(round(value, 2))))
        bottom.setTicks([ticks, []])
        left = item.getAxis("left")
        left.setTicks([[(float(y), str(y)) for y in range(0, int(max(2.0, top)) + 2)], []])

    def _tip(self, x: float, y: float, data: object) -> str:
        option = next((o for o in self._options if o.id == data), None)
        if option is None:
            return ""
        est = cost_estimate(option, self.ref.reference_period_years)
        return "\n".join([option.title, self.tr("Cost estimate: %1").replace("%1", money(est)),
                          self.tr("Risk reduction: %1").replace("%1", self.classes(risk_reduction(option)))])

    def _point_clicked(self, _item: object, spots: list[object], *_args: object) -> None:
        if spots:
            self.optionActivated.emit(str(spots[0].data()))  # type: ignore[attr-defined]

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.optionActivated.emit(self.model.options[index.column()].id)

    def select_option(self, option_id: str) -> None:
        ids = [o.id for o in self._options]
        if option_id in ids:
            self.table.selectColumn(ids.index(option_id))
