"""Classification rules: ordering of levels and the 'highest level wins' rule."""

from __future__ import annotations

from collections.abc import Iterable

from sdapp.core.reference import ClassificationLevel, ReferenceData


def highest_level(slugs: Iterable[str], ref: ReferenceData) -> ClassificationLevel:
    """The most severe level among ``slugs``; unclassified when there are none.

    Across families (Dutch and EU) the rank decides; on a tie the Dutch level is kept,
    since the register is a national one.
    """
    best = unclassified(ref)
    for slug in slugs:
        level = ref.level(slug)
        if level.rank > best.rank or (level.rank == best.rank and best.family != "nl" and level.family == "nl"):
            best = level
    return best


def unclassified(ref: ReferenceData) -> ClassificationLevel:
    return next(lv for lv in ref.levels if lv.rank == 0)


def at_least(candidate: str, required: str, ref: ReferenceData) -> bool:
    """True when level ``candidate`` is as severe as ``required`` or more."""
    return ref.level(candidate).rank >= ref.level(required).rank
