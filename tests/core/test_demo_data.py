"""The shipped demo register (resources/demo/dependencies.json) is valid, varied and clearly marked as demo."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from typing import Any

import pytest

from sdapp.assets import resource_path
from sdapp.core.model import Dependency, validate_dependency
from sdapp.core.reference import ReferenceData

DEMO_MARK = "[DEMO-gegevens]"

# Public figures from the EU 2023 critical raw materials assessment (DOMAIN.md section 4):
# name fragment -> (stage, country, share in percent).
EU_2023_FIGURES = {
    "gallium": ("processing", "CN", 94.0),
    "germanium": ("processing", "CN", 83.0),
    "magnesium": ("processing", "CN", 91.0),
    "wolfraam": ("processing", "CN", 86.0),
    "natuurlijk grafiet": ("extraction", "CN", 67.0),
    "kobalt": ("extraction", "CD", 63.0),
}


def _load_raw() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(resource_path("demo", "dependencies.json").read_text(encoding="utf-8"))
    return doc


RAW = _load_raw()
ENTRIES: list[dict[str, Any]] = RAW["dependencies"]


def _ident(entry: dict[str, Any]) -> str:
    return str(entry["name"])


@pytest.fixture(scope="module")
def deps() -> list[Dependency]:
    return [Dependency.from_dict(e) for e in ENTRIES]


def _by_name(deps: list[Dependency], fragment: str) -> Dependency:
    found = [d for d in deps if d.name.lower().startswith(fragment)]
    assert len(found) == 1, f"expected exactly one demo dependency named {fragment!r}, found {len(found)}"
    return found[0]


def test_document_shape() -> None:
    assert set(RAW) == {"note", "dependencies"}
    assert RAW["note"].strip()
    assert len(ENTRIES) >= 34


@pytest.mark.parametrize("entry", ENTRIES, ids=_ident)
def test_entry_is_valid(entry: dict[str, Any], ref: ReferenceData) -> None:
    dep = Dependency.from_dict(entry)
    assert validate_dependency(dep, ref) == []


@pytest.mark.parametrize("entry", ENTRIES, ids=_ident)
def test_entry_has_exact_to_dict_shape_and_round_trips(entry: dict[str, Any]) -> None:
    dep = Dependency.from_dict(entry)
    assert dep.to_dict() == entry
    assert Dependency.from_dict(dep.to_dict()) == dep


@pytest.mark.parametrize("entry", ENTRIES, ids=_ident)
def test_entry_follows_demo_conventions(entry: dict[str, Any]) -> None:
    dep = Dependency.from_dict(entry)
    assert DEMO_MARK in dep.description
    assert dep.description.endswith(" " + DEMO_MARK)
    assert uuid.UUID(dep.id).version == 4
    assert dep.lead_ministry
    assert dep.contact.strip()
    assert "@" not in dep.contact
    assert 1 <= len(dep.tags) <= 4
    assert all(t == t.lower() and ";" not in t for t in dep.tags)
    assert all(c.isdigit() and 4 <= len(c) <= 8 for c in dep.cn_codes)
    assert 1 <= len(dep.stages) <= 3
    assert 2 <= len(dep.criticality) <= 5
    assert all(c.rationale.strip() for c in dep.criticality)
    assert dep.review_date is None or 2026 <= dep.review_date.year <= 2028
    assert dep.classification != "stg-zeer-geheim"


def test_ids_unique(deps: list[Dependency]) -> None:
    ids = [d.id for d in deps]
    assert len(set(ids)) == len(ids)


def test_names_unique(deps: list[Dependency]) -> None:
    names = [d.name for d in deps]
    assert len(set(names)) == len(names)


def test_variety(deps: list[Dependency], ref: ReferenceData) -> None:
    domains = Counter(d.domain for d in deps)
    assert len(domains) >= 8
    assert domains["raw-materials"] <= 12
    assert {d.status for d in deps} == ref.slugs(ref.statuses)
    levels = Counter(d.classification for d in deps)
    assert 2 <= levels["stg-geheim"] <= 3
    assert levels["ongerubriceerd"] >= 1
    assert levels["dep-vertrouwelijk"] + levels["stg-confidentieel"] > len(deps) // 2
    interests = {c.criterion.split(".")[0] for d in deps for c in d.criticality}
    assert interests == {"1", "2", "3", "4", "5", "6"}


@pytest.mark.parametrize(("fragment", "figure"), EU_2023_FIGURES.items())
def test_eu_2023_figures(deps: list[Dependency], fragment: str, figure: tuple[str, str, float]) -> None:
    stage_slug, country, share = figure
    dep = _by_name(deps, fragment)
    stages = {s.stage: s for s in dep.stages}
    assert stage_slug in stages
    shares = {cs.country: cs.share for cs in stages[stage_slug].shares}
    assert shares.get(country) == share
    assert max(shares.values()) == share  # the public figure is the top supplier
    # All six are strategic (Annex I) and hence also critical (Annex II) raw materials under the CRMA.
    assert {"crma-strategic", "crma-critical"} <= set(dep.eu_lists)


def test_crma_lists_only_on_listed_materials(deps: list[Dependency]) -> None:
    critical_not_strategic = {"antimoon", "helium", "vloeispaat", "witte fosfor", "fosfaaterts"}
    for dep in deps:
        if "crma-strategic" in dep.eu_lists:
            assert "crma-critical" in dep.eu_lists, dep.name  # Annex I is a subset of Annex II
        if any(dep.name.lower().startswith(n) for n in critical_not_strategic):
            assert dep.eu_lists == ["crma-critical"], dep.name
