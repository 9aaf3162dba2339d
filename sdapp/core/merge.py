"""Merging a record changed on two workstations: the revision graph and the three-way field merge.

Pure functions, no storage. Every record's revisions form a graph: each revision names its
parent, and a merge revision also names the other side's head (``merge_parent``). Exchanging
register data compares the head a pack brings with the local head:

- the incoming head is already known here: nothing to do (**unchanged**; this side may be ahead);
- the local head is an ancestor of the incoming head: **fast-forward** to it;
- neither: both sides changed since their latest common revision: a **conflict**, merged per
  field against that common ancestor (:func:`three_way`).

A field changed on one side only takes that side's value; a field changed on both sides to
the same value is no conflict; a field changed on both sides to different values is a field
conflict that someone resolves (mine, theirs, or an edited value). Nothing is decided
silently: :class:`MergeResult` lists every field that differs and where its value came from,
so no accepted edit can be lost without it being shown.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sdapp.core.errors import DomainError

# how an incoming record relates to the local one
NEW, FAST_FORWARD, CONFLICT, DELETION, UNCHANGED = "new", "fast-forward", "conflict", "deletion", "unchanged"
KINDS = (NEW, FAST_FORWARD, CONFLICT, DELETION, UNCHANGED)

# where a merged field's value comes from
SAME, MINE, THEIRS, BOTH, EDIT = "same", "mine", "theirs", "conflict", "edit"

# the bin state of a record, merged like a field (a deletion on one side, an edit on the other)
DELETED = "__deleted__"


class MergeError(DomainError):
    """A merge that cannot be completed as asked (an unresolved conflict, an unknown field)."""


class _Missing:
    """A field absent from a version (or a record without a common ancestor)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self


MISSING: Any = _Missing()


# the revision graph ----------------------------------------------------------------------------


Parents = Mapping[str, Sequence[str]]


def ancestors(rev: str, parents: Parents) -> set[str]:
    """``rev`` and every revision it descends from (through both parents of merges).

    A parent missing from ``parents`` ends that line: a truncated history is still usable."""
    seen: set[str] = set()
    todo = [rev]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(p for p in parents.get(current, ()) if p and p not in seen)
    return seen


def common_ancestor(a: str, b: str, parents: Parents) -> str | None:
    """The latest revision both ``a`` and ``b`` descend from; None when they share none.

    Among the common ancestors, those that are an ancestor of another common ancestor are
    older; of the rest (more than one only after criss-cross merges) the highest revision id
    wins: ids are time-ordered, so that is the most recent."""
    common = ancestors(a, parents) & ancestors(b, parents)
    if not common:
        return None
    older: set[str] = set()
    for rev in common:
        older |= ancestors(rev, parents) - {rev}
    return max(common - older)


def relation(local_head: str | None, incoming_head: str, known_here: Collection[str], parents: Parents) -> str:
    """How an incoming head relates to the local head: NEW, UNCHANGED, FAST_FORWARD or CONFLICT.

    ``known_here`` are the record's local revision ids; the local head descends from all of
    them (every write moves the head forward, a merge names both sides), so an incoming head
    known here means this side has it already."""
    if local_head is None:
        return NEW
    if incoming_head in known_here:
        return UNCHANGED
    if local_head in ancestors(incoming_head, parents):
        return FAST_FORWARD
    return CONFLICT


def topological(revisions: Iterable[str], parents: Parents) -> list[str]:
    """``revisions`` ordered parents first (ties by id, so by time): the order to store them in.
    A cycle (never made by sdapp; see :func:`has_cycle`) cannot loop: each revision is entered once."""
    wanted = set(revisions)
    order: list[str] = []
    placed: set[str] = set()
    entered: set[str] = set()
    for start in sorted(wanted):
        stack: list[tuple[str, bool]] = [(start, False)]
        while stack:
            rev, expanded = stack.pop()
            if rev in placed:
                continue
            if expanded:
                placed.add(rev)
                order.append(rev)
                continue
            if rev in entered:
                continue
            entered.add(rev)
            stack.append((rev, True))
            for p in sorted((p for p in parents.get(rev, ()) if p in wanted and p not in placed), reverse=True):
                stack.append((p, False))
    return order


def has_cycle(parents: Parents) -> bool:
    """True when following parents can come back to where it started (a damaged history)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in parents:
        if start in state:
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        state[start] = 1
        while stack:
            rev, i = stack.pop()
            ps = [p for p in parents.get(rev, ()) if p in parents]
            if i < len(ps):
                stack.append((rev, i + 1))
                nxt = ps[i]
                if state.get(nxt) == 1:
                    return True
                if nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, 0))
            else:
                state[rev] = 2
    return False


# the three-way field merge ------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldMerge:
    """One field (or group of fields merged as one) that differs somewhere between the versions.

    ``outcome`` says where the merged value comes from without a choice: SAME (both sides
    made the same change), MINE or THEIRS (changed on that side only), or BOTH (a conflict:
    changed on both sides to different values; someone has to choose). For a group the
    values are dicts of the group's fields."""

    key: str
    fields: tuple[str, ...]
    ancestor: Any
    mine: Any
    theirs: Any
    outcome: str
    derived: bool = False  # recomputed by the caller after the merge; never asks for a choice

    @property
    def is_conflict(self) -> bool:
        return self.outcome == BOTH

    def value(self, side: str) -> Any:
        return {MINE: self.mine, THEIRS: self.theirs, SAME: self.mine}[side]


@dataclass(frozen=True)
class Resolution:
    """A choice for one field: MINE, THEIRS, or EDIT with the value typed in."""

    choice: str
    value: Any = None

    def __post_init__(self) -> None:
        if self.choice not in (MINE, THEIRS, EDIT):
            raise MergeError(f"unknown choice {self.choice!r}: use mine, theirs or edit")


