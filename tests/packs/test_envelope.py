"""The sealed-pack envelope (sdapp/packs/envelope.py, DESIGN.md §4).

Round trips (recipients and passphrase), interop with the real ``age`` and ``minisign``
tools, and tampering: every changed pack is refused with its own reason. The inner checks
(manifest, signature, sizes and hashes, ZIP names) are attacked with packs re-sealed by hand
(zipfile + pyrage, manifest signed with the real signer key where the attack needs it), so
that decryption succeeds and only the check under test can catch the change.
"""

from __future__ import annotations

import io
import json
import re
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyrage
import pytest

from sdapp.packs import envelope
from sdapp.packs.envelope import (
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_SIG,
    OpenedPack,
    PackError,
    SealedPack,
    open_pack,
    recipient_kind,
    seal,
    verify_detached,
)
from sdapp.packs.minisign import PublicKey, SecretKey
from tests.packs.conftest import (
    AgeKey,
    age_decrypt,
    check_manifest_hashes,
    minisign_verify,
    run,
    sha256,
    unzip_all,
)

FILES = {
    "briefing.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 64 + b"\n%%EOF\n",
    "annex.csv": "id,name\n1,Gallium\n2,Germanium – één\n".encode("utf-8-sig"),
    "data.json": json.dumps({"dependencies": [{"id": "1", "name": "Gallium"}]}).encode(),
}
FIELDS = {"kind": "briefing", "pack_id": "0f8e-test", "title": "Test", "copy_number": 2, "copies": 3,
          "addressee": {"name": "Jan Jansen", "organisation": "Tweede Kamer"}, "classification": "stg-geheim",
          "author": "anna"}
SIGNER_NAME = "anna (EZ)"
PACK_PASSPHRASE = "lange wachtzin voor het pakket"


@pytest.fixture(scope="module")
def trusted(signer: SecretKey) -> dict[str, tuple[str, PublicKey]]:
    return {signer.public().id_text: (SIGNER_NAME, signer.public())}


@pytest.fixture(scope="module")
def sealed(signer: SecretKey, age_key: AgeKey) -> SealedPack:
    return seal(FILES, FIELDS, signer, recipients=[age_key.recipient])


@pytest.fixture(scope="module")
def passphrase_pack(signer: SecretKey) -> SealedPack:
    """Sealed with scrypt (about 2 s: the work factor age picks); made once."""
    return seal(FILES, FIELDS, signer, passphrase=PACK_PASSPHRASE)


@pytest.fixture(scope="module")
def inner(sealed: SealedPack, age_key: AgeKey) -> dict[str, bytes]:
    """The plaintext ZIP's files of ``sealed`` (manifest and its signature included)."""
    return unzip_all(pyrage.decrypt(sealed.data, [pyrage.x25519.Identity.from_str(age_key.identity)]))


def open_x25519(data: bytes, trusted: dict[str, tuple[str, PublicKey]], key: AgeKey, **kw: Any) -> OpenedPack:
    return open_pack(data, trusted, identities=[key.identity], **kw)


