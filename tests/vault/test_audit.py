"""The hash-chained audit log and vault.check()."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.model import Dependency
from sdapp.vault.audit import GENESIS, AuditLog, chain_key
from sdapp.vault.keyslots import new_data_key
from sdapp.vault.vault import Created, Vault
from tests.vault.conftest import add_dep

Unlock = Callable[..., Vault]


@pytest.fixture
def vault(closed_vault: tuple[Path, str], unlock: Unlock) -> Vault:
    """Audit: 1 vault-created, 2 create, 3 unlock, 4 update, 5 delete."""
    v = unlock(closed_vault[0])
    dep = v.dependencies.all()[0]
    with v.transaction():
        v.dependencies.update(Dependency.from_dict({**dep.to_dict(), "description": "changed"}))
        v.dependencies.delete(dep.id)
    return v


def test_fresh_vault_checks_clean(make_vault: Callable[..., Created]) -> None:
    v = make_vault().vault
    assert v.check() == []
    assert v.audit.verify() == []


def test_entries_chain_and_describe_changes(vault: Vault) -> None:
    entries = list(reversed(vault.audit.entries()))
    assert [e.action for e in entries] == ["vault-created", "create", "unlock", "update", "delete"]
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in entries}) == 5
    create = entries[1]
    assert create.entity_type == "dependency"
    assert create.detail == {"name": "Gallium"}
    assert create.actor == "anna"
    assert create.workstation
    assert vault.audit.entries(limit=2)[0].action == "delete"
    assert vault.check() == []


def test_lock_and_unlock_are_audited(vault: Vault, unlock: Unlock) -> None:
    vault.close()
    v = unlock(vault.path)
    actions = [e.action for e in reversed(v.audit.entries())]
    assert actions[-2:] == ["lock", "unlock"]
    assert v.check() == []


def test_altered_detail_is_reported(vault: Vault) -> None:
    vault.conn.execute("UPDATE audit SET detail = '{\"name\": \"Something else\"}' WHERE seq = 2")
    assert vault.check() == ["audit entry 2 was altered"]


@pytest.mark.parametrize("column", ["ts", "actor", "workstation", "action", "entity_id"])
def test_any_altered_field_is_reported(vault: Vault, column: str) -> None:
    vault.conn.execute(f"UPDATE audit SET {column} = {column} || 'x' WHERE seq = 3")
    assert vault.check() == ["audit entry 3 was altered"]


def test_deleted_row_is_reported(vault: Vault) -> None:
    vault.conn.execute("DELETE FROM audit WHERE seq = 2")
    problems = vault.check()
    assert "audit entry 2 is missing" in problems
    assert "audit entry 3 does not follow the previous entry" in problems


def test_deleted_last_row_cannot_be_seen_but_earlier_rows_can(vault: Vault) -> None:
    """Truncating the tail keeps a valid chain (a known limit of a chain without an anchor)."""
    vault.conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    assert vault.audit.verify() == []
    vault.conn.execute("DELETE FROM audit WHERE seq = 1")
    assert vault.audit.verify() == ["audit entry 1 is missing", "audit entry 2 does not follow the previous entry"]


def test_swapped_hashes_are_reported(vault: Vault) -> None:
    rows = dict(vault.conn.execute("SELECT seq, hash FROM audit WHERE seq IN (2, 3)").fetchall())
    vault.conn.execute("UPDATE audit SET hash = ? WHERE seq = 2", (rows[3],))
    vault.conn.execute("UPDATE audit SET hash = ? WHERE seq = 3", (rows[2],))
    problems = vault.check()
    assert "audit entry 2 was altered" in problems
    assert "audit entry 3 was altered" in problems
    assert "audit entry 3 does not follow the previous entry" in problems


def test_swapped_rows_are_reported(vault: Vault) -> None:
    """Reordering two whole rows (all fields and hashes) is reported too."""
    conn = vault.conn
    conn.execute("UPDATE audit SET seq = 100 WHERE seq = 2")
    conn.execute("UPDATE audit SET seq = 2 WHERE seq = 3")
    conn.execute("UPDATE audit SET seq = 3 WHERE seq = 100")
    assert vault.check() != []


def test_forged_entry_needs_the_data_key(vault: Vault) -> None:
    """Someone appending through AuditLog with another key produces an entry check() rejects."""
    forger = AuditLog(vault.conn, chain_key(new_data_key()), "mallory", "elsewhere")
    forger.append("create", "dependency", "x", {"name": "fake"})
    problems = vault.check()
    assert problems == [f"audit entry {vault.audit.entries(limit=1)[0].seq} was altered"]


def test_audit_append_joins_the_callers_transaction(vault: Vault) -> None:
    count = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]

    def export_that_fails() -> None:
        with vault.transaction():
            vault.audit.append("export", detail={"to": "somewhere"})
            raise RuntimeError("the export failed")

    with pytest.raises(RuntimeError, match="export failed"):
        export_that_fails()
    assert vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == count
    assert vault.check() == []


def test_audit_survives_reopen(vault: Vault, unlock: Unlock) -> None:
    hashes = [e.hash for e in vault.audit.entries()]
    vault.close(backup=False)
    v = unlock(vault.path)
    assert [e.hash for e in v.audit.entries()][1:] == hashes
    assert v.check() == []


def test_check_reports_damaged_pages(make_vault: Callable[..., Created], unlock: Unlock) -> None:
    created = make_vault()
    v = created.vault
    for i in range(30):
        add_dep(v, name=f"Record {i}", description="x" * 500)
    v.close(backup=False)
    db_path: Path = v.path / "register.db"
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 16] = bytes(b ^ 0xFF for b in data[middle:middle + 16])
    db_path.write_bytes(bytes(data))
    reopened = unlock(v.path)
    problems = reopened.check()
    assert problems
    assert any("HMAC" in p or "damaged" in p for p in problems)
