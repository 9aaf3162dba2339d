"""One list of the bin: an intro, the table (or a note when it is empty), a message line for
refusals, the count and a restore button. Subclasses fill the table and restore a record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget

from sdapp.gui.history_panel import ERROR_COLOUR
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.gui.tables import style_record_table
from sdapp.gui.validation_text import translated_reason
from sdapp.vault.errors import RecordInvalid, VaultError


class BinList(QWidget):
    """``restored(id)`` after a record came back; ``levelsChanged`` when the list was re-read."""

    restored = Signal(str)
    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.labels = labels
        self._stale = True

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = style_record_table(table)
        table.setParent(self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 11pt;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)

        self.count_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.status_label.hide()
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.restore_button)

    # what a subclass provides ----------------------------------------------------------------
    def retranslate(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def ids(self) -> list[str]:
        raise NotImplementedError

    def selected_id(self) -> str | None:
        raise NotImplementedError

    def restore_selected(self) -> bool:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def displayed_levels(self) -> set[str]:
        raise NotImplementedError

    # shared behaviour --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.retranslate()
        self.refresh()

    def mark_changed(self, *_args: object) -> None:
        """Refresh now when on screen; otherwise when next shown or asked (reading the bin costs)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_fresh()
        super().showEvent(event)

    def ensure_fresh(self) -> None:
        if self._stale:
            self.refresh()

    def select(self, record_id: str) -> None:
        self.ensure_fresh()
        if record_id in (ids := self.ids()):
            self.table.selectRow(ids.index(record_id))

    def show_filled(self, count: int, keep: str | None) -> None:
        """After a refresh: table or empty note, the kept selection, buttons and count."""
        self._stale = False
        self.stack.setCurrentIndex(1 if count else 0)
        if keep:
            self.select(keep)
        self.update_buttons()
        self.count_label.setText(self.count_text(count) if count else "")
        self.levelsChanged.emit()

    def update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)

    def show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def attempt_restore(self, check: Callable[[], object], restore: Callable[[], object], refused: str,
                        refused_because: str) -> bool:
        """``check`` (the vault's rules may have moved on since the deletion), then ``restore``;
        a refusal shows ``refused`` with the reasons, or ``refused_because`` with %1 filled."""
        self.status_label.hide()
        try:
            check()
            restore()
        except RecordInvalid as exc:
            self.show_error(refused + "\n" + "\n".join(translated_reason(self, v) for v in exc.violations))
            return False
        except VaultError as exc:
            self.show_error(refused_because.replace("%1", str(exc)))
            return False
        return True
