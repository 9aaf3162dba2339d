"""A vault folder: create, unlock, administer key slots, check, back up, restore, close.

Layout of ``NAME.sdvault/``: ``register.db`` (SQLCipher 4, keyed with a random data key),
``keyslots.json`` (the data key wrapped per user and for the recovery key), ``backups/``,
``vault.lock`` (held while open) and ``unlock-state.json`` (failed-attempt counter).
"""

from __future__ import annotations

import contextlib
import copy
import os
import platform
import shutil
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sdapp import __version__
from sdapp.core.reference import ReferenceData
from sdapp.vault import backup as backups
from sdapp.vault import keyslots, migrations, unlock_state
from sdapp.vault.assessments import AssessmentRepository
from sdapp.vault.audit import AuditLog, chain_key
from sdapp.vault.copies import CopyRegister
from sdapp.vault.db import Connection, DatabaseError, connect, integrity_problems
from sdapp.vault.dependencies import DependencyRepository
from sdapp.vault.errors import (
    DamagedVault,
    LockedOut,
    NotAVault,
    NotFound,
    StorageError,
    VaultError,
    WrongSecret,
)
from sdapp.vault.exchange_log import ExchangeLog
from sdapp.vault.exchange_store import ExchangeStore
from sdapp.vault.folder import (
    BACKUP_DIR,
    DB_NAME,
    LOCK_NAME,
    PENDING_SLOTS_NAME,
    SLOTS_NAME,
    STATE_NAME,
    SUFFIX,
    read_slots,
    resolve_path,
)
from sdapp.vault.fsutil import atomic_write, fsync_dir, storage_error
from sdapp.vault.keys import KeyRepository
from sdapp.vault.keyslots import KdfParams, KeySlotFile, Slot
from sdapp.vault.lockfile import VaultLock
from sdapp.vault.options import OptionRepository
from sdapp.vault.revisions import Actor
from sdapp.vault.trade import TradeRepository

MIN_PASSPHRASE = 8


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")


def normalise_passphrase(text: str) -> bytes:
    """NFC so the same passphrase typed on another keyboard layout derives the same key."""
    return unicodedata.normalize("NFC", text).encode("utf-8")


def workstation() -> str:
    return platform.node() or "unknown"


@dataclass(frozen=True)
class UserSlot:
    user: str
    department: str
    kind: str
    created: str


def _sqlite_to_vault_error(exc: Exception) -> VaultError:
    text = str(exc).lower()
    if "full" in text:
        return StorageError("the disk is full; the change was not saved")
    if "disk i/o error" in text:
        return StorageError("the medium refused the write (full, file too large for it, or removed); "
                            "the change was not saved")
    if "readonly" in text or "read-only" in text:
        return StorageError("the vault is on a read-only medium; the change was not saved")
    return DamagedVault(f"the register database reported an error: {exc}")


