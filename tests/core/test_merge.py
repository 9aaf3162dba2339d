"""sdapp.core.merge: the revision graph (ancestors, common ancestor, relation, order) and the
three-way field merge, with a property test that no accepted edit is lost."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sdapp.core.merge import (
    BOTH,
    CONFLICT,
    EDIT,
    FAST_FORWARD,
    MINE,
    MISSING,
    NEW,
    SAME,
    THEIRS,
    UNCHANGED,
    MergeError,
    Resolution,
    ancestors,
    common_ancestor,
    has_cycle,
    outcome_of,
    prefer,
    relation,
    resolve,
    three_way,
    topological,
)

# a -- b -- c (mine)          ids sort in time order, like real revision ids
#       \
#        d -- e (theirs)
#              \
#     c ------- f (merge of c and e)
GRAPH: dict[str, tuple[str, ...]] = {"a": (), "b": ("a",), "c": ("b",), "d": ("b",), "e": ("d",), "f": ("c", "e")}


def test_ancestors_follow_both_parents_of_a_merge() -> None:
    assert ancestors("c", GRAPH) == {"a", "b", "c"}
    assert ancestors("f", GRAPH) == {"a", "b", "c", "d", "e", "f"}
    assert ancestors("x", GRAPH) == {"x"}  # unknown: just itself
    assert ancestors("b", {"b": ("gone",)}) == {"b", "gone"}  # a truncated history ends there


def test_common_ancestor_is_the_latest_shared_revision() -> None:
    assert common_ancestor("c", "e", GRAPH) == "b"
    assert common_ancestor("f", "e", GRAPH) == "e"
    assert common_ancestor("c", "c", GRAPH) == "c"
    assert common_ancestor("c", "z", {**GRAPH, "z": ()}) is None


def test_criss_cross_merges_pick_the_newest_of_the_best_common_ancestors() -> None:
    graph = {"a": (), "b": ("a",), "c": ("a",), "m1": ("b", "c"), "m2": ("c", "b"), "x": ("m1",), "y": ("m2",)}
    assert common_ancestor("x", "y", graph) == "c"  # b and c are both best; c is newer


def test_relation_of_incoming_to_local_heads() -> None:
    assert relation(None, "c", set(), GRAPH) == NEW
    assert relation("c", "c", {"a", "b", "c"}, GRAPH) == UNCHANGED
    assert relation("c", "b", {"a", "b", "c"}, GRAPH) == UNCHANGED  # this side is ahead
    assert relation("b", "e", {"a", "b"}, GRAPH) == FAST_FORWARD
    assert relation("c", "e", {"a", "b", "c"}, GRAPH) == CONFLICT
    assert relation("c", "f", {"a", "b", "c"}, GRAPH) == FAST_FORWARD  # their merge includes mine


def test_topological_order_puts_parents_first() -> None:
    order = topological(GRAPH, GRAPH)
    assert set(order) == set(GRAPH)
    for rev, parents in GRAPH.items():
        for p in parents:
            assert order.index(p) < order.index(rev)
    assert topological(["e", "d"], GRAPH) == ["d", "e"]
    assert sorted(topological(["p", "q"], {"p": ("q",), "q": ("p",)})) == ["p", "q"]  # a cycle cannot loop


def test_cycles_are_found() -> None:
    assert not has_cycle(GRAPH)
    assert has_cycle({"a": ("b",), "b": ("c",), "c": ("a",)})
    assert has_cycle({"a": ("a",)})


# three-way merge -------------------------------------------------------------------------------


def test_fields_changed_on_one_side_merge_automatically() -> None:
    base = {"id": "1", "name": "Gallium", "description": "old", "tags": ["a"]}
    mine = {**base, "name": "Gallium (processing)"}
    theirs = {**base, "description": "new", "tags": ["a", "b"]}
    result = three_way(base, mine, theirs)
    assert result.conflicts == []
    assert {f.key: f.outcome for f in result.fields} == {"name": MINE, "description": THEIRS, "tags": THEIRS}
    assert resolve(result) == {"id": "1", "name": "Gallium (processing)", "description": "new", "tags": ["a", "b"]}


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base = {"name": "a"}
    result = three_way(base, {"name": "b"}, {"name": "b"})
    assert [(f.key, f.outcome) for f in result.fields] == [("name", SAME)]
    assert resolve(result) == {"name": "b"}


def test_different_changes_to_one_field_are_a_conflict_with_all_three_versions() -> None:
    result = three_way({"name": "a", "x": 1}, {"name": "mine", "x": 2}, {"name": "theirs", "x": 1})
    (conflict,) = result.conflicts
    assert (conflict.key, conflict.ancestor, conflict.mine, conflict.theirs) == ("name", "a", "mine", "theirs")
    assert conflict.outcome == BOTH
    with pytest.raises(MergeError, match="unresolved conflicts in: name"):
        resolve(result)
    assert resolve(result, {"name": Resolution(MINE)}) == {"name": "mine", "x": 2}
    assert resolve(result, {"name": Resolution(THEIRS)}) == {"name": "theirs", "x": 2}
    assert resolve(result, {"name": Resolution(EDIT, "both")}) == {"name": "both", "x": 2}
    # an automatic outcome can be overridden too
    assert resolve(result, {"name": Resolution(MINE), "x": Resolution(THEIRS)}) == {"name": "mine", "x": 1}


def test_without_a_common_ancestor_every_difference_is_a_conflict() -> None:
    result = three_way(None, {"id": "1", "name": "a", "k": "same"}, {"id": "1", "name": "b", "k": "same"})
    assert [(f.key, f.ancestor) for f in result.conflicts] == [("name", MISSING)]


def test_added_and_removed_fields() -> None:
    result = three_way({"a": 1, "gone": 1}, {"a": 1, "gone": 1, "new": 2}, {"a": 1})
    assert {f.key: f.outcome for f in result.fields} == {"gone": THEIRS, "new": MINE}
    assert resolve(result) == {"a": 1, "new": 2}
    assert resolve(result, {"gone": Resolution(MINE)}) == {"a": 1, "gone": 1, "new": 2}


def test_groups_merge_as_one_unit() -> None:
    groups = {"review": ("status", "history")}
    base = {"status": "concept", "history": [], "body": "x"}
    mine = {**base, "status": "in-review", "history": ["to review"]}
    theirs = {**base, "body": "y"}
    result = three_way(base, mine, theirs, groups=groups)
    assert {f.key: f.outcome for f in result.fields} == {"review": MINE, "body": THEIRS}
    both = three_way(base, mine, {**base, "status": "decided-withdrawn", "history": ["withdrawn"]}, groups=groups)
    (conflict,) = both.conflicts
    assert conflict.key == "review"
    assert conflict.fields == ("status", "history")
    assert resolve(both, {"review": Resolution(THEIRS)}) == {"status": "decided-withdrawn", "history": ["withdrawn"],
                                                             "body": "x"}
    with pytest.raises(MergeError, match="must give each field"):
        resolve(both, {"review": Resolution(EDIT, "agreed")})


def test_derived_fields_never_conflict_and_keep_mine() -> None:
    result = three_way({"score": 1, "x": 0}, {"score": 2, "x": 1}, {"score": 3, "x": 0}, derived=("score",))
    assert result.conflicts == []
    assert result.get("score").derived
    assert resolve(result) == {"score": 2, "x": 1}
    with pytest.raises(MergeError, match="computed"):
        resolve(result, {"score": Resolution(THEIRS)})


def test_bad_choices_are_refused() -> None:
    result = three_way({"a": 1}, {"a": 2}, {"a": 3})
    with pytest.raises(MergeError, match="no field 'b'"):
        resolve(result, {"a": Resolution(MINE), "b": Resolution(MINE)})
    with pytest.raises(MergeError, match="unknown choice"):
        Resolution("both")
    with pytest.raises(MergeError, match="prefer mine or theirs"):
        prefer(result, "edit")
    assert resolve(result, prefer(result, THEIRS)) == {"a": 3}
    assert outcome_of(result.get("a"), None) == MINE
    assert outcome_of(result.get("a"), Resolution(EDIT, 4)) == EDIT


def test_the_merge_does_not_share_state_with_its_inputs() -> None:
    mine = {"tags": ["a"]}
    theirs = {"tags": ["a", "b"]}
    merged = resolve(three_way({"tags": ["a"]}, mine, theirs))
    merged["tags"].append("c")
    assert theirs == {"tags": ["a", "b"]}


# property: no accepted edit is lost -------------------------------------------------------------------

KEYS = ("name", "description", "tags", "status", "level")
VALUES = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["a", "b", "c"]), st.lists(st.sampled_from("xy"),
                                                                                              max_size=2))
VERSION = st.dictionaries(st.sampled_from(KEYS), VALUES)


@settings(max_examples=400, deadline=None)
@given(ancestor=VERSION, mine_edits=VERSION, theirs_edits=VERSION, removed=st.sets(st.sampled_from(KEYS)),
       picks=st.dictionaries(st.sampled_from(KEYS), st.sampled_from([MINE, THEIRS, EDIT])),
       no_ancestor=st.booleans())
def test_property_every_edit_survives_or_is_the_one_chosen_against(
        ancestor: dict[str, Any], mine_edits: dict[str, Any], theirs_edits: dict[str, Any], removed: set[str],
        picks: dict[str, str], no_ancestor: bool) -> None:
    mine = {**ancestor, **mine_edits}
    theirs = {k: v for k, v in {**ancestor, **theirs_edits}.items() if k not in removed}
    base = None if no_ancestor else ancestor
    result = three_way(base, mine, theirs)
    choices = {f.key: Resolution(picks.get(f.key, MINE), ["edited", f.key]) for f in result.conflicts}
    merged = resolve(result, choices)
    anc = base or {}
    for key in set(mine) | set(theirs) | set(anc):
        m, t, a = mine.get(key, MISSING), theirs.get(key, MISSING), anc.get(key, MISSING) if base else MISSING
        got = merged.get(key, MISSING)
        if m == t:
            assert got == m  # both agree
        elif base is not None and m == a:
            assert got == t  # only theirs changed it: their edit is kept
        elif base is not None and t == a:
            assert got == m  # only mine changed it: my edit is kept
        else:
            choice = choices[key]  # changed differently on both sides: exactly the choice made
            assert got == {MINE: m, THEIRS: t, EDIT: ["edited", key]}[choice.choice]
    # every field that differs is reported, with where its value came from
    reported = {f.key for f in result.fields}
    assert reported == {k for k in set(mine) | set(theirs) | set(anc)
                        if not (mine.get(k, MISSING) == theirs.get(k, MISSING) == anc.get(k, MISSING))}
