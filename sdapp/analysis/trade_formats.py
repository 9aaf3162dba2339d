"""Trade-data files: format detection, chunked reading, normalisation, the validation report.

Three formats (docs/IMPORT.md): Eurostat Comext bulk, UN Comtrade export and a generic
one, as CSV (UTF-8 with or without BOM, UTF-16 with BOM, cp1252; comma, semicolon, tab or
pipe; decimal commas) or XLSX. The format is found from the header; a caller may force one.

Speed (DESIGN.md section 7): text columns are read as pandas categoricals, so each distinct
code is parsed and checked once, not once per row; numbers stay in the C parser. Files are
read in chunks of :data:`CHUNK_ROWS`, so memory stays bounded whatever the file size.
Every bad row is reported with its row number (the header is row 1, as a spreadsheet shows
it), the column and the reason; the first :data:`MAX_PROBLEMS` in full, the rest counted.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import threading
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sdapp.core.reference import ReferenceData
from sdapp.core.trade import CodeResult, country_code, flow_code, period_code, product_code

CHUNK_ROWS = 1_000_000
XLSX_CHUNK_ROWS = 100_000
MAX_PROBLEMS = 10_000
ROLES = ("reporter", "partner", "product", "flow", "period", "value", "quantity")
TEXT_ROLES = ("reporter", "partner", "product", "flow", "period")


class TradeFileError(Exception):
    """The file as a whole cannot be read (not a table, unknown format, bad encoding...)."""


@dataclass(frozen=True)
class FormatSpec:
    name: str
    label: str
    columns: dict[str, tuple[str, ...]]  # role -> header names, preferred first (case-insensitive)
    optional: frozenset[str]
    currency: str
    iso_numeric: bool  # numeric country codes are ISO (not Eurostat's geonomenclature)
    comext_period: bool  # YYYY52 is a whole year


FORMATS: dict[str, FormatSpec] = {
    "comext": FormatSpec(
        "comext", "Eurostat Comext bulk",
        {"reporter": ("DECLARANT_ISO", "REPORTER_ISO", "DECLARANT", "REPORTER"),
         "partner": ("PARTNER_ISO", "PARTNER"), "product": ("PRODUCT_NC", "PRODUCT_CN", "PRODUCT"),
         "flow": ("FLOW",), "period": ("PERIOD",), "value": ("VALUE_IN_EUROS", "VALUE_EUR"),
         "quantity": ("QUANTITY_IN_KG", "QUANTITY_KG")},
        frozenset({"quantity"}), "EUR", iso_numeric=False, comext_period=True),
    "comtrade": FormatSpec(
        "comtrade", "UN Comtrade export",
        {"reporter": ("reporterISO",), "partner": ("partnerISO",), "product": ("cmdCode",),
         "flow": ("flowCode",), "period": ("period", "refYear"), "value": ("primaryValue",),
         "quantity": ("netWgt",)},
        frozenset({"quantity"}), "USD", iso_numeric=True, comext_period=False),
    "generic": FormatSpec(
        "generic", "generic",
        {"reporter": ("reporter",), "partner": ("partner",), "product": ("product",), "flow": ("flow",),
         "period": ("year", "period"), "value": ("value_eur", "value"), "quantity": ("quantity_kg", "quantity")},
        frozenset({"quantity"}), "EUR", iso_numeric=True, comext_period=False),
}


# the report --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BadRow:
    row: int  # 1 = the header row
    column: str  # the file's own column name ("" for the row as a whole)
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}, column {self.column}" if self.column else f"row {self.row}"
        return f"{where}: {self.reason}"


@dataclass
class ValidationReport:
    """What the reading found. ``problems`` holds the first :data:`MAX_PROBLEMS` in full;
    ``reasons`` counts every problem by column and kind of reason."""

    file: str
    format: str = ""
    rows_read: int = 0
    good_rows: int = 0
    bad_rows: int = 0
    left_out: Counter[str] = field(default_factory=Counter)  # kind -> rows recognised and not stored
    problems: list[BadRow] = field(default_factory=list)
    problem_count: int = 0
    reasons: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return self.bad_rows == 0

    def add(self, problems: Sequence[BadRow], kinds: Sequence[tuple[str, str]]) -> None:
        room = MAX_PROBLEMS - len(self.problems)
        if room > 0:
            self.problems.extend(problems[:room])
        self.problem_count += len(kinds)
        self.reasons.update(kinds)

    def summary(self) -> str:
        text = (f"{self.file}: {self.rows_read} rows read ({FORMATS[self.format].label if self.format else '?'}"
                f" format), {self.good_rows} good, {self.bad_rows} bad")
        if self.left_out:
            text += ", " + self.left_out_text()
        return text

    def left_out_text(self) -> str:
        """e.g. "1 World/EU aggregate row and 2 product total rows left out" ("" when none)."""
        parts = [f"{n} {what} row{'s' * (n != 1)}" for what, n in sorted(self.left_out.items())]
        if not parts:
            return ""
        return (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + " left out"

    def lines(self) -> list[str]:
        """The report as text lines: the summary, every listed problem, then the count of the rest."""
        out = [self.summary()]
        out += [str(p) for p in sorted(self.problems, key=lambda p: (p.row, p.column))]
        rest = self.problem_count - len(self.problems)
        if rest > 0:
            out.append(f"... and {rest} more problems:")
            out += [f"  {n} x column {col}: {kind}" for (col, kind), n in self.reasons.most_common()]
        return out


# layout: what the file is and where the columns are ----------------------------------------------

@dataclass
class Layout:
    spec: FormatSpec
    kind: str  # csv | xlsx
    header: list[str]
    columns: dict[str, int]  # role -> column index
    encoding: str = ""
    delimiter: str = ","
    decimal: str = "."
    thousands: str | None = None
    product_as_text: bool = False
    skip: int = 0  # lines before the header row (CSV)
    sheet: str = ""

    def column_name(self, role: str) -> str:
        return self.header[self.columns[role]].strip()

    def describe(self) -> dict[str, Any]:
        if self.kind == "xlsx":
            return {"kind": "xlsx", "sheet": self.sheet, "currency": self.spec.currency}
        return {"kind": "csv", "encoding": self.encoding, "delimiter": self.delimiter, "decimal": self.decimal,
                "currency": self.spec.currency}


@dataclass(frozen=True)
class FileFacts:
    sha256: str
    size: int
    encoding: str  # "" for xlsx


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BLOCK = 8 << 20


def file_facts(path: Path) -> FileFacts:
    """SHA-256 and text encoding in one pass over the file (UTF-8 if it decodes, else cp1252)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as fh:
            head = fh.read(_BLOCK)
            kind = _sniff_kind(head)
            encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), "")
            decoder = codecs.getincrementaldecoder("utf-8")() if not encoding and kind == "text" else None
            block = head
            while block:
                digest.update(block)
                size += len(block)
                if decoder is not None and not (block.isascii() and not decoder.getstate()[0]):
                    try:  # only blocks with non-ASCII bytes need decoding (ASCII is valid UTF-8)
                        decoder.decode(block)
                    except UnicodeDecodeError:
                        decoder = None
                        encoding = "cp1252"
                block = fh.read(_BLOCK)
            if decoder is not None:
                try:
                    decoder.decode(b"", final=True)
                    encoding = "utf-8"
                except UnicodeDecodeError:
                    encoding = "cp1252"
    except OSError as exc:
        raise TradeFileError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from exc
    if size == 0:
        raise TradeFileError(f"{path.name}: the file is empty")
    return FileFacts(digest.hexdigest(), size, "" if kind == "xlsx" else encoding)


