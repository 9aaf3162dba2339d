"""No plaintext of vault content on disk (DESIGN.md section 6): a canary session.

A scripted session with HOME, TMPDIR, the XDG folders and SDAPP_SETTINGS_DIR pointed at
fresh folders: create a vault (CLI), import a register CSV whose record carries canary
strings, edit through the Python API in another process (adding a canary that never was
in any file), lock, open it in the desktop app (offscreen) and lock there, ``vault check``,
``vault backup`` to a "stick". Then every file under HOME, TMPDIR, the vault and the stick
is searched for the canaries, as UTF-8 and UTF-16 and in lower case (the search column is
lower-cased): only the import CSV, the user's own plaintext input, may hold one. Every
step runs with sockets refused.

The session also seals a briefing pack (PDF, annex and data of the canary records) to a contact
made with the real ``age-keygen``: the sealed file and its detached signature must not show the
canaries either, and rendering the PDF must leave nothing behind in TMPDIR.
"""

from __future__ import annotations

import io
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest

from sdapp.analysis.register_files import write_register
from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id
from sdapp.core.reference import ReferenceData
from sdapp.vault.vault import Vault
from tests.security.conftest import NO_NETWORK_HOOK, assert_ok, child_env, run_cli, run_python

PASSPHRASE = "correct horse battery staple"
SQLITE_MAGIC = b"SQLite format 3\0"

EDIT = NO_NETWORK_HOOK + """
from sdapp.assets import load_reference
import datetime as dt
import uuid
from sdapp.core.model import Assessment, CriticalityScore, Dependency
from sdapp.vault.vault import Vault

path, passphrase, dep_id, secret = sys.argv[1:5]
vault = Vault.unlock(path, load_reference(), passphrase=passphrase)
dep = vault.dependencies.get(dep_id)
with vault.transaction():
    dep.description = dep.description + " | edited: " + secret
    dep.tags = [*dep.tags, secret.lower()]
    vault.dependencies.update(dep)
    other = Dependency.from_dict({**dep.to_dict(), "id": sys.argv[5], "name": "copy " + secret})
    vault.dependencies.add(other)
    # assess: rationale and justification carry the secret too
    vault.assessments.save(Assessment(
        id=str(uuid.uuid4()), dependency_id=dep_id, assessed_on=dt.date(2026, 11, 1), assessor="anna",
        matrix_version=vault.assessments.matrix().version,
        impacts=[CriticalityScore("3.2", "D", "rationale " + secret)], likelihood="D", suggested_likelihood="C",
        justification="justification " + secret))
vault.close()  # lock: writes a rotated backup
print("EDITED")
"""


# The desktop app on the same vault: unlock, main window, lock on demand, quit (offscreen).
GUI = NO_NETWORK_HOOK + """
from PySide6.QtWidgets import QApplication
from sdapp.assets import load_reference
from sdapp.gui.app_setup import setup_application
from sdapp.gui.main_window import MainWindow
from sdapp.gui.settings import Preferences
from sdapp.vault.vault import Vault

app = QApplication(sys.argv[:1])
prefs = Preferences()
setup_application(app, prefs.language)
vault = Vault.unlock(sys.argv[1], load_reference(), passphrase=sys.argv[2])
prefs.add_recent(str(vault.path))
window = MainWindow(vault, prefs)
window.show()
for _ in range(20):
    app.processEvents()
window.lock()
window.close()
prefs.sync()
print("GUI DONE", vault.is_open)
"""


def _variants(text: str) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for form in {text, text.lower(), text.upper()}:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out[f"{form} ({encoding})"] = form.encode(encoding)
    return out


def _files(*roots: Path) -> list[Path]:
    return sorted({p for root in roots for p in root.rglob("*") if p.is_file() and not p.is_symlink()})


def _hits(files: list[Path], needles: dict[str, bytes]) -> list[str]:
    found = []
    for path in files:
        data = path.read_bytes()
        found.extend(f"{path}: {label}" for label, needle in needles.items() if needle in data)
    return found


@pytest.fixture
def session_dirs(tmp_path: Path) -> dict[str, Path]:
    dirs = {name: tmp_path / name for name in ("home", "tmp", "vaults", "stick")}
    for d in dirs.values():
        d.mkdir()
    return dirs


