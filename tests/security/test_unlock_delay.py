"""The growing delay after failed unlocks: 0, 1, 2, 4 ... s, capped at 5 minutes.

Driven with ``Vault.unlock``'s ``clock`` parameter (no sleeping), then through the CLI (a
retry right after failures is refused with the waiting time), and the count of failures
is shown at the next unlock (the GUI's unlock dialog) and written to the audit log.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.reference import ReferenceData
from sdapp.vault import unlock_state
from sdapp.vault.errors import LockedOut, WrongSecret
from sdapp.vault.vault import Created, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security.conftest import ROOT, child_env

MakeVault = Callable[..., Created]
WRONG = "not the passphrase at all"


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def folder(make_vault: MakeVault) -> Path:
    created = make_vault("delay")
    created.vault.close(backup=False)
    return created.vault.path


def _state(folder: Path) -> unlock_state.UnlockState:
    return unlock_state.load(folder / "unlock-state.json")


def test_the_schedule() -> None:
    assert [unlock_state.delay_after(n) for n in range(0, 8)] == [0, 1, 2, 4, 8, 16, 32, 64]
    assert unlock_state.delay_after(9) == 256
    assert unlock_state.delay_after(10) == 300  # capped at 5 minutes
    assert unlock_state.delay_after(1000) == 300


def test_delay_grows_with_each_failure(folder: Path, ref: ReferenceData) -> None:
    clock = Clock()
    for failures, delay in [(1, 1), (2, 2), (3, 4), (4, 8)]:
        with pytest.raises(WrongSecret) as wrong:
            Vault.unlock(folder, ref, passphrase=WRONG, clock=clock)
        assert (wrong.value.failures, wrong.value.delay_seconds) == (failures, delay)
        assert f"{failures} failed attempt" in str(wrong.value)
        assert f"next try in {delay} s" in str(wrong.value)

        # an immediate retry is refused before any key derivation, even with the right passphrase,
        # and does not count as another failure
        for secret in (WRONG, PASSPHRASE):
            with pytest.raises(LockedOut, match=f"too many failed attempts: wait {delay} s before trying again") as out:
                Vault.unlock(folder, ref, passphrase=secret, clock=clock)
            assert out.value.remaining_seconds == delay
        clock.now += delay - 0.5
        with pytest.raises(LockedOut, match="wait 1 s"):  # rounds up, never says 0 s
            Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=clock)
        assert _state(folder).failures == failures
        clock.now += 0.5  # the delay has run out exactly: the next attempt is allowed

    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=clock)
    try:
        assert v.failures_before_unlock == 4  # for the "failed attempts since last unlock" notice
        failed = [e for e in v.audit.entries() if e.action == "unlock-failed"]
        assert len(failed) == 1
        assert failed[0].detail == {"attempts": 4, "last_user": ""}
        assert v.check() == []  # the chain covers the entry
    finally:
        v.close(backup=False)
    assert _state(folder).failures == 0  # reset by the successful unlock
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=clock) as again:
        assert again.failures_before_unlock == 0
        assert [e.action for e in again.audit.entries()].count("unlock-failed") == 1
        again.close(backup=False)


def test_failures_name_the_user_tried(make_vault: MakeVault, ref: ReferenceData) -> None:
    created = make_vault("users")
    created.vault.add_user("bert", "BZK", "bert's own passphrase", FAST_KDF)
    created.vault.close(backup=False)
    clock = Clock()
    with pytest.raises(WrongSecret):
        Vault.unlock(created.vault.path, ref, passphrase=WRONG, user="bert", clock=clock)
    clock.now += 1
    with Vault.unlock(created.vault.path, ref, passphrase=PASSPHRASE, user="anna", clock=clock) as v:
        [entry] = [e for e in v.audit.entries() if e.action == "unlock-failed"]
        assert entry.detail == {"attempts": 1, "last_user": "bert"}
        assert entry.actor == "anna"
        v.close(backup=False)


def _cli(home: Path, folder: Path, passphrase_file: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sdapp", *command, str(folder), "--passphrase-file",
                           str(passphrase_file)], capture_output=True, text=True, encoding="utf-8",
                          env=child_env(HOME=str(home)), cwd=ROOT, timeout=120, check=False)


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("sdapp: ")
    return lines[0]


def test_cli_refuses_an_immediate_retry(folder: Path, ref: ReferenceData, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bad.write_text(WRONG + "\n", encoding="utf-8")

    first = _one_line(_cli(tmp_path, folder, bad, "vault", "check"))
    assert first == "sdapp: wrong passphrase (1 failed attempt; next try in 1 s)"
    t1 = _state(folder).last_failure
    # three more failures on the API's clock, the last one "now" as far as the CLI can tell
    for at in (t1 + 1, t1 + 3, t1 + 7):
        with pytest.raises(WrongSecret):
            Vault.unlock(folder, ref, passphrase=WRONG, clock=Clock(at))
    assert _state(folder).failures == 4  # the next attempt is allowed at t1 + 15

    retry = _one_line(_cli(tmp_path, folder, good, "vault", "check"))  # the right passphrase, too early
    waiting = re.fullmatch(r"sdapp: too many failed attempts: wait (\d+) s before trying again", retry)
    assert waiting, retry
    assert 1 <= int(waiting.group(1)) <= 15
    assert _state(folder).failures == 4  # the refused retry is not counted

    with Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=Clock(t1 + 15)) as v:
        assert v.failures_before_unlock == 4
        v.close(backup=False)
    audit = _cli(tmp_path, folder, good, "vault", "audit")
    assert audit.returncode == 0, audit.stderr
    actions = [line.split("\t")[3] for line in audit.stdout.splitlines()]
    assert actions[-3:] == ["unlock-failed", "unlock", "unlock"]


@pytest.mark.gui
def test_unlock_dialog_shows_the_count_and_the_countdown(folder: Path, ref: ReferenceData, qtbot: object) -> None:
    from sdapp.gui.unlock_dialog import UnlockDialog

    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongSecret):
            Vault.unlock(folder, ref, passphrase=WRONG, clock=clock)
        clock.now += unlock_state.delay_after(_state(folder).failures)
    clock.now -= 3  # 3 s of the 4 s delay after the third failure are left

    dialog = UnlockDialog(folder, clock=clock)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert "3" in dialog.attempts.text()  # "3 failed unlock attempt(s) since the last successful unlock."
    assert re.search(r"\b3\b", dialog.countdown.text()), dialog.countdown.text()
    assert not dialog.unlock_button.isEnabled()

    clock.now += 3
    dialog._tick()
    assert dialog.countdown.text() == ""
    assert dialog.unlock_button.isEnabled()
    dialog.secret.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.vault is not None
    try:
        assert dialog.vault.failures_before_unlock == 3
    finally:
        dialog.vault.close(backup=False)


def test_deleting_the_state_file_skips_the_delay(folder: Path, ref: ReferenceData) -> None:
    """Documented limit (docs/SECURITY.md): the counter lives outside the encrypted database, so
    whoever can delete it skips the wait. The delay guards the interactive path; against offline
    guessing, each guess costs a full Argon2id derivation of the key-slot file."""
    clock = Clock()
    for _ in range(5):
        with pytest.raises(WrongSecret):
            Vault.unlock(folder, ref, passphrase=WRONG, clock=clock)
        clock.now += unlock_state.delay_after(_state(folder).failures)
    with pytest.raises(WrongSecret):
        Vault.unlock(folder, ref, passphrase=WRONG, clock=clock)
    with pytest.raises(LockedOut):
        Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=clock)
    assert json.loads((folder / "unlock-state.json").read_text())["failures"] == 6
    (folder / "unlock-state.json").unlink()
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE, clock=clock) as v:
        assert v.failures_before_unlock == 0  # and the failures are not audited either
        assert "unlock-failed" not in [e.action for e in v.audit.entries()]
        v.close(backup=False)
