"""The register as a flat table: one row per dependency, a stable documented column set.

Pure conversion between :class:`Dependency` and rows of cells, used by the CSV, XLSX and
JSON import/export (``sdapp.analysis.register_files``) and documented in docs/IMPORT.md.
Cells may come as CSV text, openpyxl values (numbers, dates, None) or JSON values, so each
column is parsed leniently in type but strictly in content: a bad cell is a
:class:`RowError` naming row and column, never a silent guess.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sdapp.core.errors import DomainError
from sdapp.core.model import (
    Assessment,
    CountryShare,
    CriticalityScore,
    Dependency,
    RiskScore,
    SupplyStage,
    is_uuid,
    new_id,
    validate_dependency,
)
from sdapp.core.reference import ReferenceData
from sdapp.core.risk import RiskMatrix, is_risky_strategic

COLUMNS: tuple[str, ...] = (
    "id", "name", "kind", "domain", "description", "cn_codes", "lead_ministry", "contact", "status",
    "classification", "tags", "eu_lists", "review_date", "import_reliance", "stock_coverage_days",
    "substitutability", "supply", "criticality",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("id", "name", "kind", "domain")
# Written by exports for reading, ignored on import: the latest assessment of each record
# (assessments are changed in the app, not through register files).
ASSESSMENT_COLUMNS: tuple[str, ...] = (
    "assessed_on", "assessor", "likelihood", "impact", "risk_level", "risky_strategic",
    "inherent_risk", "residual_risk", "matrix_version",
)
READ_ONLY_KEYS: tuple[str, ...] = (*ASSESSMENT_COLUMNS, "latest_assessment")
LIST_COLUMNS: tuple[str, ...] = ("cn_codes", "tags", "eu_lists")
NUMBER_COLUMNS: tuple[str, ...] = ("import_reliance", "stock_coverage_days")
LIST_SEPARATOR = "; "
# Keys of Dependency.to_dict() that differ from the column name (JSON files carry to_dict()).
ALIASES: Mapping[str, str] = {"stages": "supply"}

_TEXT_COLUMNS = ("name", "description", "contact")  # free text, kept verbatim
_CODE_COLUMNS = ("kind", "domain", "lead_ministry", "status", "classification", "substitutability")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER_RE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DECIMAL_COMMA_RE = re.compile(r"[+-]?\d+,\d+")  # Dutch spreadsheets write 12,5


class RowError(DomainError):
    """One bad cell (or row) of an imported table; ``column`` is "" for whole-row problems."""

    def __init__(self, row: int, column: str, reason: str) -> None:
        where = f"row {row}, column {column!r}" if column else f"row {row}"
        super().__init__(f"{where}: {reason}")
        self.row = row
        self.column = column
        self.reason = reason


# export ---------------------------------------------------------------------------


def number_text(value: float | None) -> str:
    """Plain text for a number: no exponent for whole numbers, shortest exact form otherwise."""
    if value is None:
        return ""
    return str(int(value)) if math.isfinite(value) and value.is_integer() else repr(value)


def _json_text(items: list[Any]) -> str:
    return json.dumps(items, ensure_ascii=False, sort_keys=True, separators=(",", ":")) if items else ""


def dependency_to_row(dep: Dependency) -> dict[str, str]:
    """All :data:`COLUMNS` as text; lists joined with "; ", supply/criticality as JSON."""
    data = dep.to_dict()
    row = {col: str(data[col]) for col in ("id", *_TEXT_COLUMNS, *_CODE_COLUMNS)}
    row.update({col: LIST_SEPARATOR.join(data[col]) for col in LIST_COLUMNS})
    row.update({col: number_text(data[col]) for col in NUMBER_COLUMNS})
    row["review_date"] = data["review_date"] or ""
    row["supply"] = _json_text(data["stages"])
    row["criticality"] = _json_text(data["criticality"])
    return {col: row[col] for col in COLUMNS}


# import: cells --------------------------------------------------------------------


def _text(value: object, where: tuple[int, str]) -> str:
    """Any scalar cell as text (a CN code or phone number may arrive as a number from Excel)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise RowError(*where, "expected text, not true/false")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise RowError(*where, f"expected text, not {_type_name(value)}")


def _type_name(value: object) -> str:
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__


def _list(value: object, where: tuple[int, str]) -> list[str]:
    if isinstance(value, list):
        return [_text(v, where) for v in value]
    parts = (p.strip() for p in _text(value, where).split(";"))
    return [p for p in parts if p]


