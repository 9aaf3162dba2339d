"""Trade figures in the assessment's evidence: per product code of the dependency, the import
concentration of the newest year in the stored trade data, and its change since the year before.

Hidden when the vault holds no trade data for the dependency's codes. pandas is imported only
when there is something to show, so opening an assessment costs nothing extra otherwise.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from sdapp.core.model import Dependency
from sdapp.core.trade import dependency_codes
from sdapp.gui.labels import Labels
from sdapp.gui.risk_common import decimal, percent
from sdapp.gui.session import Session
from sdapp.gui.trade_common import HIGH_HHI, Column, RowsModel, operations


class TradeEvidenceBox(QGroupBox):
    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self._dep: Dependency | None = None
        operations(session).tradeChanged.connect(lambda: self.show_for(self._dep))
        layout = QVBoxLayout(self)
        self.model = RowsModel([
            Column("product", lambda: self.tr("Product")),
            Column("year", lambda: self.tr("Year"), str, numeric=True),
            Column("partners", lambda: self.tr("Partners"), str, numeric=True),
            Column("hhi", lambda: self.tr("HHI"), self._hhi, numeric=True),
            Column("top1_partner", lambda: self.tr("Largest supplier"), self._country),
            Column("top1_share", lambda: self.tr("Share"), percent, numeric=True),
            Column("top3_share", lambda: self.tr("Top 3"), percent, numeric=True),
            Column("extra_eu_share", lambda: self.tr("Extra-EU"), percent, numeric=True),
            Column("change", lambda: self.tr("HHI a year earlier"), self._change, numeric=True),
        ], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAccessibleName(self.tr("Import concentration per product code"))
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #505050")
        layout.addWidget(self.note)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Trade data: imports of the linked products"))
        self.note.setText(self.tr("From the imported trade data (section Trade data), all reporters, the newest "
                                  "year with imports. HHI above 0.4 (!) marks high concentration in EU practice."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _country(self, code: str) -> str:
        return f"{code} {self.labels.countries.get(code, '')}".strip() if code else "-"

    @staticmethod
    def _hhi(value: float) -> str:
        return decimal(value, 3) + (" !" if value > HIGH_HHI else "")

    @staticmethod
    def _change(value: Any) -> str:
        return "-" if value is None else decimal(float(value), 3)

    def show_for(self, dep: Dependency | None) -> None:
        """Fill in the figures of ``dep``'s product codes; hide when there are none."""
        self._dep = dep
        rows = self.rows_for(dep) if dep is not None and self.session.vault.is_open else []
        self.model.set_rows(rows)
        self.setVisible(bool(rows))
        if rows:
            header = self.table.horizontalHeader()
            self.table.setFixedHeight(header.sizeHint().height() + 24 * len(rows) + 2 * self.table.frameWidth() + 2)
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, self.table.columnWidth(column) + 12)
            self.table.setFixedWidth(header.length() + 2 * self.table.frameWidth() + 2)

    def rows_for(self, dep: Dependency) -> list[dict[str, Any]]:
        if not dependency_codes(dep) or not self.session.vault.trade.has_data():
            return []
        from sdapp.analysis.concentration import dependency_evidence

        table = dependency_evidence(self.session.vault, dep)
        out = []
        for product, group in table.groupby("product", sort=True):
            group = group.sort_values("year")
            latest = group.iloc[-1].to_dict()
            before = group[group["year"] == latest["year"] - 1]
            latest["change"] = float(before["hhi"].iloc[0]) if len(before) else None
            latest["product"] = str(product)
            out.append(latest)
        return out
