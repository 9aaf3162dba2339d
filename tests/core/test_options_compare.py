"""The core behind the option views: residual risk from options, cost estimates, the efficient
frontier, the overview filter and the review steps on offer."""

from __future__ import annotations

from typing import Any

from sdapp.core.model import ActionOption, RiskScore, new_id
from sdapp.core.options import (
    OptionFilter,
    apply_transition,
    comment_required,
    content_fingerprint,
    cost_estimate,
    efficient_frontier,
    efficient_options,
    residual_risk,
    risk_reduction,
    transition_choices,
    with_content,
)

DEP = "0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0001"
AT = "2026-05-01T09:00:00+00:00"


def option(**overrides: Any) -> ActionOption:
    values: dict[str, Any] = {"id": new_id(), "dependency_id": DEP, "title": "Optie", "category": "monitoring",
                              "rung": 1, "lead_ministry": "EZ", "author": "anna", "edited_by": "anna"}
    values.update(overrides)
    return ActionOption(**values)


# residual risk ------------------------------------------------------------------------------------


def test_residual_follows_planned_options_else_the_entered_value() -> None:
    current, entered = RiskScore("D", "C"), RiskScore("C", "C")
    concept = option(effect_likelihood=2)
    assert residual_risk(current, entered, [concept]) == (entered, 0)  # a concept plans nothing
    in_review = option(status="in-review", effect_likelihood=1)
    agreed = option(status="agreed", effect_likelihood=1, effect_impact=1)
    rejected = option(status="decided-rejected", effect_impact=2)
    assert residual_risk(current, entered, [concept, in_review, agreed, rejected]) == (RiskScore("B", "B"), 2)
    assert residual_risk(current, entered, [option(status="agreed")]) == (current, 1)  # no effect: as current
    assert residual_risk(None, entered, [agreed]) == (entered, 0)  # nothing to lower
    assert residual_risk(RiskScore("A", "A"), None, [agreed]) == (RiskScore("A", "A"), 1)  # never below A


# comparing ----------------------------------------------------------------------------------------


def test_cost_estimate_uses_midpoints_over_the_years() -> None:
    o = option(cost_once_low=20.0, cost_once_high=60.0, cost_yearly_low=2.0, cost_yearly_high=5.0)
    assert cost_estimate(o, 5) == 40.0 + 5 * 3.5
    assert cost_estimate(option(cost_once_high=10.0), 5) == 10.0  # one bound known: that bound
    assert cost_estimate(option(cost_yearly_low=1.0, cost_yearly_high=1.0), 5) == 5.0
    assert cost_estimate(option(), 5) is None
    assert risk_reduction(option(effect_likelihood=2, effect_impact=1)) == 3


def test_efficient_frontier_keeps_exactly_the_undominated_points() -> None:
    points = [("cheap-small", 1.0, 1.0), ("cheap-big", 1.5, 2.0), ("dear-big", 50.0, 2.0), ("dear-bigger", 100.0, 3.0),
              ("worse", 2.0, 1.0), ("twin-a", 5.0, 2.5), ("twin-b", 5.0, 2.5), ("free-nothing", 0.0, 0.0)]
    assert efficient_frontier(points) == {"cheap-small", "cheap-big", "dear-bigger", "twin-a", "twin-b",
                                          "free-nothing"}
    assert efficient_frontier([]) == set()
    # equal cost, more reduction dominates; equal reduction, lower cost dominates
    assert efficient_frontier([("a", 1.0, 1.0), ("b", 1.0, 2.0)]) == {"b"}
    assert efficient_frontier([("a", 1.0, 1.0), ("b", 2.0, 1.0)]) == {"a"}


def test_efficient_options_leave_out_options_without_costs() -> None:
    a = option(effect_likelihood=1, cost_once_low=1.0, cost_once_high=1.0)
    b = option(effect_likelihood=2, cost_once_low=1.0, cost_once_high=3.0)
    c = option(effect_likelihood=1, cost_once_low=5.0, cost_once_high=5.0)
    no_costs = option(effect_likelihood=4)
    assert efficient_options([a, b, c, no_costs], 5) == {a.id, b.id}


