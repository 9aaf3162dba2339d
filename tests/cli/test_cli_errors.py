"""Bad input never gives a traceback: usage errors exit 2, refusals exit 1 with one line on stderr."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sdapp.vault.keyslots import canonical
from tests.cli.conftest import (
    PASSPHRASE,
    CliVault,
    Made,
    assert_ok,
    assert_refused,
    assert_usage,
    run_cli,
    write_secret,
)

# usage errors: exit 2 ------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["vault", "frobnicate", "v"],
    ["vault"],
    ["vault", "check", "v", "--passphrase-file", "p", "--bogus"],
    ["vault", "create", "v", "--passphrase-file", "p", "--user", "a", "--department", "EZ"],
    ["vault", "create", "v", "--passphrase-file", "p", "--user", "a", "--department", "EZ",
     "--recovery-key-file", "rk", "--kdf-seconds", "fast"],
    ["--passphrase", "secret"],
], ids=["command", "vault-action", "no-action", "option", "create-no-recovery-file", "kdf-not-a-number",
        "passphrase-on-command-line"])
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    result = run_cli(tmp_path, *args)
    assert_usage(result)
    assert result.out == ""
    assert list(tmp_path.iterdir()) == []  # nothing was created


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_non_finite_kdf_seconds_is_a_clear_error(value: str, tmp_path: Path) -> None:
    pp = write_secret(tmp_path / "pp.txt", PASSPHRASE)
    result = run_cli(tmp_path, "vault", "create", "v", "--passphrase-file", pp, "--user", "a", "--department", "EZ",
                     "--recovery-key-file", tmp_path / "rk.txt", "--kdf-seconds", value)
    assert result.rc in (1, 2), str(result)
    assert "unexpected error" not in result.err, str(result)
    assert "kdf-seconds" in result.err, str(result)
    assert not (tmp_path / "v.sdvault").exists()


# secrets: files only ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["vault", "check"],
    ["vault", "export-key"],
    ["register", "list"],
], ids=["check", "export-key", "list"])
def test_missing_passphrase_file_is_refused(args: list[str], vault: CliVault) -> None:
    result = vault.run(*args[:2], vault.path, *args[2:])
    assert_refused(result, "--passphrase-file is required")
    assert result.out == ""


def test_secret_file_problems_have_distinct_messages(vault: CliVault) -> None:
    empty = vault.home / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    binary = vault.home / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage")
    folder = vault.home / "a-folder"
    folder.mkdir()
    lines = [
        assert_refused(vault.run("vault", "check", vault.path, "--passphrase-file", vault.home / "nope.txt"),
                       "does not exist"),
        assert_refused(vault.run("vault", "check", vault.path, "--passphrase-file", empty), "empty"),
        assert_refused(vault.run("vault", "check", vault.path, "--passphrase-file", binary), "cannot read"),
        assert_refused(vault.run("vault", "check", vault.path, "--passphrase-file", folder), "cannot read"),
        assert_refused(vault.run("vault", "check", vault.path, "--passphrase-file", "-", stdin=""), "empty"),
        assert_refused(vault.run("vault", "check", vault.path, "--recovery-key-file", vault.home / "nope.txt"),
                       "recovery key"),
        assert_refused(vault.cmd("vault", "check", "--recovery-key-file", vault.recovery_file), "not both"),
    ]
    assert len(set(lines)) == len(lines)
    # none of these counted as a failed attempt: the right passphrase works at once
    assert_ok(vault.cmd("vault", "check"))


def test_secret_never_appears_in_output(vault: CliVault) -> None:
    bad = write_secret(vault.home / "bad.txt", "my-very-secret-wrong-guess")
    result = vault.run("vault", "check", vault.path, "--passphrase-file", bad)
    assert_refused(result, "wrong passphrase")
    assert "my-very-secret-wrong-guess" not in result.out + result.err


# things that are not (working) vaults -------------------------------------------------------


def _rewrite_slots(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change keyslots.json and recompute its checksum, as a careful editor would."""
    raw = json.loads((folder / "keyslots.json").read_text(encoding="utf-8"))
    body = {k: v for k, v in raw.items() if k != "checksum"}
    change(body)
    body["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
    (folder / "keyslots.json").write_text(json.dumps(body), encoding="utf-8")


def test_broken_vaults_are_refused_with_distinct_messages(vault: CliVault, demo_template: Made) -> None:
    home = vault.home

    def copy(name: str) -> Path:
        target = home / f"{name}.sdvault"
        shutil.copytree(vault.path, target)
        return target

    random_folder = home / "holiday-photos"
    random_folder.mkdir()
    (random_folder / "beach.jpg").write_bytes(b"\xff\xd8\xff")
    a_file = home / "a-file.txt"
    a_file.write_text("x", encoding="utf-8")

    garbled = copy("garbled")
    (garbled / "keyslots.json").write_text("{ this is not json", encoding="utf-8")
    edited = copy("edited")
    text = (edited / "keyslots.json").read_text(encoding="utf-8")
    (edited / "keyslots.json").write_text(text.replace('"anna"', '"mallory"'), encoding="utf-8")
    resigned = copy("resigned")
    _rewrite_slots(resigned, lambda body: body.update(slots=[s for s in body["slots"] if s["kind"] != "recovery"]))
    newer = copy("newer")
    _rewrite_slots(newer, lambda body: body.update(version=99))
    no_db = copy("no-db")
    (no_db / "register.db").unlink()
    swapped = copy("swapped")
    shutil.copyfile(demo_template.vault.path / "register.db", swapped / "register.db")

    def refused(path: Path, *fragments: str) -> str:
        return assert_refused(vault.run("vault", "check", path, "--passphrase-file", vault.passphrase_file),
                              *fragments)

    cases = {
        "missing": refused(home / "does-not-exist.sdvault", "not a vault folder"),
        "file": refused(a_file, "not a vault folder"),
        "random folder": refused(random_folder, "not an sdapp vault"),
        "garbled keyslots": refused(garbled, "damaged", "not readable"),
        "edited keyslots": refused(edited, "damaged", "checksum"),
        "re-signed keyslots": refused(resigned, "altered outside sdapp"),
        "newer keyslots": refused(newer, "newer"),
        "no database": refused(no_db, "register.db"),
        "swapped database": refused(swapped, "does not open"),
    }
    distinct = {k: v for k, v in cases.items() if k != "file"}
    assert len({v.replace(str(home), "") for v in distinct.values()}) == len(distinct), cases
    # the original vault is unaffected
    assert_ok(vault.cmd("vault", "check"))


def test_commands_on_a_missing_vault(tmp_path: Path) -> None:
    pp = write_secret(tmp_path / "pp.txt", PASSPHRASE)
    for args in (["vault", "users"], ["vault", "export-key"], ["register", "list"]):
        result = run_cli(tmp_path, *args, tmp_path / "nowhere", "--passphrase-file", pp)
        assert_refused(result, "not a vault folder")
        assert result.out == ""
    assert not (tmp_path / "nowhere").exists()
    assert not (tmp_path / "nowhere.sdvault").exists()
