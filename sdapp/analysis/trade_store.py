"""Trade data in and out of the vault: the import (all or nothing), packing into chunks,
reading back as pandas frames, and which stored row counts when files overlap.

Overlap rules (docs/IMPORT.md): for each reporter, product, flow and period, the rows of
the most recently imported file that has that combination count (a revised extract replaces
the earlier one); annual figures take precedence over monthly ones for the same reporter,
product, flow and year. Rows with the same key within one file are added up (Comext splits
a flow by statistical procedure).
"""

from __future__ import annotations

import dataclasses
import itertools
import queue
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sdapp.analysis.trade_formats import (
    CHUNK_ROWS,
    FORMATS,
    CleanChunk,
    FileFacts,
    Hasher,
    Normaliser,
    TextDecodeError,
    TradeFileError,
    ValidationReport,
    detect,
    read_chunks,
    sniff_file,
)
from sdapp.vault.trade import TradeChunk, TradeFile
from sdapp.vault.vault import Vault

Progress = Callable[[int], None]  # rows read so far; may raise to cancel (nothing is stored then)


class TradeImportRefused(Exception):
    """Bad rows and no permission to import only the good ones: nothing was written."""

    def __init__(self, report: ValidationReport) -> None:
        first = min(report.problems, key=lambda p: (p.row, p.column)) if report.problems else None
        super().__init__(f"{report.file}: {report.bad_rows} bad row{'s' * (report.bad_rows != 1)} of "
                         f"{report.rows_read}; nothing was imported" + (f" (first: {first})" if first else ""))
        self.report = report


@dataclass(frozen=True)
class ImportResult:
    file: TradeFile
    report: ValidationReport
    already_imported: bool = False

    @property
    def rows(self) -> int:
        """Rows stored by this import (0 when the file was imported before)."""
        return 0 if self.already_imported else self.file.rows


def import_trade_file(vault: Vault, path: Path, fmt: str | None = None, *, good_rows_only: bool = False,
                      chunk_rows: int = CHUNK_ROWS, progress: Progress | None = None) -> ImportResult:
    """Read, check and store ``path`` in one transaction.

    Any bad row refuses the whole file (:class:`TradeImportRefused`, with the full report)
    unless ``good_rows_only``; a file that cannot be read at all raises :class:`TradeFileError`.
    Importing a file whose SHA-256 the vault knows changes nothing. The hash is computed in a
    second thread while the file is parsed; a file whose start looked like UTF-8 but which is
    not is read again as cp1252 (nothing of the first attempt is kept).
    """
    if fmt is not None and fmt not in FORMATS:
        raise TradeFileError(f"unknown trade format {fmt!r}: use comext, comtrade or generic")
    facts = sniff_file(path)
    hasher = Hasher(path)
    hasher.start()
    try:
        try:
            return _import(vault, path, fmt, facts, hasher, good_rows_only, chunk_rows, progress)
        except TextDecodeError:
            _check_hash(vault, hasher, facts.encoding, wait=True)  # _NotUtf8 when the start misled
            raise
    except _NotUtf8:
        return _import(vault, path, fmt, dataclasses.replace(facts, encoding="cp1252"), hasher, good_rows_only,
                       chunk_rows, progress)
    except _Known as known:
        return ImportResult(known.file, ValidationReport(path.name, known.file.format), already_imported=True)
    finally:
        hasher.join()


class _Known(Exception):
    def __init__(self, file: TradeFile) -> None:
        super().__init__(file.name)
        self.file = file


class _NotUtf8(Exception):
    pass


def _check_hash(vault: Vault, hasher: Hasher, encoding: str, wait: bool) -> bool:
    """Once the hash is known: stop (rolling back) when the file was imported before, or when it is
    not the UTF-8 its start suggested. Returns whether the check was done."""
    if not wait and hasher.is_alive():
        return False
    known = vault.trade.file_by_sha(hasher.result())
    if known is not None:
        raise _Known(known)
    if encoding == "utf-8" and not hasher.utf8:
        raise _NotUtf8
    return True


