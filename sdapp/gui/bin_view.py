"""The bin: deleted dependencies and, on a second tab, deleted action options, kept with their
history until someone restores them.

Deleting never destroys a record (the vault marks it deleted), so this view is how users
undo a deletion after the undo stack is gone (another session, another day).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from sdapp.gui.bin_list import BinList
from sdapp.gui.history_panel import local_time
from sdapp.gui.labels import Labels
from sdapp.gui.option_bin import OptionBinPanel
from sdapp.gui.session import Session
from sdapp.gui.tables import set_widths
from sdapp.vault.dependencies import RegisterRow


class DependencyBinPanel(BinList):
    """Deleted dependencies; restoring one brings back its last version."""

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        self._rows: list[RegisterRow] = []
        items = QTableWidget(0, 6)
        super().__init__(session, labels, items, parent)
        self.setObjectName("binView")
        self.items = items  # the table, as the QTableWidget it is
        set_widths(self.table, (260, 110, 190, 170, 140))
        self.items.itemSelectionChanged.connect(self.update_buttons)
        session.dependencyChanged.connect(self.mark_changed)
        session.registerReset.connect(self.mark_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.items.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Kind"), self.tr("Domain"), self.tr("Classification"),
            self.tr("Moved to the bin"), self.tr("By"),
        ])
        self.table.setAccessibleName(self.tr("Deleted dependencies"))
        self.intro.setText(self.tr(
            "Deleted dependencies stay here with their full history. Restoring one brings back its last "
            "version into the register."))
        self.empty_label.setText(self.tr("The bin is empty."))
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected dependency"))
        self.count_label.setText(self.count_text(len(self._rows)) if self._rows else "")

    def count_text(self, count: int) -> str:
        return self.tr("1 deleted dependency") if count == 1 else \
            self.tr("%1 deleted dependencies").replace("%1", str(count))

    def refresh(self) -> None:
        if not self.session.vault.is_open:
            return
        keep = self.selected_id()
        repo = self.session.vault.dependencies
        self._rows = repo.rows(deleted=True)
        lb = self.labels
        table = self.items
        table.blockSignals(True)
        table.setRowCount(len(self._rows))
        for row, r in enumerate(self._rows):
            history = repo.history(r.id)
            by = history[0].author if history else ""
            values = (r.name, lb.kinds.get(r.kind, r.kind), lb.domains.get(r.domain, r.domain),
                      lb.levels.get(r.classification, r.classification), local_time(r.updated_at), by)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                table.setItem(row, column, item)
        table.blockSignals(False)
        self.show_filled(len(self._rows), keep)

    def ids(self) -> list[str]:
        self.ensure_fresh()
        return [r.id for r in self._rows]

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].id

    def restore_selected(self) -> bool:
        """Bring the selected record back (undoable); False with a message if refused."""
        dep_id = self.selected_id()
        if dep_id is None:
            return False
        repo = self.session.vault.dependencies
        if not self.attempt_restore(lambda: repo.validate(repo.get(dep_id, include_deleted=True)),
                                    lambda: self.session.restore_from_bin(dep_id),
                                    self.tr("This dependency cannot be restored:"),
                                    self.tr("This dependency cannot be restored: %1")):
            return False
        self.restored.emit(dep_id)
        return True

    def displayed_levels(self) -> set[str]:
        self.ensure_fresh()
        return {r.classification for r in self._rows}


class BinView(QWidget):
    """The Bin section: a tab of deleted dependencies and one of deleted action options, each
    titled with its count so a filled list shows from the other tab."""

    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dependencies = DependencyBinPanel(session, labels, self)
        self.options = OptionBinPanel(session, labels, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dependencies, "")
        self.tabs.addTab(self.options, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        for panel in (self.dependencies, self.options):
            panel.levelsChanged.connect(self._panel_changed)
        self.tabs.currentChanged.connect(lambda _i: self.levelsChanged.emit())
        session.optionChanged.connect(lambda _dep_id: self._update_tab_titles())
        self._update_tab_titles()

    def _panel_changed(self) -> None:
        self._update_tab_titles()
        self.levelsChanged.emit()

    def _update_tab_titles(self) -> None:
        if not self.session.vault.is_open:
            return
        vault = self.session.vault
        self.tabs.setTabText(0, self.tr("Dependencies (%1)").replace("%1", str(vault.dependencies.count(deleted=True))))
        self.tabs.setTabText(1, self.tr("Action options (%1)").replace("%1", str(len(vault.options.deleted()))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_tab_titles()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.dependencies.set_labels(labels)
        self.options.set_labels(labels)

    def displayed_levels(self) -> set[str]:
        """What the open tab shows: the banner marks the list on screen."""
        panel = self.tabs.currentWidget()
        assert isinstance(panel, BinList)
        return panel.displayed_levels()
