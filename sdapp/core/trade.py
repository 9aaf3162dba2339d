"""Trade-data rules and country-disruption stress tests. Pure: no I/O, no pandas.

Decisions (see also docs/IMPORT.md and docs/ARCHITECTURE.md):

- **Codes.** Countries are stored as ISO alpha-2. Codes that trade statistics use for
  confidential, unspecified or special partners (Eurostat QP-QZ, XC, XL, XK, XS; Comtrade
  _X, X1, X2) are kept as :data:`NOT_SPECIFIED` ("ZZ"): they count in a product's total
  supply but, like the unknown remainder of register shares, not as a partner (so HHI is a
  lower bound). World/EU aggregates are recognised and left out (they would double count).
- **Product codes** are HS/CN/TARIC digits; every level has an even number of digits, so an
  odd-length code lost its leading zero in a spreadsheet and gets it back ("101" is "0101").
- **Stress test.** A scenario names countries and a loss percentage each. The lost share of
  a stage is the sum over its suppliers of share x loss; a dependency's score is its lost
  share weighted by its criticality (overall impact A..E as 1/5..5/5; X or unscored is 0).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sdapp.core.errors import ValidationError
from sdapp.core.model import IMPACT_CODES, Dependency, is_uuid
from sdapp.core.reference import ReferenceData

FLOWS = ("import", "export")
FLOW_CODE = {"import": 1, "export": 2}
FLOW_NAME = {1: "import", 2: "export"}
NOT_SPECIFIED = "ZZ"
TRADE_STAGE = "trade"  # stress rows from trade data (imports of the linked products)
_SPECIAL_PARTNERS = frozenset({"QP", "QQ", "QR", "QS", "QT", "QU", "QV", "QW", "QX", "QY", "QZ", "XC", "XL", "XK",
                               "XS", "_X", "X1", "X2", "ZZ", "NES", "UNSPECIFIED", "NOT SPECIFIED"})
_PRODUCT_AGGREGATES = frozenset({"TOTAL", "ALL", "TOT", "AG2", "AG4", "AG6"})
_PRODUCT = re.compile(r"\d{2,10}")
MIN_YEAR, MAX_YEAR = 1950, 2100
MAX_SCENARIO_COUNTRIES = 60


# codes ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CodeResult:
    """What one raw value in a file means: ``kind`` is ok, unspecified (a partner code that names
    no country), aggregate (recognised, left out: World, EU, TOTAL, re-exports) or bad."""

    kind: str
    code: str = ""  # alpha-2 (or ZZ) for country/unspecified; the aggregate's code
    reason: str = ""


def _clean(raw: object) -> str:
    text = "" if raw is None else str(raw).strip().strip('"').strip()
    if text.endswith(".0") and text[:-2].isdigit():  # a spreadsheet number 528.0
        text = text[:-2]
    return text


def country_code(raw: object, ref: ReferenceData, *, numeric_is_iso: bool = True,
                 reporter: bool = False) -> CodeResult:
    """Resolve a reporter or partner code (alpha-2, alpha-3, numeric, EL/UK, aggregates).

    ``numeric_is_iso`` is false for Eurostat files, whose numeric codes are Eurostat's own
    geonomenclature (004 is Germany there, Afghanistan in ISO). The EU is a valid reporter
    (stored as "EU"); as a partner, and for World, it is an aggregate.
    """
    text = _clean(raw)
    if not text:
        return CodeResult("bad", reason="the country code is missing")
    upper = text.upper()
    if upper.isdigit() and not numeric_is_iso:
        agg = ref.aggregate(upper)
        if agg is not None and not reporter:
            return CodeResult("aggregate", agg.code)
        return CodeResult("bad", reason=f"{text!r} is a Eurostat numeric geo code; use the *_ISO column")
    country = ref.country(upper)
    if country is not None:
        return CodeResult("ok", country.alpha2)
    agg = ref.aggregate(upper)
    if agg is not None:
        if reporter and agg.code == "EU":
            return CodeResult("ok", "EU")
        if reporter:
            return CodeResult("bad", reason=f"{text!r} ({agg.label.en}) cannot be a reporter")
        return CodeResult("aggregate", agg.code)
    if upper in _SPECIAL_PARTNERS and not reporter:
        return CodeResult("unspecified", NOT_SPECIFIED)
    return CodeResult("bad", reason=f"{text!r} is not a known country code (ISO alpha-2, alpha-3 or numeric)")


def product_code(raw: object) -> CodeResult:
    """Normalise an HS/CN/TARIC code: separators dropped, a lost leading zero restored."""
    text = _clean(raw).replace(" ", "").replace(".", "").replace("\u00a0", "")
    if not text:
        return CodeResult("bad", reason="the product code is missing")
    if text.upper() in _PRODUCT_AGGREGATES:
        return CodeResult("aggregate", text.upper())
    if len(text) % 2 == 1 and text.isdigit():
        text = "0" + text
    if not _PRODUCT.fullmatch(text):
        return CodeResult("bad", reason=f"{_clean(raw)!r} is not a product code (2 to 10 digits)")
    if text[:2] == "00":
        return CodeResult("bad", reason=f"{text!r} is not a product code (there is no HS chapter 00)")
    return CodeResult("ok", text)


_FLOW_WORDS = {
    "1": 1, "M": 1, "I": 1, "IMPORT": 1, "IMPORTS": 1, "INVOER": 1, "IMP": 1,
    "2": 2, "X": 2, "E": 2, "EXPORT": 2, "EXPORTS": 2, "UITVOER": 2, "EXP": 2,
}
_OTHER_FLOWS = frozenset({"RM", "RX", "DX", "FM", "MIP", "XIP", "MOP", "XOP", "RE-IMPORT", "RE-EXPORT",
                          "REIMPORT", "REEXPORT", "3", "4"})


def flow_code(raw: object) -> CodeResult:
    """1 import, 2 export; re-imports and re-exports are recognised and left out."""
    text = _clean(raw).upper()
    if not text:
        return CodeResult("bad", reason="the flow is missing")
    if text in _FLOW_WORDS:
        return CodeResult("ok", str(_FLOW_WORDS[text]))
    if text in _OTHER_FLOWS:
        return CodeResult("aggregate", text)
    return CodeResult("bad", reason=f"{_clean(raw)!r} is not a flow (import/export, M/X or 1/2)")


def period_code(raw: object, *, comext: bool = False) -> CodeResult:
    """A year (YYYY) or month (YYYYMM) as YYYYMM with MM 00 for a whole year; Eurostat's
    annual period YYYY52 is a whole year too."""
    text = _clean(raw)
    if not text:
        return CodeResult("bad", reason="the period is missing")
    digits = text.replace("-", "") if re.fullmatch(r"\d{4}-\d{2}", text) else text
    if not digits.isdigit() or len(digits) not in (4, 6):
        return CodeResult("bad", reason=f"{text!r} is not a year (YYYY) or month (YYYYMM)")
    year = int(digits[:4])
    month = int(digits[4:]) if len(digits) == 6 else 0
    if comext and month == 52:
        month = 0
    if not MIN_YEAR <= year <= MAX_YEAR:
        return CodeResult("bad", reason=f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}")
    if len(digits) == 6 and not 1 <= month <= 12 and not (comext and month == 0):
        return CodeResult("bad", reason=f"{text!r}: month {digits[4:]} is not 01-12")
    return CodeResult("ok", str(year * 100 + month))


def links(product: str, cn_codes: Iterable[str]) -> bool:
    """A traded product belongs to a dependency when one of its codes is a prefix of it."""
    return any(product.startswith(c) for c in cn_codes if c)


def dependency_codes(dep: Dependency) -> list[str]:
    """The dependency's usable product codes, normalised, without codes another one covers."""
    codes = sorted({r.code for r in (product_code(c) for c in dep.cn_codes) if r.kind == "ok"}, key=len)
    kept: list[str] = []
    for code in codes:
        if not any(code.startswith(k) for k in kept):
            kept.append(code)
    return kept


