"""validate_dependency on records whose values have the wrong kind (as a made-up exchange pack
can deliver them): each is named with its field, and nothing raises."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sdapp.core.model import CountryShare, CriticalityScore, Dependency, SupplyStage, new_id, validate_dependency
from sdapp.core.reference import ReferenceData


def dep(**changes: Any) -> Dependency:
    d = Dependency(id=new_id(), name="Gallium", kind="raw-material", domain="chips", cn_codes=["811292"],
                   review_date=dt.date(2027, 1, 1), import_reliance=80.0,
                   stages=[SupplyStage("processing", [CountryShare("CN", 98.0)])],
                   criticality=[CriticalityScore("2.1", "C", "chips")])
    for key, value in changes.items():
        setattr(d, key, value)
    return d


def test_a_well_formed_record_has_no_errors(ref: ReferenceData) -> None:
    assert validate_dependency(dep(), ref) == []


@pytest.mark.parametrize(("changes", "field", "reason"), [
    ({"description": None}, "description", "must be text"),
    ({"name": 5}, "name", "must be text"),
    ({"id": ["x"]}, "id", "must be text"),
    ({"tags": "metals"}, "tags", "must be a list of texts"),
    ({"cn_codes": [811292]}, "cn_codes", "must be a list of texts"),
    ({"import_reliance": "80"}, "import_reliance", "must be a number"),
    ({"stock_coverage_days": True}, "stock_coverage_days", "must be a number"),
    ({"review_date": "2027-01-01"}, "review_date", "must be a date"),
    ({"stages": [SupplyStage("processing", [CountryShare(["CN"], 98.0)])]}, "stages", "country shares"),
    ({"stages": [{"stage": "processing"}]}, "stages", "country shares"),
    ({"criticality": [CriticalityScore("2.1", ["C"])]}, "criticality", "criterion, level, rationale"),
])
def test_values_of_the_wrong_kind_are_named_not_raised(ref: ReferenceData, changes: dict[str, Any], field: str,
                                                       reason: str) -> None:
    errors = validate_dependency(dep(**changes), ref)
    assert [e.field for e in errors] == [field]
    assert reason in errors[0].reason
