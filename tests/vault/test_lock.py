"""One writer per vault across processes, and recovery of the lock after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault.errors import VaultInUse
from sdapp.vault.vault import LOCK_NAME, Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")

Unlock = Callable[..., Vault]
ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys, time
    from sdapp.assets import load_reference
    from sdapp.vault.errors import VaultInUse
    from sdapp.vault.vault import Vault

    path, passphrase, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    try:
        vault = Vault.unlock(path, load_reference(), passphrase=passphrase)
    except VaultInUse as exc:
        print("IN-USE", exc, flush=True)
        sys.exit(3)
    print("OPEN", flush=True)
    if mode == "hold":
        time.sleep(120)
    vault.close()
    print("CLOSED", flush=True)
""")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def run_child(folder: Path, mode: str = "once") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(folder), PASSPHRASE, mode], capture_output=True,
                          text=True, timeout=60, env=child_env(), cwd=ROOT, check=False)


def test_second_process_gets_vault_in_use(closed_vault: tuple[Path, str], unlock: Unlock) -> None:
    folder, _ = closed_vault
    v = unlock(folder)
    result = run_child(folder)
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith("IN-USE")
    assert f"pid {os.getpid()}" in result.stdout  # the message names the holder
    assert v.is_open
    assert v.check() == []
    v.close(backup=False)
    result = run_child(folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["OPEN", "CLOSED"]


def test_lock_of_killed_process_is_recovered(closed_vault: tuple[Path, str], ref: ReferenceData,
                                             unlock: Unlock) -> None:
    folder, _ = closed_vault
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), PASSPHRASE, "hold"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "OPEN", child.stderr.read() if child.stderr else ""
        with pytest.raises(VaultInUse, match=f"pid {child.pid}"):
            Vault.unlock(folder, ref, passphrase=PASSPHRASE)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    # the lock file is still there, but the kernel dropped the lock with the process
    assert (folder / LOCK_NAME).exists()
    v = unlock(folder)
    assert [d.name for d in v.dependencies.all()] == ["Gallium"]
    assert v.check() == []
    actions = [e.action for e in v.audit.entries(limit=3)]
    assert actions[:2] == ["unlock", "unlock"]  # the killed session's unlock survived; no "lock" from it


def test_lock_released_on_close_in_same_process(closed_vault: tuple[Path, str], unlock: Unlock,
                                                ref: ReferenceData) -> None:
    folder, _ = closed_vault
    v = unlock(folder)
    with pytest.raises(VaultInUse):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    v.close(backup=False)
    v.close(backup=False)  # closing twice is harmless
    unlock(folder)


def test_context_manager_closes(closed_vault: tuple[Path, str], ref: ReferenceData, unlock: Unlock) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        assert v.is_open
    assert not v.is_open
    unlock(folder)
