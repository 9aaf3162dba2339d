"""Concentration metrics and their building blocks, against hand-computed figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from sdapp.analysis.concentration import (
    concentration,
    concentration_table,
    dependency_evidence,
    latest_per_product,
    partner_values,
    product_choices,
    supplier_shares,
)
from sdapp.analysis.trade_store import import_trade_file, load_rows
from sdapp.core.reference import ReferenceData
from sdapp.vault.vault import Created, Vault
from tests.analysis.trade_samples import Row, generic_lines, write_csv
from tests.vault.conftest import make_dep


def values(rows: list[tuple[str, int, int, str, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["product", "year", "flow", "partner", "value"])


def test_metrics_of_one_group(ref: ReferenceData) -> None:
    # US 40, JP 30, DE 20, CN 10: HHI .16+.09+.04+.01 = .30; top-3 .9; extra-EU .8
    table = concentration(values([("8542", 2023, 1, "US", 40), ("8542", 2023, 1, "JP", 30),
                                  ("8542", 2023, 1, "DE", 20), ("8542", 2023, 1, "CN", 10)]), ref)
    row = table.iloc[0]
    assert (row["product"], row["year"], row["flow"], row["partners"]) == ("8542", 2023, "import", 4)
    assert row["hhi"] == pytest.approx(0.30)
    assert (row["top1_partner"], row["top1_share"], row["top3_share"]) == ("US", pytest.approx(0.4),
                                                                           pytest.approx(0.9))
    assert row["extra_eu_share"] == pytest.approx(0.8)
    assert row["relation_like-minded"] == pytest.approx(0.7)  # US and JP
    assert row["relation_eu"] == pytest.approx(0.2)
    assert row["relation_strained"] == pytest.approx(0.1)
    assert row["unspecified_share"] == 0


def test_ties_go_to_the_lower_code_and_groups_stay_apart(ref: ReferenceData) -> None:
    table = concentration(values([("28", 2020, 1, "TW", 5), ("28", 2020, 1, "CN", 5), ("28", 2021, 1, "TW", 1),
                                  ("28", 2020, 2, "BE", 3), ("29", 2020, 1, "ZZ", 2), ("29", 2020, 1, "NO", 0)]),
                         ref)
    got = {(r.product, r.year, r.flow): r for r in table.itertuples()}
    assert got[("28", 2020, "import")].top1_partner == "CN"
    assert got[("28", 2020, "import")].hhi == pytest.approx(0.5)
    assert got[("28", 2021, "import")].top1_share == 1.0
    assert got[("28", 2020, "export")].top1_partner == "BE"
    only_unknown = got[("29", 2020, "import")]  # all supply from unspecified partners; zero rows ignored
    assert (only_unknown.partners, only_unknown.hhi, only_unknown.top1_partner, only_unknown.unspecified_share) \
        == (0, 0, "", 1.0)
    assert list(table["product"]) == ["28", "28", "28", "29"]  # sorted by product, flow, year


def test_empty_input_gives_the_columns(ref: ReferenceData) -> None:
    table = concentration(pd.DataFrame(), ref)
    assert table.empty
    assert list(table.columns[:9]) == ["product", "year", "flow", "partners", "hhi", "top1_partner", "top1_share",
                                       "top3_share", "extra_eu_share"]


@pytest.fixture
def vault(make_vault: Callable[..., Created], tmp_path: Path) -> Vault:
    v = make_vault().vault
    rows = [Row("CN", "28046100", "import", 2022, 60), Row("NO", "28046100", "import", 2022, 40),
            Row("CN", "28046900", "import", 2022, 20), Row("BR", "28046900", "import", 2022, 80),
            Row("CN", "28046100", "import", 2023, 90), Row("NO", "28046100", "import", 2023, 10),
            Row("US", "85423190", "import", 2023, 10)]
    import_trade_file(v, write_csv(tmp_path / "si.csv", generic_lines(rows=rows)))
    # a second reporter: DE imports silicon from FR
    lines = generic_lines(rows=[Row("FR", "28046100", "import", 2022, 100)])
    lines[1][0] = "DE"
    import_trade_file(v, write_csv(tmp_path / "de.csv", lines))
    return v


def test_levels_add_codes_up(vault: Vault) -> None:
    cn8 = concentration_table(vault, reporter="NL")
    assert sorted(set(cn8["product"])) == ["28046100", "28046900", "85423190"]
    hs6 = concentration_table(vault, level=6, reporter="NL", year=2022).set_index("product")
    # 280461 is 28046100 alone; HS4 2804 in 2022: CN 80, NO 40, BR 80 of 200
    assert hs6.loc["280461", "hhi"] == pytest.approx(0.6**2 + 0.4**2)
    hs4 = concentration_table(vault, level=4, reporter="NL", year=2022).set_index("product")
    assert hs4.loc["2804", "hhi"] == pytest.approx(0.4**2 + 0.2**2 + 0.4**2)
    assert hs4.loc["2804", "top1_partner"] == "BR"  # BR and CN tie at 0.4: the lower code
    hs2 = concentration_table(vault, level=2)
    assert sorted(set(hs2["product"])) == ["28", "85"]


def test_all_reporters_or_one(vault: Vault) -> None:
    rows = load_rows(vault, ["2804"])
    both = concentration(partner_values(rows, product="280461", year=2022), vault.ref).iloc[0]
    assert both["total_value"] == 200  # NL 100 + DE 100
    assert both["top1_partner"] == "FR"
    assert both["top1_share"] == pytest.approx(0.5)
    assert both["extra_eu_share"] == pytest.approx(0.5)  # CN 60 + NO 40 of 200
    de = concentration(partner_values(rows, product="280461", year=2022, reporter="DE"), vault.ref).iloc[0]
    assert de["extra_eu_share"] == 0


def test_time_series_and_latest(vault: Vault) -> None:
    table = concentration(partner_values(load_rows(vault, ["280461"]), product="280461", reporter="NL"), vault.ref)
    assert list(table["year"]) == [2022, 2023]
    assert list(table["hhi"]) == [pytest.approx(0.52), pytest.approx(0.82)]
    latest = latest_per_product(table)
    assert list(latest["year"]) == [2023]


def test_supplier_shares_per_year(vault: Vault) -> None:
    shares = supplier_shares(load_rows(vault, ["2804"]), "2804", "import", reporter="NL", top=2)
    assert list(shares.index) == [2022, 2023]
    assert list(shares.columns) == ["CN", "BR", "other"]
    assert shares.loc[2022].tolist() == [pytest.approx(0.4), pytest.approx(0.4), pytest.approx(0.2)]
    assert shares.loc[2023].tolist() == [pytest.approx(0.9), pytest.approx(0.0), pytest.approx(0.1)]
    assert supplier_shares(load_rows(vault, ["99"]), "99", "import").empty


def test_dependency_evidence_links_by_code_prefix(vault: Vault) -> None:
    dep = make_dep(cn_codes=["280461", "28046100", "854231", "9999", "x"])  # 28046100 is inside 280461
    table = dependency_evidence(vault, dep)
    assert sorted(set(table["product"])) == ["280461", "854231"]
    assert set(table["flow"]) == {"import"}
    silicon = table[table["product"] == "280461"].set_index("year")
    assert silicon.loc[2023, "top1_share"] == pytest.approx(0.9)
    assert dependency_evidence(vault, make_dep(cn_codes=[])).empty


def test_product_choices_offer_every_level(vault: Vault) -> None:
    assert product_choices(vault) == ["28", "2804", "280461", "28046100", "280469", "28046900", "85", "8542",
                                      "854231", "85423190"]


@pytest.mark.parametrize("options", [{}, {"level": 4}, {"level": 2, "flow": "import"}, {"reporter": "NL"},
                                     {"reporter": "DE", "year": 2023}, {"year": 2022, "level": 6}])
def test_the_fast_path_gives_the_same_table(make_vault: Callable[..., Created], tmp_path: Path,
                                            options: dict[str, object]) -> None:
    """One file without overlaps is summed straight from the packed columns; the result must
    equal the general path through resolved row frames."""
    from sdapp.analysis.trade_store import summed_values
    from tests.analysis.trade_samples import ROWS

    v = make_vault().vault
    extra = [Row("CN", "28046100", "import", 2022, 7), Row("FR", "28046100", "export", 2023, 3)]
    lines = generic_lines(rows=[*ROWS, *extra])
    for line in lines[1::3]:
        line[0] = "DE"
    import_trade_file(v, write_csv(tmp_path / "one.csv", lines))
    flow = {"import": 1, "export": 2}.get(str(options.get("flow")))
    fast = summed_values(v, level=options.get("level"), reporter=options.get("reporter"),  # type: ignore[arg-type]
                         flow=flow, year=options.get("year"))  # type: ignore[arg-type]
    assert fast is not None
    slow = partner_values(load_rows(v), **options)  # type: ignore[arg-type]
    key = ["product", "year", "flow", "partner"]

    def norm(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.astype({"product": str, "partner": str, "year": int, "flow": int})
        return frame.sort_values(key).reset_index(drop=True)[[*key, "value"]]

    pd.testing.assert_frame_equal(norm(fast), norm(slow))
    assert not fast.empty
    # the sums the import made on the way, and the same read back from the stored chunks
    assert v.trade.remembered("summed_values") is not None
    v.trade.memo.clear()
    again = summed_values(v, level=options.get("level"), reporter=options.get("reporter"),  # type: ignore[arg-type]
                          flow=flow, year=options.get("year"))  # type: ignore[arg-type]
    assert again is not None
    pd.testing.assert_frame_equal(norm(again), norm(slow))
    assert concentration_table(v, **options).equals(  # type: ignore[arg-type]
        concentration(partner_values(load_rows(v), **options), v.ref))  # type: ignore[arg-type]


def test_remembered_sums_go_stale_with_the_data(make_vault: Callable[..., Created], tmp_path: Path) -> None:
    v = make_vault().vault
    first = import_trade_file(v, write_csv(tmp_path / "a.csv", generic_lines(rows=[Row("CN", "8542", "import",
                                                                                        2023, 10)])))
    assert v.trade.remembered("summed_values") is not None
    assert concentration_table(v).iloc[0]["top1_partner"] == "CN"
    import_trade_file(v, write_csv(tmp_path / "b.csv", generic_lines(rows=[Row("US", "8542", "import", 2023, 30)])))
    assert v.trade.remembered("summed_values") is None  # two files now: read and resolved from the rows
    assert concentration_table(v).iloc[0]["top1_partner"] == "US"
    with v.transaction():
        v.trade.remove_file(first.file.id + 1)
    table = concentration_table(v)
    assert (table.iloc[0]["top1_partner"], table.iloc[0]["total_value"]) == ("CN", 10)


def test_a_reused_file_id_does_not_revive_old_sums(make_vault: Callable[..., Created], tmp_path: Path) -> None:
    v = make_vault().vault
    a = import_trade_file(v, write_csv(tmp_path / "a.csv", generic_lines(rows=[Row("CN", "8542", "import", 2023, 1)])))
    with v.transaction():
        v.trade.remove_file(a.file.id)
    b = import_trade_file(v, write_csv(tmp_path / "b.csv", generic_lines(rows=[Row("JP", "8542", "import", 2023, 1)])))
    assert b.file.id == a.file.id  # SQLite hands out the same id again
    assert concentration_table(v).iloc[0]["top1_partner"] == "JP"
