"""The risk settings of a vault: the risk matrix and the likelihood rules, as data users edit.

Two tabs:

* **Risk matrix** - the risk levels (labels and colours), the 5x5 grid (impact x likelihood ->
  risk level) and the risky-strategic thresholds. Saving stores a *new* matrix version; earlier
  assessments keep the version they were scored under, so the list of versions is the history.
* **Likelihood rules** - the base classes by concentration (HHI) and the adjustments that move
  the suggested likelihood up or down.

The dialog checks what it can say plainly (empty labels, numbers, bounds) before the vault
validates the document with :func:`sdapp.core.risk.parse_matrix` / ``parse_rules``; a refusal
of either is shown inline in red and nothing is stored. Writes go through the session
(:meth:`Session.save_matrix`, :meth:`Session.save_rules`), which tells the views.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt
from PySide6.QtGui import QCloseEvent, QColor, QFont, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import ReferenceDataError
from sdapp.core.model import LIKELIHOOD_CODES
from sdapp.core.risk import RULE_INDICATORS, RiskMatrix, parse_matrix
from sdapp.gui.labels import Labels
from sdapp.gui.risk_common import text_colour
from sdapp.gui.session import Session
from sdapp.vault.errors import VaultError

IMPACTS_TOP_DOWN = tuple(reversed(LIKELIHOOD_CODES))  # grid rows: E (highest impact) at the top
ERROR_COLOUR = "#c62828"
OK_COLOUR = "#2e7d32"
NOTE_COLOUR = "#546e7a"
RISKY_BORDER = "#263238"
GRID_ROW_HEIGHT = 60
_CODE = re.compile(r"^[a-z0-9][a-z0-9-]*$")

# level table columns
L_CODE, L_NL, L_EN, L_COLOUR = range(4)
# base table columns
B_MIN, B_CLASS, B_NL, B_EN = range(4)
# adjustment table columns
A_INDICATOR, A_MIN, A_MAX, A_DELTA, A_NL, A_EN = range(6)


@dataclass
class _Level:
    """One row of the risk-level editor (highest rank first); ``stored`` levels keep their code."""

    code: str
    nl: str
    en: str
    colour: str
    stored: bool


def _swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _number_text(value: float | None) -> str:
    return "" if value is None else QLocale().toString(float(value), "g", 6)


def _parse_number(text: str) -> float | None:
    """A number as typed (either decimal sign); None when empty; ValueError when not a number."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    return float(text.replace(",", "."))  # no thousands separators: these are shares, days and ranks


def _set_message(label: QLabel, text: str, kind: str) -> None:
    """Show ``text`` under a tab: ``kind`` is "state" (unsaved changes), "saved" or "error" (red)."""
    colour = {"error": ERROR_COLOUR, "saved": OK_COLOUR}.get(kind, "state")
    label.setText(text)
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
    label.setProperty("kind", kind)


def _table(parent: QWidget, headers: list[str], row_height: int = 34) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setWordWrap(False)
    return table


def _footer(page: QWidget, message_name: str, defaults_text: str, defaults_tip: str,
            on_defaults: Callable[[], object], save_text: str,
            on_save: Callable[[], object]) -> tuple[QLabel, QPushButton, QPushButton, QHBoxLayout]:
    """A tab's bottom row: the inline message, "load the defaults" and the save button."""
    message = QLabel(page)
    message.setWordWrap(True)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    message.setAccessibleName(message_name)
    defaults = QPushButton(defaults_text, page)
    defaults.setToolTip(defaults_tip)
    defaults.clicked.connect(lambda _checked=False: on_defaults())
    save = QPushButton(save_text, page)
    save.setDefault(False)
    save.setAutoDefault(False)
    save.clicked.connect(lambda _checked=False: on_save())
    row = QHBoxLayout()
    row.addWidget(message, 1)
    row.addWidget(defaults, 0, Qt.AlignmentFlag.AlignBottom)
    row.addWidget(save, 0, Qt.AlignmentFlag.AlignBottom)
    return message, defaults, save, row


