"""The form for one action option: its text, its details (effect, costs, responsibility), its
review and its history.

The form collects input and shows what the core derives from it: whether the rung needs a
proportionality justification (:func:`sdapp.core.options.needs_proportionality` against the
rungs tried for the dependency), the risk with this option and with all planned ones
(:func:`residual_from_options`, :func:`residual_risk`), the cost estimate. Validation comes
from :func:`validate_option`; every write goes through the :class:`Session` (undoable).
"""

from __future__ import annotations

import copy
import html
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.errors import ValidationError
from sdapp.core.model import LIKELIHOOD_CODES, ActionOption, Assessment, RiskScore, new_id
from sdapp.core.option_templates import OptionTemplate, prefill, template_for, untouched
from sdapp.core.options import (
    DECIDED,
    LEVELS,
    MARKET_DISRUPTION,
    MAX_EFFECT,
    PLANNED_STATUSES,
    PROPORTIONALITY_RUNG,
    changed_since_agreement,
    cost_estimate,
    needs_proportionality,
    residual_from_options,
    residual_risk,
    same_content,
    tried_rungs,
    validate_option,
)
from sdapp.core.richtext import record_link, same_markdown
from sdapp.gui.editor_saving import ERROR_STYLE, SavingEditor
from sdapp.gui.history_panel import local_time
from sdapp.gui.labels import Labels
from sdapp.gui.markdown_edit import READ_FEATURES, FormattingBar, MarkdownEdit, RecordLinkDialog, link_kind
from sdapp.gui.option_common import (
    bearer_text,
    category_text,
    changed_badge_style,
    disruption_text,
    field_titles,
    level_text,
    money,
    rung_text,
    status_badge_style,
    status_text,
)
from sdapp.gui.option_history import OptionHistoryPanel
from sdapp.gui.option_review import OptionReviewDialog, OptionReviewPanel
from sdapp.gui.risk_common import Matrices, text_colour
from sdapp.gui.session import Session
from sdapp.gui.validation_text import translated_reason
from sdapp.vault.errors import NotFound, RecordInvalid, VaultError

TAB_TEXT, TAB_DETAILS, TAB_REVIEW, TAB_HISTORY = range(4)
ERROR_COLOUR = "#b00020"
NOTICE_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0b34a; padding: 6px; color: #4a3a00; }"
NEEDED_STYLE = "QLabel { color: #8a5a00; }"
HINT_STYLE = "QLabel { color: palette(window-text); }"
_TEXT_FIELDS = frozenset({"title", "category", "rung", "body", "proportionality_justification"})
COST_FIELDS = ("cost_once_low", "cost_once_high", "cost_yearly_low", "cost_yearly_high")


def tab_of(field: str) -> int:
    return TAB_TEXT if field in _TEXT_FIELDS else TAB_DETAILS


