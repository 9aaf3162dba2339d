"""Supply indicators from a dependency's register shares (DOMAIN.md section 4).

Shares are entered in percent of total supply at a stage; the part not entered is
unknown. HHI is computed over the entered shares as fractions of total supply, treating the
unknown remainder as fragmented: a lower bound, which never overstates concentration.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sdapp.core.model import Dependency, SupplyStage
from sdapp.core.reference import ReferenceData

SUBSTITUTABILITY_RANK = {"none": 0, "low": 1, "medium": 2, "high": 3}


PRECISION = 9  # decimals kept: 0.49999999999999994 is 0.5 to the analyst, and to the thresholds


def hhi(fractions: Iterable[float]) -> float:
    """Herfindahl-Hirschman index: the sum of squared shares (fractions 0-1)."""
    return round(sum(s * s for s in fractions), PRECISION)


def top_n_share(fractions: Iterable[float], n: int) -> float:
    return round(sum(sorted(fractions, reverse=True)[:n]), PRECISION)


def import_reliance(imports: float, exports: float, production: float) -> float | None:
    """IR = (imports - exports) / (production + imports - exports); None when undefined."""
    apparent = production + imports - exports
    if apparent <= 0:
        return None
    return (imports - exports) / apparent


@dataclass(frozen=True)
class StageEvidence:
    stage: str
    partners: int
    hhi: float
    top1_country: str
    top1_share: float
    top3_share: float
    covered: float  # fraction of supply the entered shares describe
    relation_shares: Mapping[str, float] = field(default_factory=dict)
    eu_share: float = 0.0
    third_country_max: tuple[str, float] = ("", 0.0)  # largest single non-EU supplier


@dataclass(frozen=True)
class Evidence:
    stages: tuple[StageEvidence, ...]
    bottleneck: StageEvidence | None
    import_reliance: float | None  # fraction 0-1
    stock_coverage_days: float | None
    substitutability: str

    @property
    def substitutability_rank(self) -> int | None:
        return SUBSTITUTABILITY_RANK.get(self.substitutability)


def stage_evidence(stage: SupplyStage, ref: ReferenceData) -> StageEvidence:
    fractions = {s.country: s.share / 100.0 for s in stage.shares if s.share > 0}
    ordered = sorted(fractions.items(), key=lambda kv: (-kv[1], kv[0]))
    relations: dict[str, float] = {}
    eu = 0.0
    third = ("", 0.0)
    for code, share in ordered:
        country = ref.country(code)
        relation = country.relation if country else "other"
        relations[relation] = relations.get(relation, 0.0) + share
        if country is not None and country.eu_member:
            eu += share
        elif share > third[1]:
            third = (code, share)
    return StageEvidence(
        stage=stage.stage,
        partners=len(ordered),
        hhi=hhi(fractions.values()),
        top1_country=ordered[0][0] if ordered else "",
        top1_share=ordered[0][1] if ordered else 0.0,
        top3_share=top_n_share(fractions.values(), 3),
        covered=min(1.0, round(sum(fractions.values()), PRECISION)),
        relation_shares={k: round(v, PRECISION) for k, v in relations.items()},
        eu_share=round(eu, PRECISION),
        third_country_max=third,
    )


def evidence(dep: Dependency, ref: ReferenceData) -> Evidence:
    """All indicators of one dependency; the bottleneck is the most concentrated stage."""
    stages = tuple(stage_evidence(s, ref) for s in dep.stages if s.shares)
    bottleneck = max(stages, key=lambda s: (s.hhi, s.top1_share), default=None)
    return Evidence(
        stages=stages,
        bottleneck=bottleneck,
        import_reliance=dep.import_reliance / 100.0 if dep.import_reliance is not None else None,
        stock_coverage_days=dep.stock_coverage_days,
        substitutability=dep.substitutability,
    )