def zip_payload(entries: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about a duplicate name
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def signed(manifest: dict[str, Any] | bytes, key: SecretKey) -> list[tuple[str, bytes]]:
    """manifest.json and manifest.json.minisig, signed by ``key``."""
    data = manifest if isinstance(manifest, bytes) else manifest_bytes(manifest)
    return [(MANIFEST, data), (MANIFEST_SIG, key.sign(data, "resealed by the test").encode("ascii"))]


def reseal(entries: Iterable[tuple[str, bytes]], key: AgeKey) -> bytes:
    return pyrage.encrypt(zip_payload(entries), [pyrage.x25519.Recipient.from_str(key.recipient)])


def content_entries(inner: dict[str, bytes], **replace: bytes) -> list[tuple[str, bytes]]:
    files = {n: d for n, d in inner.items() if n not in (MANIFEST, MANIFEST_SIG)}
    files.update({k.replace("_", "."): v for k, v in replace.items()})
    return sorted(files.items())


def header_end(data: bytes) -> int:
    """Offset of the first byte after the age header's MAC line."""
    mac = data.index(b"\n--- ") + 1
    return data.index(b"\n", mac) + 1


# round trips ----------------------------------------------------------------------------------


def test_recipient_round_trip(sealed: SealedPack, trusted: dict[str, tuple[str, PublicKey]],
                              age_key: AgeKey) -> None:
    opened = open_x25519(sealed.data, trusted, age_key)
    assert opened.files == FILES
    assert opened.manifest == sealed.manifest
    assert opened.warnings == []
    assert opened.signer.name == SIGNER_NAME
    assert opened.signer.trusted_comment == "sdapp pack 0f8e-test copy 2 file:manifest.json"
    assert recipient_kind(sealed.data) == "x25519"


def test_two_recipients_each_open_alone(signer: SecretKey, trusted: dict[str, tuple[str, PublicKey]],
                                        age_key: AgeKey, other_age_key: AgeKey) -> None:
    pack = seal(FILES, FIELDS, signer, recipients=[age_key.recipient, " " + other_age_key.recipient + "\n"])
    assert open_x25519(pack.data, trusted, age_key).files == FILES
    assert open_x25519(pack.data, trusted, other_age_key).files == FILES


@pytest.mark.slow  # scrypt: about 2 s per passphrase operation
def test_passphrase_round_trip(passphrase_pack: SealedPack, trusted: dict[str, tuple[str, PublicKey]]) -> None:
    assert recipient_kind(passphrase_pack.data) == "scrypt"
    opened = open_pack(passphrase_pack.data, trusted, passphrase=PACK_PASSPHRASE)
    assert opened.files == FILES
    assert opened.signer.name == SIGNER_NAME


def test_manifest_lists_every_file_and_the_fields(sealed: SealedPack, inner: dict[str, bytes],
                                                  signer: SecretKey) -> None:
    manifest = check_manifest_hashes(inner)
    assert manifest == sealed.manifest
    assert manifest["format"] == "sdapp-pack"
    assert manifest["format_version"] == FORMAT_VERSION
    assert {k: manifest[k] for k in FIELDS} == FIELDS
    assert manifest["signer_key_id"] == signer.public().id_text
    assert PublicKey.parse(manifest["signer_public_key"]) == signer.public()
    assert [e["name"] for e in manifest["files"]] == sorted(FILES)
    assert sealed.manifest_sha256 == sha256(inner[MANIFEST])
    assert sealed.sha256 == sha256(sealed.data)


def test_zip_holds_no_timestamps_or_folders(sealed: SealedPack, age_key: AgeKey) -> None:
    payload = pyrage.decrypt(sealed.data, [pyrage.x25519.Identity.from_str(age_key.identity)])
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        infos = archive.infolist()
    assert sorted(i.filename for i in infos) == sorted([*FILES, MANIFEST, MANIFEST_SIG])
    assert {i.date_time for i in infos} == {(2020, 1, 1, 0, 0, 0)}
    assert not any(i.is_dir() for i in infos)
    assert {i.external_attr >> 16 for i in infos} == {0o600}


def test_each_seal_is_fresh(signer: SecretKey, age_key: AgeKey, sealed: SealedPack) -> None:
    again = seal(FILES, FIELDS, signer, recipients=[age_key.recipient])
    assert again.manifest_sha256 == sealed.manifest_sha256  # same content, same manifest
    assert again.data != sealed.data  # a new file key and ephemeral share every time


@pytest.mark.parametrize(("kwargs", "message"), [
    ({}, "either to recipients or with a passphrase"),
    ({"recipients": ["age1x"], "passphrase": "both given here"}, "either to recipients or with a passphrase"),
    ({"recipients": []}, "either to recipients or with a passphrase"),
    ({"recipients": ["age1notarecipient"]}, "not an age recipient"),
    ({"recipients": ["AGE-SECRET-KEY-1QQQ"]}, "not an age recipient"),
])
def test_seal_refuses_bad_encryption_choices(signer: SecretKey, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(PackError, match=message):
        seal(FILES, FIELDS, signer, **kwargs)


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "sub/file.txt", ".hidden", "", "a" * 200, "x y.txt",
                                  "annex.csv\n", MANIFEST, MANIFEST_SIG])
