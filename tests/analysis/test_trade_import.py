"""Trade-data import: the three formats (CSV in awkward encodings and delimiters, XLSX), the
metrics they give pinned against hand-computed figures, the validation report, all or
nothing, good rows only, idempotence and the overlap rules."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sdapp.analysis.concentration import product_concentration
from sdapp.analysis.trade_formats import MAX_PROBLEMS, TradeFileError
from sdapp.analysis.trade_store import TradeImportRefused, import_trade_file, load_rows
from sdapp.vault.vault import Created, Vault
from tests.analysis.trade_samples import (
    EXPECTED,
    HS6_2023,
    ROWS,
    Row,
    comext_lines,
    comtrade_lines,
    generic_lines,
    write_csv,
    write_xlsx,
)


@pytest.fixture
def vault(make_vault: Callable[..., Created]) -> Iterator[Vault]:
    v = make_vault().vault
    return v


def stored_state(v: Vault) -> tuple[int, int, int]:
    """(files, chunks, audit entries): what an import may change."""
    return (v.conn.execute("SELECT count(*) FROM trade_files").fetchone()[0],
            v.conn.execute("SELECT count(*) FROM trade_chunks").fetchone()[0],
            v.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def metrics(v: Vault, product: str = "85423190", **kw: object) -> dict[tuple[int, str], dict[str, object]]:
    table = product_concentration(v, product, **kw)  # type: ignore[arg-type]
    return {(int(r["year"]), str(r["flow"])): r for r in table.to_dict("records")}


def assert_expected(v: Vault) -> None:
    got = metrics(v)
    assert set(got) == {(2023, "import"), (2022, "import"), (2023, "export")}
    for (product, year, flow), want in EXPECTED.items():
        row = got[(year, flow)]
        assert row["product"] == product
        for key, value in want.items():
            assert row[key] == pytest.approx(value, abs=1e-9) if isinstance(value, float) else row[key] == value, \
                (year, flow, key, row[key], value)
    hs6 = metrics(v, "854231", flow="import", year=2023)[(2023, "import")]
    for key, value in HS6_2023.items():
        assert hs6[key] == (pytest.approx(value, abs=1e-9) if isinstance(value, float) else value), key
    assert got[(2022, "import")]["unspecified_share"] == pytest.approx(0.2)
    assert got[(2023, "import")]["relation_strained"] == pytest.approx(0.5)
    assert got[(2023, "import")]["total_value"] == pytest.approx(1000)


SAMPLES: dict[str, Callable[[Path], Path]] = {
    "comext-utf8-bom-comma": lambda d: write_csv(d / "comext.csv", comext_lines(), encoding="utf-8-sig"),
    "comext-semicolon-decimal-comma-crlf": lambda d: write_csv(
        d / "comext.dat", comext_lines(decimal_comma=True), delimiter=";", newline="\r\n"),
    "comext-EL-declarant-tab": lambda d: write_csv(d / "comext.tsv", comext_lines(reporter="EL"), delimiter="\t"),
    "comtrade-cp1252-quoted": lambda d: write_csv(d / "comtrade.csv", comtrade_lines(), encoding="cp1252",
                                                  quote_all=True),
    "comtrade-utf16-tab": lambda d: write_csv(d / "comtrade.txt", comtrade_lines(), delimiter="\t",
                                              encoding="utf-16"),
    "comtrade-xlsx": lambda d: write_xlsx(d / "comtrade.xlsx", comtrade_lines()),
    "generic-plain": lambda d: write_csv(d / "generic.csv", generic_lines()),
    "generic-numeric-codes-semicolon-decimal-comma-cp1252": lambda d: write_csv(
        d / "generic.csv", generic_lines(decimal_comma=True, numeric=True), delimiter=";", encoding="cp1252"),
    "generic-xlsx-numbers": lambda d: write_xlsx(d / "generic.xlsx", generic_lines(numeric=True)),
    "generic-xlsx-text": lambda d: write_xlsx(d / "generic.xlsx", generic_lines(), numeric_cells=False),
}


@pytest.mark.parametrize("sample", list(SAMPLES))
def test_every_format_gives_the_hand_computed_metrics(vault: Vault, tmp_path: Path, sample: str) -> None:
    path = SAMPLES[sample](tmp_path)
    result = import_trade_file(vault, path)
    assert result.report.format == sample.split("-")[0]
    assert result.report.bad_rows == 0, result.report.lines()
    assert result.rows == len(ROWS) - 1  # the World row is recognised and left out
    assert sum(result.report.left_out.values()) == 1
    assert_expected(vault)
    if "EL" in sample:
        rows = load_rows(vault)
        assert set(rows["reporter"].astype(str)) == {"GR"}  # Eurostat's EL is ISO GR


def test_zero_padded_codes_survive_spreadsheet_numbers(vault: Vault, tmp_path: Path) -> None:
    """Chapter 01-09 codes lose their leading zero as spreadsheet numbers; it comes back."""
    rows = [Row("AR", "02013000", "import", 2023, 70), Row("BR", "02013000", "import", 2023, 30)]
    import_trade_file(vault, write_xlsx(tmp_path / "beef.xlsx", generic_lines(rows=rows)))
    assert vault.trade.product_codes() == ["02013000"]
    got = metrics(vault, "0201")[(2023, "import")]
    assert got["hhi"] == pytest.approx(0.58)
    assert got["top1_partner"] == "AR"


def test_format_override_and_its_refusal(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "g.csv", generic_lines())
    assert import_trade_file(vault, path, "generic").report.format == "generic"
    other = write_csv(tmp_path / "g2.csv", generic_lines(rows=ROWS[:2]))
    with pytest.raises(TradeFileError, match=r"not a Eurostat Comext bulk file: no column for period \(PERIOD\)$"):
        import_trade_file(vault, other, "comext")
    with pytest.raises(TradeFileError, match="unknown trade format"):
        import_trade_file(vault, other, "eurostat")


def test_reimporting_the_same_file_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "g.csv", generic_lines())
    first = import_trade_file(vault, path)
    before = stored_state(vault)
    again = import_trade_file(vault, path)
    assert again.already_imported
    assert again.rows == 0
    assert again.file.id == first.file.id
    assert stored_state(vault) == before
    assert_expected(vault)


def test_a_revised_file_replaces_the_figures_it_covers(vault: Vault, tmp_path: Path) -> None:
    """Newest file wins per reporter, product, flow and period; other periods stay."""
    import_trade_file(vault, write_csv(tmp_path / "a.csv", generic_lines()))
    revised = [Row("CN", "85423190", "import", 2023, 900), Row("TW", "85423190", "import", 2023, 100)]
    import_trade_file(vault, write_csv(tmp_path / "b.csv", generic_lines(rows=revised)))
    got = metrics(vault)
    assert got[(2023, "import")]["hhi"] == pytest.approx(0.82)
    assert got[(2023, "import")]["partners"] == 2
    assert got[(2022, "import")]["hhi"] == pytest.approx(0.32)  # 2022 only in the first file
    assert got[(2023, "export")]["hhi"] == pytest.approx(0.68)
    # the same content in another file (another SHA-256) gives the same figures: idempotent in effect
    import_trade_file(vault, write_csv(tmp_path / "c.csv", generic_lines(rows=revised), delimiter=";"))
    assert metrics(vault)[(2023, "import")]["hhi"] == pytest.approx(0.82)


def test_annual_figures_take_precedence_over_months(vault: Vault, tmp_path: Path) -> None:
    lines = [["reporter", "partner", "product", "flow", "period", "value"],
             ["NL", "CN", "8542", "import", "202301", "50"], ["NL", "US", "8542", "import", "202302", "50"],
             ["NL", "CN", "8542", "import", "2023", "60"], ["NL", "US", "8542", "import", "2023", "40"],
             ["NL", "CN", "8542", "import", "202401", "10"], ["NL", "JP", "8542", "import", "2024-02", "30"]]
    import_trade_file(vault, write_csv(tmp_path / "m.csv", lines))
    got = metrics(vault, "8542")
    assert got[(2023, "import")]["top1_share"] == pytest.approx(0.6)  # the annual rows, not the months
    assert got[(2024, "import")]["top1_partner"] == "JP"  # months add up when no annual figure exists
    assert got[(2024, "import")]["top1_share"] == pytest.approx(0.75)


def test_rows_with_the_same_key_in_one_file_add_up(vault: Vault, tmp_path: Path) -> None:
    """Comext splits a flow by statistical regime: those rows are parts of one figure."""
    rows = [Row("CN", "8542", "import", 2023, 30), Row("CN", "8542", "import", 2023, 30),
            Row("US", "8542", "import", 2023, 40)]
    import_trade_file(vault, write_csv(tmp_path / "r.csv", generic_lines(rows=rows)))
    assert metrics(vault, "8542")[(2023, "import")]["top1_share"] == pytest.approx(0.6)


def test_aggregates_and_special_codes(vault: Vault, tmp_path: Path) -> None:
    lines = [["reporter", "partner", "product", "flow", "year", "value_eur"],
             ["NL", "EU27_2020", "8542", "import", "2023", "999"], ["NL", "EXT_EU27_2020", "8542", "import", "2023",
                                                                    "999"],
             ["NL", "W00", "8542", "import", "2023", "999"], ["NL", "XX", "8542", "import", "2023", "999"],
             ["NL", "CN", "TOTAL", "import", "2023", "999"], ["NL", "CN", "8542", "RX", "2023", "999"],
             ["NL", "CN", "8542", "import", "2023", "75"], ["NL", "QV", "8542", "import", "2023", "25"],
             ["EU", "CN", "8542", "import", "2023", "10"]]
    result = import_trade_file(vault, write_csv(tmp_path / "a.csv", lines))
    assert result.rows == 3
    assert result.report.left_out == {"World/EU aggregate": 4, "product total": 1, "re-import/re-export": 1}
    assert result.report.left_out_text() == ("4 World/EU aggregate rows, 1 product total row and 1 "
                                             "re-import/re-export row left out")
    got = metrics(vault, "8542", reporter="NL")[(2023, "import")]
    assert (got["partners"], got["top1_share"], got["unspecified_share"]) == (1, pytest.approx(0.75),
                                                                               pytest.approx(0.25))
    assert metrics(vault, "8542", reporter="EU")[(2023, "import")]["top1_share"] == 1.0


# malformed files: a clear report, nothing written ---------------------------------------------

def bad_generic(tmp_path: Path, *cells: tuple[int, str]) -> Path:
    """The generic sample with some cells replaced: (column index, text) on successive rows."""
    lines = generic_lines()
    for i, (column, text) in enumerate(cells, start=1):
        lines[i][column] = text
    return write_csv(tmp_path / "bad.csv", lines)


BAD_CELLS = {
    "unknown partner": ((1, "XY1"), "partner", "'XY1' is not a known country code"),
    "missing reporter": ((0, ""), "reporter", "the reporter is missing"),
    "world as reporter": ((0, "WORLD"), "reporter", "cannot be a reporter"),
    "letters in product": ((2, "85A2"), "product", "'85A2' is not a product code"),
    "chapter 00": ((2, "00"), "product", "no HS chapter 00"),
    "bad flow": ((3, "transit"), "flow", "'transit' is not a flow"),
    "bad year": ((4, "23"), "year", "'23' is not a year"),
    "month 13": ((4, "202313"), "year", "month 13 is not 01-12"),
    "year out of range": ((4, "1850"), "year", "outside"),
    "text value": ((5, "lots"), "value_eur", "'lots' is not a number"),
    "negative value": ((5, "-5"), "value_eur", "must not be negative"),
    "missing value": ((5, ""), "value_eur", "the value is missing"),
    "infinite value": ((5, "inf"), "value_eur", "not a finite number"),
    "bad quantity": ((6, "n/a"), "quantity_kg", "'n/a' is not a number"),
}


@pytest.mark.parametrize("case", list(BAD_CELLS))
def test_each_kind_of_bad_cell_is_reported_and_nothing_is_written(vault: Vault, tmp_path: Path, case: str) -> None:
    cell, column, reason = BAD_CELLS[case]
    before = stored_state(vault)
    with pytest.raises(TradeImportRefused) as info:
        import_trade_file(vault, bad_generic(tmp_path, cell))
    report = info.value.report
    assert report.bad_rows == 1
    assert len(report.problems) == 1
    problem = report.problems[0]
    assert (problem.row, problem.column) == (2, column)
    assert reason in problem.reason
    assert f"row 2, column {column}" in str(info.value)
    assert stored_state(vault) == before


def test_structural_problems_name_the_row(vault: Vault, tmp_path: Path) -> None:
    lines = generic_lines()
    text = "\n".join(",".join(line) for line in lines[:3]) + "\nNL,CN,8542,import,2023,5,1,EXTRA\n\n" + \
        "\n".join(",".join(line) for line in lines[3:]) + "\nNL,CN\n"
    path = tmp_path / "s.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TradeImportRefused) as info:
        import_trade_file(vault, path)
    problems = {(p.row, p.column): p.reason for p in info.value.report.problems}
    assert problems[(4, "")] == "the row has 8 fields; the header has 7"
    last = len(lines) + 3  # header, 2 rows, the long row, the blank row, the rest, then "NL,CN"
    assert problems[(last, "product")] == "the product is missing"
    assert (5, "reporter") not in problems  # a blank line is no row at all
    assert info.value.report.bad_rows == 2
    assert stored_state(vault)[:2] == (0, 0)


def test_good_rows_only_imports_the_rest_and_counts_what_was_left(vault: Vault, tmp_path: Path) -> None:
    path = bad_generic(tmp_path, (1, "XY1"))  # the CN 2023 row is bad
    result = import_trade_file(vault, path, good_rows_only=True)
    assert result.rows == len(ROWS) - 2
    assert result.report.bad_rows == 1
    assert result.file.skipped_rows == 2  # the bad row and the World row
    assert result.file.detail["good_rows_only"] is True
    got = metrics(vault)[(2023, "import")]
    assert got["top1_partner"] == "TW"
    assert got["top1_share"] == pytest.approx(300 / 500)


def test_every_bad_row_is_reported_beyond_the_listed_ones(vault: Vault, tmp_path: Path) -> None:
    lines = [["reporter", "partner", "product", "flow", "year", "value_eur"]]
    lines += [["NL", "CN", "8542", "import", "2023", "x"]] * (MAX_PROBLEMS + 5)
    with pytest.raises(TradeImportRefused) as info:
        import_trade_file(vault, write_csv(tmp_path / "many.csv", lines))
    report = info.value.report
    assert report.bad_rows == report.problem_count == MAX_PROBLEMS + 5
    assert len(report.problems) == MAX_PROBLEMS
    text = report.lines()
    assert text[-2] == "... and 5 more problems:"
    assert text[-1] == f"  {MAX_PROBLEMS + 5} x column value_eur: ... is not a number"


def test_refusal_reads_the_whole_file_for_the_report(vault: Vault, tmp_path: Path) -> None:
    """The first bad row is early and in the first chunk; later chunks are still checked."""
    lines = generic_lines()
    lines[1][5] = "bad"
    lines[-1][2] = "x"
    with pytest.raises(TradeImportRefused) as info:
        import_trade_file(vault, write_csv(tmp_path / "b.csv", lines), chunk_rows=3)
    assert [p.row for p in info.value.report.problems] == [2, len(lines)]
    assert stored_state(vault)[:2] == (0, 0)


FILE_ERRORS = {
    "empty": (b"", "the file is empty"),
    "binary": (bytes(range(256)) * 4, "not a text (CSV) file"),
    "old xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old Excel .xls files are not supported"),
    "broken zip": (b"PK\x03\x04garbage", "not a readable XLSX workbook"),
    "one column": (b"reporter\nNL\n", "single column"),
    "unknown columns": (b"a,b,c\n1,2,3\n", "do not match a known trade format; closest is"),
    "blank lines only": (b"\n\n\n", "no header row"),
    "header only": (b"reporter,partner,product,flow,year,value_eur\n", "no rows to import"),
    "unterminated quote": (b'reporter,partner,product,flow,year,value_eur\nNL,"CN,8542,import,2023,5\n',
                           "broken near row"),
    "bad cp1252": (b"reporter,partner,product,flow,year,value_eur\nNL,CN,8542,import,2023,5\x81\x8d\n",
                   "cp1252 text"),
}


@pytest.mark.parametrize("case", list(FILE_ERRORS))
def test_unreadable_files_give_one_clear_reason(vault: Vault, tmp_path: Path, case: str) -> None:
    data, fragment = FILE_ERRORS[case]
    path = tmp_path / ("f.xlsx" if data.startswith(b"PK") else "f.csv")
    path.write_bytes(data)
    before = stored_state(vault)
    with pytest.raises((TradeFileError, TradeImportRefused)) as info:
        import_trade_file(vault, path)
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)
    assert stored_state(vault) == before


def test_a_workbook_without_trade_columns(vault: Vault, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["name", "amount"], ["a", "1"]])
    with pytest.raises(TradeFileError, match=r"sheet Data.*closest is"):
        import_trade_file(vault, path)
    damaged = tmp_path / "d.xlsx"
    with zipfile.ZipFile(damaged, "w") as z:
        z.writestr("[Content_Types].xml", "<nonsense")
    with pytest.raises(TradeFileError, match="not a readable XLSX workbook"):
        import_trade_file(vault, damaged)


def test_eurostat_numeric_codes_are_not_taken_for_iso(vault: Vault, tmp_path: Path) -> None:
    """In Comext files 004 is Germany (Eurostat's numbering), in ISO Afghanistan: refuse to guess."""
    lines = [["DECLARANT", "PARTNER", "PRODUCT_NC", "FLOW", "PERIOD", "VALUE_IN_EUROS"],
             ["003", "004", "8542", "1", "202352", "5"]]
    with pytest.raises(TradeImportRefused) as info:
        import_trade_file(vault, write_csv(tmp_path / "c.csv", lines))
    problems = info.value.report.problems
    assert [(p.row, p.column) for p in problems] == [(2, "DECLARANT"), (2, "PARTNER")]
    assert all(p.reason.endswith("is a Eurostat numeric geo code; use the *_ISO column") for p in problems)


def test_import_is_audited_with_the_file_hash(vault: Vault, tmp_path: Path) -> None:
    result = import_trade_file(vault, write_csv(tmp_path / "g.csv", generic_lines()))
    entry = vault.audit.entries()[0]
    assert (entry.action, entry.entity_type) == ("import", "trade_file")
    assert entry.detail["sha256"] == result.file.sha256
    assert entry.detail["rows"] == result.rows
    assert vault.audit.verify() == []


def test_blank_lines_and_excel_sep_hint_before_the_header(vault: Vault, tmp_path: Path) -> None:
    """Excel writes "sep=;" above the header; row numbers stay those a spreadsheet shows."""
    lines = generic_lines()
    lines[2][5] = "x"  # the file's row 6: two blank lines, the hint, the header, then data
    body = "\r\n".join(";".join(line) for line in lines)
    path = tmp_path / "excel.csv"
    path.write_bytes(("\r\n\r\nsep=;\r\n" + body + "\r\nNL;CN;8542;import;2023;5;1;9\r\n").encode("cp1252"))
    with pytest.raises(TradeImportRefused) as info:
        import_trade_file(vault, path)
    problems = sorted((p.row, p.column) for p in info.value.report.problems)
    assert problems == [(6, "value_eur"), (len(lines) + 4, "")]
    result = import_trade_file(vault, path, good_rows_only=True)
    assert result.rows == len(ROWS) - 2


def test_a_file_that_is_not_utf8_after_all_is_read_as_cp1252(vault: Vault, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The encoding is guessed from the file's start; a later cp1252 byte makes the import start
    again as cp1252, keeping nothing of the first attempt."""
    import sdapp.analysis.trade_formats as formats

    monkeypatch.setattr(formats, "_BLOCK", 64)  # the guess sees only the ASCII header
    lines = comtrade_lines()
    lines[-1][7] = "Cura\u00e7ao"  # a description column; cp1252 byte 0xE7 far below the start
    path = write_csv(tmp_path / "late.csv", lines, encoding="cp1252")
    result = import_trade_file(vault, path)
    assert result.file.detail["encoding"] == "cp1252"
    assert_expected(vault)
    assert stored_state(vault)[0] == 1


def test_a_late_cp1252_byte_mid_parse_restarts_cleanly(vault: Vault, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import sdapp.analysis.trade_formats as formats

    monkeypatch.setattr(formats, "_BLOCK", 4096)
    lines = comtrade_lines()
    body = lines[1:] * 3000  # ~1.5 MB: the bad byte lies beyond what detection reads
    body[-1] = list(body[-1])
    body[-1][7] = "Cura\u00e7ao"
    path = write_csv(tmp_path / "big.csv", [lines[0], *body], encoding="cp1252")
    result = import_trade_file(vault, path, chunk_rows=5000)
    assert result.file.detail["encoding"] == "cp1252"
    assert result.rows == 3000 * (len(ROWS) - 1)
    assert metrics(vault)[(2023, "import")]["hhi"] == pytest.approx(0.355)
    assert stored_state(vault)[:2][0] == 1


@pytest.mark.parametrize(("values", "quantities", "width"), [
    (["10", "30", "60"], ["1", "", "7"], 4),  # whole amounts: int32, -1 for "not given"
    (["0.5", "1.5", "3"], ["1", "2", "3"], 8),  # a fraction: float64
    (["3000000000", "1", "2"], ["", "", ""], 8),  # beyond int32: float64
])
def test_amounts_are_stored_exactly(vault: Vault, tmp_path: Path, values: list[str], quantities: list[str],
                                    width: int) -> None:
    lines = [["reporter", "partner", "product", "flow", "year", "value_eur", "quantity_kg"]]
    lines += [["NL", p, "28046100", "import", "2023", v, q] for p, v, q in zip(["CN", "US", "NO"], values, quantities,
                                                                                strict=True)]
    import_trade_file(vault, write_csv(tmp_path / "a.csv", lines))
    chunk = next(vault.trade.chunks())
    assert len(chunk.value) == width * 3
    rows = load_rows(vault)
    partners = rows["partner"].astype(str).tolist()
    assert dict(zip(partners, rows["value"], strict=True)) == {
        p: float(v) for p, v in zip(["CN", "US", "NO"], values, strict=True)}
    expected_q = {p: float(q) if q else None for p, q in zip(["CN", "US", "NO"], quantities, strict=True)}
    for partner, quantity in zip(partners, rows["quantity"], strict=True):
        assert (quantity != quantity) if expected_q[partner] is None else quantity == expected_q[partner]
