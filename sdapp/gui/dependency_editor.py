"""The form for one dependency: general fields, supply chain, criticality and history.

The form only collects input. The rules come from :func:`validate_dependency` (shown in
red next to the section they concern) and every write goes through the :class:`Session`,
so saving is undoable and the other views hear about it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import ValidationError
from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id, validate_dependency
from sdapp.gui.assessment_panel import AssessmentPanel
from sdapp.gui.criticality_grid import CriticalityGrid
from sdapp.gui.editor_saving import ERROR_STYLE, SavingEditor
from sdapp.gui.history_panel import ERROR_COLOUR, HistoryPanel, format_number
from sdapp.gui.labels import Labels
from sdapp.gui.option_list import OptionsPanel
from sdapp.gui.session import Session
from sdapp.gui.validation_text import translated_reason
from sdapp.vault.errors import NotFound, VaultError

Index = QModelIndex | QPersistentModelIndex

NOTICE_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0b34a; padding: 6px; color: #4a3a00; }"
HINT_STYLE = "QLabel { color: palette(window-text); }"  # hints stay readable (contrast), not greyed

TAB_GENERAL, TAB_SUPPLY, TAB_CRITICALITY, TAB_HISTORY, TAB_ASSESSMENT, TAB_OPTIONS = range(6)

# Which section (and so which error label) reports a problem with a field.
_SECTION_OF = {
    "id": "identity", "name": "identity", "kind": "identity", "domain": "identity",
    "description": "identity", "cn_codes": "identity",
    "lead_ministry": "responsibility", "contact": "responsibility", "status": "responsibility",
    "classification": "responsibility", "tags": "responsibility", "review_date": "responsibility",
    "eu_lists": "eu_lists",
    "import_reliance": "exposure", "stock_coverage_days": "exposure", "substitutability": "exposure",
    "criticality": "criticality",
}
_TAB_OF_SECTION = {
    "identity": TAB_GENERAL, "responsibility": TAB_GENERAL, "eu_lists": TAB_GENERAL, "exposure": TAB_GENERAL,
    "stages": TAB_SUPPLY, "criticality": TAB_CRITICALITY,
}
_STAGE_FIELD = re.compile(r"^stages\[(.*)\]$")


def section_of(field: str) -> str:
    return "stages" if field.startswith("stages") else _SECTION_OF.get(field, "identity")


def split_codes(text: str) -> list[str]:
    """CN/HS codes as typed: separated by commas, semicolons or spaces."""
    return [c for c in re.split(r"[,;\s]+", text) if c]


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def percent_text(value: float) -> str:
    return f"{format_number(value)} %"


# table delegates -------------------------------------------------------------------------


class _CountryDelegate(QStyledItemDelegate):
    """Country cell editor: a code or a name, with completion on "NL - Netherlands" entries."""

    def __init__(self, choices: QStringListModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        completer = QCompleter(self._choices, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class _ShareDelegate(QStyledItemDelegate):
    """Share cell editor: a percentage spin box, 0 to 100."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setRange(0.0, 100.0)
        spin.setDecimals(2)
        spin.setSuffix(" %")
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        try:
            editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0.0))
        except (TypeError, ValueError):
            editor.setValue(0.0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, float(editor.value()), Qt.ItemDataRole.EditRole)

    def displayText(self, value: object, locale: QLocale) -> str:
        try:
            return percent_text(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return str(value)


# the editor ------------------------------------------------------------------------------------


class DependencyEditor(QWidget, SavingEditor):
    """Edit one dependency (or a new one). Saves through the session, so saving is undoable.

    Signals: ``saved(id)`` after a successful save, ``closed()`` when the record went to
    the bin or the user closed the form, ``levelChanged()`` when :meth:`displayed_level`
    changes, ``dirtyChanged(bool)`` and ``titleChanged(str)`` for the host's tab.
    """

    saved = Signal(str)
    closed = Signal()
    levelChanged = Signal()
    dirtyChanged = Signal(bool)
    titleChanged = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = session.ref
        self.labels = labels
        self.setObjectName("dependencyEditor")

        self._dep_id = new_id()
        self._before: Dependency | None = None  # the stored version; None while new
        self._baseline: Dependency | None = None  # the form's content right after loading
        self._in_bin = False
        self._editable = True
        self._loading = False
        self._saving = False
        self._dirty = False
        self._show_all_errors = False  # after a refused save, messages follow every edit
        self._last_level = ""
        self._stages: list[SupplyStage] = []
        self._orig_numbers: dict[str, float | None] = {}
        self._form_labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._shown_errors: list[ValidationError] = []
        self._groups: dict[str, QGroupBox] = {}

        self._build_header()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._scrolled(self._build_general()), "")
        self.tabs.addTab(self._build_supply(), "")
        self.tabs.addTab(self._scrolled(self._build_criticality()), "")
        self.history = HistoryPanel(session, labels, self)
        self.tabs.addTab(self.history, "")
        self.assessment = AssessmentPanel(session, labels, self)
        self.tabs.addTab(self.assessment, "")
        self.options = OptionsPanel(session, labels, self)
        self.tabs.addTab(self.options, "")
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self._header)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._buttons)
        self._set_tab_order()

        self.save_shortcut = QShortcut(self)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Save)
        ctrl_s = QKeySequence("Ctrl+S")  # also where the platform theme defines no standard keys
        self.save_shortcut.setKeys(keys if ctrl_s in keys else [ctrl_s, *keys])
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

        self.session.dependencyChanged.connect(self._record_changed)
        self.retranslate()
        self.load(None)

    # construction ---------------------------------------------------------------------------
    def _scrolled(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _error_label(self, section: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        self._errors[section] = label
        return label

    def _group(self, section: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(parent)
        self._groups[section] = box
        outer = QVBoxLayout(box)
        outer.addWidget(self._error_label(section, box))
        return box, outer

    def _form(self, box: QGroupBox, outer: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(form)
        return form

    def _row(self, form: QFormLayout, key: str, field: QWidget) -> None:
        label = QLabel(form.parentWidget())
        label.setBuddy(field)
        self._form_labels[key] = label
        form.addRow(label, field)

    def _build_header(self) -> None:
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level_badge = QLabel(self)
        self.impact_badge = QLabel(self)
        self._header = QHBoxLayout()
        self._header.addWidget(self.title_label, 1)
        self._header.addWidget(self.impact_badge)
        self._header.addWidget(self.level_badge)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()

    def _build_general(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 8, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)

        box, outer = self._group("identity", page)
        form = self._form(box, outer)
        self.name_edit = QLineEdit(box)
        self.name_edit.setMaxLength(400)  # the rule (200) comes from validation, with its message
        self._row(form, "name", self.name_edit)
        self.kind_combo = QComboBox(box)
        self._row(form, "kind", self.kind_combo)
        self.domain_combo = QComboBox(box)
        self._row(form, "domain", self.domain_combo)
        self.cn_edit = QLineEdit(box)
        self._row(form, "cn_codes", self.cn_edit)
        self.description_edit = QPlainTextEdit(box)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(110)
        self._row(form, "description", self.description_edit)
        grid.addWidget(box, 0, 0)

        box, outer = self._group("exposure", page)
        form = self._form(box, outer)
        self.reliance_spin = self._optional_spin(box, 100.0, " %", 2)
        self._row(form, "import_reliance", self.reliance_spin)
        self.stock_spin = self._optional_spin(box, 100000.0, "", 1)
        self._row(form, "stock_coverage_days", self.stock_spin)
        self.substitutability_combo = QComboBox(box)
        self._row(form, "substitutability", self.substitutability_combo)
        grid.addWidget(box, 1, 0)

        box, outer = self._group("responsibility", page)
        form = self._form(box, outer)
        self.ministry_combo = QComboBox(box)
        self.ministry_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ministry_combo.setMinimumContentsLength(20)
        self._row(form, "lead_ministry", self.ministry_combo)
        self.contact_edit = QLineEdit(box)
        self._row(form, "contact", self.contact_edit)
        self.status_combo = QComboBox(box)
        self._row(form, "status", self.status_combo)
        self.classification_combo = QComboBox(box)
        self._row(form, "classification", self.classification_combo)
        self.tags_edit = QLineEdit(box)
        self._row(form, "tags", self.tags_edit)
        date_row = QWidget(box)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        self.review_date_edit = QDateEdit(date_row)
        self.review_date_edit.setCalendarPopup(True)
        self.review_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.review_date_edit.setMinimumWidth(130)
        self.no_review_date = QCheckBox(date_row)
        self.no_review_date.toggled.connect(lambda on: self.review_date_edit.setEnabled(not on))
        date_layout.addWidget(self.review_date_edit)
        date_layout.addWidget(self.no_review_date)
        date_layout.addStretch(1)
        self._row(form, "review_date", date_row)
        self._form_labels["review_date"].setBuddy(self.review_date_edit)
        grid.addWidget(box, 0, 1)

        box, outer = self._group("eu_lists", page)
        self.eu_hint = QLabel(box)
        self.eu_hint.setWordWrap(True)
        self.eu_hint.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.eu_hint)
        self.eu_list = QListWidget(box)
        self.eu_list.setAlternatingRowColors(False)
        self.eu_list.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        for eu in self.ref.eu_lists:
            item = QListWidgetItem(self.eu_list)
            item.setData(Qt.ItemDataRole.UserRole, eu.slug)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(eu.source)
        self.eu_list.setFixedHeight(self.eu_list.sizeHintForRow(0) * max(1, self.eu_list.count()) + 8)
        outer.addWidget(self.eu_list)
        grid.addWidget(box, 1, 1)

        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        self.name_edit.textChanged.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.domain_combo.currentIndexChanged.connect(self._changed)
        self.cn_edit.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.reliance_spin.valueChanged.connect(self._changed)
        self.stock_spin.valueChanged.connect(self._changed)
        self.substitutability_combo.currentIndexChanged.connect(self._changed)
        self.ministry_combo.currentIndexChanged.connect(self._changed)
        self.contact_edit.textChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._changed)
        self.classification_combo.currentIndexChanged.connect(self._changed)
        self.tags_edit.textChanged.connect(self._changed)
        self.review_date_edit.dateChanged.connect(self._changed)
        self.no_review_date.toggled.connect(self._changed)
        self.eu_list.itemChanged.connect(self._changed)
        return page

    def _optional_spin(self, parent: QWidget, maximum: float, suffix: str, decimals: int) -> QDoubleSpinBox:
        """A number that may be unknown: the minimum (-1) reads as "not known" and means None."""
        spin = QDoubleSpinBox(parent)
        spin.setRange(-1.0, maximum)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setMaximumWidth(180)
        return spin

    def _build_supply(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(4, 8, 4, 4)
        self.supply_hint = QLabel(page)
        self.supply_hint.setWordWrap(True)
        self.supply_hint.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.supply_hint)
        outer.addWidget(self._error_label("stages", page))

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setChildrenCollapsible(False)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.stages_caption = QLabel(left)
        self.stages_caption.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(self.stages_caption)
        self.stage_list = QListWidget(left)
        self.stage_list.setMinimumWidth(300)
        self.stage_list.setSpacing(2)
        self.stage_list.currentRowChanged.connect(self._show_stage)
        left_layout.addWidget(self.stage_list, 1)
        stage_buttons = QHBoxLayout()
        self.add_stage_button = QToolButton(left)
        self.add_stage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_stage_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_stage_button.setMenu(QMenu(self.add_stage_button))
        self.add_stage_button.menu().aboutToShow.connect(self._fill_stage_menu)
        self.remove_stage_button = QPushButton(left)
        self.remove_stage_button.clicked.connect(self.remove_current_stage)
        stage_buttons.addWidget(self.add_stage_button)
        stage_buttons.addWidget(self.remove_stage_button)
        stage_buttons.addStretch(1)
        left_layout.addLayout(stage_buttons)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.stage_stack = QStackedWidget(right)
        self.no_stage_label = QLabel(self.stage_stack)
        self.no_stage_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_stage_label.setWordWrap(True)
        self.no_stage_label.setStyleSheet(HINT_STYLE)
        self.stage_stack.addWidget(self.no_stage_label)

        detail = QWidget(self.stage_stack)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.stage_title = QLabel(detail)
        self.stage_title.setStyleSheet("font-weight: bold;")
        detail_layout.addWidget(self.stage_title)
        self._country_choices = QStringListModel(self)
        self.share_table = QTableWidget(0, 2, detail)
        self.share_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.share_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.share_table.verticalHeader().setVisible(False)
        self.share_table.verticalHeader().setDefaultSectionSize(26)
        header = self.share_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.share_table.setColumnWidth(1, 130)
        self.share_table.setItemDelegateForColumn(0, _CountryDelegate(self._country_choices, self.share_table))
        self.share_table.setItemDelegateForColumn(1, _ShareDelegate(self.share_table))
        self.share_table.itemChanged.connect(self._share_item_changed)
        detail_layout.addWidget(self.share_table, 1)
        share_buttons = QHBoxLayout()
        self.add_country_button = QPushButton(detail)
        self.add_country_button.clicked.connect(lambda: self.add_country_row(edit=True))
        self.remove_country_button = QPushButton(detail)
        self.remove_country_button.clicked.connect(self.remove_selected_countries)
        self.total_label = QLabel(detail)
        self.total_label.setStyleSheet("font-weight: bold;")
        share_buttons.addWidget(self.add_country_button)
        share_buttons.addWidget(self.remove_country_button)
        share_buttons.addStretch(1)
        share_buttons.addWidget(self.total_label)
        detail_layout.addLayout(share_buttons)
        self.stage_error_label = QLabel(detail)
        self.stage_error_label.setWordWrap(True)
        self.stage_error_label.setStyleSheet(ERROR_STYLE)
        self.stage_error_label.hide()
        detail_layout.addWidget(self.stage_error_label)
        note_form = QFormLayout()
        self.stage_note_edit = QLineEdit(detail)
        self.stage_note_edit.textChanged.connect(self._stage_note_changed)
        self.stage_note_label = QLabel(detail)
        self.stage_note_label.setBuddy(self.stage_note_edit)
        note_form.addRow(self.stage_note_label, self.stage_note_edit)
        detail_layout.addLayout(note_form)
        self.stage_stack.addWidget(detail)
        right_layout.addWidget(self.stage_stack)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([340, 900])
        outer.addWidget(splitter, 1)
        return page

    def _build_criticality(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(4, 8, 4, 4)
        summary = QHBoxLayout()
        self.overall_caption = QLabel(page)
        self.overall_label = QLabel(page)
        font = QFont(self.overall_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.overall_label.setFont(font)
        self.overall_caption.setFont(font)
        summary.addWidget(self.overall_caption)
        summary.addWidget(self.overall_label)
        summary.addStretch(1)
        outer.addLayout(summary)
        self.criticality_hint = QLabel(page)
        self.criticality_hint.setWordWrap(True)
        self.criticality_hint.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.criticality_hint)
        outer.addWidget(self._error_label("criticality", page))

        self.criticality_grid = CriticalityGrid(self.ref, self.labels, page)
        self.criticality_grid.changed.connect(self._changed)
        self._interest_boxes = self.criticality_grid.interest_boxes
        self._criterion_labels = self.criticality_grid.criterion_labels
        self.level_combos = self.criticality_grid.level_combos
        self.rationale_edits = self.criticality_grid.rationale_edits
        outer.addWidget(self.criticality_grid)
        outer.addStretch(1)
        return page

    def _build_buttons(self) -> None:
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.delete_button)
        self._buttons.addSpacing(12)
        self._buttons.addWidget(self.state_label, 1)
        self._buttons.addWidget(self.revert_button)
        self._buttons.addWidget(self.save_button)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            self.name_edit, self.kind_combo, self.domain_combo, self.cn_edit, self.description_edit,
            self.reliance_spin, self.stock_spin, self.substitutability_combo,
            self.ministry_combo, self.contact_edit, self.status_combo, self.classification_combo, self.tags_edit,
            self.review_date_edit, self.no_review_date, self.eu_list,
            self.stage_list, self.add_stage_button, self.remove_stage_button, self.share_table,
            self.add_country_button, self.remove_country_button, self.stage_note_edit,
        ]
        for code in self.level_combos:
            chain += [self.level_combos[code], self.rationale_edits[code]]
        chain += [self.history.revision_table, self.history.restore_button,
                  self.save_button, self.revert_button, self.delete_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """All texts of the form; called on construction, language change and set_labels."""
        self.tabs.setTabText(TAB_GENERAL, self.tr("General"))
        self.tabs.setTabText(TAB_SUPPLY, self.tr("Supply chain"))
        self.tabs.setTabText(TAB_CRITICALITY, self.tr("Criticality"))
        self.tabs.setTabText(TAB_HISTORY, self.tr("History"))
        self.tabs.setTabText(TAB_ASSESSMENT, self.tr("Assessment"))
        self.tabs.setTabText(TAB_OPTIONS, self.tr("Options"))
        self._groups["identity"].setTitle(self.tr("What it is"))
        self._groups["exposure"].setTitle(self.tr("Exposure"))
        self._groups["responsibility"].setTitle(self.tr("Responsibility and handling"))
        self._groups["eu_lists"].setTitle(self.tr("EU lists"))
        texts = {
            "name": self.tr("Name"), "kind": self.tr("Kind"), "domain": self.tr("Domain"),
            "cn_codes": self.tr("CN/HS codes"),
            "description": self.tr("Description"), "import_reliance": self.tr("Import reliance"),
            "stock_coverage_days": self.tr("Stock coverage (days)"), "substitutability": self.tr("Substitutability"),
            "lead_ministry": self.tr("Lead ministry"), "contact": self.tr("Contact"), "status": self.tr("Status"),
            "classification": self.tr("Classification"), "tags": self.tr("Tags"), "review_date": self.tr("Review date"),
        }
        for key, text in texts.items():
            self._form_labels[key].setText(text + ":")
        accessible = {
            self.name_edit: texts["name"], self.kind_combo: texts["kind"], self.domain_combo: texts["domain"],
            self.cn_edit: texts["cn_codes"], self.description_edit: texts["description"],
            self.reliance_spin: texts["import_reliance"], self.stock_spin: texts["stock_coverage_days"],
            self.substitutability_combo: texts["substitutability"], self.ministry_combo: texts["lead_ministry"],
            self.contact_edit: texts["contact"], self.status_combo: texts["status"],
            self.classification_combo: texts["classification"], self.tags_edit: texts["tags"],
            self.review_date_edit: texts["review_date"], self.no_review_date: self.tr("No review date"),
            self.eu_list: self.tr("EU lists the dependency is on"), self.stage_list: self.tr("Supply-chain stages"),
            self.share_table: self.tr("Country shares of the selected stage"),
            self.stage_note_edit: self.tr("Note on this stage"),
        }
        for widget, text in accessible.items():
            widget.setAccessibleName(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. Gallium (refined)"))
        self.cn_edit.setPlaceholderText(self.tr("e.g. 811292, 2805"))
        self.cn_edit.setToolTip(self.tr("Separate codes with commas or spaces."))
        self.description_edit.setPlaceholderText(self.tr("What is it, what is it used for, why does it matter?"))
        self.contact_edit.setPlaceholderText(self.tr("Team or person to ask"))
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.kind_combo.setPlaceholderText(self.tr("Choose a kind"))
        self.domain_combo.setPlaceholderText(self.tr("Choose a domain"))
        self.no_review_date.setText(self.tr("No review date"))
        self.eu_hint.setText(self.tr("Tick the EU lists this dependency appears on."))
        not_known = self.tr("not known")
        self.reliance_spin.setSpecialValueText(not_known)
        self.stock_spin.setSpecialValueText(not_known)
        self.reliance_spin.setToolTip(self.tr("Share of apparent consumption that is imported, 0 to 100 %."))
        self.stock_spin.setToolTip(self.tr("How many days of normal use the stocks cover."))
        self.stock_spin.setSuffix(" " + self.tr("days"))
        self._fill_vocabularies()
        for eu_row in range(self.eu_list.count()):
            item = self.eu_list.item(eu_row)
            item.setText(self.labels.eu_lists.get(item.data(Qt.ItemDataRole.UserRole), ""))

        self.supply_hint.setText(self.tr(
            "For each stage of the supply chain, enter where supply comes from as shares of the world total. "
            "Shares of one stage add up to at most 100 %."))
        self.stages_caption.setText(self.tr("Stages"))
        self.add_stage_button.setText(self.tr("Add stage"))
        self.add_stage_button.setAccessibleName(self.tr("Add a supply-chain stage"))
        self.remove_stage_button.setText(self.tr("Remove stage"))
        self.remove_stage_button.setAccessibleName(self.tr("Remove the selected stage"))
        self.no_stage_label.setText(self.tr("No stages yet. Use \"Add stage\" to record where supply comes from."))
        self.share_table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Share")])
        self.add_country_button.setText(self.tr("Add country"))
        self.remove_country_button.setText(self.tr("Remove country"))
        self.stage_note_label.setText(self.tr("Note:"))
        self.stage_note_edit.setPlaceholderText(self.tr("Source, year, remarks on this stage"))
        self._country_choices.setStringList(self.country_choices())

        self.overall_caption.setText(self.tr("Overall impact:"))
        self.criticality_hint.setText(self.tr(
            "Score each criterion that applies: X (no impact) or A (limited) to E (catastrophic). Leave a "
            "criterion on \"not scored\" when it was not assessed. The overall impact is the highest level "
            "scored."))

        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Move this dependency to the bin"))
        if self._baseline is not None:
            self._refresh_derived()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        """Switch the interface language of the vocabulary texts (values stay as they are)."""
        self.labels = labels
        self.history.set_labels(labels)
        self.assessment.set_labels(labels)
        self.options.set_labels(labels)
        self.criticality_grid.set_labels(labels)
        loading, self._loading = self._loading, True
        try:
            self.retranslate()
        finally:
            self._loading = loading
        self._refresh_stage_list()

    def country_choices(self) -> list[str]:
        """Completion entries such as "NL - Netherlands", by name in the interface language."""
        names = self.labels.countries
        return [f"{code} - {name}" for code, name in sorted(names.items(), key=lambda kv: kv[1].casefold())]

    def _fill_vocabularies(self) -> None:
        lb = self.labels
        self._fill_combo(self.kind_combo, lb.kinds)
        self._fill_combo(self.domain_combo, lb.domains)
        self._fill_combo(self.status_combo, lb.statuses)
        self._fill_combo(self.ministry_combo, lb.ministry_names, blank=self.tr("(none)"))
        self._fill_combo(self.substitutability_combo, lb.substitutability, blank=self.tr("(not assessed)"))
        self._fill_combo(self.classification_combo, lb.levels, icons=lb.level_colours)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: Mapping[str, str], blank: str | None = None,
                    icons: Mapping[str, str] | None = None) -> None:
        """(Re)fill with slug data and label text, keeping the current value."""
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        if blank is not None:
            combo.addItem(blank, "")
        for slug, text in items.items():
            if icons and slug in icons:
                combo.addItem(colour_icon(icons[slug]), text, slug)
            else:
                combo.addItem(text, slug)
        if current and combo.findData(current) < 0:
            combo.addItem(str(current), current)  # a value this vocabulary lacks stays visible
        combo.setCurrentIndex(combo.findData(current) if current is not None else -1)
        if combo.currentIndex() < 0 and blank is not None:
            combo.setCurrentIndex(0)
        combo.blockSignals(blocked)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        """Select ``value``; a value the vocabulary lacks is kept as an extra entry, not lost."""
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)
            index = combo.count() - 1
        if index < 0 and not value:
            index = combo.findData("")
        combo.setCurrentIndex(index)

    # loading --------------------------------------------------------------------------------
    def load(self, dep_id: str | None) -> None:
        """Show ``dep_id`` from the vault, or a new record with defaults when None."""
        self._show_all_errors = False
        self._in_bin = False
        self.notice.hide()
        stage = self.current_stage()
        keep_stage = stage.stage if stage is not None and dep_id == self._dep_id else None
        if dep_id is None:
            self._dep_id = new_id()
            self._before = None
            dep = Dependency(id=self._dep_id, name="", kind="", domain="")
        else:
            repo = self.session.vault.dependencies
            try:
                dep = repo.get(dep_id, include_deleted=True)
                self._in_bin = repo.is_deleted(dep_id)
            except NotFound:
                self._dep_id = dep_id
                self._before = None
                self._show_notice(self.tr("This dependency does not exist (any more)."))
                self._populate(Dependency(id=dep_id, name="", kind="", domain=""))
                self._set_editable(False)
                return
            self._dep_id = dep_id
            self._before = dep
        self._populate(dep)
        if keep_stage is not None:
            self.select_stage(keep_stage)  # a reload after save or undo keeps the user's place
        self._set_editable(not self._in_bin)
        if self._in_bin:
            self._show_notice(self.tr("This dependency is in the bin. Restore it from the bin to edit it."))
        self.history.set_dependency(None if self._before is None else self._dep_id)
        self.assessment.set_dependency(None if self._before is None else self._dep_id)
        self.options.set_dependency(None if self._before is None else self._dep_id, self._in_bin)
        if dep_id is None:
            self.tabs.setCurrentIndex(TAB_GENERAL)

    def _populate(self, dep: Dependency) -> None:
        self._loading = True
        try:
            self.name_edit.setText(dep.name)
            self._set_combo(self.kind_combo, dep.kind)
            self._set_combo(self.domain_combo, dep.domain)
            self.cn_edit.setText(", ".join(dep.cn_codes))
            self.description_edit.setPlainText(dep.description)
            self._set_number(self.reliance_spin, "import_reliance", dep.import_reliance)
            self._set_number(self.stock_spin, "stock_coverage_days", dep.stock_coverage_days)
            self._set_combo(self.substitutability_combo, dep.substitutability)
            self._set_combo(self.ministry_combo, dep.lead_ministry)
            self.contact_edit.setText(dep.contact)
            self._set_combo(self.status_combo, dep.status)
            self._set_combo(self.classification_combo, dep.classification)
            self.tags_edit.setText(", ".join(dep.tags))
            if dep.review_date is None:
                self.review_date_edit.setDate(QDate.currentDate().addYears(1))
                self.no_review_date.setChecked(True)
            else:
                rd = dep.review_date
                self.review_date_edit.setDate(QDate(rd.year, rd.month, rd.day))
                self.no_review_date.setChecked(False)
            self.review_date_edit.setEnabled(not self.no_review_date.isChecked())
            while self.eu_list.count() > len(self.ref.eu_lists):  # extras of the previous record
                self.eu_list.takeItem(self.eu_list.count() - 1)
            known_lists = set()
            for row in range(self.eu_list.count()):
                item = self.eu_list.item(row)
                slug = item.data(Qt.ItemDataRole.UserRole)
                known_lists.add(slug)
                item.setCheckState(Qt.CheckState.Checked if slug in dep.eu_lists else Qt.CheckState.Unchecked)
            for slug in dep.eu_lists:  # unknown to this reference data: keep, let validation say so
                if slug not in known_lists:
                    item = QListWidgetItem(slug, self.eu_list)
                    item.setData(Qt.ItemDataRole.UserRole, slug)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)

            self._stages = [SupplyStage(s.stage, [CountryShare(c.country, c.share) for c in s.shares], s.note)
                            for s in dep.stages]
            self._refresh_stage_list(select=0)

            self.criticality_grid.set_scores(dep.criticality)
        finally:
            self._loading = False
        self._clear_errors()
        self._baseline = self.build_dependency()
        self._refresh_derived()
        self._set_dirty(False)

    def _set_number(self, spin: QDoubleSpinBox, key: str, value: float | None) -> None:
        self._orig_numbers[key] = value
        spin.setValue(spin.minimum() if value is None else value)

    def _number(self, spin: QDoubleSpinBox, key: str) -> float | None:
        if spin.value() == spin.minimum():
            return None
        original = self._orig_numbers.get(key)
        if original is not None and round(original, spin.decimals()) == spin.value():
            return original  # the spin box rounds for display only: keep the stored precision
        return float(spin.value())

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        for index in (TAB_GENERAL, TAB_SUPPLY, TAB_CRITICALITY):
            page = self.tabs.widget(index)
            inner = page.widget() if isinstance(page, QScrollArea) else page
            inner.setEnabled(editable)
        self._update_buttons()

    # building the record -----------------------------------------------------------------------
    def build_dependency(self) -> Dependency:
        """The record as the form shows it now; never fails (validation judges it)."""
        review: dt.date | None = None
        if not self.no_review_date.isChecked():
            qd = self.review_date_edit.date()
            review = dt.date(qd.year(), qd.month(), qd.day())
        eu_lists = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.eu_list.item(i) for i in range(self.eu_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        stages = [
            SupplyStage(s.stage, [CountryShare(c.country, c.share) for c in s.shares], s.note)
            for s in self._stages
        ]
        return Dependency(
            id=self._dep_id,
            name=self.name_edit.text().strip(),
            kind=str(self.kind_combo.currentData() or ""),
            domain=str(self.domain_combo.currentData() or ""),
            description=self.description_edit.toPlainText(),
            cn_codes=split_codes(self.cn_edit.text()),
            lead_ministry=str(self.ministry_combo.currentData() or ""),
            contact=self.contact_edit.text().strip(),
            status=str(self.status_combo.currentData() or ""),
            classification=str(self.classification_combo.currentData() or ""),
            tags=split_tags(self.tags_edit.text()),
            eu_lists=eu_lists,
            review_date=review,
            stages=stages,
            criticality=self.criticality_grid.scores(),
            import_reliance=self._number(self.reliance_spin, "import_reliance"),
            stock_coverage_days=self._number(self.stock_spin, "stock_coverage_days"),
            substitutability=str(self.substitutability_combo.currentData() or ""),
        )

    # state -----------------------------------------------------------------------------------
    def current_id(self) -> str:
        return self._dep_id

    def is_new(self) -> bool:
        return self._before is None

    def is_dirty(self) -> bool:
        return self._dirty

    def stored(self) -> Dependency | None:
        """The version last loaded from or saved to the vault."""
        return self._before

    def _changed(self) -> None:
        if self._loading or self._baseline is None:
            return
        self._set_dirty(self.build_dependency() != self._baseline)
        self._refresh_derived()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_buttons()
        if changed:
            self.dirtyChanged.emit(dirty)

    def _update_buttons(self) -> None:
        self.revert_button.setEnabled(self._editable and self._dirty)
        self.save_button.setEnabled(self._editable and (self._dirty or self._before is None))
        self.delete_button.setEnabled(self._editable and self._before is not None)
        if self._dirty:
            self.state_label.setText(self.tr("Unsaved changes"))
            self.state_label.setStyleSheet("QLabel { color: #8a5a00; }")
        elif self._before is None:
            self.state_label.setText(self.tr("New dependency, not saved yet"))
            self.state_label.setStyleSheet(HINT_STYLE)
        else:
            self.state_label.setText("")

    def _refresh_derived(self) -> None:
        """Everything computed from the form: title, badges, totals, live messages."""
        dep = self.build_dependency()
        title = dep.name or (self.tr("New dependency") if self._before is None else self.tr("(no name)"))
        if self.title_label.text() != title:
            self.title_label.setText(title)
            self.titleChanged.emit(title)
        level = self.displayed_level()
        colour = self.labels.level_colours.get(level, "#455a64")
        self.level_badge.setText(self.labels.levels.get(level, level))
        self.level_badge.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-weight: bold; padding: 3px 8px;"
            " border-radius: 3px; }")
        self.level_badge.setAccessibleName(self.tr("Classification: %1").replace("%1", self.level_badge.text()))
        if level != self._last_level:
            self._last_level = level
            self.levelChanged.emit()

        impact = self._impact_text(dep)
        self.overall_label.setText(impact)
        self.impact_badge.setText(self.tr("Impact %1").replace("%1", dep.overall_impact()))
        self.impact_badge.setToolTip(self.tr("Overall impact: %1").replace("%1", impact))
        self.impact_badge.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); padding: 2px 8px; border-radius: 3px; }")

        errors = validate_dependency(dep, self.ref)
        self._refresh_stage_feedback(errors)
        if self._show_all_errors:
            self._show_errors(errors, switch_tab=False)

    def _impact_text(self, dep: Dependency) -> str:
        code = dep.overall_impact()
        label = next((s.label.text(self.labels.language) for s in self.ref.impact_scale if s.code == code), "")
        text = f"{code} - {label}" if label else code
        if not any(c.level for c in dep.criticality):
            text += "  " + self.tr("(no criterion scored yet)")
        return text

    def displayed_level(self) -> str:
        """The record's classification as shown: the higher of the stored and the chosen level."""
        chosen = str(self.classification_combo.currentData() or "")
        stored = self._before.classification if self._before is not None else chosen
        return max((chosen, stored), key=self._rank) if chosen else stored

    def _rank(self, slug: str) -> int:
        try:
            return self.ref.level(slug).rank
        except KeyError:
            return 99  # unknown level: treat as the highest, never as the lowest

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # supply chain ---------------------------------------------------------------------------------
    def stage_slugs(self) -> list[str]:
        return [s.stage for s in self._stages]

    def _stage_label(self, slug: str) -> str:
        return self.labels.stages.get(slug, slug)

    def _fill_stage_menu(self) -> None:
        menu = self.add_stage_button.menu()
        menu.clear()
        present = set(self.stage_slugs())
        for term in self.ref.stages:
            if term.slug not in present:
                action = menu.addAction(self._stage_label(term.slug))
                action.triggered.connect(lambda _checked=False, s=term.slug: self.add_stage(s))
        if menu.isEmpty():
            menu.addAction(self.tr("All stages are listed")).setEnabled(False)

    def add_stage(self, slug: str) -> None:
        """Add a stage (in the reference order) and select it; selecting it if already listed."""
        if slug not in self.stage_slugs():
            order = [t.slug for t in self.ref.stages]

            def rank(stage: str) -> int:
                return order.index(stage) if stage in order else len(order)

            position = sum(1 for s in self._stages if rank(s.stage) <= rank(slug))
            self._stages.insert(position, SupplyStage(slug))
        self._refresh_stage_list(select=self.stage_slugs().index(slug))
        self._changed()

    def remove_current_stage(self) -> None:
        row = self.stage_list.currentRow()
        if 0 <= row < len(self._stages):
            del self._stages[row]
            self._refresh_stage_list(select=min(row, len(self._stages) - 1))
            self._changed()

    def current_stage(self) -> SupplyStage | None:
        row = self.stage_list.currentRow()
        return self._stages[row] if 0 <= row < len(self._stages) else None

    def select_stage(self, slug: str) -> None:
        if slug in self.stage_slugs():
            self.stage_list.setCurrentRow(self.stage_slugs().index(slug))

    def _refresh_stage_list(self, select: int | None = None) -> None:
        row = self.stage_list.currentRow() if select is None else select
        blocked = self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for stage in self._stages:
            item = QListWidgetItem(self.stage_list)
            item.setData(Qt.ItemDataRole.UserRole, stage.stage)
        self.stage_list.blockSignals(blocked)
        self._update_stage_items([])
        if self._stages:
            self.stage_list.setCurrentRow(max(0, min(row, len(self._stages) - 1)))
        self._show_stage(self.stage_list.currentRow())

    def _update_stage_items(self, errors: list[ValidationError]) -> None:
        bad = {m.group(1) for e in errors if (m := _STAGE_FIELD.match(e.field))}
        for row, stage in enumerate(self._stages):
            item = self.stage_list.item(row)
            if item is None:
                continue
            item.setText(f"{self._stage_label(stage.stage)}   ({percent_text(stage.total())})")
            item.setForeground(QColor(ERROR_COLOUR) if stage.stage in bad else QColor())
            item.setToolTip(self.tr("This stage has a problem") if stage.stage in bad else "")

    def _show_stage(self, row: int) -> None:
        stage = self._stages[row] if 0 <= row < len(self._stages) else None
        self.remove_stage_button.setEnabled(stage is not None)
        if stage is None:
            self.stage_stack.setCurrentIndex(0)
            return
        self.stage_stack.setCurrentIndex(1)
        self.stage_title.setText(self.tr("Where supply comes from: %1").replace("%1", self._stage_label(stage.stage)))
        table = self.share_table
        blocked = table.blockSignals(True)
        table.setRowCount(0)
        for share in stage.shares:
            self._append_share_row(share.country, share.share)
        table.blockSignals(blocked)
        note_blocked = self.stage_note_edit.blockSignals(True)
        self.stage_note_edit.setText(stage.note)
        self.stage_note_edit.blockSignals(note_blocked)
        errors = validate_dependency(self.build_dependency(), self.ref)
        self._refresh_stage_feedback(errors)
        if self._show_all_errors:
            self._show_errors(errors, switch_tab=False)  # the shown stage's messages move inline

    def _country_text(self, code: str) -> str:
        name = self.labels.countries.get(code)
        return f"{code} - {name}" if name else code

    def _append_share_row(self, code: str, share: float) -> int:
        table = self.share_table
        row = table.rowCount()
        table.insertRow(row)
        country = QTableWidgetItem(self._country_text(code))
        country.setData(Qt.ItemDataRole.UserRole, code)
        self._mark_country(country, code)
        value = QTableWidgetItem()
        value.setData(Qt.ItemDataRole.EditRole, float(share))
        value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 0, country)
        table.setItem(row, 1, value)
        return row

    def _mark_country(self, item: QTableWidgetItem, code: str) -> None:
        unknown = bool(code) and code not in self.labels.countries
        item.setForeground(QColor(ERROR_COLOUR) if unknown else QColor())
        item.setToolTip(self.tr("Unknown country: use an ISO code or a country name") if unknown else "")

    def parse_country(self, text: str) -> str:
        """A typed code, "NL - Netherlands" entry or name -> ISO alpha-2; unknown text is kept."""
        text = text.strip()
        if not text:
            return ""
        head = text.split(" - ", 1)[0].strip()
        country = self.ref.country(head)
        if country is not None:
            return country.alpha2
        folded = text.casefold()
        for c in self.ref.countries:
            if folded in (c.name.nl.casefold(), c.name.en.casefold()):
                return c.alpha2
        return head.upper() if len(head) <= 3 else head

    def add_country_row(self, country: str = "", share: float = 0.0, edit: bool = False) -> int:
        """Append a country share to the selected stage; returns its row in the table."""
        stage = self.current_stage()
        if stage is None:
            return -1
        code = self.parse_country(country)
        blocked = self.share_table.blockSignals(True)
        row = self._append_share_row(code, share)
        self.share_table.blockSignals(blocked)
        self._sync_shares()
        if edit:
            self.share_table.setCurrentCell(row, 0)
            self.share_table.editItem(self.share_table.item(row, 0))
        return row

    def set_share(self, row: int, share: float) -> None:
        item = self.share_table.item(row, 1)
        if item is not None:
            item.setData(Qt.ItemDataRole.EditRole, float(share))

    def remove_selected_countries(self) -> None:
        rows = sorted({i.row() for i in self.share_table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.share_table.currentRow() >= 0:
            rows = [self.share_table.currentRow()]
        blocked = self.share_table.blockSignals(True)
        for row in rows:
            self.share_table.removeRow(row)
        self.share_table.blockSignals(blocked)
        self._sync_shares()

    def _share_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            code = self.parse_country(item.text())
            blocked = self.share_table.blockSignals(True)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setText(self._country_text(code))
            self._mark_country(item, code)
            self.share_table.blockSignals(blocked)
        self._sync_shares()

    def _sync_shares(self) -> None:
        """Copy the table into the selected stage; rows with neither country nor share are ignored."""
        stage = self.current_stage()
        if stage is None:
            return
        shares: list[CountryShare] = []
        for row in range(self.share_table.rowCount()):
            country_item, share_item = self.share_table.item(row, 0), self.share_table.item(row, 1)
            code = str(country_item.data(Qt.ItemDataRole.UserRole) or "") if country_item else ""
            try:
                share = float(share_item.data(Qt.ItemDataRole.EditRole) or 0.0) if share_item else 0.0
            except (TypeError, ValueError):
                share = -1.0  # not a number: let validation name it
            if code or share:
                shares.append(CountryShare(code, share))
        stage.shares = shares
        self._changed()

    def _stage_note_changed(self, text: str) -> None:
        stage = self.current_stage()
        if stage is not None:
            stage.note = text.strip()
            self._changed()

    def _refresh_stage_feedback(self, errors: list[ValidationError]) -> None:
        """Live: the total of the selected stage and its problems, as validation reports them."""
        self._update_stage_items(errors)
        stage = self.current_stage()
        if stage is None:
            return
        total = stage.total()
        self.total_label.setText(self.tr("Total: %1").replace("%1", percent_text(total)))
        messages = [translated_reason(self, e) for e in errors if e.field == f"stages[{stage.stage}]"]
        self.total_label.setStyleSheet(f"QLabel {{ font-weight: bold; color: {ERROR_COLOUR}; }}"
                                       if messages else "QLabel { font-weight: bold; }")
        self.stage_error_label.setText("\n".join(messages))
        self.stage_error_label.setVisible(bool(messages))

    # validation messages -----------------------------------------------------------------------
    def error_messages(self) -> dict[str, list[str]]:
        """Messages on screen per section (identity, responsibility, eu_lists, exposure, stages, criticality)."""
        by_section: dict[str, list[str]] = {}
        for error in self._shown_errors:
            by_section.setdefault(section_of(error.field), []).append(self._message(error))
        return by_section

    def _message(self, error: ValidationError) -> str:
        match = _STAGE_FIELD.match(error.field)
        if match:
            where = self._stage_label(match.group(1))
        elif error.field == "criticality":
            return translated_reason(self, error)
        else:
            where = self.history.field_titles().get(error.field, error.field)
        return self.tr("%1: %2").replace("%1", where).replace("%2", translated_reason(self, error))

    def _show_errors(self, errors: Iterable[ValidationError], switch_tab: bool = True) -> None:
        """Each message in red at the top of its section; the shown stage's own ones sit under its table."""
        self._shown_errors = list(errors)
        stage = self.current_stage()
        inline = f"stages[{stage.stage}]" if stage is not None else None
        by_section: dict[str, list[str]] = {}
        for error in self._shown_errors:
            if error.field != inline:
                by_section.setdefault(section_of(error.field), []).append(self._message(error))
        for section, label in self._errors.items():
            messages = by_section.get(section, [])
            if section == "stages" and messages and inline is not None:
                messages = [self.tr("Other stages:"), *messages]
            label.setText("\n".join(messages))
            label.setHidden(not messages)
        bad_tabs = {_TAB_OF_SECTION[section_of(e.field)] for e in self._shown_errors}
        for tab in (TAB_GENERAL, TAB_SUPPLY, TAB_CRITICALITY):
            self.tabs.tabBar().setTabTextColor(tab, QColor(ERROR_COLOUR) if tab in bad_tabs else QColor())
        if switch_tab and bad_tabs and self.tabs.currentIndex() not in bad_tabs:
            self.tabs.setCurrentIndex(min(bad_tabs))

    def _clear_errors(self) -> None:
        self._show_errors([], switch_tab=False)

    # actions ------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and store through the session (undoable). False, with messages, if refused."""
        if self._in_bin:
            return False
        focus = self.focusWidget()
        if isinstance(focus, QAbstractSpinBox):
            focus.interpretText()
        self.share_table.setCurrentItem(None)  # commit a cell that is still being edited
        dep = self.build_dependency()
        errors = validate_dependency(dep, self.ref)
        if errors:
            self._refuse(errors)
            return False
        before = self._before
        store = (lambda: self.session.add_dependency(dep)) if before is None else \
            (lambda: self.session.save_dependency(before, dep))
        if not self.store_or_refuse(store, self.tr("The dependency was not saved: %1")):
            return False
        self.load(dep.id)
        self.state_label.setText(self.tr("Saved"))
        self.state_label.setStyleSheet("QLabel { color: #1b5e20; }")
        self.saved.emit(dep.id)
        return True

    def _refuse(self, errors: list[ValidationError]) -> None:
        self._show_all_errors = True
        bad_stages = [m.group(1) for e in errors if (m := _STAGE_FIELD.match(e.field))]
        stage = self.current_stage()
        if bad_stages and (stage is None or stage.stage not in bad_stages):
            self.select_stage(bad_stages[0])  # show the first stage with a problem
        self._show_errors(errors)
        self._refresh_stage_feedback(errors)
        self.show_refused(len(errors))

    def revert(self) -> None:
        """Throw away unsaved edits: back to the stored version (or an empty new record)."""
        if self._before is None:
            dep_id = self._dep_id
            self.load(None)
            self._dep_id = dep_id
            self._baseline = self.build_dependency()
        else:
            self.load(self._dep_id)

    def delete(self) -> bool:
        """Move the record to the bin after the user confirms; undoable, and the bin restores it."""
        if self._before is None or self._in_bin:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete dependency"),
            self.tr("Move \"%1\" to the bin? You can restore it from the bin later.").replace("%1", self._before.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.session.delete_dependency(self._dep_id)
        except VaultError as exc:
            self._show_notice(self.tr("The dependency was not deleted: %1").replace("%1", str(exc)))
            return False
        self.closed.emit()
        return True

    def request_close(self) -> bool:
        """Ask about unsaved edits, then emit ``closed()``; False if the user cancels."""
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"), self.tr("Save the changes to this dependency?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return False
        if not self.assessment.request_leave() or not self.options.request_leave():
            return False
        self.closed.emit()
        return True

    def show_option(self, option_id: str) -> bool:
        """Open the Options tab on ``option_id`` (an option of the record shown)."""
        self.tabs.setCurrentIndex(TAB_OPTIONS)
        return self.options.select_option(option_id)

    def _record_changed(self, dep_id: str) -> None:
        """Undo, redo, restores and other views: follow the vault unless the user is editing."""
        if dep_id != self._dep_id or self._saving:
            return
        if not self.session.vault.dependencies.exists(dep_id):
            return
        if self._dirty:
            self._show_notice(self.tr(
                "This dependency was changed elsewhere while you were editing it. Save to keep your version, "
                "or Revert to load the stored one."))
            return
        tab = self.tabs.currentIndex()
        self.load(dep_id)
        self.tabs.setCurrentIndex(tab)