def sniff_file(path: Path) -> FileFacts:
    """Size and encoding from the first 8 MiB only (no SHA-256 yet): the import hashes the whole
    file in a second thread while it parses (see :class:`Hasher`)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_BLOCK)
    except OSError as exc:
        raise TradeFileError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from exc
    if size == 0 or not head:
        raise TradeFileError(f"{path.name}: the file is empty")
    kind = _sniff_kind(head)
    if kind == "xlsx":
        return FileFacts("", size, "")
    encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), "")
    if not encoding:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) == size)
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    return FileFacts("", size, encoding)


class Hasher(threading.Thread):
    """SHA-256 of the whole file (and whether it is all valid UTF-8), computed beside the parse:
    hashlib and file reads run without the GIL, so on two cores this costs next to nothing."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="trade-hasher", daemon=True)
        self.path = path
        self.sha256 = ""
        self.utf8 = True
        self.error: OSError | None = None

    def run(self) -> None:
        digest = hashlib.sha256()
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            with self.path.open("rb") as fh:
                while block := fh.read(_BLOCK):
                    digest.update(block)
                    if self.utf8 and not (block.isascii() and not decoder.getstate()[0]):
                        try:
                            decoder.decode(block)
                        except UnicodeDecodeError:
                            self.utf8 = False
            if self.utf8:
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            self.utf8 = False
        except OSError as exc:
            self.error = exc
        self.sha256 = digest.hexdigest()

    def result(self) -> str:
        """Wait for the hash; raises the read error, if any, as a TradeFileError."""
        self.join()
        if self.error is not None:
            raise TradeFileError(f"{self.path.name}: cannot read the file ({self.error.strerror or self.error})")
        return self.sha256