# the overview filter ------------------------------------------------------------------------------


def test_option_filter() -> None:
    a = option(title="Voorraad gallium", category="stockpiling", rung=4, status="agreed", lead_ministry="EZ",
               involved_ministries=["BZ"], proportionality_justification="x")
    a.agreed_fingerprint = "stale"  # agreed, then edited
    b = option(title="Monitoring", category="monitoring", rung=1, lead_ministry="VWS")
    assert OptionFilter().matches(a)
    assert OptionFilter().matches(b)
    assert not OptionFilter().active()
    assert [o for o in (a, b) if OptionFilter(statuses=frozenset({"agreed"})).matches(o)] == [a]
    assert [o for o in (a, b) if OptionFilter(ministries=frozenset({"BZ"})).matches(o)] == [a]  # involved
    assert [o for o in (a, b) if OptionFilter(ministries=frozenset({"VWS"})).matches(o)] == [b]  # lead
    assert [o for o in (a, b) if OptionFilter(categories=frozenset({"monitoring"})).matches(o)] == [b]
    assert [o for o in (a, b) if OptionFilter(rungs=frozenset({4, 5})).matches(o)] == [a]
    assert [o for o in (a, b) if OptionFilter(changed_only=True).matches(o)] == [a]
    assert [o for o in (a, b) if OptionFilter(text="GALLIUM").matches(o)] == [a]
    assert OptionFilter(rungs=frozenset({1}), statuses=frozenset({"agreed"})).matches(b) is False


# the review steps on offer --------------------------------------------------------------------------


def test_transition_choices_follow_the_rules_for_the_actor() -> None:
    o = option()
    assert [s for s, _e in transition_choices(o, "anna")] == ["in-review", "decided-withdrawn"]
    o = apply_transition(o, "in-review", "anna", AT)
    choices = dict(transition_choices(o, "anna"))
    assert set(choices) == {"concept", "agreed", "decided-withdrawn"}
    assert "author" in choices["agreed"][0].reason
    assert not choices["concept"]
    assert dict(transition_choices(o, "bert"))["agreed"] == []
    o = apply_transition(o, "agreed", "bert", AT)
    assert "agreed" not in dict(transition_choices(o, "bert"))  # nothing to agree again
    o.body = "Gewijzigd na akkoord."
    o.edited_by = "anna"
    after_edit = dict(transition_choices(o, "bert"))
    assert after_edit["agreed"] == []  # re-agreement by a second user
    assert after_edit["in-briefing"]
    assert "again" in after_edit["in-briefing"][0].reason


def test_comment_required_for_moves_back_and_endings() -> None:
    assert not comment_required("concept", "in-review")
    assert not comment_required("in-review", "agreed")
    assert comment_required("in-review", "concept")
    assert comment_required("agreed", "in-review")
    assert comment_required("agreed", "agreed")
    assert comment_required("in-briefing", "decided-rejected")
    assert comment_required("concept", "decided-withdrawn")
    assert not comment_required("in-briefing", "decided-adopted")


def test_with_content_keeps_identity_and_workflow() -> None:
    stored = apply_transition(apply_transition(option(body="oud"), "in-review", "anna", AT), "agreed", "bert", AT)
    earlier = option(body="nog ouder", title="Andere titel")
    merged = with_content(stored, earlier)
    assert (merged.id, merged.dependency_id, merged.status, merged.author) == (stored.id, DEP, "agreed", "anna")
    assert merged.review_history == stored.review_history
    assert merged.agreed_fingerprint == stored.agreed_fingerprint
    assert (merged.body, merged.title) == ("nog ouder", "Andere titel")
    assert content_fingerprint(merged) != content_fingerprint(stored)
