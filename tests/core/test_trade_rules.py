"""Pure trade rules: codes in files, product codes, flows, periods, scenario parsing, scores."""

from __future__ import annotations

import pytest

from sdapp.core.errors import ValidationError
from sdapp.core.model import CriticalityScore
from sdapp.core.reference import ReferenceData
from sdapp.core.trade import (
    country_code,
    criticality_weight,
    dependency_codes,
    flow_code,
    lost_share,
    parse_country_losses,
    period_code,
    product_code,
    stress_row,
)
from tests.vault.conftest import make_dep


@pytest.mark.parametrize(("raw", "kind", "code"), [
    ("NL", "ok", "NL"), ("nld", "ok", "NL"), ("528", "ok", "NL"), (528, "ok", "NL"), ("528.0", "ok", "NL"),
    ("56", "ok", "BE"), ("EL", "ok", "GR"), ("UK", "ok", "GB"), ("WORLD", "aggregate", "WORLD"),
    ("W00", "aggregate", "WORLD"), ("EU27_2020", "aggregate", "EU"), ("EXT_EU27_2020", "aggregate", "EXTRA_EU"),
    ("QU", "unspecified", "ZZ"), ("_X", "unspecified", "ZZ"), ("XK", "unspecified", "ZZ"),
    ("ABC", "bad", ""), ("", "bad", ""), (None, "bad", ""),
])
def test_partner_codes(ref: ReferenceData, raw: object, kind: str, code: str) -> None:
    got = country_code(raw, ref)
    assert (got.kind, got.code) == (kind, code)
    assert bool(got.reason) == (kind == "bad")


def test_reporter_codes(ref: ReferenceData) -> None:
    assert country_code("EU", ref, reporter=True).code == "EU"
    assert country_code("EUR", ref, reporter=True).kind == "ok"
    assert "cannot be a reporter" in country_code("WORLD", ref, reporter=True).reason
    assert country_code("QU", ref, reporter=True).kind == "bad"
    eurostat = country_code("004", ref, numeric_is_iso=False)
    assert eurostat.kind == "bad"
    assert "Eurostat numeric geo code" in eurostat.reason
    assert country_code("0", ref, numeric_is_iso=False).kind == "aggregate"


@pytest.mark.parametrize(("raw", "kind", "code"), [
    ("85423190", "ok", "85423190"), (85423190, "ok", "85423190"), ("8542 31 90", "ok", "85423190"),
    ("8542.31", "ok", "854231"), (101, "ok", "0101"), ("2013000", "ok", "02013000"), ("TOTAL", "aggregate", "TOTAL"),
    ("85x", "bad", ""), (8, "ok", "08"), ("12345678901", "bad", ""), ("00", "bad", ""), ("", "bad", ""),
])
def test_product_codes(raw: object, kind: str, code: str) -> None:
    got = product_code(raw)
    assert (got.kind, got.code) == (kind, code)


@pytest.mark.parametrize(("raw", "kind", "code"), [
    ("1", "ok", "1"), (2, "ok", "2"), ("M", "ok", "1"), ("x", "ok", "2"), ("Import", "ok", "1"), ("uitvoer", "ok", "2"),
    ("RX", "aggregate", "RX"), ("re-import", "aggregate", "RE-IMPORT"), ("transit", "bad", ""), ("", "bad", ""),
])
def test_flows(raw: object, kind: str, code: str) -> None:
    got = flow_code(raw)
    assert (got.kind, got.code) == (kind, code)


@pytest.mark.parametrize(("raw", "comext", "kind", "code"), [
    ("2023", False, "ok", "202300"), (2023, False, "ok", "202300"), ("2023.0", False, "ok", "202300"),
    ("202305", False, "ok", "202305"), ("2023-05", False, "ok", "202305"), ("202352", True, "ok", "202300"),
    ("202352", False, "bad", ""), ("202300", False, "bad", ""), ("202300", True, "ok", "202300"),
    ("23", False, "bad", ""), ("1800", False, "bad", ""), ("20xx", False, "bad", ""),
])
def test_periods(raw: object, comext: bool, kind: str, code: str) -> None:
    got = period_code(raw, comext=comext)
    assert (got.kind, got.code) == (kind, code)


def test_dependency_codes_drop_covered_and_unusable_codes() -> None:
    dep = make_dep(cn_codes=["811292", "81129289", "8112", "2825 60", "abc", ""])
    assert dependency_codes(dep) == ["8112", "282560"]


def test_country_losses_from_the_command_line(ref: ReferenceData) -> None:
    losses = parse_country_losses(["CN", "TWN=50", "el=12,5"], 80.0, ref)
    assert [(c.country, c.loss) for c in losses] == [("CN", 80.0), ("TW", 50.0), ("GR", 12.5)]
    with pytest.raises(ValidationError, match="not a known country"):
        parse_country_losses(["Narnia"], 100.0, ref)
    with pytest.raises(ValidationError, match="not a percentage"):
        parse_country_losses(["CN=lots"], 100.0, ref)


def test_scores() -> None:
    assert [criticality_weight(c) for c in ("X", "A", "B", "C", "D", "E", "?")] == [0, 0.2, 0.4, 0.6, 0.8, 1.0, 0]
    assert lost_share({"CN": 0.5, "TW": 0.3, "US": 0.2}, {"CN": 1.0, "TW": 0.5}) == pytest.approx(0.65)
    dep = make_dep(criticality=[CriticalityScore("1.1", "B"), CriticalityScore("2.1", "D")])
    row = stress_row(dep, "processing", {"CN": 0.5}, {"CN": 0.5})
    assert row is not None
    assert (row.lost_share, row.criticality, row.score) == (0.25, "D", pytest.approx(0.2))
    assert stress_row(dep, "processing", {"CN": 0.5}, {"US": 1.0}) is None
