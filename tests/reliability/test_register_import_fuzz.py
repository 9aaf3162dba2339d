"""Bad input at the register importer, end to end: ``sdapp register import`` (the CLI's own
entry, in this process) on made-up CSV and XLSX files. The only outcomes are success, with the
rows in the vault, or exit 1 with one line naming the problem, and then the register is as
it was. Never an unexpected error, never half an import."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from sdapp import cli
from sdapp.analysis.register_files import RegisterFileError, read_register
from sdapp.core.model import new_id
from sdapp.core.reference import ReferenceData
from sdapp.core.register_table import COLUMNS
from sdapp.vault import vault as vault_mod
from tests.conftest import PASSPHRASE

GOOD = {"kind": "raw-material", "domain": "chips", "status": "signalled", "classification": "ongerubriceerd",
        "lead_ministry": "EZ", "substitutability": "low", "cn_codes": "811292", "review_date": "2027-01-31",
        "import_reliance": "80", "supply": '[{"stage": "processing", "shares": [{"country": "CN", "share": 90}]}]',
        "criticality": '[{"criterion": "2.1", "level": "C", "rationale": "chips"}]'}
ODD_TEXT = st.sampled_from(["", " ", "=1+1", "@SUM(A1)", "-5", "101", "12,5", "1e309", "NaN", "2025-02-30",
                            "[]", "{}", '[{"stage": 5}]', '[{"stage": "processing", "shares": "CN"}]', "ZZ",
                            "x" * 250, "\x00", "ç€\u200b", "raw-material", new_id(), "123456789012"])
CELL_TEXT = st.one_of(ODD_TEXT, st.text(max_size=20))


@st.composite
def rows(draw: st.DrawFn) -> list[dict[str, str]]:
    """Rows that are mostly valid, with a few cells made odd: so some imports succeed and the
    failures come from every column, not just from an unreadable file."""
    out = []
    for _ in range(draw(st.integers(1, 4))):
        row = {"id": draw(st.sampled_from([new_id(), new_id(), "", "not-a-uuid"])), "name": "Gallium", **GOOD}
        for column in draw(st.lists(st.sampled_from(COLUMNS), max_size=3)):
            row[column] = draw(CELL_TEXT)
        out.append(row)
    return out


XLSX_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**15, 10**15),
                        st.floats(allow_nan=True, allow_infinity=True), st.dates(), st.datetimes(), CELL_TEXT)


@pytest.fixture
def closed_vault(make_vault: Any, tmp_path: Path) -> tuple[Path, Path]:
    created = make_vault("fuzz")
    path = created.vault.path
    created.vault.close(backup=False)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return path, secret


def register_state(path: Path, ref: ReferenceData) -> tuple[tuple[str, str, int], ...]:
    """Every record's id, head revision and bin flag, and the revision count (not the audit log:
    each CLI run's unlock is audited, as it should be)."""
    vault = vault_mod.Vault.unlock(path, ref, passphrase=PASSPHRASE)
    try:
        heads = vault.conn.execute("SELECT id, head_rev, deleted FROM dependencies ORDER BY id").fetchall()
        revisions = vault.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    finally:
        vault.close(backup=False)
    return (*map(tuple, heads), ("revisions", "", revisions))


def run_import(path: Path, secret: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    rc = cli.run(["register", "import", str(path), str(file), "--passphrase-file", str(secret)])
    err = capsys.readouterr().err
    return rc, err


def check(path: Path, secret: Path, file: Path, ref: ReferenceData, capsys: pytest.CaptureFixture[str]) -> None:
    before = register_state(path, ref)
    rc, err = run_import(path, secret, file, capsys)
    assert rc in (0, 1), err
    assert "unexpected error" not in err, err
    assert "Traceback" not in err, err
    if rc == 1:
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith("sdapp: "), err
        assert register_state(path, ref) == before
    else:  # every row is there: known ids updated, new ones added (a row without an id gets a
        # fresh one on each reading, so compare counts, and the ids the file names)
        before_ids = {row[0] for row in before[:-1]}
        read = read_register(file, ref)
        after_ids = {row[0] for row in register_state(path, ref)[:-1]}
        assert len(after_ids) == len(before_ids | {d.id for d in read})
        assert {d.id for d in read if d.id in before_ids} <= after_ids


def storable(value: Any) -> Any:
    """What a spreadsheet can hold: no control characters (openpyxl refuses them itself), no
    time zones."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return value


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=rows(), delimiter=st.sampled_from([",", ";", "\t"]))
def test_made_up_csv_imports_whole_or_not_at_all(closed_vault: tuple[Path, Path], tmp_path: Path, ref: ReferenceData,
                                                 capsys: pytest.CaptureFixture[str], data: list[dict[str, str]],
                                                 delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(data)
    file = tmp_path / "register.csv"
    file.write_text(out.getvalue(), encoding="utf-8")
    check(*closed_vault, file, ref, capsys)


@FUZZ
@given(data=rows(), odd=st.lists(st.tuples(st.integers(0, len(COLUMNS) - 1), XLSX_VALUES), max_size=4))
def test_made_up_xlsx_imports_whole_or_not_at_all(closed_vault: tuple[Path, Path], tmp_path: Path, ref: ReferenceData,
                                                  capsys: pytest.CaptureFixture[str], data: list[dict[str, str]],
                                                  odd: list[tuple[int, Any]]) -> None:
    """As a spreadsheet program leaves it: numbers, dates, booleans and empty cells where text was."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    for row in data:
        sheet.append([storable(row.get(c, "")) for c in COLUMNS])
    for column, value in odd:
        sheet.cell(row=2, column=column + 1, value=storable(value))
    file = tmp_path / "register.xlsx"
    workbook.save(file)
    check(*closed_vault, file, ref, capsys)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_as_xlsx_only_raise_register_file_error(ref: ReferenceData, data: bytes,
                                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    file = tmp_path_factory.mktemp("xlsx") / "register.xlsx"
    file.write_bytes(data)
    with pytest.raises(RegisterFileError):
        read_register(file, ref)