def _import(vault: Vault, path: Path, fmt: str | None, facts: FileFacts, hasher: Hasher, good_rows_only: bool,
            chunk_rows: int, progress: Progress | None) -> ImportResult:
    layout = detect(path, facts, fmt)
    report = ValidationReport(path.name, layout.spec.name)
    normaliser = Normaliser(layout, vault.ref)
    periods = {"annual": False, "monthly": False}  # both in one file: the overlap rules apply on reading
    checked = _check_hash(vault, hasher, layout.encoding, wait=False)
    with vault.transaction():
        file_id = vault.trade.begin_file(f"pending-{uuid.uuid4()}", path.name, layout.spec.name)
        with _ChunkWriter(vault, file_id) as writer:
            for raw in read_chunks(path, layout, chunk_rows):
                clean = normaliser.normalise(raw, report)
                if report.ok or good_rows_only:  # once refused, only the report is still worth reading on for
                    months = clean.period % 100
                    periods["annual"] |= bool((months == 0).any())
                    periods["monthly"] |= bool((months > 0).any())
                    writer.put(clean)
                if progress is not None:
                    progress(report.rows_read)
                checked = checked or _check_hash(vault, hasher, layout.encoding, wait=False)
        _check_hash(vault, hasher, layout.encoding, wait=True)
        if not report.ok and not good_rows_only:
            raise TradeImportRefused(report)
        if report.good_rows == 0:
            raise TradeFileError(f"{path.name}: no rows to import ({report.summary().split(': ', 1)[1]})")
        detail = {**layout.describe(), "size": facts.size, "rows_read": report.rows_read, "bad_rows": report.bad_rows,
                  "left_out": dict(report.left_out), "good_rows_only": good_rows_only,
                  "annual": periods["annual"], "monthly": periods["monthly"]}
        stored = vault.trade.finish_file(file_id, report.rows_read - report.good_rows, detail, hasher.result())
    if vault.trade.data_version()[0] == 1 and not (periods["annual"] and periods["monthly"]):
        # the vault holds just this file: its sums are the whole-vault sums (see summed_values)
        vault.trade.remember(SUMS_MEMO, writer.sums.frame())
    return ImportResult(stored, report)


class _ChunkWriter:
    """Packs and stores chunks in a second thread while the next chunk is parsed: SQLCipher's
    encryption and pandas' tokenizer both run without the GIL, so on two cores the write costs
    little extra time. The queue holds one chunk (bounded memory: one parsed, one waiting, one
    being written). The caller's transaction stays in charge: on any error the thread is stopped
    before the rollback."""

    def __init__(self, vault: Vault, file_id: int) -> None:
        self._vault = vault
        self._file_id = file_id
        self.sums = _Summer()
        self._queue: queue.Queue[CleanChunk | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="trade-writer", daemon=True)

    def __enter__(self) -> _ChunkWriter:
        self._thread.start()
        return self

    def put(self, clean: CleanChunk) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(clean)

    def _run(self) -> None:
        while (clean := self._queue.get()) is not None:
            if self._stop or self._error is not None:
                continue
            try:
                for chunk in pack(self._file_id, clean):
                    self._vault.trade.add_chunk(chunk)
                self.sums.add(clean.products, clean.product, clean.period // 100, clean.flow,
                              clean.partner.view("<u2"), clean.value)
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self._stop = kind is not None
        self._queue.put(None)
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error


