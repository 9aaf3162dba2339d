"""``sdapp vault ...`` end to end: the real CLI in a subprocess, checked by exit code, messages and effects."""

from __future__ import annotations

import json
import re
import shutil
import stat
import time
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from sdapp import __version__
from tests.cli.conftest import (
    HEX_KEY_RE,
    PASSPHRASE,
    RECOVERY_KEY_RE,
    CliVault,
    Made,
    assert_ok,
    assert_refused,
    copy_vault,
    recovery_key_in,
    run_cli,
    write_secret,
)

NEW_PASSPHRASE = "a brand new passphrase"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def raw_connect(db: Path, hex_key: str) -> sqlcipher3.dbapi2.Connection:
    """A plain sqlcipher3 connection keyed as any SQLCipher 4 tool would be (no sdapp code)."""
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    return conn


def export_key(v: CliVault) -> str:
    result = assert_ok(v.cmd("vault", "export-key"))
    return result.out.strip()


# version and create -------------------------------------------------------------------


def test_version(tmp_path: Path) -> None:
    result = assert_ok(run_cli(tmp_path, "--version"))
    assert result.out.strip() == f"sdapp {__version__}"


def test_create_writes_vault_and_private_recovery_key(created_template: Made) -> None:
    made = created_template
    assert made.result.out.strip() == "created register.sdvault"  # as given, relative to the cwd
    assert "recovery key written to" in made.result.err
    assert (made.vault.path / "keyslots.json").is_file()
    assert (made.vault.path / "register.db").is_file()
    rk = made.vault.recovery_file
    assert stat.S_IMODE(rk.stat().st_mode) == 0o600
    key = recovery_key_in(rk)
    assert RECOVERY_KEY_RE.fullmatch(key), key
    assert len(key.split("-")) == 9
    # neither the passphrase nor the key is echoed anywhere
    assert PASSPHRASE not in made.result.out + made.result.err
    assert key not in made.result.out + made.result.err


def test_check_with_passphrase_and_with_recovery_key(vault: CliVault) -> None:
    for recovery in (False, True):
        result = assert_ok(vault.cmd("vault", "check", recovery=recovery))
        assert "ok" in result.out
        assert "audit chain" in result.out
        assert result.err == ""


def test_check_accepts_the_folder_without_suffix(vault: CliVault) -> None:
    bare = vault.path.with_name(vault.path.name.removesuffix(".sdvault"))
    assert_ok(vault.run("vault", "check", bare, "--passphrase-file", vault.passphrase_file))


def test_create_and_unlock_with_passphrase_on_stdin(tmp_path: Path) -> None:
    rk = tmp_path / "rk.txt"
    result = run_cli(tmp_path, "vault", "create", "piped", "--passphrase-file", "-", "--user", "piet",
                     "--department", "BZK", "--recovery-key-file", rk, "--kdf-seconds", "0",
                     stdin=PASSPHRASE + "\n")
    assert_ok(result)
    assert (tmp_path / "piped.sdvault" / "keyslots.json").is_file()
    assert_ok(run_cli(tmp_path, "vault", "check", "piped.sdvault", "--passphrase-file", "-", stdin=PASSPHRASE + "\n"))
    users = assert_ok(run_cli(tmp_path, "vault", "users", "piped", "--passphrase-file", "-", stdin=PASSPHRASE))
    assert any(ln.split("\t")[:3] == ["passphrase", "piet", "BZK"] for ln in users.out_lines), users.out


def test_create_refuses_an_existing_recovery_key_file(tmp_path: Path) -> None:
    pp = write_secret(tmp_path / "pp.txt", PASSPHRASE)
    rk = tmp_path / "rk.txt"
    rk.write_text("keep me\n", encoding="utf-8")
    result = run_cli(tmp_path, "vault", "create", "v", "--passphrase-file", pp, "--user", "anna",
                     "--department", "EZ", "--recovery-key-file", rk, "--kdf-seconds", "0")
    assert_refused(result, "exists already")
    assert rk.read_text(encoding="utf-8") == "keep me\n"
    assert not (tmp_path / "v.sdvault").exists()


