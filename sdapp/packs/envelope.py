"""The sealed-pack envelope (DESIGN.md §4): a ZIP with a signed manifest, encrypted with age.

Everything happens in memory: the plaintext ZIP never touches the disk. Sealing signs the
manifest (minisign, inside the ZIP) and the sealed file (a detached ``.minisig`` beside it,
for a courier who cannot decrypt). Opening checks in an order that gives the most specific
reason: decryption, ZIP structure, manifest, signature, then every file's size and SHA-256;
it returns nothing unless all pass.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pyrage
from pyrage import x25519

from sdapp.core.errors import DomainError
from sdapp.packs.age_stream import SegmentBuffer, encrypt_and_prehash
from sdapp.packs.minisign import MinisignError, PublicKey, SecretKey, Signature, key_id_text, prehash

FORMAT = "sdapp-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.json.minisig"
SUFFIX = ".sdpack"
MAX_PACK_BYTES = 1 << 30  # 1 GiB uncompressed in total: refuse ZIP bombs before inflating
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}\Z")  # \Z: "$" would let a final "\n" through
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # no timestamps in the ZIP: the manifest carries "created"


class PackError(DomainError):
    """A pack that cannot be sealed, opened or trusted; the message says exactly why."""


@dataclass(frozen=True)
class SealedPack:
    parts: tuple[bytes, ...]  # the age file in the blocks it was made in: written out without a join
    detached_signature: str  # text of NAME.sdpack.minisig
    manifest: dict[str, Any]
    manifest_sha256: str

    @cached_property
    def data(self) -> bytes:
        """The age file in one piece (a copy: writers take :attr:`parts`)."""
        return b"".join(self.parts)

    @property
    def size(self) -> int:
        return sum(map(len, self.parts))

    @property
    def sha256(self) -> str:
        digest = hashlib.sha256()
        for part in self.parts:
            digest.update(part)
        return digest.hexdigest()


@dataclass(frozen=True)
class Signer:
    """Who signed a pack: the contact (or own identity) whose key verified, or nobody known."""

    key_id: str
    name: str | None  # None: the key is not among the trusted keys
    trusted_comment: str


@dataclass(frozen=True)
class OpenedPack:
    manifest: dict[str, Any]
    files: dict[str, bytes]
    signer: Signer
    warnings: list[str] = field(default_factory=list)


def seal(files: Mapping[str, bytes], manifest_fields: Mapping[str, Any], signer: SecretKey, *,
         recipients: list[str] | None = None, passphrase: str | None = None) -> SealedPack:
    """Build, sign and encrypt one copy. ``manifest_fields`` adds the pack's metadata
    (classification, copy, addressee, author ...) to the file list the envelope computes."""
    if bool(recipients) == bool(passphrase):
        raise PackError("a pack is encrypted either to recipients or with a passphrase")
    for name in files:
        if not _SAFE_NAME.match(name) or name in (MANIFEST, MANIFEST_SIG):
            raise PackError(f"file name not allowed in a pack: {name!r}")
    buffer = SegmentBuffer()  # the ZIP keeps references to the files' bytes instead of copies
    with ThreadPoolExecutor(max_workers=2) as pool, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        # hashing releases the GIL: the manifest's digests run beside the ZIP's own CRC pass
        digests = {n: pool.submit(_sha256, d) for n, d in files.items()}
        for name, data in files.items():
            _add(archive, name, data)
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, **manifest_fields,
                    "signer_key_id": key_id_text(signer.key_id),
                    "signer_public_key": signer.public().to_file_text().splitlines()[1],
                    "files": [{"name": n, "size": len(files[n]), "sha256": digests[n].result()}
                              for n in sorted(files)]}
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
        comment = f"sdapp pack {manifest.get('pack_id', '')} copy {manifest.get('copy_number', '')}"
        _add(archive, MANIFEST, manifest_bytes)
        _add(archive, MANIFEST_SIG, signer.sign(manifest_bytes, comment + " file:manifest.json").encode("ascii"))
    if passphrase:
        whole = pyrage.passphrase.encrypt(buffer.getvalue(), passphrase)
        parts, digest = (whole,), prehash(whole)
    else:
        try:
            parsed = [x25519.Recipient.from_str(r.strip()) for r in recipients or []]
        except pyrage.RecipientError as exc:
            raise PackError(f"not an age recipient (age1...): {exc}") from None
        parts, digest = encrypt_and_prehash(buffer, parsed)
    detached = signer.sign_digest(digest, comment + " sealed")
    return SealedPack(parts, detached, manifest, hashlib.sha256(manifest_bytes).hexdigest())


_DEFLATE_SUFFIXES = (".json", ".csv", ".minisig", ".txt")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Text is deflated; PDF and XLSX are compressed already and are stored as they are
    (deflating them again costs more time than it saves bytes). No timestamps, no owner."""
    info = zipfile.ZipInfo(name, _FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if name.endswith(_DEFLATE_SUFFIXES) else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    archive.writestr(info, data)


def recipient_kind(sealed: bytes) -> str:
    """``x25519``, ``scrypt`` (passphrase) or another stanza type, read from the age header."""
    if not sealed.startswith(b"age-encryption.org/v1\n"):
        raise PackError("not a sealed pack: the file is not age-encrypted (damaged or another file)")
    for line in sealed[:4096].split(b"\n")[1:]:
        if line.startswith(b"-> "):
            return line[3:].split(b" ", 1)[0].decode("ascii", "replace").lower()
        if line.startswith(b"---"):
            break
    raise PackError("the pack's encryption header is damaged")


def decrypt(sealed: bytes, *, identities: list[str] | None = None, passphrase: str | None = None) -> bytes:
    kind = recipient_kind(sealed)
    try:
        if passphrase is not None:
            if kind != "scrypt":
                raise PackError("this pack is addressed to a person's key, not protected by a passphrase")
            return pyrage.passphrase.decrypt(sealed, passphrase)
        if kind == "scrypt":
            raise PackError("this pack is protected by a passphrase: give the passphrase to open it")
        keys = [x25519.Identity.from_str(i) for i in identities or []]
        if not keys:
            raise PackError("no identity to open the pack with")
        return pyrage.decrypt(sealed, keys)
    except pyrage.DecryptError as exc:
        text = str(exc)
        if passphrase is not None and "failed" in text.lower() and "fill" not in text:
            raise PackError("wrong passphrase for this pack (or its header was changed)") from None
        if "No matching keys" in text:
            raise PackError("this pack is not addressed to you: none of your keys opens it "
                            "(or its header was changed)") from None
        if "Header is invalid" in text or "Unknown age format" in text:
            raise PackError("the sealed pack's header is damaged or was changed: none of your keys opens it") \
                from None
        raise PackError("the sealed pack is damaged or was changed after sealing (decryption failed)") from None
    except pyrage.IdentityError as exc:
        raise PackError(f"the identity cannot be read: {exc}") from None


def unzip(payload: bytes) -> dict[str, bytes]:
    """The ZIP's files, refusing anything a pack never contains (folders, odd names, bombs)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > MAX_PACK_BYTES:
            raise PackError("the pack claims more than 1 GiB of content: refused")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise PackError("the pack holds a file name twice")
        bad = [n for n in names if not _SAFE_NAME.match(n)]
        if bad:
            raise PackError(f"the pack holds a file with a name not allowed: {bad[0]!r}")
        return {i.filename: archive.read(i) for i in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, zlib.error,
            RuntimeError, NotImplementedError) as exc:  # zipfile: bad deflate data, encrypted or unknown methods
        raise PackError(f"the pack's content is not a valid ZIP ({exc})") from None


def open_pack(sealed: bytes, trusted: Mapping[str, tuple[str, PublicKey]], *,
              identities: list[str] | None = None, passphrase: str | None = None,
              require_trusted: bool = False) -> OpenedPack:
    """Decrypt and verify everything. ``trusted`` maps key-id text to (name, key). An unknown
    signer is a warning (the pack is still readable) unless ``require_trusted``."""
    files = unzip(decrypt(sealed, identities=identities, passphrase=passphrase))
    manifest_bytes = files.pop(MANIFEST, None)
    sig_bytes = files.pop(MANIFEST_SIG, None)
    if manifest_bytes is None:
        raise PackError("the pack has no manifest.json")
    if sig_bytes is None:
        raise PackError("the pack's manifest is not signed (manifest.json.minisig is missing)")
    manifest = _parse_manifest(manifest_bytes)
    try:
        signature = Signature.parse(sig_bytes.decode("utf-8"))
    except (MinisignError, UnicodeDecodeError) as exc:
        raise PackError(f"the manifest's signature cannot be read: {exc}") from None
    key_id = key_id_text(signature.key_id)
    warnings: list[str] = []
    known = trusted.get(key_id)
    if known is None:
        if require_trusted:
            raise PackError(f"the pack is signed by an unknown key ({key_id}): add the sender as a contact first")
        try:  # the embedded key proves the content is whole, not who sent it
            embedded = PublicKey.parse(str(manifest.get("signer_public_key", "")))
        except MinisignError:
            raise PackError(f"the pack is signed by an unknown key ({key_id}) and carries no usable public key") \
                from None
        name, key = None, embedded
        warnings.append(f"signed by a key that is not among your contacts ({key_id}): the content is whole, "
                        "but nothing proves who sent it")
    else:
        name, key = known
    try:
        comment = signature.verify(manifest_bytes, key)
    except MinisignError as exc:
        raise PackError(f"the manifest's signature{' by ' + name if name else ''} does not verify: {exc}") from None
    signer = Signer(key_id, name, comment)
    _check_files(manifest, files)
    return OpenedPack(manifest, files, signer, warnings)


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"the manifest is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackError("the manifest is not an sdapp pack manifest")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise PackError(f"the pack was made by a newer sdapp (format version {version}): update to open it")
    entries = manifest.get("files")
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and isinstance(e.get("name"), str) and isinstance(e.get("size"), int)
            and isinstance(e.get("sha256"), str) for e in entries):
        raise PackError("the manifest's file list is damaged")
    return manifest


def _check_files(manifest: Mapping[str, Any], files: Mapping[str, bytes]) -> None:
    listed = {e["name"]: e for e in manifest["files"]}
    for name in listed:
        if name not in files:
            raise PackError(f"{name} is listed in the manifest but missing from the pack")
    for name, data in files.items():
        entry = listed.get(name)
        if entry is None:
            raise PackError(f"{name} is in the pack but not in the signed manifest")
        if len(data) != entry["size"]:
            raise PackError(f"{name} has {len(data)} bytes, the manifest says {entry['size']}: changed")
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise PackError(f"{name} does not match its SHA-256 in the manifest: changed or damaged")


def verify_detached(sealed: bytes, signature_text: str, key: PublicKey) -> str:
    """A courier's check of the sealed file against the sender's public key, without opening it."""
    try:
        return Signature.parse(signature_text).verify(sealed, key)
    except MinisignError as exc:
        raise PackError(f"the sealed file does not verify: {exc}") from None
