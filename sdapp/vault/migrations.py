"""Numbered, forward-only schema migrations, each in its own transaction.

The schema version is ``PRAGMA user_version``. Never edit a released step: add one.
Step 3 keeps each record's JSON only once, in its head revision's snapshot: listing
100 000 records then scans narrow rows (a full scan otherwise decrypts every JSON page),
and a bulk store writes the content once instead of twice.
Step 5 stores trade data column-wise: one row per chunk of up to a million trade rows of one
HS chapter, each column a packed little-endian array (5 million rows store in about a second;
one row per trade record would take ten times the pandas read itself).
Step 7 is for exchanging register data between workstations: ``revisions.merge_parent`` names
the other side's head in a merge revision (so either side finds the common ancestor next
time), ``exchange_log`` records every exchange pack sent or received, and ``exchange_heads``
the revision of each record it carried (what "changed since the last exchange" compares with).
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
    5: """
    CREATE TABLE trade_files (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        author TEXT NOT NULL,
        rows INTEGER NOT NULL,
        skipped_rows INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE trade_chunks (
        id INTEGER PRIMARY KEY,
        file_id INTEGER NOT NULL REFERENCES trade_files (id),
        chapter TEXT NOT NULL,
        rows INTEGER NOT NULL,
        products TEXT NOT NULL,
        reporter BLOB NOT NULL,
        partner BLOB NOT NULL,
        product BLOB NOT NULL,
        period BLOB NOT NULL,
        flow BLOB NOT NULL,
        value BLOB NOT NULL,
        quantity BLOB NOT NULL
    );
    CREATE INDEX trade_chunks_by_chapter ON trade_chunks (chapter, file_id);
    CREATE TABLE stress_scenarios (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        head_rev TEXT NOT NULL,
        data TEXT NOT NULL
    );
    """,
    6: """
    CREATE TABLE identities (
        user TEXT PRIMARY KEY,
        age_identity TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        sign_key_id TEXT NOT NULL,
        sign_secret TEXT NOT NULL,
        sign_public TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        minisign_public TEXT NOT NULL DEFAULT '',
        minisign_key_id TEXT NOT NULL DEFAULT '',
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        deleted INTEGER NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX contacts_by_name ON contacts (name COLLATE NOCASE) WHERE deleted = 0;
    CREATE TABLE issued_copies (
        pack_id TEXT NOT NULL,
        copy_number INTEGER NOT NULL,
        copies INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        addressee TEXT NOT NULL,
        organisation TEXT NOT NULL,
        recipient TEXT NOT NULL,
        classification TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sealed_sha256 TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        status TEXT NOT NULL,
        status_at TEXT NOT NULL,
        status_by TEXT NOT NULL,
        status_note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (pack_id, copy_number)
    );
    """,
    7: """
    ALTER TABLE revisions ADD COLUMN merge_parent TEXT;
    CREATE TABLE exchange_log (
        id INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        direction TEXT NOT NULL,
        contact_id TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user TEXT NOT NULL,
        workstation TEXT NOT NULL,
        peer_workstation TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        selection TEXT NOT NULL DEFAULT '{}',
        records INTEGER NOT NULL DEFAULT 0,
        counts TEXT NOT NULL DEFAULT '{}',
        applied TEXT NOT NULL DEFAULT '[]'
    );
    CREATE UNIQUE INDEX exchange_log_by_pack ON exchange_log (pack_id, direction);
    CREATE INDEX exchange_log_by_contact ON exchange_log (contact_id, at);
    CREATE TABLE exchange_heads (
        exchange_id INTEGER NOT NULL REFERENCES exchange_log (id),
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        rev_id TEXT NOT NULL,
        PRIMARY KEY (exchange_id, entity_type, entity_id)
    );
    CREATE INDEX exchange_heads_by_rev ON exchange_heads (rev_id);
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
