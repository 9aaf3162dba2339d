"""Small helpers shared by the risk views: matrices by version, risky-strategic states, colours.

No rules live here: determinations come from :mod:`sdapp.core.risk`; this module only caches
what the vault returns and turns colours into readable badges.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from sdapp.core.model import Assessment, RiskScore
from sdapp.core.risk import RiskLevel, RiskMatrix, is_risky_strategic
from sdapp.vault.assessments import AssessmentRepository
from sdapp.vault.errors import NotFound

RISKY_YES = "yes"
RISKY_NO = "no"
NOT_ASSESSED = "not-assessed"
RISKY_STATES = (RISKY_YES, RISKY_NO, NOT_ASSESSED)


class Matrices:
    """The risk matrices the vault holds, read once per version (assessments keep theirs)."""

    def __init__(self, repo: AssessmentRepository) -> None:
        self._repo = repo
        self._by_version: dict[int, RiskMatrix] = {}
        self._newest: RiskMatrix | None = None

    def newest(self) -> RiskMatrix:
        if self._newest is None:
            self._newest = self._repo.matrix()
            self._by_version[self._newest.version] = self._newest
        return self._newest

    def get(self, version: int) -> RiskMatrix:
        """Matrix ``version``; the newest when the vault lacks it (never fails a view)."""
        if version not in self._by_version:
            try:
                self._by_version[version] = self._repo.matrix(version)
            except NotFound:
                return self.newest()
        return self._by_version[version]

    def level_of(self, a: Assessment, score: RiskScore | None) -> RiskLevel | None:
        """The risk level of ``score`` under the matrix ``a`` was scored with; None if incomplete."""
        if score is None:
            return None
        try:
            return self.get(a.matrix_version).lookup(score.likelihood, score.impact)
        except KeyError:
            return None


def risky_state(a: Assessment | None, matrices: Matrices) -> str:
    """yes / no / not-assessed for the newest assessment ``a`` (current risk, its own matrix)."""
    if a is None:
        return NOT_ASSESSED
    score = a.current
    if score is None:
        return RISKY_NO
    return RISKY_YES if is_risky_strategic(score.impact, score.likelihood, matrices.get(a.matrix_version)) \
        else RISKY_NO


def risky_states(repo: AssessmentRepository) -> dict[str, str]:
    """dep_id -> yes/no for every dependency with an assessment (absent: not assessed)."""
    matrices = Matrices(repo)
    return {dep_id: risky_state(a, matrices) for dep_id, a in repo.latest_all().items()}


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (relative luminance)."""
    c = QColor(background)

    def channel(v: int) -> float:
        s = v / 255.0
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    return "#000000" if lum > 0.22 else "#ffffff"


def badge_style(background: str, bold: bool = True) -> str:
    weight = "bold" if bold else "normal"
    return (f"QLabel {{ background: {background}; color: {text_colour(background)}; font-weight: {weight};"
            " padding: 3px 8px; border-radius: 3px; }")


def percent(fraction: float, decimals: int = 1) -> str:
    """0.94 -> "94 %", 0.025 -> "2.5 %" (decimal sign of the interface locale)."""
    text = QLocale().toString(fraction * 100.0, "f", decimals)
    sep = QLocale().decimalPoint()
    if sep in text:
        text = text.rstrip("0").rstrip(sep)
    return f"{text} %"


def decimal(value: float, decimals: int = 2) -> str:
    return QLocale().toString(value, "f", decimals)
