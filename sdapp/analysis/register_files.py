"""Register import/export as CSV, XLSX or JSON files (format chosen by the file suffix).

Exports are atomic and neutralise spreadsheet formulas; imports validate the whole file
before returning anything, so a register is never half-imported. Every failure is a
:class:`RegisterFileError` with a one-line reason fit for the user. See docs/IMPORT.md.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from sdapp.core.model import Dependency
from sdapp.core.reference import ReferenceData
from sdapp.core.register_table import (
    ALIASES,
    ASSESSMENT_COLUMNS,
    COLUMNS,
    NUMBER_COLUMNS,
    RowError,
    collect,
    dependency_to_row,
)
from sdapp.vault.errors import StorageError
from sdapp.vault.fsutil import atomic_write

FORMAT = "sdapp-register"
VERSION = 1
SHEET = "Register"
SUFFIXES = (".csv", ".xlsx", ".json")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_WIDTHS = {"id": 38, "name": 30, "description": 50, "supply": 50, "criticality": 50}


class RegisterFileError(Exception):
    """A register file cannot be written or read; ``problems`` lists bad rows, if that was why."""

    def __init__(self, reason: str | Sequence[RowError]) -> None:
        self.problems: list[RowError] = [] if isinstance(reason, str) else list(reason)
        message = reason if isinstance(reason, str) else "the register file is not valid"
        if self.problems:
            more = len(self.problems) - 1
            message = str(self.problems[0]) + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")
        super().__init__(message)


# formula injection ------------------------------------------------------------------


def neutralise(text: str) -> str:
    """Prefix an apostrophe so a spreadsheet shows the text instead of running it.

    Text that already starts with apostrophes before a trigger gets one more, so that
    :func:`restore` (which removes exactly one) gives back the original.
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_TRIGGERS) else text


def restore(text: str) -> str:
    """Inverse of :func:`neutralise`; other text (even with a leading apostrophe) is kept."""
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS) else text


# writing ----------------------------------------------------------------------------


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RegisterFileError(f"{path.name}: unsupported file type {suffix or '(none)'!r}; use .csv, .xlsx or .json")
    return suffix


Extra = Mapping[str, Mapping[str, str]]  # dep id -> read-only column -> text


def _extra_columns(extra: Extra | None) -> tuple[str, ...]:
    return ASSESSMENT_COLUMNS if extra is not None else ()


def _csv_bytes(deps: Sequence[Dependency], extra: Extra | None = None) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    more = _extra_columns(extra)
    writer.writerow([*COLUMNS, *more])
    for dep in deps:
        row = dependency_to_row(dep)
        added = (extra or {}).get(dep.id, {})
        writer.writerow([neutralise(row[c]) for c in COLUMNS] + [neutralise(added.get(c, "")) for c in more])
    return out.getvalue().encode("utf-8-sig")


def _xlsx_cell(column: str, text: str, row_number: int) -> object:
    """Native numbers and dates (no "number stored as text" in Excel), neutralised text."""
    if not text:
        return None
    if column in NUMBER_COLUMNS:
        number = float(text)
        if not math.isfinite(number) or float(f"{number:.16g}") != number:  # openpyxl keeps 16 digits
            return neutralise(text)
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if column == "review_date":
        return dt.date.fromisoformat(text)
    if ILLEGAL_CHARACTERS_RE.search(text):
        raise RegisterFileError(f"row {row_number}, column {column!r}: contains control characters that XLSX "
                                "cannot store; export as CSV or JSON instead")
    return neutralise(text)


