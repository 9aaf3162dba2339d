"""Country-disruption stress tests: which dependencies lose most supply, weighted by criticality.

Two sources per dependency: the register's supply shares per stage, and, where the
dependency's product codes match stored trade data, its imports (all reporters, the newest
year with import data for those codes; stage ``trade``). The rules are in
:mod:`sdapp.core.trade`; this module gathers the figures and writes the result files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from sdapp.analysis.register_files import neutralise
from sdapp.analysis.trade_store import load_rows
from sdapp.core.model import Dependency
from sdapp.core.trade import (
    FLOW_CODE,
    NOT_SPECIFIED,
    TRADE_STAGE,
    StressRow,
    dependency_codes,
    rank,
    register_stress_rows,
    stress_row,
)
from sdapp.vault.errors import StorageError
from sdapp.vault.fsutil import atomic_write
from sdapp.vault.vault import Vault

COLUMNS = ["dependency_id", "name", "stage", "lost_share", "criticality", "score"]


def import_shares(rows: pd.DataFrame, codes: Sequence[str]) -> tuple[int, dict[str, float]] | None:
    """(year, partner -> fraction of total imports) of the products under ``codes`` in the newest
    year with imports; partners not specified count in the total, not as a partner."""
    if rows.empty or not codes:
        return None
    categories = rows["product"].cat.categories
    wanted = np.array([str(c).startswith(tuple(codes)) for c in categories], dtype=bool)
    mask = wanted[rows["product"].cat.codes.to_numpy()] & (rows["flow"].to_numpy() == FLOW_CODE["import"])
    picked = rows[mask]
    if picked.empty:
        return None
    year = int(picked["year"].max())
    latest = picked[picked["year"].to_numpy() == year]
    by_partner = latest.groupby("partner", observed=True)["value"].sum()
    total = float(by_partner.sum())
    if total <= 0:
        return None
    return year, {str(p): float(v) / total for p, v in by_partner.items() if str(p) != NOT_SPECIFIED and v > 0}


def trade_stress_rows(deps: Iterable[Dependency], rows: pd.DataFrame, losses: Mapping[str, float]) -> list[StressRow]:
    out = []
    for dep in deps:
        codes = dependency_codes(dep)
        found = import_shares(rows, codes)
        if found is None:
            continue
        year, shares = found
        row = stress_row(dep, TRADE_STAGE, shares, losses, detail=f"{year}: {', '.join(codes)}")
        if row is not None:
            out.append(row)
    return out


def run_stress(vault: Vault, losses: Mapping[str, float], deps: Sequence[Dependency] | None = None) -> list[StressRow]:
    """Ranked rows for the scenario ``losses`` (country -> lost fraction) over the register."""
    deps = list(deps) if deps is not None else vault.dependencies.all()
    rows = register_stress_rows(deps, losses)
    if vault.trade.has_data():
        codes = sorted({c for d in deps for c in dependency_codes(d)})
        if codes:
            rows += trade_stress_rows(deps, load_rows(vault, codes, quantity=False), losses)
    return rank(rows)


def result_table(rows: Sequence[StressRow]) -> list[list[str]]:
    """The export table: :data:`COLUMNS`, shares as fractions with 6 decimals."""
    return [[r.dependency_id, r.name, r.stage, f"{r.lost_share:.6f}", r.criticality, f"{r.score:.6f}"]
            for r in rows]


def csv_text(rows: Sequence[StressRow]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([neutralise(cell) for cell in line] for line in result_table(rows))
    return buf.getvalue()


def write_stress(path: Path, rows: Sequence[StressRow], scenario_name: str = "") -> None:
    """Atomic CSV or XLSX export (by suffix), spreadsheet formulas neutralised."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = csv_text(rows).encode("utf-8-sig")
    elif suffix == ".xlsx":
        data = _xlsx_bytes(rows, scenario_name)
    else:
        raise StorageError(f"{path.name}: export as .csv or .xlsx")
    atomic_write(path, data)


def _xlsx_bytes(rows: Sequence[StressRow], scenario_name: str) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Stress test"
    ws.append(COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([neutralise(r.dependency_id), neutralise(r.name), r.stage, round(r.lost_share, 6), r.criticality,
                   round(r.score, 6)])
    for column, width in zip("ABCDEF", (38, 48, 16, 12, 12, 10), strict=True):
        ws.column_dimensions[column].width = width
    if scenario_name:
        ws.oddFooter.left.text = neutralise(scenario_name)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
