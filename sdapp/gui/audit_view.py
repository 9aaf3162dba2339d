"""Read-only view of the vault's hash-chained audit log, with a chain check."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from sdapp.gui.session import Session
from sdapp.gui.tables import style_record_table
from sdapp.vault.audit import AuditEntry

Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    def __init__(self, entries: list[AuditEntry], headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self._headers = headers

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self._entries[index.row()]
        detail = ", ".join(f"{k}={v}" for k, v in sorted(e.detail.items()))
        action = f"{e.action} ({e.entity_type})" if e.entity_type else e.action
        return [str(e.seq), e.ts[:19].replace("T", " "), e.actor, e.workstation, action,
                e.entity_id[:8], detail][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class AuditView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = style_record_table(QTableView(self))
        self.table.setAccessibleName(self.tr("Audit log"))
        self.verdict = QLabel(self)
        check = QPushButton(self.tr("Verify chain"), self)
        check.clicked.connect(self.verify)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Every unlock, change, export and key change, chained by hash.")))
        top.addStretch(1)
        top.addWidget(self.verdict)
        top.addWidget(check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.session.dependencyChanged.connect(lambda _i: self.reload())
        self.reload()

    def reload(self) -> None:
        if not self.session.vault.is_open:
            return
        headers = [self.tr("No."), self.tr("Time (UTC)"), self.tr("User"), self.tr("Workstation"),
                   self.tr("Action"), self.tr("Record"), self.tr("Details")]
        self.table.setModel(AuditModel(self.session.vault.audit.entries(limit=5000), headers, self))
        for i, w in enumerate((60, 150, 140, 120, 140, 80)):
            self.table.setColumnWidth(i, w)

    def set_labels(self, _labels: object) -> None:
        self.reload()

    def verify(self) -> None:
        problems = self.session.vault.audit.verify()
        if problems:
            self.verdict.setText(self.tr("Chain broken: %1").replace("%1", problems[0]))
            self.verdict.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.verdict.setText(self.tr("Chain intact"))
            self.verdict.setStyleSheet("color: #2e7d32; font-weight: bold;")

    def displayed_levels(self) -> set[str]:
        """Audit details name records, so the log is as classified as the register."""
        repo = self.session.vault.dependencies
        return {r.classification for r in repo.rows()} | {r.classification for r in repo.rows(deleted=True)}
