"""The register: search, facet filters, a sortable table on :class:`RegisterModel`."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sdapp.gui.clipboard import SecureClipboard
from sdapp.gui.labels import Labels
from sdapp.gui.register_model import Column, RegisterFilter, RegisterModel
from sdapp.gui.risk_common import NOT_ASSESSED, RISKY_NO, RISKY_STATES, RISKY_YES, risky_states
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault.db import Connection, DatabaseError
from sdapp.vault.dependencies import RegisterRow, list_rows

FIRST_PAGE = 2000
DEFAULT_HIDDEN = ("updated_at",)


class RegisterLoader(QThread):
    """Reads every register row on its own keyed connection, off the GUI thread."""

    loaded = Signal(list)

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn = conn

    def run(self) -> None:
        try:
            rows = list_rows(self._conn)
        except DatabaseError:
            return  # interrupted by cancel() (lock) or the vault closed: nothing to show
        finally:
            self._conn.close()
        self.loaded.emit(rows)

    def cancel(self) -> None:
        """Stop at once (on lock or reload): interrupt the query and wait for the thread."""
        with contextlib.suppress(DatabaseError):
            self._conn.interrupt()
        self.wait()


class RegisterTable(QTableView):
    """A table whose Ctrl+C goes through the wiping clipboard (Qt's own copy would not wipe)."""

    copyRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def register_columns(view: QWidget) -> list[Column]:
    """The register's columns; titles use the literal context "RegisterView" for Qt Linguist."""
    translate = QCoreApplication.translate
    return [
        Column("name", lambda: translate("RegisterView", "Name"), lambda r, lb: r.name, 300),
        Column("kind", lambda: translate("RegisterView", "Kind"), lambda r, lb: lb.kinds.get(r.kind, r.kind), 95),
        Column("domain", lambda: translate("RegisterView", "Domain"),
               lambda r, lb: lb.domains.get(r.domain, r.domain), 170),
        Column("lead_ministry", lambda: translate("RegisterView", "Ministry"), lambda r, lb: r.lead_ministry, 75),
        Column("status", lambda: translate("RegisterView", "Status"),
               lambda r, lb: lb.statuses.get(r.status, r.status), 115),
        Column("classification", lambda: translate("RegisterView", "Classification"),
               lambda r, lb: lb.levels.get(r.classification, r.classification), 145),
        Column("eu_lists", lambda: translate("RegisterView", "EU lists"),
               lambda r, lb: ", ".join(lb.eu_list_short.get(x, x) for x in r.eu_list_slugs()), 80),
        Column("review_date", lambda: translate("RegisterView", "Review date"), lambda r, lb: r.review_date or "", 110),
        Column("updated_at", lambda: translate("RegisterView", "Last change"),
               lambda r, lb: r.updated_at[:16].replace("T", " "), 130),
    ]


class RegisterView(QWidget):
    """Emits ``openRequested(id)`` when the user opens a record (double click or Enter)."""

    openRequested = Signal(str)
    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.setObjectName("registerView")
        self.model = RegisterModel(labels, register_columns(self), self)
        self._facets: dict[str, set[str]] = {}
        self._facet_buttons: dict[str, QToolButton] = {}
        self._loader: RegisterLoader | None = None
        self._changed_while_loading: set[str] = set()
        self._risky_stale = True  # the risky-strategic facet's lookup needs computing

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the register"))
        self._debounce = QTimer(self, singleShot=True, interval=60)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        facets = QHBoxLayout()
        facets.setSpacing(6)
        for key in ("domain", "lead_ministry", "status", "classification", "eu_lists", "risky"):
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(QMenu(button))
            button.menu().aboutToShow.connect(lambda k=key: self._fill_facet_menu(k))
            self._facet_buttons[key] = button
            facets.addWidget(button)
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        facets.addWidget(self.clear_button)
        facets.addStretch(1)
        self.count_label = QLabel(self)
        facets.addWidget(self.count_label)

        self.table = RegisterTable(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the spare width
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, col.width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        self.table.setAccessibleName(self.tr("Register of dependencies"))
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.clipboard = SecureClipboard(self)
        self.table.copyRequested.connect(self.copy_selection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addLayout(facets)
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #455a64; font-size: 12pt; padding: 24px;")
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint, 1)
        self.setTabOrder(self.search, self.table)

        self.session.dependencyChanged.connect(self._record_changed)
        self.session.registerReset.connect(self.reload)
        self.session.assessmentChanged.connect(self._assessments_changed)
        self.retranslate()
        self._apply_hidden_columns()
        self.reload()

    # texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, description, codes, tags  (Ctrl+F)"))
        titles = {
            "domain": self.tr("Domain"), "lead_ministry": self.tr("Ministry"), "status": self.tr("Status"),
            "classification": self.tr("Classification"), "eu_lists": self.tr("EU list"),
            "risky": self.tr("Risky strategic"),
        }
        for key, button in self._facet_buttons.items():
            chosen = len(self._facets.get(key, ()))
            button.setText(f"{titles[key]} ({chosen})" if chosen else titles[key])
            button.setAccessibleName(self.tr("Filter by %1").replace("%1", titles[key]))
        self.clear_button.setText(self.tr("Clear filters"))
        self._update_count()

    def set_labels(self, labels: Labels) -> None:
        self.model.set_labels(labels)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)
        self.retranslate()

    # data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the first page at once; a large register loads the rest in a reader thread."""
        self._stop_loader()
        self._risky_stale = True
        if self._facets.get("risky"):
            self._ensure_risky()
        first = self.session.vault.dependencies.rows(limit=FIRST_PAGE + 1)
        self.model.set_rows(first[:FIRST_PAGE])
        if len(first) > FIRST_PAGE:
            self._changed_while_loading.clear()
            self._loader = RegisterLoader(self.session.vault.reader(), self)
            self._loader.loaded.connect(self._loaded)
            self._loader.start()
        self._update_count()
        self.levelsChanged.emit()

    def _loaded(self, rows: list[RegisterRow]) -> None:
        current = self.selected_id()
        self.model.set_rows(rows)
        repo = self.session.vault.dependencies
        for dep_id in self._changed_while_loading:
            self.model.update_row(dep_id, repo.row(dep_id))
        self._changed_while_loading.clear()
        self._loader = None
        if current:
            self.select(current)
        self._update_count()
        self.levelsChanged.emit()

    def _stop_loader(self) -> None:
        if self._loader is not None:
            self._loader.loaded.disconnect(self._loaded)
            self._loader.cancel()
            self._loader = None

    def shutdown(self) -> None:
        self._stop_loader()

    def is_loading(self) -> bool:
        return self._loader is not None

    def _record_changed(self, dep_id: str) -> None:
        if self._loader is not None:
            self._changed_while_loading.add(dep_id)
        self.model.update_row(dep_id, self.session.vault.dependencies.row(dep_id))
        self.select(dep_id)
        self._update_count()
        self.levelsChanged.emit()

    def select(self, dep_id: str) -> None:
        row = self.model.visible_row_of(dep_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    # filters ---------------------------------------------------------------------------
    def apply_filter(self) -> None:
        current = self.selected_id()
        self.model.set_filter(RegisterFilter(self.search.text(), self._facets))
        if current:
            self.select(current)
        self._update_count()
        self.levelsChanged.emit()

    def set_facet(self, facet: str, values: set[str]) -> None:
        if facet == "risky" and values:
            self._ensure_risky()
        self._facets[facet] = set(values)
        self.retranslate()
        self.apply_filter()

    def clear_filters(self) -> None:
        self._facets.clear()
        self.search.clear()
        self.retranslate()
        self.apply_filter()

    def _fill_facet_menu(self, facet: str) -> None:
        menu = self._facet_buttons[facet].menu()
        menu.clear()
        lb = self.model.labels
        names = {"domain": lb.domains, "lead_ministry": lb.ministry_names, "status": lb.statuses,
                 "classification": lb.levels, "eu_lists": lb.eu_lists,
                 "risky": {RISKY_YES: self.tr("Yes"), RISKY_NO: self.tr("No"),
                           NOT_ASSESSED: self.tr("Not assessed")}}[facet]
        values = list(RISKY_STATES) if facet == "risky" else self.model.facet_values(facet)
        if facet == "eu_lists":
            values = ["", *values]
        chosen = self._facets.get(facet, set())
        for value in values:
            text = names.get(value, value) if value else self.tr("(on no EU list)")
            action = menu.addAction(text or self.tr("(none)"))
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.toggled.connect(lambda on, v=value, f=facet: self._toggle_facet(f, v, on))

    def _ensure_risky(self) -> None:
        """Risky strategic yes/no per dependency (absent: not assessed), from the newest
        assessments; computed once per reload or assessment change, not per keystroke."""
        if self._risky_stale:
            self._risky_stale = False
            self.model.set_lookup("risky", risky_states(self.session.vault.assessments), NOT_ASSESSED)

    def _assessments_changed(self, _dep_id: str) -> None:
        self._risky_stale = True
        if self._facets.get("risky"):
            self._ensure_risky()
            self.apply_filter()

    def _toggle_facet(self, facet: str, value: str, on: bool) -> None:
        chosen = set(self._facets.get(facet, set()))
        if on:
            chosen.add(value)
        else:
            chosen.discard(value)
        self.set_facet(facet, chosen)

    def _update_empty_hint(self) -> None:
        """An empty register says how to start instead of showing a blank table."""
        empty = self.model.total() == 0 and self._loader is None
        self.empty_hint.setText(self.tr("The register is empty. Add the first dependency with New dependency "
                                        "(Ctrl+N), or import a register file with: sdapp register import"))
        self.empty_hint.setVisible(empty)
        self.table.setVisible(not empty)

    def _update_count(self) -> None:
        self._update_empty_hint()
        if self._loader is not None:
            self.count_label.setText(self.tr("Loading the register…"))
            return
        self.count_label.setText(self.tr("%1 of %2 dependencies")
                                 .replace("%1", f"{self.model.rowCount():,}".replace(",", "."))
                                 .replace("%2", f"{self.model.total():,}".replace(",", ".")))

    # columns -----------------------------------------------------------------------------
    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for i, col in enumerate(self.model.columns):
            action = menu.addAction(col.title())
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.setEnabled(i != 0)
            action.toggled.connect(lambda on, c=i: self.set_column_visible(c, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.setColumnHidden(column, not visible)
        hidden = [c.key for i, c in enumerate(self.model.columns) if self.table.isColumnHidden(i)]
        self.prefs.set_hidden_columns(self.session.vault.vault_id, self.session.vault.actor.user, hidden)

    def _apply_hidden_columns(self) -> None:
        saved = self.prefs.hidden_columns(self.session.vault.vault_id, self.session.vault.actor.user)
        hidden = set(saved) if saved is not None else set(DEFAULT_HIDDEN)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnHidden(i, col.key in hidden and i != 0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.row_at(index.row()).id)

    def copy_selection(self) -> None:
        """Ctrl+C: the selected row's visible cells, tab-separated; wiped from the clipboard in 30 s."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        cells = [str(self.model.data(self.model.index(index.row(), c)) or "")
                 for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        self.clipboard.copy("\t".join(cells))

    def displayed_levels(self) -> set[str]:
        return self.model.visible_levels()
