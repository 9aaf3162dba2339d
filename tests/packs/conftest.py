"""Fixtures and helpers for the sealed-pack tests: the real ``age``/``minisign`` tools, keys
made by them, and one demo vault per session.

The interop tests need the Debian packages ``age``, ``minisign``, ``qpdf`` and ``poppler-utils``;
they are skipped without them, except in CI (CI=true), where their absence is a failure.

Plain helpers are imported by the test modules as ``from tests.packs.conftest import ...``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyrage import x25519

from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id
from sdapp.core.reference import ReferenceData
from sdapp.demo import build_demo
from sdapp.packs.minisign import SecretKey
from sdapp.vault import vault as vault_mod
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
DEBIAN_PACKAGES = {"age": "age", "age-keygen": "age", "minisign": "minisign", "qpdf": "qpdf",
                   "pdfinfo": "poppler-utils", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
                   "pdffonts": "poppler-utils", "unzip": "unzip"}
FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"klik\")"


def require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    packages = sorted({DEBIAN_PACKAGES.get(t, t) for t in missing})
    message = f"{', '.join(missing)} not on PATH (Debian packages: {', '.join(packages)})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the interop tests: {message}")
    pytest.skip(message)


def run(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None,
        check: bool = True) -> subprocess.CompletedProcess[bytes]:
    """Run a tool with no terminal (stdin closed unless given); fails the test on a non-zero exit."""
    argv = [str(a) for a in args]
    require(argv[0])
    proc = subprocess.run(argv, input=stdin if stdin is not None else b"", capture_output=True, cwd=cwd,
                          timeout=60, check=False)
    if check:
        assert proc.returncode == 0, (f"{' '.join(argv)} -> {proc.returncode}\n"
                                      f"{proc.stdout.decode(errors='replace')}\n{proc.stderr.decode(errors='replace')}")
    return proc


# age ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgeKey:
    path: Path  # the key file as age-keygen writes it (comments, then AGE-SECRET-KEY-1...)
    identity: str
    recipient: str


def age_keygen(path: Path) -> AgeKey:
    run("age-keygen", "-o", path)
    lines = path.read_text(encoding="ascii").splitlines()
    identity = next(ln for ln in lines if ln.startswith("AGE-SECRET-KEY-1"))
    recipient = next(ln.split(": ", 1)[1] for ln in lines if ln.startswith("# public key: "))
    assert recipient.startswith("age1")
    return AgeKey(path, identity, recipient)


def pyrage_key(path: Path) -> AgeKey:
    """A key made by pyrage, written as a key file the ``age`` tool reads."""
    key = x25519.Identity.generate()
    path.write_text(f"{key}\n", encoding="ascii")
    return AgeKey(path, str(key), str(key.to_public()))


def age_decrypt(sealed: bytes, key: AgeKey) -> bytes:
    """Decrypt with the real ``age`` tool."""
    return run("age", "-d", "-i", key.path, stdin=sealed).stdout


# minisign ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinisignPair:
    public: Path
    secret: Path  # unencrypted (made with -W)
    id_text: str  # as minisign prints it in the public key's comment


def minisign_keygen(folder: Path, name: str = "mk") -> MinisignPair:
    folder.mkdir(parents=True, exist_ok=True)
    pub, sec = folder / f"{name}.pub", folder / f"{name}.key"
    run("minisign", "-G", "-W", "-p", pub, "-s", sec)
    comment = pub.read_text(encoding="ascii").splitlines()[0]
    return MinisignPair(pub, sec, comment.rsplit(" ", 1)[1])


def minisign_verify(public: Path, file: Path, signature: Path | None = None,
                    check: bool = True) -> subprocess.CompletedProcess[bytes]:
    args: list[str | Path] = ["minisign", "-V", "-p", public, "-m", file]
    if signature is not None:
        args += ["-x", signature]
    return run(*args, check=check)


# ZIP contents ----------------------------------------------------------------------------------


def unzip_all(payload: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_manifest_hashes(files: Mapping[str, bytes]) -> dict[str, object]:
    """Every file the manifest lists is there with its size and SHA-256, and nothing else is."""
    manifest = json.loads(files["manifest.json"])
    listed = {e["name"]: e for e in manifest["files"]}
    assert set(listed) == set(files) - {"manifest.json", "manifest.json.minisig"}
    for name, entry in listed.items():
        assert entry["size"] == len(files[name]), name
        assert entry["sha256"] == sha256(files[name]), name
    return manifest


# session fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def age_key(tmp_path_factory: pytest.TempPathFactory) -> AgeKey:
    """A key pair made by the real ``age-keygen``."""
    return age_keygen(tmp_path_factory.mktemp("age") / "key.txt")


@pytest.fixture(scope="session")
def other_age_key(tmp_path_factory: pytest.TempPathFactory) -> AgeKey:
    return pyrage_key(tmp_path_factory.mktemp("age-other") / "key.txt")


@pytest.fixture(scope="session")
def signer() -> SecretKey:
    return SecretKey.generate()


@pytest.fixture(scope="session")
def formula_dep() -> Dependency:
    """A record whose name is a spreadsheet formula (formula injection must be neutralised)."""
    return Dependency(id=new_id(), name=FORMULA_NAME, kind="raw-material", domain="chips",
                      description="Formule-injectie in de naam", classification="stg-confidentieel",
                      stages=[SupplyStage("processing", [CountryShare("CN", 90.0), CountryShare("DE", 5.0)])])


@pytest.fixture(scope="session")
def demo_vault(tmp_path_factory: pytest.TempPathFactory, ref: ReferenceData,
               formula_dep: Dependency) -> Iterator[vault_mod.Vault]:
    """An open vault (user anna/EZ, fast KDF) with the demo content and the formula record.

    Shared by the whole session: tests may issue packs from it and add contacts with unique
    names, but must not rely on the copy register being empty.
    """
    created = vault_mod.create(tmp_path_factory.mktemp("packs-vault") / "demo", ref, user="anna", department="EZ",
                               passphrase=PASSPHRASE, params=FAST_KDF)
    vault = created.vault
    build_demo(vault)
    with vault.transaction():
        vault.dependencies.add(formula_dep)
    yield vault
    if vault.is_open:
        vault.close(backup=False)