class OptionEditor(QWidget, SavingEditor):
    """Edit one option of a dependency, or a new one.

    Signals: ``saved(id)``, ``deleted(id)``, ``dirtyChanged(bool)``, ``linkActivated(url)`` (a
    record link in the text was Ctrl+clicked)."""

    saved = Signal(str)
    deleted = Signal(str)
    dirtyChanged = Signal(bool)
    linkActivated = Signal(str)

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = session.ref
        self.labels = labels
        self.setObjectName("optionEditor")
        self._option_id = ""
        self._dep_id = ""
        self._before: ActionOption | None = None  # the stored option; None while new
        self._base: ActionOption | None = None  # what the form started from (workflow fields, body text)
        self._baseline: ActionOption | None = None  # the form's content right after loading
        self._body_markdown = ""  # the editor's Markdown right after loading
        self._tried: list[int] = []
        self._others: list[ActionOption] = []
        self._latest: Assessment | None = None
        self._orig_numbers: dict[str, float | None] = {}
        self._template_language = labels.language
        self._templates: dict[tuple[str, str], OptionTemplate] | None = None
        self._loading = False
        self._saving = False
        self._dirty = False
        self._editable = True
        self._show_all_errors = False
        self._shown_errors: list[ValidationError] = []
        self._form_labels: dict[str, QLabel] = {}
        self._matrices = Matrices(session.vault.assessments)

        self._build()
        self.session.optionChanged.connect(self._options_changed)
        self.session.optionTemplatesChanged.connect(self._templates_changed)
        self.session.assessmentChanged.connect(self._assessments_changed)
        self.retranslate()

    # construction -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setMinimumWidth(80)
        self.status_badge = QLabel(self)
        self.changed_badge = QLabel(self)
        self.changed_badge.setStyleSheet(changed_badge_style())
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.changed_badge)
        header.addWidget(self.status_badge)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._scrolled(self._build_text()), "")
        self.tabs.addTab(self._scrolled(self._build_details()), "")
        self.review = OptionReviewPanel(self.session, self.labels, self)
        self.review.stepRequested.connect(self.take_step)
        self.tabs.addTab(self.review, "")
        self.history = OptionHistoryPanel(self.session, self.labels, self)
        self.tabs.addTab(self.history, "")

        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

    def _scrolled(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _label(self, key: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setBuddy(buddy)
        self._form_labels[key] = label
        return label

    def _error(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _build_text(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(2, 8, 6, 4)
        outer.setSpacing(6)
        self.text_error = self._error(page)
        outer.addWidget(self.text_error)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.title_edit = QLineEdit(page)
        self.title_edit.setMaxLength(400)  # the rule (200) comes from validation, with its message
        grid.addWidget(self._label("title", self.title_edit, page), 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        self.category_combo = QComboBox(page)
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(18)
        grid.addWidget(self._label("category", self.category_combo, page), 1, 0)
        grid.addWidget(self.category_combo, 1, 1)
        self.rung_combo = QComboBox(page)
        self.rung_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rung_combo.setMinimumContentsLength(18)
        grid.addWidget(self._label("rung", self.rung_combo, page), 1, 2)
        grid.addWidget(self.rung_combo, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)

        body_row = QHBoxLayout()
        body_row.setSpacing(8)
        left = QVBoxLayout()
        left.setSpacing(4)
        self.body_edit = MarkdownEdit(page)
        self.body_edit.setMinimumHeight(150)
        self.body_edit.describe_link = self._describe_link
        self.body_edit.linkActivated.connect(self.linkActivated.emit)
        self.format_bar = FormattingBar(self.body_edit, page)
        self.format_bar.linkRequested.connect(self.link_record)
        self.body_caption = self._label("body", self.body_edit, page)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.body_caption)
        caption_row.addWidget(self.format_bar, 1)
        left.addLayout(caption_row)
        left.addWidget(self.body_edit, 1)
        body_row.addLayout(left, 1)

        self.guide_box = QGroupBox(page)
        self.guide_box.setFixedWidth(250)
        guide = QVBoxLayout(self.guide_box)
        guide.setSpacing(6)
        lang_row = QHBoxLayout()
        self.template_language_label = QLabel(self.guide_box)
        self.template_language_combo = QComboBox(self.guide_box)
        self.template_language_combo.addItem("Nederlands", "nl")
        self.template_language_combo.addItem("English", "en")
        self.template_language_label.setBuddy(self.template_language_combo)
        self.template_language_combo.currentIndexChanged.connect(self._template_language_changed)
        lang_row.addWidget(self.template_language_label)
        lang_row.addWidget(self.template_language_combo, 1)
        guide.addLayout(lang_row)
        self.prompts_label = QLabel(self.guide_box)
        self.prompts_label.setWordWrap(True)
        self.prompts_label.setTextFormat(Qt.TextFormat.RichText)
        self.prompts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        prompts_area = QScrollArea(self.guide_box)
        prompts_area.setWidgetResizable(True)
        prompts_area.setFrameShape(QFrame.Shape.NoFrame)
        prompts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        prompts_area.setWidget(self.prompts_label)
        prompts_area.setMinimumHeight(90)
        guide.addWidget(prompts_area, 1)
        self.insert_template_button = QPushButton(self.guide_box)
        self.insert_template_button.clicked.connect(self.insert_template)
        guide.addWidget(self.insert_template_button)
        body_row.addWidget(self.guide_box)
        outer.addLayout(body_row, 1)

        self.proportionality_box = QGroupBox(page)
        prop = QVBoxLayout(self.proportionality_box)
        prop.setSpacing(4)
        self.proportionality_hint = QLabel(self.proportionality_box)
        self.proportionality_hint.setWordWrap(True)
        prop.addWidget(self.proportionality_hint)
        self.justification_edit = QPlainTextEdit(self.proportionality_box)
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setFixedHeight(54)
        prop.addWidget(self.justification_edit)
        outer.addWidget(self.proportionality_box)

        self.title_edit.textChanged.connect(self._changed)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.rung_combo.currentIndexChanged.connect(self._changed)
        self.body_edit.textChanged.connect(self._changed)
        self.justification_edit.textChanged.connect(self._changed)
        return page

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(2, 8, 6, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.details_error = self._error(page)
        grid.addWidget(self.details_error, 0, 0, 1, 2)

        self.effect_box = QGroupBox(page)
        form = QFormLayout(self.effect_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.effect_l_spin = self._effect_spin(self.effect_box)
        form.addRow(self._label("effect_likelihood", self.effect_l_spin, self.effect_box), self.effect_l_spin)
        self.effect_i_spin = self._effect_spin(self.effect_box)
        form.addRow(self._label("effect_impact", self.effect_i_spin, self.effect_box), self.effect_i_spin)
        self.effect_preview = QLabel(self.effect_box)
        self.effect_preview.setWordWrap(True)
        self.effect_preview.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.effect_preview)
        grid.addWidget(self.effect_box, 1, 0)

        self.costs_box = QGroupBox(page)
        costs = QGridLayout(self.costs_box)
        costs.setHorizontalSpacing(8)
        self.cost_low_caption = QLabel(self.costs_box)
        self.cost_high_caption = QLabel(self.costs_box)
        for label in (self.cost_low_caption, self.cost_high_caption):
            label.setStyleSheet("font-weight: bold;")
        costs.addWidget(self.cost_low_caption, 0, 1)
        costs.addWidget(self.cost_high_caption, 0, 2)
        self.cost_spins: dict[str, QDoubleSpinBox] = {}
        for row, kind in enumerate(("once", "yearly"), start=1):
            low, high = self._cost_spin(self.costs_box), self._cost_spin(self.costs_box)
            self.cost_spins[f"cost_{kind}_low"], self.cost_spins[f"cost_{kind}_high"] = low, high
            costs.addWidget(self._label(f"cost_{kind}", low, self.costs_box), row, 0)
            costs.addWidget(low, row, 1)
            costs.addWidget(high, row, 2)
        self.bearer_combo = QComboBox(self.costs_box)
        costs.addWidget(self._label("cost_bearer", self.bearer_combo, self.costs_box), 3, 0)
        costs.addWidget(self.bearer_combo, 3, 1, 1, 2)
        self.estimate_label = QLabel(self.costs_box)
        self.estimate_label.setWordWrap(True)
        costs.addWidget(self.estimate_label, 4, 0, 1, 3)
        costs.setColumnStretch(1, 1)
        costs.setColumnStretch(2, 1)
        grid.addWidget(self.costs_box, 2, 0)

        self.responsibility_box = QGroupBox(page)
        form = QFormLayout(self.responsibility_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.level_combo = QComboBox(self.responsibility_box)
        form.addRow(self._label("level", self.level_combo, self.responsibility_box), self.level_combo)
        self.lead_combo = QComboBox(self.responsibility_box)
        self.lead_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lead_combo.setMinimumContentsLength(16)
        form.addRow(self._label("lead_ministry", self.lead_combo, self.responsibility_box), self.lead_combo)
        involved = QWidget(self.responsibility_box)
        involved_grid = QGridLayout(involved)
        involved_grid.setContentsMargins(0, 2, 0, 0)
        involved_grid.setHorizontalSpacing(10)
        involved_grid.setVerticalSpacing(2)
        self.involved_checks: dict[str, QCheckBox] = {}
        for i, m in enumerate(self.ref.ministries):
            check = QCheckBox(m.slug, involved)
            check.toggled.connect(self._changed)
            self.involved_checks[m.slug] = check
            involved_grid.addWidget(check, i // 5, i % 5)
        form.addRow(self._label("involved_ministries", involved, self.responsibility_box), involved)
        grid.addWidget(self.responsibility_box, 1, 1)

        self.implementation_box = QGroupBox(page)
        form = QFormLayout(self.implementation_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.disruption_combo = QComboBox(self.implementation_box)
        form.addRow(self._label("market_disruption", self.disruption_combo, self.implementation_box),
                    self.disruption_combo)
        self.time_edit = QLineEdit(self.implementation_box)
        form.addRow(self._label("time_to_effect", self.time_edit, self.implementation_box), self.time_edit)
        self.legal_edit = QLineEdit(self.implementation_box)
        form.addRow(self._label("legal_basis", self.legal_edit, self.implementation_box), self.legal_edit)
        self.risks_edit = QPlainTextEdit(self.implementation_box)
        self.risks_edit.setTabChangesFocus(True)
        self.risks_edit.setFixedHeight(62)
        form.addRow(self._label("risks", self.risks_edit, self.implementation_box), self.risks_edit)
        grid.addWidget(self.implementation_box, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

        for spin in (self.effect_l_spin, self.effect_i_spin):
            spin.valueChanged.connect(self._changed)
        for dspin in self.cost_spins.values():
            dspin.valueChanged.connect(self._changed)
        for combo in (self.bearer_combo, self.level_combo, self.lead_combo, self.disruption_combo):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.time_edit, self.legal_edit):
            edit.textChanged.connect(self._changed)
        self.risks_edit.textChanged.connect(self._changed)
        return page

    def _effect_spin(self, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_EFFECT)
        spin.setPrefix("−")
        spin.setMaximumWidth(150)
        return spin

    def _cost_spin(self, parent: QWidget) -> QDoubleSpinBox:
        """A cost that may be unknown: the minimum (-1) reads as "not known" and means None."""
        spin = QDoubleSpinBox(parent)
        spin.setRange(-1.0, 100_000.0)
        spin.setDecimals(2)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        return spin

    # texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = field_titles()
        self.tabs.setTabText(TAB_TEXT, self.tr("Text"))
        self.tabs.setTabText(TAB_DETAILS, self.tr("Effect, costs and responsibility"))
        self.tabs.setTabText(TAB_REVIEW, self.tr("Review"))
        self.tabs.setTabText(TAB_HISTORY, self.tr("History"))
        texts = {
            "title": titles["title"], "category": titles["category"], "rung": self.tr("Escalation rung"),
            "body": titles["body"], "effect_likelihood": self.tr("Likelihood lower by"),
            "effect_impact": self.tr("Impact lower by"), "cost_once": self.tr("One-off (€ m)"),
            "cost_yearly": self.tr("Per year (€ m)"), "cost_bearer": self.tr("Borne by"),
            "level": titles["level"], "lead_ministry": titles["lead_ministry"],
            "involved_ministries": self.tr("Involved"), "market_disruption": self.tr("Disruption"),
            "time_to_effect": titles["time_to_effect"], "legal_basis": self.tr("Legal basis"),
            "risks": self.tr("Risks"),
        }
        for key, text in texts.items():
            self._form_labels[key].setText(text + ":")
        self.guide_box.setTitle(self.tr("Guidance"))
        self.template_language_label.setText(self.tr("Template:"))
        self.insert_template_button.setText(self.tr("Insert standard text"))
        self.insert_template_button.setToolTip(self.tr(
            "Insert the standard text of the category's template at the cursor"))
        self.proportionality_box.setTitle(titles["proportionality_justification"])
        self.justification_edit.setPlaceholderText(self.tr("Why do lower rungs of the escalation ladder fall short?"))
        self.effect_box.setTitle(self.tr("Expected effect"))
        self.costs_box.setTitle(self.tr("Costs"))
        self.cost_low_caption.setText(self.tr("Low"))
        self.cost_high_caption.setText(self.tr("High"))
        self.responsibility_box.setTitle(self.tr("Responsibility"))
        self.implementation_box.setTitle(self.tr("Implementation and risks"))
        self.risks_edit.setToolTip(titles["risks"])
        self.title_edit.setPlaceholderText(self.tr("A short name for the option"))
        self.time_edit.setPlaceholderText(self.tr("e.g. 1 to 2 years"))
        self.legal_edit.setPlaceholderText(self.tr("Law, regulation or instrument"))
        self.risks_edit.setPlaceholderText(self.tr("What could go wrong, and what does it cost others?"))
        self.body_edit.setPlaceholderText(self.tr("The option in full: background, measure, expected effect."))
        not_known = self.tr("not known")
        for spin in self.cost_spins.values():
            spin.setSpecialValueText(not_known)
        for spin in (self.effect_l_spin, self.effect_i_spin):
            spin.setSuffix(" " + self.tr("class(es)"))
        accessible = {
            self.title_edit: titles["title"], self.category_combo: titles["category"],
            self.rung_combo: texts["rung"], self.body_edit: titles["body"],
            self.justification_edit: titles["proportionality_justification"],
            self.effect_l_spin: titles["effect_likelihood"], self.effect_i_spin: titles["effect_impact"],
            self.level_combo: titles["level"], self.lead_combo: titles["lead_ministry"],
            self.disruption_combo: titles["market_disruption"],
            self.time_edit: titles["time_to_effect"], self.legal_edit: titles["legal_basis"],
            self.risks_edit: titles["risks"], self.bearer_combo: titles["cost_bearer"],
        }
        for name, spin in self.cost_spins.items():
            accessible[spin] = titles[name]
        for widget, text in accessible.items():
            widget.setAccessibleName(text)
        self.save_button.setText(self.tr("Save option"))
        self.save_button.setToolTip(self.tr("Save this option (Ctrl+S; can be undone)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes to this option"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Move this option to the bin"))
        self._fill_vocabularies()
        if self._baseline is not None:
            self._refresh_derived()
            self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            loading, self._loading = self._loading, True
            try:
                self.retranslate()
            finally:
                self._loading = loading
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.labels = labels
        self.review.set_labels(labels)
        self.history.set_labels(labels)
        loading, self._loading = self._loading, True
        try:
            self.retranslate()
        finally:
            self._loading = loading

    def _fill_vocabularies(self) -> None:
        lang = self.labels.language
        self._fill(self.category_combo, {c.slug: c.label.text(lang) for c in self.ref.option_categories})
        self._fill(self.rung_combo, {r.rung: rung_text(self.ref, lang, r.rung) for r in self.ref.ladder})
        self._fill(self.level_combo, {x: level_text(x) for x in LEVELS})
        self._fill(self.bearer_combo, {x: bearer_text(x) for x in ("public", "private", "both")})
        self._fill(self.disruption_combo, {x: disruption_text(x) for x in MARKET_DISRUPTION})
        self._fill(self.lead_combo, {"": self.tr("(none)"), **self.labels.ministry_names})
        for slug, check in self.involved_checks.items():
            check.setToolTip(self.labels.ministry_names.get(slug, slug))

    @staticmethod
    def _fill(combo: QComboBox, items: Mapping[object, str]) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        for data, text in items.items():
            combo.addItem(text, data)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(str(current), current)  # a value the vocabulary lacks stays visible
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(blocked)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # loading --------------------------------------------------------------------------------------
    def load(self, option_id: str) -> None:
        """Show the stored option ``option_id``."""
        repo = self.session.vault.options
        try:
            option = repo.get(option_id)
        except NotFound:
            self._option_id = option_id
            self._before = None
            self._show_notice(self.tr("This option does not exist (any more)."))
            self._set_editable(False)
            return
        self._before = option
        self._populate(option)

    def new_option(self, dep_id: str, category: str) -> None:
        """Start a new option for ``dep_id`` in ``category``, prefilled from its template."""
        dep = self.session.vault.dependencies.get(dep_id)
        template = self.template(category)
        option = ActionOption(id=new_id(), dependency_id=dep_id, title="", category=category,
                              rung=self._suggested_rung(template), lead_ministry=dep.lead_ministry,
                              author=self.session.vault.actor.user)
        option = prefill(option, template)
        self._before = None
        self._populate(option)
        self.tabs.setCurrentIndex(TAB_TEXT)
        self.title_edit.setFocus()

    def _populate(self, option: ActionOption) -> None:
        self._loading = True
        self._show_all_errors = False
        self.notice.hide()
        try:
            self._option_id = option.id
            self._dep_id = option.dependency_id
            self._base = copy.deepcopy(option)
            self._load_context()
            self.title_edit.setText(option.title)
            self._choose(self.category_combo, option.category)
            self.category_combo.setProperty("lastCategory", option.category)
            self._choose(self.rung_combo, option.rung)
            self.body_edit.set_markdown(option.body)
            self._body_markdown = self.body_edit.markdown()
            self.justification_edit.setPlainText(option.proportionality_justification)
            self.effect_l_spin.setValue(option.effect_likelihood)
            self.effect_i_spin.setValue(option.effect_impact)
            for name, spin in self.cost_spins.items():
                value = getattr(option, name)
                self._orig_numbers[name] = value
                spin.setValue(spin.minimum() if value is None else float(value))
            self._choose(self.bearer_combo, option.cost_bearer)
            self._choose(self.level_combo, option.level)
            self._choose(self.lead_combo, option.lead_ministry)
            self._choose(self.disruption_combo, option.market_disruption)
            involved = set(option.involved_ministries)
            for slug, check in self.involved_checks.items():
                check.setChecked(slug in involved)
            self.time_edit.setText(option.time_to_effect)
            self.legal_edit.setText(option.legal_basis)
            self.risks_edit.setPlainText(option.risks)
        finally:
            self._loading = False
        self._baseline = self.build_option()
        self._show_errors([])
        self._set_dirty(False)
        decided = self._before is not None and self._before.status in DECIDED
        in_bin = self.session.vault.dependencies.is_deleted(self._dep_id)
        self._set_editable(not decided and not in_bin)
        if in_bin:
            self._show_notice(self.tr("The dependency is in the bin. Restore it from the bin to edit its options."))
        elif decided:
            self._show_notice(self.tr("The option is decided (%1). Decided options are final and cannot be "
                                      "edited.").replace("%1", status_text(self._before.status if self._before
                                                                           else "")))
        self.review.set_option(self._before)
        self.history.set_option(self._option_id if self._before is not None else None)
        self._refresh_derived()

    def _load_context(self) -> None:
        """The dependency's other options (tried rungs, planned effects) and its latest assessment."""
        options = self.session.vault.options.for_dependency(self._dep_id)
        self._others = [o for o in options if o.id != self._option_id]
        self._tried = tried_rungs(self._others, self._dep_id, self._option_id)
        self._latest = self.session.vault.assessments.latest(self._dep_id)
        self._matrices = Matrices(self.session.vault.assessments)

    # building the option ---------------------------------------------------------------------------
    def build_option(self) -> ActionOption:
        """The option as the form shows it; never fails (validation judges it)."""
        base = self._base if self._base is not None else ActionOption(
            id=self._option_id or new_id(), dependency_id=self._dep_id, title="", category="", rung=1)
        out = copy.deepcopy(base)
        out.title = self.title_edit.text().strip()
        out.category = str(self.category_combo.currentData() or "")
        rung = self.rung_combo.currentData()
        out.rung = int(rung) if isinstance(rung, int) else base.rung
        markdown = self.body_edit.markdown()
        # the editor re-wraps what it loads: an unedited text keeps its stored form
        out.body = base.body if same_markdown(markdown, self._body_markdown) else markdown
        out.proportionality_justification = self.justification_edit.toPlainText().strip()
        out.effect_likelihood = self.effect_l_spin.value()
        out.effect_impact = self.effect_i_spin.value()
        for name, spin in self.cost_spins.items():
            setattr(out, name, self._number(spin, name))
        out.cost_bearer = str(self.bearer_combo.currentData() or "")
        out.level = str(self.level_combo.currentData() or "")
        out.lead_ministry = str(self.lead_combo.currentData() or "")
        out.market_disruption = str(self.disruption_combo.currentData() or "")
        known = set(self.involved_checks)
        out.involved_ministries = [slug for slug, check in self.involved_checks.items() if check.isChecked()] + [
            m for m in base.involved_ministries if m not in known]  # a ministry the list lacks is kept
        out.time_to_effect = self.time_edit.text().strip()
        out.legal_basis = self.legal_edit.text().strip()
        out.risks = self.risks_edit.toPlainText().strip()
        return out

    def _number(self, spin: QDoubleSpinBox, key: str) -> float | None:
        if spin.value() == spin.minimum():
            return None
        original = self._orig_numbers.get(key)
        if original is not None and round(original, spin.decimals()) == spin.value():
            return original  # the spin box rounds for display only: keep the stored precision
        return float(spin.value())

    # state ---------------------------------------------------------------------------------------------
    def option_id(self) -> str:
        return self._option_id

    def dependency_id(self) -> str:
        return self._dep_id

    def is_new(self) -> bool:
        return self._before is None and bool(self._option_id) and self._base is not None

    def is_dirty(self) -> bool:
        return self._dirty

    def stored(self) -> ActionOption | None:
        return self._before

    def templates(self) -> dict[tuple[str, str], OptionTemplate]:
        """The vault's templates, read once (again after the templates dialog saves)."""
        if self._templates is None:
            self._templates = self.session.vault.options.templates()
        return self._templates

    def template(self, category: str) -> OptionTemplate:
        return template_for(self.templates(), category, self._template_language)

    def _changed(self, *_args: object) -> None:
        if self._loading or self._baseline is None:
            return
        self._set_dirty(not same_content(self.build_option(), self._baseline))
        self._refresh_derived()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_buttons()
        if changed:
            self.dirtyChanged.emit(dirty)

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        for index in (TAB_TEXT, TAB_DETAILS):
            page = self.tabs.widget(index)
            inner = page.widget() if isinstance(page, QScrollArea) else page
            inner.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        new = self._before is None and self._base is not None
        self.save_button.setEnabled(self._editable and (self._dirty or new))
        self.revert_button.setEnabled(self._editable and self._dirty)
        self.delete_button.setEnabled(self._before is not None and self._before.status not in DECIDED)
        if self._dirty:
            changed = self._before is not None and self._before.agreed_fingerprint
            text = self.tr("Unsaved changes") + (
                " — " + self.tr("saving them needs a new agreement") if changed else "")
            self.state_label.setText(text)
            self.state_label.setStyleSheet("QLabel { color: #8a5a00; }")
        elif new:
            self.state_label.setText(self.tr("New option, not saved yet"))
            self.state_label.setStyleSheet(HINT_STYLE)
        else:
            self.state_label.setText("")

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # derived ------------------------------------------------------------------------------------
    def _refresh_derived(self) -> None:
        option = self.build_option()
        title = option.title or (self.tr("New option") if self._before is None else self.tr("(no title)"))
        self.title_label.setText(title)
        status = self._before.status if self._before is not None else "concept"
        self.status_badge.setText(status_text(status))
        self.status_badge.setStyleSheet(status_badge_style(status))
        self.changed_badge.setText(self.tr("Changed since agreement"))
        changed = self._before is not None and changed_since_agreement(self._before)
        self.changed_badge.setVisible(changed)
        self.changed_badge.setToolTip(self.tr("Edited after the agreement: a second user must agree it again"))
        self._refresh_guidance(option)
        self._refresh_proportionality(option)
        self._refresh_effect(option)
        self._refresh_costs(option)
        errors = validate_option(option, self.ref, self._tried)
        if self._show_all_errors:
            self._show_errors(errors, switch_tab=False)

    def _refresh_guidance(self, option: ActionOption) -> None:
        template = self.template(option.category)
        lang = self.labels.language
        head = self.tr("Questions to answer for %1:").replace("%1", category_text(self.ref, lang, option.category))
        if template.prompts:
            items = "".join(f"<li style='margin-bottom:4px'>{_escape(p)}</li>" for p in template.prompts)
            self.prompts_label.setText(f"<b>{_escape(head)}</b><ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.prompts_label.setText(_escape(self.tr("This category's template has no questions. Edit the "
                                                       "templates under \"Templates…\".")))
        self.insert_template_button.setEnabled(bool(template.body.strip()) and self._editable)
        blocked = self.template_language_combo.blockSignals(True)
        self.template_language_combo.setCurrentIndex(max(0, self.template_language_combo.findData(
            self._template_language)))
        self.template_language_combo.blockSignals(blocked)

    def needs_justification(self, option: ActionOption | None = None) -> bool:
        option = option if option is not None else self.build_option()
        return needs_proportionality(option, self._tried)

    def _refresh_proportionality(self, option: ActionOption) -> None:
        highest = max([1, *self._tried])
        if not self.needs_justification(option):
            self.proportionality_hint.setText(self.tr(
                "Not required: rung %1 is not above the highest rung tried for this dependency (%2). Add a "
                "justification if it helps the reader.").replace("%1", str(option.rung)).replace("%2", str(highest)))
            self.proportionality_hint.setStyleSheet(HINT_STYLE)
            return
        if option.rung >= PROPORTIONALITY_RUNG:
            text = self.tr("Required: an option on rung %1 or higher always needs a justification of why lower "
                           "rungs fall short.").replace("%1", str(PROPORTIONALITY_RUNG))
        else:
            text = self.tr("Required: rung %1 is above the highest rung tried for this dependency (%2). Explain "
                           "why lower rungs fall short.").replace("%1", str(option.rung)).replace("%2", str(highest))
        missing = not option.proportionality_justification.strip()
        self.proportionality_hint.setText(text)
        self.proportionality_hint.setStyleSheet(NEEDED_STYLE if missing else HINT_STYLE)

    def _score_html(self, score: RiskScore | None) -> str:
        if score is None or self._latest is None:
            return "-"
        level = self._matrices.level_of(self._latest, score)
        code = f"{score.likelihood}/{score.impact}"
        if level is None:
            return code
        label = level.label.text(self.labels.language)
        return (f"{code} <span style='background:{level.colour}; color:{text_colour(level.colour)};'>"
                f"&nbsp;{_escape(label)}&nbsp;</span>")

    def _refresh_effect(self, option: ActionOption) -> None:
        a = self._latest
        current = a.current if a is not None else None
        if current is None or current.likelihood not in LIKELIHOOD_CODES or current.impact not in LIKELIHOOD_CODES:
            self.effect_preview.setText(_escape(self.tr(
                "The dependency has no current risk assessed yet: assess it to see what the option changes.")))
            return
        alone = residual_from_options(current, [_as_planned(option)])
        planned = [o for o in self._others if o.status in PLANNED_STATUSES]
        together, count = residual_risk(current, a.residual if a else None, [*planned, _as_planned(option)])
        rows = [
            (self.tr("Current risk (%1):").replace("%1", a.assessed_on.isoformat() if a else ""),
             self._score_html(current)),
            (self.tr("With this option:"), self._score_html(alone)),
            (self.tr("With all planned options (%1):").replace("%1", str(count)), self._score_html(together)),
        ]
        note = self.tr("Likelihood/impact. \"All planned\": this option and the dependency's options in review, "
                       "agreed, in briefing or adopted; they set the residual risk in the assessment and on the "
                       "risk matrix.")
        table = "".join(f"<tr><td style='padding-right:8px'>{_escape(k)}</td><td><b>{v}</b></td></tr>"
                        for k, v in rows)
        self.effect_preview.setText(f"<table cellspacing='0' cellpadding='1'>{table}</table>"
                                    f"<span style='color:#546e7a'>{_escape(note)}</span>")

    def _refresh_costs(self, option: ActionOption) -> None:
        years = self.ref.reference_period_years
        estimate = cost_estimate(option, years)
        if estimate is None:
            self.estimate_label.setText(self.tr("No costs entered yet."))
        else:
            self.estimate_label.setText(self.tr("Estimate over %1 years (midpoints): %2")
                                        .replace("%1", str(years)).replace("%2", money(estimate)))

    # templates ---------------------------------------------------------------------------------------
    def _category_changed(self) -> None:
        """A new category brings its template, if the texts are still as a template left them."""
        if self._loading or self._baseline is None:
            return
        option = self.build_option()
        previous = str(self.category_combo.property("lastCategory") or self._baseline.category)
        self._swap_template(option, previous, option.category)
        self._changed()

    def _swap_template(self, option: ActionOption, old_category: str, new_category: str,
                       old_language: str | None = None) -> None:
        old = template_for(self.templates(), old_category,
                           old_language or self._template_language)
        self.category_combo.setProperty("lastCategory", new_category)
        if not untouched(option, old):
            return
        new = self.template(new_category)
        loading, self._loading = self._loading, True
        try:
            self.body_edit.set_markdown(new.body)
            self.legal_edit.setText(new.legal_basis)
            self.risks_edit.setPlainText(new.risks)
            if self._before is None and option.rung == self._suggested_rung(old):  # the rung, too, as suggested
                self._choose(self.rung_combo, self._suggested_rung(new))
        finally:
            self._loading = loading

    def _suggested_rung(self, template: OptionTemplate) -> int:
        """The template's rung for a new option, if the ladder has it; else the first rung."""
        return template.rung if any(r.rung == template.rung for r in self.ref.ladder) else 1

    def _template_language_changed(self) -> None:
        language = str(self.template_language_combo.currentData() or "nl")
        if language == self._template_language:
            return
        old_language, self._template_language = self._template_language, language
        if self._baseline is not None and self._editable:
            option = self.build_option()
            self._swap_template(option, option.category, option.category, old_language)
        self._changed()
        if self._baseline is not None:
            self._refresh_guidance(self.build_option())

    def set_template_language(self, language: str) -> None:
        self.template_language_combo.setCurrentIndex(self.template_language_combo.findData(language))

    def insert_template(self) -> None:
        """The category's standard text at the cursor (the whole text when the text is empty)."""
        template = self.template(str(self.category_combo.currentData() or ""))
        if not template.body.strip():
            return
        if not self.body_edit.toPlainText().strip():
            self.body_edit.set_markdown(template.body)
        else:
            self.body_edit.textCursor().insertFragment(QTextDocumentFragment.fromMarkdown(template.body,
                                                                                          READ_FEATURES))
        self._changed()

    def _templates_changed(self) -> None:
        self._templates = None
        if self._baseline is not None:
            self._refresh_guidance(self.build_option())

    # links ---------------------------------------------------------------------------------------------
    def link_choices(self) -> list[tuple[str, str, str]]:
        """(url, title, detail) of every record the text may link to: dependencies, then options."""
        lang = self.labels.language
        vault = self.session.vault
        names = {r.id: r.name for r in vault.dependencies.rows()}
        out = [(record_link("dependency", dep_id), name, self.tr("Dependency"))
               for dep_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold())]
        for o in vault.options.all():
            if o.id == self._option_id or o.dependency_id not in names:
                continue
            out.append((record_link("option", o.id), o.title,
                        self.tr("Option of %1 · %2").replace("%1", names[o.dependency_id])
                        .replace("%2", category_text(self.ref, lang, o.category))))
        return out

    def link_record(self) -> None:
        """Let the user pick a record and link the selection (or its name) to it."""
        dialog = RecordLinkDialog(self.link_choices(), self)
        try:
            if dialog.exec() != RecordLinkDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if chosen is not None:
            self.body_edit.insert_link(chosen[0], chosen[1])
            self.body_edit.setFocus()

    def _describe_link(self, url: str) -> str:
        kind = link_kind(url)
        vault = self.session.vault
        try:
            if kind == "dependency":
                name = vault.dependencies.get(url.rsplit("/", 1)[1]).name
                return self.tr("Dependency: %1 (Ctrl+click to open)").replace("%1", name)
            if kind == "option":
                title = vault.options.get(url.rsplit("/", 1)[1]).title
                return self.tr("Option: %1 (Ctrl+click to open)").replace("%1", title)
        except (NotFound, VaultError):
            return self.tr("A link to a record that no longer exists")
        if kind == "web":
            return self.tr("%1 (web addresses are not opened on this workstation)").replace("%1", url)
        return url

    # validation messages ---------------------------------------------------------------------------------
    def _message(self, error: ValidationError) -> str:
        where = field_titles().get(error.field, error.field)
        return self.tr("%1: %2").replace("%1", where).replace("%2", translated_reason(self, error))

    def error_messages(self) -> list[str]:
        return [self._message(e) for e in self._shown_errors]

    def _show_errors(self, errors: Iterable[ValidationError], switch_tab: bool = True) -> None:
        self._shown_errors = list(errors)
        by_tab: dict[int, list[str]] = {}
        for e in self._shown_errors:
            by_tab.setdefault(tab_of(e.field), []).append(self._message(e))
        for tab, label in ((TAB_TEXT, self.text_error), (TAB_DETAILS, self.details_error)):
            messages = by_tab.get(tab, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            self.tabs.tabBar().setTabTextColor(tab, QColor(ERROR_COLOUR) if messages else QColor())
        if switch_tab and by_tab and self.tabs.currentIndex() not in by_tab:
            self.tabs.setCurrentIndex(min(by_tab))

    # actions ------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and store through the session (undoable). False, with messages, if refused."""
        if not self._editable or self._base is None:
            return False
        focus = self.focusWidget()
        if isinstance(focus, QAbstractSpinBox):
            focus.interpretText()
        option = self.build_option()
        errors = validate_option(option, self.ref, self._tried)
        if errors:
            self._refuse(errors)
            return False
        if not self.store_or_refuse(lambda: self.session.save_option(self._before, option),
                                    self.tr("The option was not saved: %1")):
            return False
        tab = self.tabs.currentIndex()
        self.load(option.id)
        self.tabs.setCurrentIndex(tab)
        self.state_label.setText(self.tr("Saved"))
        self.state_label.setStyleSheet("QLabel { color: #1b5e20; }")
        self.saved.emit(option.id)
        return True

    def _refuse(self, errors: list[ValidationError]) -> None:
        self._show_all_errors = True
        self._show_errors(errors)
        self.show_refused(len(errors))

    def revert(self) -> None:
        if self._before is not None:
            tab = self.tabs.currentIndex()
            self.load(self._before.id)
            self.tabs.setCurrentIndex(tab)
        elif self._base is not None:
            self._populate(self._base)

    def delete(self) -> bool:
        """Move the option to the bin after the user confirms (undoable)."""
        if self._before is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete option"),
            self.tr("Move \"%1\" to the bin?").replace("%1", self._before.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        option_id = self._before.id
        try:
            self.session.delete_option(option_id)
        except VaultError as exc:
            self._show_notice(self.tr("The option was not deleted: %1").replace("%1", str(exc)))
            return False
        self.deleted.emit(option_id)
        return True

    def request_leave(self) -> bool:
        """Ask about unsaved edits; False if the user cancels."""
        return self.ask_to_leave(self.tr("Unsaved changes"), self.tr("Save the changes to this option?"),
                                 self.revert)

    def version_text(self) -> tuple[int, str]:
        """(seq, "saved <when> by <who>") of the stored option's current version."""
        revisions = self.session.vault.options.history(self._option_id)
        if not revisions:
            return 0, ""
        head = revisions[0]
        return head.seq, self.tr("saved %1 by %2").replace("%1", local_time(head.ts)).replace("%2", head.author)

    def take_step(self, to_status: str, comment: str | None = None) -> bool:
        """A review step: unsaved edits first (saved or not), then the dialog (unless ``comment``
        is given, as tests and scripted use do). True when the step was recorded."""
        if self._before is None:
            return False
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The review step applies to the saved option. Save your changes first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return False
        if comment is None:
            seq, when = self.version_text()
            dialog = OptionReviewDialog(self._before, to_status, seq, when, self)
            try:
                if dialog.exec() != OptionReviewDialog.DialogCode.Accepted:
                    return False
                comment = dialog.comment()
            finally:
                dialog.deleteLater()
        try:
            self._saving = True
            self.session.transition_option(self._before.id, to_status, comment)
        except RecordInvalid as exc:
            self._show_notice(self.tr("The step was not taken: %1").replace(
                "%1", "; ".join(translated_reason(self, e) for e in exc.violations)))
            return False
        except VaultError as exc:
            self._show_notice(self.tr("The step was not taken: %1").replace("%1", str(exc)))
            return False
        finally:
            self._saving = False
        tab = self.tabs.currentIndex()
        self.load(self._before.id)
        self.tabs.setCurrentIndex(tab)
        self.saved.emit(self._option_id)
        return True

    # following the vault ---------------------------------------------------------------------------------------
    def _options_changed(self, dep_id: str) -> None:
        """Undo, redo, and other views: follow the vault unless the user is editing."""
        if dep_id != self._dep_id or self._saving or not self.session.vault.is_open:
            return
        if self._before is None:
            self._load_context()
            if self._baseline is not None:
                self._refresh_derived()
            return
        repo = self.session.vault.options
        if not repo.exists(self._option_id) or repo.is_deleted(self._option_id):
            return  # the list drops it; the panel decides what to show next
        if self._dirty:
            self._load_context()
            self._refresh_derived()
            self._show_notice(self.tr("This option was changed elsewhere while you were editing it. Save to keep "
                                      "your version, or Revert to load the stored one."))
            return
        tab = self.tabs.currentIndex()
        self.load(self._option_id)
        self.tabs.setCurrentIndex(tab)

    def _assessments_changed(self, dep_id: str) -> None:
        if dep_id == self._dep_id and self._baseline is not None and self.session.vault.is_open:
            self._latest = self.session.vault.assessments.latest(self._dep_id)
            self._refresh_derived()


def _as_planned(option: ActionOption) -> ActionOption:
    """The option as if it were planned (for "what would it change")."""
    planned = copy.deepcopy(option)
    planned.status = "agreed" if option.status not in PLANNED_STATUSES else option.status
    return planned


def _escape(text: str) -> str:
    return html.escape(text)
