"""Full disk, file-size limits and read-only media: a clear error, and nothing lost.

Three ways to run out of room: RLIMIT_FSIZE in a child process (always possible; the
kernel refuses writes past the limit with EFBIG, as FAT32 does at 4 GiB), a small tmpfs
filled up (real ENOSPC; needs root and ``mount``, skipped otherwise), and a read-only
tmpfs (real EROFS; the same). Where no mount is possible the read-only case that matters
most, key-slot changes on an open vault, is simulated by making ``os.open`` refuse.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sdapp.analysis.register_files import write_register
from sdapp.core.reference import ReferenceData
from sdapp.vault import vault as vault_mod
from sdapp.vault.errors import StorageError, VaultError, WrongSecret
from sdapp.vault.vault import Created, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.conftest import make_dep, one_line_refusal, run_child, run_cli

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE semantics and tmpfs are Linux's")

MakeVault = Callable[..., Created]

# Commits 2 KB records until the medium refuses; prints what was committed and the refusal.
FILL_WRITER = """
import resource, signal
path, passphrase, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
vault = Vault.unlock(path, load_reference(), passphrase=passphrase)
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
say("OPEN")
for i in range(100000):
    try:
        with vault.transaction():
            vault.dependencies.add(dep(f"fill-{i:06d}", "x" * 2000))
    except Exception as exc:
        say("REFUSED", type(exc).__name__, str(exc).replace(chr(10), " "))
        break
    say("COMMITTED", i)
