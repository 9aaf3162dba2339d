"""Action options in the core: validation, proportionality, the review workflow (second user,
re-agreement after an edit) and the residual risk."""

from __future__ import annotations

from typing import Any

import pytest

from sdapp.core.errors import ValidationError
from sdapp.core.model import ActionOption, RiskScore, new_id
from sdapp.core.options import (
    PLANNED_STATUSES,
    STATUSES,
    TRANSITIONS,
    apply_transition,
    changed_since_agreement,
    check_history,
    check_transition,
    cost_range,
    needs_proportionality,
    residual_from_options,
    tried_rungs,
    validate_option,
)
from sdapp.core.reference import ReferenceData

DEP = "0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0001"
AT = "2026-05-01T09:00:00+00:00"


def option(**overrides: Any) -> ActionOption:
    values: dict[str, Any] = {
        "id": new_id(), "dependency_id": DEP, "title": "Monitoring gallium", "category": "monitoring", "rung": 1,
        "lead_ministry": "EZ", "involved_ministries": ["BZ"], "effect_likelihood": 1,
        "cost_once_low": 0.1, "cost_once_high": 0.3, "author": "anna", "edited_by": "anna",
    }
    values.update(overrides)
    return ActionOption(**values)


def fields_of(errors: list[ValidationError]) -> set[str]:
    return {e.field for e in errors}


def walk(o: ActionOption, *steps: tuple[str, str]) -> ActionOption:
    for to_status, user in steps:
        o = apply_transition(o, to_status, user, AT, f"to {to_status}")
    return o


# round trip and validation -----------------------------------------------------------------------


def test_to_dict_from_dict_round_trip() -> None:
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"))
    again = ActionOption.from_dict(o.to_dict())
    assert again == o
    assert again.review_history[-1].user == "bert"


def test_a_valid_option_has_no_errors(ref: ReferenceData) -> None:
    assert validate_option(option(), ref) == []


@pytest.mark.parametrize(("overrides", "field"), [
    ({"title": "  "}, "title"),
    ({"category": "magic"}, "category"),
    ({"rung": 7}, "rung"),
    ({"rung": 0}, "rung"),
    ({"level": "provincial"}, "level"),
    ({"lead_ministry": "XYZ"}, "lead_ministry"),
    ({"involved_ministries": ["EZ", "NOPE"]}, "involved_ministries"),
    ({"cost_once_low": 5.0, "cost_once_high": 1.0}, "cost_once_low"),
    ({"cost_yearly_low": -1.0}, "cost_yearly_low"),
    ({"cost_yearly_low": 3.0, "cost_yearly_high": 2.0}, "cost_yearly_low"),
    ({"market_disruption": "extreme"}, "market_disruption"),
    ({"effect_likelihood": 5}, "effect_likelihood"),
    ({"effect_impact": -1}, "effect_impact"),
    ({"cost_bearer": "nobody"}, "cost_bearer"),
    ({"status": "approved"}, "status"),
    ({"id": "not-a-uuid"}, "id"),
])
def test_validation_names_the_field(ref: ReferenceData, overrides: dict[str, Any], field: str) -> None:
    assert field in fields_of(validate_option(option(**overrides), ref))


def test_costs_may_be_unknown(ref: ReferenceData) -> None:
    o = option(cost_once_low=None, cost_once_high=None, cost_yearly_low=None, cost_yearly_high=2.0)
    assert validate_option(o, ref) == []
    assert cost_range(o) == "yearly ?-2"


# proportionality ---------------------------------------------------------------------------------------


def test_rung_four_and_up_always_needs_a_justification(ref: ReferenceData) -> None:
    o = option(rung=4, category="stockpiling")
    assert needs_proportionality(o, [5, 6])
    assert "proportionality_justification" in fields_of(validate_option(o, ref, [5, 6]))
    o.proportionality_justification = "Afspraken met de sector bleken onvoldoende."
    assert validate_option(o, ref, [5, 6]) == []


def test_a_rung_above_the_highest_tried_needs_a_justification(ref: ReferenceData) -> None:
    o = option(rung=3, category="sector-agreements")
    assert needs_proportionality(o, [1, 2])
    assert not needs_proportionality(o, [3])
    assert "proportionality_justification" in fields_of(validate_option(o, ref, [2]))
    assert validate_option(o, ref, [3]) == []


def test_rung_one_is_the_baseline() -> None:
    assert not needs_proportionality(option(rung=1), [])
    assert needs_proportionality(option(rung=2), [])


def test_tried_rungs_count_agreed_briefed_and_adopted_options_of_the_same_dependency() -> None:
    others = [option(rung=2, status="agreed"), option(rung=3, status="in-briefing"),
              option(rung=5, status="decided-adopted"), option(rung=6, status="concept"),
              option(rung=6, status="decided-rejected"), option(rung=6, status="agreed", dependency_id=new_id())]
    assert sorted(tried_rungs(others, DEP)) == [2, 3, 5]
    assert sorted(tried_rungs(others, DEP, exclude_id=others[2].id)) == [2, 3]


# workflow ------------------------------------------------------------------------------------------------


def test_the_workflow_is_data_over_the_known_statuses() -> None:
    assert set(TRANSITIONS) == set(STATUSES)
    assert all(targets <= set(STATUSES) for targets in TRANSITIONS.values())
    assert TRANSITIONS["decided-adopted"] == frozenset()
    assert "decided-withdrawn" in TRANSITIONS["concept"]
    assert "decided-withdrawn" in TRANSITIONS["in-review"]


