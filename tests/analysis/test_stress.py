"""Stress tests: lost share per stage from register shares and from linked trade data, the
criticality weighting, the ranking and the exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from sdapp.analysis.stress import COLUMNS, csv_text, run_stress, write_stress
from sdapp.analysis.trade_store import import_trade_file
from sdapp.core.model import CountryShare, CriticalityScore, SupplyStage
from sdapp.core.trade import CountryLoss, Scenario, new_scenario_id
from sdapp.vault.errors import StorageError
from sdapp.vault.vault import Created, Vault
from tests.analysis.trade_samples import Row, generic_lines, write_csv
from tests.vault.conftest import make_dep


@pytest.fixture
def vault(make_vault: Callable[..., Created], tmp_path: Path) -> Vault:
    v = make_vault().vault
    deps = [
        make_dep(name="Gallium", cn_codes=["811292"], criticality=[CriticalityScore("2.1", "C")],
                 stages=[SupplyStage("processing", [CountryShare("CN", 90), CountryShare("JP", 10)])]),
        make_dep(name="Chips", cn_codes=["854231"], criticality=[CriticalityScore("2.1", "E"),
                                                                  CriticalityScore("3.1", "B")],
                 stages=[SupplyStage("components", [CountryShare("TW", 60), CountryShare("CN", 20)]),
                         SupplyStage("final-product", [CountryShare("CN", 50), CountryShare("MY", 50)])]),
        make_dep(name="Helium", cn_codes=["280429"], criticality=[],
                 stages=[SupplyStage("extraction", [CountryShare("US", 100)])]),
        make_dep(name="Unscored but exposed", cn_codes=[], criticality=[],
                 stages=[SupplyStage("processing", [CountryShare("CN", 100)])]),
    ]
    with v.transaction():
        v.dependencies.add_many(deps)
    rows = [Row("CN", "81129289", "import", 2022, 50), Row("US", "81129289", "import", 2022, 50),
            Row("CN", "81129289", "import", 2023, 70), Row("US", "81129289", "import", 2023, 20),
            Row("ZZ", "81129289", "import", 2023, 10), Row("CN", "81129289", "export", 2024, 10),
            Row("TW", "85423190", "import", 2023, 100)]
    import_trade_file(v, write_csv(tmp_path / "t.csv", generic_lines(rows=rows)))
    return v


def by_key(rows: list) -> dict[tuple[str, str], object]:  # type: ignore[type-arg]
    return {(r.name, r.stage): r for r in rows}


def test_lost_shares_scores_and_order(vault: Vault) -> None:
    rows = run_stress(vault, {"CN": 1.0, "TW": 0.5})
    got = by_key(rows)
    # Chips (E = 1.0): components 0.6*0.5 + 0.2*1 = 0.5; final product 0.5; trade: TW 100% * 0.5
    assert got[("Chips", "components")].lost_share == pytest.approx(0.5)
    assert got[("Chips", "components")].score == pytest.approx(0.5)
    assert got[("Chips", "final-product")].score == pytest.approx(0.5)
    assert got[("Chips", "trade")].lost_share == pytest.approx(0.5)
    assert got[("Chips", "trade")].detail == "2023: 854231"
    # Gallium (C = 0.6): processing 0.9; trade uses 2023 imports (newest), CN 70 of 100 (ZZ counts in total)
    assert got[("Gallium", "processing")].score == pytest.approx(0.54)
    assert got[("Gallium", "trade")].lost_share == pytest.approx(0.7)
    assert got[("Gallium", "trade")].score == pytest.approx(0.42)
    assert got[("Gallium", "trade")].criticality == "C"
    # unscored: listed with its loss, weighs nothing; Helium (US) is untouched and absent
    assert got[("Unscored but exposed", "processing")].score == 0
    assert got[("Unscored but exposed", "processing")].criticality == "X"
    assert not any(r.name == "Helium" for r in rows)
    scores = [r.score for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert [(r.name, r.stage) for r in rows[:4]] == [  # ties: by lost share, then name and stage
        ("Gallium", "processing"), ("Chips", "components"), ("Chips", "final-product"), ("Chips", "trade")]


def test_no_trade_rows_without_trade_data(make_vault: Callable[..., Created]) -> None:
    v = make_vault("empty").vault
    with v.transaction():
        v.dependencies.add(make_dep(cn_codes=["811292"]))
    rows = run_stress(v, {"CN": 1.0})
    assert [r.stage for r in rows] == ["processing"]
    assert rows[0].lost_share == pytest.approx(0.98)


def test_csv_and_xlsx_exports(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction():
        vault.dependencies.add(make_dep(name="=cmd|' /C calc'!A0", criticality=[CriticalityScore("1.1", "D")]))
    rows = run_stress(vault, {"CN": 1.0})
    text = csv_text(rows)
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == COLUMNS
    assert len(parsed) == len(rows) + 1
    assert any(line[1] == "'=cmd|' /C calc'!A0" for line in parsed)  # neutralised
    out = tmp_path / "stress.csv"
    write_stress(out, rows)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    xlsx = tmp_path / "stress.xlsx"
    write_stress(xlsx, rows, "Scenario =A1")
    ws = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in ws[1]] == COLUMNS
    assert ws.max_row == len(rows) + 1
    assert ws.cell(2, 6).value == pytest.approx(rows[0].score, abs=1e-6)
    with pytest.raises(StorageError, match=r"\.csv or \.xlsx"):
        write_stress(tmp_path / "stress.pdf", rows)


def test_saved_scenarios(vault: Vault) -> None:
    s = Scenario(new_scenario_id(), "Taiwan", [CountryLoss("TW", 100.0), CountryLoss("CN", 40.0)], "note")
    with vault.transaction():
        assert vault.trade.save_scenario(s)
    loaded = vault.trade.scenario("taiwan")
    assert loaded == s
    rows = run_stress(vault, loaded.loss_map())
    assert by_key(rows)[("Chips", "components")].lost_share == pytest.approx(0.6 + 0.2 * 0.4)