vault.close()  # the backup and the checkpoint fail quietly on the full medium
say("CLOSED")
"""


class Fill:
    def __init__(self, result: subprocess.CompletedProcess[str]) -> None:
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines[0] == "OPEN", result.stdout[-2000:]
        assert lines[-1] == "CLOSED", result.stdout[-2000:]
        self.committed = [int(ln.split()[1]) for ln in lines if ln.startswith("COMMITTED ")]
        refused = [ln for ln in lines if ln.startswith("REFUSED ")]
        assert len(refused) == 1, "the medium never refused a write"
        _, self.error_type, self.message = refused[0].split(" ", 2)


def _vault_with_records(make_vault: MakeVault, name: str = "media", count: int = 10) -> tuple[Path, set[str]]:
    created = make_vault(name)
    names = {f"before-{i:02d}" for i in range(count)}
    with created.vault.transaction():
        for n in sorted(names):
            created.vault.dependencies.add(make_dep(name=n))
    created.vault.close(backup=False)
    return created.vault.path, names


def _assert_intact(folder: Path, ref: ReferenceData, names: set[str], committed: list[int]) -> None:
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        assert v.check() == []
        present = {r.name for r in v.dependencies.rows()}
        assert names <= present
        assert {f"fill-{i:06d}" for i in committed} <= present
        v.close(backup=False)


def _limit_fsize(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    return apply


# file-size limit (RLIMIT_FSIZE) --------------------------------------------------------------


def test_file_size_limit_loses_no_committed_data(make_vault: MakeVault, ref: ReferenceData) -> None:
    folder, names = _vault_with_records(make_vault)
    limit = (folder / "register.db").stat().st_size + 10 * 4096
    fill = Fill(run_child(FILL_WRITER, folder, PASSPHRASE, str(limit)))
    assert fill.committed, "the limit left no room for a single commit; the test proves nothing"
    # the limit is gone with the child: everything it was told was committed is there
    _assert_intact(folder, ref, names, fill.committed)


def test_file_size_limit_is_a_storage_error(make_vault: MakeVault) -> None:
    folder, _ = _vault_with_records(make_vault)
    limit = (folder / "register.db").stat().st_size + 10 * 4096
    fill = Fill(run_child(FILL_WRITER, folder, PASSPHRASE, str(limit)))
    assert fill.error_type == "StorageError", f"{fill.error_type}: {fill.message}"


def test_check_after_a_short_checkpoint_reports_no_false_damage(make_vault: MakeVault, ref: ReferenceData) -> None:
    folder, names = _vault_with_records(make_vault)
    limit = (folder / "register.db").stat().st_size + 1000  # a partial page fits, a whole one does not
    fill = Fill(run_child(FILL_WRITER, folder, PASSPHRASE, str(limit)))
    _assert_intact(folder, ref, names, fill.committed)


def test_cli_import_past_the_file_size_limit_is_one_line_and_all_or_nothing(
        make_vault: MakeVault, ref: ReferenceData, tmp_path: Path) -> None:
    folder, names = _vault_with_records(make_vault)
    big = tmp_path / "big.csv"
    write_register(big, [make_dep(name=f"import-{i:04d}", description="y" * 2000) for i in range(600)])
    (tmp_path / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    limit = (folder / "register.db").stat().st_size + 16 * 4096
    proc = run_cli(tmp_path, "register", "import", folder, big, "--passphrase-file", tmp_path / "pw.txt",
                   preexec_fn=_limit_fsize(limit))
    one_line_refusal(proc)  # its wording is the EFBIG bug above
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        assert {r.name for r in v.dependencies.rows()} == names  # nothing half-imported
        v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # see the false-damage bug above
        assert v.check() == []
        v.close(backup=False)


# real media: tmpfs ------------------------------------------------------------------------------


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``where`` (unmounted afterwards); skips the test where mounting is impossible."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    where.mkdir()
    result = _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "sdapp-test", str(where))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def _remount(where: Path, options: str) -> None:
    result = _mount("-o", f"remount,{options}", str(where))
    assert result.returncode == 0, result.stderr


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_full_small_filesystem(ref: ReferenceData, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "stick", "2m") as stick:
        created = vault_mod.create(stick / "small", ref, user="anna", department="EZ", passphrase=PASSPHRASE,
                                   params=FAST_KDF)
        folder = created.vault.path
        names = {f"before-{i:02d}" for i in range(5)}
        with created.vault.transaction():
            for n in sorted(names):
                created.vault.dependencies.add(make_dep(name=n))
        created.vault.close(backup=False)

        fill = Fill(run_child(FILL_WRITER, folder, PASSPHRASE, "0"))
        assert fill.committed
        assert fill.error_type == "StorageError", fill.message
        assert fill.message == "the disk is full; the change was not saved"

        # the CLI on the full medium: one line, exit 1
        csv = tmp_path / "more.csv"
        write_register(csv, [make_dep(name=f"import-{i:03d}", description="z" * 2000) for i in range(300)])
        (tmp_path / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
        proc = run_cli(tmp_path, "register", "import", folder, csv, "--passphrase-file", tmp_path / "pw.txt")
        one_line_refusal(proc, "full")

        # more room: everything committed is there, nothing of the refused import
        _remount(stick, "size=64m")
        _assert_intact(folder, ref, names, fill.committed)
        with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
            assert not any(r.name.startswith("import-") for r in v.dependencies.rows())
            v.close(backup=False)


def test_backup_to_a_full_stick_is_refused_and_leaves_nothing(make_vault: MakeVault, ref: ReferenceData,
                                                               tmp_path: Path) -> None:
    folder, _ = _vault_with_records(make_vault, count=200)
    with tmpfs(tmp_path / "usb", "256k") as usb, Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
        audit_before = len(v.audit.entries())
        with pytest.raises(VaultError, match="full") as info:
            v.backup_to(usb)
        assert str(info.value).startswith("cannot write the backup")
        assert list(usb.iterdir()) == []  # the partial copy was removed
        assert len(v.audit.entries()) == audit_before  # no "backup" entry for a backup that failed
        assert v.check() == []
        v.close(backup=False)


@pytest.mark.parametrize("free", [8 * 1024, 60 * 1024])
def test_create_on_a_full_medium_is_a_storage_error(ref: ReferenceData, tmp_path: Path, free: int) -> None:
    with tmpfs(tmp_path / "full", "1m") as full:
        with open(full / "filler", "wb") as fh, contextlib.suppress(OSError):
            fh.write(b"\0" * (1024 * 1024 - free))
        with pytest.raises(StorageError, match="full"):
            vault_mod.create(full / "new", ref, user="anna", department="EZ", passphrase=PASSPHRASE,
                             params=FAST_KDF)
        assert sorted(p.name for p in full.iterdir()) == ["filler"]  # no half-made vault


def test_create_on_a_full_medium_leaves_no_half_vault(ref: ReferenceData, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "full", "1m") as full:
        with open(full / "filler", "wb") as fh, contextlib.suppress(OSError):
            fh.write(b"\0" * (1024 * 1024 - 60 * 1024))
        with pytest.raises(Exception):  # noqa: B017, PT011 - its type is the bug above
            vault_mod.create(full / "new", ref, user="anna", department="EZ", passphrase=PASSPHRASE,
                             params=FAST_KDF)
        assert sorted(p.name for p in full.iterdir()) == ["filler"]


def test_read_only_medium(make_vault: MakeVault, ref: ReferenceData, tmp_path: Path) -> None:
    source, names = _vault_with_records(make_vault)
    with tmpfs(tmp_path / "cdrom", "16m") as medium:
        folder = medium / source.name
        shutil.copytree(source, folder)
        before = _files(folder)
        _remount(medium, "ro")

        with pytest.raises(StorageError, match="read-only"):
            Vault.unlock(folder, ref, passphrase=PASSPHRASE)
        # a wrong passphrase is still called wrong (the attempt counter cannot be stored there)
        with pytest.raises(WrongSecret):
            Vault.unlock(folder, ref, passphrase="not the passphrase")
        home = tmp_path / "home"
        home.mkdir()
        (home / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
        for command in ("check", "backups"):
            one_line_refusal(run_cli(home, "vault", command, folder, "--passphrase-file", home / "pw.txt"),
                             "read-only")
        assert _files(folder) == before

        _remount(medium, "rw")
        _assert_intact(folder, ref, names, [])


def test_backup_to_a_read_only_stick(make_vault: MakeVault, ref: ReferenceData, tmp_path: Path) -> None:
    folder, _ = _vault_with_records(make_vault)
    with tmpfs(tmp_path / "usb", "16m") as usb:
        _remount(usb, "ro")
        with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v:
            with pytest.raises(StorageError, match="read-only"):
                v.backup_to(usb)
            assert v.check() == []
            v.close(backup=False)


# the medium turns read-only under an open vault: simulated --------------------------------------
# A mounted medium cannot be remounted read-only while the vault holds files open for writing,
# so these make os.open refuse writes inside the vault folder with EROFS (what the kernel says).
# SQLite opens its files in C and is not affected; the key-slot file, written by Python, is.


def _refuse_writes_in(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_open = os.open
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC

    def read_only_open(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if flags & write_flags and str(path).startswith(str(folder)):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_open)


def test_key_change_on_a_read_only_medium_changes_nothing_on_disk(make_vault: MakeVault, ref: ReferenceData,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = _vault_with_records(make_vault)
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        slots_before = (folder / "keyslots.json").read_bytes()
        with monkeypatch.context() as m:
            _refuse_writes_in(m, folder)
            with pytest.raises(StorageError, match="read-only"):
                v.add_user("bert", "BZK", "bert's passphrase", FAST_KDF)
            with pytest.raises(StorageError, match="read-only"):
                v.change_passphrase(PASSPHRASE, "a brand new passphrase", FAST_KDF)
        assert (folder / "keyslots.json").read_bytes() == slots_before
        assert not [p for p in folder.iterdir() if ".tmp-" in p.name]  # no temporary file left
    finally:
        v.close(backup=False)
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v2:
        assert [u.user for u in v2.users()] == ["anna", ""]
        v2.close(backup=False)


def test_refused_passphrase_change_does_not_come_back_later(make_vault: MakeVault, ref: ReferenceData,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = _vault_with_records(make_vault)
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        with monkeypatch.context() as m:
            _refuse_writes_in(m, folder)
            with pytest.raises(StorageError):
                v.change_passphrase(PASSPHRASE, "a brand new passphrase", FAST_KDF)
        assert [u.user for u in v.users()] == ["anna", ""]
        v.add_user("bert", "BZK", "bert's passphrase", FAST_KDF)  # the medium is writable again
    finally:
        v.close(backup=False)
    with Vault.unlock(folder, ref, passphrase=PASSPHRASE) as v2:  # the passphrase that was never changed
        v2.close(backup=False)