def test_the_full_path_records_every_step() -> None:
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"), ("in-briefing", "anna"),
             ("decided-adopted", "anna"))
    assert o.status == "decided-adopted"
    assert [(e.from_status, e.to_status, e.user) for e in o.review_history] == [
        ("concept", "in-review", "anna"), ("in-review", "agreed", "bert"), ("agreed", "in-briefing", "anna"),
        ("in-briefing", "decided-adopted", "anna")]
    assert check_history(o) == []


@pytest.mark.parametrize(("path", "to_status"), [
    ((), "agreed"),
    ((), "in-briefing"),
    ((("in-review", "anna"),), "decided-adopted"),
    ((("in-review", "anna"), ("agreed", "bert")), "decided-adopted"),
    ((("in-review", "anna"), ("agreed", "bert"), ("in-briefing", "anna"), ("decided-rejected", "anna")),
     "in-review"),
])
def test_invalid_moves_are_refused(path: tuple[tuple[str, str], ...], to_status: str) -> None:
    o = walk(option(), *path)
    errors = check_transition(o, to_status, "carla")
    assert errors
    assert "cannot move" in errors[0].reason
    with pytest.raises(ValidationError):
        apply_transition(o, to_status, "carla", AT)


def test_withdrawal_from_concept_and_review() -> None:
    assert walk(option(), ("decided-withdrawn", "anna")).status == "decided-withdrawn"
    assert walk(option(), ("in-review", "anna"), ("decided-withdrawn", "anna")).status == "decided-withdrawn"


def test_the_author_cannot_agree_their_own_option() -> None:
    o = walk(option(), ("in-review", "anna"))
    errors = check_transition(o, "agreed", "anna")
    assert errors
    assert "author" in errors[0].reason
    assert check_transition(o, "agreed", "bert") == []


def test_the_last_editor_cannot_agree_either() -> None:
    o = walk(option(edited_by="bert"), ("in-review", "anna"))
    assert check_transition(o, "agreed", "bert")
    assert check_transition(o, "agreed", "carla") == []


def test_an_edit_after_agreement_needs_a_new_agreement() -> None:
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"))
    assert not changed_since_agreement(o)
    assert check_transition(o, "agreed", "carla")  # nothing changed: no second agreement
    o.body = "Kosten herzien."
    o.edited_by = "anna"
    assert changed_since_agreement(o)
    assert check_transition(o, "in-briefing", "anna")  # not on to briefing while changed
    assert check_transition(o, "agreed", "anna")  # the author still cannot agree
    o = apply_transition(o, "agreed", "bert", AT, "opnieuw akkoord")
    assert not changed_since_agreement(o)
    assert o.review_history[-1].from_status == "agreed"
    assert check_transition(o, "in-briefing", "anna") == []


def test_changed_in_briefing_goes_back_to_agreed_before_a_decision() -> None:
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"), ("in-briefing", "anna"))
    o.title = "Monitoring gallium en germanium"
    assert changed_since_agreement(o)
    assert check_transition(o, "decided-adopted", "anna")
    assert check_transition(o, "decided-withdrawn", "anna") == []
    o = apply_transition(o, "agreed", "bert", AT)
    assert o.status == "agreed"
    assert not changed_since_agreement(o)


def test_an_undone_edit_clears_the_change_mark() -> None:
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"))
    o.body = "tijdelijk"
    assert changed_since_agreement(o)
    o.body = ""
    assert not changed_since_agreement(o)


def test_workflow_fields_do_not_count_as_content() -> None:
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"), ("in-briefing", "anna"))
    assert not changed_since_agreement(o)  # status and history moved, content did not


def test_check_history_refuses_an_agreement_by_the_author_and_gaps() -> None:
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"))
    o.review_history[1].user = "anna"
    assert any("author" in e.reason for e in check_history(o))
    o = walk(option(), ("in-review", "anna"), ("agreed", "bert"))
    del o.review_history[0]
    assert check_history(o)
    o = walk(option(), ("in-review", "anna"))
    o.status = "agreed"
    assert check_history(o)


# residual risk ------------------------------------------------------------------------------------------------


def test_residual_applies_planned_and_agreed_options_only() -> None:
    current = RiskScore("D", "E")
    opts = [option(status=s, effect_likelihood=1, effect_impact=0) for s in STATUSES]
    planned = sum(1 for s in STATUSES if s in PLANNED_STATUSES)
    assert planned == 4
    assert residual_from_options(current, opts) == RiskScore("A", "E")  # D - 4 -> floor A
    assert residual_from_options(current, opts[:3]) == RiskScore("B", "E")  # in-review and agreed count


def test_residual_never_goes_below_class_a() -> None:
    opts = [option(status="agreed", effect_likelihood=4, effect_impact=4),
            option(status="decided-adopted", effect_likelihood=3, effect_impact=2)]
    assert residual_from_options(RiskScore("C", "B"), opts) == RiskScore("A", "A")


def test_residual_without_options_is_the_current_risk() -> None:
    assert residual_from_options(RiskScore("C", "D"), []) == RiskScore("C", "D")
    rejected = [option(status="decided-rejected", effect_likelihood=2)]
    assert residual_from_options(RiskScore("C", "D"), rejected) == RiskScore("C", "D")
    impact_only = [option(status="in-review", effect_likelihood=0, effect_impact=2)]
    assert residual_from_options(RiskScore("C", "D"), impact_only) == RiskScore("C", "B")
