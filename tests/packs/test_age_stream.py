"""The zero-copy sealing path: a ZIP kept as references, read by pyrage, hashed while it is
encrypted. Payloads span several hand-over blocks, and the real age and minisign check them."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from pyrage import x25519

from sdapp.packs.age_stream import SegmentBuffer, SegmentReader, encrypt_and_prehash
from sdapp.packs.envelope import open_pack, seal
from sdapp.packs.minisign import SecretKey, prehash
from sdapp.vault.fsutil import atomic_write
from tests.packs.conftest import AgeKey, age_decrypt, check_manifest_hashes, minisign_verify, run, unzip_all

BIG = 9 << 20 | 12345  # three 4 MiB hand-over blocks and a ragged tail


@pytest.mark.parametrize("size", [1, 7, 8192, 65536, 1 << 20])
def test_segment_reader_gives_back_the_concatenation(size: int) -> None:
    segments = [b"", b"a", os.urandom(70_000), b"", b"bc", os.urandom(5)]
    reader = SegmentReader(segments)
    out = bytearray()
    while chunk := reader.read(size):
        out += chunk
    assert bytes(out) == b"".join(segments)
    assert reader.read(10) == b""


def test_zip_written_through_segments_is_a_valid_zip_without_copies() -> None:
    big = os.urandom(3 << 20)
    buffer = SegmentBuffer()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("big.bin", big)
        archive.writestr(zipfile.ZipInfo("note.txt"), "tekst", compress_type=zipfile.ZIP_DEFLATED)
    assert any(s is big for s in buffer.segments)  # the file's bytes were kept, not copied
    data = buffer.getvalue()
    assert len(data) == buffer.size == buffer.tell()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.read("big.bin") == big
        assert archive.read("note.txt") == b"tekst"
        assert all(info.flag_bits & 0x08 for info in archive.infolist())  # data descriptors: not seekable


def test_encrypt_and_prehash_matches_the_age_cli_and_blake2b(age_key: AgeKey) -> None:
    payload = os.urandom(BIG)
    buffer = SegmentBuffer()
    buffer.write(payload[:100])
    buffer.write(payload[100:])
    parts, digest = encrypt_and_prehash(buffer, [x25519.Recipient.from_str(age_key.recipient)])
    sealed = b"".join(parts)
    assert digest == hashlib.blake2b(sealed, digest_size=64).digest() == prehash(sealed)
    assert age_decrypt(sealed, age_key) == payload


def test_large_pack_opens_with_age_and_its_detached_signature_verifies_with_minisign(
        age_key: AgeKey, signer: SecretKey, tmp_path: Path) -> None:
    files = {"annex.xlsx": os.urandom(BIG), "data.json": b'{"a": 1}'}
    sealed = seal(files, {"pack_id": "large"}, signer, recipients=[age_key.recipient])
    inner = unzip_all(age_decrypt(sealed.data, age_key))
    check_manifest_hashes(inner)
    assert inner["annex.xlsx"] == files["annex.xlsx"]
    pack, sig, pub = tmp_path / "l.sdpack", tmp_path / "l.sdpack.minisig", tmp_path / "s.pub"
    pack.write_bytes(sealed.data)
    sig.write_text(sealed.detached_signature, encoding="ascii")
    pub.write_text(signer.public().to_file_text(), encoding="ascii")
    minisign_verify(pub, pack, sig)
    assert len(sealed.parts) >= 3  # written in its blocks, never joined on the way to the disk
    assert sealed.size == len(sealed.data)
    assert sealed.sha256 == hashlib.sha256(sealed.data).hexdigest()
    written = tmp_path / "atomic.sdpack"
    atomic_write(written, sealed.parts)
    assert written.read_bytes() == sealed.data
    opened = open_pack(sealed.data, {}, identities=[age_key.identity])
    assert opened.files["annex.xlsx"] == files["annex.xlsx"]
    assert opened.manifest["pack_id"] == "large"


def test_passphrase_pack_detached_signature_verifies_with_minisign(signer: SecretKey, tmp_path: Path) -> None:
    sealed = seal({"data.json": b"{}"}, {"pack_id": "p"}, signer, passphrase="een lange wachtzin voor de test")
    pack, sig, pub = tmp_path / "p.sdpack", tmp_path / "p.sdpack.minisig", tmp_path / "s.pub"
    pack.write_bytes(sealed.data)
    sig.write_text(sealed.detached_signature, encoding="ascii")
    pub.write_text(signer.public().to_file_text(), encoding="ascii")
    minisign_verify(pub, pack, sig)


def test_the_documented_recipe_without_sdapp_works_on_a_streamed_zip(age_key: AgeKey, signer: SecretKey,
                                                                    tmp_path: Path) -> None:
    """docs/SCHEMA.md: ``age -d ... -o pack.zip NAME.sdpack && unzip pack.zip``, then minisign and
    sha256sum. The ZIP's entries carry data descriptors now; Info-ZIP's unzip must read them."""
    files = {"annex.xlsx": os.urandom(5 << 20), "data.json": b'{"format": "sdapp-data"}'}
    sealed = seal(files, {"pack_id": "recipe"}, signer, recipients=[age_key.recipient])
    pack = tmp_path / "NAME.sdpack"
    atomic_write(pack, sealed.parts)
    run("age", "-d", "-i", age_key.path, "-o", tmp_path / "pack.zip", pack)
    out = tmp_path / "out"
    run("unzip", "-q", tmp_path / "pack.zip", "-d", out)
    assert (out / "annex.xlsx").read_bytes() == files["annex.xlsx"]
    assert (out / "data.json").read_bytes() == files["data.json"]
    (tmp_path / "sender.pub").write_text(signer.public().to_file_text(), encoding="ascii")
    minisign_verify(tmp_path / "sender.pub", out / "manifest.json")
    listed = {f["name"]: f["sha256"] for f in json.loads((out / "manifest.json").read_bytes())["files"]}
    assert listed == {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
