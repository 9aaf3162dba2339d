"""Texts, colours and small widgets shared by the action-option views.

No rules live here: statuses, steps and effects come from :mod:`sdapp.core.options`; this
module only names them in the interface language (context "OptionTexts") and formats numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from sdapp.core.model import ActionOption
from sdapp.core.reference import ReferenceData
from sdapp.gui.risk_common import badge_style

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


STATUS_COLOURS = {
    "concept": "#607d8b",
    "in-review": "#1565c0",
    "agreed": "#2e7d32",
    "in-briefing": "#6a1b9a",
    "decided-adopted": "#1b5e20",
    "decided-rejected": "#b71c1c",
    "decided-withdrawn": "#616161",
}
CHANGED_COLOUR = "#e65100"
EFFICIENT_COLOUR = "#2e7d32"
OTHER_COLOUR = "#90a4ae"

# The core's option messages (sdapp.core.options), listed so that lupdate extracts them into the
# "Validation" context that sdapp.gui.validation_text.translated_reason looks them up in.
OPTION_VALIDATION_TEMPLATES: list[str] = [
    QT_TRANSLATE_NOOP("Validation", "a title is required"),
    QT_TRANSLATE_NOOP("Validation", "rung must be one of %1"),
    QT_TRANSLATE_NOOP("Validation", "expected effect must be a whole number of classes from 0 to %1"),
    QT_TRANSLATE_NOOP("Validation", "a cost must be a number, zero or more"),
    QT_TRANSLATE_NOOP("Validation", "the low estimate is above the high estimate"),
    QT_TRANSLATE_NOOP("Validation", "rung %1 needs a justification of why lower rungs fall short"),
    QT_TRANSLATE_NOOP("Validation", "step %1 names an unknown status"),
    QT_TRANSLATE_NOOP("Validation", "unknown status %1"),
    QT_TRANSLATE_NOOP("Validation", "an option cannot move from %1 to %2"),
    QT_TRANSLATE_NOOP("Validation", "the option is agreed already and has not changed since"),
    QT_TRANSLATE_NOOP("Validation", "the author cannot agree their own option; a second user must agree it"),
    QT_TRANSLATE_NOOP("Validation", "the last editor cannot agree the option; a second user must agree it"),
    QT_TRANSLATE_NOOP("Validation", "the option changed since it was agreed; a second user must agree it again first"),
    QT_TRANSLATE_NOOP("Validation", "step %1 (%2 -> %3) is not a valid move"),
    QT_TRANSLATE_NOOP("Validation", "step %1: the author cannot agree their own option"),
    QT_TRANSLATE_NOOP("Validation", "the review history ends at %1, not at %2"),
]


def status_text(status: str) -> str:
    return {
        "concept": translate("OptionTexts", "Concept"),
        "in-review": translate("OptionTexts", "In review"),
        "agreed": translate("OptionTexts", "Agreed"),
        "in-briefing": translate("OptionTexts", "In briefing"),
        "decided-adopted": translate("OptionTexts", "Adopted"),
        "decided-rejected": translate("OptionTexts", "Rejected"),
        "decided-withdrawn": translate("OptionTexts", "Withdrawn"),
    }.get(status, status)


def step_text(from_status: str, to_status: str) -> str:
    """The name of a review step, as on its button."""
    if to_status == "agreed":
        return (
            translate("OptionTexts", "Agree again")
            if from_status in ("agreed", "in-briefing")
            else translate("OptionTexts", "Agree")
        )
    return {
        "in-review": translate("OptionTexts", "Submit for review")
        if from_status == "concept"
        else translate("OptionTexts", "Reopen the review"),
        "concept": translate("OptionTexts", "Send back to concept"),
        "in-briefing": translate("OptionTexts", "Take into the briefing"),
        "decided-adopted": translate("OptionTexts", "Decided: adopted"),
        "decided-rejected": translate("OptionTexts", "Decided: rejected"),
        "decided-withdrawn": translate("OptionTexts", "Withdraw"),
    }.get(to_status, to_status)


def step_explanation(from_status: str, to_status: str) -> str:
    """What a step means, for the review dialog."""
    if to_status == "agreed":
        if from_status in ("agreed", "in-briefing"):
            return translate(
                "OptionTexts",
                "The option changed after it was agreed. Agreeing again records that a second user "
                "checked the changed text.",
            )
        return translate("OptionTexts", "You agree the option as a second user: it may then go into a briefing.")
    return {
        "in-review": translate("OptionTexts", "The option goes to a second user for review. You can still edit it.")
        if from_status == "concept"
        else translate(
            "OptionTexts", "The option goes back into review for rework; it needs a new agreement afterwards."
        ),
        "concept": translate("OptionTexts", "The option goes back to its author as a concept."),
        "in-briefing": translate("OptionTexts", "The option goes into the briefing for the minister or parliament."),
        "decided-adopted": translate("OptionTexts", "Record that the option was adopted. Decided options are final."),
        "decided-rejected": translate("OptionTexts", "Record that the option was rejected. Decided options are final."),
        "decided-withdrawn": translate("OptionTexts", "Withdraw the option. Withdrawn options are final."),
    }.get(to_status, "")


def level_text(level: str) -> str:
    return {
        "eu": translate("OptionTexts", "EU"),
        "national": translate("OptionTexts", "National"),
        "both": translate("OptionTexts", "EU and national"),
    }.get(level, level)


def bearer_text(bearer: str) -> str:
    return {
        "public": translate("OptionTexts", "Public"),
        "private": translate("OptionTexts", "Private"),
        "both": translate("OptionTexts", "Public and private"),
    }.get(bearer, bearer)


def disruption_text(value: str) -> str:
    return {
        "low": translate("OptionTexts", "Low"),
        "medium": translate("OptionTexts", "Medium"),
        "high": translate("OptionTexts", "High"),
    }.get(value, value)


def category_text(ref: ReferenceData, language: str, slug: str) -> str:
    return next((c.label.text(language) for c in ref.option_categories if c.slug == slug), slug)


def rung_text(ref: ReferenceData, language: str, rung: int, with_label: bool = True) -> str:
    label = next((r.label.text(language) for r in ref.ladder if r.rung == rung), "")
    return f"{rung} - {label}" if with_label and label else str(rung)


def ministries_text(option: ActionOption) -> str:
    return ", ".join(option.involved_ministries)


def number(value: float) -> str:
    """94.0 -> "94", 2.5 -> "2,5" in Dutch: no trailing zeros, the locale's decimal sign."""
    text = QLocale().toString(float(value), "f", 2)
    sep = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(sep) if sep in text else text


