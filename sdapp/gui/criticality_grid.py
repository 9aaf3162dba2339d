"""The impact per national security interest and criterion: a level (X, A-E) and a rationale each.

Shared by the criticality tab of the dependency editor and the impact of an assessment. The grid
only collects input: it reads and fills :class:`CriticalityScore` lists and says when the user
changed something; the callers judge and save.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from sdapp.core.model import CriticalityScore
from sdapp.core.reference import ReferenceData
from sdapp.gui.labels import Labels


class CriticalityGrid(QWidget):
    """A label, a level combo box and a rationale per criterion of ``ref.interests``, grouped per interest.

    ``compact``: one grid with a bold heading per interest (the assessment form); otherwise a
    group box per interest (the dependency editor). ``changed()`` when a level or rationale changes,
    including while :meth:`set_scores` fills the grid.
    """

    changed = Signal()

    def __init__(self, ref: ReferenceData, labels: Labels, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.ref = ref
        self.labels = labels
        self._extra_scores: list[CriticalityScore] = []  # scores of criteria the grid does not know
        self.interest_boxes: dict[str, QGroupBox] = {}  # per interest, unless compact
        self.interest_labels: dict[str, QLabel] = {}  # per interest, when compact
        self.criterion_labels: dict[str, QLabel] = {}
        self.level_combos: dict[str, QComboBox] = {}
        self.rationale_edits: dict[str, QLineEdit] = {}
        if compact:
            self._build_compact()
        else:
            self._build_boxes()
        self.retranslate()

    # construction ---------------------------------------------------------------------------
    def _build_boxes(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        for interest in self.ref.interests:
            box = QGroupBox(self)
            self.interest_boxes[interest.code] = box
            grid = self._grid(box, label_width=330)
            for row, criterion in enumerate(interest.criteria):
                self._add_row(grid, box, row, criterion.code, combo_width=190)
            outer.addWidget(box)

    def _build_compact(self) -> None:
        grid = self._grid(self, label_width=320)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        row = 0
        for interest in self.ref.interests:
            title = QLabel(self)
            title.setStyleSheet("font-weight: bold; padding-top: 6px;")
            self.interest_labels[interest.code] = title
            grid.addWidget(title, row, 0, 1, 3)
            row += 1
            for criterion in interest.criteria:
                self._add_row(grid, self, row, criterion.code, combo_width=180)
                row += 1

    @staticmethod
    def _grid(parent: QWidget, label_width: int) -> QGridLayout:
        grid = QGridLayout(parent)
        grid.setHorizontalSpacing(10)
        grid.setColumnMinimumWidth(0, label_width)
        grid.setColumnStretch(2, 1)
        return grid

    def _add_row(self, grid: QGridLayout, parent: QWidget, row: int, code: str, combo_width: int) -> None:
        label = QLabel(parent)
        label.setWordWrap(True)
        combo = QComboBox(parent)
        combo.setMinimumWidth(combo_width)
        rationale = QLineEdit(parent)
        label.setBuddy(combo)
        grid.addWidget(label, row, 0)
        grid.addWidget(combo, row, 1)
        grid.addWidget(rationale, row, 2)
        self.criterion_labels[code] = label
        self.level_combos[code] = combo
        self.rationale_edits[code] = rationale
        combo.currentIndexChanged.connect(self.changed)
        rationale.textChanged.connect(self.changed)

    # texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Titles, labels, accessible names and the level choices; the scores stay as they are."""
        lang = self.labels.language
        for interest in self.ref.interests:
            title = f"{interest.code}. {self.labels.interests.get(interest.code, interest.code)}"
            if interest.code in self.interest_boxes:
                self.interest_boxes[interest.code].setTitle(title)
            else:
                self.interest_labels[interest.code].setText(title)
            for criterion in interest.criteria:
                name = self.labels.criteria.get(criterion.code, criterion.code)
                self.criterion_labels[criterion.code].setText(f"{criterion.code}  {name}")
                self.level_combos[criterion.code].setAccessibleName(
                    self.tr("Impact on %1").replace("%1", f"{criterion.code} {name}"))
                self.rationale_edits[criterion.code].setAccessibleName(
                    self.tr("Rationale for %1").replace("%1", f"{criterion.code} {name}"))
                self.rationale_edits[criterion.code].setPlaceholderText(self.tr("Rationale"))
        levels = [("", self.tr("not scored"))] + [(s.code, f"{s.code} - {s.label.text(lang)}")
                                                   for s in self.ref.impact_scale]
        for combo in self.level_combos.values():
            self._fill(combo, levels)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        """Switch the language of the interest, criterion and level texts."""
        self.labels = labels
        self.retranslate()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """(Re)fill without signals, keeping the current level (one the scale lacks too)."""
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        if current and combo.findData(current) < 0:
            combo.addItem(str(current), current)
        combo.setCurrentIndex(max(0, combo.findData(current) if current is not None else 0))
        combo.blockSignals(blocked)

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)  # a level the scale lacks stays visible (validation names it)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    # the scores -----------------------------------------------------------------------------
    def set_scores(self, scores: list[CriticalityScore]) -> None:
        """Show ``scores``; those of criteria the grid does not know are kept for :meth:`scores`."""
        for code, combo in self.level_combos.items():
            self._choose(combo, "")
            self.rationale_edits[code].setText("")
        self._extra_scores = []
        for score in scores:
            if score.criterion in self.level_combos:
                self._choose(self.level_combos[score.criterion], score.level)
                self.rationale_edits[score.criterion].setText(score.rationale)
            else:
                self._extra_scores.append(replace(score))

    def scores(self) -> list[CriticalityScore]:
        """The scores as the grid shows them, then copies of the unknown ones :meth:`set_scores` kept.

        A criterion is left out while it is "not scored" and has no rationale; a rationale without
        a level is kept (validation reports it).
        """
        scores = []
        for code, combo in self.level_combos.items():
            level = str(combo.currentData() or "")
            rationale = self.rationale_edits[code].text().strip()
            if level or rationale:
                scores.append(CriticalityScore(code, level, rationale))
        return scores + [replace(s) for s in self._extra_scores]