class TextDecodeError(TradeFileError):
    """The file stopped decoding in the encoding its start suggested."""


def _sniff_kind(head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise TradeFileError("old Excel .xls files are not supported: save the sheet as .xlsx or CSV")
    if any(head.startswith(bom) for bom, enc in _BOMS if enc == "utf-16"):
        return "text"
    if b"\x00" in head[:65536]:
        raise TradeFileError("this is not a text (CSV) file or an XLSX workbook")
    return "text"


def _match(header: Sequence[str], spec: FormatSpec) -> tuple[dict[str, int], list[str]]:
    """Column index per role, and the roles that have no column."""
    names = [h.strip().strip('"').lstrip("\ufeff").strip().lower() for h in header]
    found: dict[str, int] = {}
    missing: list[str] = []
    for role, aliases in spec.columns.items():
        for alias in aliases:
            if alias.lower() in names:
                found[role] = names.index(alias.lower())
                break
        else:
            if role not in spec.optional:
                missing.append(role)
    return found, missing


def choose_format(header: Sequence[str], name: str, forced: str | None = None) -> tuple[FormatSpec, dict[str, int]]:
    """The format whose columns the header has (``forced`` if given), or a reason why none."""
    if forced is not None:
        if forced not in FORMATS:
            raise TradeFileError(f"unknown trade format {forced!r}: use comext, comtrade or generic")
        spec = FORMATS[forced]
        found, missing = _match(header, spec)
        if missing:
            raise TradeFileError(f"{name}: not a {spec.label} file: no column for "
                                 + ", ".join(f"{r} ({' or '.join(spec.columns[r])})" for r in missing))
        return spec, found
    # fewest missing columns first, then most columns found (the richer match), then the order above
    ranked = sorted(((len(missing), -len(found), i, spec, found, missing) for i, spec in enumerate(FORMATS.values())
                     for found, missing in [_match(header, spec)]), key=lambda t: t[:3])
    best = ranked[0][3:]
    if best[2]:
        spec, missing = best[0], best[2]
        raise TradeFileError(
            f"{name}: the columns do not match a known trade format; closest is {spec.label}, which also needs "
            + ", ".join(" or ".join(spec.columns[r]) for r in missing)
            + " (see docs/IMPORT.md: Comext DECLARANT, PARTNER, PRODUCT_NC, FLOW, PERIOD, VALUE_IN_EUROS; Comtrade "
              "reporterISO, partnerISO, cmdCode, flowCode, refYear, primaryValue; generic reporter, partner, "
              "product, flow, year, value_eur)")
    return best[0], best[1]


_COMMA_DECIMAL = re.compile(r"^-?\d+,\d+$")
_DOT_GROUPS = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
_DOT_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def _csv_layout(path: Path, facts: FileFacts, forced: str | None) -> Layout:
    try:
        with path.open("r", encoding=facts.encoding, newline="") as fh:
            head = fh.read(256 * 1024)
    except (UnicodeDecodeError, UnicodeError) as exc:
        raise TextDecodeError(f"{path.name}: not readable as {facts.encoding} text ({exc.reason})") from exc
    lines = re.split(r"\r\n|\r|\n", head)  # the line ends the C parser counts
    skip = 0  # lines before the header: blank ones, and Excel's "sep=;" hint
    while skip < len(lines) and not lines[skip].strip():
        skip += 1
    hinted = ""
    if skip < len(lines) and re.fullmatch(r"sep=[,;\t|]", lines[skip].strip("\ufeff\n")):
        hinted = lines[skip].strip("\ufeff\n")[4]
        skip += 1
    if skip >= len(lines) or not lines[skip].strip():
        raise TradeFileError(f"{path.name}: the file has no header row")
    first = lines[skip]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    delimiter = hinted or max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0:
        raise TradeFileError(f"{path.name}: the header has a single column; expected comma, semicolon or tab "
                             "separated columns")
    lines = lines[skip:]
    sample = list(csv.reader(io.StringIO("\n".join(lines[:201])), delimiter=delimiter))
    header = sample[0]
    spec, columns = choose_format(header, path.name, forced)
    numbers = [row[columns[r]].strip() for row in sample[1:] for r in ("value", "quantity")
               if r in columns and len(row) > columns[r]]
    comma = any(_COMMA_DECIMAL.match(t) or _DOT_GROUPS.match(t) for t in numbers)
    dot = any(_DOT_DECIMAL.match(t) and not _DOT_GROUPS.match(t) for t in numbers)
    decimal = "," if delimiter != "," and comma and not dot else "."
    thousands = "." if decimal == "," and any(_DOT_GROUPS.match(t) for t in numbers) else None
    product_as_text = any("." in row[columns["product"]] or " " in row[columns["product"]].strip()
                          for row in sample[1:] if len(row) > columns["product"])
    return Layout(spec, "csv", header, columns, encoding=facts.encoding, delimiter=delimiter, decimal=decimal,
                  thousands=thousands, product_as_text=product_as_text, skip=skip)


def detect(path: Path, facts: FileFacts, forced: str | None = None) -> Layout:
    """Find the format, delimiter, decimal mark and columns of ``path``."""
    if facts.encoding == "":
        return _xlsx_layout(path, forced)
    return _csv_layout(path, facts, forced)


def _open_workbook(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise TradeFileError(f"{path.name}: not a readable XLSX workbook ({exc})") from exc
    except Exception as exc:  # openpyxl raises its own errors for damaged parts
        raise TradeFileError(f"{path.name}: not a readable XLSX workbook ({type(exc).__name__}: {exc})") from exc


def _xlsx_layout(path: Path, forced: str | None) -> Layout:
    wb = _open_workbook(path)
    try:
        first_error: TradeFileError | None = None
        for ws in wb.worksheets:
            row = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), None)
            header = ["" if v is None else str(v) for v in (row or ())]
            try:
                spec, columns = choose_format(header, f"{path.name} (sheet {ws.title})", forced)
            except TradeFileError as exc:
                first_error = first_error or exc
                continue
            return Layout(spec, "xlsx", header, columns, sheet=ws.title)
        raise first_error or TradeFileError(f"{path.name}: the workbook has no sheets")
    finally:
        wb.close()


# reading in chunks ----------------------------------------------------------------------------------

@dataclass
class RawChunk:
    frame: pd.DataFrame  # one column per role present, raw values
    rows: np.ndarray  # row number per frame row (header = 1)
    broken: list[tuple[int, int]] = field(default_factory=list)  # (row, fields) of rows the parser had to skip


def read_chunks(path: Path, layout: Layout, chunk_rows: int = CHUNK_ROWS) -> Iterator[RawChunk]:
    if layout.kind == "xlsx":  # cells arrive as Python objects: smaller chunks keep memory bounded
        yield from _xlsx_chunks(path, layout, min(chunk_rows, XLSX_CHUNK_ROWS))
    else:
        yield from _csv_chunks(path, layout, chunk_rows)


_SKIPPED = re.compile(r"line (\d+): expected (\d+) fields, saw (\d+)")


def _csv_chunks(path: Path, layout: Layout, chunk_rows: int) -> Iterator[RawChunk]:
    """Every column is parsed (no ``usecols``) so that rows with too many fields are caught:
    pandas skips them with a warning naming the line, which becomes a bad row here."""
    n = len(layout.header)
    roles = {index: role for role, index in layout.columns.items()}
    dtype: dict[int, Any] = {i: "category" for i in range(n) if roles.get(i) not in ("value", "quantity")}
    if layout.product_as_text:
        dtype[layout.columns["product"]] = object
    next_row = layout.skip + 2
    skipped: list[int] = []
    reader = None
    try:
        reader = pd.read_csv(
            path, sep=layout.delimiter, encoding=layout.encoding, encoding_errors="strict", header=None,
            skiprows=layout.skip + 1,
            names=list(range(n)), dtype=dtype, chunksize=chunk_rows, decimal=layout.decimal,
            thousands=layout.thousands, skip_blank_lines=False, keep_default_na=False, na_values=[""],
            quotechar='"', engine="c", on_bad_lines="warn")
        chunks = iter(reader)
        while True:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                frame = next(chunks, None)
            broken = [(int(m.group(1)), int(m.group(3))) for w in caught
                      for m in _SKIPPED.finditer(str(w.message))]
            skipped.extend(row for row, _fields in broken)
            if frame is None:
                if broken:
                    yield RawChunk(pd.DataFrame({r: pd.Series(dtype=object) for r in layout.columns}),
                                   np.zeros(0, dtype=np.int64), broken)
                break
            # row numbers: consecutive lines, leaving out the ones the parser skipped
            ahead = sorted(r for r in skipped if r >= next_row)
            candidates = np.arange(next_row, next_row + len(frame) + len(ahead), dtype=np.int64)
            rows = candidates[~np.isin(candidates, ahead)][:len(frame)]
            next_row = int(rows[-1]) + 1 if len(rows) else next_row
            frame = frame[sorted(roles)]
            frame.columns = [roles[int(c)] for c in frame.columns]
            yield RawChunk(frame, rows, broken)
    except UnicodeDecodeError as exc:
        raise TextDecodeError(f"{path.name}: not valid {layout.encoding} text near row {next_row} "
                              f"({exc.reason})") from exc
    except (pd.errors.ParserError, ValueError, OverflowError) as exc:
        message = str(exc).replace("\n", " ").strip()
        raise TradeFileError(f"{path.name}: the CSV structure is broken near row {next_row}: {message}") from exc
    finally:
        if reader is not None:
            reader.close()


