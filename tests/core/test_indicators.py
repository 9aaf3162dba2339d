"""Supply indicators (DOMAIN.md section 4) pinned against hand-computed values.

Relation categories come from the shipped reference data (resources/reference/countries.json):
CN and RU "strained"; DE, FR, NL, BE "eu" (EU members); US, JP "like-minded"; ZA, BR, CD "other".
"""

from __future__ import annotations

import pytest

from sdapp.core.indicators import evidence, hhi, import_reliance, stage_evidence, top_n_share
from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id
from sdapp.core.reference import ReferenceData


def stage(name: str, **shares: float) -> SupplyStage:
    """A stage with shares in percent, entered in the order given."""
    return SupplyStage(name, [CountryShare(code, share) for code, share in shares.items()])


def dep(*stages: SupplyStage, **fields: object) -> Dependency:
    return Dependency(id=new_id(), name="Test", kind="raw-material", domain="chips", stages=list(stages),
                      **fields)  # type: ignore[arg-type]


def test_reference_relations_used_below(ref: ReferenceData) -> None:
    expected = {"CN": ("strained", False), "RU": ("strained", False), "DE": ("eu", True), "FR": ("eu", True),
                "NL": ("eu", True), "BE": ("eu", True), "US": ("like-minded", False), "JP": ("like-minded", False),
                "ZA": ("other", False), "BR": ("other", False), "CD": ("other", False)}
    for code, (relation, eu) in expected.items():
        country = ref.country(code)
        assert country is not None, code
        assert (country.relation, country.eu_member) == (relation, eu), code


# plain functions -----------------------------------------------------------------------------


def test_hhi_and_top_n_by_hand() -> None:
    # 0.94^2 + 0.03^2 = 0.8836 + 0.0009 = 0.8845
    assert hhi([0.94, 0.03]) == pytest.approx(0.8845)
    # 0.4^2 + 0.3^2 + 0.2^2 + 0.1^2 = 0.16 + 0.09 + 0.04 + 0.01 = 0.30
    assert hhi([0.4, 0.3, 0.2, 0.1]) == pytest.approx(0.30)
    # one supplier: 1^2 = 1; n equal suppliers: n * (1/n)^2 = 1/n
    assert hhi([1.0]) == pytest.approx(1.0)
    assert hhi([0.25] * 4) == pytest.approx(0.25)
    assert hhi([]) == 0
    # top-3 of 0.1, 0.4, 0.2, 0.3 (any order) = 0.4 + 0.3 + 0.2 = 0.9; top-1 = 0.4
    assert top_n_share([0.1, 0.4, 0.2, 0.3], 3) == pytest.approx(0.9)
    assert top_n_share([0.1, 0.4, 0.2, 0.3], 1) == pytest.approx(0.4)
    # fewer suppliers than n: all of them, 0.6 + 0.2 = 0.8
    assert top_n_share([0.6, 0.2], 3) == pytest.approx(0.8)


@pytest.mark.parametrize(
    ("imports", "exports", "production", "expected"),
    [
        (100.0, 20.0, 20.0, 0.8),  # (100 - 20) / (20 + 100 - 20) = 80 / 100
        (50.0, 0.0, 50.0, 0.5),  # 50 / (50 + 50)
        (30.0, 0.0, 0.0, 1.0),  # no domestic production: 30 / 30, fully import-reliant
        (0.0, 0.0, 100.0, 0.0),  # self-sufficient: 0 / 100
        (10.0, 30.0, 100.0, -0.25),  # net exporter: (10 - 30) / (100 + 10 - 30) = -20 / 80
    ],
)
def test_import_reliance_formula(imports: float, exports: float, production: float, expected: float) -> None:
    assert import_reliance(imports, exports, production) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("imports", "exports", "production"),
    [
        (0.0, 0.0, 0.0),  # no apparent consumption: 0 + 0 - 0 = 0
        (40.0, 40.0, 0.0),  # 0 + 40 - 40 = 0
        (10.0, 50.0, 20.0),  # 20 + 10 - 50 = -20: negative apparent consumption
    ],
)
def test_import_reliance_undefined(imports: float, exports: float, production: float) -> None:
    assert import_reliance(imports, exports, production) is None


