"""Minisign signatures (the "ED" form: Ed25519 over BLAKE2b-512 of the file), on `cryptography`.

Why our own writer: the format is four base64 lines around one Ed25519 primitive, and
`cryptography` is already the project's well-kept crypto library; py-minisign would add a
dependency for 60 lines. Interop with the real ``minisign`` tool is proven in
tests/packs/test_minisign.py (our signatures verify with ``minisign -V``, theirs with us).

Formats (https://jedisct1.github.io/minisign/):

* public key file: ``untrusted comment: ...`` then base64(``Ed`` + key id (8) + public key (32));
* signature file: ``untrusted comment: ...``, base64(``ED`` + key id + signature (64)),
  ``trusted comment: ...``, base64(global signature over signature + trusted comment).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

_PUBKEY_ALG = b"Ed"
_PREHASHED = b"ED"
_LEGACY = b"Ed"
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "


class MinisignError(Exception):
    """A key or signature that cannot be read, or a signature that does not verify."""


def key_id_text(key_id: bytes) -> str:
    """The key id as minisign prints it: the 8 bytes as a little-endian number in upper-case hex,
    without leading zeros (minisign's ``%" PRIX64 "``: one key in sixteen prints 15 digits)."""
    return f"{int.from_bytes(key_id, 'little'):X}"


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes  # 32 bytes Ed25519

    @property
    def id_text(self) -> str:
        return key_id_text(self.key_id)

    def to_file_text(self) -> str:
        blob = base64.b64encode(_PUBKEY_ALG + self.key_id + self.key).decode("ascii")
        return f"{_UNTRUSTED}minisign public key {self.id_text}\n{blob}\n"

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the key, grouped for reading aloud when a contact's key is checked."""
        digest = hashlib.sha256(self.key).hexdigest().upper()[:32]
        return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """A public key file's text, or just its base64 line (as ``minisign -P`` takes it)."""
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        if lines and lines[0].startswith(_UNTRUSTED):
            lines = lines[1:]
        if len(lines) != 1:
            raise MinisignError("not a minisign public key: expected one base64 line after the comment")
        raw = _b64(lines[0], "public key")
        if len(raw) != 42 or raw[:2] != _PUBKEY_ALG:
            raise MinisignError("not a minisign Ed25519 public key")
        return cls(raw[2:10], raw[10:])


@dataclass(frozen=True)
class SecretKey:
    """An Ed25519 seed with its minisign key id; kept only inside the encrypted vault."""

    key_id: bytes
    seed: bytes  # 32 bytes

    @classmethod
    def generate(cls) -> SecretKey:
        private = Ed25519PrivateKey.generate()
        seed = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return cls(os.urandom(8), seed)

    def public(self) -> PublicKey:
        raw = Ed25519PrivateKey.from_private_bytes(self.seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(self.key_id, raw)

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str = "signature from sdapp") -> str:
        """The text of a ``.minisig`` file for ``data`` (prehashed form, as minisign >= 0.11 writes)."""
        return self.sign_digest(prehash(data), trusted_comment, untrusted_comment)

    def sign_digest(self, digest: bytes, trusted_comment: str, untrusted_comment: str = "signature from sdapp") -> str:
        """As :meth:`sign`, for a caller that computed :func:`prehash` itself (while the data
        was still being produced)."""
        if len(digest) != 64:
            raise MinisignError("a minisign prehash is a 64-byte BLAKE2b-512 digest")
        if "\n" in trusted_comment or "\r" in trusted_comment or "\n" in untrusted_comment:
            raise MinisignError("a comment must be one line")
        private = Ed25519PrivateKey.from_private_bytes(self.seed)
        signature = private.sign(digest)
        global_sig = private.sign(signature + trusted_comment.encode("utf-8"))
        return (f"{_UNTRUSTED}{untrusted_comment}\n"
                f"{base64.b64encode(_PREHASHED + self.key_id + signature).decode('ascii')}\n"
                f"{_TRUSTED}{trusted_comment}\n"
                f"{base64.b64encode(global_sig).decode('ascii')}\n")


def prehash(data: bytes) -> bytes:
    """BLAKE2b-512 of ``data``: what a prehashed ("ED") minisign signature signs."""
    return hashlib.blake2b(data, digest_size=64).digest()


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @classmethod
    def parse(cls, text: str) -> Signature:
        lines = [ln.rstrip("\r") for ln in text.splitlines()]
        while lines and not lines[-1].strip():
            lines.pop()
        if len(lines) != 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
            raise MinisignError("not a minisign signature file")
        raw = _b64(lines[1].strip(), "signature")
        if len(raw) != 74 or raw[:2] not in (_PREHASHED, _LEGACY):
            raise MinisignError("not a minisign Ed25519 signature")
        global_sig = _b64(lines[3].strip(), "global signature")
        if len(global_sig) != 64:
            raise MinisignError("the signature's trusted comment signature is damaged")
        return cls(raw[:2], raw[2:10], raw[10:], lines[2][len(_TRUSTED):], global_sig)

    def verify(self, data: bytes, key: PublicKey) -> str:
        """Check against ``key``; returns the trusted comment. Raises :class:`MinisignError`."""
        if self.key_id != key.key_id:
            raise MinisignError(f"signed with key {key_id_text(self.key_id)}, not with {key.id_text}")
        public = Ed25519PublicKey.from_public_bytes(key.key)
        message = prehash(data) if self.algorithm == _PREHASHED else data
        try:
            public.verify(self.signature, message)
        except InvalidSignature:
            raise MinisignError("the signature does not match the file (changed or damaged)") from None
        try:
            public.verify(self.global_signature, self.signature + self.trusted_comment.encode("utf-8"))
        except InvalidSignature:
            raise MinisignError("the signature's trusted comment was changed") from None
        return self.trusted_comment


def verify(data: bytes, signature_text: str, key: PublicKey) -> str:
    """Verify ``signature_text`` (a .minisig file's content) over ``data``; the trusted comment."""
    return Signature.parse(signature_text).verify(data, key)


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(f"the {what} is not valid base64") from None