def _xlsx_chunks(path: Path, layout: Layout, chunk_rows: int) -> Iterator[RawChunk]:
    wb = _open_workbook(path)
    try:
        ws = wb[layout.sheet]
        order = sorted(layout.columns.items(), key=lambda kv: kv[1])
        buffers: list[list[Any]] = [[] for _ in order]
        rows: list[int] = []
        for number, values in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
            for buf, (_role, index) in zip(buffers, order, strict=True):
                buf.append(values[index] if index < len(values) else None)
            rows.append(number)
            if len(rows) >= chunk_rows:
                yield _xlsx_chunk(order, buffers, rows)
                buffers, rows = [[] for _ in order], []
        if rows:
            yield _xlsx_chunk(order, buffers, rows)
    except TradeFileError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise TradeFileError(f"{path.name}: the workbook is damaged ({exc})") from exc
    finally:
        wb.close()


def _xlsx_chunk(order: list[tuple[str, int]], buffers: list[list[Any]], rows: list[int]) -> RawChunk:
    frame = pd.DataFrame({role: pd.Series(buf, dtype=object) for (role, _i), buf in zip(order, buffers, strict=True)})
    frame = frame.replace({"": None})
    return RawChunk(frame, np.asarray(rows, dtype=np.int64))


# normalising a chunk ----------------------------------------------------------------------------------

@dataclass
class CleanChunk:
    """The good rows of one chunk, as arrays ready to pack (see :mod:`sdapp.analysis.trade_store`)."""

    reporter: np.ndarray  # S2
    partner: np.ndarray  # S2
    product: np.ndarray  # int64 index into ``products``
    products: list[str]
    period: np.ndarray  # int32 YYYYMM
    flow: np.ndarray  # uint8
    value: np.ndarray  # float64
    quantity: np.ndarray  # float64, NaN = not given

    def __len__(self) -> int:
        return len(self.value)


_KINDS = {"ok": 0, "unspecified": 0, "aggregate": 1, "bad": 2}
_MISSING = 3
_LEFT_OUT = {"partner": "World/EU aggregate", "product": "product total", "flow": "re-import/re-export"}


def _reason_kind(reason: str) -> str:
    """A reason without the quoted value, to count problems of the same kind together."""
    return re.sub(r"'[^']*'|\"[^\"]*\"", "...", reason)