class Vault:
    """One unlocked vault. Use :func:`create` or :meth:`unlock`; call :meth:`close` when done."""

    def __init__(self, path: Path, slots: KeySlotFile, data_key: bytes, conn: Connection, lock: VaultLock,
                 actor: Actor, ref: ReferenceData, failures_before: int) -> None:
        self.path = path
        self._slots = slots
        self._key = bytearray(data_key)
        self.conn = conn
        self._lock = lock
        self.actor = actor
        self.ref = ref
        self.failures_before_unlock = failures_before
        self.audit = AuditLog(conn, audit_key(conn, data_key), actor.user, actor.workstation)
        self.dependencies = DependencyRepository(conn, self.audit, actor, ref)
        self.assessments = AssessmentRepository(conn, self.audit, actor, ref)
        self.options = OptionRepository(conn, self.audit, actor, ref)
        self.trade = TradeRepository(conn, self.audit, actor, ref)
        self.keys = KeyRepository(conn, self.audit, actor)
        self.copies = CopyRegister(conn, self.audit, actor)
        self.exchanges = ExchangeLog(conn, self.audit, actor)
        self.revision_graph = ExchangeStore(conn, actor)
        self._changes_at_open = conn.total_changes
        self._in_transaction = False

    # opening ------------------------------------------------------------------------
    @classmethod
    def unlock(cls, path: Path | str, ref: ReferenceData, *, passphrase: str | None = None,
               recovery_key: str | None = None, user: str | None = None,
               clock: Callable[[], float] = time.time) -> Vault:
        """Open the vault with a user's passphrase or the recovery key.

        Raises NotAVault, DamagedVault, NewerVersion, LockedOut, WrongSecret or VaultInUse,
        each with a message fit for the user.
        """
        folder = resolve_path(path)
        slots, raw = read_slots(folder)
        state_path = folder / STATE_NAME
        state = unlock_state.load(state_path)
        remaining = state.remaining(clock())
        if remaining > 0:
            raise LockedOut(f"too many failed attempts: wait {int(remaining + 0.999)} s before trying again",
                            remaining)
        data_key, slot = _open_slot(slots, passphrase, recovery_key, user)
        if data_key is None:
            state.failures += 1
            state.last_failure = clock()
            state.last_user = user or ""
            with contextlib.suppress(StorageError):
                unlock_state.save(state_path, state)
            what = "recovery key" if recovery_key is not None else "passphrase"
            delay = unlock_state.delay_after(state.failures)
            raise WrongSecret(f"wrong {what} ({state.failures} failed attempt"
                              f"{'s' if state.failures != 1 else ''}; next try in {delay:.0f} s)",
                              state.failures, delay)
        assert slot is not None
        slots.verify_mac(raw, data_key)
        lock = VaultLock(folder / LOCK_NAME)
        lock.acquire()
        try:
            try:
                conn = connect(folder / DB_NAME, data_key)
            except DamagedVault:
                finished = _finish_interrupted_rekey(folder, slot, passphrase, recovery_key)
                if finished is None:
                    raise
                slots, data_key, slot = finished
                conn = connect(folder / DB_NAME, data_key)
            try:
                version = migrations.current_version(conn)
                if version == 0:
                    raise DamagedVault("the register database is empty (the file was truncated or replaced); "
                                       "restore it from a backup")
                if version < migrations.LATEST:
                    if version > 0:
                        backups.export_copy(conn, data_key, _backup_dir(folder) / f"register-{backups.timestamp()}.db")
                    migrations.migrate(conn)
                elif version > migrations.LATEST:
                    migrations.migrate(conn)  # raises NewerVersion
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        actor = Actor(user=slot.user if slot.kind == "passphrase" else "recovery key",
                      department=slot.department, workstation=workstation())
        try:
            vault = cls(folder, slots, data_key, conn, lock, actor, ref, state.failures)
        except DatabaseError as exc:
            conn.close()
            lock.release()
            raise DamagedVault(f"the register database is damaged: {exc}") from exc
        except BaseException:
            conn.close()
            lock.release()
            raise
        try:
            _record_unlock(vault, slot, state)
        except BaseException:
            vault.close(backup=False)
            raise
        vault._changes_at_open = conn.total_changes  # the unlock entries alone are no reason for a backup
        if state.failures:
            with contextlib.suppress(StorageError):
                unlock_state.save(state_path, unlock_state.UnlockState())
        return vault

    # transactions ---------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All writes inside commit together or not at all; maps disk errors to StorageError."""
        if self._in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise _sqlite_to_vault_error(exc) from exc
        self._in_transaction = True
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except DatabaseError as exc:
            with contextlib.suppress(DatabaseError):
                self.conn.execute("ROLLBACK")
            raise _sqlite_to_vault_error(exc) from exc
        except BaseException:
            with contextlib.suppress(DatabaseError):
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._in_transaction = False

    def reader(self) -> Connection:
        """A second keyed connection for reading in another thread (WAL allows it); caller closes."""
        return connect(self.path / DB_NAME, bytes(self._key))

    # information ---------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(SUFFIX)

    def users(self) -> list[UserSlot]:
        return [UserSlot(s.user, s.department, s.kind, s.created) for s in self._slots.slots]

    # key administration -------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, params: KdfParams) -> None:
        """Rewrap this user's slot under a new passphrase; the data key stays the same."""
        _check_new_passphrase(new)
        slot = self._user_slot(self.actor.user)
        if self._slots.try_unwrap(slot, normalise_passphrase(old)) is None:
            raise WrongSecret("the current passphrase is wrong", 0, 0.0)
        with self._slot_change():
            self._slots.rewrap(slot, normalise_passphrase(new), bytes(self._key), params)
            self._save_slots("passphrase-changed", {"user": slot.user})

    def add_user(self, user: str, department: str, passphrase: str, params: KdfParams) -> None:
        if not user.strip():
            raise VaultError("a user name is required")
        _check_new_passphrase(passphrase)
        with self._slot_change():
            try:
                self._slots.add_slot("passphrase", user, department, normalise_passphrase(passphrase),
                                     bytes(self._key), params)
            except ValueError as exc:
                raise VaultError(str(exc)) from exc
            self._save_slots("user-added", {"user": user, "department": department})

    def remove_user(self, user: str) -> None:
        slot = self._user_slot(user)
        if sum(1 for s in self._slots.slots if s.kind == "passphrase") == 1:
            raise VaultError("cannot remove the last user; add another user first")
        with self._slot_change():
            self._slots.slots.remove(slot)
            self._save_slots("user-removed", {"user": user})

    def new_recovery_key(self, params: KdfParams) -> str:
        """Replace the recovery slot (after the old key was lost or exposed)."""
        key = keyslots.new_recovery_key()
        with self._slot_change():
            self._slots.slots = [s for s in self._slots.slots if s.kind != "recovery"]
            self._slots.add_slot("recovery", "", "", key.encode("ascii"), bytes(self._key), params)
            self._save_slots("recovery-key-replaced", {})
        return key

    def rekey(self, passphrase: str, params: KdfParams) -> tuple[str, list[str]]:
        """Full rekey: a new data key for the database, this user's slot and a new recovery key.

        Other users' slots cannot be rewrapped without their passphrases, so they are removed
        and listed; old backups (under the old key) are replaced by one under the new key.
        Crash-safe: the new key-slot file is written (as ``keyslots.pending.json``) before the
        database changes key, and unlock falls back to it if it finds the database rekeyed.
        """
        slot = self._user_slot(self.actor.user)
        if self._slots.try_unwrap(slot, normalise_passphrase(passphrase)) is None:
            raise WrongSecret("the passphrase is wrong", 0, 0.0)
        new_key = keyslots.new_data_key()
        removed = [s.user for s in self._slots.slots if s.kind == "passphrase" and s is not slot]
        fresh = KeySlotFile(vault_id=self._slots.vault_id, created=self._slots.created, slots=[])
        fresh.add_slot("passphrase", slot.user, slot.department, normalise_passphrase(passphrase), new_key, params)
        recovery = keyslots.new_recovery_key()
        fresh.add_slot("recovery", "", "", recovery.encode("ascii"), new_key, params)
        pending = self.path / PENDING_SLOTS_NAME
        atomic_write(pending, fresh.dumps(new_key))  # fails (disk full) before anything changed
        try:
            self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except DatabaseError as exc:
            pending.unlink(missing_ok=True)
            raise _sqlite_to_vault_error(exc) from exc
        for old in backups.list_backups(_backup_dir(self.path)):  # under the old key: gone before the switch
            old.unlink(missing_ok=True)
        try:
            _promote_pending_slots(self.path)
        except OSError as exc:  # unlock still finds keyslots.pending.json and completes the switch
            raise storage_error(exc, self.path / SLOTS_NAME) from exc
        self._slots = fresh
        self._key = bytearray(new_key)
        with self.transaction():
            self.audit.append("rekeyed", detail={"removed_users": removed})
        self.backup_rotated()
        return recovery, removed

    def export_key(self) -> str:
        """The raw data key as hex, for emergency access with any SQLCipher 4 tool. Audited."""
        with self.transaction():
            self.audit.append("key-exported", detail={"user": self.actor.user})
        return bytes(self._key).hex()

    def _user_slot(self, user: str) -> Slot:
        for s in self._slots.slots:
            if s.kind == "passphrase" and s.user == user:
                return s
        raise NotFound(f"no user {user!r} in this vault")

    def _save_slots(self, action: str, detail: dict[str, object]) -> None:
        atomic_write(self.path / SLOTS_NAME, self._slots.dumps(bytes(self._key)))
        with self.transaction():
            self.audit.append(action, detail=detail)

    @contextlib.contextmanager
    def _slot_change(self) -> Iterator[None]:
        """A key-slot change in memory is undone if writing the file fails: a refused change
        must not reappear with the next successful write."""
        before = copy.deepcopy(self._slots)
        try:
            yield
        except BaseException:
            self._slots = before
            raise

    # checks and backups -------------------------------------------------------------
    def check(self) -> list[str]:
        """Integrity of the database pages and structure, and of the audit chain."""
        with contextlib.suppress(DatabaseError):
            # The page check reads the main file only: fold the WAL in first, or a page that a
            # cut-short checkpoint left half-written there looks damaged though the WAL holds it.
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            problems = integrity_problems(self.conn)
        except DatabaseError as exc:
            return [f"the database is damaged: {exc}"]
        return problems + self.audit.verify()

    def backup_rotated(self) -> Path:
        folder = _backup_dir(self.path)
        target = folder / f"register-{backups.timestamp()}.db"
        backups.export_copy(self.conn, bytes(self._key), target)
        backups.rotate(folder)
        return target

    def backup_to(self, destination: Path) -> Path:
        """A whole-vault copy (database and key slots) in ``destination``, e.g. removable media."""
        if not destination.is_dir():
            raise VaultError(f"{destination} is not a folder")
        target = destination / f"{self.name}-{backups.timestamp()}{SUFFIX}"
        partial = destination / f".{target.name}.partial"
        try:
            partial.mkdir(mode=0o700)
            backups.export_copy(self.conn, bytes(self._key), partial / DB_NAME)
            atomic_write(partial / SLOTS_NAME, self._slots.dumps(bytes(self._key)))
            partial.rename(target)
        except OSError as exc:
            shutil.rmtree(partial, ignore_errors=True)
            raise storage_error(exc, target) from exc
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        with self.transaction():
            self.audit.append("backup", detail={"to": str(target)})
        return target

    def list_backups(self) -> list[Path]:
        return backups.list_backups(_backup_dir(self.path))

    def restore(self, source: Path) -> None:
        """Replace the register with a backup: a file from ``backups/`` or a whole-vault copy.

        The current state is backed up first; the backup must open with this vault's key and
        pass the integrity checks, or nothing changes. The vault is closed afterwards.
        """
        source = Path(source)
        slots_source: Path | None = None
        if source.is_dir():
            db_source, slots_source = source / DB_NAME, source / SLOTS_NAME
            if not db_source.is_file() or not slots_source.is_file():
                raise NotAVault(f"{source} is not a vault backup")
            copy_slots, copy_raw = read_slots(source)
            if copy_slots.vault_id != self.vault_id:
                raise VaultError(f"{source} is a backup of another vault")
            copy_slots.verify_mac(copy_raw, bytes(self._key))
        else:
            db_source = source
            if not db_source.is_file():
                raise NotFound(f"no backup at {source}")
        backups.check_copy(db_source, bytes(self._key))
        try:
            safety = self.backup_rotated()
        except VaultError:
            # The current register may be the damaged thing being replaced: keep its raw file.
            safety = _backup_dir(self.path) / f"register-{backups.timestamp()}-as-found.db"
            backups.copy_file_durably(self.path / DB_NAME, safety)
        key, actor = bytes(self._key), self.actor
        self.close(backup=False)
        staging = self.path / f".restore-{backups.timestamp()}.db"
        backups.copy_file_durably(db_source, staging)
        for extra in ("-wal", "-shm"):
            Path(f"{self.path / DB_NAME}{extra}").unlink(missing_ok=True)
        staging.replace(self.path / DB_NAME)
        if slots_source is not None:
            backups.copy_file_durably(slots_source, self.path / SLOTS_NAME)
        # Record the restore in the restored database's own chain, where it now lives.
        conn = connect(self.path / DB_NAME, key)
        try:
            log = AuditLog(conn, audit_key(conn, key), actor.user, actor.workstation)
            conn.execute("BEGIN IMMEDIATE")
            log.append("restore", detail={"from": str(source), "previous_state_kept_in": safety.name})
            conn.execute("COMMIT")
        finally:
            conn.close()

    # closing ---------------------------------------------------------------------------
    def close(self, backup: bool = True) -> None:
        """Lock: back up if anything changed, close the database, drop the key."""
        if self.conn is None:
            return
        try:
            if backup and self.conn.total_changes != self._changes_at_open:
                with contextlib.suppress(VaultError):
                    with self.transaction():
                        self.audit.append("lock")
                    self.backup_rotated()
            with contextlib.suppress(DatabaseError):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
        finally:
            self.conn = None  # type: ignore[assignment]
            for i in range(len(self._key)):
                self._key[i] = 0
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# creating ---------------------------------------------------------------------------------