# stress scenarios ------------------------------------------------------------------------------

@dataclass
class CountryLoss:
    country: str  # ISO alpha-2
    loss: float  # percent of supply from that country that is lost, 0-100


@dataclass
class Scenario:
    id: str
    name: str
    losses: list[CountryLoss] = field(default_factory=list)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "note": self.note,
                "losses": [{"country": c.country, "loss": c.loss} for c in self.losses]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scenario:
        return cls(id=str(data["id"]), name=str(data["name"]), note=str(data.get("note", "")),
                   losses=[CountryLoss(str(c["country"]), float(c["loss"])) for c in data.get("losses", [])])

    def loss_map(self) -> dict[str, float]:
        """Country -> lost fraction (0-1)."""
        return {c.country: c.loss / 100.0 for c in self.losses}


def new_scenario_id() -> str:
    return str(uuid.uuid4())


def validate_scenario(s: Scenario, ref: ReferenceData) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not is_uuid(s.id):
        errors.append(ValidationError("id", "not a valid id"))
    if not s.name.strip():
        errors.append(ValidationError("name", "a scenario needs a name"))
    elif len(s.name) > 200:
        errors.append(ValidationError("name", "at most 200 characters"))
    if not s.losses:
        errors.append(ValidationError("losses", "name at least one country"))
    if len(s.losses) > MAX_SCENARIO_COUNTRIES:
        errors.append(ValidationError.from_template("losses", "at most %1 countries", str(MAX_SCENARIO_COUNTRIES)))
    seen: set[str] = set()
    for i, c in enumerate(s.losses):
        where = f"losses[{i}]"
        if c.country not in ref.alpha2_codes:
            errors.append(ValidationError.from_template(where, "%1 is not an ISO alpha-2 country code", c.country))
        elif c.country in seen:
            errors.append(ValidationError.from_template(where, "%1 is named twice", c.country))
        seen.add(c.country)
        if not (0 < c.loss <= 100):
            errors.append(ValidationError.from_template(where, "the loss for %1 must be more than 0 and at most "
                                                        "100 percent", c.country))
    return errors


