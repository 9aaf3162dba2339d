"""Risk rules (sdapp.core.risk): the matrix as data, overall impact, the suggested likelihood,
the risky-strategic determination, CRMA checks and assessment validation.

Expected values are computed by hand from DOMAIN.md sections 3-5 and the shipped
resources/reference/risk_matrix.json and likelihood_rules.json (read here independently).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from sdapp.core.errors import ReferenceDataError
from sdapp.core.indicators import evidence
from sdapp.core.model import (
    Assessment,
    CountryShare,
    CriticalityScore,
    Dependency,
    RiskScore,
    SupplyStage,
    new_id,
)
from sdapp.core.reference import ReferenceData
from sdapp.core.risk import (
    LikelihoodRules,
    RiskMatrix,
    crma_check,
    is_risky_strategic,
    overall_impact,
    parse_matrix,
    parse_rules,
    suggest_likelihood,
    validate_assessment,
)

REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
CODES = ("A", "B", "C", "D", "E")


def matrix_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((REFERENCE / "risk_matrix.json").read_text(encoding="utf-8"))
    return doc


def rules_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((REFERENCE / "likelihood_rules.json").read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def matrix() -> RiskMatrix:
    return parse_matrix(matrix_doc(), 1)


@pytest.fixture(scope="module")
def rules() -> LikelihoodRules:
    return parse_rules(rules_doc())


def stage(name: str, **shares: float) -> SupplyStage:
    return SupplyStage(name, [CountryShare(code, share) for code, share in shares.items()])


def dep(*stages: SupplyStage, **fields: Any) -> Dependency:
    values: dict[str, Any] = {"id": new_id(), "name": "Test", "kind": "raw-material", "domain": "chips"}
    values.update(fields)
    return Dependency(stages=list(stages), **values)


def suggest(ref: ReferenceData, rules: LikelihoodRules, *stages: SupplyStage, **fields: Any) -> tuple[str, list[int]]:
    s = suggest_likelihood(evidence(dep(*stages, **fields), ref), rules)
    return s.likelihood, [r.delta for r in s.reasons]


# the matrix --------------------------------------------------------------------------------


def test_shipped_matrix_is_the_reference_default(ref: ReferenceData) -> None:
    assert dict(ref.default_matrix) == matrix_doc()


@pytest.mark.parametrize("impact", CODES)
@pytest.mark.parametrize("likelihood", CODES)
def test_lookup_all_25_cells_follow_the_json_grid(matrix: RiskMatrix, likelihood: str, impact: str) -> None:
    expected = matrix_doc()["grid"][impact][likelihood]  # grid[impact][likelihood]
    level = matrix.lookup(likelihood, impact)
    assert level.code == expected
    assert level == matrix.level(expected)


@pytest.mark.parametrize(
    ("likelihood", "impact", "code"),
    [
        ("A", "A", "low"),
        ("E", "E", "very-high"),
        ("C", "C", "medium"),
        ("A", "E", "medium"),  # catastrophic but very unlikely
        ("E", "A", "medium"),  # very likely but limited
        ("A", "D", "low"),  # grid D/A; the transposed cell (likelihood D, impact A) differs:
        ("D", "A", "medium"),  # grid A/D - so the axes are not swapped
        ("D", "E", "very-high"),
        ("C", "D", "high"),
        ("E", "B", "high"),
    ],
)
def test_lookup_hand_picked_cells(matrix: RiskMatrix, likelihood: str, impact: str, code: str) -> None:
    assert matrix.lookup(likelihood, impact).code == code


def test_matrix_levels_labels_colours(matrix: RiskMatrix) -> None:
    assert [(lv.code, lv.rank) for lv in matrix.levels] == [("low", 1), ("medium", 2), ("high", 3),
                                                          ("very-high", 4)]
    assert matrix.level("very-high").label.text("nl") == "Zeer hoog"
    assert matrix.level("very-high").label.text("en") == "Very high"
    assert matrix.level("low").colour == "#8bc34a"
    assert (matrix.min_impact, matrix.min_likelihood) == ("C", "C")
    assert matrix.version == 1
    with pytest.raises(KeyError):
        matrix.level("extreme")


def test_matrix_round_trips_through_to_dict(matrix: RiskMatrix) -> None:
    again = parse_matrix(matrix.to_dict(), 7)
    assert again.version == 7
    assert again.levels == matrix.levels
    assert again.grid == matrix.grid
    assert (again.min_impact, again.min_likelihood) == (matrix.min_impact, matrix.min_likelihood)


def _missing_cell(doc: dict[str, Any]) -> None:
    del doc["grid"]["C"]["D"]


def _missing_row(doc: dict[str, Any]) -> None:
    del doc["grid"]["E"]


def _unknown_level(doc: dict[str, Any]) -> None:
    doc["grid"]["B"]["E"] = "extreme"


def _duplicate_level(doc: dict[str, Any]) -> None:
    doc["risk_levels"].append(copy.deepcopy(doc["risk_levels"][0]))


def _no_levels(doc: dict[str, Any]) -> None:
    doc["risk_levels"] = []


def _impact_threshold_x(doc: dict[str, Any]) -> None:
    doc["risky_strategic"]["min_impact"] = "X"


def _likelihood_threshold_f(doc: dict[str, Any]) -> None:
    doc["risky_strategic"]["min_likelihood"] = "F"


def _no_thresholds(doc: dict[str, Any]) -> None:
    del doc["risky_strategic"]


def _level_without_label(doc: dict[str, Any]) -> None:
    del doc["risk_levels"][1]["label"]


def _rank_not_a_number(doc: dict[str, Any]) -> None:
    doc["risk_levels"][1]["rank"] = "two"


@pytest.mark.parametrize(
    "damage",
    [_missing_cell, _missing_row, _unknown_level, _duplicate_level, _no_levels, _impact_threshold_x,
     _likelihood_threshold_f, _no_thresholds, _level_without_label, _rank_not_a_number],
)
def test_parse_matrix_refuses(damage: Any) -> None:
    doc = matrix_doc()
    damage(doc)
    with pytest.raises(ReferenceDataError):
        parse_matrix(doc, 2)


def test_parse_matrix_accepts_other_thresholds_and_grid() -> None:
    doc = matrix_doc()
    doc["grid"]["C"]["C"] = "high"
    doc["risky_strategic"] = {"min_impact": "D", "min_likelihood": "B"}
    m = parse_matrix(doc, 2)
    assert m.lookup("C", "C").code == "high"
    assert (m.min_impact, m.min_likelihood) == ("D", "B")


# overall impact ---------------------------------------------------------------------------


def scores(*levels: str) -> list[CriticalityScore]:
    """Scores on criteria 1.1, 2.1, 3.1, ... (one interest each) with the given levels."""
    return [CriticalityScore(f"{i + 1}.1", level, "why") for i, level in enumerate(levels)]


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        (("A", "C", "B"), "C"),
        (("X", "B", "X"), "B"),  # X (no impact) is ignored
        (("E", "A"), "E"),
        (("X", "X"), "X"),  # nothing scored above X
        ((), "X"),
    ],
)
def test_overall_impact_highest(levels: tuple[str, ...], expected: str) -> None:
    assert overall_impact(scores(*levels)) == expected
    assert overall_impact(scores(*levels), "highest") == expected


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        # ranks A=1 .. E=5; mean rounded half up
        (("A", "B"), "B"),  # (1 + 2) / 2 = 1.5 -> 2 = B
        (("B", "C"), "C"),  # (2 + 3) / 2 = 2.5 -> 3 = C (half up, not to even)
        (("D", "E"), "E"),  # (4 + 5) / 2 = 4.5 -> 5 = E
        (("A", "A", "D"), "B"),  # (1 + 1 + 4) / 3 = 2.0 -> B
        (("A", "B", "B"), "B"),  # 5 / 3 = 1.67 -> 2 = B
        (("A", "A", "B"), "A"),  # 4 / 3 = 1.33 -> 1 = A
        (("X", "A", "B"), "B"),  # X ignored: (1 + 2) / 2 = 1.5 -> B, not (0 + 1 + 2) / 3 = 1 -> A
        (("X", "X"), "X"),
        (("E",), "E"),
    ],
)
def test_overall_impact_weighted_equal_weights(levels: tuple[str, ...], expected: str) -> None:
    assert overall_impact(scores(*levels), "weighted") == expected


def test_overall_impact_weighted_per_interest() -> None:
    items = [CriticalityScore("2.1", "E", "deaths"), CriticalityScore("3.1", "A", "costs")]
    # weight 3 on interest 2 (fysieke veiligheid): (3 * 5 + 1 * 1) / (3 + 1) = 16 / 4 = 4 -> D
    assert overall_impact(items, "weighted", {"2": 3.0}) == "D"
    # weight 3 on interest 3 instead: (1 * 5 + 3 * 1) / 4 = 2 -> B
    assert overall_impact(items, "weighted", {"3": 3.0}) == "B"
    # two criteria of one interest share its weight each: 2.1 C, 2.2 C, 3.1 A, weights {"3": 2}
    # (3 + 3 + 2 * 1) / (1 + 1 + 2) = 8 / 4 = 2 -> B
    more = [CriticalityScore("2.1", "C", "x"), CriticalityScore("2.2", "C", "x"), CriticalityScore("3.1", "A", "x")]
    assert overall_impact(more, "weighted", {"3": 2.0}) == "B"
    # the highest rule ignores weights
    assert overall_impact(items, "highest", {"3": 100.0}) == "E"


def test_overall_impact_unknown_rule() -> None:
    with pytest.raises(ValueError, match="unknown impact rule"):
        overall_impact(scores("A"), "median")


# suggested likelihood: base class ----------------------------------------------------------


def base_only() -> LikelihoodRules:
    doc = rules_doc()
    doc["adjustments"] = []
    return parse_rules(doc)


@pytest.mark.parametrize(
    ("shares", "expected"),
    [
        # ZA, BR, CD, US, JP are no EU members and not strained
        ({"ZA": 80}, "D"),  # 0.64 >= 0.6
        ({"ZA": 74, "BR": 22, "CD": 2}, "C"),  # 0.5476 + 0.0484 + 0.0004 = 0.5964 < 0.6 -> C
        ({"ZA": 60, "BR": 20}, "C"),  # 0.36 + 0.04 = 0.40 -> C (at the EU threshold)
        ({"ZA": 50, "BR": 30, "CD": 10}, "B"),  # 0.25 + 0.09 + 0.01 = 0.35 -> B
        ({"ZA": 50}, "B"),  # 0.25 -> B (at the threshold)
        ({"ZA": 40, "BR": 30, "CD": 20, "US": 10}, "B"),  # 0.30 -> B
        ({"ZA": 20, "BR": 20, "CD": 20, "US": 20, "JP": 20}, "A"),  # 5 * 0.04 = 0.20 -> A
        ({"ZA": 45}, "A"),  # 0.2025 -> A
    ],
)
def test_base_class_per_hhi_threshold(ref: ReferenceData, shares: dict[str, float], expected: str) -> None:
    s = suggest_likelihood(evidence(dep(stage("processing", **shares)), ref), base_only())
    assert s.likelihood == expected
    assert len(s.reasons) == 1
    assert s.reasons[0].delta == 0


def test_base_with_default_rules_no_adjustment(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # ZA 60 / BR 20: HHI 0.40 -> C; top1 0.60 < 0.65; no strained, no EU share -> C unchanged
    assert suggest(ref, rules, stage("processing", ZA=60, BR=20)) == ("C", [0])


def test_base_class_at_exact_hhi_threshold_with_four_suppliers(ref: ReferenceData) -> None:
    # 0.43^2 + 0.25^2 + 0.05^2 + 0.01^2 = 0.1849 + 0.0625 + 0.0025 + 0.0001 = 0.2500 -> B (min_hhi 0.25)
    s = suggest_likelihood(evidence(dep(stage("processing", ZA=43, BR=25, CD=5, US=1)), ref), base_only())
    assert s.reasons[0].text("en") == "Moderate concentration at the bottleneck stage (HHI 0.25)"
    assert s.likelihood == "B"


# suggested likelihood: adjustments ---------------------------------------------------------


def test_strained_share_adds_one(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # CN 60 / BR 20: HHI 0.40 -> C; strained 0.60 >= 0.5 -> +1 = D (top1 0.60 < 0.65)
    assert suggest(ref, rules, stage("processing", CN=60, BR=20)) == ("D", [0, 1])
    # exactly half: CN 30 + RU 20 = 50 % strained, ZA 50: HHI 0.09 + 0.04 + 0.25 = 0.38 -> B, +1 = C
    assert suggest(ref, rules, stage("processing", ZA=50, CN=30, RU=20)) == ("C", [0, 1])
    # 49 % strained: CN 29 + RU 20, ZA 51: HHI 0.0841 + 0.04 + 0.2601 = 0.3842 -> B, no adjustment
    assert suggest(ref, rules, stage("processing", ZA=51, CN=29, RU=20)) == ("B", [0])


def test_top1_share_adds_one(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # ZA 65 / BR 10: HHI 0.4225 + 0.01 = 0.4325 -> C; top1 exactly 0.65 -> +1 = D
    assert suggest(ref, rules, stage("processing", ZA=65, BR=10)) == ("D", [0, 1])
    # ZA 64 / BR 10: HHI 0.4096 + 0.01 = 0.4196 -> C; top1 0.64 -> no adjustment
    assert suggest(ref, rules, stage("processing", ZA=64, BR=10)) == ("C", [0])


@pytest.mark.parametrize(("slug", "delta"), [("none", [0, 1]), ("low", [0, 1]), ("medium", [0]), ("high", [0]),
                                             ("", [0])])
def test_substitutability_none_or_low_adds_one(ref: ReferenceData, rules: LikelihoodRules, slug: str,
                                               delta: list[int]) -> None:
    # ZA 60 / BR 20 -> C; +1 when hardly or not substitutable; unknown ("") counts for nothing
    expected = "D" if len(delta) == 2 else "C"
    assert suggest(ref, rules, stage("processing", ZA=60, BR=20), substitutability=slug) == (expected, delta)


@pytest.mark.parametrize(("days", "expected"), [(90.0, ("B", [0, -1])), (365.0, ("B", [0, -1])),
                                                (89.0, ("C", [0])), (0.0, ("C", [0])), (None, ("C", [0]))])
def test_stock_of_90_days_subtracts_one(ref: ReferenceData, rules: LikelihoodRules, days: float | None,
                                        expected: tuple[str, list[int]]) -> None:
    assert suggest(ref, rules, stage("processing", ZA=60, BR=20), stock_coverage_days=days) == expected


def test_eu_share_subtracts_one(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # DE 60 / BR 20: HHI 0.40 -> C; EU 0.60 >= 0.5 -> -1 = B
    assert suggest(ref, rules, stage("processing", DE=60, BR=20)) == ("B", [0, -1])
    # DE 30 + FR 20 = 50 % EU, ZA 50: HHI 0.09 + 0.04 + 0.25 = 0.38 -> B; -1 = A
    assert suggest(ref, rules, stage("processing", ZA=50, DE=30, FR=20)) == ("A", [0, -1])
    # DE 49 / ZA 51: HHI 0.2401 + 0.2601 = 0.5002 -> C; EU 0.49 -> no adjustment
    assert suggest(ref, rules, stage("processing", ZA=51, DE=49)) == ("C", [0])


def test_eu_share_at_exactly_half_from_three_member_states(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # US 50, DE 41, FR 5, NL 4: HHI 0.25 + 0.1681 + 0.0025 + 0.0016 = 0.4222 -> C; EU 0.50 -> -1 = B
    assert suggest(ref, rules, stage("processing", US=50, DE=41, FR=5, NL=4)) == ("B", [0, -1])


def test_adjustments_use_the_bottleneck_stage(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # extraction DE 100 (EU, HHI 1.0) is the bottleneck; processing CN 60 / BR 20 (HHI 0.40) is not:
    # D (HHI 1.0) + 1 (top1 1.0) - 1 (EU 1.0) = D; the strained processing stage does not count
    assert suggest(ref, rules, stage("extraction", DE=100), stage("processing", CN=60, BR=20)) == ("D", [0, 1, -1])


def test_all_adjustments_together(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # CN 60 / DE 40: HHI 0.36 + 0.16 = 0.52 -> C; strained 0.60 +1; top1 0.60 no; none +1; stock 120 -1;
    # EU 0.40 no -> C + 1 + 1 - 1 = D
    got = suggest(ref, rules, stage("processing", CN=60, DE=40), substitutability="none", stock_coverage_days=120.0)
    assert got == ("D", [0, 1, 1, -1])


def test_capped_at_e(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # CN 94 / DE 3: HHI 0.8845 -> D; strained 0.94 +1; top1 0.94 +1; substitutability none +1 -> D + 3 = E (cap)
    assert suggest(ref, rules, stage("processing", CN=94, DE=3), substitutability="none") == ("E", [0, 1, 1, 1])


def test_capped_at_a(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # DE, FR, NL, BE 25 % each: HHI 4 * 0.0625 = 0.25 -> B; EU 1.0 -1; stock 200 -1 -> B - 2 = A (cap)
    got = suggest(ref, rules, stage("processing", DE=25, FR=25, NL=25, BE=25), stock_coverage_days=200.0)
    assert got == ("A", [0, -1, -1])
    # already A: ZA, BR, CD, US, JP 20 % (HHI 0.20) with 100 days of stock stays A
    assert suggest(ref, rules, stage("processing", ZA=20, BR=20, CD=20, US=20, JP=20),
                   stock_coverage_days=100.0) == ("A", [0, -1])


def test_reason_texts_nl_and_en(ref: ReferenceData, rules: LikelihoodRules) -> None:
    s = suggest_likelihood(evidence(dep(stage("processing", CN=94, DE=3), substitutability="low",
                                        stock_coverage_days=120.0), ref), rules)
    # D (HHI 0.8845) + 1 strained + 1 top1 + 1 low substitutability - 1 stock = E
    assert s.likelihood == "E"
    assert [r.text("nl") for r in s.reasons] == [
        "Zeer hoge concentratie in de knelpuntschakel (HHI 0,88)",
        "Ten minste de helft uit landen met een gespannen relatie (94 %)",
        "Eén land levert ten minste 65 % (94 %)",
        "Nauwelijks of niet vervangbaar",
        "Voorraad dekt ten minste 90 dagen (120 dagen)",
    ]
    assert [r.text("en") for r in s.reasons] == [
        "Very high concentration at the bottleneck stage (HHI 0.88)",
        "At least half from countries with strained relations (94 %)",
        "One country supplies at least 65 % (94 %)",
        "Hardly or not substitutable",
        "Stocks cover at least 90 days (120 days)",
    ]
    assert [r.delta for r in s.reasons] == [0, 1, 1, 1, -1]
    assert all("%1" not in r.text(lang) for r in s.reasons for lang in ("nl", "en"))


def test_reason_texts_eu_and_moderate(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # DE 30 + FR 30 = 60 % EU, ZA 40: HHI 0.09 + 0.09 + 0.16 = 0.34 -> B; EU -1 -> A
    s = suggest_likelihood(evidence(dep(stage("processing", ZA=40, DE=30, FR=30)), ref), rules)
    assert s.likelihood == "A"
    assert [r.text("nl") for r in s.reasons] == ["Matige concentratie in de knelpuntschakel (HHI 0,34)",
                                                 "Ten minste de helft uit EU-lidstaten (60 %)"]
    assert [r.text("en") for r in s.reasons] == ["Moderate concentration at the bottleneck stage (HHI 0.34)",
                                                 "At least half from EU member states (60 %)"]
    # ZA 60 / BR 20: "High concentration ... (HHI 0.40, EU threshold 0.4)"
    high = suggest_likelihood(evidence(dep(stage("processing", ZA=60, BR=20)), ref), rules)
    assert high.reasons[0].text("en") == "High concentration at the bottleneck stage (HHI 0.40, EU threshold 0.4)"
    assert high.reasons[0].value == "0.40"


def test_no_evidence_no_suggestion(ref: ReferenceData, rules: LikelihoodRules) -> None:
    # stock and substitutability alone are no supply evidence
    s = suggest_likelihood(evidence(dep(substitutability="none", stock_coverage_days=10.0), ref), rules)
    assert s.likelihood == ""
    assert s.reasons == ()
    empty = suggest_likelihood(evidence(dep(SupplyStage("processing", [])), ref), rules)
    assert (empty.likelihood, empty.reasons) == ("", ())


def test_edited_rules_change_the_suggestion(ref: ReferenceData) -> None:
    doc = rules_doc()
    for adj in doc["adjustments"]:
        if adj["indicator"] == "top1_share":
            adj["min"] = 0.9
    edited = parse_rules(doc)
    # ZA 65 / BR 10 -> C; top1 0.65 < 0.9 now -> C
    assert suggest(ref, edited, stage("processing", ZA=65, BR=10)) == ("C", [0])


# parse_rules ---------------------------------------------------------------------------------


def test_parse_rules_orders_base_highest_first() -> None:
    doc = rules_doc()
    doc["base"].reverse()
    parsed = parse_rules(doc)
    assert [(m, c) for m, c, _w in parsed.base] == [(0.6, "D"), (0.4, "C"), (0.25, "B"), (0.0, "A")]


def _unknown_indicator(doc: dict[str, Any]) -> None:
    doc["adjustments"][0]["indicator"] = "wgi_score"


def _base_class_f(doc: dict[str, Any]) -> None:
    doc["base"][0]["class"] = "F"


def _no_base(doc: dict[str, Any]) -> None:
    doc["base"] = []


def _delta_not_a_number(doc: dict[str, Any]) -> None:
    doc["adjustments"][0]["delta"] = "plus one"


def _why_missing(doc: dict[str, Any]) -> None:
    del doc["adjustments"][1]["why"]


def _no_adjustments_key(doc: dict[str, Any]) -> None:
    del doc["adjustments"]


@pytest.mark.parametrize("damage", [_unknown_indicator, _base_class_f, _no_base, _delta_not_a_number,
                                    _why_missing, _no_adjustments_key])
def test_parse_rules_refuses(damage: Any) -> None:
    doc = rules_doc()
    damage(doc)
    with pytest.raises(ReferenceDataError):
        parse_rules(doc)


def test_parse_rules_unknown_indicator_is_named() -> None:
    doc = rules_doc()
    doc["adjustments"][0]["indicator"] = "wgi_score"
    with pytest.raises(ReferenceDataError, match="wgi_score"):
        parse_rules(doc)


# risky and strategic --------------------------------------------------------------------------


@pytest.mark.parametrize("impact", ["X", *CODES])
@pytest.mark.parametrize("likelihood", CODES)
def test_is_risky_strategic_default_thresholds(matrix: RiskMatrix, impact: str, likelihood: str) -> None:
    # both cumulative criteria: impact at least C AND likelihood at least C; X is no impact
    expected = impact in ("C", "D", "E") and likelihood in ("C", "D", "E")
    assert is_risky_strategic(impact, likelihood, matrix) is expected


def test_is_risky_strategic_follows_the_matrix_thresholds() -> None:
    doc = matrix_doc()
    doc["risky_strategic"] = {"min_impact": "D", "min_likelihood": "B"}
    m = parse_matrix(doc, 2)
    assert is_risky_strategic("D", "B", m)
    assert not is_risky_strategic("C", "E", m)  # not crucial enough
    assert not is_risky_strategic("E", "A", m)  # not likely enough
    assert not is_risky_strategic("X", "E", m)
    assert not is_risky_strategic("E", "", m)  # no likelihood judged


# CRMA -----------------------------------------------------------------------------------------


def test_crma_badges(ref: ReferenceData) -> None:
    both = dep(stage("processing", CN=94, DE=3), eu_lists=["crma-strategic", "crma-critical"])
    c = crma_check(both, evidence(both, ref), ref)
    assert (c.strategic, c.critical) == (True, True)
    only_critical = dep(stage("processing", CN=50), eu_lists=["crma-critical"])
    c = crma_check(only_critical, evidence(only_critical, ref), ref)
    assert (c.strategic, c.critical) == (False, True)
    neither = dep(stage("processing", CN=50))
    c = crma_check(neither, evidence(neither, ref), ref)
    assert (c.strategic, c.critical) == (False, False)


def test_crma_benchmark_is_65_percent(ref: ReferenceData) -> None:
    assert ref.crma_single_country_benchmark == pytest.approx(0.65)


@pytest.mark.parametrize(
    ("shares", "warnings"),
    [
        ({"CN": 94, "DE": 3}, [("processing", "CN", 0.94)]),
        ({"CN": 66, "ZA": 34}, [("processing", "CN", 0.66)]),
        ({"CN": 65, "ZA": 35}, []),  # exactly 65 % is within the benchmark ("no more than 65 %")
        ({"ZA": 50, "CN": 50}, []),
        ({"DE": 90, "CN": 10}, []),  # an EU member state is no third country
        ({"DE": 100}, []),
        ({"DE": 20, "US": 70, "CN": 10}, [("processing", "US", 0.70)]),  # like-minded still counts
    ],
)
def test_crma_single_third_country_warning(ref: ReferenceData, shares: dict[str, float],
                                           warnings: list[tuple[str, str, float]]) -> None:
    d = dep(stage("processing", **shares), eu_lists=["crma-strategic"])
    got = crma_check(d, evidence(d, ref), ref).warnings
    assert [(s, c) for s, c, _f in got] == [(s, c) for s, c, _f in warnings]
    assert [f for _s, _c, f in got] == pytest.approx([f for _s, _c, f in warnings])


def test_crma_warning_per_stage(ref: ReferenceData) -> None:
    # natural graphite: extraction CN 67 %; processing CN 93 %; components JP 40 / DE 60 -> two warnings
    d = dep(stage("extraction", CN=67, BR=10), stage("processing", CN=93), stage("components", JP=40, DE=60),
            eu_lists=["crma-critical"])
    got = crma_check(d, evidence(d, ref), ref).warnings
    assert [(s, c) for s, c, _f in got] == [("extraction", "CN"), ("processing", "CN")]
    assert [f for _s, _c, f in got] == pytest.approx([0.67, 0.93])


def test_crma_warnings_only_for_raw_materials_or_listed_items(ref: ReferenceData) -> None:
    product = dep(stage("final-product", CN=90), kind="product")
    assert crma_check(product, evidence(product, ref), ref).warnings == ()
    raw = dep(stage("processing", CN=90))  # a raw material, on no list yet
    assert [(s, c) for s, c, _f in crma_check(raw, evidence(raw, ref), ref).warnings] == [("processing", "CN")]
    listed = dep(stage("final-product", CN=90), kind="product", eu_lists=["union-critical-medicines"])
    assert [(s, c) for s, c, _f in crma_check(listed, evidence(listed, ref), ref).warnings] == [
        ("final-product", "CN")]


# assessment validation ------------------------------------------------------------------------


def assessment(**overrides: Any) -> Assessment:
    values: dict[str, Any] = {
        "id": new_id(), "dependency_id": new_id(), "assessed_on": dt.date(2026, 3, 1), "assessor": "anna",
        "matrix_version": 1,
        "impacts": [CriticalityScore("2.1", "C", "Tekort aan geneesmiddelen"), CriticalityScore("3.1", "X", "")],
        "likelihood": "D", "suggested_likelihood": "D",
    }
    values.update(overrides)
    return Assessment(**values)


def fields_of(a: Assessment, ref: ReferenceData, matrix: RiskMatrix) -> list[str]:
    return [e.field for e in validate_assessment(a, ref, matrix)]


def test_valid_assessment(ref: ReferenceData, matrix: RiskMatrix) -> None:
    assert validate_assessment(assessment(), ref, matrix) == []
    full = assessment(inherent=RiskScore("E", "C"), current=RiskScore("D", "C"), residual=RiskScore("B", "C"),
                      impact_rule="weighted")
    assert validate_assessment(full, ref, matrix) == []


def test_departure_needs_a_justification(ref: ReferenceData, matrix: RiskMatrix) -> None:
    assert fields_of(assessment(likelihood="C", suggested_likelihood="D"), ref, matrix) == ["justification"]
    assert fields_of(assessment(likelihood="E", suggested_likelihood="D", justification="  \n"), ref,
                     matrix) == ["justification"]
    errors = validate_assessment(assessment(likelihood="C", suggested_likelihood="D"), ref, matrix)
    assert "D" in errors[0].reason
    assert fields_of(assessment(likelihood="C", suggested_likelihood="D",
                                justification="New supply contracts with Australia"), ref, matrix) == []


def test_no_justification_needed_when_equal_or_without_suggestion(ref: ReferenceData, matrix: RiskMatrix) -> None:
    assert fields_of(assessment(likelihood="D", suggested_likelihood="D"), ref, matrix) == []
    for likelihood in CODES:
        assert fields_of(assessment(likelihood=likelihood, suggested_likelihood=""), ref, matrix) == []


def test_scored_criteria_need_a_rationale(ref: ReferenceData, matrix: RiskMatrix) -> None:
    a = assessment(impacts=[CriticalityScore("2.1", "C", ""), CriticalityScore("5.1", "B", "   "),
                            CriticalityScore("3.1", "X", "")])
    errors = validate_assessment(a, ref, matrix)
    assert [e.field for e in errors] == ["impacts", "impacts"]
    assert "2.1" in errors[0].reason
    assert "5.1" in errors[1].reason


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"impacts": [CriticalityScore("9.9", "C", "why")]}, "impacts"),  # unknown criterion
        ({"impacts": [CriticalityScore("2.1", "F", "why")]}, "impacts"),  # unknown impact level
        ({"impact_rule": "median"}, "impact_rule"),
        ({"likelihood": "X", "suggested_likelihood": ""}, "likelihood"),  # X is no likelihood class
        ({"likelihood": "", "suggested_likelihood": ""}, "likelihood"),
        ({"inherent": RiskScore("F", "C")}, "inherent"),
        ({"current": RiskScore("C", "X")}, "current"),  # a risk point needs an impact A-E
        ({"residual": RiskScore("", "")}, "residual"),
        ({"assessor": "  "}, "assessor"),
        ({"matrix_version": 2}, "matrix_version"),  # scored under 2, checked against version 1
    ],
)
def test_invalid_values(ref: ReferenceData, matrix: RiskMatrix, overrides: dict[str, Any], field: str) -> None:
    assert fields_of(assessment(**overrides), ref, matrix) == [field]


def test_matrix_version_must_match_the_matrix_given(ref: ReferenceData) -> None:
    v2 = parse_matrix(matrix_doc(), 2)
    assert fields_of(assessment(matrix_version=2), ref, v2) == []
    errors = validate_assessment(assessment(matrix_version=1), ref, v2)
    assert [e.field for e in errors] == ["matrix_version"]
    assert "1" in errors[0].reason
    assert "2" in errors[0].reason


def test_parse_matrix_refuses_empty_labels_and_malformed_codes(ref: ReferenceData) -> None:
    doc = copy.deepcopy(dict(ref.default_matrix))
    doc["risk_levels"][0]["label"]["en"] = "  "
    with pytest.raises(ReferenceDataError, match="Dutch and an English label"):
        parse_matrix(doc, 2)
    doc = copy.deepcopy(dict(ref.default_matrix))
    old = doc["risk_levels"][0]["code"]
    doc["risk_levels"][0]["code"] = "Very High!"
    doc["grid"] = {i: {k: ("Very High!" if v == old else v) for k, v in row.items()} for i, row in doc["grid"].items()}
    with pytest.raises(ReferenceDataError, match="lower-case letters"):
        parse_matrix(doc, 2)
