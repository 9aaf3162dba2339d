"""Crash safety: a writer process is killed with SIGKILL at random moments.

After every kill the vault must unlock (the kernel dropped the OS lock with the process),
pass ``vault.check()`` and hold every change the writer reported as committed. The same
for kills during backups and during a full rekey, where ``keyslots.pending.json`` must
keep the vault openable with the passphrase, and for a rekey stopped at each of its steps.

Default: a few trials per scenario (quick). Soak: ``pytest tests/reliability --soak`` or
``SDAPP_SOAK=1`` (about 200 writer trials). Each run prints its random seed; set
``SDAPP_CRASH_SEED`` to replay one.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault import backup as backups
from sdapp.vault.errors import DamagedVault
from sdapp.vault.folder import PENDING_SLOTS_NAME, read_slots
from sdapp.vault.vault import Created, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.conftest import make_dep, run_child, spawn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")

MakeVault = Callable[..., Created]


def _seed() -> int:
    seed = int(os.environ.get("SDAPP_CRASH_SEED", "0")) or random.SystemRandom().randrange(1, 2**31)
    print(f"crash-test seed: {seed} (replay with SDAPP_CRASH_SEED={seed})")
    return seed


class Writer:
    """A child process whose stdout lines are collected by a thread (so it never blocks on a full pipe)."""

    def __init__(self, script: str, *args: str | Path) -> None:
        self.proc = spawn(script, *args)
        self.lines: list[str] = []
        self.opened = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("OPEN"):
                self.opened.set()
        self.opened.set()  # EOF: the child died (by our kill or by an error)

    def wait_open(self, timeout: float = 60) -> None:
        """Until the writer says OPEN, or dies (then :meth:`close` reports its stderr)."""
        assert self.opened.wait(timeout), "the writer did not open the vault in time"

    def close(self) -> None:
        """SIGKILL (if still running) and reap; asserts it was our SIGKILL that ended it."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=60)
        self._reader.join(timeout=60)
        assert self.proc.stderr is not None
        err = self.proc.stderr.read()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        assert self.proc.returncode == -signal.SIGKILL, f"the writer ended on its own ({self.proc.returncode}):\n{err}"


def _kill_at_random(script: str, args: list[str | Path], rng: random.Random, *, early_share: float,
                    after_open: float) -> Writer:
    """Run the writer and SIGKILL it: sometimes at any moment after start (also during unlock),
    otherwise a random time after it reported the vault open."""
    w = Writer(script, *args)
    try:
        if rng.random() < early_share:
            time.sleep(rng.uniform(0.05, 1.5))
        else:
            w.wait_open()
            time.sleep(rng.uniform(0.0, after_open))
    finally:
        w.close()
    return w


# numbered commits -------------------------------------------------------------------------

WRITER = """
path, passphrase, counter_id, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
vault = Vault.unlock(path, load_reference(), passphrase=passphrase)
counter = vault.dependencies.get(counter_id)
say("OPEN")
i = start
while True:
    with vault.transaction():
        vault.dependencies.add(dep(f"edit-{i:07d}"))
        counter.description = str(i)  # same transaction: the counter always equals the newest edit
        vault.dependencies.update(counter)
    say(i)
    i += 1
"""


def _committed(lines: list[str]) -> list[int]:
    return [int(ln) for ln in lines if ln.isdigit()]


def test_writer_killed_at_random_keeps_every_commit(make_vault: MakeVault, ref: ReferenceData, soak: bool) -> None:
    trials = 200 if soak else 8
    rng = random.Random(_seed())
    created = make_vault("crash")
    folder = created.vault.path
    counter = make_dep(name="counter", description="")
    with created.vault.transaction():
        created.vault.dependencies.add(counter)
    counter_id = counter.id
    created.vault.close()

    next_number, total_reported = 0, 0
    for trial in range(trials):
        w = _kill_at_random(WRITER, [folder, PASSPHRASE, counter_id, str(next_number)], rng,
                            early_share=0.2, after_open=0.4)
        reported = _committed(w.lines)
        total_reported += len(reported)
        where = f"trial {trial}, reported {reported[:1]}..{reported[-1:]}"

        # the kernel released the lock: unlocking right away works
        v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
        try:
            assert v.check() == [], where
            present = sorted(int(r.name[5:]) for r in v.dependencies.rows() if r.name.startswith("edit-"))
            missing = set(reported) - set(present)
            assert not missing, f"{where}: committed but lost: {sorted(missing)[:10]}"
            assert present == list(range(len(present))), f"{where}: a half-written commit is visible"
            value = v.dependencies.get(counter_id).description
            assert value == (str(present[-1]) if present else ""), f"{where}: a commit was torn apart"
            next_number = len(present)
        finally:
            v.close(backup=False)
    assert total_reported > 0, "the writer never got to commit: the kills came too early to test anything"