def test_seal_refuses_file_names_a_pack_never_has(signer: SecretKey, age_key: AgeKey, name: str) -> None:
    with pytest.raises(PackError, match="file name not allowed in a pack"):
        seal({name: b"x"}, FIELDS, signer, recipients=[age_key.recipient])


# interop with the real tools ---------------------------------------------------------------------


def test_age_cli_decrypts_and_minisign_verifies_the_manifest(sealed: SealedPack, age_key: AgeKey,
                                                              signer: SecretKey, tmp_path: Path) -> None:
    files = unzip_all(age_decrypt(sealed.data, age_key))
    check_manifest_hashes(files)
    assert {n: files[n] for n in FILES} == FILES
    for name in (MANIFEST, MANIFEST_SIG):
        (tmp_path / name).write_bytes(files[name])
    pub = tmp_path / "signer.pub"
    pub.write_text(signer.public().to_file_text(), encoding="ascii")
    result = minisign_verify(pub, tmp_path / MANIFEST)  # default signature file: manifest.json.minisig
    assert "Trusted comment: sdapp pack 0f8e-test copy 2 file:manifest.json" in result.stdout.decode()


def test_detached_signature_verifies_with_minisign(sealed: SealedPack, signer: SecretKey, tmp_path: Path) -> None:
    pack = tmp_path / "copy.sdpack"
    pack.write_bytes(sealed.data)
    sig = tmp_path / "copy.sdpack.minisig"
    sig.write_text(sealed.detached_signature, encoding="ascii")
    pub = tmp_path / "signer.pub"
    pub.write_text(signer.public().to_file_text(), encoding="ascii")
    minisign_verify(pub, pack, sig)
    assert verify_detached(sealed.data, sealed.detached_signature, signer.public()) == \
        "sdapp pack 0f8e-test copy 2 sealed"
    flipped = bytearray(sealed.data)
    flipped[len(flipped) // 2] ^= 0x01
    pack.write_bytes(bytes(flipped))
    assert minisign_verify(pub, pack, sig, check=False).returncode != 0
    with pytest.raises(PackError, match="the sealed file does not verify: the signature does not match"):
        verify_detached(bytes(flipped), sealed.detached_signature, signer.public())
    with pytest.raises(PackError, match="the sealed file does not verify: signed with key"):
        verify_detached(sealed.data, sealed.detached_signature, SecretKey.generate().public())


def test_pack_encrypted_by_the_age_cli_opens(inner: dict[str, bytes], age_key: AgeKey,
                                              trusted: dict[str, tuple[str, PublicKey]], tmp_path: Path) -> None:
    zipped = tmp_path / "payload.zip"
    zipped.write_bytes(zip_payload(sorted(inner.items())))
    out = tmp_path / "by-age.sdpack"
    run("age", "-e", "-r", age_key.recipient, "-o", out, zipped)
    opened = open_x25519(out.read_bytes(), trusted, age_key)
    assert opened.files == FILES
    assert opened.signer.name == SIGNER_NAME


# tampering with the sealed file ----------------------------------------------------------------


def test_one_flipped_byte_in_the_payload_is_refused(sealed: SealedPack, age_key: AgeKey,
                                                    trusted: dict[str, tuple[str, PublicKey]]) -> None:
    start = header_end(sealed.data)
    for offset in (start, start + 20, (start + len(sealed.data)) // 2, len(sealed.data) - 1):
        data = bytearray(sealed.data)
        data[offset] ^= 0x01
        with pytest.raises(PackError, match=r"damaged or was changed after sealing \(decryption failed\)"):
            open_x25519(bytes(data), trusted, age_key)


def test_changed_header_mac_is_refused(sealed: SealedPack, age_key: AgeKey,
                                       trusted: dict[str, tuple[str, PublicKey]]) -> None:
    mac = sealed.data.index(b"\n--- ") + 5
    data = bytearray(sealed.data)
    data[mac + 3] = ord("A") if data[mac + 3] != ord("A") else ord("B")
    with pytest.raises(PackError, match="damaged or was changed after sealing"):
        open_x25519(bytes(data), trusted, age_key)


def test_changed_recipient_stanza_is_refused(sealed: SealedPack, age_key: AgeKey,
                                             trusted: dict[str, tuple[str, PublicKey]]) -> None:
    start = sealed.data.index(b"-> X25519 ") + len(b"-> X25519 ") + 10
    data = bytearray(sealed.data)
    data[start] = ord("A") if data[start] != ord("A") else ord("B")
    with pytest.raises(PackError, match=r"none of your keys opens it \(or its header was changed\)"):
        open_x25519(bytes(data), trusted, age_key)


def test_changed_version_line_is_refused(sealed: SealedPack, age_key: AgeKey,
                                         trusted: dict[str, tuple[str, PublicKey]]) -> None:
    data = sealed.data.replace(b"age-encryption.org/v1\n", b"age-encryption.org/v2\n", 1)
    with pytest.raises(PackError, match="not a sealed pack: the file is not age-encrypted"):
        open_x25519(data, trusted, age_key)


def test_truncated_files_are_refused(sealed: SealedPack, age_key: AgeKey,
                                     trusted: dict[str, tuple[str, PublicKey]]) -> None:
    end = header_end(sealed.data)
    cases = {
        len(sealed.data) - 1: "damaged or was changed after sealing",
        len(sealed.data) // 2: "damaged or was changed after sealing",
        end + 10: "damaged or was changed after sealing",
        end: "damaged or was changed after sealing",
        end - 20: "damaged or was changed after sealing",  # inside the MAC line
        len(b"age-encryption.org/v1\n"): "the pack's encryption header is damaged",
        10: "not a sealed pack",
        0: "not a sealed pack",
    }
    for cut, message in cases.items():
        with pytest.raises(PackError, match=message):
            open_x25519(sealed.data[:cut], trusted, age_key)


@pytest.mark.parametrize("data", [
    b"PK\x03\x04" + bytes(100),
    b"%PDF-1.4\n",
    b"-----BEGIN AGE ENCRYPTED FILE-----\n",
    "age-encryption.org/v1".encode("utf-16"),
    b"",
])
def test_not_an_age_file_is_refused(data: bytes, age_key: AgeKey, trusted: dict[str, tuple[str, PublicKey]]) -> None:
    with pytest.raises(PackError, match=r"not a sealed pack: the file is not age-encrypted \(damaged or another"):
        open_x25519(data, trusted, age_key)


def test_wrong_identity_is_refused(sealed: SealedPack, other_age_key: AgeKey,
                                   trusted: dict[str, tuple[str, PublicKey]]) -> None:
    with pytest.raises(PackError, match="this pack is not addressed to you: none of your keys opens it"):
        open_x25519(sealed.data, trusted, other_age_key)


def test_missing_or_unreadable_identity_is_refused(sealed: SealedPack,
                                                   trusted: dict[str, tuple[str, PublicKey]]) -> None:
    with pytest.raises(PackError, match="no identity to open the pack with"):
        open_pack(sealed.data, trusted)
    with pytest.raises(PackError, match="no identity to open the pack with"):
        open_pack(sealed.data, trusted, identities=[])
    with pytest.raises(PackError, match="the identity cannot be read"):
        open_pack(sealed.data, trusted, identities=["AGE-SECRET-KEY-1NOTAKEY"])


@pytest.mark.slow  # scrypt: about 2 s per passphrase operation
def test_passphrase_pack_with_an_identity_is_refused(passphrase_pack: SealedPack, age_key: AgeKey,
                                                     trusted: dict[str, tuple[str, PublicKey]]) -> None:
    with pytest.raises(PackError, match="protected by a passphrase: give the passphrase to open it"):
        open_x25519(passphrase_pack.data, trusted, age_key)


def test_identity_pack_with_a_passphrase_is_refused(sealed: SealedPack,
                                                    trusted: dict[str, tuple[str, PublicKey]]) -> None:
    with pytest.raises(PackError, match="addressed to a person's key, not protected by a passphrase"):
        open_pack(sealed.data, trusted, passphrase=PACK_PASSPHRASE)


@pytest.mark.slow  # scrypt: about 2 s per passphrase operation
def test_wrong_passphrase_is_refused(passphrase_pack: SealedPack, trusted: dict[str, tuple[str, PublicKey]]) -> None:
    with pytest.raises(PackError, match="wrong passphrase for this pack"):
        open_pack(passphrase_pack.data, trusted, passphrase=PACK_PASSPHRASE + "!")


# tampering inside: re-sealed by hand, so decryption succeeds ----------------------------------------


def test_hand_resealed_original_opens(inner: dict[str, bytes], age_key: AgeKey,
                                      trusted: dict[str, tuple[str, PublicKey]]) -> None:
    """The control for the tests below: the re-sealing itself changes nothing that matters."""
    opened = open_x25519(reseal(sorted(inner.items()), age_key), trusted, age_key)
    assert opened.files == FILES
    assert opened.warnings == []


def test_missing_file_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                 trusted: dict[str, tuple[str, PublicKey]]) -> None:
    entries = [e for e in sorted(inner.items()) if e[0] != "annex.csv"]
    with pytest.raises(PackError, match=r"annex\.csv is listed in the manifest but missing from the pack"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_extra_file_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                               trusted: dict[str, tuple[str, PublicKey]]) -> None:
    entries = [*sorted(inner.items()), ("extra.exe", b"MZ...")]
    with pytest.raises(PackError, match=r"extra\.exe is in the pack but not in the signed manifest"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_changed_file_bytes_are_refused(inner: dict[str, bytes], age_key: AgeKey,
                                        trusted: dict[str, tuple[str, PublicKey]]) -> None:
    pdf = bytearray(inner["briefing.pdf"])
    pdf[500] ^= 0x01  # same size: only the hash can tell
    entries = [*content_entries(inner, briefing_pdf=bytes(pdf)), (MANIFEST, inner[MANIFEST]),
               (MANIFEST_SIG, inner[MANIFEST_SIG])]
    with pytest.raises(PackError, match=r"briefing\.pdf does not match its SHA-256 in the manifest"):
        open_x25519(reseal(entries, age_key), trusted, age_key)
    entries = [*content_entries(inner, data_json=inner["data.json"] + b" "),
               (MANIFEST, inner[MANIFEST]), (MANIFEST_SIG, inner[MANIFEST_SIG])]
    size = len(inner["data.json"])
    with pytest.raises(PackError, match=f"data.json has {size + 1} bytes, the manifest says {size}: changed"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_manifest_edited_after_signing_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                                  trusted: dict[str, tuple[str, PublicKey]]) -> None:
    manifest = json.loads(inner[MANIFEST])
    manifest["copies"] = 1
    manifest["classification"] = "ongerubriceerd"
    entries = [*content_entries(inner), (MANIFEST, manifest_bytes(manifest)), (MANIFEST_SIG, inner[MANIFEST_SIG])]
    with pytest.raises(PackError, match=f"the manifest's signature by {re.escape(SIGNER_NAME)} does not verify: "
                                        "the signature does not match the file"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_changed_file_with_a_matching_edited_manifest_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                                                 trusted: dict[str, tuple[str, PublicKey]]) -> None:
    """A careful tamperer updates the hash too; the signature then no longer matches."""
    forged = b"%PDF-1.4 forged"
    manifest = json.loads(inner[MANIFEST])
    for entry in manifest["files"]:
        if entry["name"] == "briefing.pdf":
            entry.update(size=len(forged), sha256=sha256(forged))
    entries = [*content_entries(inner, briefing_pdf=forged), (MANIFEST, manifest_bytes(manifest)),
               (MANIFEST_SIG, inner[MANIFEST_SIG])]
    with pytest.raises(PackError, match="does not verify: the signature does not match the file"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_missing_signature_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                      trusted: dict[str, tuple[str, PublicKey]]) -> None:
    entries = [e for e in sorted(inner.items()) if e[0] != MANIFEST_SIG]
    with pytest.raises(PackError, match=r"manifest is not signed \(manifest.json.minisig is missing\)"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_missing_manifest_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                     trusted: dict[str, tuple[str, PublicKey]]) -> None:
    entries = [e for e in sorted(inner.items()) if e[0] != MANIFEST]
    with pytest.raises(PackError, match=r"the pack has no manifest\.json"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_unreadable_signature_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                         trusted: dict[str, tuple[str, PublicKey]]) -> None:
    for garbage in (b"not a signature", b"\xff\xfe\x00", inner[MANIFEST_SIG][:-30]):
        entries = [*content_entries(inner), (MANIFEST, inner[MANIFEST]), (MANIFEST_SIG, garbage)]
        with pytest.raises(PackError, match="the manifest's signature cannot be read"):
            open_x25519(reseal(entries, age_key), trusted, age_key)


def test_manifest_from_a_newer_format_is_refused(inner: dict[str, bytes], age_key: AgeKey, signer: SecretKey,
                                                 trusted: dict[str, tuple[str, PublicKey]]) -> None:
    manifest = json.loads(inner[MANIFEST])
    manifest["format_version"] = FORMAT_VERSION + 1
    entries = [*content_entries(inner), *signed(manifest, signer)]  # validly signed by the real sender
    with pytest.raises(PackError, match=f"made by a newer sdapp \\(format version {FORMAT_VERSION + 1}\\)"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda m: m.update(format="other-format"), "not an sdapp pack manifest"),
    (lambda m: m.update(format_version="1"), "newer sdapp"),
    (lambda m: m.update(files="all of them"), "the manifest's file list is damaged"),
    (lambda m: m["files"][0].update(size="12"), "the manifest's file list is damaged"),
    (lambda m: m["files"][0].pop("sha256"), "the manifest's file list is damaged"),
])
def test_damaged_signed_manifests_are_refused(inner: dict[str, bytes], age_key: AgeKey, signer: SecretKey,
                                              trusted: dict[str, tuple[str, PublicKey]], edit: Any,
                                              message: str) -> None:
    manifest = json.loads(inner[MANIFEST])
    edit(manifest)
    entries = [*content_entries(inner), *signed(manifest, signer)]
    with pytest.raises(PackError, match=message):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_manifest_that_is_not_json_is_refused(inner: dict[str, bytes], age_key: AgeKey, signer: SecretKey,
                                              trusted: dict[str, tuple[str, PublicKey]]) -> None:
    for data in (b"{not json", b"\xff\xfe", b"[1, 2]"):
        entries = [*content_entries(inner), *signed(data, signer)]
        with pytest.raises(PackError, match=r"manifest is not valid JSON|not an sdapp pack manifest"):
            open_x25519(reseal(entries, age_key), trusted, age_key)


