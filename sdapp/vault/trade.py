"""Trade data and stress scenarios (``vault.trade``).

Trade rows are stored column-wise (schema step 5, docs/SCHEMA.md): one database row per
chunk of one imported file and one HS chapter, each column a packed little-endian array.
Five million rows then store in about a second and a product query reads only its chapter;
one SQL row per trade record would take several times longer than reading the file. The
packing is the analysis layer's job (numpy); this repository checks the sizes and stores.

Files are identified by their SHA-256: importing the same file again changes nothing.
Scenarios are entities like any other: a revision per change and an audit entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sdapp.core.errors import ValidationError
from sdapp.core.reference import ReferenceData
from sdapp.core.trade import Scenario, validate_scenario
from sdapp.vault.audit import AuditLog
from sdapp.vault.db import Connection
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.revisions import INSERT_REVISION, Actor, Revision, history, new_revision_row, now_iso

ENTITY_FILE = "trade_file"
ENTITY_SCENARIO = "stress_scenario"
# bytes per row of each packed column (the analysis layer chooses between the widths listed)
COLUMN_WIDTHS: dict[str, tuple[int, ...]] = {"reporter": (2,), "partner": (2,), "product": (1, 2), "period": (4,),
                                             "flow": (1,), "value": (4, 8), "quantity": (4, 8)}
COLUMNS = tuple(COLUMN_WIDTHS)


@dataclass(frozen=True)
class TradeFile:
    id: int
    sha256: str
    name: str
    format: str
    imported_at: str
    author: str
    rows: int
    skipped_rows: int
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TradeChunk:
    """Rows of one file and one HS chapter. ``products`` is the chunk's dictionary of product
    codes; ``product`` holds an index into it per row (uint8 when it names at most 256 codes,
    else uint16). Country columns are ASCII alpha-2 pairs, ``period`` int32 YYYYMM (MM 00 = whole
    year), ``flow`` uint8 (1 import, 2 export), ``value`` and ``quantity`` int32 (whole amounts,
    -1 = not given) or float64 (NaN = not given); the blob's length tells which."""

    file_id: int
    chapter: str
    rows: int
    products: tuple[str, ...]
    reporter: bytes
    partner: bytes
    product: bytes
    period: bytes
    flow: bytes
    value: bytes
    quantity: bytes


def _invalid(field_name: str, reason: str) -> RecordInvalid:
    return RecordInvalid([(field_name, reason)], [ValidationError(field_name, reason)])


