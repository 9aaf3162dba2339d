"""SQLCipher connections keyed with the raw data key (never a passphrase)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from sdapp.vault.errors import DamagedVault

DatabaseError: type[Exception] = sqlcipher3.dbapi2.DatabaseError


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of the DB-API connection sdapp uses (sqlcipher3 ships no type hints)."""

    total_changes: int

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...
    def close(self) -> None: ...
    def interrupt(self) -> None: ...


def key_pragma(data_key: bytes) -> str:
    # PRAGMA key cannot take a bound parameter; the value is hex we made ourselves.
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes) -> Connection:
    """Open and key ``path``; probe so a wrong key or damaged file fails here, clearly."""
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(key_pragma(data_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: random UUID keys over 100k records
    except DatabaseError as exc:
        conn.close()
        raise DamagedVault(
            "the register database does not open with this vault's key: it is damaged or was replaced"
        ) from exc
    return conn


def integrity_problems(conn: Connection) -> list[str]:
    """Problems reported by SQLCipher's page HMAC check and SQLite's structure check."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems
