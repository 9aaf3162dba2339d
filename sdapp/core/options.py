"""Action options: validation, proportionality, the review workflow and the residual risk.

Pure rules, no storage. Decisions (see also docs/ARCHITECTURE.md):

- **Proportionality.** An option needs a proportionality justification when it sits on rung 4
  or higher of the escalation ladder, or on a rung above the highest rung already tried for
  its dependency. "Tried" rungs are those of the dependency's *other* options with status
  agreed, in-briefing or decided-adopted; rung 1 (market responsibility) is the baseline that
  always counts as tried, so with nothing tried yet rungs 2 and 3 need a justification too.
- **Review workflow as data** (:data:`TRANSITIONS`): concept -> in-review -> agreed ->
  in-briefing -> decided-adopted | decided-rejected | decided-withdrawn; withdrawn also from
  concept and in-review; in-review may go back to concept and agreed back to in-review for
  rework. Decided statuses are final.
- **Second user.** Only a user other than the option's author, and other than the last user
  who edited its content, can agree it.
- **Changed since agreement** is *computed*: the option stores ``agreed_fingerprint``, a hash
  of its content at the last agreement; any content edit after that makes
  :func:`changed_since_agreement` true until a second user agrees again (a move to
  "agreed" from agreed or in-briefing, allowed only then). While changed, the option cannot
  move on to briefing or a decision. Computing it from content (rather than a stored flag)
  means no write path can forget to set it, and an edit that is undone clears it.
- **Residual risk** from options: the expected class reductions of every option that is
  planned or agreed (in-review, agreed, in-briefing, decided-adopted) are added up and taken
  off the current likelihood and impact, never below class A. While a dependency has such
  options, this derived value *is* its residual risk (:func:`residual_risk`, used by the
  assessment tab and the risk matrix); without them the residual risk the assessor entered
  stands.
- **Comparing options**: one cost figure per option (midpoints of the one-off and yearly ranges
  over the reference period) against the reduction in classes; the efficient options are those
  no other option dominates (:func:`efficient_frontier`).
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sdapp.core.errors import ValidationError
from sdapp.core.model import LIKELIHOOD_CODES, ActionOption, ReviewEntry, RiskScore, is_uuid

STATUSES = ("concept", "in-review", "agreed", "in-briefing", "decided-adopted", "decided-rejected",
            "decided-withdrawn")
DECIDED = frozenset({"decided-adopted", "decided-rejected", "decided-withdrawn"})
TRANSITIONS: dict[str, frozenset[str]] = {
    "concept": frozenset({"in-review", "decided-withdrawn"}),
    "in-review": frozenset({"agreed", "concept", "decided-withdrawn"}),
    "agreed": frozenset({"in-briefing", "in-review", "agreed"}),
    "in-briefing": frozenset({"decided-adopted", "decided-rejected", "decided-withdrawn", "agreed"}),
    "decided-adopted": frozenset(),
    "decided-rejected": frozenset(),
    "decided-withdrawn": frozenset(),
}
TRIED_STATUSES = frozenset({"agreed", "in-briefing", "decided-adopted"})
PLANNED_STATUSES = frozenset({"in-review", "agreed", "in-briefing", "decided-adopted"})
LEVELS = ("eu", "national", "both")
COST_BEARERS = ("public", "private", "both")
MARKET_DISRUPTION = ("low", "medium", "high")
MAX_EFFECT = 4
PROPORTIONALITY_RUNG = 4
# fields the workflow owns; everything else is content (edits to it need re-agreement)
WORKFLOW_FIELDS = frozenset({"status", "author", "edited_by", "agreed_fingerprint", "review_history"})


def _bad(errors: list[ValidationError], fieldname: str, template: str, *args: object) -> None:
    errors.append(ValidationError.from_template(fieldname, template, *(str(a) for a in args)))


# proportionality -----------------------------------------------------------------------------


def tried_rungs(options: Iterable[ActionOption], dependency_id: str, exclude_id: str = "") -> list[int]:
    """The rungs of a dependency's options (other than ``exclude_id``) that count as tried."""
    return [o.rung for o in options
            if o.dependency_id == dependency_id and o.id != exclude_id and o.status in TRIED_STATUSES]


def needs_proportionality(option: ActionOption, tried: Iterable[int]) -> bool:
    """True when the option's rung calls for a justification of why lower rungs fall short."""
    highest = max([1, *tried])
    return option.rung >= PROPORTIONALITY_RUNG or option.rung > highest


# validation ------------------------------------------------------------------------------------