def _xlsx_bytes(deps: Sequence[Dependency], extra: Extra | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    more = _extra_columns(extra)
    ws.append([*COLUMNS, *more])
    for i, name in enumerate((*COLUMNS, *more), 1):
        ws.cell(row=1, column=i).font = Font(bold=True)
        ws.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(name, 16)
    ws.freeze_panes = "A2"
    for n, dep in enumerate(deps, 2):
        row = dependency_to_row(dep)
        added = (extra or {}).get(dep.id, {})
        ws.append([_xlsx_cell(c, row[c], n) for c in COLUMNS] + [neutralise(added.get(c, "")) or None for c in more])
        if row["review_date"]:
            ws.cell(row=n, column=COLUMNS.index("review_date") + 1).number_format = "yyyy-mm-dd"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _json_bytes(deps: Sequence[Dependency], extra: Extra | None = None) -> bytes:
    items = []
    for d in deps:
        item = d.to_dict()
        if extra is not None:
            item["latest_assessment"] = dict(extra.get(d.id, {}))
        items.append(item)
    doc = {"format": FORMAT, "version": VERSION, "dependencies": items}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_WRITERS: dict[str, Callable[[Sequence[Dependency], Extra | None], bytes]] = {
    ".csv": _csv_bytes, ".xlsx": _xlsx_bytes, ".json": _json_bytes,
}


def register_bytes(deps: Sequence[Dependency], suffix: str, extra: Extra | None = None) -> bytes:
    """An export file's content without writing it (sealed packs keep their annex in memory)."""
    return _WRITERS[suffix](deps, extra)


def write_register(path: Path, deps: Sequence[Dependency], extra: Extra | None = None) -> None:
    """Export ``deps`` to ``path`` (format by suffix) atomically: the old file survives any failure.

    ``extra`` adds the read-only assessment columns (``ASSESSMENT_COLUMNS``; in JSON a
    ``latest_assessment`` object per record), which import ignores."""
    writer = _WRITERS[_suffix(path)]
    try:
        data = writer(deps, extra)
    except ValueError as exc:  # e.g. a lone surrogate from a hand-made JSON file cannot be encoded
        raise RegisterFileError(f"{path.name}: cannot export: {exc}") from exc
    try:
        atomic_write(path, data)
    except StorageError as exc:
        raise RegisterFileError(str(exc)) from exc


# reading ----------------------------------------------------------------------------


Parsed = tuple[list[Dependency], frozenset[str]]  # records and the columns the file had


def _table(path: Path, cells: Iterable[Sequence[object]], ref: ReferenceData) -> Parsed:
    """Header row plus data rows (formula apostrophes removed) -> validated dependencies."""
    rows = [[restore(c) if isinstance(c, str) else c for c in r] for r in cells]
    if not rows or not any(_filled(c) for c in rows[0]):
        raise RegisterFileError(f"{path.name}: the file is empty (no header row)")
    width = max(len(r) for r in rows)
    rows = [list(r) + [None] * (width - len(r)) for r in rows]
    header = ["" if c is None else str(c).strip().lower() for c in rows[0]]
    # Spreadsheets leave empty, unnamed columns at the right; only those are dropped.
    keep = [i for i, name in enumerate(header) if name or any(_filled(r[i]) for r in rows[1:])]
    header = [header[i] for i in keep]
    records = [{header[j]: r[i] for j, i in enumerate(keep)} for r in rows[1:]]
    deps, problems = collect(records, ref, header=header)
    if problems:
        raise RegisterFileError(problems)
    return deps, frozenset(ALIASES.get(h, h) for h in header)


def _filled(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel "Unicode text"), else Windows-1252."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RegisterFileError(f"{path.name}: not a text file in UTF-8 or Windows-1252")


def _read_csv(path: Path, raw: bytes, ref: ReferenceData) -> Parsed:
    text = _decode(path, raw)
    if "\0" in text:
        raise RegisterFileError(f"{path.name}: not a CSV text file (it contains binary data)")
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)  # ties go to the comma
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        cells = list(reader)
    except csv.Error as exc:
        raise RegisterFileError(f"{path.name}: not a valid CSV file (line {reader.line_num}: {exc})") from exc
    return _table(path, cells, ref)


def _read_xlsx(path: Path, raw: bytes, ref: ReferenceData) -> Parsed:
    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        try:
            ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
            cells = list(ws.iter_rows(values_only=True))
        finally:
            wb.close()
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, key, value errors)
        raise RegisterFileError(f"{path.name}: not a readable XLSX workbook (password-protected, old .xls or "
                                "damaged?)") from exc
    return _table(path, cells, ref)