# backups ----------------------------------------------------------------------------------

BACKUP_WRITER = """
from pathlib import Path
path, passphrase, dest = sys.argv[1], sys.argv[2], Path(sys.argv[3])
vault = Vault.unlock(path, load_reference(), passphrase=passphrase)
say("OPEN")
n = 0
while True:
    with vault.transaction():
        vault.dependencies.add(dep(f"round-{os.getpid()}-{n}"))
    say("rotated", vault.backup_rotated())
    say("copy", vault.backup_to(dest))
    n += 1
"""


def test_kill_during_backup(make_vault: MakeVault, ref: ReferenceData, tmp_path: Path, soak: bool) -> None:
    trials = 50 if soak else 3
    rng = random.Random(_seed())
    created = make_vault("backed-up")
    folder = created.vault.path
    created.vault.close(backup=False)
    dest = tmp_path / "usb"
    dest.mkdir()

    for trial in range(trials):
        w = _kill_at_random(BACKUP_WRITER, [folder, PASSPHRASE, dest], rng, early_share=0.0, after_open=0.6)
        reported_rotated = {Path(ln.split(" ", 1)[1]) for ln in w.lines if ln.startswith("rotated ")}
        reported_copies = {Path(ln.split(" ", 1)[1]) for ln in w.lines if ln.startswith("copy ")}

        v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
        try:
            assert v.check() == [], f"trial {trial}"
            key = bytes.fromhex(v.export_key())
            listed = v.list_backups()
            # rotation keeps the newest ten; every listed backup is whole and opens with the key
            assert {p for p in reported_rotated if p.exists()} <= set(listed)
            for b in listed:
                backups.check_copy(b, key)
            # whole-vault copies appear only when complete: every *.sdvault in dest is sound
            copies = sorted(dest.glob("*.sdvault"))
            assert reported_copies <= set(copies), f"trial {trial}"
            for c in copies:
                slots, raw = read_slots(c)
                slots.verify_mac(raw, key)
                backups.check_copy(c / "register.db", key)
            # a half-written copy is a hidden .partial folder, never mistaken for a vault
            assert all(p.name.startswith(".") and p.name.endswith(".partial")
                       for p in dest.iterdir() if not p.name.endswith(".sdvault"))
        finally:
            v.close(backup=False)
        if copies:  # the newest copy is a working vault with the same passphrase
            with Vault.unlock(copies[-1], ref, passphrase=PASSPHRASE) as copy:
                assert copy.check() == []
                copy.close(backup=False)
        for c in copies:
            shutil.rmtree(c)


# rekey ------------------------------------------------------------------------------------

REKEY_WRITER = """
path, passphrase = sys.argv[1], sys.argv[2]
vault = Vault.unlock(path, load_reference(), passphrase=passphrase)
say("OPEN")
n = 0
while True:
    vault.rekey(passphrase, FAST_KDF)
    n += 1
    say("REKEYED", n)
"""


def _seed_records(created: Created, count: int = 20) -> set[str]:
    names = {f"kept-{i:02d}" for i in range(count)}
    with created.vault.transaction():
        for name in sorted(names):
            created.vault.dependencies.add(make_dep(name=name))
    return names


def _assert_rekey_outcome(folder: Path, ref: ReferenceData, names: set[str], where: str) -> str:
    """The vault opens with the same passphrase, old or new key state; returns which path it took."""
    pending_before = (folder / PENDING_SLOTS_NAME).exists()
    slots_before = (folder / "keyslots.json").read_bytes()
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        assert v.check() == [], where
        assert {r.name for r in v.dependencies.rows()} == names, where
        assert [(u.kind, u.user) for u in v.users()] == [("passphrase", "anna"), ("recovery", "")], where
    finally:
        v.close(backup=False)
    if not pending_before:
        return "no pending slots"
    if (folder / PENDING_SLOTS_NAME).exists():
        assert (folder / "keyslots.json").read_bytes() == slots_before, where
        return "pending slots unused (database still under the old key)"
    return "pending slots completed at unlock"