def validate_option(option: ActionOption, ref: Any, tried: Iterable[int] = ()) -> list[ValidationError]:
    """All rule violations of ``option`` against reference data ``ref`` (empty when valid).

    ``tried`` are the rungs already tried for the dependency (see :func:`tried_rungs`)."""
    errors: list[ValidationError] = []
    if not is_uuid(option.id):
        _bad(errors, "id", "%1 is not a UUID", repr(option.id))
    if not is_uuid(option.dependency_id):
        _bad(errors, "dependency_id", "%1 is not a UUID", repr(option.dependency_id))
    if not option.title.strip():
        _bad(errors, "title", "a title is required")
    elif len(option.title) > 200:
        _bad(errors, "title", "at most 200 characters")
    categories = ref.slugs(ref.option_categories)
    if option.category not in categories:
        _bad(errors, "category", "unknown value %1; expected one of %2", repr(option.category),
             ", ".join(sorted(categories)))
    rungs = [r.rung for r in ref.ladder]
    if not isinstance(option.rung, int) or isinstance(option.rung, bool) or option.rung not in rungs:
        _bad(errors, "rung", "rung must be one of %1", ", ".join(str(r) for r in rungs))
    for name, allowed in (("level", LEVELS), ("cost_bearer", COST_BEARERS),
                          ("market_disruption", MARKET_DISRUPTION), ("status", STATUSES)):
        value = getattr(option, name)
        if value not in allowed:
            _bad(errors, name, "unknown value %1; expected one of %2", repr(value), ", ".join(allowed))
    ministries = ref.slugs(ref.ministries)
    if option.lead_ministry and option.lead_ministry not in ministries:
        _bad(errors, "lead_ministry", "unknown ministry %1", repr(option.lead_ministry))
    for m in option.involved_ministries:
        if m not in ministries:
            _bad(errors, "involved_ministries", "unknown ministry %1", repr(m))
    for name in ("effect_likelihood", "effect_impact"):
        value = getattr(option, name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_EFFECT:
            _bad(errors, name, "expected effect must be a whole number of classes from 0 to %1", MAX_EFFECT)
    for kind in ("once", "yearly"):
        low, high = getattr(option, f"cost_{kind}_low"), getattr(option, f"cost_{kind}_high")
        for name, value in ((f"cost_{kind}_low", low), (f"cost_{kind}_high", high)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                      or not 0 <= value < float("inf")):
                _bad(errors, name, "a cost must be a number, zero or more")
        if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low > high:
            _bad(errors, f"cost_{kind}_low", "the low estimate is above the high estimate")
    if isinstance(option.rung, int) and needs_proportionality(option, tried) \
            and not option.proportionality_justification.strip():
        _bad(errors, "proportionality_justification",
             "rung %1 needs a justification of why lower rungs fall short", option.rung)
    for i, e in enumerate(option.review_history):
        if e.from_status not in STATUSES or e.to_status not in STATUSES:
            _bad(errors, "review_history", "step %1 names an unknown status", i + 1)
    return errors


# the review workflow -----------------------------------------------------------------------------


def content_fingerprint(option: ActionOption) -> str:
    """A hash of the option's content (everything but the workflow fields)."""
    content = {k: v for k, v in option.to_dict().items() if k not in WORKFLOW_FIELDS}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def changed_since_agreement(option: ActionOption) -> bool:
    """True when the content changed after the last agreement (and before a new one)."""
    return bool(option.agreed_fingerprint) and option.agreed_fingerprint != content_fingerprint(option)


def same_content(a: ActionOption, b: ActionOption) -> bool:
    return content_fingerprint(a) == content_fingerprint(b)


def check_transition(option: ActionOption, to_status: str, actor: str) -> list[ValidationError]:
    """Why ``actor`` may not move ``option`` to ``to_status`` (empty when the move is allowed)."""
    errors: list[ValidationError] = []
    current = option.status
    if to_status not in STATUSES:
        _bad(errors, "status", "unknown status %1", repr(to_status))
        return errors
    if current not in STATUSES:
        _bad(errors, "status", "unknown status %1", repr(current))
        return errors
    if to_status not in TRANSITIONS[current]:
        _bad(errors, "status", "an option cannot move from %1 to %2", current, to_status)
        return errors
    changed = changed_since_agreement(option)
    if to_status == "agreed":
        if current in ("agreed", "in-briefing") and not changed:
            _bad(errors, "status", "the option is agreed already and has not changed since")
        if actor == option.author:
            _bad(errors, "status", "the author cannot agree their own option; a second user must agree it")
        elif option.edited_by and actor == option.edited_by:
            _bad(errors, "status", "the last editor cannot agree the option; a second user must agree it")
    elif changed and to_status in ("in-briefing", "decided-adopted", "decided-rejected"):
        _bad(errors, "status", "the option changed since it was agreed; a second user must agree it again first")
    return errors


def apply_transition(option: ActionOption, to_status: str, actor: str, at: str, comment: str = "",
                     revision: int = 0) -> ActionOption:
    """A copy of ``option`` moved to ``to_status``, the step recorded in its review history.

    Raises the first :class:`ValidationError` of :func:`check_transition` when not allowed.
    Agreement stores the content fingerprint, which clears "changed since agreement"."""
    errors = check_transition(option, to_status, actor)
    if errors:
        raise errors[0]
    moved = copy.deepcopy(option)
    moved.review_history.append(ReviewEntry(option.status, to_status, actor, at, comment, revision))
    moved.status = to_status
    if to_status == "agreed":
        moved.agreed_fingerprint = content_fingerprint(moved)
    return moved


def check_history(option: ActionOption) -> list[ValidationError]:
    """Whether the review history is a valid walk from concept to the option's status, every
    agreement by someone other than the author (for imported records)."""
    errors: list[ValidationError] = []
    status = "concept"
    for i, e in enumerate(option.review_history):
        if e.from_status != status or e.to_status not in TRANSITIONS.get(status, frozenset()):
            _bad(errors, "review_history", "step %1 (%2 -> %3) is not a valid move", i + 1, e.from_status,
                 e.to_status)
        if e.to_status == "agreed" and e.user == option.author:
            _bad(errors, "review_history", "step %1: the author cannot agree their own option", i + 1)
        status = e.to_status
    if status != option.status:
        _bad(errors, "status", "the review history ends at %1, not at %2", status, option.status)
    return errors


def last_agreed_by(option: ActionOption) -> str:
    """The user of the latest agreement step ("" when never agreed)."""
    return next((e.user for e in reversed(option.review_history) if e.to_status == "agreed"), "")


# residual risk ------------------------------------------------------------------------------------


def residual_from_options(current: RiskScore, options: Sequence[ActionOption]) -> RiskScore:
    """The current risk lowered by the expected effects of planned or agreed options, never
    below class A. Reductions of several options add up; an impact outside A-E is kept."""
    planned = [o for o in options if o.status in PLANNED_STATUSES]
    down_l = sum(o.effect_likelihood for o in planned)
    down_i = sum(o.effect_impact for o in planned)

    def lower(code: str, by: int) -> str:
        if code not in LIKELIHOOD_CODES:
            return code
        return LIKELIHOOD_CODES[max(0, LIKELIHOOD_CODES.index(code) - by)]

    return RiskScore(lower(current.likelihood, down_l), lower(current.impact, down_i))


def cost_range(option: ActionOption, words: tuple[str, str] = ("once", "yearly"), dash: str = "-",
               decimal_mark: str = ".") -> str:
    """A short text of the cost estimates, e.g. "once 1-2; yearly 0.5-1" (millions of euros);
    ``words``, ``dash`` and ``decimal_mark`` word it for a document's language."""

    def fmt(value: float | None) -> str:
        return "?" if value is None else f"{value:g}".replace(".", decimal_mark)

    parts = []
    for word, kind in zip(words, ("once", "yearly"), strict=True):
        low, high = getattr(option, f"cost_{kind}_low"), getattr(option, f"cost_{kind}_high")
        if low is None and high is None:
            continue
        parts.append(f"{word} {fmt(low)}" if low == high else f"{word} {fmt(low)}{dash}{fmt(high)}")
    return "; ".join(parts)


def expected_effect(option: ActionOption) -> str:
    """The expected effect as text, e.g. "likelihood -1, impact -0"."""
    return f"likelihood -{option.effect_likelihood}, impact -{option.effect_impact}"


# the editor and the review dialog ---------------------------------------------------------------

# Moves that undo earlier work or end an option carry a reason for the record: the review
# dialog asks for a comment before it offers them.
COMMENT_REQUIRED = frozenset({("in-review", "concept"), ("agreed", "in-review"), ("in-briefing", "agreed"),
                              ("agreed", "agreed")}) | frozenset((s, t) for s in STATUSES
                                                                 for t in ("decided-rejected", "decided-withdrawn"))


def comment_required(from_status: str, to_status: str) -> bool:
    """True when a step from ``from_status`` to ``to_status`` needs a comment: a move back, a
    re-agreement after a change, a rejection or a withdrawal."""
    return (from_status, to_status) in COMMENT_REQUIRED


def transition_choices(option: ActionOption, actor: str) -> list[tuple[str, list[ValidationError]]]:
    """The steps the review workflow offers for ``option``, in status order, each with the
    reasons ``actor`` may not take it (empty when allowed). Re-agreement is offered only while
    the option changed since its agreement."""
    out = []
    for to_status in STATUSES:
        if to_status not in TRANSITIONS.get(option.status, frozenset()):
            continue
        if to_status == "agreed" and option.status in ("agreed", "in-briefing") \
                and not changed_since_agreement(option):
            continue
        out.append((to_status, check_transition(option, to_status, actor)))
    return out


def with_content(workflow: ActionOption, content: ActionOption) -> ActionOption:
    """A copy of ``content`` carrying the identity and the workflow fields of ``workflow``: an
    undo puts back earlier content without touching the review steps taken since."""
    out = copy.deepcopy(content)
    out.id, out.dependency_id = workflow.id, workflow.dependency_id
    for name in WORKFLOW_FIELDS:
        setattr(out, name, copy.deepcopy(getattr(workflow, name)))
    return out


def residual_risk(current: RiskScore | None, entered: RiskScore | None,
                  options: Sequence[ActionOption]) -> tuple[RiskScore | None, int]:
    """The residual risk of a dependency and how many options it derives from.

    While the dependency has planned or agreed options (see :data:`PLANNED_STATUSES`), the
    residual risk is the current risk lowered by their expected effects
    (:func:`residual_from_options`); otherwise it is the residual risk the assessor entered
    (count 0). Without a current risk there is nothing to lower: the entered value stands."""
    planned = [o for o in options if o.status in PLANNED_STATUSES]
    if planned and current is not None and current.likelihood in LIKELIHOOD_CODES \
            and current.impact in LIKELIHOOD_CODES:
        return residual_from_options(current, planned), len(planned)
    return entered, 0


# comparing options -----------------------------------------------------------------------------


def _midpoint(low: float | None, high: float | None) -> float | None:
    if low is None:
        return None if high is None else float(high)
    if high is None:
        return float(low)
    return (float(low) + float(high)) / 2.0


def cost_estimate(option: ActionOption, years: int) -> float | None:
    """One number for comparing costs: the midpoint of the one-off range plus ``years`` times
    the midpoint of the yearly range (millions of euros); None when no cost is entered."""
    once = _midpoint(option.cost_once_low, option.cost_once_high)
    yearly = _midpoint(option.cost_yearly_low, option.cost_yearly_high)
    if once is None and yearly is None:
        return None
    return (once or 0.0) + years * (yearly or 0.0)


def risk_reduction(option: ActionOption) -> int:
    """The expected reduction as a number of classes, likelihood and impact together."""
    return option.effect_likelihood + option.effect_impact


def efficient_frontier(points: Sequence[tuple[str, float, float]]) -> set[str]:
    """The ids of the points (id, cost, reduction) that no other point dominates. A point is
    dominated by one with lower-or-equal cost and higher-or-equal reduction, better in at least
    one; two identical points are both efficient."""
    out = set()
    for pid, cost, red in points:
        dominated = any(c <= cost and r >= red and (c < cost or r > red) for q, c, r in points if q != pid)
        if not dominated:
            out.add(pid)
    return out


def efficient_options(options: Sequence[ActionOption], years: int) -> set[str]:
    """The ids of the efficient options among those with a cost estimate (see
    :func:`efficient_frontier`); options without costs cannot be placed and are never efficient."""
    points = [(o.id, est, float(risk_reduction(o))) for o in options
              if (est := cost_estimate(o, years)) is not None]
    return efficient_frontier(points)


# the overview ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OptionFilter:
    """What the overview of all options is narrowed to; an empty set means "any"."""

    statuses: frozenset[str] = frozenset()
    ministries: frozenset[str] = frozenset()  # the lead ministry or one of the involved ones
    categories: frozenset[str] = frozenset()
    rungs: frozenset[int] = frozenset()
    changed_only: bool = False
    text: str = ""  # case-insensitive, in the title

    def active(self) -> bool:
        return bool(self.statuses or self.ministries or self.categories or self.rungs or self.changed_only
                    or self.text.strip())

    def matches(self, option: ActionOption) -> bool:
        if self.statuses and option.status not in self.statuses:
            return False
        if self.ministries and not ({option.lead_ministry, *option.involved_ministries} & self.ministries):
            return False
        if self.categories and option.category not in self.categories:
            return False
        if self.rungs and option.rung not in self.rungs:
            return False
        if self.changed_only and not changed_since_agreement(option):
            return False
        text = self.text.strip().casefold()
        return not text or text in option.title.casefold()