class RiskSettingsDialog(QDialog):
    """Edit the risk matrix (saved as a new version) and the likelihood rules of the open vault."""

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = session.ref
        self.labels = labels
        self.setObjectName("riskSettingsDialog")
        self.setWindowTitle(self.tr("Risk matrix and rules"))
        self.setMinimumSize(QSize(1000, 680))
        self.resize(1180, 760)
        self._matrix: RiskMatrix = session.vault.assessments.matrix()
        self._levels: list[_Level] = []
        self._matrix_baseline: dict[str, Any] = {}
        self._rules_note: Any = None
        self._rules_dirty = False
        self._loading = False

        self.tabs = QTabWidget(self)
        self.matrix_tab = self._build_matrix_tab()
        self.rules_tab = self._build_rules_tab()
        self.tabs.addTab(self.matrix_tab, self.tr("Risk matrix"))
        self.tabs.addTab(self.rules_tab, self.tr("Likelihood rules"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.request_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.load_matrix()
        self.load_rules()

    # common ---------------------------------------------------------------------------------
    def _language(self) -> str:
        return self.labels.language

    def _scale_text(self, code: str, impact: bool, sep: str = " · ") -> str:
        scale = self.ref.impact_scale if impact else self.ref.likelihood_scale
        for s in scale:
            if s.code == code:
                return f"{code}{sep}{s.label.text(self._language())}"
        return code

    def _class_combo(self, parent: QWidget, impact: bool) -> QComboBox:
        combo = QComboBox(parent)
        for code in LIKELIHOOD_CODES:
            combo.addItem(self._scale_text(code, impact), code)
        return combo

    def is_dirty(self) -> bool:
        """Unsaved edits in either tab."""
        return self.matrix_dirty() or self._rules_dirty

    def request_close(self) -> bool:
        """Close, asking first when there are unsaved edits; False when the user stays."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Discard the unsaved changes to the risk matrix or the likelihood rules?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return False
        self.reject()  # reject() itself never asks: locking the vault closes the dialog as it is
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the user's own close (the title bar) asks; a programmatic close() never blocks.
        if event.spontaneous() and self.is_dirty() and not self.request_close():
            event.ignore()
            return
        super().closeEvent(event)

    # the risk matrix tab ------------------------------------------------------------------------
    def _build_matrix_tab(self) -> QWidget:
        page = QWidget(self)
        self.matrix_title = QLabel(page)
        font = QFont(self.matrix_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.matrix_title.setFont(font)
        intro = QLabel(self.tr("Every save stores a new version of the matrix. Assessments keep the version "
                               "they were scored under; new assessments use the newest version."), page)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"QLabel {{ color: {NOTE_COLOUR}; }}")

        # risk levels
        levels_box = QGroupBox(self.tr("Risk levels (highest first)"), page)
        self.levels_table = _table(levels_box, [self.tr("Code"), self.tr("Dutch label"), self.tr("English label"),
                                                self.tr("Colour")])
        header = self.levels_table.horizontalHeader()
        header.setSectionResizeMode(L_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(L_NL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(L_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(L_COLOUR, QHeaderView.ResizeMode.Fixed)
        self.levels_table.setColumnWidth(L_COLOUR, 120)
        self.levels_table.itemChanged.connect(self._level_item_changed)
        self.levels_table.itemSelectionChanged.connect(self._update_level_buttons)
        self.add_level_button = QPushButton(self.tr("Add level"), levels_box)
        self.remove_level_button = QPushButton(self.tr("Remove level"), levels_box)
        self.level_up_button = QPushButton(self.tr("Move up"), levels_box)
        self.level_down_button = QPushButton(self.tr("Move down"), levels_box)
        self.level_up_button.setToolTip(self.tr("Rank this level one step higher"))
        self.level_down_button.setToolTip(self.tr("Rank this level one step lower"))
        self.add_level_button.clicked.connect(self.add_level)
        self.remove_level_button.clicked.connect(lambda: self.remove_level(self.levels_table.currentRow()))
        self.level_up_button.clicked.connect(lambda: self.move_level(self.levels_table.currentRow(), -1))
        self.level_down_button.clicked.connect(lambda: self.move_level(self.levels_table.currentRow(), 1))
        level_buttons = QHBoxLayout()
        for b in (self.add_level_button, self.remove_level_button):
            level_buttons.addWidget(b)
        level_buttons.addStretch(1)
        for b in (self.level_up_button, self.level_down_button):
            level_buttons.addWidget(b)
        levels_layout = QVBoxLayout(levels_box)
        levels_layout.addWidget(self.levels_table, 1)
        levels_layout.addLayout(level_buttons)

        # versions
        versions_box = QGroupBox(self.tr("Versions"), page)
        self.versions_table = _table(versions_box, [self.tr("Version"), self.tr("Created"), self.tr("Author")], 28)
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.versions_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        vheader = self.versions_table.horizontalHeader()
        vheader.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        vheader.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        vheader.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.versions_table.setToolTip(self.tr("Double-click a version to edit a copy of it"))
        self.versions_table.cellDoubleClicked.connect(self._version_activated)
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.addWidget(self.versions_table)

        # the grid
        grid_box = QGroupBox(self.tr("Grid: impact (rows) × likelihood (columns)"), page)
        self.grid_table = QTableWidget(len(IMPACTS_TOP_DOWN), len(LIKELIHOOD_CODES), grid_box)
        self.grid_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid_table.setShowGrid(False)
        self.grid_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid_table.verticalHeader().setDefaultSectionSize(GRID_ROW_HEIGHT)
        self.grid_table.setAccessibleName(self.tr("Risk matrix grid"))
        self._cells: dict[tuple[str, str], QComboBox] = {}
        for row, impact in enumerate(IMPACTS_TOP_DOWN):
            for column, likelihood in enumerate(LIKELIHOOD_CODES):
                combo = QComboBox(self.grid_table)
                combo.setAccessibleName(self.tr("Impact %1, likelihood %2").replace("%1", impact)
                                        .replace("%2", likelihood))
                combo.currentIndexChanged.connect(self._cell_changed)
                holder = QWidget(self.grid_table)
                holder_layout = QVBoxLayout(holder)
                holder_layout.setContentsMargins(3, 3, 3, 3)
                holder_layout.addWidget(combo)
                self.grid_table.setCellWidget(row, column, holder)
                self._cells[(impact, likelihood)] = combo
        # likelihood labels one word a line: "Zeer onwaarschijnlijk" fits a fifth of the grid
        self.grid_table.setHorizontalHeaderLabels([self._scale_text(c, impact=False, sep="\n").replace(" ", "\n")
                                                   for c in LIKELIHOOD_CODES])
        self.grid_table.setVerticalHeaderLabels([self._scale_text(c, impact=True, sep="  ")
                                                 for c in IMPACTS_TOP_DOWN])
        self.grid_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid_table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                              | Qt.AlignmentFlag.AlignVCenter)
        self.grid_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.grid_table.setFixedHeight(self.grid_table.horizontalHeader().sizeHint().height()
                                       + GRID_ROW_HEIGHT * len(IMPACTS_TOP_DOWN) + 2 * self.grid_table.frameWidth())
        grid_note = QLabel(self.tr("Cells with a dark border are risky strategic (see the thresholds below)."),
                           grid_box)
        grid_note.setWordWrap(True)
        grid_note.setStyleSheet(f"QLabel {{ color: {NOTE_COLOUR}; }}")
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.addWidget(self.grid_table)
        grid_layout.addWidget(grid_note)

        # risky-strategic thresholds
        risky_box = QGroupBox(self.tr("Risky strategic"), page)
        self.min_impact_combo = self._class_combo(risky_box, impact=True)
        self.min_likelihood_combo = self._class_combo(risky_box, impact=False)
        for combo in (self.min_impact_combo, self.min_likelihood_combo):
            combo.currentIndexChanged.connect(self._threshold_changed)
        risky_note = QLabel(self.tr("A dependency is risky strategic when both hold: it is crucial for public "
                                    "interests (impact at least the minimum) and its supply is likely to be "
                                    "disrupted (likelihood at least the minimum)."), risky_box)
        risky_note.setWordWrap(True)
        risky_note.setStyleSheet(f"QLabel {{ color: {NOTE_COLOUR}; }}")
        risky_form = QFormLayout()
        risky_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        risky_form.addRow(self.tr("Minimum impact:"), self.min_impact_combo)
        risky_form.addRow(self.tr("Minimum likelihood:"), self.min_likelihood_combo)
        risky_layout = QVBoxLayout(risky_box)
        risky_layout.addLayout(risky_form)
        risky_layout.addWidget(risky_note)

        left = QVBoxLayout()
        left.addWidget(grid_box)
        left.addWidget(risky_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(levels_box, 3)
        right.addWidget(versions_box, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 6)
        columns.addLayout(right, 5)

        self.matrix_message, self.matrix_defaults_button, self.save_matrix_button, bottom = _footer(
            page, self.tr("Risk matrix message"), self.tr("Load the national default"),
            self.tr("Fill the editor with the national default matrix; nothing is stored until you save"),
            self.load_default_matrix, self.tr("Save as new version"), self.save_matrix)

        layout = QVBoxLayout(page)
        layout.addWidget(self.matrix_title)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        return page

    def load_matrix(self, version: int | None = None) -> None:
        """Fill the editor from the vault's newest matrix and list the versions. With ``version``,
        the editor then holds a copy of that older version (saving makes it the newest)."""
        repo = self.session.vault.assessments
        self._matrix = repo.matrix()
        self._fill_matrix_editor(self._matrix)
        self._fill_versions(repo.matrix_history())
        self.matrix_title.setText(self.tr("%1 - current version %2")
                                  .replace("%1", self._matrix.name.text(self._language()))
                                  .replace("%2", str(self._matrix.version)))
        self._matrix_baseline = self.matrix_document()
        _set_message(self.matrix_message, "", "state")
        if version is not None and version != self._matrix.version:
            self._fill_matrix_editor(repo.matrix(version))
        self._update_matrix_state()

    def _version_activated(self, row: int, _column: int) -> None:
        item = self.versions_table.item(row, 0)
        version = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(version, int):
            self.load_matrix(version)

    def load_default_matrix(self) -> None:
        """Put the national default in the editor (saved only as a new version, when the user saves)."""
        self._fill_matrix_editor(parse_matrix(self.ref.default_matrix, 1))
        self._update_matrix_state()

    def _fill_matrix_editor(self, matrix: RiskMatrix) -> None:
        self._loading = True
        try:
            self._levels = [_Level(lv.code, lv.label.nl, lv.label.en, QColor(lv.colour).name(), True)
                            for lv in sorted(matrix.levels, key=lambda lv: -lv.rank)]
            stored = {lv.code for lv in self._matrix.levels}
            for lv in self._levels:
                lv.stored = lv.code in stored
            self._fill_levels()
            for (impact, likelihood), combo in self._cells.items():
                combo.setCurrentIndex(max(0, combo.findData(matrix.grid[impact][likelihood])))
            self.min_impact_combo.setCurrentIndex(self.min_impact_combo.findData(matrix.min_impact))
            self.min_likelihood_combo.setCurrentIndex(self.min_likelihood_combo.findData(matrix.min_likelihood))
        finally:
            self._loading = False
        self._style_cells()

    def _fill_versions(self, history: list[tuple[int, str, str]]) -> None:
        table = self.versions_table
        table.setRowCount(len(history))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (version, created, author) in enumerate(sorted(history, reverse=True)):
            current = version == self._matrix.version
            number = self.tr("%1 (current)").replace("%1", str(version)) if current else str(version)
            when = QDateTime.fromString(created, Qt.DateFormat.ISODateWithMs)
            created_text = (QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
                            if when.isValid() else "-")
            author_text = self.tr("sdapp (national default)") if version == 1 and author == "sdapp" else author
            for column, text in enumerate((number, created_text, author_text)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, version)
                if current:
                    item.setFont(bold)
                table.setItem(row, column, item)

    # risk levels
    def _level_text(self, level: _Level) -> str:
        text = level.nl if self._language() == "nl" else level.en
        return text.strip() or level.code

    def _fill_levels(self) -> None:
        table = self.levels_table
        was_loading, self._loading = self._loading, True
        try:
            table.setRowCount(len(self._levels))
            for row, level in enumerate(self._levels):
                code = QTableWidgetItem(level.code)
                if level.stored:
                    code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    code.setForeground(QColor(NOTE_COLOUR))
                    code.setToolTip(self.tr("The code of a stored level cannot change: earlier versions refer "
                                            "to it."))
                else:
                    code.setToolTip(self.tr("Lower-case letters, digits and hyphens"))
                table.setItem(row, L_CODE, code)
                table.setItem(row, L_NL, QTableWidgetItem(level.nl))
                table.setItem(row, L_EN, QTableWidgetItem(level.en))
                button = QPushButton(table)
                button.setAccessibleName(self.tr("Colour"))
                button.setToolTip(self.tr("Choose the colour of this level"))
                button.clicked.connect(lambda _checked=False, b=button: self._choose_colour(b))
                table.setCellWidget(row, L_COLOUR, button)
                self._style_colour_button(row)
        finally:
            self._loading = was_loading
        self._fill_cell_items()
        self._update_level_buttons()

    def _style_colour_button(self, row: int) -> None:
        button = self.levels_table.cellWidget(row, L_COLOUR)
        if isinstance(button, QPushButton):
            colour = self._levels[row].colour
            button.setIcon(_swatch(colour))
            button.setText(colour)

    def _choose_colour(self, button: QPushButton) -> None:
        row = next((r for r in range(self.levels_table.rowCount())
                    if self.levels_table.cellWidget(r, L_COLOUR) is button), -1)
        if row < 0:
            return
        level = self._levels[row]
        title = self.tr("Colour of %1").replace("%1", self._level_text(level))
        chosen = QColorDialog.getColor(QColor(level.colour), self, title)
        if chosen.isValid():
            self.set_level_colour(row, chosen.name())

    def set_level_colour(self, row: int, colour: str) -> None:
        """Give risk level ``row`` the colour ``colour`` (#rrggbb)."""
        self._levels[row].colour = QColor(colour).name()
        self._style_colour_button(row)
        self._fill_cell_items()
        self._update_matrix_state()

    def _level_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row, column = item.row(), item.column()
        if not 0 <= row < len(self._levels):
            return
        level = self._levels[row]
        if column == L_CODE and not level.stored:
            old, level.code = level.code, item.text().strip()
            for combo in self._cells.values():
                index = combo.findData(old)
                if index >= 0:
                    combo.setItemData(index, level.code)
        elif column == L_NL:
            level.nl = item.text()
        elif column == L_EN:
            level.en = item.text()
        self._fill_cell_items()
        self._update_matrix_state()

    def _update_level_buttons(self) -> None:
        row = self.levels_table.currentRow()
        valid = 0 <= row < len(self._levels)
        self.remove_level_button.setEnabled(valid and len(self._levels) > 1)
        self.level_up_button.setEnabled(valid and row > 0)
        self.level_down_button.setEnabled(valid and row < len(self._levels) - 1)

    def add_level(self) -> None:
        """A new level above the selected one (at the top when none is), with a free code; the user
        names it and may move it."""
        codes = {lv.code for lv in self._levels}
        n = len(self._levels) + 1
        while f"level-{n}" in codes:
            n += 1
        row = max(0, self.levels_table.currentRow())
        self._levels.insert(row, _Level(f"level-{n}", "", "", "#9e9e9e", False))
        self._fill_levels()
        self.levels_table.setCurrentCell(row, L_NL)
        self.levels_table.editItem(self.levels_table.item(row, L_NL))
        self._update_matrix_state()

    def remove_level(self, row: int) -> bool:
        """Remove level ``row`` unless a grid cell still uses it (then say so)."""
        if not 0 <= row < len(self._levels):
            return False
        level = self._levels[row]
        if len(self._levels) == 1:
            _set_message(self.matrix_message, self.tr("The matrix needs at least one risk level."), "error")
            return False
        used = sorted(f"{i}{k}" for (i, k), combo in self._cells.items() if combo.currentData() == level.code)
        if used:
            _set_message(self.matrix_message,
                         self.tr("The level %1 is used in the grid (impact and likelihood %2): give those cells "
                                 "another level first.").replace("%1", self._level_text(level))
                         .replace("%2", ", ".join(used)), "error")
            return False
        del self._levels[row]
        self._fill_levels()
        self._update_matrix_state()
        return True

    def move_level(self, row: int, step: int) -> None:
        """Move level ``row`` up (-1, one rank higher) or down (+1, one rank lower) in the table."""
        target = row + step
        if not (0 <= row < len(self._levels) and 0 <= target < len(self._levels)):
            return
        self._levels[row], self._levels[target] = self._levels[target], self._levels[row]
        self._fill_levels()
        self.levels_table.setCurrentCell(target, L_NL)
        self._update_matrix_state()

    # the grid
    def cell_combo(self, impact: str, likelihood: str) -> QComboBox:
        """The combo box of grid cell ``impact`` x ``likelihood`` (its data: the level code)."""
        return self._cells[(impact, likelihood)]

    def set_cell(self, impact: str, likelihood: str, code: str) -> None:
        combo = self.cell_combo(impact, likelihood)
        index = combo.findData(code)
        if index < 0:
            raise KeyError(code)
        combo.setCurrentIndex(index)

    def _fill_cell_items(self) -> None:
        """Every cell combo lists the levels (highest first), keeping its choice."""
        was_loading, self._loading = self._loading, True
        try:
            for combo in self._cells.values():
                current = combo.currentData()
                combo.blockSignals(True)
                combo.clear()
                for level in self._levels:
                    combo.addItem(self._level_text(level), level.code)
                    index = combo.count() - 1
                    combo.setItemData(index, QColor(level.colour), Qt.ItemDataRole.BackgroundRole)
                    combo.setItemData(index, QColor(text_colour(level.colour)), Qt.ItemDataRole.ForegroundRole)
                combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
                combo.blockSignals(False)
        finally:
            self._loading = was_loading
        self._style_cells()

    def _style_cells(self) -> None:
        colours = {lv.code: lv.colour for lv in self._levels}
        min_i = LIKELIHOOD_CODES.index(str(self.min_impact_combo.currentData() or "E"))
        min_l = LIKELIHOOD_CODES.index(str(self.min_likelihood_combo.currentData() or "E"))
        for (impact, likelihood), combo in self._cells.items():
            colour = colours.get(str(combo.currentData()), "#ffffff")
            risky = LIKELIHOOD_CODES.index(impact) >= min_i and LIKELIHOOD_CODES.index(likelihood) >= min_l
            border = f"3px solid {RISKY_BORDER}" if risky else "1px solid #9e9e9e"
            combo.setStyleSheet(f"QComboBox {{ background: {colour}; color: {text_colour(colour)}; "
                                f"border: {border}; border-radius: 3px; padding: 2px 4px; }}")
            combo.setToolTip(self.tr("Impact %1, likelihood %2").replace("%1", impact).replace("%2", likelihood)
                             + (" - " + self.tr("risky strategic") if risky else ""))

    def _cell_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._style_cells()
        self._update_matrix_state()

    def _threshold_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._style_cells()
        self._update_matrix_state()

    # the document
    def matrix_document(self) -> dict[str, Any]:
        """The edited matrix in the shape of :meth:`RiskMatrix.to_dict`: levels lowest first, ranks
        1, 2, ... in the table's order (the table lists the highest first)."""
        return {
            "name": {"nl": self._matrix.name.nl, "en": self._matrix.name.en},
            "risk_levels": [{"code": lv.code, "rank": rank, "label": {"nl": lv.nl.strip(), "en": lv.en.strip()},
                             "colour": lv.colour} for rank, lv in enumerate(reversed(self._levels), start=1)],
            "grid": {impact: {likelihood: str(self._cells[(impact, likelihood)].currentData() or "")
                              for likelihood in LIKELIHOOD_CODES} for impact in IMPACTS_TOP_DOWN},
            "risky_strategic": {"min_impact": str(self.min_impact_combo.currentData()),
                                "min_likelihood": str(self.min_likelihood_combo.currentData())},
        }

    def matrix_dirty(self) -> bool:
        return self.matrix_document() != self._matrix_baseline

    def _update_matrix_state(self) -> None:
        dirty = self.matrix_dirty()
        self.save_matrix_button.setEnabled(dirty)
        if self.matrix_message.property("kind") != "error" or not dirty:
            text = self.tr("Unsaved changes: saving stores version %1.").replace("%1", str(self._matrix.version + 1)) \
                if dirty else ""
            _set_message(self.matrix_message, text, "state")

    def matrix_problems(self) -> list[str]:
        """What the dialog refuses before asking the vault (empty labels, bad or repeated codes)."""
        problems: list[str] = []
        seen: set[str] = set()
        for row, level in enumerate(self._levels, start=1):
            name = str(row)
            if not level.code:
                problems.append(self.tr("Risk level %1: the code is required.").replace("%1", name))
            elif not _CODE.match(level.code):
                problems.append(self.tr("Risk level %1: the code may hold only lower-case letters, digits and "
                                        "hyphens.").replace("%1", name))
            elif level.code in seen:
                problems.append(self.tr("Risk level %1: the code %2 is used twice.").replace("%1", name)
                                .replace("%2", level.code))
            seen.add(level.code)
            if not level.nl.strip():
                problems.append(self.tr("Risk level %1: the Dutch label is required.").replace("%1", name))
            if not level.en.strip():
                problems.append(self.tr("Risk level %1: the English label is required.").replace("%1", name))
        return problems

    def save_matrix(self) -> bool:
        """Store the edited matrix as a new version; False (nothing stored) when it is refused."""
        problems = self.matrix_problems()
        if problems:
            self._matrix_error(self.tr("Not saved.") + " " + " ".join(problems))
            return False
        try:
            matrix = self.session.save_matrix(self.matrix_document())
        except ReferenceDataError as exc:
            self._matrix_error(self.tr("Not saved: the vault refused the matrix (%1).").replace("%1", str(exc)))
            return False
        except VaultError as exc:
            self._matrix_error(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.load_matrix()
        _set_message(self.matrix_message, self.tr("Saved as version %1. Earlier assessments keep their version.")
                     .replace("%1", str(matrix.version)), "saved")
        return True

    def _matrix_error(self, text: str) -> None:
        _set_message(self.matrix_message, text, "error")

    # the likelihood rules tab -------------------------------------------------------------------
    def _build_rules_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("The rules suggest a likelihood class from the supply evidence. The base class "
                               "follows the concentration (HHI) at the bottleneck stage; each adjustment that "
                               "applies moves the class up or down. In an explanation, %1 stands for the "
                               "measured value. Analysts may depart from the suggestion with a justification."),
                       page)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"QLabel {{ color: {NOTE_COLOUR}; }}")

        base_box = QGroupBox(self.tr("Base classes by concentration"), page)
        self.base_table = _table(base_box, [self.tr("Minimum HHI"), self.tr("Likelihood"),
                                            self.tr("Explanation (Dutch)"), self.tr("Explanation (English)")])
        header = self.base_table.horizontalHeader()
        header.setSectionResizeMode(B_MIN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(B_CLASS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(B_NL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(B_EN, QHeaderView.ResizeMode.Stretch)
        self.base_table.setColumnWidth(B_MIN, 120)
        self.base_table.setColumnWidth(B_CLASS, 210)
        self.base_table.itemChanged.connect(self._rules_item_changed)
        self.add_base_button = QPushButton(self.tr("Add threshold"), base_box)
        self.remove_base_button = QPushButton(self.tr("Remove threshold"), base_box)
        self.add_base_button.clicked.connect(lambda: self.add_base_row())
        self.remove_base_button.clicked.connect(lambda: self._remove_row(self.base_table))
        base_buttons = QHBoxLayout()
        base_buttons.addWidget(self.add_base_button)
        base_buttons.addWidget(self.remove_base_button)
        base_buttons.addStretch(1)
        base_note = QLabel(self.tr("A dependency gets the class of the highest threshold its HHI reaches "
                                   "(0 = spread over many countries, 1 = one country)."), base_box)
        base_note.setStyleSheet(f"QLabel {{ color: {NOTE_COLOUR}; }}")
        base_buttons.addWidget(base_note)
        base_layout = QVBoxLayout(base_box)
        base_layout.addWidget(self.base_table, 1)
        base_layout.addLayout(base_buttons)

        adjust_box = QGroupBox(self.tr("Adjustments"), page)
        self.adjust_table = _table(adjust_box, [self.tr("Indicator"), self.tr("Minimum"), self.tr("Maximum"),
                                                self.tr("Change"), self.tr("Explanation (Dutch)"),
                                                self.tr("Explanation (English)")])
        header = self.adjust_table.horizontalHeader()
        header.setSectionResizeMode(A_INDICATOR, QHeaderView.ResizeMode.ResizeToContents)
        for column in (A_MIN, A_MAX, A_DELTA):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(A_NL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(A_EN, QHeaderView.ResizeMode.Stretch)
        bounds_tip = self.tr("Leave empty for no bound. Shares are fractions: 0.5 is 50 %.")
        for column in (A_MIN, A_MAX):
            head = self.adjust_table.horizontalHeaderItem(column)
            if head is not None:
                head.setToolTip(bounds_tip)
        delta_head = self.adjust_table.horizontalHeaderItem(A_DELTA)
        if delta_head is not None:
            delta_head.setToolTip(self.tr("Classes to move the likelihood: +1 one class higher, -1 one lower"))
        self.adjust_table.itemChanged.connect(self._rules_item_changed)
        self.add_adjust_button = QPushButton(self.tr("Add adjustment"), adjust_box)
        self.remove_adjust_button = QPushButton(self.tr("Remove adjustment"), adjust_box)
        self.add_adjust_button.clicked.connect(lambda: self.add_adjustment_row())
        self.remove_adjust_button.clicked.connect(lambda: self._remove_row(self.adjust_table))
        adjust_buttons = QHBoxLayout()
        adjust_buttons.addWidget(self.add_adjust_button)
        adjust_buttons.addWidget(self.remove_adjust_button)
        adjust_buttons.addStretch(1)
        adjust_note = QLabel(bounds_tip, adjust_box)
        adjust_note.setStyleSheet(f"QLabel {{ color: {NOTE_COLOUR}; }}")
        adjust_buttons.addWidget(adjust_note)
        adjust_layout = QVBoxLayout(adjust_box)
        adjust_layout.addWidget(self.adjust_table, 1)
        adjust_layout.addLayout(adjust_buttons)

        self.rules_message, self.rules_defaults_button, self.save_rules_button, bottom = _footer(
            page, self.tr("Likelihood rules message"), self.tr("Load the national defaults"),
            self.tr("Fill the tables with the national default rules; nothing is stored until you save"),
            self.load_default_rules, self.tr("Save rules"), self.save_rules)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(base_box, 4)
        layout.addWidget(adjust_box, 5)
        layout.addLayout(bottom)
        return page

    def _indicator_text(self, indicator: str) -> str:
        texts = {
            "hhi": self.tr("Concentration (HHI, 0-1)"),
            "top1_share": self.tr("Share of the largest supplier country (0-1)"),
            "strained_share": self.tr("Share from countries with strained relations (0-1)"),
            "eu_share": self.tr("Share from EU member states (0-1)"),
            "import_reliance": self.tr("Import reliance (0-1)"),
            "stock_coverage_days": self.tr("Stock coverage (days)"),
            "substitutability_rank": self.tr("Substitutability (rank, 1 = hardly or not)"),
        }
        return texts.get(indicator, indicator)

    def load_rules(self) -> None:
        """Fill the tables from the vault's rules."""
        self._fill_rules(self.session.vault.assessments.rules_document())
        _set_message(self.rules_message, "", "state")
        self._set_rules_dirty(False)

    def load_default_rules(self) -> None:
        self._fill_rules(copy.deepcopy(dict(self.ref.default_likelihood_rules)))
        self._set_rules_dirty(True)

    def _fill_rules(self, doc: dict[str, Any]) -> None:
        self._rules_note = doc.get("note")
        self._loading = True
        try:
            self.base_table.setRowCount(0)
            self.adjust_table.setRowCount(0)
            for b in doc.get("base", []):
                why = b.get("why", {})
                self.add_base_row(float(b.get("min_hhi", 0.0)), str(b.get("class", "A")), str(why.get("nl", "")),
                                  str(why.get("en", "")))
            for a in doc.get("adjustments", []):
                why = a.get("why", {})
                self.add_adjustment_row(str(a.get("indicator", RULE_INDICATORS[0])), a.get("min"), a.get("max"),
                                        int(a.get("delta", 1)), str(why.get("nl", "")), str(why.get("en", "")))
        finally:
            self._loading = False

    def add_base_row(self, min_hhi: float = 0.0, cls: str = "C", nl: str = "", en: str = "") -> int:
        table = self.base_table
        row = table.rowCount()
        was_loading, self._loading = self._loading, True
        try:
            table.insertRow(row)
            spin = QDoubleSpinBox(table)
            spin.setRange(0.0, 1.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
            spin.setValue(min_hhi)
            spin.setAccessibleName(self.tr("Minimum HHI"))
            spin.valueChanged.connect(lambda _v: self._rules_edited())
            table.setCellWidget(row, B_MIN, spin)
            combo = self._class_combo(table, impact=False)
            combo.setCurrentIndex(max(0, combo.findData(cls)))
            combo.setAccessibleName(self.tr("Likelihood"))
            combo.currentIndexChanged.connect(lambda _i: self._rules_edited())
            table.setCellWidget(row, B_CLASS, combo)
            for column, text in ((B_NL, nl), (B_EN, en)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        finally:
            self._loading = was_loading
        if not self._loading:
            table.setCurrentCell(row, B_NL)
            self._rules_edited()
        return row

    def add_adjustment_row(self, indicator: str = RULE_INDICATORS[0], low: float | None = None,
                           high: float | None = None, delta: int = 1, nl: str = "", en: str = "") -> int:
        table = self.adjust_table
        row = table.rowCount()
        was_loading, self._loading = self._loading, True
        try:
            table.insertRow(row)
            combo = QComboBox(table)
            for name in RULE_INDICATORS:
                combo.addItem(self._indicator_text(name), name)
            combo.setCurrentIndex(max(0, combo.findData(indicator)))
            combo.setAccessibleName(self.tr("Indicator"))
            combo.currentIndexChanged.connect(lambda _i: self._rules_edited())
            table.setCellWidget(row, A_INDICATOR, combo)
            for column, value in ((A_MIN, low), (A_MAX, high)):
                item = QTableWidgetItem(_number_text(None if value is None else float(value)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            spin = QSpinBox(table)
            spin.setRange(-4, 4)
            spin.setValue(delta)
            spin.setAccessibleName(self.tr("Change"))
            spin.valueChanged.connect(lambda _v: self._rules_edited())
            table.setCellWidget(row, A_DELTA, spin)
            for column, text in ((A_NL, nl), (A_EN, en)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        finally:
            self._loading = was_loading
        if not self._loading:
            table.setCurrentCell(row, A_NL)
            self._rules_edited()
        return row

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        self._rules_edited()

    def base_min_spin(self, row: int) -> QDoubleSpinBox:
        spin = self.base_table.cellWidget(row, B_MIN)
        assert isinstance(spin, QDoubleSpinBox)
        return spin

    def _rules_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        item.setToolTip(item.text())
        self._rules_edited()

    def _rules_edited(self) -> None:
        if self._loading:
            return
        self._set_rules_dirty(True)

    def _set_rules_dirty(self, dirty: bool) -> None:
        self._rules_dirty = dirty
        self.save_rules_button.setEnabled(dirty)
        if dirty and self.rules_message.property("kind") != "error":
            _set_message(self.rules_message, self.tr("Unsaved changes."), "state")

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rules_document(self) -> tuple[dict[str, Any], list[str]]:
        """The edited rules in the shape of likelihood_rules.json, and what is wrong with them."""
        problems: list[str] = []
        base: list[dict[str, Any]] = []
        seen: set[float] = set()
        for row in range(self.base_table.rowCount()):
            name = str(row + 1)
            spin = self.base_min_spin(row)
            combo = self.base_table.cellWidget(row, B_CLASS)
            assert isinstance(combo, QComboBox)
            min_hhi = round(spin.value(), spin.decimals())
            nl, en = self._text(self.base_table, row, B_NL), self._text(self.base_table, row, B_EN)
            if min_hhi in seen:
                problems.append(self.tr("Threshold %1: another threshold has the same minimum HHI.")
                                .replace("%1", name))
            seen.add(min_hhi)
            if not nl or not en:
                problems.append(self.tr("Threshold %1: the Dutch and English explanations are required.")
                                .replace("%1", name))
            base.append({"min_hhi": min_hhi, "class": str(combo.currentData()), "why": {"nl": nl, "en": en}})
        if not base:
            problems.append(self.tr("At least one base threshold is required."))
        adjustments: list[dict[str, Any]] = []
        for row in range(self.adjust_table.rowCount()):
            name = str(row + 1)
            combo = self.adjust_table.cellWidget(row, A_INDICATOR)
            spin = self.adjust_table.cellWidget(row, A_DELTA)
            assert isinstance(combo, QComboBox)
            assert isinstance(spin, QSpinBox)
            entry: dict[str, Any] = {"indicator": str(combo.currentData())}
            bounds: dict[str, float] = {}
            typed = False
            for key, column in (("min", A_MIN), ("max", A_MAX)):
                text = self._text(self.adjust_table, row, column)
                typed = typed or bool(text)
                try:
                    value = _parse_number(text)
                except ValueError:
                    problems.append(self.tr("Adjustment %1: %2 is not a number.").replace("%1", name)
                                    .replace("%2", text))
                    continue
                if value is not None:
                    bounds[key] = value
            if not typed:
                problems.append(self.tr("Adjustment %1: give a minimum, a maximum or both.").replace("%1", name))
            if "min" in bounds and "max" in bounds and bounds["min"] > bounds["max"]:
                problems.append(self.tr("Adjustment %1: the minimum is above the maximum.").replace("%1", name))
            entry.update(bounds)
            entry["delta"] = spin.value()
            if spin.value() == 0:
                problems.append(self.tr("Adjustment %1: the change must not be 0.").replace("%1", name))
            nl, en = self._text(self.adjust_table, row, A_NL), self._text(self.adjust_table, row, A_EN)
            if not nl or not en:
                problems.append(self.tr("Adjustment %1: the Dutch and English explanations are required.")
                                .replace("%1", name))
            entry["why"] = {"nl": nl, "en": en}
            adjustments.append(entry)
        doc: dict[str, Any] = {}
        if self._rules_note is not None:
            doc["note"] = self._rules_note
        doc["base"] = sorted(base, key=lambda b: -float(b["min_hhi"]))
        doc["adjustments"] = adjustments
        return doc, problems

    def save_rules(self) -> bool:
        """Store the edited rules; False (nothing stored) when they are refused."""
        doc, problems = self.rules_document()
        if problems:
            self._rules_error(self.tr("Not saved.") + " " + " ".join(problems))
            return False
        try:
            self.session.save_rules(doc)
        except ReferenceDataError as exc:
            self._rules_error(self.tr("Not saved: the vault refused the rules (%1).").replace("%1", str(exc)))
            return False
        except VaultError as exc:
            self._rules_error(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.load_rules()
        _set_message(self.rules_message, self.tr("Rules saved. Suggestions for new assessments follow them; "
                                                 "stored assessments keep their suggested class."), "saved")
        return True

    def _rules_error(self, text: str) -> None:
        _set_message(self.rules_message, text, "error")