@dataclass
class Created:
    vault: Vault
    recovery_key: str


def create(path: Path | str, ref: ReferenceData, *, user: str, department: str, passphrase: str,
           params: KdfParams, allow_short_passphrase: bool = False) -> Created:
    """Make a new vault folder; returns it unlocked, with the recovery key to show once.

    ``allow_short_passphrase`` exists for the demo vault only (passphrase ``demo``).
    """
    folder = Path(path)
    if folder.suffix != SUFFIX:
        folder = folder.with_name(folder.name + SUFFIX)
    if not user.strip():
        raise VaultError("a user name is required")
    if not allow_short_passphrase:
        _check_new_passphrase(passphrase)
    if folder.exists() and any(folder.iterdir()):
        raise VaultError(f"{folder} exists already and is not empty")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (folder / BACKUP_DIR).mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, folder, "create") from exc
    data_key = keyslots.new_data_key()
    recovery = keyslots.new_recovery_key()
    slots = KeySlotFile.new()
    slots.add_slot("passphrase", user, department, normalise_passphrase(passphrase), data_key, params)
    slots.add_slot("recovery", "", "", recovery.encode("ascii"), data_key, params)
    try:
        conn = connect(folder / DB_NAME, data_key)
        os.chmod(folder / DB_NAME, 0o600)
        migrations.migrate(conn)
        conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_by_version', ?)",
                     (slots.vault_id, __version__))
        conn.close()
        atomic_write(folder / SLOTS_NAME, slots.dumps(data_key))
        lock = VaultLock(folder / LOCK_NAME)
        lock.acquire()
        conn = connect(folder / DB_NAME, data_key)
        actor = Actor(user=user, department=department, workstation=workstation())
        vault = Vault(folder, slots, data_key, conn, lock, actor, ref, 0)
        with vault.transaction():
            vault.audit.append("vault-created", detail={"user": user, "department": department,
                                                        "app_version": __version__})
    except DatabaseError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise _sqlite_to_vault_error(exc) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    vault._changes_at_open = conn.total_changes
    return Created(vault=vault, recovery_key=recovery)


