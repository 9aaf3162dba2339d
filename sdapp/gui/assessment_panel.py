"""The assessments of one dependency: their timeline, and the form for a new or a chosen one.

The form collects input and shows what the core derives from it: the supply evidence, the
suggested likelihood and why, the overall impact, the risk levels under the assessment's own
matrix version, the risky-strategic determination and the CRMA checks. Rules live in
:mod:`sdapp.core.risk`; every write goes through the :class:`Session` (undoable).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import ValidationError
from sdapp.core.indicators import Evidence, evidence
from sdapp.core.model import LIKELIHOOD_CODES, ActionOption, Assessment, CriticalityScore, Dependency, RiskScore, new_id
from sdapp.core.options import residual_risk
from sdapp.core.risk import (
    IMPACT_RULES,
    CrmaCheck,
    RiskMatrix,
    Suggestion,
    crma_check,
    is_risky_strategic,
    overall_impact,
    suggest_likelihood,
    validate_assessment,
)
from sdapp.gui.criticality_grid import CriticalityGrid
from sdapp.gui.editor_saving import ERROR_STYLE, SavingEditor
from sdapp.gui.labels import Labels
from sdapp.gui.risk_common import Matrices, badge_style, decimal, percent, text_colour
from sdapp.gui.session import Session
from sdapp.gui.tables import set_widths, style_record_table
from sdapp.gui.trade_evidence import TradeEvidenceBox
from sdapp.vault.errors import NotFound

ERROR_COLOUR = "#b00020"
NOTICE_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0b34a; padding: 6px; color: #4a3a00; }"
BOTTLENECK_BACKGROUND = "#fff4d6"
RISKY_COLOUR = "#b71c1c"
NOT_RISKY_COLOUR = "#607d8b"
LIST_COLOUR = "#154273"
BAD_EDIT_STYLE = f"QLineEdit {{ border: 1px solid {ERROR_COLOUR}; }}"
_RATIONALE = re.compile(r"criterion (\S+) needs a rationale")


class AssessmentPanel(QWidget, SavingEditor):
    """Timeline and form for the assessments of one dependency.

    ``saved(assessment_id)`` after a successful save.
    """

    saved = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = session.ref
        self.labels = labels
        self.setObjectName("assessmentPanel")
        self._dep_id: str | None = None
        self._dep: Dependency | None = None
        self._in_bin = False
        self._timeline: list[Assessment] = []
        self._before: Assessment | None = None
        self._assessment_id = new_id()
        self._matrix_version = 1
        self._form_suggestion = ""  # the suggestion the form's assessment is judged against
        self._baseline: Assessment | None = None
        self._loading = False
        self._saving = False
        self._dirty = False
        self._show_all_errors = False
        self._evidence: Evidence | None = None
        self._suggestion = Suggestion("", ())
        self._crma: CrmaCheck | None = None
        self._matrices = Matrices(session.vault.assessments)
        self._options: list[ActionOption] = []  # the dependency's action options: they set the residual risk

        self._build()
        self.session.optionChanged.connect(self._options_changed)
        self.session.assessmentChanged.connect(self._assessments_changed)
        self.session.riskSettingsChanged.connect(self._risk_settings_changed)
        self.session.dependencyChanged.connect(self._dependency_changed)
        self.retranslate()
        self.set_dependency(None)

    # construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("font-size: 11pt;")

        content = QWidget(self)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        badges = QHBoxLayout()
        badges.setSpacing(6)
        self.form_title = QLabel(content)
        font = QFont(self.form_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.form_title.setFont(font)
        badges.addWidget(self.form_title, 1)
        self.current_badge = QLabel(content)
        self.risky_badge = QLabel(content)
        self.srm_badge = QLabel("SRM", content)
        self.crm_badge = QLabel("CRM", content)
        for badge in (self.srm_badge, self.crm_badge):
            badge.setStyleSheet(badge_style(LIST_COLOUR))
        for badge in (self.current_badge, self.risky_badge, self.srm_badge, self.crm_badge):
            badges.addWidget(badge)
        outer.addLayout(badges)
        self.crma_notice = QLabel(content)
        self.crma_notice.setWordWrap(True)
        self.crma_notice.setStyleSheet(NOTICE_STYLE)
        self.crma_notice.hide()
        outer.addWidget(self.crma_notice)
        self.notice = QLabel(content)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        outer.addWidget(self.notice)

        splitter = QSplitter(Qt.Orientation.Vertical, content)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_timeline(splitter))
        self.form_area = QScrollArea(splitter)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form = self._build_form()
        self.form_area.setWidget(self.form)
        splitter.addWidget(self.form_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([130, 520])
        outer.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.state_label = QLabel(content)
        self.state_label.setWordWrap(True)
        self.revert_button = QPushButton(content)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(content)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.stack)

    def _build_timeline(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.timeline_caption = QLabel(box)
        self.timeline_caption.setStyleSheet("font-weight: bold;")
        self.new_button = QPushButton(box)
        self.new_button.clicked.connect(self._new_clicked)
        row.addWidget(self.timeline_caption, 1)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.timeline_table = style_record_table(QTableWidget(0, 6, box), alternating=False)
        set_widths(self.timeline_table, (100, 200, 190, 190, 120))
        self.timeline_table.itemSelectionChanged.connect(self._timeline_selected)
        layout.addWidget(self.timeline_table, 1)
        self.timeline_empty = QLabel(box)
        self.timeline_empty.setWordWrap(True)
        layout.addWidget(self.timeline_empty)
        return box

    def _build_form(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 8, 4)
        layout.setSpacing(10)

        self.meta_box = QGroupBox(page)
        meta = QHBoxLayout(self.meta_box)
        meta.setSpacing(8)
        self.assessor_label = QLabel(self.meta_box)
        self.assessor_edit = QLineEdit(self.meta_box)
        self.assessor_edit.setMinimumWidth(200)
        self.assessor_label.setBuddy(self.assessor_edit)
        self.date_label = QLabel(self.meta_box)
        self.date_edit = QDateEdit(self.meta_box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumWidth(130)
        self.date_label.setBuddy(self.date_edit)
        self.matrix_caption = QLabel(self.meta_box)
        self.matrix_label = QLabel(self.meta_box)
        for w in (self.assessor_label, self.assessor_edit):
            meta.addWidget(w)
        meta.addSpacing(12)
        meta.addWidget(self.date_label)
        meta.addWidget(self.date_edit)
        meta.addSpacing(12)
        meta.addWidget(self.matrix_caption)
        meta.addWidget(self.matrix_label, 1)
        self.meta_error = self._error_label(self.meta_box)
        layout.addWidget(self.meta_box)
        meta_outer = QVBoxLayout()
        meta_outer.addWidget(self.meta_error)
        layout.addLayout(meta_outer)

        layout.addWidget(self._build_likelihood(page))
        layout.addWidget(self._build_impact(page))
        layout.addWidget(self._build_risk(page))
        layout.addStretch(1)

        self.assessor_edit.textChanged.connect(self._changed)
        self.date_edit.dateChanged.connect(self._changed)
        return page

    def _error_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _build_likelihood(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        self.likelihood_box = box
        layout = QVBoxLayout(box)
        layout.setSpacing(8)

        self.evidence_box = QGroupBox(box)
        ev = QVBoxLayout(self.evidence_box)
        self.evidence_table = QTableWidget(0, 0, self.evidence_box)
        self.evidence_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.evidence_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.evidence_table.verticalHeader().setVisible(False)
        self.evidence_table.verticalHeader().setDefaultSectionSize(24)
        self.evidence_table.setWordWrap(False)
        self.evidence_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        ev.addWidget(self.evidence_table)
        self.bottleneck_label = QLabel(self.evidence_box)
        self.bottleneck_label.setWordWrap(True)
        ev.addWidget(self.bottleneck_label)
        self.exposure_label = QLabel(self.evidence_box)
        self.exposure_label.setWordWrap(True)
        ev.addWidget(self.exposure_label)
        self.evidence_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.evidence_row.setSpacing(12)
        self.evidence_row.addWidget(self.evidence_box)
        advice = QWidget(box)
        advice_layout = QVBoxLayout(advice)
        advice_layout.setContentsMargins(0, 0, 0, 0)
        self.evidence_row.addWidget(advice, 1)
        layout.addLayout(self.evidence_row)
        self.trade_evidence = TradeEvidenceBox(self.session, self.labels, box)  # issue 6: imports per product
        layout.addWidget(self.trade_evidence)

        suggestion = QHBoxLayout()
        self.suggestion_label = QLabel(box)
        font = QFont(self.suggestion_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.suggestion_label.setFont(font)
        self.suggestion_label.setWordWrap(True)
        self.use_suggestion_button = QPushButton(box)
        self.use_suggestion_button.clicked.connect(self.use_suggestion)
        suggestion.addWidget(self.suggestion_label, 1)
        suggestion.addWidget(self.use_suggestion_button, 0, Qt.AlignmentFlag.AlignTop)
        advice_layout.addLayout(suggestion)
        self.reasons_label = QLabel(box)
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        advice_layout.addWidget(self.reasons_label)
        self.suggestion_note = QLabel(box)
        self.suggestion_note.setWordWrap(True)
        self.suggestion_note.setStyleSheet(NOTICE_STYLE)
        self.suggestion_note.hide()
        advice_layout.addWidget(self.suggestion_note)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.likelihood_label = QLabel(box)
        self.likelihood_combo = QComboBox(box)
        self.likelihood_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.likelihood_combo.setMinimumWidth(260)
        self.likelihood_label.setBuddy(self.likelihood_combo)
        form.addRow(self.likelihood_label, self.likelihood_combo)
        self.justification_label = QLabel(box)
        justification = QWidget(box)
        jl = QVBoxLayout(justification)
        jl.setContentsMargins(0, 0, 0, 0)
        self.justification_edit = QPlainTextEdit(justification)
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setFixedHeight(72)
        self.justification_label.setBuddy(self.justification_edit)
        self.justification_error = self._error_label(justification)
        jl.addWidget(self.justification_edit)
        jl.addWidget(self.justification_error)
        form.addRow(self.justification_label, justification)
        advice_layout.addSpacing(6)
        advice_layout.addLayout(form)
        self.likelihood_error = self._error_label(box)
        advice_layout.addWidget(self.likelihood_error)
        advice_layout.addStretch(1)

        self.likelihood_combo.currentIndexChanged.connect(self._changed)
        self.justification_edit.textChanged.connect(self._changed)
        return box

    def _build_impact(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        self.impact_box = box
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.rule_label = QLabel(box)
        self.rule_combo = QComboBox(box)
        self.rule_label.setBuddy(self.rule_combo)
        self.overall_label = QLabel(box)
        font = QFont(self.overall_label.font())
        font.setBold(True)
        self.overall_label.setFont(font)
        top.addWidget(self.rule_label)
        top.addWidget(self.rule_combo)
        top.addSpacing(20)
        top.addWidget(self.overall_label, 1)
        layout.addLayout(top)
        self.impact_hint = QLabel(box)
        self.impact_hint.setWordWrap(True)
        layout.addWidget(self.impact_hint)
        self.impact_error = self._error_label(box)
        layout.addWidget(self.impact_error)

        self.impact_grid = CriticalityGrid(self.ref, self.labels, box, compact=True)
        self.impact_grid.changed.connect(self._changed)
        self._interest_labels = self.impact_grid.interest_labels
        self._criterion_labels = self.impact_grid.criterion_labels
        self.level_combos = self.impact_grid.level_combos
        self.rationale_edits = self.impact_grid.rationale_edits
        layout.addWidget(self.impact_grid)
        self.rule_combo.currentIndexChanged.connect(self._changed)
        return box

    def _build_risk(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        self.risk_box = box
        layout = QVBoxLayout(box)
        self.risk_hint = QLabel(box)
        self.risk_hint.setWordWrap(True)
        layout.addWidget(self.risk_hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self._risk_headers = [QLabel(box) for _ in range(3)]
        for column, label in enumerate(self._risk_headers, start=1):
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self._risk_row_labels: dict[str, QLabel] = {}
        self.risk_badges: dict[str, QLabel] = {}
        self.risk_combos: dict[str, tuple[QComboBox, QComboBox]] = {}
        self.current_likelihood_label = QLabel(box)
        self.current_impact_label = QLabel(box)
        for row, kind in enumerate(("inherent", "current", "residual"), start=1):
            label = QLabel(box)
            self._risk_row_labels[kind] = label
            grid.addWidget(label, row, 0)
            if kind == "current":
                grid.addWidget(self.current_likelihood_label, row, 1)
                grid.addWidget(self.current_impact_label, row, 2)
            else:
                lik, imp = QComboBox(box), QComboBox(box)
                for combo in (lik, imp):
                    combo.setMinimumWidth(210)
                    combo.currentIndexChanged.connect(self._changed)
                label.setBuddy(lik)
                self.risk_combos[kind] = (lik, imp)
                grid.addWidget(lik, row, 1)
                grid.addWidget(imp, row, 2)
            badge = QLabel(box)
            badge.setMinimumWidth(120)
            self.risk_badges[kind] = badge
            grid.addWidget(badge, row, 3)
        # while the dependency has planned or agreed options, they set the residual risk (shown in
        # place of the entered one, which stays stored and applies again without such options)
        self.residual_derived = (QLabel(box), QLabel(box))
        for column, label in enumerate(self.residual_derived, start=1):
            label.hide()
            grid.addWidget(label, 3, column)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        self.residual_note = QLabel(box)
        self.residual_note.setWordWrap(True)
        self.residual_note.hide()
        layout.addWidget(self.residual_note)
        self.risk_error = self._error_label(box)
        layout.addWidget(self.risk_error)
        return box

    # texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.labels.language
        self.placeholder.setText(self.tr("Save the dependency first; then you can assess its risk."))
        self.timeline_caption.setText(self.tr("Assessments, newest first"))
        self.new_button.setText(self.tr("New assessment"))
        self.new_button.setToolTip(self.tr("Start a new assessment, prefilled from the dependency"))
        self.timeline_table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Assessor"), self.tr("Likelihood"), self.tr("Impact"), self.tr("Risk level"),
            self.tr("Matrix")])
        self.timeline_table.setAccessibleName(self.tr("Assessments of this dependency"))
        self.timeline_empty.setText(self.tr("Not assessed yet. Fill in the form below and save it."))
        self.meta_box.setTitle(self.tr("Assessment"))
        self.assessor_label.setText(self.tr("Assessor:"))
        self.date_label.setText(self.tr("Date:"))
        self.matrix_caption.setText(self.tr("Risk matrix:"))
        self.likelihood_box.setTitle(self.tr("Likelihood"))
        self.evidence_box.setTitle(self.tr("Supply evidence"))
        self.evidence_table.setAccessibleName(self.tr("Supply indicators per stage"))
        self.use_suggestion_button.setText(self.tr("Use the suggestion"))
        self.likelihood_label.setText(self.tr("Likelihood:"))
        self.justification_label.setText(self.tr("Justification:"))
        self.justification_edit.setPlaceholderText(self.tr(
            "Required when the likelihood departs from the suggestion: what do the rules not take into account?"))
        self.impact_box.setTitle(self.tr("Impact"))
        self.rule_label.setText(self.tr("Impact rule:"))
        self._fill(self.rule_combo, [("highest", self.tr("Highest level (method default)")),
                                     ("weighted", self.tr("Weighted mean"))])
        self.impact_hint.setText(self.tr(
            "Prefilled from the dependency's criticality for a new assessment. Score each criterion that "
            "applies: X (no impact) or A (limited) to E (catastrophic), each with a rationale."))
        likelihoods = [(s.code, f"{s.code} - {s.label.text(lang)}" + (f"  ({s.range})" if s.range else ""))
                       for s in self.ref.likelihood_scale]
        self._fill(self.likelihood_combo, [("", self.tr("choose a likelihood")), *likelihoods])
        self.risk_box.setTitle(self.tr("Risk"))
        self.risk_hint.setText(self.tr(
            "Inherent risk: before measures. Current risk: with the measures in force (the likelihood and "
            "overall impact above). Residual risk: after the proposed measures."))
        for label, text in zip(self._risk_headers, (self.tr("Likelihood"), self.tr("Impact"), self.tr("Risk level")),
                               strict=True):
            label.setText(text)
        kinds = self._kind_titles()
        for kind, label in self._risk_row_labels.items():
            label.setText(kinds[kind] + ":")
        short_l = [("", self.tr("not entered"))] + [(s.code, f"{s.code} - {s.label.text(lang)}")
                                                   for s in self.ref.likelihood_scale]
        short_i = [("", self.tr("not entered"))] + [(s.code, f"{s.code} - {s.label.text(lang)}")
                                                   for s in self.ref.impact_scale if s.code != "X"]
        for kind, (lik, imp) in self.risk_combos.items():
            self._fill(lik, short_l)
            self._fill(imp, short_i)
            lik.setAccessibleName(self.tr("Likelihood of the %1").replace("%1", kinds[kind].lower()))
            imp.setAccessibleName(self.tr("Impact of the %1").replace("%1", kinds[kind].lower()))
        self.save_button.setText(self.tr("Save assessment"))
        self.save_button.setToolTip(self.tr("Save this assessment (can be undone)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes to this assessment"))
        if self._dep_id is not None and self.session.vault.is_open:
            self._show_evidence()
            self._fill_timeline()
            self._refresh_derived()

    def _kind_titles(self) -> dict[str, str]:
        return {"inherent": self.tr("Inherent risk"), "current": self.tr("Current risk"),
                "residual": self.tr("Residual risk")}

    @staticmethod
    def _fill(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
        """(Re)fill with data and text, keeping the current value and without signals."""
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(blocked)

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)  # a value the scale lacks stays visible (validation names it)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.session.vault.is_open:
            loading, self._loading = self._loading, True
            try:
                self.retranslate()
            finally:
                self._loading = loading
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        """Switch the language of the vocabulary texts; the form keeps its content."""
        self.labels = labels
        self.impact_grid.set_labels(labels)
        self.trade_evidence.labels = labels
        loading, self._loading = self._loading, True
        try:
            self.retranslate()
        finally:
            self._loading = loading

    # loading --------------------------------------------------------------------------------------
    def set_dependency(self, dep_id: str | None) -> None:
        """Show the assessments of ``dep_id`` (None: a record not saved yet).

        Reloading the same record keeps unsaved edits of the form.
        """
        same = dep_id is not None and dep_id == self._dep_id
        self._dep_id = dep_id
        if dep_id is None or not self.session.vault.is_open:
            self._dep = None
            self._timeline = []
            self._before = None
            self._set_dirty(False)
            self.stack.setCurrentIndex(0)
            return
        repo = self.session.vault.dependencies
        try:
            self._dep = repo.get(dep_id, include_deleted=True)
            self._in_bin = repo.is_deleted(dep_id)
        except NotFound:
            self._dep = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._matrices = Matrices(self.session.vault.assessments)
        self._options = self.session.vault.options.for_dependency(dep_id)
        self._show_evidence()
        self._load_timeline()
        if same and self._dirty:
            if self._before is None:  # a new assessment is judged against today's suggestion
                self._form_suggestion = self._suggestion.likelihood
            self._fill_timeline()
            self._refresh_derived()
        else:
            keep = self._before.id if same and self._before is not None else None
            self._open_default(keep)
        self.form.setEnabled(not self._in_bin)
        self.new_button.setEnabled(not self._in_bin)
        if self._in_bin:
            self._show_notice(self.tr("This dependency is in the bin. Restore it from the bin to assess it."))
        else:
            self.notice.hide()
        self._update_buttons()

    def dependency_id(self) -> str | None:
        return self._dep_id

    def _load_timeline(self) -> None:
        assert self._dep_id is not None
        self._timeline = self.session.vault.assessments.for_dependency(self._dep_id)

    def timeline(self) -> list[Assessment]:
        """The stored assessments of the dependency, oldest first."""
        return list(self._timeline)

    def _open_default(self, keep: str | None = None) -> None:
        """The assessment ``keep`` if it still exists, else the newest one, else a new one."""
        ids = [a.id for a in self._timeline]
        if keep in ids:
            self._load_assessment(self._timeline[ids.index(keep)])
        elif self._timeline:
            self._load_assessment(self._timeline[-1])
        else:
            self._load_new()

    def _show_evidence(self) -> None:
        """Indicators of the stored dependency, the suggestion and the CRMA checks."""
        if self._dep is None:
            return
        ev = evidence(self._dep, self.ref)
        self._evidence = ev
        self._suggestion = suggest_likelihood(ev, self.session.vault.assessments.rules())
        self._crma = crma_check(self._dep, ev, self.ref)
        self._fill_evidence(ev)
        self.trade_evidence.show_for(self._dep)
        self._fill_suggestion()
        self._fill_crma()

    def _fill_evidence(self, ev: Evidence) -> None:
        """One column per supply-chain stage, one row per indicator; the bottleneck stage marked."""
        relations = [t for t in self.ref.relation_categories if t.slug != "eu"]
        indicators = [self.tr("HHI (concentration, 0-1)"), self.tr("Largest supplier"), self.tr("Top 3 countries"),
                      self.tr("EU member states")]
        indicators += [self.tr("Relation: %1").replace("%1", t.label.text(self.labels.language)) for t in relations]
        indicators.append(self.tr("Share of supply entered"))
        table = self.evidence_table
        table.clear()
        table.setRowCount(len(indicators))
        table.setColumnCount(1 + len(ev.stages))
        headers = [self.tr("Indicator")]
        bold = QFont(table.font())
        bold.setBold(True)
        for row, text in enumerate(indicators):
            table.setItem(row, 0, QTableWidgetItem(text))
        for column, st in enumerate(ev.stages, start=1):
            stage = self.labels.stages.get(st.stage, st.stage)
            is_bottleneck = ev.bottleneck is not None and st.stage == ev.bottleneck.stage
            headers.append(self.tr("%1\n(bottleneck)").replace("%1", stage) if is_bottleneck else stage)
            country = self.labels.countries.get(st.top1_country, st.top1_country)
            values = [decimal(st.hhi),
                      f"{st.top1_country} - {country}  {percent(st.top1_share)}" if st.top1_country else "-",
                      percent(st.top3_share), percent(st.eu_share)]
            values += [percent(st.relation_shares.get(t.slug, 0.0)) for t in relations]
            values.append(percent(st.covered))
            for row, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if is_bottleneck:
                    item.setBackground(QBrush(QColor(BOTTLENECK_BACKGROUND)))
                    item.setFont(bold)
                table.setItem(row, column, item)
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, max(190, table.sizeHintForColumn(column) + 16))
        table.resizeColumnToContents(0)
        table.setFixedHeight(header.sizeHint().height() + 24 * len(indicators) + 2 * table.frameWidth() + 2)
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + 2 * table.frameWidth() + 2
        table.setMaximumWidth(width)
        table.setVisible(bool(ev.stages))
        # one or two stages: the suggestion sits beside the evidence; more: below it
        side_by_side = len(ev.stages) <= 2
        self.evidence_row.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                       else QBoxLayout.Direction.TopToBottom)
        table.setMinimumWidth(width if side_by_side else 0)
        self.evidence_box.setMaximumWidth(width + 40 if side_by_side and ev.stages else 16777215)
        if ev.bottleneck is None:
            self.bottleneck_label.setText(self.tr(
                "No supply shares are entered for this dependency (tab Supply chain): there is no evidence to "
                "suggest a likelihood from."))
        else:
            b = ev.bottleneck
            self.bottleneck_label.setText(self.tr(
                "Bottleneck stage: %1, the most concentrated stage (HHI %2). HHI above 0.4 marks high "
                "concentration in EU practice.").replace("%1", self.labels.stages.get(b.stage, b.stage))
                .replace("%2", decimal(b.hhi)))
        parts = []
        if ev.import_reliance is not None:
            parts.append(self.tr("Import reliance: %1").replace("%1", percent(ev.import_reliance)))
        if ev.stock_coverage_days is not None:
            parts.append(self.tr("Stock coverage: %1 days").replace("%1", decimal(ev.stock_coverage_days, 0)))
        if ev.substitutability:
            parts.append(self.tr("Substitutability: %1").replace(
                "%1", self.labels.substitutability.get(ev.substitutability, ev.substitutability)))
        self.exposure_label.setText("   ·   ".join(parts) if parts else self.tr(
            "No import reliance, stock coverage or substitutability entered (tab General)."))

    def _fill_suggestion(self) -> None:
        s = self._suggestion
        lang = self.labels.language
        if not s.likelihood:
            self.suggestion_label.setText(self.tr("No suggested likelihood: choose one and explain it below."))
            self.reasons_label.setText("")
            self.reasons_label.hide()
            self.use_suggestion_button.setEnabled(False)
            return
        self.suggestion_label.setText(
            self.tr("Suggested likelihood: %1").replace("%1", self._likelihood_text(s.likelihood)))
        rows = []
        for reason in s.reasons:
            step = self.tr("start") if reason.delta == 0 else (f"+{reason.delta}" if reason.delta > 0
                                                               else f"−{-reason.delta}")
            rows.append(f"<tr><td style='padding-right:10px'><b>{_html(step)}</b></td>"
                        f"<td>{_html(reason.text(lang))}</td></tr>")
        why = self.tr("Why:")
        self.reasons_label.setText(f"<b>{_html(why)}</b><table>{''.join(rows)}</table>")
        self.reasons_label.show()
        self.use_suggestion_button.setEnabled(True)

    def _fill_crma(self) -> None:
        check = self._crma
        self.srm_badge.setVisible(bool(check and check.strategic))
        self.crm_badge.setVisible(bool(check and check.critical))
        self.srm_badge.setToolTip(self.tr("On the EU list of strategic raw materials (CRMA Annex I)"))
        self.crm_badge.setToolTip(self.tr("On the EU list of critical raw materials (CRMA Annex II)"))
        if check is None or not check.warnings:
            self.crma_notice.hide()
            return
        limit = percent(self.ref.crma_single_country_benchmark, 0)
        lines = [self.tr("CRMA 2030 benchmark: no more than %1 of EU consumption from a single third country.")
                 .replace("%1", limit)]
        for stage, country, share in check.warnings:
            lines.append("• " + self.tr("%1: %2 supplies %3").replace("%1", self.labels.stages.get(stage, stage))
                         .replace("%2", f"{country} - {self.labels.countries.get(country, country)}")
                         .replace("%3", percent(share)))
        self.crma_notice.setText("\n".join(lines))
        self.crma_notice.show()

    def _likelihood_text(self, code: str) -> str:
        label = next((s.label.text(self.labels.language) for s in self.ref.likelihood_scale if s.code == code), "")
        return f"{code} - {label}" if label else code

    def _impact_text(self, code: str) -> str:
        label = next((s.label.text(self.labels.language) for s in self.ref.impact_scale if s.code == code), "")
        return f"{code} - {label}" if label else code

    def _fill_timeline(self) -> None:
        table = self.timeline_table
        blocked = table.blockSignals(True)
        table.setRowCount(0)
        for a in reversed(self._timeline):
            row = table.rowCount()
            table.insertRow(row)
            current = a.current
            level = self._matrices.level_of(a, current)
            cells = [a.assessed_on.isoformat(), a.assessor, self._likelihood_text(a.likelihood),
                     self._impact_text(current.impact) if current else self._impact_text("X"),
                     level.label.text(self.labels.language) if level else "-",
                     self.tr("version %1").replace("%1", str(a.matrix_version))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if column == 4 and level is not None:
                    item.setBackground(QBrush(QColor(level.colour)))
                    item.setForeground(QBrush(QColor(text_colour(level.colour))))
                table.setItem(row, column, item)
            if self._before is not None and a.id == self._before.id:
                table.selectRow(row)
        if self._before is None:
            table.clearSelection()
        table.blockSignals(blocked)
        table.setVisible(bool(self._timeline))
        self.timeline_empty.setVisible(not self._timeline)

    def _load_new(self) -> None:
        """A new assessment, prefilled from the dependency and the newest assessment."""
        assert self._dep is not None
        latest = self._timeline[-1] if self._timeline else None
        matrix = self._matrices.newest()
        a = Assessment(
            id=new_id(), dependency_id=self._dep.id, assessed_on=dt.date.today(),
            assessor=self.session.vault.actor.user, matrix_version=matrix.version,
            impacts=[CriticalityScore(c.criterion, c.level, c.rationale) for c in self._dep.criticality],
            likelihood=self._suggestion.likelihood, suggested_likelihood=self._suggestion.likelihood,
            inherent=copy.deepcopy(latest.inherent) if latest else None,
            residual=copy.deepcopy(latest.residual) if latest else None,
        )
        self._before = None
        self._populate(a)

    def _load_assessment(self, a: Assessment) -> None:
        self._before = a
        self._populate(a)

    def _populate(self, a: Assessment) -> None:
        self._loading = True
        try:
            self._assessment_id = a.id
            self._matrix_version = a.matrix_version
            self._form_suggestion = a.suggested_likelihood
            self.assessor_edit.setText(a.assessor)
            self.date_edit.setDate(QDate(a.assessed_on.year, a.assessed_on.month, a.assessed_on.day))
            matrix = self._matrices.get(a.matrix_version)
            self.matrix_label.setText(self.tr("version %1 - %2").replace("%1", str(matrix.version))
                                      .replace("%2", matrix.name.text(self.labels.language)))
            self._choose(self.rule_combo, a.impact_rule)
            self.impact_grid.set_scores(a.impacts)
            self._choose(self.likelihood_combo, a.likelihood)
            self.justification_edit.setPlainText(a.justification)
            for kind, (lik, imp) in self.risk_combos.items():
                score = getattr(a, kind)
                self._choose(lik, score.likelihood if score else "")
                self._choose(imp, score.impact if score else "")
        finally:
            self._loading = False
        self._show_all_errors = False
        self._show_errors([])
        self._baseline = self.build_assessment()
        self._fill_timeline()
        self._set_dirty(False)
        self._refresh_derived()

    # the form's assessment ---------------------------------------------------------------------
    def build_assessment(self) -> Assessment:
        """The assessment as the form shows it (current risk left to the vault to derive)."""
        assert self._dep_id is not None
        qd = self.date_edit.date()
        def score(kind: str) -> RiskScore | None:
            lik, imp = (str(c.currentData() or "") for c in self.risk_combos[kind])
            return RiskScore(lik, imp) if lik or imp else None

        return Assessment(
            id=self._assessment_id, dependency_id=self._dep_id, assessed_on=dt.date(qd.year(), qd.month(), qd.day()),
            assessor=self.assessor_edit.text().strip(), matrix_version=self._matrix_version,
            impacts=self.impact_grid.scores(),
            impact_rule=str(self.rule_combo.currentData() or "highest"),
            likelihood=str(self.likelihood_combo.currentData() or ""), suggested_likelihood=self._form_suggestion,
            justification=self.justification_edit.toPlainText().strip(),
            inherent=score("inherent"), residual=score("residual"),
        )

    def is_new(self) -> bool:
        return self._before is None

    def is_dirty(self) -> bool:
        return self._dirty

    def suggestion(self) -> Suggestion:
        """Today's suggestion from the stored dependency's evidence."""
        return self._suggestion

    def matrix(self) -> RiskMatrix:
        """The matrix the form's assessment is scored under."""
        return self._matrices.get(self._matrix_version)

    def set_likelihood(self, code: str) -> None:
        self._choose(self.likelihood_combo, code)

    def use_suggestion(self) -> None:
        if self._suggestion.likelihood:
            self.set_likelihood(self._form_suggestion or self._suggestion.likelihood)

    def _changed(self, *_args: object) -> None:
        if self._loading or self._baseline is None or self._dep_id is None:
            return
        self._set_dirty(self.build_assessment() != self._baseline)
        self._refresh_derived()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._dep is not None and not self._in_bin
        self.save_button.setEnabled(editable and (self._dirty or self._before is None))
        self.revert_button.setEnabled(editable and self._dirty)
        if self._dirty:
            self.state_label.setText(self.tr("Unsaved changes to this assessment"))
            self.state_label.setStyleSheet("QLabel { color: #8a5a00; }")
        elif self._before is None and self._dep is not None:
            self.state_label.setText(self.tr("New assessment, not saved yet"))
            self.state_label.setStyleSheet("")
        else:
            self.state_label.setText("")

    def _completed(self, a: Assessment) -> Assessment:
        """A copy with the derived current risk filled in (by the vault's own rule)."""
        return self.session.vault.assessments.complete(copy.deepcopy(a))

    def _refresh_derived(self) -> None:
        """Everything computed from the form: title, overall impact, risk levels, badges, messages."""
        if self._dep_id is None or self._baseline is None:
            return
        a = self.build_assessment()
        matrix = self.matrix()
        lang = self.labels.language
        if self._before is None:
            self.form_title.setText(self.tr("New assessment"))
        else:
            self.form_title.setText(self.tr("Assessment of %1").replace("%1", self._before.assessed_on.isoformat()))
        impact = overall_impact(a.impacts, a.impact_rule) if a.impact_rule in IMPACT_RULES else "X"
        self.overall_label.setText(self.tr("Overall impact: %1").replace("%1", self._impact_text(impact)))
        self.current_likelihood_label.setText(self._likelihood_text(a.likelihood) if a.likelihood else "-")
        self.current_impact_label.setText(self._impact_text(impact))
        current_score = RiskScore(a.likelihood, impact) if a.likelihood else None
        residual, from_options = residual_risk(current_score, a.residual, self._options)
        scores = {"inherent": a.inherent, "current": current_score, "residual": residual}
        self._show_residual_source(residual, from_options)
        for kind, badge in self.risk_badges.items():
            level = None
            sc = scores[kind]
            if sc is not None and sc.likelihood in LIKELIHOOD_CODES and sc.impact in LIKELIHOOD_CODES:
                level = matrix.lookup(sc.likelihood, sc.impact)
            if level is None:
                badge.setText(self.tr("no risk level"))
                badge.setStyleSheet("QLabel { color: palette(mid); padding: 3px 8px; }")
            else:
                badge.setText(level.label.text(lang))
                badge.setStyleSheet(badge_style(level.colour))
        current = scores["current"]
        if current is not None and current.impact in LIKELIHOOD_CODES:
            level = matrix.lookup(current.likelihood, current.impact)
            self.current_badge.setText(self.tr("Current risk: %1").replace("%1", level.label.text(lang)))
            self.current_badge.setStyleSheet(badge_style(level.colour))
        else:
            self.current_badge.setText(self.tr("Current risk: -"))
            self.current_badge.setStyleSheet(badge_style("#eceff1", bold=False))
        risky = is_risky_strategic(impact, a.likelihood, matrix)
        self.risky_badge.setText(self.tr("Risky strategic") if risky else self.tr("Not risky strategic"))
        self.risky_badge.setStyleSheet(badge_style(RISKY_COLOUR if risky else NOT_RISKY_COLOUR))
        self.risky_badge.setToolTip(self.tr("Risky strategic: impact at least %1 and likelihood at least %2 "
                                            "(matrix version %3)").replace("%1", matrix.min_impact)
                                    .replace("%2", matrix.min_likelihood).replace("%3", str(matrix.version)))
        stored = self._form_suggestion
        if self._before is not None and stored != self._suggestion.likelihood:
            then = self._likelihood_text(stored) if stored else self.tr("nothing")
            now = self._likelihood_text(self._suggestion.likelihood) if self._suggestion.likelihood \
                else self.tr("nothing")
            self.suggestion_note.setText(self.tr(
                "When this assessment was made the rules suggested %1; today's evidence suggests %2. The "
                "assessment is judged against its own suggestion.").replace("%1", then).replace("%2", now))
            self.suggestion_note.show()
        else:
            self.suggestion_note.hide()
        errors = self.validation_errors(a)
        departure = [e for e in errors if e.field == "justification"]
        self.justification_error.setText("\n".join(self._message(e) for e in departure))
        self.justification_error.setVisible(bool(departure))
        if self._show_all_errors:
            self._show_errors(errors)

    def _show_residual_source(self, residual: RiskScore | None, from_options: int) -> None:
        """The residual row: the entered value, or the one the action options give (read-only)."""
        derived = from_options > 0 and residual is not None
        for combo in self.risk_combos["residual"]:
            combo.setVisible(not derived)
        for label, text in zip(self.residual_derived, (
                self._likelihood_text(residual.likelihood) if derived and residual else "",
                self._impact_text(residual.impact) if derived and residual else ""), strict=True):
            label.setText(text)
            label.setVisible(derived)
        self.residual_note.setVisible(derived)
        if derived:
            self.residual_note.setText(self.tr(
                "Residual risk from %1 planned or agreed action option(s): the current risk lowered by their "
                "expected effect (tab Options). Without such options the residual risk entered here applies.")
                .replace("%1", str(from_options)))

    def _options_changed(self, dep_id: str) -> None:
        if dep_id == self._dep_id and self.session.vault.is_open:
            self._options = self.session.vault.options.for_dependency(dep_id)
            self._refresh_derived()

    def residual(self) -> tuple[RiskScore | None, int]:
        """The residual risk the form shows and how many options it derives from (0: as entered)."""
        a = self.build_assessment()
        impact = overall_impact(a.impacts, a.impact_rule) if a.impact_rule in IMPACT_RULES else "X"
        return residual_risk(RiskScore(a.likelihood, impact) if a.likelihood else None, a.residual, self._options)

    def validation_errors(self, a: Assessment | None = None) -> list[ValidationError]:
        """What the core's rules say about the form's assessment (empty when it can be saved)."""
        a = a if a is not None else self.build_assessment()
        return validate_assessment(self._completed(a), self.ref, self.matrix())

    # messages ----------------------------------------------------------------------------------
    def _message(self, e: ValidationError) -> str:
        """The core's reason in the interface language (its assessment rules have no templates)."""
        if e.field == "justification":
            return self.tr("The likelihood departs from the suggested class %1: give a justification.") \
                .replace("%1", self._form_suggestion)
        if e.field == "assessor":
            return self.tr("The assessor is required.")
        if e.field == "likelihood":
            return self.tr("Choose a likelihood (A to E).")
        if e.field in ("inherent", "residual"):
            return self.tr("%1 needs both a likelihood and an impact.").replace("%1", self._kind_titles()[e.field])
        match = _RATIONALE.search(e.reason)
        if e.field == "impacts" and match:
            return self.tr("Criterion %1 needs a rationale.").replace("%1", match.group(1))
        return e.reason

    def error_messages(self) -> list[str]:
        """The messages on screen now."""
        labels = (self.meta_error, self.likelihood_error, self.justification_error, self.impact_error,
                  self.risk_error)
        return [line for label in labels if not label.isHidden() for line in label.text().splitlines() if line]

    def _show_errors(self, errors: list[ValidationError]) -> None:
        by_place: dict[QLabel, list[str]] = {}
        place = {"assessor": self.meta_error, "matrix_version": self.meta_error, "dependency_id": self.meta_error,
                 "likelihood": self.likelihood_error, "impacts": self.impact_error, "impact_rule": self.impact_error,
                 "inherent": self.risk_error, "current": self.risk_error, "residual": self.risk_error}
        bad_criteria = set()
        for e in errors:
            if e.field == "justification":
                continue  # shown live under the box
            by_place.setdefault(place.get(e.field, self.meta_error), []).append(self._message(e))
            match = _RATIONALE.search(e.reason)
            if match:
                bad_criteria.add(match.group(1))
        for label in (self.meta_error, self.likelihood_error, self.impact_error, self.risk_error):
            messages = by_place.get(label, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        for code, edit in self.rationale_edits.items():
            edit.setStyleSheet(BAD_EDIT_STYLE if code in bad_criteria else "")

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # actions -------------------------------------------------------------------------------------
    def new_assessment(self) -> None:
        """Start a new assessment (after asking about unsaved edits)."""
        if self._dep is None or not self.request_leave():
            return
        self._load_new()

    def _new_clicked(self) -> None:
        self.new_assessment()

    def select_assessment(self, assessment_id: str) -> None:
        """Open a stored assessment in the form."""
        for a in self._timeline:
            if a.id == assessment_id:
                if self._before is None or self._before.id != assessment_id:
                    self._load_assessment(a)
                return
        raise KeyError(assessment_id)

    def _timeline_selected(self) -> None:
        items = self.timeline_table.selectedItems()
        if not items:
            return
        assessment_id = str(items[0].data(Qt.ItemDataRole.UserRole))
        if self._before is not None and self._before.id == assessment_id:
            return
        if not self.request_leave():
            self._fill_timeline()  # put the selection back
            return
        self.select_assessment(assessment_id)

    def save(self) -> bool:
        """Validate and store through the session (undoable). False, with messages, if refused."""
        if self._dep is None or self._in_bin:
            return False
        a = self.build_assessment()
        errors = self.validation_errors(a)
        if errors:
            self._refuse(errors)
            return False
        if not self.store_or_refuse(lambda: self.session.save_assessment(self._before, a),
                                    self.tr("The assessment was not saved: %1")):
            return False
        self._load_timeline()
        stored = next((x for x in self._timeline if x.id == a.id), None)
        if stored is None and self._timeline:
            stored = self._timeline[-1]
        if stored is not None:
            self._load_assessment(stored)
        self.notice.hide()
        self.state_label.setText(self.tr("Assessment saved"))
        self.state_label.setStyleSheet("QLabel { color: #1b5e20; }")
        self.saved.emit(a.id)
        return True

    def _refuse(self, errors: list[ValidationError]) -> None:
        self._show_all_errors = True
        self._show_errors(errors)
        self._refresh_derived()
        self.show_refused(len(errors))
        first = next((w for w in (self.justification_error, self.meta_error, self.likelihood_error,
                                  self.impact_error, self.risk_error) if not w.isHidden()), None)
        if first is not None:
            self.form_area.ensureWidgetVisible(first)

    def revert(self) -> None:
        """Throw away unsaved edits: back to the stored assessment, or a fresh new one."""
        if self._before is not None:
            self._load_assessment(self._before)
        elif self._dep is not None:
            self._load_new()

    def request_leave(self) -> bool:
        """Ask about unsaved edits before the form shows something else; False if the user cancels."""
        return self.ask_to_leave(self.tr("Unsaved assessment"), self.tr("Save the changes to this assessment?"),
                                 lambda: self._set_dirty(False))

    # other views ---------------------------------------------------------------------------------
    def _risk_settings_changed(self) -> None:
        """A new matrix version or new rules: recompute the suggestion and the risk levels shown."""
        if not self.session.vault.is_open or self._dep_id is None:
            return
        self._matrices = Matrices(self.session.vault.assessments)
        self._show_evidence()
        self._refresh_derived()

    def _assessments_changed(self, dep_id: str) -> None:
        """Undo, redo and other views: follow the vault unless the user is editing."""
        if dep_id != self._dep_id or self._saving or not self.session.vault.is_open:
            return
        self._matrices = Matrices(self.session.vault.assessments)
        self._load_timeline()
        if self._dirty:
            self._fill_timeline()
            self._show_notice(self.tr("The assessments of this dependency changed while you were editing. "
                                      "Save to keep your version, or Revert."))
            return
        self._open_default(self._before.id if self._before is not None else None)

    def _dependency_changed(self, dep_id: str) -> None:
        """The record itself changed (supply shares, criticality): new evidence and suggestion."""
        if dep_id != self._dep_id or not self.session.vault.is_open:
            return
        repo = self.session.vault.dependencies
        if not repo.exists(dep_id):
            return
        self._dep = repo.get(dep_id, include_deleted=True)
        self._show_evidence()
        if self._before is None and not self._dirty:
            self._load_new()
            return
        if self._before is None:  # a new assessment is judged against today's suggestion
            self._form_suggestion = self._suggestion.likelihood
        self._refresh_derived()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