def pack(file_id: int, clean: CleanChunk) -> Iterator[TradeChunk]:
    """Split the rows by HS chapter and pack each column little-endian."""
    if not len(clean):
        return
    chapter_of = np.array([int(p[:2]) if p[:2].isdigit() else 0 for p in clean.products] or [0], dtype=np.int16)
    order = np.argsort(chapter_of[clean.product], kind="stable")  # radix sort on 16-bit keys
    # put every column in chapter order once; each chapter is then a slice (a view, no copy)
    product = clean.product[order]
    row_chapter = chapter_of[product]
    columns = {"reporter": clean.reporter[order], "partner": clean.partner[order],
               "period": clean.period[order].astype("<i4"), "flow": clean.flow[order].astype("u1"),
               "value": _amounts_packed(clean.value[order]), "quantity": _amounts_packed(clean.quantity[order])}
    bounds = [0, *(np.flatnonzero(np.diff(row_chapter)) + 1).tolist(), len(order)]
    products = np.array(clean.products, dtype=object)
    lookup = np.zeros(max(len(products), 1), dtype=np.int64)
    for start, end in itertools.pairwise(bounds):
        codes = product[start:end]
        present = np.flatnonzero(np.bincount(codes, minlength=len(products)))  # O(n), no sort
        lookup[present] = np.arange(len(present))
        part = {name: column[start:end].tobytes() for name, column in columns.items()}
        yield TradeChunk(file_id=file_id, chapter=f"{int(row_chapter[start]):02d}", rows=end - start,
                         products=tuple(str(p) for p in products[present]),
                         product=lookup[codes].astype("u1" if len(present) <= 256 else "<u2").tobytes(), **part)


def _amounts_packed(amounts: np.ndarray) -> np.ndarray:
    """Whole, non-negative amounts below 2**31 (trade values in euros or dollars, kilograms, as
    statistics publish them) as int32 with -1 for "not given"; anything else as float64. The
    reader tells them apart by the blob's length: a third less to encrypt and store, no loss."""
    given = ~np.isnan(amounts)
    values = amounts[given]
    if not len(values) or (float(values.max()) < 2**31 - 1 and bool((values == np.floor(values)).all())):
        return np.where(given, amounts, -1).astype("<i4")
    return amounts.astype("<f8")


def amounts(blob: bytes, rows: int) -> np.ndarray:
    """A stored value or quantity column as float64 (NaN = not given)."""
    if len(blob) == 4 * rows:
        out = np.frombuffer(blob, dtype="<i4").astype(np.float64)
        out[out < 0] = np.nan
        return out
    return np.frombuffer(blob, dtype="<f8")


def product_codes(blob: bytes, rows: int) -> np.ndarray:
    """A stored product column: one byte per row when the chunk names at most 256 codes, else two."""
    return np.frombuffer(blob, dtype="u1" if len(blob) == rows else "<u2")


# reading back ------------------------------------------------------------------------------------------

def _country_codes(raw: np.ndarray) -> pd.Categorical:
    """S2 bytes per row -> a categorical of alpha-2 strings, through a 16-bit lookup (no sort of strings)."""
    keys = raw.view("<u2")
    present = np.flatnonzero(np.bincount(keys, minlength=65536))
    lookup = np.zeros(65536, dtype=np.int32)
    lookup[present] = np.arange(len(present), dtype=np.int32)
    names = [int(k).to_bytes(2, "little").decode("ascii", "replace") for k in present]
    return pd.Categorical.from_codes(lookup[keys], categories=pd.Index(names, dtype=object), validate=False)