def test_create_refuses_a_short_passphrase(tmp_path: Path) -> None:
    pp = write_secret(tmp_path / "pp.txt", "short")
    result = run_cli(tmp_path, "vault", "create", "v", "--passphrase-file", pp, "--user", "anna",
                     "--department", "EZ", "--recovery-key-file", tmp_path / "rk.txt", "--kdf-seconds", "0")
    assert_refused(result, "at least 8 characters")
    assert not (tmp_path / "v.sdvault").exists()
    assert not (tmp_path / "rk.txt").exists()


def test_create_refuses_an_existing_vault(vault: CliVault) -> None:
    before = (vault.path / "keyslots.json").read_bytes()
    result = vault.run("vault", "create", vault.path, "--passphrase-file", vault.passphrase_file, "--user", "eve",
                       "--department", "EZ", "--recovery-key-file", vault.home / "rk2.txt", "--kdf-seconds", "0")
    assert_refused(result, "exists already")
    assert (vault.path / "keyslots.json").read_bytes() == before
    assert not (vault.home / "rk2.txt").exists()


def test_create_with_unwritable_recovery_key_file_leaves_no_vault(tmp_path: Path) -> None:
    pp = write_secret(tmp_path / "pp.txt", PASSPHRASE)
    result = run_cli(tmp_path, "vault", "create", "v", "--passphrase-file", pp, "--user", "anna",
                     "--department", "EZ", "--recovery-key-file", tmp_path / "missing" / "rk.txt",
                     "--kdf-seconds", "0")
    assert_refused(result, "recovery key")
    assert not (tmp_path / "v.sdvault").exists()


def test_create_refuses_an_empty_user_name(tmp_path: Path) -> None:
    pp = write_secret(tmp_path / "pp.txt", PASSPHRASE)
    result = run_cli(tmp_path, "vault", "create", "v", "--passphrase-file", pp, "--user", "  ",
                     "--department", "EZ", "--recovery-key-file", tmp_path / "rk.txt", "--kdf-seconds", "0")
    assert_refused(result, "user name")
    assert not (tmp_path / "v.sdvault").exists()
    assert not (tmp_path / "rk.txt").exists()


def test_old_vault_is_migrated_by_check(tmp_path: Path) -> None:
    """The committed schema-1 fixture opens through the CLI, is migrated, backed up first, and checks ok."""
    target = tmp_path / "v1.sdvault"
    shutil.copytree(FIXTURES / "v1.sdvault", target)
    pp = write_secret(tmp_path / "pp.txt", "fixture-passphrase")
    assert_ok(run_cli(tmp_path, "vault", "check", target, "--passphrase-file", pp))
    assert list((target / "backups").glob("register-*.db")), "a copy of the old database must be kept"
    rows = assert_ok(run_cli(tmp_path, "register", "list", target, "--passphrase-file", pp)).out_lines
    assert sorted(r.split("\t")[1] for r in rows) == ["Gallium", "Lithography optics"]


# wrong secrets and the growing delay --------------------------------------------------


def test_wrong_passphrase_growing_delay_then_success(vault: CliVault) -> None:
    bad = write_secret(vault.home / "bad.txt", "not the passphrase")

    first = vault.run("vault", "check", vault.path, "--passphrase-file", bad)
    assert_refused(first, "wrong passphrase", "1 failed attempt", "next try in 1 s")
    time.sleep(1.05)  # the 1 s delay after the first failure has run out

    second = vault.run("vault", "check", vault.path, "--passphrase-file", bad)
    t_second = time.monotonic()
    assert_refused(second, "wrong passphrase", "2 failed attempts", "next try in 2 s")

    # right after a failure even the right passphrase must wait; the message says how long
    early = vault.cmd("vault", "check")
    line = assert_refused(early, "too many failed attempts")
    assert re.search(r"wait [12] s", line), line

    time.sleep(max(0.0, 2.1 - (time.monotonic() - t_second)))  # the 2 s delay after the second failure
    ok = assert_ok(vault.cmd("vault", "audit"))
    actions = [ln.split("\t")[3] for ln in ok.out_lines]
    assert "unlock-failed" in actions, ok.out
    assert actions[-1] == "unlock"
    # the counter was reset by the successful unlock
    assert_ok(vault.cmd("vault", "check"))


