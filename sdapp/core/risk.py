"""Risk assessment rules: the matrix as data, overall impact, the suggested likelihood,
the justification requirement, the risky-strategic determination and CRMA checks.

Everything here is data-driven (``resources/reference/risk_matrix.json`` and
``likelihood_rules.json`` give the defaults; the vault keeps edited, versioned copies).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sdapp.core.errors import ReferenceDataError, ValidationError
from sdapp.core.indicators import Evidence
from sdapp.core.model import IMPACT_CODES, LIKELIHOOD_CODES, Assessment, CriticalityScore, Dependency
from sdapp.core.reference import Label, ReferenceData

RISK_KINDS = ("inherent", "current", "residual")
_LEVEL_CODE = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class RiskLevel:
    code: str
    rank: int
    label: Label
    colour: str


@dataclass(frozen=True)
class RiskMatrix:
    """Levels, labels, colours and the lookup grid (impact x likelihood -> risk level)."""

    version: int
    name: Label
    levels: tuple[RiskLevel, ...]
    grid: Mapping[str, Mapping[str, str]]  # grid[impact][likelihood] -> level code
    min_impact: str
    min_likelihood: str

    def level(self, code: str) -> RiskLevel:
        for lv in self.levels:
            if lv.code == code:
                return lv
        raise KeyError(code)

    def lookup(self, likelihood: str, impact: str) -> RiskLevel:
        return self.level(self.grid[impact][likelihood])

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": {"nl": self.name.nl, "en": self.name.en},
            "risk_levels": [{"code": lv.code, "rank": lv.rank, "label": {"nl": lv.label.nl, "en": lv.label.en},
                             "colour": lv.colour} for lv in self.levels],
            "grid": {i: dict(row) for i, row in self.grid.items()},
            "risky_strategic": {"min_impact": self.min_impact, "min_likelihood": self.min_likelihood},
        }


def parse_matrix(doc: Mapping[str, Any], version: int) -> RiskMatrix:
    """Validate a matrix document; every impact x likelihood cell must name a known level."""
    try:
        levels = tuple(
            RiskLevel(str(lv["code"]), int(lv["rank"]), Label(str(lv["label"]["nl"]), str(lv["label"]["en"])),
                      str(lv["colour"]))
            for lv in doc["risk_levels"]
        )
        name = Label(str(doc["name"]["nl"]), str(doc["name"]["en"]))
        grid = {str(i): {str(k): str(v) for k, v in row.items()} for i, row in doc["grid"].items()}
        thresholds = doc["risky_strategic"]
        min_impact, min_likelihood = str(thresholds["min_impact"]), str(thresholds["min_likelihood"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ReferenceDataError(f"risk matrix: malformed ({exc})") from exc
    codes = {lv.code for lv in levels}
    if not levels or len(codes) != len(levels):
        raise ReferenceDataError("risk matrix: risk levels missing or duplicated")
    for lv in levels:
        if not _LEVEL_CODE.fullmatch(lv.code):
            raise ReferenceDataError(f"risk matrix: level code {lv.code!r} may hold only lower-case letters, "
                                     "digits and hyphens")
        if not lv.label.nl.strip() or not lv.label.en.strip():
            raise ReferenceDataError(f"risk matrix: level {lv.code!r} needs a Dutch and an English label")
    for impact in LIKELIHOOD_CODES:
        for likelihood in LIKELIHOOD_CODES:
            cell = grid.get(impact, {}).get(likelihood)
            if cell not in codes:
                raise ReferenceDataError(f"risk matrix: cell impact {impact} x likelihood {likelihood} "
                                         f"names no risk level ({cell!r})")
    if min_impact not in LIKELIHOOD_CODES or min_likelihood not in LIKELIHOOD_CODES:
        raise ReferenceDataError("risk matrix: risky-strategic thresholds must be A-E")
    return RiskMatrix(version, name, levels, grid, min_impact, min_likelihood)


# overall impact --------------------------------------------------------------------------------

IMPACT_RULES = ("highest", "weighted")


def overall_impact(scores: Sequence[CriticalityScore], rule: str = "highest",
                   weights: Mapping[str, float] | None = None) -> str:
    """Overall impact over the criteria scored. ``highest`` (the method's default) takes the
    maximum; ``weighted`` takes the weighted mean rank per interest, rounded half up.
    X (no impact) when nothing is scored."""
    ranked = [(c.criterion, IMPACT_CODES.index(c.level)) for c in scores if c.level in IMPACT_CODES]
    ranked = [(crit, r) for crit, r in ranked if r > 0]
    if not ranked:
        return "X"
    if rule == "highest":
        return IMPACT_CODES[max(r for _c, r in ranked)]
    if rule == "weighted":
        w = weights or {}
        total = sum(w.get(c.split(".")[0], 1.0) for c, _r in ranked)
        mean = sum(w.get(c.split(".")[0], 1.0) * r for c, r in ranked) / total
        return IMPACT_CODES[min(5, max(1, int(mean + 0.5)))]
    raise ValueError(f"unknown impact rule {rule!r}")


# suggested likelihood ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """One step of the suggestion, as a template with %1 and its filled value."""

    template: Label
    value: str
    delta: int  # 0 for the base step

    def text(self, language: str = "nl") -> str:
        value = self.value.replace(".", ",") if language == "nl" else self.value  # Dutch decimal comma
        return self.template.text(language).replace("%1", value)


@dataclass(frozen=True)
class Suggestion:
    likelihood: str  # A-E, or "" when there is no supply evidence
    reasons: tuple[Reason, ...]


RULE_INDICATORS = ("strained_share", "top1_share", "substitutability_rank", "stock_coverage_days", "eu_share",
                   "import_reliance", "hhi")
"""The indicators an adjustment of the likelihood rules may test (see :func:`suggest_likelihood`)."""


@dataclass(frozen=True)
class LikelihoodRules:
    base: tuple[tuple[float, str, Label], ...]  # (min_hhi, class, why), highest first
    adjustments: tuple[tuple[str, float | None, float | None, int, Label], ...]  # indicator, min, max, delta, why


def parse_rules(doc: Mapping[str, Any]) -> LikelihoodRules:
    try:
        base = tuple(sorted(((float(b["min_hhi"]), str(b["class"]), _label(b["why"])) for b in doc["base"]),
                            key=lambda t: -t[0]))
        adjustments = tuple(
            (str(a["indicator"]), _opt(a.get("min")), _opt(a.get("max")), int(a["delta"]), _label(a["why"]))
            for a in doc["adjustments"]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ReferenceDataError(f"likelihood rules: malformed ({exc})") from exc
    if not base or any(c not in LIKELIHOOD_CODES for _m, c, _w in base):
        raise ReferenceDataError("likelihood rules: base classes must be A-E")
    for indicator, *_rest in adjustments:
        if indicator not in RULE_INDICATORS:
            raise ReferenceDataError(f"likelihood rules: unknown indicator {indicator!r}")
    return LikelihoodRules(base, adjustments)


def _label(raw: Mapping[str, Any]) -> Label:
    return Label(str(raw["nl"]), str(raw["en"]))


def _opt(value: Any) -> float | None:
    return None if value is None else float(value)


def _indicator(ev: Evidence, name: str) -> float | None:
    b = ev.bottleneck
    if name == "stock_coverage_days":
        return ev.stock_coverage_days
    if name == "substitutability_rank":
        return None if ev.substitutability_rank is None else float(ev.substitutability_rank)
    if name == "import_reliance":
        return ev.import_reliance
    if b is None:
        return None
    return {
        "strained_share": b.relation_shares.get("strained", 0.0),
        "top1_share": b.top1_share,
        "eu_share": b.eu_share,
        "hhi": b.hhi,
    }[name]


def _shown(name: str, value: float) -> str:
    if name == "stock_coverage_days":
        return f"{value:.0f}"
    if name in ("hhi",):
        return f"{value:.2f}"
    return f"{value * 100:.0f} %"


def suggest_likelihood(ev: Evidence, rules: LikelihoodRules) -> Suggestion:
    """The class the rules suggest from supply evidence, with every step explained."""
    if ev.bottleneck is None:
        return Suggestion("", ())
    hhi = ev.bottleneck.hhi
    _min, cls, why = next(((m, c, w) for m, c, w in rules.base if hhi >= m), rules.base[-1])
    rank = LIKELIHOOD_CODES.index(cls)
    reasons = [Reason(why, f"{hhi:.2f}", 0)]
    for name, low, high, delta, why in rules.adjustments:
        value = _indicator(ev, name)
        if value is None:
            continue
        if (low is None or value >= low) and (high is None or value <= high):
            rank += delta
            reasons.append(Reason(why, _shown(name, value), delta))
    rank = min(len(LIKELIHOOD_CODES) - 1, max(0, rank))
    return Suggestion(LIKELIHOOD_CODES[rank], tuple(reasons))


# determinations -------------------------------------------------------------------------------


def is_risky_strategic(impact: str, likelihood: str, matrix: RiskMatrix) -> bool:
    """Both cumulative criteria of the policy: crucial (impact) AND likely disrupted."""
    if impact not in LIKELIHOOD_CODES or likelihood not in LIKELIHOOD_CODES:
        return False
    return (LIKELIHOOD_CODES.index(impact) >= LIKELIHOOD_CODES.index(matrix.min_impact)
            and LIKELIHOOD_CODES.index(likelihood) >= LIKELIHOOD_CODES.index(matrix.min_likelihood))


@dataclass(frozen=True)
class CrmaCheck:
    strategic: bool  # on Annex I (SRM)
    critical: bool  # on Annex II (CRM)
    warnings: tuple[tuple[str, str, float], ...]  # (stage, third country, share) above the benchmark


def crma_check(dep: Dependency, ev: Evidence, ref: ReferenceData) -> CrmaCheck:
    """SRM/CRM badges and the 2030 benchmark: no more than 65 % from one third country."""
    limit = ref.crma_single_country_benchmark
    warnings = tuple((s.stage, s.third_country_max[0], s.third_country_max[1])
                     for s in ev.stages if s.third_country_max[1] > limit)
    return CrmaCheck("crma-strategic" in dep.eu_lists, "crma-critical" in dep.eu_lists,
                     warnings if dep.kind == "raw-material" or dep.eu_lists else ())


# assessment validation ---------------------------------------------------------------------


def validate_assessment(a: Assessment, ref: ReferenceData, matrix: RiskMatrix) -> list[ValidationError]:
    """Rule violations of an assessment, including a departure from the suggested
    likelihood without a justification."""
    errors: list[ValidationError] = []
    if a.matrix_version != matrix.version:
        errors.append(ValidationError("matrix_version", f"scored under matrix version {a.matrix_version}, "
                                                        f"validated against {matrix.version}"))
    if not a.assessor.strip():
        errors.append(ValidationError("assessor", "the assessor is required"))
    criteria = ref.criterion_codes()
    for c in a.impacts:
        if c.criterion not in criteria:
            errors.append(ValidationError("impacts", f"unknown criterion {c.criterion!r}"))
        if c.level not in IMPACT_CODES:
            errors.append(ValidationError("impacts", f"impact level {c.level!r} for {c.criterion} must be X or A-E"))
        elif c.level != "X" and not c.rationale.strip():
            errors.append(ValidationError("impacts", f"criterion {c.criterion} needs a rationale"))
    if a.impact_rule not in IMPACT_RULES:
        errors.append(ValidationError("impact_rule", f"unknown rule {a.impact_rule!r}"))
    if a.likelihood not in LIKELIHOOD_CODES:
        errors.append(ValidationError("likelihood", f"likelihood {a.likelihood!r} must be A-E"))
    if a.suggested_likelihood and a.likelihood != a.suggested_likelihood and not a.justification.strip():
        errors.append(ValidationError("justification", f"the likelihood departs from the suggested class "
                                                       f"{a.suggested_likelihood}: give a justification"))
    for kind in RISK_KINDS:
        score = getattr(a, kind)
        if score is None:
            continue
        if score.likelihood not in LIKELIHOOD_CODES or score.impact not in LIKELIHOOD_CODES:
            errors.append(ValidationError(kind, f"{kind} risk needs a likelihood and an impact A-E"))
    return errors
