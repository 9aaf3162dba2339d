"""``sdapp trade import|files|concentration`` and ``sdapp stress`` through the real CLI."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.analysis.trade_samples import comext_lines, generic_lines, write_csv
from tests.cli.conftest import CliVault, Result, assert_ok, assert_refused, assert_usage

CONCENTRATION = ["product", "year", "flow", "partners", "hhi", "top1_partner", "top1_share", "top3_share",
                 "extra_eu_share"]
STRESS = ["dependency_id", "name", "stage", "lost_share", "criticality", "score"]


def stress(v: CliVault, *args: str) -> Result:
    return v.run("stress", v.path, *args, "--passphrase-file", v.passphrase_file)


def table(text: str, columns: list[str]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == columns
    return list(reader)


def test_import_then_concentration(vault: CliVault) -> None:
    sample = write_csv(vault.home / "comext.csv", comext_lines(), delimiter=";", encoding="utf-8-sig")
    out = assert_ok(vault.cmd("trade", "import", sample)).out_lines
    assert out == ["11 rows imported from comext.csv (comext); 1 World/EU aggregate row left out"]
    again = assert_ok(vault.cmd("trade", "import", sample)).out_lines
    assert again[0].startswith("0 rows imported: comext.csv was imported already (11 rows")
    files = assert_ok(vault.cmd("trade", "files")).out_lines
    assert len(files) == 1
    assert files[0].split("\t")[1:4] == ["comext.csv", "comext", "11"]

    rows = table(assert_ok(vault.cmd("trade", "concentration", "--product", "85423190", "--format", "csv")).out,
                 CONCENTRATION)
    assert [(r["year"], r["flow"]) for r in rows] == [("2023", "export"), ("2022", "import"), ("2023", "import")]
    assert rows[2] == {"product": "85423190", "year": "2023", "flow": "import", "partners": "5", "hhi": "0.355",
                       "top1_partner": "CN", "top1_share": "0.5", "top3_share": "0.9", "extra_eu_share": "0.9"}
    assert rows[1]["hhi"] == "0.32"
    assert rows[1]["top1_partner"] == "CN"
    only = table(assert_ok(vault.cmd("trade", "concentration", "--product", "854231", "--year", "2023", "--flow",
                                     "import")).out, CONCENTRATION)
    assert len(only) == 1
    assert float(only[0]["hhi"]) == pytest.approx(365000 / 1100**2, abs=1e-9)
    assert only[0]["partners"] == "6"
    tsv = assert_ok(vault.cmd("trade", "concentration", "--product", "85", "--format", "tsv")).out_lines
    assert len(tsv) == 3
    assert tsv[0].split("\t")[:3] == ["85", "2023", "export"]


def test_a_bad_file_prints_the_report_and_imports_nothing(vault: CliVault) -> None:
    lines = generic_lines()
    lines[2][1] = "XY"
    lines[4][5] = "-3"
    bad = write_csv(vault.home / "bad.csv", lines)
    result = vault.cmd("trade", "import", bad)
    assert result.rc == 1
    err = result.err_lines
    assert err[0] == "bad.csv: 12 rows read (generic format), 9 good, 2 bad, 1 World/EU aggregate row left out"
    assert err[1] == "row 3, column partner: 'XY' is not a known country code (ISO alpha-2, alpha-3 or numeric)"
    assert err[2] == "row 5, column value_eur: '-3' must not be negative"
    assert err[-1].startswith("sdapp: bad.csv: 2 bad rows of 12; nothing was imported (first: row 3")
    assert "--good-rows-only" in err[-1]
    assert assert_ok(vault.cmd("trade", "files")).out == ""
    ok = assert_ok(vault.cmd("trade", "import", bad, "--good-rows-only"))
    assert ok.out_lines == ["9 rows imported from bad.csv (generic); 2 bad rows left out; "
                            "1 World/EU aggregate row left out"]
    assert "row 3, column partner" in ok.err


def test_refusals(vault: CliVault) -> None:
    assert_refused(vault.cmd("trade", "import", vault.home / "missing.csv"), "no such file")
    (vault.home / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert_refused(vault.cmd("trade", "import", vault.home / "x.csv"), "do not match a known trade format")
    sample = write_csv(vault.home / "g.csv", generic_lines())
    assert_refused(vault.cmd("trade", "import", sample, "--format", "comtrade"), "not a UN Comtrade export file")
    assert_usage(vault.cmd("trade", "import", sample, "--format", "excel"))
    assert_refused(vault.cmd("trade", "concentration", "--product", "85x"), "--product", "not a product code")
    assert_refused(vault.cmd("trade", "concentration", "--product", "8542"), "no trade data for product 8542")
    assert_usage(vault.cmd("trade", "concentration", "--product", "8542", "--year", "20x3"))
    assert_refused(stress(vault), "--country")
    assert_refused(stress(vault, "--country", "Narnia"), "not a known country code")
    assert_refused(stress(vault, "--country", "CN", "--loss", "150"), "--loss")
    assert_refused(stress(vault, "--country", "CN", "--country", "CHN"), "named twice")
    assert_refused(stress(vault, "--scenario", "nothing"), "no stress scenario")
    assert_usage(stress(vault, "--country", "CN", "--loss", "much"))


def test_demo_vault_has_trade_data_and_scenarios(demo_vault: CliVault) -> None:
    files = assert_ok(demo_vault.cmd("trade", "files")).out_lines
    assert len(files) == 1
    assert files[0].split("\t")[1:3] == ["trade_comext.csv", "comext"]
    rows = table(assert_ok(demo_vault.cmd("trade", "concentration", "--product", "81129289", "--flow", "import")).out,
                 CONCENTRATION)
    assert [r["year"] for r in rows] == ["2021", "2022", "2023", "2024"]
    assert all(r["top1_partner"] == "CN" and float(r["top1_share"]) > 0.8 for r in rows)
    blockade = table(assert_ok(stress(demo_vault, "--scenario", "Blokkade van de Straat van Taiwan")).out,
                     STRESS)
    assert blockade[0]["name"] == "Geavanceerde AI-chips (GPU's en versnellers)"
    assert {r["stage"] for r in blockade} >= {"components", "trade"}


def test_stress_ranks_by_score(demo_vault: CliVault) -> None:
    out = assert_ok(stress(demo_vault, "--country", "CN", "--country", "TW=50", "--loss", "80")).out
    rows = table(out, STRESS)
    scores = [float(r["score"]) for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert len(rows) > 40
    for r in rows:
        assert 0 < float(r["lost_share"]) <= 1
        weight = " ABCDE".index(r["criticality"]) / 5 if r["criticality"] != "X" else 0
        assert float(r["score"]) == pytest.approx(float(r["lost_share"]) * weight, abs=2e-6)
    magnets = {r["stage"]: r for r in rows if r["name"].startswith("Permanente magneten")}
    assert float(magnets["components"]["lost_share"]) == pytest.approx(0.94 * 0.8)  # CN 94 % at 80 %
    tsv = assert_ok(stress(demo_vault, "--country", "CN", "--format", "tsv")).out_lines
    assert all(len(line.split("\t")) == len(STRESS) for line in tsv)


def test_a_file_path_with_spaces_and_xlsx(vault: CliVault, tmp_path: Path) -> None:
    from tests.analysis.trade_samples import write_xlsx

    path = write_xlsx(vault.home / "my trade data.xlsx", generic_lines(numeric=True))
    assert assert_ok(vault.cmd("trade", "import", path)).out_lines[0].startswith("11 rows imported")
