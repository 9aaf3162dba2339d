"""write_table: the generic CSV/XLSX writer for overviews (formula neutralisation, native numbers,
classification marking in the XLSX page header, atomic writes)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from sdapp.analysis.register_files import RegisterFileError, write_table

HEADERS = ["Title", "Rung", "Cost", "Date", "Empty"]
ROWS: list[list[object]] = [
    ["=HYPERLINK(\"http://x\")", 4, 57.5, dt.date(2026, 3, 1), None],
    ["Voorraad: 90 dagen", 1, 1234567.25, None, ""],
]


def test_csv_is_utf8_with_bom_neutralised_and_exact(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table(path, HEADERS, ROWS)  # type: ignore[arg-type]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == HEADERS
    assert rows[1] == ["'=HYPERLINK(\"http://x\")", "4", "57.5", "2026-03-01", ""]
    assert rows[2] == ["Voorraad: 90 dagen", "1", "1234567.25", "", ""]


def test_xlsx_keeps_numbers_and_dates_and_carries_the_marking(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_table(path, HEADERS, ROWS, sheet="Action options", marking="STG. GEHEIM",  # type: ignore[arg-type]
                widths=(40, 6))
    wb = openpyxl.load_workbook(path)
    ws = wb["Action options"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws["A2"].value == "'=HYPERLINK(\"http://x\")"
    assert ws["B2"].value == 4
    assert ws["C2"].value == 57.5
    assert ws["C3"].value == 1234567.25
    assert ws["D2"].value == dt.datetime(2026, 3, 1)
    assert ws["E2"].value is None
    assert ws["E3"].value is None
    assert ws.oddHeader.center.text == "STG. GEHEIM"
    assert ws.oddFooter.center.text == "STG. GEHEIM"
    assert ws.column_dimensions["A"].width == 40
    assert ws.freeze_panes == "A2"


def test_unsupported_types_and_failures_keep_the_old_file(tmp_path: Path) -> None:
    with pytest.raises(RegisterFileError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "out.json", HEADERS, ROWS)  # type: ignore[arg-type]
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(RegisterFileError, match="control characters"):
        write_table(path, ["a"], [["bad\x01text"]])
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]  # no temporary file left