def test_wrong_and_mistyped_recovery_keys(vault: CliVault) -> None:
    from sdapp.vault.keyslots import new_recovery_key

    typo = list(recovery_key_in(vault.recovery_file))
    typo[0] = "A" if typo[0] != "A" else "B"
    typo_file = write_secret(vault.home / "typo.txt", "".join(typo))
    result = vault.run("vault", "check", vault.path, "--recovery-key-file", typo_file)
    assert_refused(result, "typing error")

    garbage = write_secret(vault.home / "garbage.txt", "hello")
    assert_refused(vault.run("vault", "check", vault.path, "--recovery-key-file", garbage), "9 groups")

    other = write_secret(vault.home / "other.txt", new_recovery_key())
    result = vault.run("vault", "check", vault.path, "--recovery-key-file", other)
    assert_refused(result, "wrong recovery key")


def test_passphrase_of_another_vault_is_wrong(vault: CliVault, demo_template: Made) -> None:
    result = vault.run("vault", "check", vault.path, "--passphrase-file", demo_template.vault.passphrase_file)
    assert_refused(result, "wrong passphrase")


def test_vault_in_use_is_refused(vault: CliVault) -> None:
    from sdapp.vault.lockfile import VaultLock

    lock = VaultLock(vault.path / "vault.lock")
    lock.acquire()
    try:
        assert_refused(vault.cmd("vault", "check"), "in use")
    finally:
        lock.release()
    assert_ok(vault.cmd("vault", "check"))


# passphrases and users ----------------------------------------------------------------


def test_passwd_old_fails_new_works(vault: CliVault) -> None:
    new = write_secret(vault.home / "new.txt", NEW_PASSPHRASE)
    result = vault.run("vault", "passwd", vault.path, "--passphrase-file", vault.passphrase_file,
                       "--new-passphrase-file", new, "--kdf-seconds", "0")
    assert_ok(result)
    assert "passphrase changed" in result.out
    assert_ok(vault.run("vault", "check", vault.path, "--passphrase-file", new))
    assert_ok(vault.cmd("vault", "check", recovery=True))  # the recovery key is untouched
    assert_refused(vault.cmd("vault", "check"), "wrong passphrase")


def test_passwd_refuses_a_short_new_passphrase(vault: CliVault) -> None:
    short = write_secret(vault.home / "short.txt", "1234567")
    before = (vault.path / "keyslots.json").read_bytes()
    result = vault.run("vault", "passwd", vault.path, "--passphrase-file", vault.passphrase_file,
                       "--new-passphrase-file", short, "--kdf-seconds", "0")
    assert_refused(result, "at least 8 characters")
    assert (vault.path / "keyslots.json").read_bytes() == before


def test_passwd_with_old_passphrase_on_stdin(vault: CliVault) -> None:
    new = write_secret(vault.home / "new.txt", NEW_PASSPHRASE)
    result = vault.run("vault", "passwd", vault.path, "--passphrase-file", "-", "--new-passphrase-file", new,
                       "--kdf-seconds", "0", stdin=PASSPHRASE + "\n")
    assert_ok(result)
    assert_ok(vault.run("vault", "check", vault.path, "--passphrase-file", new))


def test_passphrase_files_from_other_keyboards_and_editors(vault: CliVault) -> None:
    """The same passphrase typed decomposed (NFD) or saved with Windows line endings opens the vault."""
    text = "Crème brûlée 2024"
    nfc = vault.home / "nfc.txt"
    nfc.write_text(unicodedata.normalize("NFC", text) + "\n", encoding="utf-8")
    assert_ok(vault.run("vault", "passwd", vault.path, "--passphrase-file", vault.passphrase_file,
                        "--new-passphrase-file", nfc, "--kdf-seconds", "0"))
    nfd = vault.home / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", text) + "\n", encoding="utf-8")
    assert_ok(vault.run("vault", "check", vault.path, "--passphrase-file", nfd))
    crlf = vault.home / "crlf.txt"
    crlf.write_bytes(text.encode("utf-8") + b"\r\n")
    assert_ok(vault.run("vault", "check", vault.path, "--passphrase-file", crlf))


