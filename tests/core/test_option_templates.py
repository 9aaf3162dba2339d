"""Option templates (sdapp.core.option_templates): the shipped defaults, validation, overrides,
prefilling a new option and swapping an untouched template."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sdapp.core.errors import ReferenceDataError
from sdapp.core.model import ActionOption, new_id
from sdapp.core.option_templates import (
    TEMPLATE_LANGUAGES,
    OptionTemplate,
    merge_templates,
    overrides_of,
    parse_templates,
    prefill,
    same_template,
    template_for,
    templates_document,
    untouched,
)
from sdapp.core.reference import ReferenceData

DEP = "0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0001"


def doc(**nl: Any) -> dict[str, Any]:
    return {"templates": [{"category": "stockpiling", "nl": {"prompts": ["Hoeveel dagen?"], "body": "## Maatregel",
                                                             **nl}}]}


def test_every_category_has_a_template_with_prompts_and_text_in_both_languages(ref: ReferenceData) -> None:
    templates = parse_templates(ref.default_option_templates)
    for category in ref.option_categories:
        for language in TEMPLATE_LANGUAGES:
            t = templates[(category.slug, language)]
            assert t.prompts, (category.slug, language)
            assert t.body.startswith("## "), (category.slug, language)
    assert {t.rung for t in templates.values()} <= {r.rung for r in ref.ladder}
    nl, en = templates[("stockpiling", "nl")], templates[("stockpiling", "en")]
    assert nl.rung == en.rung == 4
    assert "## Aanleiding" in nl.body
    assert "## Background" in en.body
    assert nl.prompts != en.prompts


@pytest.mark.parametrize(("bad", "where"), [
    ({}, "$"),
    ({"templates": [{"nl": {}}]}, "category"),
    ({"templates": [{"category": "x", "fr": {}}]}, "unknown key 'fr'"),
    ({"templates": [{"category": "x", "nl": {"prompts": "one"}}]}, "prompts"),
    ({"templates": [{"category": "x", "nl": {"prompts": ["p"] * 21}}]}, "at most 20"),
    ({"templates": [{"category": "x", "nl": {"body": 3}}]}, "body"),
    ({"templates": [{"category": "x", "nl": {"risks": "r" * 501}}]}, "at most 500"),
    ({"templates": [{"category": "x", "nl": {"colour": "red"}}]}, "unknown key 'colour'"),
    ({"templates": [{"category": "x", "nl": {}}, {"category": "x", "nl": {}}]}, "second template"),
    ({"templates": [{"category": "x", "rung": "4", "nl": {}}]}, "rung"),
    ({"templates": [{"category": "x", "rung": True, "nl": {}}]}, "rung"),
])
def test_bad_documents_are_refused_with_the_place(bad: dict[str, Any], where: str) -> None:
    with pytest.raises(ReferenceDataError, match=where.replace("$", r"\$")):
        parse_templates(bad, "test")


def test_body_is_sanitised_and_document_round_trips() -> None:
    parsed = parse_templates(doc(body="## Kop ![x](file:///etc/passwd) <b>y</b>"))
    body = parsed[("stockpiling", "nl")].body
    assert "file://" not in body
    assert "\\<b\\>" in body
    again = parse_templates(templates_document(parsed.values()))
    assert again == parsed
    with_rung = parse_templates({"templates": [{"category": "x", "rung": 5, "nl": {}, "en": {}}]})
    assert {t.rung for t in with_rung.values()} == {5}
    assert templates_document(with_rung.values())["templates"][0]["rung"] == 5


def test_overrides_replace_defaults_and_only_real_changes_are_kept() -> None:
    defaults = parse_templates(doc())
    same = OptionTemplate("stockpiling", "nl", ("Hoeveel dagen?",), "## Maatregel\n")  # re-wrapped only
    assert same_template(same, defaults[("stockpiling", "nl")])
    changed = OptionTemplate("stockpiling", "nl", ("Hoeveel dagen?", "Wie betaalt?"), "## Maatregel")
    new_category = OptionTemplate("cyber", "en", (), "Text")
    empty = OptionTemplate("other", "en")
    assert overrides_of(defaults, [same, changed, new_category, empty]) == [changed, new_category]
    merged = merge_templates(defaults, {changed.key: changed})
    assert merged[("stockpiling", "nl")].prompts == ("Hoeveel dagen?", "Wie betaalt?")


def test_template_for_falls_back_to_the_other_language_then_empty() -> None:
    templates = parse_templates(doc())
    assert template_for(templates, "stockpiling", "en").language == "nl"
    assert template_for(templates, "stockpiling", "nl").body == "## Maatregel"
    assert template_for(templates, "monitoring", "en") == OptionTemplate("monitoring", "en")


def test_prefill_fills_empty_fields_only_and_untouched_sees_template_text() -> None:
    t = OptionTemplate("stockpiling", "nl", ("?",), "## Maatregel\n\nStandaard.", "Wet X", "Veroudering.")
    o = ActionOption(id=new_id(), dependency_id=DEP, title="Voorraad", category="stockpiling", rung=4,
                     legal_basis="Eigen grondslag")
    filled = prefill(o, t)
    assert (filled.body, filled.legal_basis, filled.risks) == (t.body, "Eigen grondslag", "Veroudering.")
    assert o.body == ""  # a copy
    assert untouched(prefill(copy.deepcopy(o), t), t) is False  # legal basis is the user's
    blank = ActionOption(id=new_id(), dependency_id=DEP, title="", category="stockpiling", rung=4)
    assert untouched(blank, t)
    pre = prefill(blank, t)
    assert untouched(pre, t)
    pre.body += "\n\nEigen alinea."
    assert not untouched(pre, t)
