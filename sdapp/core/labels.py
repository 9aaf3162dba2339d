"""Display labels of reference-data slugs in the interface language."""

from __future__ import annotations

from sdapp.core.reference import ReferenceData


class Labels:
    """slug -> label lookups for one language; built once per language switch."""

    def __init__(self, ref: ReferenceData, language: str) -> None:
        self.language = language
        t = language
        self.kinds = {x.slug: x.label.text(t) for x in ref.kinds}
        self.domains = {x.slug: x.label.text(t) for x in ref.domains}
        self.statuses = {x.slug: x.label.text(t) for x in ref.statuses}
        self.stages = {x.slug: x.label.text(t) for x in ref.stages}
        self.ministries = {x.slug: x.slug for x in ref.ministries}
        self.ministry_names = {x.slug: f"{x.slug} - {x.label.text(t)}" for x in ref.ministries}
        self.levels = {x.slug: x.label.text(t) for x in ref.levels}
        self.level_colours = {x.slug: x.colour for x in ref.levels}
        self.eu_lists = {x.slug: x.label.text(t) for x in ref.eu_lists}
        self.eu_list_short = {
            "crma-strategic": "SRM", "crma-critical": "CRM",
            "union-critical-medicines": "UCM", "eu-critical-technologies": "CT",
        }
        self.substitutability = {x.slug: x.label.text(t) for x in ref.substitutability}
        self.countries = {c.alpha2: c.name.text(t) for c in ref.countries}
        self.criteria = {c.code: c.label.text(t) for c in ref.criteria()}
        self.interests = {i.code: i.label.text(t) for i in ref.interests}