def money(value: float | None) -> str:
    """An amount in millions of euros, e.g. "€ 1.5 m" ("€ 1,5 mln" in Dutch)."""
    if value is None:
        return translate("OptionTexts", "not known")
    return translate("OptionTexts", "€ %1 m").replace("%1", number(value))


def money_range(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return translate("OptionTexts", "not known")
    if low is None or high is None or low == high:
        return money(low if high is None else high)
    return translate("OptionTexts", "€ %1 m").replace("%1", f"{number(low)}–{number(high)}")


def effect_text(option: ActionOption) -> str:
    """E.g. "likelihood −1, impact −0"."""
    return (
        translate("OptionTexts", "likelihood −%1, impact −%2")
        .replace("%1", str(option.effect_likelihood))
        .replace("%2", str(option.effect_impact))
    )


def status_badge_style(status: str) -> str:
    return badge_style(STATUS_COLOURS.get(status, "#607d8b"))


def changed_badge_style() -> str:
    return badge_style(CHANGED_COLOUR)


def field_titles() -> dict[str, str]:
    """Field name -> title in the interface language (editor messages, history, compare, overview)."""
    return {
        "id": translate("OptionTexts", "Identifier"),
        "dependency_id": translate("OptionTexts", "Dependency"),
        "title": translate("OptionTexts", "Title"),
        "category": translate("OptionTexts", "Category"),
        "rung": translate("OptionTexts", "Rung"),
        "level": translate("OptionTexts", "Level"),
        "lead_ministry": translate("OptionTexts", "Lead ministry"),
        "involved_ministries": translate("OptionTexts", "Involved ministries"),
        "body": translate("OptionTexts", "Text"),
        "effect_likelihood": translate("OptionTexts", "Effect on likelihood"),
        "effect_impact": translate("OptionTexts", "Effect on impact"),
        "cost_once_low": translate("OptionTexts", "One-off costs, low"),
        "cost_once_high": translate("OptionTexts", "One-off costs, high"),
        "cost_yearly_low": translate("OptionTexts", "Yearly costs, low"),
        "cost_yearly_high": translate("OptionTexts", "Yearly costs, high"),
        "cost_bearer": translate("OptionTexts", "Costs borne by"),
        "market_disruption": translate("OptionTexts", "Market disruption"),
        "time_to_effect": translate("OptionTexts", "Time to effect"),
        "legal_basis": translate("OptionTexts", "Legal basis or instrument"),
        "risks": translate("OptionTexts", "Risks and side effects"),
        "proportionality_justification": translate("OptionTexts", "Proportionality"),
        "status": translate("OptionTexts", "Status"),
        "review_history": translate("OptionTexts", "Review"),
    }


def describe(ref: ReferenceData, language: str, name: str, value: object) -> str:
    """One stored value as the user reads it."""
    if value is None or value == "" or value == []:
        return translate("OptionTexts", "(empty)")
    if name == "category":
        return category_text(ref, language, str(value))
    if name == "rung" and isinstance(value, int):
        return rung_text(ref, language, value)
    if name == "level":
        return level_text(str(value))
    if name == "cost_bearer":
        return bearer_text(str(value))
    if name == "market_disruption":
        return disruption_text(str(value))
    if name == "status":
        return status_text(str(value))
    if name in ("effect_likelihood", "effect_impact") and isinstance(value, int):
        return (
            translate("OptionTexts", "−%1 classes").replace("%1", str(value))
            if value != 1
            else translate("OptionTexts", "−1 class")
        )
    if name.startswith("cost_") and isinstance(value, int | float):
        return money(float(value))
    if name == "involved_ministries" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