class Normaliser:
    """Checks and converts chunks of one file; remembers each distinct code's meaning."""

    def __init__(self, layout: Layout, ref: ReferenceData) -> None:
        self.layout = layout
        spec = layout.spec
        self._resolve: dict[str, Callable[[object], CodeResult]] = {
            "reporter": lambda v: country_code(v, ref, numeric_is_iso=spec.iso_numeric, reporter=True),
            "partner": lambda v: country_code(v, ref, numeric_is_iso=spec.iso_numeric),
            "product": product_code,
            "flow": flow_code,
            "period": lambda v: period_code(v, comext=spec.comext_period),
        }
        self._cache: dict[str, dict[tuple[str, object], CodeResult]] = {r: {} for r in TEXT_ROLES}

    def _codes(self, role: str, series: pd.Series) -> tuple[np.ndarray, list[CodeResult]]:
        """Per row an index into the returned results (-1 = empty cell)."""
        if isinstance(series.dtype, pd.CategoricalDtype):
            codes = series.cat.codes.to_numpy()
            uniques: list[object] = list(series.cat.categories)
        else:
            codes, found = pd.factorize(series.astype(object), use_na_sentinel=True)
            uniques = list(found)
        cache = self._cache[role]
        results = []
        for u in uniques:
            key = (type(u).__name__, u)
            hit = cache.get(key)
            if hit is None:
                if role == "product" and isinstance(u, float) and not u.is_integer():
                    hit = CodeResult("bad", reason=f"{u!r} is ambiguous as a product code; write codes as digits "
                                                   "without dots")
                else:
                    hit = self._resolve[role](u)
                cache[key] = hit
            results.append(hit)
        return np.asarray(codes, dtype=np.int64), results

    def normalise(self, raw: RawChunk, report: ValidationReport) -> CleanChunk:
        """Check every cell; count the problems into ``report``; return the good rows."""
        frame, rows = raw.frame, raw.rows
        n = len(frame)
        blank = np.ones(n, dtype=bool)
        for role in frame.columns:
            blank &= frame[role].isna().to_numpy()
        bad = np.zeros(n, dtype=bool)
        left_out = np.zeros(n, dtype=bool)
        problems: list[BadRow] = []
        kinds: list[tuple[str, str]] = []

        def flag(mask: np.ndarray, role: str, reasons: Callable[[np.ndarray], Sequence[str]],
                 values: pd.Series | None = None) -> None:
            mask = mask & ~blank
            if not mask.any():
                return
            bad[mask] = True
            column = self.layout.column_name(role) if role in self.layout.columns else ""
            idx = np.flatnonzero(mask)
            texts = [str(r) for r in reasons(idx)]
            kinds.extend((column, _reason_kind(t)) for t in texts)
            room = max(0, MAX_PROBLEMS - len(report.problems) - len(problems))
            shown = idx[:room]
            cells = values.to_numpy(dtype=object)[shown] if values is not None else [""] * len(shown)
            problems.extend(BadRow(int(rows[i]), column, "" if v is None else str(v), t)
                            for i, v, t in zip(shown, cells, texts, strict=False))

        width = len(self.layout.header)
        for row, fields in raw.broken:
            text = f"the row has {fields} fields; the header has {width}"
            kinds.append(("", "the row has more fields than the header"))
            if len(report.problems) + len(problems) < MAX_PROBLEMS:
                problems.append(BadRow(row, "", "", text))

        tables: dict[str, tuple[np.ndarray, list[CodeResult]]] = {}
        aggregates: dict[str, np.ndarray] = {}
        for role in TEXT_ROLES:
            codes, results = self._codes(role, frame[role])
            kind = np.array([_KINDS[r.kind] for r in results] + [_MISSING], dtype=np.int8)[codes]
            reason_table = np.array([r.reason for r in results] + [f"the {role} is missing"], dtype=object)
            flag(kind >= 2, role, lambda idx, c=codes, t=reason_table: t[c[idx]])
            aggregate = (kind == 1) & ~blank & ~left_out
            if aggregate.any():
                left_out |= aggregate
                aggregates[_LEFT_OUT.get(role, f"{role} aggregate")] = aggregate
            tables[role] = (codes, results)
        value, value_bad, value_missing = self._numbers(frame["value"], required=True)
        flag(value_bad, "value", lambda idx: _number_reasons(frame["value"], value_bad, idx), frame["value"])
        flag(value_missing, "value", lambda idx: ["the value is missing"] * len(idx))
        if "quantity" in frame.columns:
            quantity, q_bad, _missing = self._numbers(frame["quantity"], required=False)
            flag(q_bad, "quantity", lambda idx: _number_reasons(frame["quantity"], q_bad, idx), frame["quantity"])
        else:
            quantity = np.full(n, np.nan)

        for what, mask in aggregates.items():  # a bad row counts as bad only
            count = int((mask & ~bad).sum())
            if count:
                report.left_out[what] += count
        report.rows_read += int((~blank).sum()) + len(raw.broken)
        report.bad_rows += int(bad.sum()) + len(raw.broken)
        report.add(problems, kinds)
        keep = ~(bad | left_out | blank)
        report.good_rows += int(keep.sum())

        rows_kept: np.ndarray | slice = slice(None) if keep.all() else np.flatnonzero(keep)

        def column(role: str, dtype: Any) -> np.ndarray:
            """The role's value per kept row: a small table per distinct code, then one take."""
            codes, results = tables[role]
            table = np.array([r.code if r.kind in ("ok", "unspecified") else "0" for r in results] + ["0"])
            table = table.astype("S2") if dtype == "S2" else table.astype(np.int64).astype(dtype)
            return table.take(codes[rows_kept])

        product_codes, product_results = tables["product"]
        return CleanChunk(
            reporter=column("reporter", "S2"), partner=column("partner", "S2"),
            product=product_codes[rows_kept], products=[r.code for r in product_results],
            period=column("period", np.int32), flow=column("flow", np.uint8),
            value=value[rows_kept], quantity=quantity[rows_kept])

    def _numbers(self, series: pd.Series, required: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(numbers, bad mask, missing mask): non-negative finite numbers only; bad cells become NaN."""
        n = len(series)
        if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
            numbers = series.to_numpy(dtype=np.float64, na_value=np.nan)
            not_number = np.zeros(n, dtype=bool)
        else:
            numbers, not_number = _parse_numbers(series.to_numpy(dtype=object), self.layout.decimal)
        missing = np.isnan(numbers) & ~not_number
        bad = not_number | np.isinf(numbers) | (numbers < 0)
        numbers = np.where(bad, np.nan, numbers)
        return numbers, bad, missing if required else np.zeros(n, dtype=bool)


def _number_reasons(series: pd.Series, bad: np.ndarray, idx: np.ndarray) -> list[str]:
    """Why each listed cell of a number column is bad (only computed for the bad cells)."""
    out = []
    for v in series.to_numpy(dtype=object)[idx]:
        text = f"{v:g}" if isinstance(v, (float, np.floating)) else str(v).strip()
        try:
            number = float(v) if isinstance(v, (int, float, np.integer, np.floating)) else None
        except (TypeError, ValueError):
            number = None
        if number is not None and np.isinf(number):
            out.append(f"{text!r} is not a finite number")
        elif (number is not None and number < 0) or (text.startswith("-") and number_text(text[1:], ".") is not None):
            out.append(f"{text!r} must not be negative")
        else:
            out.append(f"{text!r} is not a number")
    return out


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


def number_text(text: str, decimal: str) -> float | None:
    """A number written with the file's decimal mark (and optional thousands grouping)."""
    t = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if decimal == ",":
        if _THOUSANDS_DOT.match(t):
            t = t.replace(".", "")
        t = t.replace(",", ".") if t.count(",") == 1 else t
    elif _THOUSANDS_COMMA.match(t):
        t = t.replace(",", "")
    elif re.fullmatch(r"[+-]?\d+,\d+", t):  # a decimal comma in a comma-separated file (quoted)
        t = t.replace(",", ".")
    return float(t) if _NUMBER.match(t) else None


def _parse_numbers(values: np.ndarray, decimal: str) -> tuple[np.ndarray, np.ndarray]:
    """The slow path for columns the C parser could not read as numbers (and for XLSX)."""
    out = np.full(len(values), np.nan)
    bad = np.zeros(len(values), dtype=bool)
    cache: dict[str, float | None] = {}
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and np.isnan(v)):
            continue
        if isinstance(v, bool):
            bad[i] = True
        elif isinstance(v, (int, float, np.integer, np.floating)):
            out[i] = float(v)
        else:
            text = str(v)
            if not text.strip():
                continue
            if text not in cache:
                cache[text] = number_text(text, decimal)
            parsed = cache[text]
            if parsed is None:
                bad[i] = True
            else:
                out[i] = parsed
    return out, bad