@pytest.mark.parametrize("name", ["../x", "../../etc/cron.d/x", "/tmp/x", "sub/x.txt", "folder/", "..",
                                  ".bashrc", "x\\..\\y", "a" * 130, "briefing.pdf\n"])
def test_unsafe_names_inside_are_refused(inner: dict[str, bytes], age_key: AgeKey,
                                         trusted: dict[str, tuple[str, PublicKey]], name: str) -> None:
    entries = [*sorted(inner.items()), (name, b"payload")]
    with pytest.raises(PackError, match="the pack holds a file with a name not allowed"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_path_traversal_listed_in_a_signed_manifest_is_still_refused(
        inner: dict[str, bytes], age_key: AgeKey, signer: SecretKey,
        trusted: dict[str, tuple[str, PublicKey]]) -> None:
    """Even the real sender cannot put ``../x`` into a pack (the ZIP check comes first)."""
    manifest = json.loads(inner[MANIFEST])
    manifest["files"].append({"name": "../x", "size": 7, "sha256": sha256(b"payload")})
    entries = [*content_entries(inner), ("../x", b"payload"), *signed(manifest, signer)]
    with pytest.raises(PackError, match=r"a name not allowed: '\.\./x'"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_duplicate_name_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                   trusted: dict[str, tuple[str, PublicKey]]) -> None:
    for dup in ("briefing.pdf", MANIFEST):
        entries = [*sorted(inner.items()), (dup, b"second copy with other bytes")]
        with pytest.raises(PackError, match="the pack holds a file name twice"):
            open_x25519(reseal(entries, age_key), trusted, age_key)


def test_content_that_is_not_a_zip_is_refused(age_key: AgeKey, trusted: dict[str, tuple[str, PublicKey]]) -> None:
    data = pyrage.encrypt(b"plain text, not a zip", [pyrage.x25519.Recipient.from_str(age_key.recipient)])
    with pytest.raises(PackError, match="the pack's content is not a valid ZIP"):
        open_x25519(data, trusted, age_key)


def test_zip_bomb_claim_is_refused_before_inflating(inner: dict[str, bytes], age_key: AgeKey,
                                                    trusted: dict[str, tuple[str, PublicKey]]) -> None:
    raw = bytearray(zip_payload(sorted(inner.items())))
    central = raw.index(b"PK\x01\x02")
    raw[central + 24:central + 28] = (0xFFFF0000).to_bytes(4, "little")  # claims ~4 GiB uncompressed
    data = pyrage.encrypt(bytes(raw), [pyrage.x25519.Recipient.from_str(age_key.recipient)])
    with pytest.raises(PackError, match="claims more than 1 GiB of content"):
        open_x25519(data, trusted, age_key)


def _patched_zip(inner: dict[str, bytes], local: dict[int, int], central: dict[int, int]) -> bytes:
    """The pack's ZIP with bytes of the first entry's local and central headers replaced."""
    raw = bytearray(zip_payload(sorted(inner.items())))
    cd = raw.index(b"PK\x01\x02")
    for offset, value in local.items():
        raw[offset] = value
    for offset, value in central.items():
        raw[cd + offset] = value
    return bytes(raw)


@pytest.mark.parametrize(("local", "central"), [
    ({6: 0x01}, {8: 0x01}),  # the "encrypted" flag: zipfile raises RuntimeError
    ({8: 99}, {10: 99}),  # compression method 99 (AES): zipfile raises NotImplementedError
])
def test_zip_features_a_pack_never_uses_are_refused(inner: dict[str, bytes], age_key: AgeKey,
                                                    trusted: dict[str, tuple[str, PublicKey]],
                                                    local: dict[int, int], central: dict[int, int]) -> None:
    """Anyone with the recipient's public key can seal such a ZIP; it must be a PackError
    (a clear refusal), not an unexpected exception from zipfile."""
    data = pyrage.encrypt(_patched_zip(inner, local, central), [pyrage.x25519.Recipient.from_str(age_key.recipient)])
    with pytest.raises(PackError, match="the pack's content is not a valid ZIP"):
        open_x25519(data, trusted, age_key)


def test_corrupt_deflate_data_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                         trusted: dict[str, tuple[str, PublicKey]]) -> None:
    """zlib's own error (not a BadZipFile) must become a PackError too."""
    raw = bytearray(zip_payload(sorted(inner.items())))
    first = sorted(inner)[0]
    start = 30 + len(first.encode())  # the first entry's compressed data
    for offset in (start, start + 1, start + 5):
        changed = bytearray(raw)
        changed[offset] ^= 0xFF
        data = pyrage.encrypt(bytes(changed), [pyrage.x25519.Recipient.from_str(age_key.recipient)])
        with pytest.raises(PackError, match="the pack's content is not a valid ZIP"):
            open_x25519(data, trusted, age_key)


