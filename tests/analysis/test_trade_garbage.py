"""Property: whatever bytes the trade importer is given, it either imports good rows or refuses
with a reason (TradeFileError / TradeImportRefused) and writes nothing; it never raises
anything else."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sdapp.analysis.trade_formats import TradeFileError
from sdapp.analysis.trade_store import TradeImportRefused, import_trade_file
from sdapp.vault.vault import Created, Vault

HEADERS = [
    "reporter,partner,product,flow,year,value_eur,quantity_kg",
    "reporter;partner;product;flow;year;value_eur",
    "DECLARANT_ISO,PARTNER_ISO,PRODUCT_NC,FLOW,PERIOD,VALUE_IN_EUROS,QUANTITY_IN_KG",
    "reporterISO\tpartnerISO\tcmdCode\tflowCode\trefYear\tprimaryValue\tnetWgt",
]
CELLS = st.one_of(
    st.sampled_from(["NL", "CN", "EL", "WORLD", "QU", "8542", "85423190", "0101", "import", "M", "2", "2023",
                     "202352", "1,5", "1.5", "-3", "", '"', "inf", "1e308", "NaN", "TOTAL", "\u00a0", "=1+1"]),
    st.text(max_size=12),
)
counter = itertools.count()


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    from sdapp.assets import load_reference
    from sdapp.vault.vault import create
    from tests.conftest import FAST_KDF

    created: Created = create(tmp_path_factory.mktemp("garbage") / "v", load_reference(), user="anna",
                              department="EZ", passphrase="correct horse battery", params=FAST_KDF)
    yield created.vault
    created.vault.close(backup=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("garbage-files")


def stored(v: Vault) -> tuple[int, int, int]:
    return (v.conn.execute("SELECT count(*) FROM trade_files").fetchone()[0],
            v.conn.execute("SELECT count(*) FROM trade_chunks").fetchone()[0],
            v.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def attempt(v: Vault, path: Path, **kw: object) -> None:
    """Import; on refusal nothing may have changed; on success the rows are the good ones."""
    before = stored(v)
    result = None
    try:
        result = import_trade_file(v, path, **kw)  # type: ignore[arg-type]
    except (TradeFileError, TradeImportRefused) as exc:
        refusal = str(exc)
    else:
        refusal = ""
    if refusal or result is None:
        assert refusal.strip()
        assert stored(v) == before
        return
    if result.already_imported:
        assert stored(v) == before
        return
    assert result.rows == result.report.good_rows > 0
    assert stored(v)[0] == before[0] + 1
    v.trade.remove_file(result.file.id)  # keep the vault small for the next example


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes(vault: Vault, folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"r{next(counter)}{suffix}"
    path.write_bytes(data)
    attempt(vault, path)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.sampled_from(HEADERS), rows=st.lists(st.lists(CELLS, max_size=9), max_size=8),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]), good_only=st.booleans(),
       fmt=st.sampled_from([None, "generic", "comext", "comtrade"]))
def test_garbage_rows_under_a_real_header(vault: Vault, folder: Path, header: str, rows: list[list[str]],
                                          encoding: str, good_only: bool, fmt: str | None) -> None:
    delimiter = "\t" if "\t" in header else (";" if ";" in header else ",")
    text = "\n".join([header, *(delimiter.join(r) for r in rows)]) + "\n"
    path = folder / f"g{next(counter)}.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    attempt(vault, path, fmt=fmt, good_rows_only=good_only)


def test_the_vault_is_still_sound(vault: Vault) -> None:
    assert vault.check() == []


def test_a_new_vault_has_empty_trade_tables(make_vault: Callable[..., Created]) -> None:
    """A trade-free vault has the step-5 tables, empty."""
    v = make_vault().vault
    assert stored(v)[:2] == (0, 0)
    assert v.trade.files() == []
    assert not v.trade.has_data()
    assert v.trade.chapters() == []


VALID = {
    "reporter": st.sampled_from(["NL", "NLD", "528", "EL", "EU"]),
    "partner": st.sampled_from(["CN", "US", "DE", "QU", "WORLD", "156", "TWN"]),
    "product": st.sampled_from(["8542", "85423190", "0101", "101", "TOTAL"]),
    "flow": st.sampled_from(["import", "export", "M", "2", "RX"]),
    "year": st.sampled_from(["2022", "2023", "202305"]),
    "value_eur": st.sampled_from(["1", "2.5", "0", "1000000"]),
}


@st.composite
def mostly_good_rows(draw: st.DrawFn) -> list[list[str]]:
    rows = []
    for _ in range(draw(st.integers(1, 12))):
        row = [draw(VALID[c]) for c in VALID]
        if draw(st.integers(0, 5)) == 0:  # now and then one cell of garbage
            row[draw(st.integers(0, len(row) - 1))] = draw(CELLS)
        rows.append(row)
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=mostly_good_rows(), good_only=st.booleans())
def test_mostly_good_files_import_exactly_their_good_rows(vault: Vault, folder: Path, rows: list[list[str]],
                                                          good_only: bool) -> None:
    path = folder / f"m{next(counter)}.csv"
    path.write_text("\n".join([",".join(VALID), *(",".join(r) for r in rows)]) + "\n", encoding="utf-8")
    before = stored(vault)
    try:
        result = import_trade_file(vault, path, good_rows_only=good_only)
    except (TradeFileError, TradeImportRefused) as exc:
        refused = exc
    else:
        refused = None
    if refused is not None:
        assert stored(vault) == before
        if isinstance(refused, TradeImportRefused):
            assert refused.report.bad_rows > 0 or refused.report.good_rows == 0
        return
    assert result.rows == result.report.good_rows > 0
    assert result.report.rows_read == len(rows)
    assert result.rows + result.report.bad_rows + sum(result.report.left_out.values()) == len(rows)
    assert vault.trade.row_count() == result.rows  # every example removes its file again
    vault.trade.remove_file(result.file.id)
