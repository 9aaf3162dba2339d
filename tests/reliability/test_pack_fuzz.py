"""Bad input for the pack reader: whatever arrives on a stick, opening a pack either succeeds with
every check passed or raises PackError with a reason, never anything else, and writes nothing."""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from sdapp.packs.envelope import MANIFEST, MANIFEST_SIG, PackError, open_pack, seal
from sdapp.packs.minisign import PublicKey, SecretKey
from sdapp.packs.pack_open import write_files

IDENTITY = x25519.Identity.generate()
RECIPIENT = str(IDENTITY.to_public())
SIGNER = SecretKey.generate()
TRUSTED: dict[str, tuple[str, PublicKey]] = {SIGNER.public().id_text: ("sender", SIGNER.public())}
GOOD = seal({"data.json": b'{"a": 1}', "annex.csv": b"id,name\n1,x\n"}, {"pack_id": "p", "copy_number": 1},
            SIGNER, recipients=[RECIPIENT]).data


def _open(sealed: bytes) -> None:
    try:
        opened = open_pack(sealed, TRUSTED, identities=[str(IDENTITY)])
    except PackError as exc:
        reason = str(exc)
        if not reason:
            pytest.fail("a refusal without a reason")
        return
    # a pack that opens passed every check: its files are exactly the manifest's
    assert {e["name"] for e in opened.manifest["files"]} == set(opened.files)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_are_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(PackError):
        open_pack(data, TRUSTED, identities=[str(IDENTITY)])


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.integers(min_value=0, max_value=len(GOOD) - 1), st.integers(min_value=1, max_value=255),
                       min_size=1, max_size=4))
def test_changed_bytes_of_a_sealed_pack_are_refused(changes: dict[int, int]) -> None:
    data = bytearray(GOOD)
    for position, flip in changes.items():  # distinct positions: two flips never cancel out
        data[position] ^= flip
    with pytest.raises(PackError):
        open_pack(bytes(data), TRUSTED, identities=[str(IDENTITY)])


_names = st.sampled_from(["data.json", "annex.csv", MANIFEST, MANIFEST_SIG, "../evil", "a/b", "x.pdf", ""])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_names, st.binary(max_size=300)), max_size=6), st.booleans())
def test_any_zip_inside_a_valid_age_file_is_handled(entries: list[tuple[str, bytes]], sign: bool) -> None:
    """Someone with the addressee's recipient can encrypt anything: the inner checks must hold."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # duplicate names are part of the attack
        for name, data in entries:
            if name == MANIFEST and sign:
                data = json.dumps({"format": "sdapp-pack", "format_version": 1,
                                   "files": [{"name": "data.json", "size": 2, "sha256": "0" * 64}]}).encode()
            if name:
                archive.writestr(name, data)
    _open(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(RECIPIENT)]))


def test_a_refused_pack_writes_nothing(tmp_path: Path) -> None:
    damaged = bytearray(GOOD)
    damaged[len(damaged) // 2] ^= 1
    out = tmp_path / "out"
    with pytest.raises(PackError):
        write_files(open_pack(bytes(damaged), TRUSTED, identities=[str(IDENTITY)]), out)
    assert not out.exists()