def _date(value: object, where: tuple[int, str]) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = value.strip() if isinstance(value, str) else None
    if value is None or text == "":
        return None
    if text is not None and _DATE_RE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise RowError(*where, "not a date (expected yyyy-mm-dd)")


def _number(value: object, where: tuple[int, str]) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RowError(*where, "not a number")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if _DECIMAL_COMMA_RE.fullmatch(text):
            text = text.replace(",", ".")
        if not _NUMBER_RE.fullmatch(text):
            raise RowError(*where, f"{value!r} is not a number (use a dot or comma for decimals)")
        value = text
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise RowError(*where, "number out of range")
    return number


def _json_items(value: object, where: tuple[int, str]) -> list[Any]:
    """A list of objects given as JSON text, a list, or a single object."""
    if isinstance(value, str):
        if not value.strip():
            return []
        try:
            value = json.loads(value)
        except (ValueError, RecursionError) as exc:
            raise RowError(*where, f"not valid JSON ({exc})") from exc
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise RowError(*where, "expected a JSON list of objects")
    return value


def _fields(item: dict[str, Any], n: int, allowed: dict[str, type | tuple[type, ...]], required: set[str],
            where: tuple[int, str]) -> dict[str, Any]:
    """Check one JSON object's keys and types; unknown keys are refused so nothing is dropped."""
    unknown = set(item) - set(allowed)
    if unknown:
        raise RowError(*where, f"item {n}: unknown key {sorted(unknown)[0]!r}")
    for key, kind in allowed.items():
        if key not in item:
            if key in required:
                raise RowError(*where, f"item {n}: {key!r} is missing")
            continue
        if isinstance(item[key], bool) or not isinstance(item[key], kind):
            want = "a number" if kind == (int, float) else "a list" if kind is list else "text"
            raise RowError(*where, f"item {n}: {key!r} must be {want}")
    return item


def _stages(value: object, where: tuple[int, str]) -> list[SupplyStage]:
    out = []
    for n, raw in enumerate(_json_items(value, where), 1):
        item = _fields(raw, n, {"stage": str, "shares": list, "note": str}, {"stage"}, where)
        shares = []
        for s in item.get("shares", []):
            if not isinstance(s, dict):
                raise RowError(*where, f"item {n}: each share must be an object")
            s = _fields(s, n, {"country": str, "share": (int, float)}, {"country", "share"}, where)
            share = _number(s["share"], where)
            shares.append(CountryShare(country=s["country"], share=share if share is not None else 0.0))
        out.append(SupplyStage(stage=item["stage"], shares=shares, note=item.get("note", "")))
    return out


def _criticality(value: object, where: tuple[int, str]) -> list[CriticalityScore]:
    out = []
    for n, raw in enumerate(_json_items(value, where), 1):
        item = _fields(raw, n, {"criterion": str, "level": str, "rationale": str}, {"criterion", "level"}, where)
        out.append(CriticalityScore(item["criterion"], item["level"], item.get("rationale", "")))
    return out