def test_no_canary_outside_the_users_own_csv(session_dirs: dict[str, Path], ref: ReferenceData) -> None:
    home, tmp, vaults, stick = (session_dirs[k] for k in ("home", "tmp", "vaults", "stick"))
    settings = home / ".config" / "sdapp"
    settings.mkdir(parents=True)
    env = child_env(HOME=str(home), TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp), SQLITE_TMPDIR=str(tmp),
                    SDAPP_SETTINGS_DIR=str(settings), XDG_CONFIG_HOME=str(home / ".config"),
                    XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local" / "share"),
                    XDG_STATE_HOME=str(home / ".local" / "state"), XDG_RUNTIME_DIR=str(tmp))
    token = uuid.uuid4().hex
    canary = f"CANARY-{token}"            # in the CSV: the user's own plaintext input
    canary_name = f"CANARYNAME-{token}"   # a record name in the CSV
    canary_edit = f"CANARYEDIT-{token}"   # typed in through the API only: never in any plaintext file
    pw = home / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = vaults / "register.sdvault"

    assert_ok(run_cli(env, home, "vault", "create", vault, "--passphrase-file", pw, "--user", "anna",
                      "--department", "EZ", "--recovery-key-file", home / "recovery.txt", "--kdf-seconds", "0"))

    csv = home / "register-input.csv"
    dep = Dependency(id=new_id(), name=canary_name, kind="raw-material", domain="chips",
                     description=f"Supplier details {canary} (confidential)", cn_codes=["811292"],
                     tags=["metals"], stages=[SupplyStage("processing", [CountryShare("CN", 98.0)])])
    write_register(csv, [dep])
    assert canary.encode() in csv.read_bytes()  # the control: the scan below can find it
    assert_ok(run_cli(env, home, "register", "import", vault, csv, "--passphrase-file", pw))

    edited = run_python(EDIT, vault, PASSPHRASE, dep.id, canary_edit, new_id(), env=env, cwd=home)
    assert edited.stdout.strip() == "EDITED", edited.stderr
    assert "SOCKET EVENTS" not in edited.stderr

    gui = run_python(GUI, vault, PASSPHRASE, env=env, cwd=home)
    assert gui.stdout.strip().endswith("GUI DONE False"), gui.stdout + gui.stderr
    assert "SOCKET EVENTS" not in gui.stderr

    age_key = home / "kamer.key"
    subprocess.run(["age-keygen", "-o", str(age_key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(age_key)], check=True, capture_output=True,
                               text=True).stdout.strip()
    assert_ok(run_cli(env, home, "contacts", "add", vault, "--passphrase-file", pw, "--name", "Griffie",
                      "--organisation", "Tweede Kamer", "--age-recipient", recipient))
    outbox = stick / "packs"
    outbox.mkdir()
    sealed = assert_ok(run_cli(env, home, "pack", "export", vault, "--passphrase-file", pw, "--to", "Griffie",
                               "--classification", "stg-geheim", "--out", outbox)).stdout.split()
    assert [Path(p).suffix for p in sealed] == [".sdpack", ".minisig"]
    # the control for the pack: its content holds the canaries once decrypted (with the addressee's key)
    opened = subprocess.run(["age", "-d", "-i", str(age_key), sealed[0]], check=True, capture_output=True).stdout
    assert canary_edit.encode() in zipfile.ZipFile(io.BytesIO(opened)).read("data.json")

    assert_ok(run_cli(env, home, "vault", "check", vault, "--passphrase-file", pw))
    copy = Path(assert_ok(run_cli(env, home, "vault", "backup", vault, stick, "--passphrase-file", pw))
                .stdout.strip())
    assert copy.is_dir()

    files = _files(home, tmp, vaults, stick)
    scanned = [p for p in files if p != csv]
    assert any(p.name == "register.db" for p in scanned)
    assert (settings / "sdapp.ini").is_file()  # the app did write its settings, which are scanned too
    assert len([p for p in scanned if p.parent.name == "backups"]) >= 1
    needles = {**_variants(canary), **_variants(canary_name), **_variants(canary_edit), **_variants(token)}
    assert _hits(scanned, needles) == []

    # encrypted databases carry no SQLite header (so no readable page 1 either)
    databases = [p for p in files if p.suffix == ".db" or p.name.endswith((".db-wal", ".db-journal"))]
    assert len(databases) >= 3, databases  # the register, a rotated backup, the copy on the stick
    assert [p for p in databases if p.read_bytes().startswith(SQLITE_MAGIC)] == []

    # and the canaries really are inside (the scan was not vacuous)
    with Vault.unlock(vault, ref, passphrase=PASSPHRASE) as v:
        texts = [d.description + d.name + " ".join(d.tags) for d in v.dependencies.all()]
        v.close(backup=False)
    assert any(canary in t and canary_edit in t for t in texts)
    assert any(canary_name in t for t in texts)