def _open_slot(slots: KeySlotFile, passphrase: str | None, recovery_key: str | None,
               user: str | None) -> tuple[bytes | None, Slot | None]:
    if recovery_key is not None:
        try:
            secret = keyslots.normalise_recovery_key(recovery_key).encode("ascii")
        except ValueError as exc:
            raise VaultError(str(exc)) from exc
        candidates = [s for s in slots.slots if s.kind == "recovery"]
    elif passphrase is not None:
        secret = normalise_passphrase(passphrase)
        candidates = [s for s in slots.slots if s.kind == "passphrase" and (user is None or s.user == user)]
        if user is not None and not candidates:
            raise NotFound(f"this vault has no user {user!r}")
    else:
        raise VaultError("a passphrase or the recovery key is needed")
    for slot in candidates:
        key = slots.try_unwrap(slot, secret)
        if key is not None:
            return key, slot
    return None, None


def _record_unlock(vault: Vault, slot: Slot, state: unlock_state.UnlockState) -> None:
    """Audit the unlock, and the failed attempts before it (the database could not record those)."""
    with vault.transaction():
        if state.failures:
            vault.audit.append("unlock-failed", detail={"attempts": state.failures, "last_user": state.last_user})
        vault.audit.append("unlock", detail={"slot": slot.kind, "app_version": __version__})