# who signed ----------------------------------------------------------------------------------------


def test_unknown_signer_is_a_warning_or_a_refusal(age_key: AgeKey,
                                                  trusted: dict[str, tuple[str, PublicKey]]) -> None:
    stranger = SecretKey.generate()
    pack = seal(FILES, FIELDS, stranger, recipients=[age_key.recipient])
    opened = open_x25519(pack.data, trusted, age_key)
    assert opened.files == FILES
    assert opened.signer.name is None
    assert opened.signer.key_id == stranger.public().id_text
    assert len(opened.warnings) == 1
    assert f"not among your contacts ({stranger.public().id_text})" in opened.warnings[0]
    assert "nothing proves who sent it" in opened.warnings[0]
    with pytest.raises(PackError, match=f"signed by an unknown key \\({stranger.public().id_text}\\): "
                                        "add the sender as a contact first"):
        open_x25519(pack.data, trusted, age_key, require_trusted=True)
    # the same pack opens without a warning once the stranger is trusted
    known = {**trusted, stranger.public().id_text: ("Stranger (BZ)", stranger.public())}
    assert open_x25519(pack.data, known, age_key, require_trusted=True).signer.name == "Stranger (BZ)"


def test_unknown_signer_cannot_pass_off_a_trusted_key(inner: dict[str, bytes], age_key: AgeKey,
                                                      trusted: dict[str, tuple[str, PublicKey]]) -> None:
    """An attacker edits the manifest and signs it with their own key, leaving the real
    sender's public key in the manifest: the embedded key does not match the signature."""
    manifest = json.loads(inner[MANIFEST])
    manifest["copies"] = 1
    entries = [*content_entries(inner), *signed(manifest, SecretKey.generate())]
    with pytest.raises(PackError, match="does not verify: signed with key"):
        open_x25519(reseal(entries, age_key), trusted, age_key)


