"""The flat register table: columns, conversion both ways, row/column-precise errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sdapp.core.model import CountryShare, CriticalityScore, Dependency, SupplyStage, is_uuid, new_id
from sdapp.core.reference import ReferenceData
from sdapp.core.register_table import (
    COLUMNS,
    RowError,
    collect,
    dependency_to_row,
    row_to_dependency,
)


def full_dependency() -> Dependency:
    return Dependency(
        id=new_id(), name="Gallium", kind="raw-material", domain="raw-materials",
        description="Used in chips;\nsecond line", cn_codes=["8112", "811292"], lead_ministry="BZ",
        contact="gallium@example.nl", status="assessed", classification="dep-vertrouwelijk",
        tags=["chips", "semiconductors"], eu_lists=["crma-strategic", "crma-critical"],
        review_date=dt.date(2025, 6, 30),
        stages=[SupplyStage("extraction", [CountryShare("CN", 98.0)], "primary"),
                SupplyStage("processing", [CountryShare("CN", 80.5), CountryShare("JP", 9.5)])],
        criticality=[CriticalityScore("2.1", "C", "fabs stop"), CriticalityScore("1.1", "A")],
        import_reliance=100.0, stock_coverage_days=12.5, substitutability="low",
    )


def row(**cells: object) -> dict[str, object]:
    base: dict[str, object] = {"id": "", "name": "Gallium", "kind": "raw-material", "domain": "raw-materials"}
    base.update(cells)
    return base


def test_columns_are_stable() -> None:
    assert COLUMNS[:4] == ("id", "name", "kind", "domain")
    assert len(COLUMNS) == 18
    assert set(COLUMNS[-2:]) == {"supply", "criticality"}


def test_dependency_to_row_formats_every_column() -> None:
    dep = full_dependency()
    r = dependency_to_row(dep)
    assert tuple(r) == COLUMNS
    assert all(isinstance(v, str) for v in r.values())
    assert r["cn_codes"] == "8112; 811292"
    assert r["review_date"] == "2025-06-30"
    assert r["import_reliance"] == "100"
    assert r["stock_coverage_days"] == "12.5"
    assert json.loads(r["supply"]) == dep.to_dict()["stages"]
    assert json.loads(r["criticality"]) == dep.to_dict()["criticality"]
    assert r["supply"] == json.dumps(dep.to_dict()["stages"], ensure_ascii=False, sort_keys=True,
                                     separators=(",", ":"))


def test_empty_values_are_empty_cells() -> None:
    dep = Dependency(id=new_id(), name="x", kind="product", domain="chips")
    r = dependency_to_row(dep)
    for col in ("review_date", "import_reliance", "stock_coverage_days", "supply", "criticality", "tags"):
        assert r[col] == ""


def test_row_round_trip_as_text(ref: ReferenceData) -> None:
    dep = full_dependency()
    assert row_to_dependency(dependency_to_row(dep), 2, ref) == dep


def test_openpyxl_values(ref: ReferenceData) -> None:
    dep = row_to_dependency(row(cn_codes=8112, review_date=dt.datetime(2025, 1, 2, 0, 0), import_reliance=87,
                                stock_coverage_days=3.5, contact=31612345678, tags=None, supply=None), 2, ref)
    assert dep.cn_codes == ["8112"]
    assert dep.review_date == dt.date(2025, 1, 2)
    assert dep.import_reliance == 87.0
    assert dep.stock_coverage_days == 3.5
    assert dep.contact == "31612345678"
    assert dep.stages == []


def test_json_values(ref: ReferenceData) -> None:
    full = full_dependency().to_dict()  # "stages" is accepted for "supply"
    assert row_to_dependency(full, 1, ref) == Dependency.from_dict(full)
    dep = row_to_dependency(row(tags=["a", "b"], supply={"stage": "processing", "shares": [
        {"country": "CN", "share": 70}]}, criticality=[{"criterion": "2.1", "level": "B"}]), 1, ref)
    assert dep.tags == ["a", "b"]
    assert dep.stages == [SupplyStage("processing", [CountryShare("CN", 70.0)])]
    assert dep.criticality == [CriticalityScore("2.1", "B")]


def test_text_conveniences(ref: ReferenceData) -> None:
    upper = new_id().upper()
    dep = row_to_dependency(row(id=f" {upper} ", tags="a;; b ;", import_reliance=" 12,5 ", status="",
                                classification=""), 2, ref)
    assert dep.id == upper.lower()
    assert dep.tags == ["a", "b"]
    assert dep.import_reliance == 12.5
    assert (dep.status, dep.classification) == ("signalled", "ongerubriceerd")


def test_empty_id_means_new_record(ref: ReferenceData) -> None:
    a, b = row_to_dependency(row(), 2, ref), row_to_dependency(row(id=None), 3, ref)
    assert is_uuid(a.id)
    assert is_uuid(b.id)
    assert a.id != b.id


BAD_CELLS = [
    ({"kind": "metal"}, "kind", "unknown value 'metal'"),
    ({"review_date": "30-06-2025"}, "review_date", "not a date (expected yyyy-mm-dd)"),
    ({"review_date": "2025-02-30"}, "review_date", "not a date"),
    ({"review_date": 45000}, "review_date", "not a date"),
    ({"id": "not-a-uuid"}, "id", "is not a UUID"),
    ({"name": "  "}, "name", "a name is required"),
    ({"name": ["x"]}, "name", "expected text, not a list"),
    ({"import_reliance": "lots"}, "import_reliance", "is not a number"),
    ({"import_reliance": "120"}, "import_reliance", "between 0 and 100"),
    ({"stock_coverage_days": "inf"}, "stock_coverage_days", "is not a number"),
    ({"stock_coverage_days": True}, "stock_coverage_days", "not a number"),
    ({"supply": '[{"stage":"processing","shares":[{"country":"CN","share":101}]}]'}, "supply", "between 0 and 100"),
    ({"supply": '[{"stage":"processing","shares":[{"country":"CN","share":60},{"country":"US","share":50}]}]'},
     "supply", "more than 100 %"),
    ({"supply": '[{"stage":"processing","shares":[{"country":"XX","share":10}]}]'}, "supply",
     "unknown country code 'XX'"),
    ({"supply": '[{"stage":"mining"}]'}, "supply", "unknown supply-chain stage"),
    ({"supply": "[{"}, "supply", "not valid JSON"),
    ({"supply": '[{"stage":"processing","share":5}]'}, "supply", "unknown key 'share'"),
    ({"supply": '[{"stage":"processing","shares":[{"country":"CN","share":"60"}]}]'}, "supply", "must be a number"),
    ({"supply": "[1]"}, "supply", "expected a JSON list of objects"),
    ({"criticality": '[{"criterion":"2.1","level":"Z"}]'}, "criticality", "must be X or A-E"),
    ({"criticality": '[{"criterion":"9.9","level":"A"}]'}, "criticality", "unknown criterion"),
    ({"criticality": '[{"level":"A"}]'}, "criticality", "'criterion' is missing"),
    ({"eu_lists": "crma-strategic; nope"}, "eu_lists", "unknown EU list 'nope'"),
    ({"cn_codes": "12ab"}, "cn_codes", "not a CN/HS code"),
    ({"lead_ministry": "XYZ"}, "lead_ministry", "unknown ministry"),
    ({"classification": "topsecret"}, "classification", "unknown classification level"),
]


@pytest.mark.parametrize(("cells", "column", "reason"), BAD_CELLS)
def test_bad_cells_name_row_and_column(ref: ReferenceData, cells: dict[str, object], column: str,
                                       reason: str) -> None:
    with pytest.raises(RowError) as info:
        row_to_dependency(row(**cells), 7, ref)
    err = info.value
    assert (err.row, err.column) == (7, column)
    assert reason in err.reason
    assert str(err).startswith(f"row 7, column '{column}': ")


def test_supply_error_names_the_stage(ref: ReferenceData) -> None:
    with pytest.raises(RowError, match="stage 'processing': unknown country code"):
        row_to_dependency(row(supply='[{"stage":"processing","shares":[{"country":"XX","share":1}]}]'), 2, ref)


def test_collect_reports_every_row_and_duplicates(ref: ReferenceData) -> None:
    dup = new_id()
    rows = [row(id=dup), row(kind="metal"), row(), row(id=dup), row(review_date="soon")]
    deps, errors = collect(rows, ref, header=list(rows[0]))
    assert len(deps) == 2
    assert [(e.row, e.column) for e in errors] == [(3, "kind"), (5, "id"), (6, "review_date")]
    assert "duplicate id" in errors[1].reason
    assert "row 2" in errors[1].reason


def test_collect_skips_blank_rows_but_counts_them(ref: ReferenceData) -> None:
    blank = dict.fromkeys(row(), None) | {"name": "  "}
    deps, errors = collect([row(), blank, row(kind="metal")], ref, header=list(row()))
    assert len(deps) == 1
    assert [(e.row, e.column) for e in errors] == [(4, "kind")]


def test_unknown_and_missing_columns(ref: ReferenceData) -> None:
    header = ["id", "name", "kind", "revew_date", "extra"]
    deps, errors = collect([dict.fromkeys(header, "")], ref, header=header)
    assert deps == []
    assert [(e.row, e.column) for e in errors] == [(1, "revew_date"), (1, "extra"), (1, "domain")]
    assert "did you mean 'review_date'" in errors[0].reason
    assert "required column is missing" in errors[2].reason


def test_repeated_and_unnamed_columns(ref: ReferenceData) -> None:
    _, errors = collect([], ref, header=["id", "name", "kind", "domain", "name", ""])
    assert [(e.row, e.column) for e in errors] == [(1, "name"), (1, "")]
    assert str(errors[1]).startswith("row 1: ")


def test_json_rows_checked_one_by_one(ref: ReferenceData) -> None:
    good = full_dependency().to_dict()
    bad = row(colour="red")
    deps, errors = collect([good, bad, {"name": "x"}], ref, start=1)
    assert deps == [Dependency.from_dict(good)]
    assert [(e.row, e.column) for e in errors] == [(2, "colour"), (3, "id")]


def test_header_only_is_zero_records(ref: ReferenceData) -> None:
    assert collect([], ref, header=list(COLUMNS)) == ([], [])


def test_merge_partial_keeps_unmentioned_fields_and_takes_full_rows_whole() -> None:
    import dataclasses

    from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id
    from sdapp.core.register_table import COLUMNS, merge_partial

    existing = Dependency(id=new_id(), name="Gallium", kind="raw-material", domain="raw-materials",
                          classification="stg-geheim", stages=[SupplyStage("processing", [CountryShare("CN", 94)])])
    incoming = dataclasses.replace(existing, status="monitoring", classification="ongerubriceerd", stages=[])
    merged = merge_partial(existing, incoming, frozenset({"id", "name", "kind", "domain", "status"}))
    assert merged.status == "monitoring"
    assert merged.classification == "stg-geheim"
    assert merged.stages == existing.stages
    assert merge_partial(existing, incoming, frozenset(COLUMNS)) == incoming
    with_supply = merge_partial(existing, incoming, frozenset({"id", "name", "kind", "domain", "supply"}))
    assert with_supply.stages == []