def audit_key(conn: Connection, data_key: bytes) -> bytes:
    """The audit chain's HMAC key, kept inside the encrypted database so that a rekey does
    not have to re-sign (and so could never launder) the chain. Vaults made before it was
    stored get the key their chain was signed with: one derived from the data key."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()
    if row is not None:
        return bytes.fromhex(row[0])
    key = chain_key(data_key)
    conn.execute("INSERT INTO meta (key, value) VALUES ('audit_key', ?)", (key.hex(),))
    return key


def _finish_interrupted_rekey(folder: Path, slot: Slot, passphrase: str | None,
                              recovery_key: str | None) -> tuple[KeySlotFile, bytes, Slot] | None:
    """A rekey stopped between changing the database key and renaming the new key slots:
    open the pending slot file with the same secret and complete the switch."""
    pending = folder / PENDING_SLOTS_NAME
    if not pending.is_file():
        return None
    try:
        slots, raw = keyslots.parse(pending.read_bytes())
    except (OSError, VaultError):
        return None
    key, new_slot = _open_slot(slots, passphrase, recovery_key, slot.user if slot.kind == "passphrase" else None)
    if key is None or new_slot is None:
        return None
    slots.verify_mac(raw, key)
    try:
        connect(folder / DB_NAME, key).close()
    except DamagedVault:
        return None
    _promote_pending_slots(folder)
    for old in backups.list_backups(_backup_dir(folder)):  # under the old, possibly exposed key
        old.unlink(missing_ok=True)
    return slots, key, new_slot


def _promote_pending_slots(folder: Path) -> None:
    os.replace(folder / PENDING_SLOTS_NAME, folder / SLOTS_NAME)
    fsync_dir(folder)


def _backup_dir(folder: Path) -> Path:
    target = folder / BACKUP_DIR
    target.mkdir(mode=0o700, exist_ok=True)
    return target


__all__ = ["Created", "UserSlot", "Vault", "create", "read_slots", "resolve_path"]