# one stage -----------------------------------------------------------------------------------


def test_stage_gallium_cn94_de3(ref: ReferenceData) -> None:
    s = stage_evidence(stage("processing", CN=94, DE=3), ref)
    assert s.stage == "processing"
    assert s.partners == 2
    assert s.hhi == pytest.approx(0.8845)  # 0.94^2 + 0.03^2
    assert s.top1_country == "CN"
    assert s.top1_share == pytest.approx(0.94)
    assert s.top3_share == pytest.approx(0.97)  # 0.94 + 0.03 (only two suppliers)
    assert s.covered == pytest.approx(0.97)  # 3 % of supply is not described
    assert s.relation_shares == {"strained": pytest.approx(0.94), "eu": pytest.approx(0.03)}
    assert s.eu_share == pytest.approx(0.03)
    # the largest single third (non-EU) country is CN at 94 %
    assert s.third_country_max[0] == "CN"
    assert s.third_country_max[1] == pytest.approx(0.94)


def test_stage_40_30_20_10(ref: ReferenceData) -> None:
    # entered out of order on purpose: top-1 / top-3 must not depend on the input order
    s = stage_evidence(stage("components", DE=20, US=40, ZA=10, CN=30), ref)
    assert s.partners == 4
    assert s.hhi == pytest.approx(0.30)  # 0.16 + 0.09 + 0.04 + 0.01
    assert s.top1_country == "US"
    assert s.top1_share == pytest.approx(0.40)
    assert s.top3_share == pytest.approx(0.90)  # 0.40 + 0.30 + 0.20
    assert s.covered == pytest.approx(1.0)
    assert s.relation_shares == {"like-minded": pytest.approx(0.4), "strained": pytest.approx(0.3),
                                 "eu": pytest.approx(0.2), "other": pytest.approx(0.1)}
    assert sum(s.relation_shares.values()) == pytest.approx(s.covered)
    assert s.eu_share == pytest.approx(0.2)  # DE only
    # largest non-EU supplier: US 40 % (CN 30 %, ZA 10 %; DE is EU and does not count)
    assert s.third_country_max[0] == "US"
    assert s.third_country_max[1] == pytest.approx(0.40)


def test_relation_shares_sum_per_category(ref: ReferenceData) -> None:
    # strained: CN 50 + RU 20 = 70 %; eu: DE 10 + FR 5 = 15 %; like-minded: JP 10 %
    s = stage_evidence(stage("extraction", CN=50, RU=20, DE=10, FR=5, JP=10), ref)
    assert s.relation_shares == {"strained": pytest.approx(0.70), "eu": pytest.approx(0.15),
                                 "like-minded": pytest.approx(0.10)}
    assert s.eu_share == pytest.approx(0.15)
    # top-3 = 0.50 + 0.20 + 0.10 = 0.80 (DE and JP tie at 10 %; either gives the same sum)
    assert s.top3_share == pytest.approx(0.80)
    # HHI = 0.25 + 0.04 + 0.01 + 0.0025 + 0.01 = 0.3125
    assert s.hhi == pytest.approx(0.3125)


def test_eu_supply_is_no_third_country(ref: ReferenceData) -> None:
    # DE 70 % is the top supplier but EU; the largest third country is US at 30 %
    s = stage_evidence(stage("processing", DE=70, US=30), ref)
    assert s.top1_country == "DE"
    assert s.top1_share == pytest.approx(0.70)
    assert s.eu_share == pytest.approx(0.70)
    assert s.third_country_max[0] == "US"
    assert s.third_country_max[1] == pytest.approx(0.30)
    only_eu = stage_evidence(stage("processing", DE=60, FR=40), ref)
    assert only_eu.eu_share == pytest.approx(1.0)
    assert only_eu.third_country_max == ("", 0.0)


