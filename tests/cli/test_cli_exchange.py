"""``sdapp exchange export | import | log`` between two vaults: the demo register at a ministry and
an empty taskforce vault, with keys exchanged through the CLI itself."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from sdapp.assets import load_reference
from sdapp.vault.vault import Vault
from tests.cli.conftest import (
    CliVault,
    Made,
    assert_ok,
    assert_refused,
    assert_usage,
    copy_vault,
)

SUMMARY = re.compile(r"^new=(\d+) updated=(\d+) conflicts=(\d+) deleted=(\d+) unchanged=(\d+)$")


@dataclass
class Sites:
    ministry: CliVault  # the demo register; contact "Taskforce"
    taskforce: CliVault  # empty; contact "Ministry"
    media: Path


def exchange_keys(a: CliVault, a_name: str, b: CliVault, b_name: str) -> None:
    for src, dst, name in ((a, b, a_name), (b, a, b_name)):
        keys = src.home / "keys"
        assert_ok(src.cmd("keys", "export", "--out", keys))
        recipient = (keys / "identity.age.pub").read_text(encoding="utf-8").strip()
        assert_ok(dst.cmd("contacts", "add", "--name", name, "--organisation", "Rijksoverheid", "--age-recipient",
                          recipient, "--minisign-pubkey", keys / "identity.minisign.pub"))


@pytest.fixture(scope="session")
def sites_template(demo_template: Made, created_template: Made, tmp_path_factory: pytest.TempPathFactory) -> Sites:
    root = tmp_path_factory.mktemp("cli-exchange")
    ministry = copy_vault(demo_template.vault, root / "ministry")
    taskforce = copy_vault(created_template.vault, root / "taskforce")
    exchange_keys(ministry, "Ministry", taskforce, "Taskforce")
    return Sites(ministry, taskforce, root)


@pytest.fixture
def sites(sites_template: Sites, tmp_path: Path) -> Sites:
    media = tmp_path / "media"
    media.mkdir()
    return Sites(copy_vault(sites_template.ministry, tmp_path / "ministry"),
                 copy_vault(sites_template.taskforce, tmp_path / "taskforce"), media)


def summary(text: str) -> tuple[int, ...]:
    (line,) = text.splitlines()
    match = SUMMARY.match(line)
    assert match, line
    return tuple(int(g) for g in match.groups())


def export(v: CliVault, to: str, out: Path, *select: str) -> Path:
    result = assert_ok(v.cmd("exchange", "export", "--to", to, "--out", out, *select))
    written = out if out.name.endswith(".sdpack") else out.with_name(out.name + ".sdpack")
    assert result.out_lines == [str(written), f"{written}.minisig"]
    return written


@contextmanager
def unlocked(v: CliVault) -> Iterator[Vault]:
    vault = Vault.unlock(v.path, load_reference(), passphrase=v.passphrase_file.read_text(encoding="utf-8").strip())
    try:
        yield vault
    finally:
        vault.close(backup=False)


def register_json(v: CliVault) -> object:
    return json.loads(v.export_json())


def test_export_import_and_import_again(sites: Sites) -> None:
    m, t = sites.ministry, sites.taskforce
    pack = export(m, "Taskforce", sites.media / "to-taskforce.sdpack")
    assert pack.read_bytes().startswith(b"age-encryption.org/v1")
    with unlocked(m) as vault:
        records = sum(int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                      for table in ("dependencies", "assessments", "action_options"))
    first = assert_ok(t.run("exchange", "import", t.path, pack, "--passphrase-file", t.passphrase_file))
    assert summary(first.out) == (records, 0, 0, 0, 0)
    assert len(t.list_rows()) == len(m.list_rows())
    assert sorted(t.list_rows()) == sorted(m.list_rows())
    again = assert_ok(t.run("exchange", "import", t.path, pack, "--passphrase-file", t.passphrase_file))
    assert summary(again.out) == (0, 0, 0, 0, records)
    assert "imported before" in again.err
    actions = t.audit_actions()
    assert actions.count("exchange.received") == 1
    assert actions.count("exchange.new") == records
    # the exchange log on both sides
    (sent,) = assert_ok(m.cmd("exchange", "log")).out_lines
    assert sent.split("\t")[1:3] == ["sent", "Taskforce"]
    (received,) = assert_ok(t.cmd("exchange", "log", "--contact", "Ministry")).out_lines
    assert received.split("\t")[1:3] == ["received", "Ministry"]
    assert f"new={records}" in received
    # nothing changed since: nothing to send back
    assert_refused(t.cmd("exchange", "export", "--to", "Ministry", "--out", sites.media / "x", "--since-last"),
                   "nothing to send")
    assert assert_ok(t.cmd("vault", "check")).out_lines == ["ok: database integrity and audit chain verified"]


def test_dry_run_writes_nothing(sites: Sites) -> None:
    m, t = sites.ministry, sites.taskforce
    pack = export(m, "Taskforce", sites.media / "p.sdpack")
    audit_before = t.audit_actions()
    result = assert_ok(t.run("exchange", "import", t.path, pack, "--passphrase-file", t.passphrase_file,
                             "--dry-run"))
    assert summary(result.out)[0] > 0
    assert "dry run" in result.err
    assert t.list_rows() == []
    def changes(actions: list[str]) -> list[str]:
        return [a for a in actions if a != "unlock"]  # every CLI call records its unlock

    assert changes(t.audit_actions()) == changes(audit_before)


def test_a_conflict_imports_nothing_without_prefer(sites: Sites) -> None:
    m, t = sites.ministry, sites.taskforce
    assert_ok(t.run("exchange", "import", t.path, export(m, "Taskforce", sites.media / "1.sdpack"),
                    "--passphrase-file", t.passphrase_file))
    with unlocked(m) as vault:
        gallium = next(r for r in vault.dependencies.rows() if r.name.startswith("Gallium"))
        dep = copy.deepcopy(vault.dependencies.get(gallium.id))
        dep.description = "The ministry's reading"
        dep.tags = [*dep.tags, "ministry"]
        with vault.transaction():
            vault.dependencies.update(dep)
    with unlocked(t) as vault:
        dep = copy.deepcopy(vault.dependencies.get(gallium.id))
        dep.description = "The taskforce's reading"
        with vault.transaction():
            vault.dependencies.update(dep)
    pack = export(m, "Taskforce", sites.media / "2.sdpack", "--since-last")
    before = register_json(t)
    refused = t.run("exchange", "import", t.path, pack, "--passphrase-file", t.passphrase_file)
    line = assert_refused(refused, "changed on both sides", gallium.name, "description", "--prefer")
    assert "nothing was imported" in line
    assert summary(refused.out)[2] == 1
    assert register_json(t) == before
    dry = t.run("exchange", "import", t.path, pack, "--passphrase-file", t.passphrase_file, "--dry-run")
    assert_refused(dry, "changed on both sides")
    ok = assert_ok(t.run("exchange", "import", t.path, pack, "--passphrase-file", t.passphrase_file,
                         "--prefer", "theirs"))
    assert summary(ok.out)[2] == 1
    with unlocked(t) as vault:
        merged = vault.dependencies.get(gallium.id)
        assert merged.description == "The ministry's reading"
        assert "ministry" in merged.tags
        pack_id = vault.exchanges.entries()[0].pack_id
    (applied,) = assert_ok(t.cmd("exchange", "log", "--pack", pack_id[:8])).out_lines
    assert applied.split("\t")[:4] == ["conflict", "dependency", gallium.id, gallium.name]
    assert applied.split("\t")[4] == "description=theirs, tags=theirs"
    assert_refused(t.cmd("exchange", "log", "--pack", "ffffffff"), "no logged pack")
    # the agreed picture travels back as a fast-forward
    back = export(t, "Ministry", sites.media / "3.sdpack", "--since-last")
    result = assert_ok(m.run("exchange", "import", m.path, back, "--passphrase-file", m.passphrase_file))
    assert summary(result.out)[:3] == (0, 1, 0)


def test_selections_and_refusals(sites: Sites) -> None:
    m, t = sites.ministry, sites.taskforce
    rows = m.list_rows()
    first_id = rows[0].split("\t")[0]
    pack = export(m, "Taskforce", sites.media / "one", "--select", first_id)
    assert pack.name == "one.sdpack"
    assert pack.is_file()
    result = assert_ok(t.run("exchange", "import", t.path, sites.media / "one.sdpack", "--passphrase-file",
                             t.passphrase_file))
    assert summary(result.out)[0] >= 1
    assert len(t.list_rows()) == 1
    assert_ok(m.cmd("exchange", "export", "--to", "Taskforce", "--out", sites.media / "ez", "--ministry", "EZ"))
    assert_refused(m.cmd("exchange", "export", "--to", "Nobody", "--out", sites.media / "n"), "no contact named")
    assert_refused(m.cmd("exchange", "export", "--to", "Taskforce", "--out", sites.media / "n", "--select",
                         "00000000-0000-4000-8000-000000000000"), "no dependency with id")
    assert_refused(m.cmd("exchange", "export", "--to", "Taskforce", "--out", sites.media / "one.sdpack"),
                   "exists already")
    assert_refused(m.cmd("exchange", "export", "--to", "Taskforce", "--out", sites.media / "n", "--ministry",
                         "XX"), "unknown ministry")
    assert_usage(m.cmd("exchange", "export", "--to", "Taskforce", "--out", sites.media / "n", "--select", "all",
                       "--since-last"))
    assert_refused(t.run("exchange", "import", t.path, sites.media / "missing.sdpack", "--passphrase-file",
                         t.passphrase_file), "no such file")
    # the ministry cannot open a pack sealed for the taskforce
    assert_refused(m.run("exchange", "import", m.path, sites.media / "one.sdpack", "--passphrase-file",
                         m.passphrase_file), "not addressed to you")
    assert_usage(t.run("exchange", "import", t.path, sites.media / "one.sdpack", "--passphrase-file",
                       t.passphrase_file, "--prefer", "both"))
