"""Templates for new action options: per category and language, prompts and standard text.

The defaults ship as reference data (``resources/reference/option_templates.json``); a vault
keeps the users' edits as *overrides* (only the templates that differ from the defaults), so an
updated default still reaches every template nobody changed. A new option is prefilled from the
template of its category in the chosen language (:func:`prefill`); the prompts are questions the
editor shows beside the text, not text to delete.

Document shape (defaults and overrides alike)::

    {"templates": [{"category": "stockpiling", "rung": 4,
                    "nl": {"prompts": [...], "body": "Markdown", "legal_basis": "", "risks": ""},
                    "en": {...}}]}

``rung`` (optional) is the rung of the escalation ladder a new option of the category starts
on; the author can change it, and proportionality is judged on the rung chosen.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sdapp.core.errors import ReferenceDataError
from sdapp.core.model import ActionOption
from sdapp.core.richtext import same_markdown, sanitise_markdown

TEMPLATE_LANGUAGES = ("nl", "en")
TEXT_FIELDS = ("body", "legal_basis", "risks")
MAX_PROMPTS = 20
MAX_PROMPT = 300
MAX_BODY = 20_000
MAX_LINE = 500

Key = tuple[str, str]  # (category, language)


@dataclass(frozen=True)
class OptionTemplate:
    category: str
    language: str
    prompts: tuple[str, ...] = ()
    body: str = ""  # Markdown: headings and standard paragraphs
    legal_basis: str = ""
    risks: str = ""
    rung: int = 0  # the suggested rung for a new option; 0: none

    @property
    def key(self) -> Key:
        return self.category, self.language

    def content(self) -> dict[str, Any]:
        return {"prompts": list(self.prompts), "body": self.body, "legal_basis": self.legal_basis,
                "risks": self.risks}

    def is_empty(self) -> bool:
        return not (self.prompts or self.body.strip() or self.legal_basis.strip() or self.risks.strip()
                    or self.rung)


def _fail(name: str, path: str, reason: str) -> ReferenceDataError:
    return ReferenceDataError(f"{name}, {path}: {reason}")


def parse_templates(doc: Any, name: str = "option templates") -> dict[Key, OptionTemplate]:
    """Validate a templates document and return its templates by (category, language).

    Raises :class:`ReferenceDataError` naming ``name`` and the place of the first fault. Body
    texts are sanitised (see :func:`sdapp.core.richtext.sanitise_markdown`)."""
    if not isinstance(doc, Mapping) or not isinstance(doc.get("templates"), list):
        raise _fail(name, "$", "expected an object with a list \"templates\"")
    out: dict[Key, OptionTemplate] = {}
    for i, item in enumerate(doc["templates"]):
        path = f"$.templates[{i}]"
        if not isinstance(item, Mapping):
            raise _fail(name, path, "expected an object")
        category = item.get("category")
        if not isinstance(category, str) or not category.strip():
            raise _fail(name, f"{path}.category", "expected a category slug")
        unknown = set(item) - {"category", "rung", *TEMPLATE_LANGUAGES}
        if unknown:
            raise _fail(name, path, f"unknown key {sorted(unknown)[0]!r}")
        rung = item.get("rung", 0)
        if not isinstance(rung, int) or isinstance(rung, bool) or not 0 <= rung <= 20:
            raise _fail(name, f"{path}.rung", "expected a rung number (or 0 for none)")
        for language in TEMPLATE_LANGUAGES:
            if language not in item:
                continue
            key = (category, language)
            if key in out:
                raise _fail(name, f"{path}.{language}", f"a second template for {category!r} in {language!r}")
            out[key] = _parse_one(name, f"{path}.{language}", category, language, item[language], rung)
    return out


def _parse_one(name: str, path: str, category: str, language: str, raw: Any, rung: int) -> OptionTemplate:
    if not isinstance(raw, Mapping):
        raise _fail(name, path, "expected an object")
    unknown = set(raw) - {"prompts", *TEXT_FIELDS}
    if unknown:
        raise _fail(name, path, f"unknown key {sorted(unknown)[0]!r}")
    prompts = raw.get("prompts", [])
    if not isinstance(prompts, list) or not all(isinstance(p, str) for p in prompts):
        raise _fail(name, f"{path}.prompts", "expected a list of texts")
    prompts = [p.strip() for p in prompts if p.strip()]
    if len(prompts) > MAX_PROMPTS:
        raise _fail(name, f"{path}.prompts", f"at most {MAX_PROMPTS} prompts")
    if any(len(p) > MAX_PROMPT for p in prompts):
        raise _fail(name, f"{path}.prompts", f"a prompt has at most {MAX_PROMPT} characters")
    texts: dict[str, str] = {}
    for key in TEXT_FIELDS:
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise _fail(name, f"{path}.{key}", "expected a text")
        limit = MAX_BODY if key == "body" else MAX_LINE
        if len(value) > limit:
            raise _fail(name, f"{path}.{key}", f"at most {limit} characters")
        texts[key] = value
    return OptionTemplate(category, language, tuple(prompts), sanitise_markdown(texts["body"]),
                          texts["legal_basis"].strip(), texts["risks"].strip(), rung)


def templates_document(templates: Iterable[OptionTemplate]) -> dict[str, Any]:
    """The document of ``templates`` (inverse of :func:`parse_templates`), categories in order
    of first appearance."""
    by_category: dict[str, dict[str, Any]] = {}
    for t in templates:
        entry = by_category.setdefault(t.category, {"category": t.category})
        entry[t.language] = t.content()
        if t.rung:
            entry["rung"] = t.rung  # one per category: the last template written wins
    return {"templates": list(by_category.values())}


def merge_templates(defaults: Mapping[Key, OptionTemplate],
                    overrides: Mapping[Key, OptionTemplate]) -> dict[Key, OptionTemplate]:
    """Defaults with the overrides on top (an override replaces its template whole)."""
    merged = dict(defaults)
    merged.update(overrides)
    return merged


def overrides_of(defaults: Mapping[Key, OptionTemplate], edited: Iterable[OptionTemplate]) -> list[OptionTemplate]:
    """The edited templates that differ from their default (what a vault needs to store).
    A template without a default is kept unless it is empty."""
    out = []
    for t in edited:
        default = defaults.get(t.key)
        if default is None:
            if not t.is_empty():
                out.append(t)
        elif not same_template(t, default):
            out.append(t)
    return out


def same_template(a: OptionTemplate, b: OptionTemplate) -> bool:
    """Equal content, the standard text compared as Markdown (re-wrapping is no change)."""
    return (a.key == b.key and a.prompts == b.prompts and a.legal_basis == b.legal_basis and a.risks == b.risks
            and a.rung == b.rung and same_markdown(a.body, b.body))


def template_for(templates: Mapping[Key, OptionTemplate], category: str, language: str) -> OptionTemplate:
    """The template of ``category`` in ``language``; the other language's when that one is
    missing; an empty template when the category has none."""
    for lang in (language, *(x for x in TEMPLATE_LANGUAGES if x != language)):
        found = templates.get((category, lang))
        if found is not None:
            return found
    return OptionTemplate(category, language)


def prefill(option: ActionOption, template: OptionTemplate) -> ActionOption:
    """A copy of ``option`` with its empty text fields filled from ``template`` (filled fields
    are never overwritten)."""
    out = copy.deepcopy(option)
    for key in TEXT_FIELDS:
        if not str(getattr(out, key)).strip():
            setattr(out, key, getattr(template, key))
    return out


def untouched(option: ActionOption, template: OptionTemplate) -> bool:
    """True when the option's text fields are empty or exactly what ``template`` put there, so
    switching the category may replace them with another template without losing work."""
    return all(not str(getattr(option, key)).strip() or same_markdown(getattr(option, key), getattr(template, key))
               for key in TEXT_FIELDS)
