"""Helpers shared by the vault tests.

Plain helpers are imported by the test modules as ``from tests.vault.conftest import ...``
(pytest registers this module under that name before it collects the tests here).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id
from sdapp.core.reference import ReferenceData
from sdapp.vault import db, migrations
from sdapp.vault.audit import AuditLog, chain_key
from sdapp.vault.fsutil import atomic_write
from sdapp.vault.keyslots import KeySlotFile, canonical, new_data_key
from sdapp.vault.revisions import INSERT_REVISION, Actor, new_revision_row
from sdapp.vault.vault import DB_NAME, SLOTS_NAME, Vault, normalise_passphrase
from tests.conftest import FAST_KDF, PASSPHRASE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def make_dep(**overrides: Any) -> Dependency:
    """A valid dependency; keyword arguments replace fields."""
    values: dict[str, Any] = {
        "id": new_id(),
        "name": "Gallium",
        "kind": "raw-material",
        "domain": "chips",
        "description": "Gallium for compound semiconductors",
        "cn_codes": ["811292"],
        "lead_ministry": "",
        "status": "signalled",
        "tags": ["metals"],
        "stages": [SupplyStage("processing", [CountryShare("CN", 98.0), CountryShare("DE", 1.0)])],
    }
    values.update(overrides)
    return Dependency(**values)


def slots_json(folder: Path) -> dict[str, Any]:
    return json.loads((folder / SLOTS_NAME).read_text(encoding="utf-8"))


def write_slots_json(folder: Path, raw: dict[str, Any], *, recompute_checksum: bool = True) -> None:
    """Write ``raw`` as keyslots.json, with a fresh checksum (as a careful tamperer would)."""
    if recompute_checksum:
        body = {k: v for k, v in raw.items() if k != "checksum"}
        raw = {**body, "checksum": hashlib.sha256(canonical(body)).hexdigest()}
    (folder / SLOTS_NAME).write_text(json.dumps(raw, indent=1), encoding="utf-8")


def raw_connect(db_path: Path, hex_key: str) -> sqlcipher3.dbapi2.Connection:
    """A plain sqlcipher3 connection, keyed the way any SQLCipher 4 tool would be."""
    conn = sqlcipher3.connect(str(db_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def can_read(db_path: Path, hex_key: str) -> bool:
    conn = raw_connect(db_path, hex_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.dbapi2.DatabaseError:
        return False
    finally:
        conn.close()


def user_version(db_path: Path, hex_key: str) -> int:
    conn = raw_connect(db_path, hex_key)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def dependency_names(db_path: Path, hex_key: str) -> list[str]:
    conn = raw_connect(db_path, hex_key)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM dependencies ORDER BY name")]
    finally:
        conn.close()


def add_dep(vault: Vault, **overrides: Any) -> Dependency:
    dep = make_dep(**overrides)
    with vault.transaction():
        vault.dependencies.add(dep)
    return dep


def insert_old_rows(conn: sqlcipher3.dbapi2.Connection, data_key: bytes, version: int, deps: list[Dependency],
                    vault_id: str) -> None:
    """Fill a database at schema ``version`` the way that version of sdapp wrote it.

    Rows use the version-1 columns of ``dependencies`` (``data`` holds the snapshot, no
    ``search_text``), each with its create revision and audit entry; from version 2 on,
    every dependency also gets one assessment.
    """
    actor = Actor("anna", "EZ", "old-workstation")
    audit = AuditLog(conn, chain_key(data_key), actor.user, actor.workstation)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_by_version', ?)",
                 (vault_id, f"schema-{version}"))
    audit.append("vault-created", detail={"user": "anna"})
    for dep in deps:
        snap = json.dumps(dep.to_dict(), ensure_ascii=False, sort_keys=True)
        rev = new_revision_row("dependency", dep.id, 1, None, "create", actor, "2024-01-01T00:00:00+00:00", snap)
        conn.execute(INSERT_REVISION, rev)
        if version >= 3:  # from schema 3 on the content lives in the head revision only
            conn.execute(
                "INSERT INTO dependencies (id, name, kind, domain, lead_ministry, status, classification,"
                " deleted, updated_at, head_rev, search_text, eu_lists, review_date)"
                " VALUES (?,?,?,?,?,?,?,0,?,?,?,?,?)",
                (dep.id, dep.name, dep.kind, dep.domain, dep.lead_ministry, dep.status, dep.classification,
                 "2024-01-01T00:00:00+00:00", rev[0],
                 " ".join([dep.name, dep.description, *dep.cn_codes, *dep.tags]).lower(),
                 ";".join(dep.eu_lists), dep.review_date.isoformat() if dep.review_date else ""))
        else:
            conn.execute(
                "INSERT INTO dependencies (id, name, kind, domain, lead_ministry, status, classification,"
                " deleted, updated_at, head_rev, data) VALUES (?,?,?,?,?,?,?,0,?,?,?)",
                (dep.id, dep.name, dep.kind, dep.domain, dep.lead_ministry, dep.status, dep.classification,
                 "2024-01-01T00:00:00+00:00", rev[0], snap))
        audit.append("create", "dependency", dep.id, {"name": dep.name})
        if version >= 2:
            conn.execute(
                "INSERT INTO assessments (id, dependency_id, assessed_on, updated_at, head_rev, data)"
                " VALUES (?,?,?,?,?,?)",
                (new_id(), dep.id, "2024-02-01", "2024-02-01T00:00:00+00:00", new_id(), "{}"))
    conn.execute("COMMIT")


def build_vault_at_version(folder: Path, version: int, deps: list[Dependency], *,
                           passphrase: str = PASSPHRASE) -> bytes:
    """A vault folder whose database is at schema ``version`` (see insert_old_rows); returns the data key."""
    folder.mkdir(mode=0o700, parents=True)
    (folder / "backups").mkdir(mode=0o700)
    data_key = new_data_key()
    slots = KeySlotFile.new()
    slots.add_slot("passphrase", "anna", "EZ", normalise_passphrase(passphrase), data_key, FAST_KDF)
    conn = db.connect(folder / DB_NAME, data_key)
    try:
        assert migrations.migrate(conn, target=version) == list(range(1, version + 1))
        insert_old_rows(conn, data_key, version, deps, slots.vault_id)
        assert migrations.current_version(conn) == version
    finally:
        conn.close()
    atomic_write(folder / SLOTS_NAME, slots.dumps(data_key))
    return data_key


def vault_files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def open_vaults() -> Iterator[list[Vault]]:
    """A list to put vaults in; any still open at teardown are closed without a backup."""
    opened: list[Vault] = []
    yield opened
    for v in opened:
        if v.is_open:
            v.close(backup=False)


@pytest.fixture
def unlock(ref: ReferenceData, open_vaults: list[Vault]) -> Callable[..., Vault]:
    """``Vault.unlock`` that also closes the vault at teardown if the test did not."""

    def do(path: Path | str, **kwargs: Any) -> Vault:
        if "passphrase" not in kwargs and "recovery_key" not in kwargs:
            kwargs["passphrase"] = PASSPHRASE
        v = Vault.unlock(path, ref, **kwargs)
        open_vaults.append(v)
        return v

    return do


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory, ref: ReferenceData) -> tuple[Path, str]:
    """One closed vault (user anna/EZ, one record "Gallium"), made once; copy it, don't change it."""
    from sdapp.vault.vault import create

    created = create(tmp_path_factory.mktemp("template") / "test", ref, user="anna", department="EZ",
                     passphrase=PASSPHRASE, params=FAST_KDF)
    add_dep(created.vault, name="Gallium")
    created.vault.close(backup=False)
    return created.vault.path, created.recovery_key


@pytest.fixture
def closed_vault(vault_template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A fresh copy of the template vault: its folder and recovery key."""
    folder, recovery = vault_template
    target = tmp_path / folder.name
    shutil.copytree(folder, target)
    return target, recovery


@pytest.fixture
def v1_fixture(tmp_path: Path) -> Path:
    """A copy of the committed schema-1 vault (tests/fixtures/v1.sdvault)."""
    target = tmp_path / "v1.sdvault"
    shutil.copytree(FIXTURES / "v1.sdvault", target)
    return target