def rows_frame(chunks: Iterable[TradeChunk], prefixes: tuple[str, ...] = ()) -> pd.DataFrame:
    """Stored rows as one frame: file_id, reporter, partner, product, year, month, flow, value,
    quantity (left out when the chunks were read without it); only products starting with one
    of ``prefixes`` when given."""
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("file_id", "reporter", "partner", "product", "period",
                                                           "flow", "value", "quantity")}
    product_ids: dict[str, int] = {}
    for c in chunks:
        local = np.array([product_ids.setdefault(p, len(product_ids)) for p in c.products], dtype=np.int32)
        stored = product_codes(c.product, c.rows)
        product = local[stored]
        keep: np.ndarray | slice = slice(None)
        if prefixes:
            wanted = np.array([p.startswith(prefixes) for p in c.products], dtype=bool)
            if not wanted.any():
                continue
            keep = wanted[stored]
        parts["file_id"].append(np.full(c.rows, c.file_id, dtype=np.int32)[keep])
        parts["reporter"].append(np.frombuffer(c.reporter, dtype="S2")[keep])
        parts["partner"].append(np.frombuffer(c.partner, dtype="S2")[keep])
        parts["product"].append(product[keep])
        parts["period"].append(np.frombuffer(c.period, dtype="<i4")[keep])
        parts["flow"].append(np.frombuffer(c.flow, dtype="u1")[keep])
        parts["value"].append(amounts(c.value, c.rows)[keep])
        if c.quantity:
            parts["quantity"].append(amounts(c.quantity, c.rows)[keep])
    if not parts["value"]:
        return empty_rows()
    joined = {k: np.concatenate(v) for k, v in parts.items() if v}
    names = pd.Index(list(product_ids), dtype=object)
    period = joined["period"]
    return pd.DataFrame({
        "file_id": joined["file_id"],
        "reporter": _country_codes(joined["reporter"]),
        "partner": _country_codes(joined["partner"]),
        "product": pd.Categorical.from_codes(joined["product"], categories=names, validate=False),
        "year": (period // 100).astype(np.int16),
        "month": (period % 100).astype(np.int8),
        "flow": joined["flow"].astype(np.int8),
        "value": joined["value"],
        **({"quantity": joined["quantity"]} if "quantity" in joined else {}),
    })


def empty_rows() -> pd.DataFrame:
    return pd.DataFrame({
        "file_id": pd.Series(dtype=np.int32), "reporter": pd.Categorical([]), "partner": pd.Categorical([]),
        "product": pd.Categorical([]), "year": pd.Series(dtype=np.int16), "month": pd.Series(dtype=np.int8),
        "flow": pd.Series(dtype=np.int8), "value": pd.Series(dtype=np.float64),
        "quantity": pd.Series(dtype=np.float64)})


def resolve(rows: pd.DataFrame) -> pd.DataFrame:
    """Apply the overlap rules (module docstring); a no-op, and free, for one file of one kind."""
    if rows.empty:
        return rows
    if rows["file_id"].nunique() > 1:
        key = ["reporter", "product", "flow", "year", "month"]
        newest = rows.groupby(key, observed=True, sort=False)["file_id"].transform("max")
        rows = rows[rows["file_id"].to_numpy() == newest.to_numpy()]
    months = rows["month"].to_numpy()
    if (months == 0).any() and (months > 0).any():
        key = ["reporter", "product", "flow", "year"]
        annual = (rows["month"] == 0).groupby([rows[k] for k in key], observed=True, sort=False).transform("any")
        rows = rows[(months == 0) | ~annual.to_numpy()]
    return rows


def chapters_for(prefixes: Iterable[str]) -> list[str] | None:
    """The chapters that can hold products with these prefixes (None = every chapter)."""
    out = set()
    for p in prefixes:
        if len(p) < 2:
            return None
        out.add(p[:2])
    return sorted(out)


def load_rows(vault: Vault, prefixes: Iterable[str] = (), *, quantity: bool = True) -> pd.DataFrame:
    """The resolved rows of the products starting with ``prefixes`` (all products when empty)."""
    wanted = tuple(p for p in prefixes if p)
    chapters = chapters_for(wanted) if wanted else None
    return resolve(rows_frame(vault.trade.chunks(chapters, quantity=quantity), wanted))


def iter_batches(vault: Vault, max_rows: int = 2_000_000, *, quantity: bool = False) -> Iterator[pd.DataFrame]:
    """Resolved rows of whole chapters, a few chapters at a time (about ``max_rows`` rows, at
    least one chapter): memory stays bounded for whole-vault tables, and small vaults are read
    in one go instead of paying per-chapter overhead a hundred times."""
    batch: list[str] = []
    size = 0
    for chapter, rows in vault.trade.chapter_rows():
        if batch and size + rows > max_rows:
            yield resolve(rows_frame(vault.trade.chunks(batch, quantity=quantity)))
            batch, size = [], 0
        batch.append(chapter)
        size += rows
    if batch:
        yield resolve(rows_frame(vault.trade.chunks(batch, quantity=quantity)))


def stored_reporters(vault: Vault) -> list[str]:
    """The reporting countries in the stored rows."""
    found: set[int] = set()
    for blob in vault.trade.reporter_columns():
        found.update(int(k) for k in np.unique(np.frombuffer(blob, dtype="<u2")))
    return sorted(k.to_bytes(2, "little").decode("ascii", "replace") for k in found)


def _needs_resolving(vault: Vault) -> bool:
    """Whether the overlap rules can change anything: more than one file, or one file with both
    annual and monthly figures (or made before that was recorded)."""
    files = vault.trade.files()
    if len(files) != 1:
        return len(files) > 1
    detail = files[0].detail
    return "annual" not in detail or bool(detail["annual"] and detail["monthly"])


YEAR_BASE = 1900


SUMS_MEMO = "summed_values"


class _Summer:
    """Value per product, year, flow and partner, summed as chunks go by (batch-wise, bounded)."""

    def __init__(self, batch_rows: int = 2_000_000) -> None:
        self.names: dict[str, int] = {}
        self._partials: list[tuple[np.ndarray, ...]] = []  # sums per chunk, folded together now and then
        self._pending = 0
        self._batch_rows = batch_rows
        self._threshold = batch_rows

    def add(self, products: Sequence[str], product: np.ndarray, year: np.ndarray, flow: np.ndarray,
            partner: np.ndarray, value: np.ndarray) -> None:
        if not len(value):
            return
        ids = np.array([self.names.setdefault(p, len(self.names)) for p in products] or [0], dtype=np.int64)
        self._partials.append(_sum_by_parts(ids[product], year, flow, partner, value))
        self._pending += len(self._partials[-1][0])
        if self._pending >= self._threshold:  # keep the partial sums few: fold them together
            self._reduce()

    def _reduce(self) -> None:
        if len(self._partials) > 1:
            self._partials = [_sum_by_parts(*(np.concatenate(c) for c in zip(*self._partials, strict=True)))]
        self._pending = len(self._partials[0][0]) if self._partials else 0
        self._threshold = max(self._batch_rows, 2 * self._pending)  # folding stays linear overall

    def frame(self) -> pd.DataFrame:
        self._reduce()
        if self._partials:
            product, years, flows, partner, total = self._partials[0]
        else:
            product = years = flows = partner = total = np.zeros(0, dtype=np.int64)
        return pd.DataFrame({
            "product": pd.Categorical.from_codes(product, categories=pd.Index(list(self.names), dtype=object),
                                                 validate=False),
            "year": years.astype(np.int64), "flow": flows.astype(np.int64),
            "partner": _country_codes(partner.astype("<u2").view("S2")), "value": total.astype(np.float64)})


def summed_values(vault: Vault, *, level: int | None = None, reporter: str | None = None, flow: int | None = None,
                  year: int | None = None) -> pd.DataFrame | None:
    """Value per product (cut to ``level`` digits), year, flow and partner straight from the packed
    chunks, summed batch by batch (bounded memory) without building row frames; right after an
    import into an empty vault, from the sums the import made on the way (no second read).
    None when the overlap rules apply (then use :func:`iter_batches`)."""
    if _needs_resolving(vault):
        return None
    if reporter is None:
        sums = vault.trade.remembered(SUMS_MEMO)
        if sums is None:
            sums = _sum_chunks(vault, None)
            vault.trade.remember(SUMS_MEMO, sums)
        return _narrow(sums, level, flow, year)
    return _narrow(_sum_chunks(vault, int.from_bytes(reporter.encode("ascii"), "little")), level, flow, year)


def _sum_chunks(vault: Vault, reporter: int | None) -> pd.DataFrame:
    summer = _Summer()
    for c in vault.trade.chunks(quantity=False):
        product = product_codes(c.product, c.rows)
        year = np.frombuffer(c.period, dtype="<i4") // 100
        flows = np.frombuffer(c.flow, dtype="u1")
        partner = np.frombuffer(c.partner, dtype="<u2")
        value = amounts(c.value, c.rows)
        if reporter is not None:
            mask = np.frombuffer(c.reporter, dtype="<u2") == reporter
            product, year, flows, partner, value = product[mask], year[mask], flows[mask], partner[mask], value[mask]
        summer.add(c.products, product, year, flows, partner, value)
    return summer.frame()


def _narrow(sums: pd.DataFrame, level: int | None, flow: int | None, year: int | None) -> pd.DataFrame:
    """A year/flow selection and a coarser product level of summed values."""
    mask = np.ones(len(sums), dtype=bool)
    if flow is not None:
        mask &= sums["flow"].to_numpy() == flow
    if year is not None:
        mask &= sums["year"].to_numpy() == year
    out = sums if mask.all() else sums[mask]
    if level is None or out.empty:
        return out.reset_index(drop=True)
    cut = [str(c)[:level] for c in out["product"].cat.categories]
    names, inverse = np.unique(np.array(cut, dtype=object), return_inverse=True)
    product = inverse[out["product"].cat.codes.to_numpy()]
    partner = out["partner"].cat
    summed = _sum_by_parts(product, out["year"].to_numpy(), out["flow"].to_numpy(), partner.codes.to_numpy()
                           .astype(np.int64), out["value"].to_numpy())
    return pd.DataFrame({
        "product": pd.Categorical.from_codes(summed[0], categories=pd.Index(names, dtype=object), validate=False),
        "year": summed[1], "flow": summed[2],
        "partner": pd.Categorical.from_codes(summed[3], categories=partner.categories, validate=False),
        "value": summed[4]})


DENSE_LIMIT = 1 << 24  # cells of a direct bincount: 16 M floats = 128 MiB at most


def _sum_by_parts(product: np.ndarray, year: np.ndarray, flow: np.ndarray, partner: np.ndarray,
                  value: np.ndarray) -> tuple[np.ndarray, ...]:
    """Sum ``value`` per (product, year, flow, partner). When the values present span few enough
    cells, one direct bincount does it (no hashing: several times faster); else pandas' factorize."""
    if not len(value):
        return product, year, flow, partner, value
    present = np.flatnonzero(np.bincount(partner, minlength=65536))  # partner codes are 16-bit
    compact = np.zeros(65536, dtype=np.int64)
    compact[present] = np.arange(len(present))
    dims = []
    index = np.zeros(len(value), dtype=np.int64)
    for column, compacted in ((product, False), (year, False), (flow, False), (partner, True)):
        low, span = (0, len(present)) if compacted else (int(column.min()), int(column.max()) - int(column.min()) + 1)
        dims.append((low, span))
        index *= span
        index += compact[column] if compacted else column.astype(np.int64) - low
    cells = int(np.prod([span for _low, span in dims], dtype=np.float64))
    if cells <= DENSE_LIMIT:
        sums = np.bincount(index, weights=value, minlength=cells)
        hit = np.flatnonzero(np.bincount(index, minlength=cells))
        sums = sums[hit]
    else:
        codes, uniques = pd.factorize(index)
        sums = np.bincount(codes, weights=value, minlength=len(uniques))
        hit = np.asarray(uniques)
    out = []
    for low, span in reversed(dims):
        out.append(hit % span + low)
        hit = hit // span
    product_out, year_out, flow_out, partner_index = reversed(out)
    return product_out, year_out, flow_out, present[partner_index], sums
