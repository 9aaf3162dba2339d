"""``sdapp keys``, ``sdapp contacts`` and ``sdapp pack`` end to end, with the real ``age`` and
``minisign`` tools on the other side.

One flow per module, on a copy of the demo vault: export the vault user's public keys, add a
contact made with ``age-keygen`` and ``minisign -G``, add the vault's own identity as a contact
(so a copy comes back to us), issue a briefing to both. The tests then check the results and
run the commands that read them.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from tests.cli.conftest import CliVault, Made, Result, assert_ok, assert_refused, copy_vault
from tests.packs.conftest import (
    AgeKey,
    MinisignPair,
    age_decrypt,
    age_keygen,
    check_manifest_hashes,
    minisign_keygen,
    minisign_verify,
    run,
    unzip_all,
)

pytestmark = pytest.mark.slow  # a dozen CLI runs and a real export: ~15 s

LEVEL = "stg-confidentieel"
OPENED_FILES = ["annex.csv", "annex.xlsx", "briefing.pdf", "data.json", "manifest.json"]


@dataclass
class Flow:
    vault: CliVault
    keys_dir: Path
    keys_result: Result
    jan: AgeKey
    jan_minisign: MinisignPair
    contact_result: Result
    selection: list[str]
    export_result: Result
    packs: list[Path]  # .sdpack, in copy order: 1 Jan Jansen, 2 Zelf (our own identity)
    signatures: list[Path]

    def pack_cmd(self, action: str, *args: str | Path) -> Result:
        return self.vault.run("pack", action, *args)


def flipped_copy(source: Path, target: Path, offset: int | None = None) -> Path:
    """``source`` with one bit changed (in the middle unless ``offset``), and its .minisig beside it."""
    data = bytearray(source.read_bytes())
    data[len(data) // 2 if offset is None else offset] ^= 0x01
    target.write_bytes(bytes(data))
    shutil.copyfile(source.with_name(source.name + ".minisig"), target.with_name(target.name + ".minisig"))
    return target


@pytest.fixture(scope="module")
def flow(demo_template: Made, demo_reference_json: str, tmp_path_factory: pytest.TempPathFactory) -> Flow:
    home = tmp_path_factory.mktemp("cli-packs")
    vault = copy_vault(demo_template.vault, home)
    keys_dir = home / "keys"
    keys_result = assert_ok(vault.cmd("keys", "export", "--out", keys_dir))

    jan = age_keygen(home / "jan.agekey")
    jan_minisign = minisign_keygen(home / "jan-minisign")
    contact_result = assert_ok(vault.cmd("contacts", "add", "--name", "Jan Jansen", "--organisation", "Tweede Kamer",
                                         "--age-recipient", jan.recipient, "--minisign-pubkey", jan_minisign.public))
    own_recipient = (keys_dir / "identity.age.pub").read_text(encoding="ascii").strip()
    assert_ok(vault.cmd("contacts", "add", "--name", "Zelf", "--organisation", "EZ", "--age-recipient", own_recipient))

    deps = json.loads(demo_reference_json)["dependencies"]
    selection = [next(d["id"] for d in deps if d["classification"] == level)
                 for level in ("ongerubriceerd", "dep-vertrouwelijk", LEVEL)]
    out = home / "packs"
    export_result = assert_ok(vault.cmd("pack", "export", "--to", "Jan Jansen", "--to", "Zelf",
                                        "--select", *selection, "--classification", LEVEL, "--out", out))
    paths = [Path(line) for line in export_result.out_lines]
    return Flow(vault, keys_dir, keys_result, jan, jan_minisign, contact_result, selection, export_result,
                paths[0::2], paths[1::2])


# keys and contacts ------------------------------------------------------------------------------------


def test_keys_export_writes_the_public_keys(flow: Flow) -> None:
    age_pub = flow.keys_dir / "identity.age.pub"
    minisign_pub = flow.keys_dir / "identity.minisign.pub"
    assert flow.keys_result.out_lines == [str(age_pub), str(minisign_pub)]
    assert sorted(p.name for p in flow.keys_dir.iterdir()) == ["identity.age.pub", "identity.minisign.pub"]
    age_lines = age_pub.read_text(encoding="ascii").splitlines()
    assert len(age_lines) == 1
    assert re.fullmatch(r"age1[02-9ac-hj-np-z]{58}", age_lines[0])
    comment, key_line = minisign_pub.read_text(encoding="ascii").splitlines()
    assert re.fullmatch(r"untrusted comment: minisign public key [0-9A-F]{1,16}", comment)
    assert key_line.startswith("RW")  # base64 of "Ed" + key id + key
    for path in (age_pub, minisign_pub):
        assert "SECRET" not in path.read_text(encoding="ascii").upper()
    # the real minisign accepts the key: it verifies the detached signature of an issued copy
    result = minisign_verify(minisign_pub, flow.packs[0], flow.signatures[0])
    assert "Trusted comment: sdapp pack" in result.stdout.decode()


def test_keys_export_again_gives_the_same_keys(flow: Flow, tmp_path: Path) -> None:
    assert_ok(flow.vault.cmd("keys", "export", "--out", tmp_path / "again"))
    for name in ("identity.age.pub", "identity.minisign.pub"):
        assert (tmp_path / "again" / name).read_bytes() == (flow.keys_dir / name).read_bytes()


def test_contacts_add_and_list(flow: Flow) -> None:
    assert flow.contact_result.out_lines == [
        f"added contact Jan Jansen (Tweede Kamer); minisign key {flow.jan_minisign.id_text}"]
    lines = [ln.split("\t") for ln in assert_ok(flow.vault.cmd("contacts", "list")).out_lines]
    assert [ln[:4] for ln in lines] == [
        ["Jan Jansen", "Tweede Kamer", flow.jan.recipient, flow.jan_minisign.id_text],
        ["Zelf", "EZ", (flow.keys_dir / "identity.age.pub").read_text(encoding="ascii").strip(), "-"],
    ]
    assert all(ln[4] == "Demo Analist" for ln in lines)  # who added it


def test_bad_contacts_are_refused_with_one_line(flow: Flow, tmp_path: Path) -> None:
    def add(name: str, recipient: str, *extra: str | Path) -> Result:
        return flow.vault.cmd("contacts", "add", "--name", name, "--organisation", "BZ", "--age-recipient", recipient,
                              *extra)

    broken = flow.jan.recipient[:-1] + ("q" if flow.jan.recipient[-1] != "q" else "p")
    assert_refused(add("Piet", broken), "not a valid age recipient")
    assert_refused(add("Piet", flow.jan.identity), "starts with 'age1'")  # the secret key by mistake
    garbage = tmp_path / "garbage.pub"
    garbage.write_text("untrusted comment: x\nnot base64!\n", encoding="ascii")
    assert_refused(add("Piet", flow.jan.recipient, "--minisign-pubkey", garbage), "minisign public key")
    assert_refused(add("Piet", flow.jan.recipient, "--minisign-pubkey", tmp_path / "missing.pub"), "cannot read")
    assert_refused(add("jan jansen", flow.jan.recipient), "already a contact named")
    names = [ln.split("\t")[0] for ln in assert_ok(flow.vault.cmd("contacts", "list")).out_lines]
    assert names == ["Jan Jansen", "Zelf"]


def test_contacts_remove(flow: Flow) -> None:
    assert_ok(flow.vault.cmd("contacts", "add", "--name", "Tijdelijk", "--organisation", "BZ",
                             "--age-recipient", flow.jan.recipient))
    assert assert_ok(flow.vault.cmd("contacts", "remove", "--name", "tijdelijk")).out_lines == [
        "removed contact tijdelijk"]
    assert_refused(flow.vault.cmd("contacts", "remove", "--name", "Tijdelijk"), "no contact named")  # gone


# pack export -----------------------------------------------------------------------------------------


def test_pack_export_prints_the_sealed_files_and_signatures(flow: Flow) -> None:
    lines = flow.export_result.out_lines
    assert len(lines) == 4
    assert [Path(ln).suffix for ln in lines] == [".sdpack", ".minisig"] * 2
    assert lines[1] == lines[0] + ".minisig"
    assert lines[3] == lines[2] + ".minisig"
    assert flow.packs[0].name.endswith("-01-jan-jansen.sdpack")
    assert flow.packs[1].name.endswith("-02-zelf.sdpack")
    folder = flow.packs[0].parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(ln).name for ln in lines)
    assert flow.export_result.err == ""


def test_age_decrypts_the_addressees_copy(flow: Flow) -> None:
    files = unzip_all(age_decrypt(flow.packs[0].read_bytes(), flow.jan))
    manifest = check_manifest_hashes(files)
    assert manifest["copy_number"] == 1
    assert manifest["copies"] == 2
    assert manifest["addressee"]["name"] == "Jan Jansen"
    assert manifest["classification"] == LEVEL
    assert manifest["author"] == "Demo Analist"
    assert [d["id"] for d in json.loads(files["data.json"])["dependencies"]] == flow.selection
    assert files["briefing.pdf"].startswith(b"%PDF-1.4")
    refused = run("age", "-d", "-i", flow.jan.path, stdin=flow.packs[1].read_bytes(), check=False)
    assert refused.returncode != 0  # the other copy is not Jan's


def test_pack_export_refusals_write_nothing(flow: Flow, tmp_path: Path) -> None:
    out = tmp_path / "out"
    base = ("--select", *flow.selection, "--out", out)
    assert_refused(flow.vault.cmd("pack", "export", "--to", "Jan Jansen", "--classification", "dep-vertrouwelijk",
                                  *base), "cannot be marked", "STG. CONFIDENTIEEL")
    assert_refused(flow.vault.cmd("pack", "export", "--to", "Onbekend", "--classification", LEVEL, *base),
                   "no contact named")
    assert_refused(flow.vault.cmd("pack", "export", "--to", "Jan Jansen", "--classification", LEVEL,
                                  "--select", "not-an-id", "--out", out), "no dependency with id not-an-id")
    assert not out.exists() or list(out.iterdir()) == []


# pack verify -----------------------------------------------------------------------------------------


def test_pack_verify_checks_the_detached_signature(flow: Flow, tmp_path: Path) -> None:
    signer = flow.keys_dir / "identity.minisign.pub"
    ok = assert_ok(flow.pack_cmd("verify", flow.packs[0], "--signer", signer))
    assert f"{flow.packs[0].name}: signature OK" in ok.out
    assert "trusted comment: sdapp pack" in ok.out
    flipped = flipped_copy(flow.packs[0], tmp_path / "flipped.sdpack")
    assert_refused(flow.pack_cmd("verify", flipped, "--signer", signer), "does not verify")
    assert_refused(flow.pack_cmd("verify", flow.packs[0], "--signer", flow.jan_minisign.public),
                   "does not verify", "signed with key")
    assert_refused(flow.pack_cmd("verify", flow.packs[0], "--signer", signer, "--signature", flow.signatures[1]),
                   "does not verify")
    lonely = tmp_path / "lonely.sdpack"
    shutil.copyfile(flow.packs[0], lonely)
    assert_refused(flow.pack_cmd("verify", lonely, "--signer", signer), "cannot read")


# pack open -------------------------------------------------------------------------------------------


def open_cmd(flow: Flow, pack: Path, out: Path) -> Result:
    return flow.pack_cmd("open", pack, "--vault", flow.vault.path, "--passphrase-file", flow.vault.passphrase_file,
                         "--out", out)


def test_pack_open_writes_the_files_of_our_own_copy(flow: Flow, tmp_path: Path) -> None:
    out = tmp_path / "opened"
    result = assert_ok(open_cmd(flow, flow.packs[1], out))
    assert result.err == ""  # signed by a known key: no warning
    assert "copy 2 of 2 (STG. CONFIDENTIEEL), signed by Demo Analist; 5 files written" in result.out
    assert sorted(p.name for p in out.iterdir()) == OPENED_FILES
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["addressee"]["name"] == "Zelf"
    for entry in manifest["files"]:
        data = (out / entry["name"]).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"])
    run("qpdf", "--check", out / "briefing.pdf")
    # opening again into the same folder never overwrites
    assert_refused(open_cmd(flow, flow.packs[1], out), "exists already")


def test_pack_open_refuses_a_tampered_pack_and_writes_nothing(flow: Flow, tmp_path: Path) -> None:
    flipped = flipped_copy(flow.packs[1], tmp_path / "flipped.sdpack")
    out = tmp_path / "never"
    assert_refused(open_cmd(flow, flipped, out), "damaged or was changed after sealing")
    assert not out.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_refused(open_cmd(flow, flipped, empty), "damaged or was changed")
    assert list(empty.iterdir()) == []
    share = len(b"age-encryption.org/v1\n-> X25519 ") + 5  # inside the recipient stanza's ephemeral share
    header = flipped_copy(flow.packs[1], tmp_path / "header.sdpack", offset=share)
    assert_refused(open_cmd(flow, header, empty), "none of your keys opens it")
    assert_refused(open_cmd(flow, flow.packs[0], empty), "not addressed to you")  # Jan's copy
    assert_refused(open_cmd(flow, flow.signatures[1], empty), "not a sealed pack")
    assert_refused(open_cmd(flow, tmp_path / "missing.sdpack", empty), "no such file")
    assert list(empty.iterdir()) == []


# the copy register -----------------------------------------------------------------------------------


def test_pack_copies_lists_records_status_and_writes_xlsx(flow: Flow, tmp_path: Path) -> None:
    rows = [ln.split("\t") for ln in assert_ok(flow.vault.cmd("pack", "copies")).out_lines]
    assert len(rows) == 2
    pack_id = rows[0][0]
    assert {r[0] for r in rows} == {pack_id}
    assert flow.packs[0].name.split("-01-")[0].endswith(pack_id[:8])
    assert sorted((r[1], r[2], r[3], r[5], r[7]) for r in rows) == [
        ("1/2", "Jan Jansen", LEVEL, "issued", flow.packs[0].name),
        ("2/2", "Zelf", LEVEL, "issued", flow.packs[1].name),
    ]

    def set_status(copy: str, status: str) -> Result:
        return flow.vault.cmd("pack", "copies", "--pack", pack_id, "--copy", copy, "--set-status", status,
                              "--note", "test")

    listed = assert_ok(set_status("1", "returned")).out_lines
    assert any("\t1/2\t" in ln and "\treturned\t" in ln for ln in listed)
    assert_ok(set_status("1", "destroyed"))
    assert_refused(set_status("1", "returned"), "is destroyed; it cannot become returned")
    assert_refused(flow.vault.cmd("pack", "copies", "--set-status", "returned"), "needs --pack ID and --copy N")

    target = tmp_path / "copies.xlsx"
    assert "wrote 2 copies" in assert_ok(flow.vault.cmd("pack", "copies", "--out", target)).out
    sheet = openpyxl.load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[0] == "pack_id")
    columns = values[header]
    body = {row[columns.index("copy_number")]: row for row in values[header + 1:] if row[0]}
    assert set(body) == {1, 2}
    for number, pack in enumerate(flow.packs, 1):
        row = body[number]
        assert row[columns.index("sealed_sha256")] == hashlib.sha256(pack.read_bytes()).hexdigest()
        assert row[columns.index("file_name")] == pack.name
    assert body[1][columns.index("status")] == "destroyed"
    assert body[2][columns.index("status")] == "issued"