class TradeRepository:
    """``vault.trade``: imported trade files (as packed chunks) and stress scenarios."""

    def __init__(self, conn: Connection, audit: AuditLog, actor: Actor, ref: ReferenceData) -> None:
        self._conn = conn
        self._audit = audit
        self._actor = actor
        self._ref = ref
        # figures the analysis layer derived from the stored rows in this session, with the
        # data_version() they belong to (so an import or removal makes them stale by itself)
        self.memo: dict[str, tuple[tuple[int, str], Any]] = {}

    def data_version(self) -> tuple[int, str]:
        """Changes with every import and removal: the number of files and their SHA-256s in order
        (ids can be reused after a removal; file contents cannot)."""
        row = self._conn.execute("SELECT count(*), ifnull(group_concat(sha256, ','), '') FROM (SELECT sha256 FROM"
                                 " trade_files WHERE rows >= 0 ORDER BY id)").fetchone()
        return int(row[0]), str(row[1])

    def remembered(self, key: str) -> Any:
        """The memo under ``key`` if it still belongs to the stored data, else None."""
        entry = self.memo.get(key)
        return entry[1] if entry is not None and entry[0] == self.data_version() else None

    def remember(self, key: str, value: Any) -> None:
        self.memo[key] = (self.data_version(), value)

    # files -------------------------------------------------------------------------------------
    def files(self) -> list[TradeFile]:
        rows = self._conn.execute("SELECT id, sha256, name, format, imported_at, author, rows, skipped_rows, detail"
                                  " FROM trade_files WHERE rows >= 0 ORDER BY id").fetchall()
        return [_file(r) for r in rows]

    def file_by_sha(self, sha256: str) -> TradeFile | None:
        row = self._conn.execute("SELECT id, sha256, name, format, imported_at, author, rows, skipped_rows, detail"
                                 " FROM trade_files WHERE sha256 = ?", (sha256,)).fetchone()
        return _file(row) if row else None

    def has_data(self) -> bool:
        return self._conn.execute("SELECT 1 FROM trade_chunks LIMIT 1").fetchone() is not None

    def row_count(self) -> int:
        return int(self._conn.execute("SELECT ifnull(sum(rows), 0) FROM trade_chunks").fetchone()[0])

    def chapters(self) -> list[str]:
        return [str(r[0]) for r in self._conn.execute("SELECT DISTINCT chapter FROM trade_chunks ORDER BY chapter")]

    def reporter_columns(self) -> Iterator[bytes]:
        """The packed reporter column of every chunk (to list the reporters without the rest)."""
        for (blob,) in self._conn.execute("SELECT reporter FROM trade_chunks"):
            yield bytes(blob)

    def chapter_rows(self) -> list[tuple[str, int]]:
        """(chapter, stored rows) for every chapter, in order."""
        return [(str(r[0]), int(r[1])) for r in self._conn.execute(
            "SELECT chapter, sum(rows) FROM trade_chunks GROUP BY chapter ORDER BY chapter")]

    def product_codes(self, prefix: str = "") -> list[str]:
        """Every stored product code starting with ``prefix``, sorted (from the chunk dictionaries)."""
        codes: set[str] = set()
        where, params = ("WHERE chapter = ?", (prefix[:2],)) if len(prefix) >= 2 else ("", ())
        for (text,) in self._conn.execute(f"SELECT products FROM trade_chunks {where}", params):
            codes.update(c for c in str(text).split() if c.startswith(prefix))
        return sorted(codes)

    def chunks(self, chapters: Iterable[str] | None = None, *, quantity: bool = True) -> Iterator[TradeChunk]:
        """Stored chunks (of the given chapters), oldest file first. Without ``quantity`` that
        column comes back empty and is not read: it is stored last, so SQLite stops before its pages."""
        sql = ("SELECT file_id, chapter, rows, products, reporter, partner, product, period, flow, value, "
               + ("quantity" if quantity else "x''") + " FROM trade_chunks")
        if chapters is None:
            cursor = self._conn.execute(sql + " ORDER BY file_id, id")
            yield from (_chunk(r) for r in cursor)
            return
        wanted = sorted(set(chapters))
        for start in range(0, len(wanted), 100):
            part = wanted[start:start + 100]
            marks = ",".join("?" * len(part))
            rows = self._conn.execute(sql + f" WHERE chapter IN ({marks}) ORDER BY chapter, file_id, id",
                                      part).fetchall()
            yield from (_chunk(r) for r in rows)

    def begin_file(self, sha256: str, name: str, fmt: str) -> int:
        """Start storing a file; call inside a transaction, :meth:`finish_file` at the end."""
        if self.file_by_sha(sha256) is not None:
            raise _invalid("file", "this file was imported already")
        self._conn.execute(
            "INSERT INTO trade_files (sha256, name, format, imported_at, author, rows, skipped_rows, detail)"
            " VALUES (?,?,?,?,?,-1,0,'{}')", (sha256, name, fmt, now_iso(), self._actor.user))
        return int(self._conn.execute("SELECT id FROM trade_files WHERE sha256 = ?", (sha256,)).fetchone()[0])

    def add_chunk(self, chunk: TradeChunk) -> None:
        _check_chunk(chunk)
        self._conn.execute(
            "INSERT INTO trade_chunks (file_id, chapter, rows, products, reporter, partner, product, period, flow,"
            " value, quantity) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (chunk.file_id, chunk.chapter, chunk.rows, " ".join(chunk.products), chunk.reporter, chunk.partner,
             chunk.product, chunk.period, chunk.flow, chunk.value, chunk.quantity))

    def finish_file(self, file_id: int, skipped_rows: int, detail: dict[str, Any],
                    sha256: str | None = None) -> TradeFile:
        """Record the totals (and the SHA-256, when :meth:`begin_file` had a placeholder) and audit."""
        if sha256 is not None:
            if self.file_by_sha(sha256) is not None:
                raise _invalid("file", "this file was imported already")
            self._conn.execute("UPDATE trade_files SET sha256 = ? WHERE id = ?", (sha256, file_id))
        rows = int(self._conn.execute("SELECT ifnull(sum(rows), 0) FROM trade_chunks WHERE file_id = ?",
                                      (file_id,)).fetchone()[0])
        self._conn.execute("UPDATE trade_files SET rows = ?, skipped_rows = ?, detail = ? WHERE id = ?",
                           (rows, skipped_rows, json.dumps(detail, ensure_ascii=False, sort_keys=True), file_id))
        row = self._conn.execute("SELECT sha256, name, format FROM trade_files WHERE id = ?", (file_id,)).fetchone()
        if row is None:
            raise NotFound(f"no trade file {file_id}")
        self._audit.append("import", ENTITY_FILE, str(file_id),
                           {"name": row[1], "format": row[2], "sha256": row[0], "rows": rows,
                            "skipped_rows": skipped_rows})
        stored = self.file_by_sha(str(row[0]))
        assert stored is not None
        return stored

    def remove_file(self, file_id: int) -> None:
        row = self._conn.execute("SELECT name, sha256 FROM trade_files WHERE id = ?", (file_id,)).fetchone()
        if row is None:
            raise NotFound(f"no imported trade file with id {file_id}")
        self._conn.execute("DELETE FROM trade_chunks WHERE file_id = ?", (file_id,))
        self._conn.execute("DELETE FROM trade_files WHERE id = ?", (file_id,))
        self._audit.append("delete", ENTITY_FILE, str(file_id), {"name": row[0], "sha256": row[1]})

    # scenarios -----------------------------------------------------------------------------------
    def scenarios(self) -> list[Scenario]:
        rows = self._conn.execute("SELECT data FROM stress_scenarios WHERE deleted = 0 ORDER BY name COLLATE NOCASE")
        return [Scenario.from_dict(json.loads(r[0])) for r in rows]

    def scenario(self, key: str) -> Scenario:
        """By id, or by name (case-insensitive)."""
        row = self._conn.execute("SELECT data FROM stress_scenarios WHERE deleted = 0 AND (id = ? OR lower(name) ="
                                 " lower(?)) ORDER BY id = ? DESC LIMIT 1", (key, key.strip(), key)).fetchone()
        if row is None:
            raise NotFound(f"no stress scenario {key!r}")
        return Scenario.from_dict(json.loads(row[0]))

    def scenario_history(self, scenario_id: str) -> list[Revision]:
        return history(self._conn, ENTITY_SCENARIO, scenario_id)

    def save_scenario(self, s: Scenario) -> bool:
        """Create or update; False (no revision) when nothing changed. Names are unique."""
        errors = validate_scenario(s, self._ref)
        clash = self._conn.execute("SELECT 1 FROM stress_scenarios WHERE deleted = 0 AND id != ? AND"
                                   " lower(name) = lower(?)", (s.id, s.name.strip())).fetchone()
        if clash:
            errors.append(ValidationError.from_template("name", "a scenario named %1 exists already", s.name.strip()))
        if errors:
            raise RecordInvalid([(e.field, e.reason) for e in errors], errors)
        snap = json.dumps(s.to_dict(), ensure_ascii=False, sort_keys=True)
        row = self._conn.execute("SELECT data, head_rev, deleted FROM stress_scenarios WHERE id = ?",
                                 (s.id,)).fetchone()
        ts = now_iso()
        if row is None:
            rev = new_revision_row(ENTITY_SCENARIO, s.id, 1, None, "create", self._actor, ts, snap)
            self._conn.execute(INSERT_REVISION, rev)
            self._conn.execute("INSERT INTO stress_scenarios (id, name, deleted, updated_at, head_rev, data)"
                               " VALUES (?,?,0,?,?,?)", (s.id, s.name.strip(), ts, rev[0], snap))
            self._audit.append("create", ENTITY_SCENARIO, s.id, {"name": s.name})
            return True
        if row[2]:
            raise NotFound(f"stress scenario {s.id} was deleted")
        if row[0] == snap:
            return False
        rev = new_revision_row(ENTITY_SCENARIO, s.id, self._next_seq(s.id), row[1], "update", self._actor, ts, snap)
        self._conn.execute(INSERT_REVISION, rev)
        self._conn.execute("UPDATE stress_scenarios SET name = ?, updated_at = ?, head_rev = ?, data = ? WHERE id = ?",
                           (s.name.strip(), ts, rev[0], snap, s.id))
        self._audit.append("update", ENTITY_SCENARIO, s.id, {"name": s.name})
        return True

    def delete_scenario(self, scenario_id: str) -> None:
        row = self._conn.execute("SELECT data, head_rev FROM stress_scenarios WHERE id = ? AND deleted = 0",
                                 (scenario_id,)).fetchone()
        if row is None:
            raise NotFound(f"no stress scenario with id {scenario_id}")
        ts = now_iso()
        rev = new_revision_row(ENTITY_SCENARIO, scenario_id, self._next_seq(scenario_id), row[1], "delete",
                               self._actor, ts, row[0])
        self._conn.execute(INSERT_REVISION, rev)
        self._conn.execute("UPDATE stress_scenarios SET deleted = 1, updated_at = ?, head_rev = ? WHERE id = ?",
                           (ts, rev[0], scenario_id))
        self._audit.append("delete", ENTITY_SCENARIO, scenario_id, {})

    def _next_seq(self, entity_id: str) -> int:
        seq = self._conn.execute("SELECT max(seq) FROM revisions WHERE entity_type = ? AND entity_id = ?",
                                 (ENTITY_SCENARIO, entity_id)).fetchone()[0]
        return int(seq or 0) + 1