def test_passphrase_file_with_utf8_bom(vault: CliVault) -> None:
    bom = vault.home / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode("utf-8") + b"\r\n")
    assert_ok(vault.run("vault", "check", vault.path, "--passphrase-file", bom))


def test_add_user_check_as_new_user_then_remove(vault: CliVault) -> None:
    bob_pp = write_secret(vault.home / "bob.txt", "bob's own passphrase")
    result = vault.cmd("vault", "add-user", "--user", "bob", "--department", "BZK", "--new-passphrase-file", bob_pp,
                       "--kdf-seconds", "0")
    assert "user bob added" in assert_ok(result).out

    assert_ok(vault.run("vault", "check", vault.path, "--passphrase-file", bob_pp))
    assert_ok(vault.run("vault", "check", vault.path, "--passphrase-file", bob_pp, "--as", "bob"))
    users = assert_ok(vault.cmd("vault", "users")).out_lines
    slots = sorted(tuple(ln.split("\t")[:3]) for ln in users)
    assert slots == [("passphrase", "anna", "EZ"), ("passphrase", "bob", "BZK"), ("recovery", "-", "-")]
    audit = assert_ok(run_cli(vault.home, "vault", "audit", vault.path, "--passphrase-file", bob_pp)).out
    assert "user-added" in audit
    assert "\tbob@" in audit  # bob's own unlock is attributed to him

    # bob changes his own passphrase; anna's still works
    bob_new = write_secret(vault.home / "bob-new.txt", "bob's second passphrase")
    assert_ok(vault.run("vault", "passwd", vault.path, "--passphrase-file", bob_pp, "--new-passphrase-file", bob_new,
                        "--kdf-seconds", "0"))
    assert_ok(vault.cmd("vault", "check"))

    assert_ok(vault.cmd("vault", "remove-user", "--name", "bob"))
    assert_refused(vault.run("vault", "check", vault.path, "--passphrase-file", bob_new), "wrong passphrase")


def test_add_user_with_recovery_key_after_forgotten_passphrase(vault: CliVault) -> None:
    new_pp = write_secret(vault.home / "new.txt", NEW_PASSPHRASE)
    assert_ok(vault.cmd("vault", "add-user", "--user", "anna2", "--department", "EZ", "--new-passphrase-file",
                        new_pp, "--kdf-seconds", "0", recovery=True))
    assert_ok(vault.run("vault", "remove-user", vault.path, "--passphrase-file", new_pp, "--name", "anna"))
    users = assert_ok(vault.run("vault", "users", vault.path, "--passphrase-file", new_pp)).out
    assert "\tanna2\t" in users
    assert "\tanna\t" not in users


def test_user_administration_refusals(vault: CliVault) -> None:
    pp2 = write_secret(vault.home / "pp2.txt", NEW_PASSPHRASE)
    before = (vault.path / "keyslots.json").read_bytes()
    assert_refused(vault.cmd("vault", "remove-user", "--name", "anna"), "last user")
    assert_refused(vault.cmd("vault", "remove-user", "--name", "nobody"), "nobody")
    assert_refused(vault.cmd("vault", "add-user", "--user", "anna", "--department", "EZ",
                             "--new-passphrase-file", pp2, "--kdf-seconds", "0"), "already")
    assert_refused(vault.cmd("vault", "add-user", "--user", " ", "--department", "EZ",
                             "--new-passphrase-file", pp2, "--kdf-seconds", "0"), "user name")
    assert (vault.path / "keyslots.json").read_bytes() == before


def test_check_as_unknown_user(vault: CliVault) -> None:
    result = vault.cmd("vault", "check", "--as", "nobody")
    assert_refused(result, "nobody")


# recovery keys and rekey --------------------------------------------------------------


