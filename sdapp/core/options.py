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
  off the current likelihood and impact, never below class A.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Sequence
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


def cost_range(option: ActionOption) -> str:
    """A short text of the cost estimates, e.g. "once 1-2; yearly 0.5-1" (millions of euros)."""

    def fmt(value: float | None) -> str:
        return "?" if value is None else f"{value:g}"

    parts = []
    for kind in ("once", "yearly"):
        low, high = getattr(option, f"cost_{kind}_low"), getattr(option, f"cost_{kind}_high")
        if low is None and high is None:
            continue
        parts.append(f"{kind} {fmt(low)}" if low == high else f"{kind} {fmt(low)}-{fmt(high)}")
    return "; ".join(parts)


def expected_effect(option: ActionOption) -> str:
    """The expected effect as text, e.g. "likelihood -1, impact -0"."""
    return f"likelihood -{option.effect_likelihood}, impact -{option.effect_impact}"