@dataclass(frozen=True)
class MergeResult:
    """Every field that differs between ancestor, mine and theirs, and the automatic merge."""

    fields: tuple[FieldMerge, ...]
    base: dict[str, Any] = field(repr=False)  # mine, with every automatic outcome applied

    @property
    def conflicts(self) -> list[FieldMerge]:
        return [f for f in self.fields if f.is_conflict]

    @property
    def automatic(self) -> list[FieldMerge]:
        return [f for f in self.fields if not f.is_conflict]

    def get(self, key: str) -> FieldMerge:
        for f in self.fields:
            if f.key == key:
                return f
        raise MergeError(f"no field {key!r} differs in this merge")


def _group_value(state: Mapping[str, Any] | None, names: Sequence[str]) -> Any:
    if state is None:
        return MISSING
    if len(names) == 1:
        return copy.deepcopy(state.get(names[0], MISSING))
    return {n: copy.deepcopy(state.get(n, MISSING)) for n in names}


def three_way(ancestor: Mapping[str, Any] | None, mine: Mapping[str, Any], theirs: Mapping[str, Any], *,
              groups: Mapping[str, Sequence[str]] | None = None, derived: Collection[str] = ()) -> MergeResult:
    """Merge ``mine`` and ``theirs`` field by field against their common ``ancestor``.

    ``ancestor`` None means the two versions share no history (the same record made on both
    sides): every field that differs is then a conflict. ``groups`` names fields that only
    make sense together (an option's review status, history and agreement fingerprint) and
    are merged as one unit under the group's name. ``derived`` fields are computed from the
    others (a risk score from its inputs): they never conflict; the base keeps mine and the
    caller recomputes them."""
    groups = dict(groups or {})
    grouped = {name for names in groups.values() for name in names}
    keys = sorted(set(mine) | set(theirs) | set(ancestor or {}))
    units: list[tuple[str, tuple[str, ...]]] = []
    for key in keys:
        if key in grouped:
            continue
        units.append((key, (key,)))
    for gname in sorted(groups):
        names = tuple(groups[gname])
        if any(n in mine or n in theirs or (ancestor and n in ancestor) for n in names):
            units.append((gname, names))
    units.sort(key=lambda u: u[0])
    base: dict[str, Any] = copy.deepcopy(dict(mine))
    out: list[FieldMerge] = []
    for key, names in units:
        a, m, t = _group_value(ancestor, names), _group_value(mine, names), _group_value(theirs, names)
        if a == m == t:
            continue
        is_derived = key in derived
        if m == t:
            outcome = SAME
        elif is_derived:
            outcome = MINE
        elif ancestor is not None and m == a:
            outcome = THEIRS
        elif ancestor is not None and t == a:
            outcome = MINE
        else:
            outcome = BOTH
        fm = FieldMerge(key, names, a, m, t, outcome, is_derived)
        out.append(fm)
        if outcome == THEIRS:
            _put(base, names, t)
    return MergeResult(tuple(out), base)


def _put(state: dict[str, Any], names: Sequence[str], value: Any) -> None:
    values = {names[0]: value} if len(names) == 1 else dict(value)
    for n in names:
        v = values.get(n, MISSING)
        if v is MISSING:
            state.pop(n, None)
        else:
            state[n] = copy.deepcopy(v)


def resolve(result: MergeResult, choices: Mapping[str, Resolution] | None = None) -> dict[str, Any]:
    """The merged version: the automatic outcome of every field, overridden by ``choices``.

    Every conflicting field needs a choice (MergeError names those without one); a choice
    may also override an automatic outcome. A derived field cannot be chosen."""
    choices = dict(choices or {})
    known = {f.key: f for f in result.fields}
    unknown = sorted(set(choices) - set(known))
    if unknown:
        raise MergeError(f"no field {unknown[0]!r} differs in this merge")
    missing = [f.key for f in result.conflicts if f.key not in choices]
    if missing:
        raise MergeError(f"unresolved conflicts in: {', '.join(missing)}")
    merged = copy.deepcopy(result.base)
    for key, choice in choices.items():
        fm = known[key]
        if fm.derived:
            raise MergeError(f"{key} is computed from the other fields and cannot be chosen")
        if choice.choice == EDIT:
            if len(fm.fields) > 1 and not isinstance(choice.value, Mapping):
                raise MergeError(f"{key}: an edited value for a group of fields must give each field")
            _put(merged, fm.fields, choice.value)
        else:
            _put(merged, fm.fields, fm.mine if choice.choice == MINE else fm.theirs)
    return merged


def prefer(result: MergeResult, side: str) -> dict[str, Resolution]:
    """Resolve every conflict for one side (MINE or THEIRS); one-sided changes still merge."""
    if side not in (MINE, THEIRS):
        raise MergeError(f"prefer mine or theirs, not {side!r}")
    return {f.key: Resolution(side) for f in result.conflicts}


def outcome_of(fm: FieldMerge, choice: Resolution | None) -> str:
    """Where the merged value of ``fm`` came from after ``choice`` (for provenance and display)."""
    if choice is not None:
        return choice.choice
    return THEIRS if fm.outcome == THEIRS else (SAME if fm.outcome == SAME else MINE)


__all__ = [
    "BOTH", "CONFLICT", "DELETED", "DELETION", "EDIT", "FAST_FORWARD", "KINDS", "MINE", "MISSING", "NEW", "SAME",
    "THEIRS", "UNCHANGED", "FieldMerge", "MergeError", "MergeResult", "Resolution", "ancestors", "common_ancestor",
    "has_cycle", "outcome_of", "prefer", "relation", "resolve", "three_way", "topological",
]
