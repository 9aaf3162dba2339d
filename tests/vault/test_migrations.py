"""Schema migrations: from every earlier version, from a committed v1 vault, and atomic per step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from sdapp.core.model import Dependency
from sdapp.core.reference import ReferenceData
from sdapp.vault import db, migrations
from sdapp.vault.audit import AuditLog, chain_key
from sdapp.vault.dependencies import DependencyRepository, search_text
from sdapp.vault.errors import NewerVersion
from sdapp.vault.keyslots import new_data_key, parse
from sdapp.vault.revisions import Actor
from sdapp.vault.vault import DB_NAME, SLOTS_NAME, Vault
from tests.conftest import FAST_KDF
from tests.vault.conftest import FIXTURES, build_vault_at_version, insert_old_rows, make_dep, user_version

Unlock = Callable[..., Vault]
EARLIER = list(range(1, migrations.LATEST))
FIXTURE_PASSPHRASE = "fixture-passphrase"
FIXTURE_RECOVERY_KEY = "DROJ-EOYR-RGBS-RVCO-BGAO-4OKY-ZE44-NMOD-ZASZ"
FIXTURE_IDS = {"0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0001": "Gallium",
               "0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0002": "Lithography optics"}


def table_columns(conn: sqlcipher3.dbapi2.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def sample_deps() -> list[Dependency]:
    return [
        make_dep(name="Gallium", description="Gallium for Chips", cn_codes=["811292", "2825"], tags=["metals"]),
        make_dep(name="Cloud Services", kind="service", domain="digital", description="Hyperscale CLOUD",
                 cn_codes=[], tags=["it", "hosting"], stages=[]),
        make_dep(name="Neon Gas", domain="chips", description="", cn_codes=["280429"], tags=[]),
    ]


def test_migrations_are_numbered_without_gaps() -> None:
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.LATEST + 1))


def test_fresh_database_migrates_to_latest(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.db", new_data_key())
    try:
        assert migrations.migrate(conn) == list(range(1, migrations.LATEST + 1))
        assert migrations.current_version(conn) == migrations.LATEST
        assert migrations.migrate(conn) == []  # idempotent
    finally:
        conn.close()


@pytest.mark.parametrize("version", EARLIER)
def test_migrate_forward_from_every_earlier_version(version: int, tmp_path: Path, ref: ReferenceData) -> None:
    """migrate() on a bare connection, step by step from ``version``; read back through the repository."""
    key = new_data_key()
    conn = db.connect(tmp_path / "x.db", key)
    deps = sample_deps()
    try:
        migrations.migrate(conn, target=version)
        insert_old_rows(conn, key, version, deps, "vault-id")
        assert migrations.migrate(conn) == list(range(version + 1, migrations.LATEST + 1))
        assert migrations.current_version(conn) == migrations.LATEST
        assert "search_text" in table_columns(conn, "dependencies")
        repo = DependencyRepository(conn, AuditLog(conn, chain_key(key), "t", "ws"), Actor("t", "EZ", "ws"), ref)
        assert {d.id: d for d in repo.all()} == {d.id: d for d in deps}
        rows = {r.id: r for r in repo.rows()}
        for dep in deps:
            text = rows[dep.id].search_text
            assert rows[dep.id].name == dep.name
            assert text == text.lower()
            for term in [dep.name, dep.description, *dep.cn_codes, *dep.tags]:
                assert term.lower() in text
            assert text.split() == search_text(dep).split()
            (rev,) = repo.history(dep.id)
            assert rev.snapshot == dep.to_dict()
        assert AuditLog(conn, chain_key(key), "t", "ws").verify() == []
        assert not db.integrity_problems(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("version", EARLIER)
def test_unlock_migrates_vault_from_every_earlier_version(version: int, tmp_path: Path, unlock: Unlock) -> None:
    """A whole vault at ``version``: Vault.unlock migrates it, keeps a copy first, data and chain survive."""
    folder = tmp_path / f"v{version}.sdvault"
    deps = sample_deps()
    key = build_vault_at_version(folder, version, deps)
    v = unlock(folder)
    assert migrations.current_version(v.conn) == migrations.LATEST
    assert {d.id: d for d in v.dependencies.all()} == {d.id: d for d in deps}
    rows = {r.id: r for r in v.dependencies.rows()}
    for dep in deps:
        assert rows[dep.id].search_text.split() == search_text(dep).split()
        assert len(v.dependencies.history(dep.id)) == 1
    if version >= 2:
        assert v.conn.execute("SELECT count(*) FROM assessments").fetchone()[0] == len(deps)
    assert v.check() == []
    # the pre-migration copy, at the old version, under the same key
    copies = v.list_backups()
    assert len(copies) == 1
    assert user_version(copies[0], key.hex()) == version
    # the migrated vault keeps working: edit a migrated record
    changed = Dependency.from_dict({**deps[0].to_dict(), "description": "changed after migration"})
    with v.transaction():
        assert v.dependencies.update(changed)
    assert [r.seq for r in v.dependencies.history(changed.id)] == [2, 1]
    v.close(backup=False)
    assert user_version(folder / DB_NAME, key.hex()) == migrations.LATEST
    again = unlock(folder)
    assert again.list_backups() == copies  # no second pre-migration copy


# the committed v1 vault -------------------------------------------------------------------


def test_v1_fixture_is_what_it_claims(v1_fixture: Path) -> None:
    slots, _ = parse((v1_fixture / SLOTS_NAME).read_bytes())
    passphrase_slot = next(s for s in slots.slots if s.kind == "passphrase")
    _, params = passphrase_slot.params()
    assert params == FAST_KDF
    key = slots.try_unwrap(passphrase_slot, FIXTURE_PASSPHRASE.encode())
    assert key is not None
    assert user_version(v1_fixture / DB_NAME, key.hex()) == 1


def test_v1_fixture_unlocks_and_migrates(v1_fixture: Path, unlock: Unlock) -> None:
    v = unlock(v1_fixture, passphrase=FIXTURE_PASSPHRASE)
    assert migrations.current_version(v.conn) == migrations.LATEST
    assert v.actor.user == "fixture"
    assert {d.id: d.name for d in v.dependencies.all()} == FIXTURE_IDS
    gallium = v.dependencies.get("0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0001")
    assert gallium.cn_codes == ["811292"]
    assert gallium.stages[0].shares[0].country == "CN"
    rows = {r.name: r.search_text for r in v.dependencies.rows()}
    assert "gallium" in rows["Gallium"]
    assert "811292" in rows["Gallium"]
    assert "euv" in rows["Lithography optics"]
    assert "optics for euv lithography machines" in rows["Lithography optics"]
    assert v.check() == []
    actions = [e.action for e in reversed(v.audit.entries())]
    assert actions[:3] == ["vault-created", "create", "create"]
    assert actions[-1] == "unlock"
    assert len(v.list_backups()) == 1
    key = v.export_key()
    assert user_version(v.list_backups()[0], key) == 1
    v.close(backup=False)
    unlock(v1_fixture, recovery_key=FIXTURE_RECOVERY_KEY)


def test_v1_fixture_in_repository_untouched() -> None:
    """Unlocking a copy must not have left WAL files or backups in the committed fixture."""
    assert sorted(p.name for p in (FIXTURES / "v1.sdvault").iterdir()) == sorted([DB_NAME, SLOTS_NAME])


# failures ---------------------------------------------------------------------------------


def broken(step: int) -> dict[int, str]:
    return {**migrations.MIGRATIONS,
            step: migrations.MIGRATIONS[step] + ";\nINSERT INTO no_such_table VALUES (1);"}


def test_failed_step_rolls_back_and_earlier_steps_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = db.connect(tmp_path / "x.db", new_data_key())
    try:
        migrations.migrate(conn, target=1)
        conn.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        before_step = migrations.LATEST
        monkeypatch.setattr(migrations, "MIGRATIONS", broken(before_step))
        with pytest.raises(sqlcipher3.dbapi2.OperationalError, match="no_such_table"):
            migrations.migrate(conn)
        # every step before the broken one committed; the broken step left no trace
        assert migrations.current_version(conn) == before_step - 1
        assert not conn.in_transaction
        if before_step == 3:
            assert "search_text" not in table_columns(conn, "dependencies")
            assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'dependencies_facets'"
                                ).fetchone()[0] == 0
        assert conn.execute("SELECT value FROM meta WHERE key = 'k'").fetchone()[0] == "v"
        monkeypatch.undo()
        assert migrations.migrate(conn) == [before_step]
        assert migrations.current_version(conn) == migrations.LATEST
    finally:
        conn.close()


def test_failed_migration_on_unlock_leaves_vault_as_it_was(tmp_path: Path, ref: ReferenceData,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           unlock: Unlock) -> None:
    folder = tmp_path / "old.sdvault"
    deps = sample_deps()
    version = migrations.LATEST - 1
    key = build_vault_at_version(folder, version, deps)
    monkeypatch.setattr(migrations, "MIGRATIONS", broken(migrations.LATEST))
    with pytest.raises(sqlcipher3.dbapi2.OperationalError, match="no_such_table"):
        Vault.unlock(folder, ref, passphrase="correct horse battery staple")
    monkeypatch.undo()
    assert user_version(folder / DB_NAME, key.hex()) == version
    v = unlock(folder)  # lock released, fixed code migrates it
    assert migrations.current_version(v.conn) == migrations.LATEST
    assert len(v.dependencies.all()) == len(deps)
    assert v.check() == []


def test_newer_schema_is_refused_by_migrate(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.db", new_data_key())
    try:
        migrations.migrate(conn)
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
        with pytest.raises(NewerVersion):
            migrations.migrate(conn)
    finally:
        conn.close()


def test_statement_splitter_respects_parentheses() -> None:
    script = "CREATE TABLE a (x TEXT DEFAULT ';', y INT); ; INSERT INTO a VALUES ((1), 2)\n"
    assert migrations._statements("CREATE TABLE a (x, y); INSERT INTO a VALUES ((1), 2)") == [
        "CREATE TABLE a (x, y)", "INSERT INTO a VALUES ((1), 2)"]
    assert migrations._statements(script) == [
        "CREATE TABLE a (x TEXT DEFAULT ';', y INT)", "INSERT INTO a VALUES ((1), 2)"]


def test_migrated_search_text_folds_non_ascii_like_the_repository(tmp_path: Path, unlock: Unlock) -> None:
    folder = tmp_path / "accents.sdvault"
    dep = make_dep(name="Énergie-Ĳzer", description="Ölraffinerie ÉÉN", cn_codes=[], tags=["Ĳs"])
    build_vault_at_version(folder, migrations.LATEST - 1, [dep])
    v = unlock(folder)
    text = v.dependencies.rows()[0].search_text
    assert text.split() == search_text(dep).split()