def test_partial_coverage_gives_a_lower_bound(ref: ReferenceData) -> None:
    # only CN 60 % is known; the unknown 40 % is treated as fragmented: HHI >= 0.6^2 = 0.36
    s = stage_evidence(stage("processing", CN=60), ref)
    assert s.covered == pytest.approx(0.60)
    assert s.hhi == pytest.approx(0.36)
    assert s.top1_share == pytest.approx(0.60)
    assert s.top3_share == pytest.approx(0.60)


def test_zero_shares_are_no_partners(ref: ReferenceData) -> None:
    s = stage_evidence(stage("processing", CN=80, BR=0), ref)
    assert s.partners == 1
    assert "other" not in s.relation_shares
    assert s.hhi == pytest.approx(0.64)


def test_top1_tie_is_deterministic(ref: ReferenceData) -> None:
    a = stage_evidence(stage("processing", FR=50, BE=50), ref)
    b = stage_evidence(stage("processing", BE=50, FR=50), ref)
    assert a.top1_country == b.top1_country == "BE"  # ties broken by country code
    assert a.hhi == pytest.approx(0.5)  # 0.25 + 0.25


# a whole dependency ------------------------------------------------------------------------


def test_bottleneck_is_the_most_concentrated_stage(ref: ReferenceData) -> None:
    # extraction: CD 63 / US 20 -> 0.3969 + 0.04 = 0.4369; processing: CN 94 / DE 3 -> 0.8845
    ev = evidence(dep(stage("extraction", CD=63, US=20), stage("processing", CN=94, DE=3)), ref)
    assert [s.stage for s in ev.stages] == ["extraction", "processing"]
    assert ev.stages[0].hhi == pytest.approx(0.4369)
    assert ev.bottleneck is not None
    assert ev.bottleneck.stage == "processing"
    assert ev.bottleneck.hhi == pytest.approx(0.8845)


def test_bottleneck_tie_goes_to_the_larger_top_supplier(ref: ReferenceData) -> None:
    # both HHI 0.38: 0.25 + 0.09 + 0.04 (50/30/20) and 0.36 + 0.01 + 0.01 (60/10/10);
    # the stage with one 60 % supplier is the bottleneck
    ev = evidence(dep(stage("extraction", ZA=50, BR=30, CD=20), stage("processing", US=60, JP=10, BR=10)), ref)
    assert ev.stages[0].hhi == ev.stages[1].hhi == pytest.approx(0.38)
    assert ev.bottleneck is not None
    assert ev.bottleneck.stage == "processing"


def test_no_stages_no_bottleneck(ref: ReferenceData) -> None:
    ev = evidence(dep(), ref)
    assert ev.stages == ()
    assert ev.bottleneck is None


def test_stages_without_shares_are_no_evidence(ref: ReferenceData) -> None:
    ev = evidence(dep(SupplyStage("extraction", []), SupplyStage("processing", [], note="unknown")), ref)
    assert ev.stages == ()
    assert ev.bottleneck is None


def test_evidence_carries_reliance_stock_and_substitutability(ref: ReferenceData) -> None:
    ev = evidence(dep(stage("processing", CN=94), import_reliance=80.0, stock_coverage_days=45.0,
                      substitutability="low"), ref)
    assert ev.import_reliance == pytest.approx(0.80)  # 80 % -> fraction
    assert ev.stock_coverage_days == 45.0
    assert ev.substitutability == "low"
    assert ev.substitutability_rank == 1
    bare = evidence(dep(stage("processing", CN=94)), ref)
    assert bare.import_reliance is None
    assert bare.stock_coverage_days is None
    assert bare.substitutability_rank is None  # not entered


@pytest.mark.parametrize(("slug", "rank"), [("none", 0), ("low", 1), ("medium", 2), ("high", 3), ("", None)])
def test_substitutability_rank(ref: ReferenceData, slug: str, rank: int | None) -> None:
    assert evidence(dep(substitutability=slug), ref).substitutability_rank == rank
