"""Numbered, forward-only schema migrations, each in its own transaction.

The schema version is ``PRAGMA user_version``. Never edit a released step: add one.
Step 3 keeps each record's JSON only once, in its head revision's snapshot: listing
100 000 records then scans narrow rows (a full scan otherwise decrypts every JSON page),
and a bulk store writes the content once instead of twice.
docs/SCHEMA.md documents the resulting tables.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable

from sdapp.vault.db import Connection
from sdapp.vault.errors import NewerVersion

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE dependencies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        domain TEXT NOT NULL,
        lead_ministry TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        classification TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        head_rev TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE revisions (
        rev_id TEXT PRIMARY KEY,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        parent_rev TEXT,
        op TEXT NOT NULL,
        author TEXT NOT NULL,
        department TEXT NOT NULL,
        workstation TEXT NOT NULL,
        ts TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        provenance TEXT
    );
    CREATE UNIQUE INDEX revisions_by_entity ON revisions (entity_type, entity_id, seq);
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        workstation TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL DEFAULT '',
        entity_id TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    """,
    2: """
    CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        dependency_id TEXT NOT NULL REFERENCES dependencies (id),
        assessed_on TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        head_rev TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX assessments_by_dependency ON assessments (dependency_id, assessed_on);
    CREATE TABLE action_options (
        id TEXT PRIMARY KEY,
        dependency_id TEXT NOT NULL REFERENCES dependencies (id),
        status TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        head_rev TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX action_options_by_dependency ON action_options (dependency_id);
    """,
    3: """
    ALTER TABLE dependencies ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE dependencies ADD COLUMN eu_lists TEXT NOT NULL DEFAULT '';
    ALTER TABLE dependencies ADD COLUMN review_date TEXT NOT NULL DEFAULT '';
    """,
    4: """
    CREATE TABLE risk_matrices (
        version INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE config (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        author TEXT NOT NULL
    );
    """,
}


def _step3_python(conn: Connection) -> None:
    """Fill the new listing columns with Python's own case folding (as the repository does),
    make sure every record's content sits in its head revision, then drop the JSON column."""
    rows = conn.execute("SELECT id, data, head_rev FROM dependencies").fetchall()
    known = {r[0] for r in conn.execute("SELECT rev_id FROM revisions")}
    for dep_id, data, head in rows:
        snap = json.loads(data)
        text = " ".join([str(snap.get("name", "")), str(snap.get("description", "")),
                         *map(str, snap.get("cn_codes", [])), *map(str, snap.get("tags", []))]).lower()
        conn.execute("UPDATE dependencies SET search_text = ?, eu_lists = ?, review_date = ? WHERE id = ?",
                     (text, ";".join(snap.get("eu_lists", [])), snap.get("review_date") or "", dep_id))
        if head in known:
            conn.execute("UPDATE revisions SET snapshot = ? WHERE rev_id = ?", (data, head))
        else:  # never expected; keep the content rather than lose it with the column
            seq = conn.execute("SELECT ifnull(max(seq), 0) + 1 FROM revisions WHERE entity_type = 'dependency'"
                               " AND entity_id = ?", (dep_id,)).fetchone()[0]
            conn.execute(
                "INSERT INTO revisions (rev_id, entity_type, entity_id, seq, parent_rev, op, author, department,"
                " workstation, ts, snapshot, provenance) VALUES (?, 'dependency', ?, ?, NULL, 'migrate', 'sdapp',"
                " '', '', datetime('now'), ?, NULL)", (head, dep_id, seq, data))
    conn.execute("ALTER TABLE dependencies DROP COLUMN data")
    conn.execute("CREATE INDEX dependencies_facets ON dependencies (deleted, domain, status, classification)")
    conn.execute("CREATE INDEX dependencies_by_name ON dependencies (deleted, name COLLATE NOCASE)")


# Steps that need more than SQL run this after their script, in the same transaction.
PYTHON_STEPS: dict[int, Callable[[Connection], None]] = {3: _step3_python}

LATEST = max(MIGRATIONS)


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST) -> list[int]:
    """Apply every step above the current version up to ``target``; returns the steps run."""
    version = current_version(conn)
    if version > LATEST:
        raise NewerVersion(f"this vault's database was made by a newer sdapp (schema {version}); update sdapp")
    applied = []
    for step in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[step]):
                conn.execute(statement)
            if step in PYTHON_STEPS:
                PYTHON_STEPS[step](conn)
            conn.execute(f"PRAGMA user_version = {step:d}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):  # SQLite may have rolled back already (disk full)
                conn.execute("ROLLBACK")
            raise
        applied.append(step)
    return applied


def _statements(script: str) -> list[str]:
    """Split a migration script on top-level semicolons (no triggers with bodies here)."""
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    for ch in script:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == ";" and depth == 0:
            stmt = "".join(buf).strip()
            if stmt:
                out.append(stmt)
            buf = []
        else:
            buf.append(ch)
    tail = "".join(buf).strip()
    if tail:
        out.append(tail)
    return out