def test_unknown_signer_without_usable_embedded_key_is_refused(inner: dict[str, bytes], age_key: AgeKey,
                                                               trusted: dict[str, tuple[str, PublicKey]]) -> None:
    stranger = SecretKey.generate()
    for value in ("", "not base64 at all!", 12345):
        manifest = json.loads(inner[MANIFEST])
        manifest["signer_public_key"] = value
        entries = [*content_entries(inner), *signed(manifest, stranger)]
        with pytest.raises(PackError, match=r"unknown key \([0-9A-F]{1,16}\) and carries no usable public key"):
            open_x25519(reseal(entries, age_key), trusted, age_key)


def test_key_id_collision_with_a_trusted_contact_is_refused(age_key: AgeKey, signer: SecretKey,
                                                            trusted: dict[str, tuple[str, PublicKey]]) -> None:
    """A key that claims a trusted contact's key id is checked against the contact's key:
    refused, not downgraded to an unknown-signer warning."""
    impostor = SecretKey(signer.key_id, SecretKey.generate().seed)
    pack = seal(FILES, FIELDS, impostor, recipients=[age_key.recipient])
    with pytest.raises(PackError, match=f"signature by {re.escape(SIGNER_NAME)} does not verify"):
        open_x25519(pack.data, trusted, age_key)


def test_detached_signature_of_another_copy_does_not_verify(sealed: SealedPack, signer: SecretKey,
                                                            age_key: AgeKey) -> None:
    other = seal(FILES, FIELDS, signer, recipients=[age_key.recipient])
    with pytest.raises(PackError, match="does not match"):
        verify_detached(sealed.data, other.detached_signature, signer.public())


def test_zip_bomb_limit_is_one_gib() -> None:
    assert envelope.MAX_PACK_BYTES == 1 << 30
