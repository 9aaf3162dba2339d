"""Minisign signatures (sdapp/packs/minisign.py): our own round trip, and interop both ways
with the real ``minisign`` tool (Debian package, 0.11: prehashed "ED" signatures by default)."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.packs.minisign import MinisignError, PublicKey, SecretKey, Signature, key_id_text, verify
from tests.packs.conftest import MinisignPair, minisign_keygen, minisign_verify, run

DATA = "Gerubriceerde gegevens: één regel\n".encode() + bytes(range(256)) * 40


@pytest.fixture(scope="module")
def key() -> SecretKey:
    return SecretKey.generate()


@pytest.fixture(scope="module")
def theirs(tmp_path_factory: pytest.TempPathFactory) -> MinisignPair:
    """A key pair made by ``minisign -G -W`` (no password on the secret key)."""
    return minisign_keygen(tmp_path_factory.mktemp("minisign"))


def lines_of(text: str) -> list[str]:
    lines = text.splitlines()
    assert len(lines) == 4
    return lines


def with_line(text: str, index: int, new: str) -> str:
    lines = lines_of(text)
    lines[index] = new
    return "\n".join(lines) + "\n"


def b64_edit(line: str, edit: Callable[[bytearray], None]) -> str:
    raw = bytearray(base64.b64decode(line))
    edit(raw)
    return base64.b64encode(bytes(raw)).decode("ascii")


# our own round trip ----------------------------------------------------------------------------


def test_round_trip_returns_the_trusted_comment(key: SecretKey) -> None:
    text = key.sign(DATA, "sdapp pack 1234 copy 2")
    assert verify(DATA, text, key.public()) == "sdapp pack 1234 copy 2"
    assert verify(DATA, text, PublicKey.parse(key.public().to_file_text())) == "sdapp pack 1234 copy 2"
    sig = Signature.parse(text)
    assert sig.algorithm == b"ED"  # prehashed, as minisign >= 0.11 writes by default
    assert sig.key_id == key.key_id


def test_public_key_file_format(key: SecretKey) -> None:
    public = key.public()
    text = public.to_file_text()
    comment, blob = text.splitlines()
    assert comment == f"untrusted comment: minisign public key {public.id_text}"
    raw = base64.b64decode(blob)
    assert raw[:2] == b"Ed"
    assert raw[2:10] == key.key_id
    assert len(raw) == 42
    assert PublicKey.parse(blob) == public  # the bare base64 line, as `minisign -P` takes it
    assert 1 <= len(public.id_text) <= 16
    assert public.id_text == f"{int.from_bytes(key.key_id, 'little'):X}"


def test_key_id_text_is_little_endian_hex() -> None:
    assert key_id_text(bytes([1, 0, 0, 0, 0, 0, 0, 0xAB])) == "AB00000000000001"


def test_key_id_text_drops_leading_zeros_as_minisign_does() -> None:
    """minisign prints the id with %PRIX64, unpadded: a key whose top nibble is 0 shows 15 digits
    (found when 1 key in 16 made by ``minisign -G`` failed to match)."""
    assert key_id_text(bytes([1, 0, 0, 0, 0, 0, 0, 0x0A])) == "A00000000000001"
    assert key_id_text(bytes([0xFF, 0, 0, 0, 0, 0, 0, 0])) == "FF"


def test_fingerprint_is_grouped_for_reading_aloud(key: SecretKey) -> None:
    groups = key.public().fingerprint.split(" ")
    assert len(groups) == 8
    assert all(len(g) == 4 for g in groups)
    assert SecretKey.generate().public().fingerprint != key.public().fingerprint


def test_multiline_comments_are_refused(key: SecretKey) -> None:
    with pytest.raises(MinisignError, match="one line"):
        key.sign(DATA, "line one\nline two")
    with pytest.raises(MinisignError, match="one line"):
        key.sign(DATA, "ok", untrusted_comment="a\nb")


# interop with the real minisign ------------------------------------------------------------


def test_our_signature_verifies_with_minisign(key: SecretKey, tmp_path: Path) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(DATA)
    (tmp_path / "data.bin.minisig").write_text(key.sign(DATA, "sdapp interop\tcheck"), encoding="ascii")
    pub = tmp_path / "sdapp.pub"
    pub.write_text(key.public().to_file_text(), encoding="ascii")
    result = minisign_verify(pub, data)
    assert "Trusted comment: sdapp interop\tcheck" in result.stdout.decode()
    # the bare key line with -P too
    run("minisign", "-V", "-H", "-P", key.public().to_file_text().splitlines()[1], "-m", data)


def test_minisign_rejects_our_signature_over_changed_data(key: SecretKey, tmp_path: Path) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(DATA + b"!")
    (tmp_path / "data.bin.minisig").write_text(key.sign(DATA, "c"), encoding="ascii")
    pub = tmp_path / "sdapp.pub"
    pub.write_text(key.public().to_file_text(), encoding="ascii")
    assert minisign_verify(pub, data, check=False).returncode != 0


def test_minisign_key_and_signature_verify_with_us(theirs: MinisignPair, tmp_path: Path) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(DATA)
    run("minisign", "-S", "-s", theirs.secret, "-m", data, "-t", "signed by the real minisign")
    public = PublicKey.parse(theirs.public.read_text(encoding="ascii"))
    assert public.id_text == theirs.id_text  # same key id text as minisign prints
    text = (tmp_path / "data.bin.minisig").read_text(encoding="ascii")
    assert Signature.parse(text).algorithm == b"ED"
    assert verify(DATA, text, public) == "signed by the real minisign"
    with pytest.raises(MinisignError, match="does not match"):
        verify(DATA[:-1], text, public)


def test_minisign_legacy_signature_verifies_with_us(theirs: MinisignPair, tmp_path: Path) -> None:
    data = tmp_path / "legacy.bin"
    data.write_bytes(DATA)
    run("minisign", "-S", "-l", "-s", theirs.secret, "-m", data)
    text = (tmp_path / "legacy.bin.minisig").read_text(encoding="ascii")
    assert Signature.parse(text).algorithm == b"Ed"
    comment = verify(DATA, text, PublicKey.parse(theirs.public.read_text(encoding="ascii")))
    assert comment.startswith("timestamp:")  # minisign's default trusted comment
    with pytest.raises(MinisignError, match="does not match"):
        verify(DATA + b"x", text, PublicKey.parse(theirs.public.read_text(encoding="ascii")))


def test_minisign_signature_fails_with_another_key(theirs: MinisignPair, key: SecretKey, tmp_path: Path) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(DATA)
    run("minisign", "-S", "-s", theirs.secret, "-m", data)
    text = (tmp_path / "data.bin.minisig").read_text(encoding="ascii")
    with pytest.raises(MinisignError, match=f"signed with key {theirs.id_text}, not with {key.public().id_text}"):
        verify(DATA, text, key.public())


# refusals -----------------------------------------------------------------------------------


def test_changed_data_is_refused(key: SecretKey) -> None:
    text = key.sign(DATA, "c")
    changed = bytearray(DATA)
    changed[100] ^= 0x01
    with pytest.raises(MinisignError, match="does not match the file"):
        verify(bytes(changed), text, key.public())
    with pytest.raises(MinisignError, match="does not match the file"):
        verify(DATA + b"\n", text, key.public())


def test_changed_trusted_comment_is_refused(key: SecretKey) -> None:
    text = key.sign(DATA, "copy 1 of 3")
    forged = with_line(text, 2, "trusted comment: copy 2 of 3")
    with pytest.raises(MinisignError, match="trusted comment was changed"):
        verify(DATA, forged, key.public())


def test_changed_signature_bytes_are_refused(key: SecretKey) -> None:
    text = key.sign(DATA, "c")
    lines = lines_of(text)

    def flip_sig(raw: bytearray) -> None:
        raw[20] ^= 0x80

    with pytest.raises(MinisignError, match="does not match the file"):
        verify(DATA, with_line(text, 1, b64_edit(lines[1], flip_sig)), key.public())

    def flip_global(raw: bytearray) -> None:
        raw[0] ^= 0x01

    with pytest.raises(MinisignError, match="trusted comment was changed"):
        verify(DATA, with_line(text, 3, b64_edit(lines[3], flip_global)), key.public())


def test_wrong_key_id_is_refused(key: SecretKey) -> None:
    text = key.sign(DATA, "c")

    def other_id(raw: bytearray) -> None:
        raw[2] ^= 0xFF

    forged = with_line(text, 1, b64_edit(lines_of(text)[1], other_id))
    with pytest.raises(MinisignError, match=f"not with {key.public().id_text}"):
        verify(DATA, forged, key.public())
    # a different key that claims the same key id still fails on the signature itself
    impostor = SecretKey(key.key_id, SecretKey.generate().seed)
    with pytest.raises(MinisignError, match="does not match the file"):
        verify(DATA, text, impostor.public())


def test_unknown_algorithm_is_refused(key: SecretKey) -> None:
    text = key.sign(DATA, "c")

    def other_alg(raw: bytearray) -> None:
        raw[0:2] = b"XY"

    with pytest.raises(MinisignError, match="not a minisign Ed25519 signature"):
        Signature.parse(with_line(text, 1, b64_edit(lines_of(text)[1], other_alg)))


@pytest.mark.parametrize(("index", "line", "message"), [
    (1, "RUR!!!notbase64***", "signature is not valid base64"),
    (1, "RUR+vZcqYsx59QtCc9dk76Dq zm0Pkcew", "signature is not valid base64"),
    (3, "%%%%", "global signature is not valid base64"),
    (1, base64.b64encode(b"ED" + bytes(70)).decode(), "not a minisign Ed25519 signature"),
    (3, base64.b64encode(bytes(63)).decode(), "trusted comment signature is damaged"),
])
def test_bad_base64_and_wrong_lengths_are_refused(key: SecretKey, index: int, line: str, message: str) -> None:
    with pytest.raises(MinisignError, match=message):
        Signature.parse(with_line(key.sign(DATA, "c"), index, line))


def test_truncated_signature_files_are_refused(key: SecretKey) -> None:
    text = key.sign(DATA, "c")
    for cut in (0, 10, len(text) // 3, len(text) // 2, len(text) - 40):
        with pytest.raises(MinisignError):
            verify(DATA, text[:cut], key.public())
    lines = lines_of(text)
    with pytest.raises(MinisignError, match="not a minisign signature file"):
        Signature.parse("\n".join(lines[:3]))
    with pytest.raises(MinisignError, match="not a minisign signature file"):
        Signature.parse("\n".join(lines[1:]))  # the untrusted comment line is missing
    with pytest.raises(MinisignError, match="not a minisign signature file"):
        Signature.parse("")


def test_truncated_and_bad_public_keys_are_refused(key: SecretKey, theirs: MinisignPair) -> None:
    text = theirs.public.read_text(encoding="ascii")
    comment, blob = text.splitlines()
    with pytest.raises(MinisignError, match="not a minisign Ed25519 public key"):
        PublicKey.parse(f"{comment}\n{blob[:-8]}\n")
    with pytest.raises(MinisignError, match="expected one base64 line"):
        PublicKey.parse(comment + "\n")
    with pytest.raises(MinisignError, match="expected one base64 line"):
        PublicKey.parse("")
    with pytest.raises(MinisignError, match="public key is not valid base64"):
        PublicKey.parse(f"{comment}\n{blob[:-1]}*\n")
    with pytest.raises(MinisignError, match="not a minisign Ed25519 public key"):
        PublicKey.parse(base64.b64encode(b"XX" + bytes(40)).decode())
    # a signature line is not a public key
    with pytest.raises(MinisignError):
        PublicKey.parse(key.sign(DATA, "c"))
