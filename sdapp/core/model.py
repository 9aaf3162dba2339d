"""Entities of the register. Plain dataclasses; snapshots are plain dicts for JSON.

Shares are percentages (0-100) as entered by analysts; scoring converts to fractions.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from sdapp.core.errors import ValidationError

IMPACT_CODES = ("X", "A", "B", "C", "D", "E")
LIKELIHOOD_CODES = ("A", "B", "C", "D", "E")
RISK_KINDS = ("inherent", "current", "residual")


def new_id() -> str:
    return str(uuid.uuid4())


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(text: str) -> bool:
    """Canonical lower-case UUID text (the form every id is stored in)."""
    return isinstance(text, str) and _UUID.fullmatch(text) is not None


@dataclass
class CountryShare:
    country: str  # ISO alpha-2
    share: float  # percent, 0-100


@dataclass
class SupplyStage:
    stage: str  # slug from reference data: extraction, processing, ...
    shares: list[CountryShare] = field(default_factory=list)
    note: str = ""

    def total(self) -> float:
        return sum(s.share for s in self.shares)


@dataclass
class CriticalityScore:
    """Impact on one criterion of a national security interest (X or A-E) and why."""

    criterion: str  # e.g. "2.1"
    level: str  # X, A-E
    rationale: str = ""


@dataclass
class Dependency:
    id: str
    name: str
    kind: str
    domain: str
    description: str = ""
    cn_codes: list[str] = field(default_factory=list)
    lead_ministry: str = ""
    contact: str = ""
    status: str = "signalled"
    classification: str = "ongerubriceerd"
    tags: list[str] = field(default_factory=list)
    eu_lists: list[str] = field(default_factory=list)
    review_date: dt.date | None = None
    stages: list[SupplyStage] = field(default_factory=list)
    criticality: list[CriticalityScore] = field(default_factory=list)
    import_reliance: float | None = None  # percent of apparent consumption, 0-100
    stock_coverage_days: float | None = None
    substitutability: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The snapshot stored in revisions and exports; written out by hand because
        ``dataclasses.asdict`` costs ~10x more, which shows at 100 000 records."""
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "domain": self.domain,
            "description": self.description, "cn_codes": list(self.cn_codes),
            "lead_ministry": self.lead_ministry, "contact": self.contact, "status": self.status,
            "classification": self.classification, "tags": list(self.tags), "eu_lists": list(self.eu_lists),
            "review_date": self.review_date.isoformat() if self.review_date else None,
            "stages": [
                {"stage": s.stage, "shares": [{"country": c.country, "share": c.share} for c in s.shares],
                 "note": s.note}
                for s in self.stages
            ],
            "criticality": [{"criterion": c.criterion, "level": c.level, "rationale": c.rationale}
                            for c in self.criticality],
            "import_reliance": self.import_reliance, "stock_coverage_days": self.stock_coverage_days,
            "substitutability": self.substitutability,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dependency:
        """Inverse of :meth:`to_dict`; unknown keys are ignored (newer writers)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["stages"] = [
            SupplyStage(
                stage=s["stage"],
                shares=[CountryShare(country=c["country"], share=float(c["share"])) for c in s.get("shares", [])],
                note=s.get("note", ""),
            )
            for s in data.get("stages", [])
        ]
        values["criticality"] = [CriticalityScore(**c) for c in data.get("criticality", [])]
        rd = data.get("review_date")
        values["review_date"] = dt.date.fromisoformat(rd) if rd else None
        for key in ("cn_codes", "tags", "eu_lists"):
            values[key] = list(data.get(key, []))
        return cls(**values)

    def overall_impact(self) -> str:
        """Highest impact over the criteria scored (the method's default rule); X if none."""
        ranks = [IMPACT_CODES.index(c.level) for c in self.criticality if c.level in IMPACT_CODES]
        return IMPACT_CODES[max(ranks)] if ranks else "X"


@dataclass
class RiskScore:
    likelihood: str  # A-E
    impact: str  # A-E


@dataclass
class Assessment:
    """A scored judgement of one dependency at a date, under one matrix version.

    ``likelihood`` with the overall impact of ``impacts`` is the *current* risk (measures in
    force); ``inherent`` (before measures) and ``residual`` (after the proposed measures) are
    entered, or for residual derived from agreed options once those exist.
    """

    id: str
    dependency_id: str
    assessed_on: dt.date
    assessor: str
    matrix_version: int
    impacts: list[CriticalityScore] = field(default_factory=list)
    impact_rule: str = "highest"
    likelihood: str = "C"
    suggested_likelihood: str = ""
    justification: str = ""
    inherent: RiskScore | None = None
    current: RiskScore | None = None
    residual: RiskScore | None = None

    def to_dict(self) -> dict[str, Any]:
        def score(r: RiskScore | None) -> dict[str, str] | None:
            return {"likelihood": r.likelihood, "impact": r.impact} if r else None

        return {
            "id": self.id, "dependency_id": self.dependency_id, "assessed_on": self.assessed_on.isoformat(),
            "assessor": self.assessor, "matrix_version": self.matrix_version,
            "impacts": [{"criterion": c.criterion, "level": c.level, "rationale": c.rationale}
                        for c in self.impacts],
            "impact_rule": self.impact_rule, "likelihood": self.likelihood,
            "suggested_likelihood": self.suggested_likelihood, "justification": self.justification,
            "inherent": score(self.inherent), "current": score(self.current), "residual": score(self.residual),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        def score(raw: Any) -> RiskScore | None:
            return RiskScore(str(raw["likelihood"]), str(raw["impact"])) if raw else None

        return cls(
            id=data["id"], dependency_id=data["dependency_id"],
            assessed_on=dt.date.fromisoformat(data["assessed_on"]), assessor=data["assessor"],
            matrix_version=int(data["matrix_version"]),
            impacts=[CriticalityScore(**c) for c in data.get("impacts", [])],
            impact_rule=data.get("impact_rule", "highest"), likelihood=data.get("likelihood", "C"),
            suggested_likelihood=data.get("suggested_likelihood", ""), justification=data.get("justification", ""),
            inherent=score(data.get("inherent")), current=score(data.get("current")),
            residual=score(data.get("residual")),
        )


@dataclass
class ReviewEntry:
    """One step of an option's review workflow: who moved it, when, from and to which status."""

    from_status: str
    to_status: str
    user: str
    at: str  # ISO 8601 timestamp (UTC)
    comment: str = ""
    revision: int = 0  # seq of the revision that recorded the step; 0 = carried in by an import

    def to_dict(self) -> dict[str, Any]:
        return {"from_status": self.from_status, "to_status": self.to_status, "user": self.user, "at": self.at,
                "comment": self.comment, "revision": self.revision}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewEntry:
        return cls(from_status=str(data["from_status"]), to_status=str(data["to_status"]), user=str(data["user"]),
                   at=str(data["at"]), comment=str(data.get("comment", "")), revision=int(data.get("revision", 0)))


@dataclass
class ActionOption:
    """A drafted action option (handelingsoptie) for one dependency.

    The review workflow (:mod:`sdapp.core.options`) owns ``status``, ``review_history`` and
    ``agreed_fingerprint`` (the content fingerprint at the last agreement: "changed since
    agreement" is computed by comparing it with the current content); ``edited_by`` is the last
    user who changed the content. The repository sets these; editors change only the content.
    """

    id: str
    dependency_id: str
    title: str
    category: str
    rung: int
    level: str = "national"  # eu, national, both
    lead_ministry: str = ""
    involved_ministries: list[str] = field(default_factory=list)
    body: str = ""
    effect_likelihood: int = 0  # classes of reduction
    effect_impact: int = 0
    cost_once_low: float | None = None
    cost_once_high: float | None = None
    cost_yearly_low: float | None = None
    cost_yearly_high: float | None = None
    cost_bearer: str = "public"  # public, private, both
    market_disruption: str = "low"
    time_to_effect: str = ""
    legal_basis: str = ""
    risks: str = ""
    proportionality_justification: str = ""
    status: str = "concept"
    author: str = ""
    edited_by: str = ""
    agreed_fingerprint: str = ""
    review_history: list[ReviewEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "dependency_id": self.dependency_id, "title": self.title, "category": self.category,
            "rung": self.rung, "level": self.level, "lead_ministry": self.lead_ministry,
            "involved_ministries": list(self.involved_ministries), "body": self.body,
            "effect_likelihood": self.effect_likelihood, "effect_impact": self.effect_impact,
            "cost_once_low": self.cost_once_low, "cost_once_high": self.cost_once_high,
            "cost_yearly_low": self.cost_yearly_low, "cost_yearly_high": self.cost_yearly_high,
            "cost_bearer": self.cost_bearer, "market_disruption": self.market_disruption,
            "time_to_effect": self.time_to_effect, "legal_basis": self.legal_basis, "risks": self.risks,
            "proportionality_justification": self.proportionality_justification, "status": self.status,
            "author": self.author, "edited_by": self.edited_by, "agreed_fingerprint": self.agreed_fingerprint,
            "review_history": [e.to_dict() for e in self.review_history],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActionOption:
        """Inverse of :meth:`to_dict`; unknown keys are ignored (newer writers)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["rung"] = int(data["rung"])
        values["involved_ministries"] = list(data.get("involved_ministries", []))
        values["review_history"] = [ReviewEntry.from_dict(e) for e in data.get("review_history", [])]
        return cls(**values)


def validate_dependency(dep: Dependency, ref: Any) -> list[ValidationError]:
    """All rule violations of ``dep`` against reference data ``ref`` (empty when valid).

    ``ref`` is a :class:`sdapp.core.reference.ReferenceData`; typed loosely to avoid an
    import cycle in type checkers that evaluate eagerly.
    """
    errors: list[ValidationError] = []

    def bad(fieldname: str, template: str, *args: object) -> None:
        # English template with %1, %2 (the GUI translates it, see sdapp.gui.validation_text)
        errors.append(ValidationError.from_template(fieldname, template, *(str(a) for a in args)))

    shape = _shape_errors(dep)
    if shape:  # a record from outside (an exchange pack) with values of the wrong kind
        return shape
    # Every check below is a set lookup or a comparison on the valid path: bulk imports
    # validate 100 000 records, so the messages are only built when something is wrong.
    slugs = ref.slugs
    if not is_uuid(dep.id):
        bad("id", "%1 is not a UUID", repr(dep.id))
    name = dep.name
    if not name.strip():
        bad("name", "a name is required")
    elif len(name) > 200:
        bad("name", "at most 200 characters")
    for fieldname, value, terms in (("kind", dep.kind, ref.kinds), ("domain", dep.domain, ref.domains),
                                    ("status", dep.status, ref.statuses)):
        allowed = slugs(terms)
        if value not in allowed:
            bad(fieldname, "unknown value %1; expected one of %2", repr(value), ", ".join(sorted(allowed)))
    if dep.lead_ministry and dep.lead_ministry not in slugs(ref.ministries):
        bad("lead_ministry", "unknown ministry %1", repr(dep.lead_ministry))
    if dep.classification not in ref.level_slugs:
        bad("classification", "unknown classification level %1", repr(dep.classification))
    if dep.eu_lists:
        eu_list_slugs = ref.eu_list_slugs
        for slug in dep.eu_lists:
            if slug not in eu_list_slugs:
                bad("eu_lists", "unknown EU list %1", repr(slug))
    for code in dep.cn_codes:
        if not (code.isdigit() and 2 <= len(code) <= 10):
            bad("cn_codes", "%1 is not a CN/HS code (2 to 10 digits)", repr(code))
    for tag in dep.tags:
        if not tag.strip() or ";" in tag:
            bad("tags", "%1 is not a valid tag (empty or contains ';')", repr(tag))
    if dep.substitutability and dep.substitutability not in slugs(ref.substitutability):
        bad("substitutability", "unknown value %1", repr(dep.substitutability))
    if dep.import_reliance is not None and not 0 <= dep.import_reliance <= 100:
        bad("import_reliance", "must be between 0 and 100 %")
    if dep.stock_coverage_days is not None and not 0 <= dep.stock_coverage_days < math.inf:
        bad("stock_coverage_days", "must be a number of days, zero or more")
    if dep.stages:
        _validate_stages(dep.stages, slugs(ref.stages), ref.alpha2_codes, bad)
    if dep.criticality:
        _validate_criticality(dep.criticality, ref.criterion_codes(), bad)
    return errors


_TEXT_FIELDS = ("id", "name", "kind", "domain", "description", "lead_ministry", "contact", "status",
                "classification", "substitutability")
_TEXT_LIST_FIELDS = ("cn_codes", "tags", "eu_lists")


def _shape_errors(dep: Dependency) -> list[ValidationError]:
    """Values of the wrong kind (a number where text belongs, a list of lists ...): the rules
    after this assume the types the dataclass declares."""
    errors: list[ValidationError] = []

    def bad(fieldname: str, template: str) -> None:
        errors.append(ValidationError.from_template(fieldname, template))

    for name in _TEXT_FIELDS:
        if not isinstance(getattr(dep, name), str):
            bad(name, "must be text")
    for name in _TEXT_LIST_FIELDS:
        values = getattr(dep, name)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            bad(name, "must be a list of texts")
    for name in ("import_reliance", "stock_coverage_days"):
        number = getattr(dep, name)
        if number is not None and (isinstance(number, bool) or not isinstance(number, int | float)):
            bad(name, "must be a number")
    if dep.review_date is not None and not isinstance(dep.review_date, dt.date):
        bad("review_date", "must be a date")
    if not isinstance(dep.stages, list) or not all(
            isinstance(s, SupplyStage) and isinstance(s.stage, str) and isinstance(s.note, str)
            and isinstance(s.shares, list)
            and all(isinstance(c, CountryShare) and isinstance(c.country, str) and isinstance(c.share, int | float)
                    and not isinstance(c.share, bool) for c in s.shares)
            for s in dep.stages):
        bad("stages", "must be a list of stages with country shares")
    if not isinstance(dep.criticality, list) or not all(
            isinstance(c, CriticalityScore) and isinstance(c.criterion, str) and isinstance(c.level, str)
            and isinstance(c.rationale, str) for c in dep.criticality):
        bad("criticality", "must be a list of scores (criterion, level, rationale)")
    return errors


def _validate_stages(stages: list[SupplyStage], stage_slugs: frozenset[str], countries: frozenset[str],
                     bad: Callable[..., None]) -> None:
    seen_stages: set[str] = set()
    for s in stages:
        where = f"stages[{s.stage}]"
        if s.stage not in stage_slugs:
            bad(where, "unknown supply-chain stage %1", repr(s.stage))
        if s.stage in seen_stages:
            bad(where, "stage listed twice")
        seen_stages.add(s.stage)
        seen: set[str] = set()
        total = 0.0
        for cs in s.shares:
            country, share = cs.country, cs.share
            if country not in countries:
                bad(where, "unknown country code %1 (use ISO alpha-2)", repr(country))
            if country in seen:
                bad(where, "country %1 listed twice", country)
            seen.add(country)
            if not 0 <= share <= 100:
                bad(where, "share of %1 must be between 0 and 100 %", country)
            total += share
        if total > 100.0001:
            bad(where, "shares add up to %1 %, more than 100 %", f"{total:.1f}")


def _validate_criticality(scores: list[CriticalityScore], criteria: frozenset[str],
                          bad: Callable[..., None]) -> None:
    seen: set[str] = set()
    for c in scores:
        if c.criterion not in criteria:
            bad("criticality", "unknown criterion %1", repr(c.criterion))
        if c.criterion in seen:
            bad("criticality", "criterion %1 scored twice", c.criterion)
        seen.add(c.criterion)
        if c.level not in IMPACT_CODES:
            bad("criticality", "impact level %1 for %2 must be X or A-E", repr(c.level), c.criterion)