def _file(row: Any) -> TradeFile:
    return TradeFile(id=int(row[0]), sha256=str(row[1]), name=str(row[2]), format=str(row[3]),
                     imported_at=str(row[4]), author=str(row[5]), rows=int(row[6]), skipped_rows=int(row[7]),
                     detail=json.loads(row[8]) if row[8] else {})


def _chunk(row: Any) -> TradeChunk:
    return TradeChunk(file_id=int(row[0]), chapter=str(row[1]), rows=int(row[2]),
                      products=tuple(str(row[3]).split()), reporter=bytes(row[4]), partner=bytes(row[5]),
                      product=bytes(row[6]), period=bytes(row[7]), flow=bytes(row[8]), value=bytes(row[9]),
                      quantity=bytes(row[10]))


def _check_chunk(chunk: TradeChunk) -> None:
    """Sizes and codes that must hold for the packed columns to be read back at all."""
    if chunk.rows <= 0:
        raise _invalid("rows", "a chunk holds at least one row")
    if len(chunk.chapter) != 2 or not chunk.chapter.isdigit():
        raise _invalid("chapter", f"{chunk.chapter!r} is not an HS chapter")
    if not chunk.products or len(chunk.products) > 65536:
        raise _invalid("products", "a chunk names 1 to 65536 product codes")
    for code in chunk.products:
        if not (code.isdigit() and code.startswith(chunk.chapter) and 2 <= len(code) <= 10):
            raise _invalid("products", f"{code!r} is not a product code of chapter {chunk.chapter}")
    for name, widths in COLUMN_WIDTHS.items():
        if len(getattr(chunk, name)) not in {chunk.rows * w for w in widths}:
            sizes = " or ".join(str(chunk.rows * w) for w in widths)
            raise _invalid(name, f"expected {sizes} bytes for {chunk.rows} rows")
    if len(chunk.product) == chunk.rows and len(chunk.products) > 256:
        raise _invalid("product", "one byte per row can index at most 256 product codes")