def test_new_recovery_key_replaces_the_old_one(vault: CliVault) -> None:
    out = vault.home / "new-rk.txt"
    result = assert_ok(vault.cmd("vault", "new-recovery-key", "--out", out, "--kdf-seconds", "0"))
    assert "old one no longer works" in result.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    new_key = recovery_key_in(out)
    assert RECOVERY_KEY_RE.fullmatch(new_key)
    assert new_key != recovery_key_in(vault.recovery_file)
    assert_ok(vault.run("vault", "check", vault.path, "--recovery-key-file", out))
    assert_refused(vault.cmd("vault", "check", recovery=True), "wrong recovery key")


def test_new_recovery_key_refuses_an_existing_file(vault: CliVault) -> None:
    before = (vault.path / "keyslots.json").read_bytes()
    result = vault.cmd("vault", "new-recovery-key", "--out", vault.passphrase_file, "--kdf-seconds", "0")
    assert_refused(result, "exists already")
    assert (vault.path / "keyslots.json").read_bytes() == before


def test_rekey_gives_new_data_key_and_recovery_key(vault: CliVault) -> None:
    old_key = export_key(vault)
    out = vault.home / "rekey-rk.txt"
    result = vault.cmd("vault", "rekey", "--out", out, "--kdf-seconds", "0")
    assert_ok(result)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert_ok(vault.run("vault", "check", vault.path, "--recovery-key-file", out))
    new_key = export_key(vault)
    assert new_key != old_key
    conn = raw_connect(vault.path / "register.db", old_key)
    try:
        with pytest.raises(sqlcipher3.dbapi2.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


# export-key and tampering -------------------------------------------------------------


def test_export_key_opens_the_database_with_plain_sqlcipher(demo_vault: CliVault) -> None:
    result = assert_ok(demo_vault.cmd("vault", "export-key"))
    assert len(result.out_lines) == 1
    key = result.out.strip()
    assert HEX_KEY_RE.fullmatch(key), result.out
    assert "WARNING" in result.err
    conn = raw_connect(demo_vault.path / "register.db", key)
    try:
        count = conn.execute("SELECT count(*) FROM dependencies").fetchone()[0]
    finally:
        conn.close()
    assert count >= 30
    assert "key-exported" in demo_vault.audit_actions()


def test_tampered_audit_table_fails_check(demo_vault: CliVault) -> None:
    key = export_key(demo_vault)
    conn = raw_connect(demo_vault.path / "register.db", key)
    try:
        assert conn.execute("SELECT detail FROM audit WHERE seq = 2").fetchone()[0] != "{}"
        conn.execute("UPDATE audit SET detail = '{}' WHERE seq = 2")
    finally:
        conn.close()
    result = demo_vault.cmd("vault", "check")
    assert result.rc == 1, str(result)
    assert result.err_lines, str(result)
    assert all(ln.startswith("sdapp: ") for ln in result.err_lines), str(result)
    assert "audit entry 2" in result.err_lines[0]
    assert "ok" not in result.out


def test_deleted_audit_row_fails_check(vault: CliVault) -> None:
    key = export_key(vault)
    conn = raw_connect(vault.path / "register.db", key)
    try:
        conn.execute("DELETE FROM audit WHERE seq = 2")
    finally:
        conn.close()
    result = vault.cmd("vault", "check")
    assert result.rc == 1, str(result)
    assert "audit entry 2" in result.err


def test_damaged_database_page_fails_check(demo_vault: CliVault) -> None:
    db = demo_vault.path / "register.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 12 * 4096
    data[10 * 4096 + 2000] ^= 0xFF
    db.write_bytes(bytes(data))
    result = demo_vault.cmd("vault", "check")
    assert result.rc == 1, str(result)
    assert result.err_lines[0].startswith("sdapp: "), str(result)
    assert "damaged" in result.err


# backup and restore ---------------------------------------------------------------------


def _change_one_name(v: CliVault, reference_json: str, new_name: str) -> Path:
    doc = json.loads(reference_json)
    doc["dependencies"][0]["name"] = new_name
    path = v.home / "change.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_backup_then_restore_brings_back_the_old_state(demo_vault: CliVault, demo_reference_json: str) -> None:
    dest = demo_vault.home / "usb"
    dest.mkdir()
    result = assert_ok(demo_vault.cmd("vault", "backup", dest))
    copies = list(dest.glob("demo-*.sdvault"))
    assert len(copies) == 1, list(dest.iterdir())
    copy = copies[0]
    assert result.out.strip() == str(copy)
    assert {p.name for p in copy.iterdir()} >= {"register.db", "keyslots.json"}
    assert not list(dest.glob(".*partial*"))

    change = _change_one_name(demo_vault, demo_reference_json, "CHANGED AFTER BACKUP")
    assert "updated=1" in assert_ok(demo_vault.cmd("register", "import", change)).out
    assert any("CHANGED AFTER BACKUP" in row for row in demo_vault.list_rows())

    result = assert_ok(demo_vault.cmd("vault", "restore", copy))
    assert "restored" in result.out
    rotated = assert_ok(demo_vault.cmd("vault", "backups")).out_lines
    rows = demo_vault.list_rows()
    assert not any("CHANGED AFTER BACKUP" in row for row in rows)
    assert len(rows) >= 30
    assert_ok(demo_vault.cmd("vault", "check"))

    # the state before the restore was kept in backups/: restoring it brings the change back
    assert rotated, "restore should keep the previous state in backups/"
    assert_ok(demo_vault.cmd("vault", "restore", rotated[0]))
    assert any("CHANGED AFTER BACKUP" in row for row in demo_vault.list_rows())


def test_restore_is_recorded_in_the_audit_log(vault: CliVault) -> None:
    dest = vault.home / "usb"
    dest.mkdir()
    copy = Path(assert_ok(vault.cmd("vault", "backup", dest)).out.strip())
    assert_ok(vault.cmd("vault", "restore", copy))
    actions = vault.audit_actions()
    assert "restore" in actions
    assert actions.index("restore") > actions.index("vault-created")
    assert_ok(vault.cmd("vault", "check"))  # the restore entry extends the restored chain correctly


def test_restore_refuses_bad_sources(vault: CliVault, demo_template: Made) -> None:
    other = copy_vault(demo_template.vault, vault.home / "other-home")
    dest = vault.home / "usb"
    dest.mkdir()
    other_copy = Path(assert_ok(other.cmd("vault", "backup", dest)).out.strip())
    junk = vault.home / "junk.db"
    junk.write_bytes(b"\x00" * 8192)
    messages = {
        assert_refused(vault.cmd("vault", "restore", other_copy), "another vault"),
        assert_refused(vault.cmd("vault", "restore", vault.home / "nothing-here"), "no backup"),
        assert_refused(vault.cmd("vault", "restore", dest), "not a vault backup"),
        assert_refused(vault.cmd("vault", "restore", junk), "damaged"),
    }
    assert len(messages) == 4
    assert_ok(vault.cmd("vault", "check"))


def test_backup_refuses_a_missing_destination(vault: CliVault) -> None:
    assert_refused(vault.cmd("vault", "backup", vault.home / "no-such-folder"), "not a folder")


def test_backups_and_audit_lists(vault: CliVault) -> None:
    doc = {"format": "sdapp-register", "version": 1,
           "dependencies": [{"id": "", "name": "Gallium", "kind": "raw-material", "domain": "chips"}]}
    change = vault.home / "one.json"
    change.write_text(json.dumps(doc), encoding="utf-8")
    assert "created=1" in assert_ok(vault.cmd("register", "import", change)).out  # a change: closing backs up
    backups = assert_ok(vault.cmd("vault", "backups")).out_lines
    assert backups
    assert all(Path(b).name.startswith("register-") and b.endswith(".db") for b in backups)
    assert all(Path(b).is_file() for b in backups)
    assert all(Path(b).parent == vault.path / "backups" for b in backups)
    audit = assert_ok(vault.cmd("vault", "audit", "--limit", "3")).out_lines
    assert len(audit) == 3
    seqs = [int(ln.split("\t")[0]) for ln in audit]
    assert seqs == sorted(seqs)
    assert audit[-1].split("\t")[3] == "unlock"
    full = vault.audit_actions()
    assert full[0] == "vault-created"
    assert "import" in full