def _read_json(path: Path, raw: bytes, ref: ReferenceData) -> Parsed:
    try:
        doc: Any = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise RegisterFileError(f"{path.name}: not a valid UTF-8 JSON file ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise RegisterFileError(f"{path.name}: not an sdapp register file (expected \"format\": \"{FORMAT}\")")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RegisterFileError(f"{path.name}: \"version\" must be a whole number from 1")
    if version > VERSION:
        raise RegisterFileError(f"{path.name}: made by a newer version of sdapp (format version {version})")
    items = doc.get("dependencies")
    if not isinstance(items, list):
        raise RegisterFileError(f"{path.name}: \"dependencies\" must be a list")
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise RegisterFileError(f"{path.name}: dependency {n} is not a JSON object")
    deps, problems = collect(items, ref, start=1)
    if problems:
        raise RegisterFileError(problems)
    keys = [frozenset(ALIASES.get(k, k) for k in item) for item in items]
    return deps, frozenset.intersection(*keys) if keys else frozenset(COLUMNS)


_READERS: dict[str, Callable[[Path, bytes, ReferenceData], Parsed]] = {
    ".csv": _read_csv, ".xlsx": _read_xlsx, ".json": _read_json,
}


def read_register(path: Path, ref: ReferenceData) -> list[Dependency]:
    """Import a register file (format by suffix), all or nothing.

    Every row is validated first; if any is bad, :class:`RegisterFileError` lists them
    all in ``problems`` and nothing is returned. Records without id get a new one.
    """
    return read_register_columns(path, ref)[0]


def read_register_columns(path: Path, ref: ReferenceData) -> Parsed:
    """As :func:`read_register`, plus the columns the file has (so an update from a file with
    fewer columns keeps the fields it does not mention; see ``merge_partial``)."""
    reader = _READERS[_suffix(path)]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegisterFileError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise RegisterFileError(f"{path.name}: the file is empty")
    return reader(path, raw, ref)


# plain tables (overviews) ------------------------------------------------------------------

Cell = str | int | float | dt.date | None
TABLE_SUFFIXES = (".csv", ".xlsx")


def _table_csv(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([neutralise(h) for h in headers])
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) if isinstance(v, str)
                         else v.isoformat() if isinstance(v, dt.date) else f"{v:.15g}" if isinstance(v, float)
                         else str(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def _table_xlsx(headers: Sequence[str], rows: Sequence[Sequence[Cell]], sheet: str, marking: str,
                widths: Sequence[int]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    ws.append([neutralise(h) for h in headers])
    for i in range(1, len(headers) + 1):
        ws.cell(row=1, column=i).font = Font(bold=True)
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1] if i <= len(widths) else 16
    ws.freeze_panes = "A2"
    for n, row in enumerate(rows, 2):
        values: list[object] = []
        for v in row:
            if isinstance(v, str):
                if ILLEGAL_CHARACTERS_RE.search(v):
                    raise RegisterFileError(f"row {n}: contains control characters that XLSX cannot store; "
                                            "export as CSV instead")
                values.append(neutralise(v) or None)
            elif isinstance(v, float) and not math.isfinite(v):
                values.append(None)
            else:
                values.append(v)
        ws.append(values)
        for i, v in enumerate(row, 1):
            if isinstance(v, dt.date):
                ws.cell(row=n, column=i).number_format = "yyyy-mm-dd"
    if marking:  # printed at the top and bottom of every page, as classified documents are
        for part in (ws.oddHeader.center, ws.oddFooter.center):
            part.text = marking
            part.font = "Arial,Bold"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]], *, sheet: str = "Table",
                marking: str = "", widths: Sequence[int] = ()) -> None:
    """Export a table to ``path`` as CSV (UTF-8 with BOM, for Excel) or XLSX by suffix.

    Text that a spreadsheet would run as a formula is neutralised; numbers and dates stay
    native in XLSX; ``marking`` (a classification) goes into the XLSX page header and footer.
    The write is atomic: the old file survives any failure."""
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise RegisterFileError(f"{path.name}: unsupported file type {suffix or '(none)'!r}; use .csv or .xlsx")
    try:
        data = _table_csv(headers, rows) if suffix == ".csv" else _table_xlsx(headers, rows, sheet, marking, widths)
    except ValueError as exc:
        raise RegisterFileError(f"{path.name}: cannot export: {exc}") from exc
    try:
        atomic_write(path, data)
    except StorageError as exc:
        raise RegisterFileError(str(exc)) from exc