def _filled(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _column_of(field: str) -> str:
    return "supply" if field.startswith("stages") else field


_FIELD_OF_COLUMN = {"supply": "stages"}


def merge_partial(existing: Dependency, incoming: Dependency, columns: frozenset[str]) -> Dependency:
    """``incoming`` came from a file with only ``columns``: keep every other field of ``existing``.

    A spreadsheet with just id, name and status must update those, not reset the record's
    classification, supply chain or criticality to defaults.
    """
    if set(COLUMNS) <= columns:
        return incoming
    merged = existing.to_dict()
    new = incoming.to_dict()
    for column in columns:
        field = _FIELD_OF_COLUMN.get(column, column)
        if field in new and field != "id":
            merged[field] = new[field]
    return Dependency.from_dict(merged)


def assessment_columns(a: Assessment | None, matrix: RiskMatrix | None) -> dict[str, str]:
    """The read-only assessment columns of one record ('' everywhere when not assessed)."""
    if a is None or a.current is None or matrix is None:
        return dict.fromkeys(ASSESSMENT_COLUMNS, "")

    def pair(score: RiskScore | None) -> str:
        return f"{score.likelihood}{score.impact}" if score else ""

    return {
        "assessed_on": a.assessed_on.isoformat(), "assessor": a.assessor,
        "likelihood": a.current.likelihood, "impact": a.current.impact,
        "risk_level": matrix.lookup(a.current.likelihood, a.current.impact).code,
        "risky_strategic": "yes" if is_risky_strategic(a.current.impact, a.current.likelihood, matrix) else "no",
        "inherent_risk": pair(a.inherent), "residual_risk": pair(a.residual), "matrix_version": str(a.matrix_version),
    }


def row_to_dependency(row: Mapping[str, object], row_number: int, ref: ReferenceData) -> Dependency:
    """One row as a valid :class:`Dependency`; an empty id makes a new record.

    Missing optional columns and empty cells take the defaults of :class:`Dependency`.
    Raises :class:`RowError` for the first bad cell or the first domain-rule violation.
    """
    row = {ALIASES.get(k, k): v for k, v in row.items()}

    def cell(col: str, parse: Callable[[object, tuple[int, str]], Any]) -> Any:
        return parse(row.get(col), (row_number, col))

    dep_id = cell("id", _text).strip().lower()
    if dep_id and not is_uuid(dep_id):
        raise RowError(row_number, "id", f"{dep_id!r} is not a UUID")
    values: dict[str, Any] = {col: cell(col, _text) for col in _TEXT_COLUMNS}
    values.update({col: cell(col, _text).strip() for col in _CODE_COLUMNS})
    for col in ("status", "classification"):
        if not values[col]:
            del values[col]  # take the model's default
    values.update({col: cell(col, _list) for col in LIST_COLUMNS})
    values.update({col: cell(col, _number) for col in NUMBER_COLUMNS})
    dep = Dependency(
        id=dep_id or new_id(), review_date=cell("review_date", _date), stages=cell("supply", _stages),
        criticality=cell("criticality", _criticality), **values,
    )
    problems = validate_dependency(dep, ref)
    if problems:
        first = problems[0]
        stage = re.fullmatch(r"stages\[(.*)\]", first.field)
        reason = f"stage {stage.group(1)!r}: {first.reason}" if stage else first.reason
        raise RowError(row_number, _column_of(first.field), reason)
    return dep


# import: tables -------------------------------------------------------------------


def _unknown_column(row_number: int, name: str) -> RowError:
    if not name:
        return RowError(row_number, "", "a column has values but no name in the header")
    close = difflib.get_close_matches(name, COLUMNS, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f"; expected {', '.join(COLUMNS)}"
    return RowError(row_number, name, f"unknown column{hint}")


def check_columns(names: Sequence[str], row_number: int = 1) -> list[RowError]:
    """Problems of a header (or one JSON object's keys): unknown, repeated or missing columns."""
    errors: list[RowError] = []
    seen: set[str] = set()
    for raw in names:
        name = ALIASES.get(raw, raw)
        if name in READ_ONLY_KEYS:
            continue
        if name not in COLUMNS:
            errors.append(_unknown_column(row_number, raw))
        elif name in seen:
            errors.append(RowError(row_number, raw, "column appears twice"))
        seen.add(name)
    errors.extend(RowError(row_number, c, "required column is missing") for c in REQUIRED_COLUMNS if c not in seen)
    return errors


def collect(rows: Iterable[Mapping[str, object]], ref: ReferenceData, *, header: Sequence[str] | None = None,
            start: int = 2) -> tuple[list[Dependency], list[RowError]]:
    """Convert every row and report every problem, so a file is fixed in one pass.

    ``header`` is the header row of a CSV/XLSX (checked once, as row 1); without it each
    row's keys are checked (JSON). ``start`` is the number of the first row: 2 below a
    header, 1 for the items of a JSON list. Duplicate ids within the rows are problems too.
    Below a header, blank rows (every cell empty) are skipped but still counted.
    """
    if header is not None:
        header_errors = check_columns(header)
        if header_errors:
            return [], header_errors
    deps: list[Dependency] = []
    errors: list[RowError] = []
    first_row_of: dict[str, int] = {}
    for number, row in enumerate(rows, start):
        if header is not None and not any(_filled(v) for v in row.values()):
            continue
        if header is None:
            key_errors = check_columns(list(row), number)
            if key_errors:
                errors.append(key_errors[0])
                continue
        try:
            dep = row_to_dependency(row, number, ref)
        except RowError as exc:
            errors.append(exc)
            continue
        if dep.id in first_row_of:
            errors.append(RowError(number, "id", f"duplicate id {dep.id}, also in row {first_row_of[dep.id]}"))
            continue
        first_row_of[dep.id] = number
        deps.append(dep)
    return deps, errors