def parse_country_losses(items: Sequence[str], default_loss: float, ref: ReferenceData) -> list[CountryLoss]:
    """``CN`` or ``CN=80`` items (the CLI's --country), any ISO code resolved to alpha-2."""
    out: list[CountryLoss] = []
    for item in items:
        code, _, loss_text = item.partition("=")
        country = ref.country(code)
        if country is None:
            raise ValidationError("country", f"{code.strip()!r} is not a known country code")
        try:
            loss = float(loss_text.replace(",", ".")) if loss_text.strip() else default_loss
        except ValueError:
            raise ValidationError("loss", f"{loss_text!r} is not a percentage") from None
        out.append(CountryLoss(country.alpha2, loss))
    return out


@dataclass(frozen=True)
class StressRow:
    dependency_id: str
    name: str
    stage: str  # a register stage slug, or TRADE_STAGE
    lost_share: float  # fraction 0-1 of the stage's supply
    criticality: str  # overall impact X, A-E
    score: float  # lost_share weighted by criticality
    classification: str = ""
    detail: str = ""  # e.g. the year and product codes of trade-based rows


def criticality_weight(impact: str) -> float:
    """A=0.2 ... E=1.0; X (no impact) or an unknown code weighs nothing."""
    return IMPACT_CODES.index(impact) / 5.0 if impact in IMPACT_CODES else 0.0


def lost_share(shares: Mapping[str, float], losses: Mapping[str, float]) -> float:
    """Sum of share x lost fraction over the suppliers (shares as fractions of total supply)."""
    return round(sum(share * losses.get(country, 0.0) for country, share in shares.items()), 9)


def stress_row(dep: Dependency, stage: str, shares: Mapping[str, float], losses: Mapping[str, float],
               detail: str = "") -> StressRow | None:
    """The row of one stage, or None when the scenario takes nothing away from it."""
    lost = lost_share(shares, losses)
    if lost <= 0:
        return None
    impact = dep.overall_impact()
    return StressRow(dep.id, dep.name, stage, lost, impact, round(lost * criticality_weight(impact), 9),
                     dep.classification, detail)


def register_stress_rows(deps: Iterable[Dependency], losses: Mapping[str, float]) -> list[StressRow]:
    """One row per stage with register shares the scenario touches."""
    out: list[StressRow] = []
    for dep in deps:
        for stage in dep.stages:
            shares: dict[str, float] = {}
            for s in stage.shares:
                shares[s.country] = shares.get(s.country, 0.0) + s.share / 100.0
            row = stress_row(dep, stage.stage, shares, losses)
            if row is not None:
                out.append(row)
    return out


def rank(rows: Iterable[StressRow]) -> list[StressRow]:
    """Highest score first; ties by lost share, then name and stage (a stable, readable order)."""
    return sorted(rows, key=lambda r: (-r.score, -r.lost_share, r.name.casefold(), r.stage))
