"""Build the PyInstaller bundle with installer/build.sh and smoke-test the frozen app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh is the Linux build"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller")
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(["bash", str(ROOT / "installer" / "build.sh"), str(out)], check=True, env=env, timeout=900)
    return out


def _run(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(cwd)}
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_tarball_and_checksums(bundle: Path) -> None:
    tarballs = list(bundle.glob("sdapp-*-linux-x86_64.tar.gz"))
    assert len(tarballs) == 1
    subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=bundle, check=True)
    subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=bundle / "sdapp", check=True)
    names = {p.name for p in (bundle / "sdapp").rglob("*")}
    for excluded in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6"):
        assert excluded not in names
    # Qt's PDF library (the pack viewer) links libQt6Network; the Python module stays out
    assert "libQt6Pdf.so.6" in names
    assert not [n for n in names if n.startswith("QtNetwork.")]
    assert {"sdapp.desktop", "sdapp-mime.xml", "sdapp-256.png", "DejaVuSans.ttf", "sdapp_nl.qm"} <= names


def test_frozen_cli_and_gui(bundle: Path, tmp_path: Path) -> None:
    exe = bundle / "sdapp" / "sdapp"
    version = _run(exe, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("sdapp ")

    (tmp_path / "pass").write_text("correct horse battery staple 42\n")
    vault = tmp_path / "t.sdvault"
    created = _run(exe, "vault", "create", "--passphrase-file", "pass", "--user", "alice", "--department", "BZK",
                   "--recovery-key-file", "rk", "--kdf-seconds", "0", str(vault), cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    checked = _run(exe, "vault", "check", "--passphrase-file", "pass", str(vault), cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "ok" in checked.stdout
    # Qt rendering, fonts and reference data from the bundle
    matrix = _run(exe, "matrix", "--passphrase-file", "pass", "--out", "m.png", str(vault), cwd=tmp_path)
    assert matrix.returncode == 0, matrix.stderr
    assert (tmp_path / "m.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # a sealed briefing pack from the bundle: QPdfWriter, pyrage, openpyxl, the minisign writer
    subprocess.run(["age-keygen", "-o", str(tmp_path / "kamer.key")], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(tmp_path / "kamer.key")], check=True,
                               capture_output=True, text=True).stdout.strip()
    demo = _run(exe, "demo", str(tmp_path / "demo.sdvault"), "--no-gui", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    (tmp_path / "demo-pass").write_text("demo\n")
    added = _run(exe, "contacts", "add", str(tmp_path / "demo.sdvault"), "--passphrase-file", "demo-pass",
                 "--name", "Griffie",
                 "--organisation", "TK", "--age-recipient", recipient, cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    (tmp_path / "out").mkdir()
    packed = _run(exe, "pack", "export", str(tmp_path / "demo.sdvault"), "--passphrase-file", "demo-pass",
                  "--to", "Griffie", "--classification", "stg-geheim", "--out", "out", cwd=tmp_path)
    assert packed.returncode == 0, packed.stderr
    sealed = packed.stdout.split()[0]
    zipped = subprocess.run(["age", "-d", "-i", str(tmp_path / "kamer.key"), sealed], cwd=tmp_path,
                            check=True, capture_output=True).stdout
    assert zipped[:2] == b"PK"

    # The GUI waits in the unlock dialog: it must still be running after 2 s, with no traceback.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    proc = subprocess.Popen([str(exe), "open", str(vault)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        time.sleep(2)
        assert proc.poll() is None, proc.communicate()[0]
    finally:
        proc.kill()
        output = proc.communicate(timeout=10)[0]
    assert "Traceback" not in output, output
    shutil.rmtree(vault)