def test_kill_during_rekey_keeps_the_vault_openable(make_vault: MakeVault, ref: ReferenceData, soak: bool) -> None:
    trials = 60 if soak else 3
    rng = random.Random(_seed())
    created = make_vault("rekeyed")
    names = _seed_records(created)
    folder = created.vault.path
    created.vault.close()
    outcomes: dict[str, int] = {}
    for trial in range(trials):
        _kill_at_random(REKEY_WRITER, [folder, PASSPHRASE], rng, early_share=0.0, after_open=1.0)
        outcome = _assert_rekey_outcome(folder, ref, names, f"trial {trial}")
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print("rekey kill outcomes:", outcomes)


# a rekey stopped at each of its steps (deterministic, by the child killing itself there)

STOPPING_REKEY = """
import signal
from sdapp.vault import vault as vault_mod

path, passphrase, point = sys.argv[1], sys.argv[2], sys.argv[3]
vault = Vault.unlock(path, load_reference(), passphrase=passphrase)


def die(here):
    if here == point:
        os.kill(os.getpid(), signal.SIGKILL)


real_write, real_promote = vault_mod.atomic_write, vault_mod._promote_pending_slots


def atomic_write(target, data, *args):
    real_write(target, data, *args)
    if target.name == "keyslots.pending.json":
        die("pending-written")


def promote(folder):
    real_promote(folder)
    die("slots-promoted")


class Conn:
    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        result = self._conn.execute(sql, *args)
        if sql.startswith("PRAGMA rekey"):
            die("database-rekeyed")
        elif "wal_checkpoint" in sql:
            die("checkpointed")
        return result


vault_mod.atomic_write, vault_mod._promote_pending_slots = atomic_write, promote
vault.conn = Conn(vault.conn)
vault.rekey(passphrase, FAST_KDF)
say("NOT STOPPED")
"""

REKEY_STEPS = ["pending-written", "database-rekeyed", "checkpointed", "slots-promoted"]


def _stop_rekey_at(folder: Path, point: str) -> None:
    result = run_child(STOPPING_REKEY, folder, PASSPHRASE, point)
    assert result.returncode == -signal.SIGKILL, f"{point}: {result.returncode}\n{result.stdout}\n{result.stderr}"


@pytest.mark.parametrize("point", REKEY_STEPS)
def test_rekey_stopped_at_each_step_opens_with_the_passphrase(make_vault: MakeVault, ref: ReferenceData,
                                                              point: str) -> None:
    created = make_vault("steps")
    names = _seed_records(created)
    folder = created.vault.path
    created.vault.close()
    _stop_rekey_at(folder, point)
    outcome = _assert_rekey_outcome(folder, ref, names, point)
    expected = {"pending-written": "pending slots unused (database still under the old key)",
                "database-rekeyed": "pending slots completed at unlock",
                "checkpointed": "pending slots completed at unlock",
                "slots-promoted": "no pending slots"}[point]
    assert outcome == expected
    # and it keeps working: a second, uninterrupted rekey from that state
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        v.rekey(PASSPHRASE, FAST_KDF)
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        assert v.check() == []
        assert {r.name for r in v.dependencies.rows()} == names
        v.close(backup=False)
    assert not (folder / PENDING_SLOTS_NAME).exists()


@pytest.mark.parametrize("point", ["checkpointed", "slots-promoted"])
def test_interrupted_rekey_leaves_no_backup_under_the_old_key(make_vault: MakeVault, ref: ReferenceData,
                                                              point: str) -> None:
    created = make_vault("old-backups")
    _seed_records(created)
    folder = created.vault.path
    created.vault.close()  # writes a rotated backup under the (old) data key
    assert len(list((folder / "backups").glob("register-*.db"))) == 1
    _stop_rekey_at(folder, point)
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        key = bytes.fromhex(v.export_key())
        listed = v.list_backups()
        v.close(backup=False)
    unreadable = []
    for b in listed:
        try:
            backups.check_copy(b, key)
        except DamagedVault:
            unreadable.append(b.name)
    assert unreadable == [], "backups left under the replaced data key"
