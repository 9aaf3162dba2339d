"""Register files: CSV/XLSX/JSON round trips, formula neutralisation, all-or-nothing import,
malformed files and atomic writes."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import io
import json
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sdapp.analysis.register_files import RegisterFileError, neutralise, read_register, restore, write_register
from sdapp.core.model import CountryShare, CriticalityScore, Dependency, SupplyStage, new_id
from sdapp.core.reference import ReferenceData
from sdapp.core.register_table import COLUMNS

SUFFIXES = ["csv", "xlsx", "json"]
HEADER = ",".join(COLUMNS)


def full_dependency(**changes: object) -> Dependency:
    dep = Dependency(
        id=new_id(), name="Gallium «Ga»", kind="raw-material", domain="raw-materials",
        description="Line one; with, commas\nline \"two\"", cn_codes=["8112", "811292"], lead_ministry="BZ",
        contact="Anna de Vries", status="assessed", classification="stg-confidentieel",
        tags=["chips", "-minus first"], eu_lists=["crma-strategic", "crma-critical"],
        review_date=dt.date(2025, 6, 30),
        stages=[SupplyStage("extraction", [CountryShare("CN", 98.0)], "primary, ü"),
                SupplyStage("processing", [CountryShare("CN", 80.5), CountryShare("JP", 9.25)])],
        criticality=[CriticalityScore("2.1", "C", "fabs stop\n=not a formula"), CriticalityScore("1.1", "A")],
        import_reliance=99.5, stock_coverage_days=12.0, substitutability="low",
    )
    for key, value in changes.items():
        setattr(dep, key, value)
    return dep


FORMULAS = {"name": '=HYPERLINK("http://evil.example","click")', "contact": "+31 70 123 4567",
            "description": "@SUM(A1:A9)"}


def formula_dependency() -> Dependency:
    return full_dependency(**FORMULAS)


def sheet(path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(path)["Register"]


# round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_round_trip(tmp_path: Path, ref: ReferenceData, suffix: str) -> None:
    deps = [full_dependency(), Dependency(id=new_id(), name="Bare", kind="service", domain="digital"),
            full_dependency(name="'=already quoted", contact="'plain apostrophe", stock_coverage_days=0.1 + 0.2)]
    path = tmp_path / f"register.{suffix}"
    write_register(path, deps)
    assert read_register(path, ref) == deps


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_empty_register_round_trips(tmp_path: Path, ref: ReferenceData, suffix: str) -> None:
    path = tmp_path / f"empty.{suffix}"
    write_register(path, [])
    assert read_register(path, ref) == []


def test_csv_layout(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    write_register(path, [full_dependency()])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n")


def test_xlsx_layout(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    write_register(path, [full_dependency()])
    ws = sheet(path)
    assert [c.value for c in ws[1]] == list(COLUMNS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    values = {name: c.value for name, c in zip(COLUMNS, ws[2], strict=True)}
    assert values["import_reliance"] == 99.5
    assert values["review_date"].date() == dt.date(2025, 6, 30)


def test_json_layout(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    dep = full_dependency()
    write_register(path, [dep])
    text = path.read_text(encoding="utf-8")
    assert "\n  " in text
    assert "«Ga»" in text
    assert json.loads(text) == {"format": "sdapp-register", "version": 1, "dependencies": [dep.to_dict()]}


# formula injection ----------------------------------------------------------------------


def test_csv_formulas_neutralised_and_restored(tmp_path: Path, ref: ReferenceData) -> None:
    path = tmp_path / "r.csv"
    dep = formula_dependency()
    write_register(path, [dep])
    text = path.read_text(encoding="utf-8-sig")
    assert "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"" in text
    assert ",'+31 70 123 4567," in text
    assert ",'@SUM(A1:A9)," in text
    for trigger in "=+@":
        assert f",{trigger}" not in text
    assert read_register(path, ref) == [dep]


def test_xlsx_formulas_neutralised_and_restored(tmp_path: Path, ref: ReferenceData) -> None:
    path = tmp_path / "r.xlsx"
    dep = formula_dependency()
    write_register(path, [dep])
    cells = {name: c for name, c in zip(COLUMNS, sheet(path)[2], strict=True)}
    for name, text in FORMULAS.items():
        assert cells[name].data_type == "s"
        assert cells[name].value == "'" + text
    assert read_register(path, ref) == [dep]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "'=1", "''+1"])
def test_neutralise_restore_inverse(text: str) -> None:
    assert neutralise(text).startswith("'")
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["", "plain", "'quoted", "1-2", "a=b"])
def test_harmless_text_untouched(text: str) -> None:
    assert neutralise(text) == text
    assert restore(text) == text


# hand-made CSV --------------------------------------------------------------------------


def test_semicolon_cp1252_csv(tmp_path: Path, ref: ReferenceData) -> None:
    text = ("id;name;kind;domain;import_reliance;tags;review_date\r\n"
            ";Kobalt é;raw-material;raw-materials;12,5;a; 2025-01-31\r\n"
            ";;;;;;\r\n"
            ";Café;product;chips;;'=x;\r\n")
    path = tmp_path / "nl.csv"
    path.write_bytes(text.encode("cp1252"))
    first, second = read_register(path, ref)
    assert (first.name, first.import_reliance, first.tags, first.review_date) == (
        "Kobalt é", 12.5, ["a"], dt.date(2025, 1, 31))
    assert (second.name, second.tags) == ("Café", ["=x"])


def test_tab_delimited_utf8_without_bom(tmp_path: Path, ref: ReferenceData) -> None:
    path = tmp_path / "t.csv"
    path.write_text("ID\tName\tKind\tDomain\n\tŁód\u017a\tservice\tdigital\n", encoding="utf-8")
    [dep] = read_register(path, ref)
    assert dep.name == "Łódź"


def test_minimal_columns_take_defaults(tmp_path: Path, ref: ReferenceData) -> None:
    path = tmp_path / "m.csv"
    path.write_text("id,name,kind,domain\n,Lithium,raw-material,raw-materials\n", encoding="utf-8")
    [dep] = read_register(path, ref)
    assert (dep.status, dep.classification, dep.stages) == ("signalled", "ongerubriceerd", [])


# bad rows -------------------------------------------------------------------------------


def csv_with(tmp_path: Path, *rows: dict[str, str]) -> Path:
    """A valid export of three records, then the given cells changed in row 2, 3, ..."""
    path = tmp_path / "bad.csv"
    write_register(path, [full_dependency() for _ in range(max(3, len(rows)))])
    parsed = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for record, changes in zip(parsed, rows, strict=False):
        record.update(changes)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(parsed[0]))
    writer.writeheader()
    writer.writerows(parsed)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


SHARE_101 = '[{"stage":"processing","shares":[{"country":"CN","share":101}]}]'
COUNTRY_XX = '[{"stage":"processing","shares":[{"country":"XX","share":10}]}]'


@pytest.mark.parametrize(("changes", "column", "reason"), [
    ({"kind": "metal"}, "kind", "unknown value 'metal'"),
    ({"review_date": "31/12/2025"}, "review_date", "not a date (expected yyyy-mm-dd)"),
    ({"supply": SHARE_101}, "supply", "between 0 and 100"),
    ({"supply": COUNTRY_XX}, "supply", "unknown country code 'XX'"),
    ({"id": "1234"}, "id", "'1234' is not a UUID"),
    ({"import_reliance": "150"}, "import_reliance", "between 0 and 100"),
])
def test_bad_row_names_row_and_column(tmp_path: Path, ref: ReferenceData, changes: dict[str, str], column: str,
                                      reason: str) -> None:
    path = csv_with(tmp_path, {}, changes)
    with pytest.raises(RegisterFileError) as info:
        read_register(path, ref)
    [problem] = info.value.problems
    assert (problem.row, problem.column) == (3, column)
    assert reason in problem.reason
    assert str(info.value) == str(problem)


def test_all_problems_reported_at_once(tmp_path: Path, ref: ReferenceData) -> None:
    path = csv_with(tmp_path, {"kind": "metal"}, {"review_date": "soon"}, {"supply": SHARE_101})
    with pytest.raises(RegisterFileError) as info:
        read_register(path, ref)
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "kind"), (3, "review_date"), (4, "supply")]
    assert str(info.value).startswith("row 2, column 'kind': unknown value 'metal'")
    assert str(info.value).endswith("(and 2 more problems)")


def test_duplicate_id_in_file(tmp_path: Path, ref: ReferenceData) -> None:
    dup = new_id()
    path = csv_with(tmp_path, {"id": dup}, {}, {"id": dup})
    with pytest.raises(RegisterFileError, match=r"^row 4, column 'id': duplicate id .* also in row 2$") as info:
        read_register(path, ref)
    assert len(info.value.problems) == 1


def test_unknown_column_is_refused(tmp_path: Path, ref: ReferenceData) -> None:
    path = tmp_path / "typo.csv"
    path.write_text("id,name,kind,domain,revieuw_date\n,X,product,chips,2025-01-01\n", encoding="utf-8")
    with pytest.raises(RegisterFileError, match=r"^row 1, column 'revieuw_date': unknown column \(did you mean"):
        read_register(path, ref)


def test_missing_required_column(tmp_path: Path, ref: ReferenceData) -> None:
    path = tmp_path / "short.csv"
    path.write_text("id,name,kind\n,X,product\n", encoding="utf-8")
    with pytest.raises(RegisterFileError, match=r"^row 1, column 'domain': required column is missing"):
        read_register(path, ref)


def test_bad_rows_in_xlsx_and_json(tmp_path: Path, ref: ReferenceData) -> None:
    good = full_dependency()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "name", "kind", "domain", "review_date"])
    ws.append([good.id, "A", "product", "chips", dt.datetime(2025, 1, 1)])
    ws.append([None, "B", "metal", "chips", None])
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(RegisterFileError, match=r"^row 3, column 'kind'"):
        read_register(tmp_path / "bad.xlsx", ref)
    doc = {"format": "sdapp-register", "version": 1,
           "dependencies": [good.to_dict(), good.to_dict() | {"id": new_id(), "review_date": "2025-13-01"}]}
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(RegisterFileError, match=r"^row 2, column 'review_date': not a date"):
        read_register(tmp_path / "bad.json", ref)


def test_xlsx_from_excel_with_numbers_and_trailing_columns(tmp_path: Path, ref: ReferenceData) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Other"
    ws.append(["id", "name", "kind", "domain", "cn_codes", "import_reliance", None])
    ws.append([None, "A", "product", "chips", 8542, 40, None])
    ws.cell(row=5, column=9).value = None  # Excel leaves formatted empty cells around
    wb.save(tmp_path / "excel.xlsx")
    [dep] = read_register(tmp_path / "excel.xlsx", ref)
    assert (dep.cn_codes, dep.import_reliance) == (["8542"], 40.0)


# malformed files --------------------------------------------------------------------------


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    return buf.getvalue()


MALFORMED = [
    ("empty.csv", b"", "the file is empty"),
    ("blank.csv", b"\r\n \r\n", "the file is empty"),
    ("bom.csv", b"\xef\xbb\xbf", "the file is empty"),
    ("binary.csv", bytes(range(256)) * 4, "not a text file in UTF-8 or Windows-1252"),
    ("nul.csv", b"id,name\x00,kind,domain\n", "binary data"),
    ("quote.csv", b'id,name,kind,domain\n,"abc"x,product,chips\n', "not a valid CSV file"),
    ("nonsense.csv", b"hello world\n1,2\n", "row 1, column 'hello world': unknown column"),
    ("empty.xlsx", b"", "the file is empty"),
    ("text.xlsx", b"id,name,kind,domain\n", "not a readable XLSX workbook"),
    ("zip.xlsx", zip_bytes(), "not a readable XLSX workbook"),
    ("cut.xlsx", None, "not a readable XLSX workbook"),
    ("empty.json", b"", "the file is empty"),
    ("broken.json", b'{"format": "sdapp-register", ', "not a valid UTF-8 JSON file"),
    ("latin.json", '{"naam": "é"}'.encode("cp1252"), "not a valid UTF-8 JSON file"),
    ("deep.json", b"[" * 100000, "not a valid UTF-8 JSON file"),
    ("list.json", b"[]", "not an sdapp register file"),
    ("other.json", b'{"format": "something"}', "not an sdapp register file"),
    ("newer.json", b'{"format": "sdapp-register", "version": 2, "dependencies": []}', "newer version"),
    ("noversion.json", b'{"format": "sdapp-register", "dependencies": []}', "\"version\" must be"),
    ("nolist.json", b'{"format": "sdapp-register", "version": 1, "dependencies": {}}', "must be a list"),
    ("items.json", b'{"format": "sdapp-register", "version": 1, "dependencies": [1]}', "dependency 1 is not"),
    ("register.txt", b"anything", "unsupported file type '.txt'"),
    ("register", b"anything", "unsupported file type '(none)'"),
]


@pytest.mark.parametrize(("name", "content", "reason"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_files(tmp_path: Path, ref: ReferenceData, name: str, content: bytes | None, reason: str) -> None:
    path = tmp_path / name
    if content is None:
        write_register(path, [full_dependency()])
        content = path.read_bytes()[:200]
    path.write_bytes(content)
    with pytest.raises(RegisterFileError) as info:
        read_register(path, ref)
    assert reason in str(info.value)
    assert "\n" not in str(info.value)


def test_header_only_is_zero_records(tmp_path: Path, ref: ReferenceData) -> None:
    path = tmp_path / "h.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    assert read_register(path, ref) == []


def test_missing_file(tmp_path: Path, ref: ReferenceData) -> None:
    with pytest.raises(RegisterFileError, match=r"cannot read nothere\.csv"):
        read_register(tmp_path / "nothere.csv", ref)


def test_unsupported_suffix_on_write(tmp_path: Path) -> None:
    with pytest.raises(RegisterFileError, match=r"use \.csv, \.xlsx or \.json"):
        write_register(tmp_path / "r.ods", [])
    assert list(tmp_path.iterdir()) == []


def test_xlsx_refuses_control_characters(tmp_path: Path) -> None:
    with pytest.raises(RegisterFileError, match="row 2, column 'description': contains control characters"):
        write_register(tmp_path / "r.xlsx", [full_dependency(description="bell\x07")])
    assert list(tmp_path.iterdir()) == []


# atomic writes ------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores directory permissions")
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_read_only_directory_leaves_target(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"r.{suffix}"
    path.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(RegisterFileError, match="permission denied"):
            write_register(path, [full_dependency()])
    finally:
        tmp_path.chmod(0o700)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_failed_rename_removes_temp_file(tmp_path: Path) -> None:
    """A real OS failure at the last step (the target is a folder): no temp file is left."""
    target = tmp_path / "r.csv"
    (target / "inside").mkdir(parents=True)
    with pytest.raises(RegisterFileError, match="cannot write"):
        write_register(target, [full_dependency()])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv"]
    with pytest.raises(RegisterFileError, match="cannot write"):
        write_register(tmp_path / "missing" / "r.json", [])


@pytest.mark.parametrize(("code", "reason"), [(errno.ENOSPC, "the disk is full"),
                                              (errno.EROFS, "the medium is read-only"),
                                              (errno.EACCES, "permission denied")])
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_failed_write_leaves_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, code: int,
                                    reason: str) -> None:
    path = tmp_path / f"r.{suffix}"
    path.write_bytes(b"old")

    def fail(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(RegisterFileError, match=reason) as info:
        write_register(path, [full_dependency()])
    assert info.value.problems == []
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


# fuzzing -------------------------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_cells = st.one_of(st.text(max_size=30), st.sampled_from(["", "2025-01-01", "12,5", "[]", '{"stage":"x"}',
                                                           "raw-material", new_id(), "'=1"]))
_fuzz = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_only_raises_register_file_error(path: Path, data: bytes, ref: ReferenceData) -> None:
    path.write_bytes(data)
    with contextlib.suppress(RegisterFileError):
        read_register(path, ref)


@_fuzz
@given(data=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
       suffix=st.sampled_from([".csv", ".json"]))
def test_arbitrary_bytes_only_raise_register_file_error(tmp_path: Path, ref: ReferenceData, data: bytes,
                                                       suffix: str) -> None:
    _read_only_raises_register_file_error(tmp_path / f"fuzz{suffix}", data, ref)


@_fuzz
@given(rows=st.lists(st.lists(_cells, min_size=len(COLUMNS), max_size=len(COLUMNS)), max_size=4),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_arbitrary_cells_only_raise_register_file_error(tmp_path: Path, ref: ReferenceData,
                                                         rows: list[list[str]], delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    _read_only_raises_register_file_error(tmp_path / "fuzz.csv", out.getvalue().encode("utf-8"), ref)


@_fuzz
@given(items=st.lists(st.dictionaries(st.sampled_from([*COLUMNS, "stages", "other"]), _json_values), max_size=4))
def test_arbitrary_json_records_only_raise_register_file_error(tmp_path: Path, ref: ReferenceData,
                                                               items: list[dict[str, object]]) -> None:
    doc = {"format": "sdapp-register", "version": 1, "dependencies": items}
    data = json.dumps(doc).encode("utf-8")
    _read_only_raises_register_file_error(tmp_path / "fuzz.json", data, ref)
