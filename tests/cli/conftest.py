"""Helpers and fixtures for the CLI tests: the real ``python -m sdapp`` in a subprocess.

Every run gets HOME (and the working directory) in a temporary folder, the offscreen Qt
platform and captured output; :func:`run_cli` fails the test if any output carries a
Python traceback. Vaults are made once per session through the CLI itself and copied
per test, so each test pays only for the commands it runs (~0.5 s each).

Plain helpers are imported by the test modules as ``from tests.cli.conftest import ...``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
DEMO_PASSPHRASE = "demo"
RECOVERY_KEY_RE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){8}$")
HEX_KEY_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Result:
    args: tuple[str, ...]
    rc: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    @property
    def out_lines(self) -> list[str]:
        return self.out.splitlines()

    def __str__(self) -> str:
        return f"sdapp {' '.join(self.args)} -> {self.rc}\n--- stdout\n{self.out}--- stderr\n{self.err}"


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SDAPP_", "PYTEST_", "QT_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
    return env


def run_cli(home: Path, *args: str | Path, stdin: str | None = None, cwd: Path | None = None) -> Result:
    """Run ``python -m sdapp ARGS`` with HOME=home (and cwd=home unless given)."""
    argv = tuple(str(a) for a in args)
    proc = subprocess.run([sys.executable, "-m", "sdapp", *argv], cwd=cwd or home, env=cli_env(home),
                          input=stdin if stdin is not None else "", capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)
    result = Result(argv, proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in result.out + result.err, str(result)
    return result


def assert_ok(result: Result) -> Result:
    assert result.rc == 0, str(result)
    return result


def assert_refused(result: Result, *fragments: str) -> str:
    """Exit 1 with exactly one line on stderr, starting "sdapp:", containing every fragment."""
    assert result.rc == 1, str(result)
    assert len(result.err_lines) == 1, str(result)
    line = result.err_lines[0]
    assert line.startswith("sdapp: "), str(result)
    assert "unexpected error" not in line, str(result)
    for fragment in fragments:
        assert fragment.lower() in line.lower(), f"{fragment!r} not in {line!r}\n{result}"
    return line


def assert_usage(result: Result) -> None:
    assert result.rc == 2, str(result)
    assert "usage:" in result.err, str(result)


@dataclass
class CliVault:
    """A closed vault folder plus the files holding its secrets."""

    home: Path
    path: Path
    passphrase_file: Path
    recovery_file: Path

    def run(self, *args: str | Path, stdin: str | None = None) -> Result:
        return run_cli(self.home, *args, stdin=stdin)

    def cmd(self, group: str, action: str, *args: str | Path, recovery: bool = False) -> Result:
        """``sdapp GROUP ACTION VAULT ARGS`` unlocked with the passphrase (or the recovery key)."""
        opt = ["--recovery-key-file", self.recovery_file] if recovery else \
            ["--passphrase-file", self.passphrase_file]
        return self.run(group, action, self.path, *args, *opt)

    def export_json(self, name: str = "export.json") -> str:
        out = self.home / name
        out.unlink(missing_ok=True)
        assert_ok(self.cmd("register", "export", out))
        return out.read_text(encoding="utf-8")

    def list_rows(self) -> list[str]:
        return assert_ok(self.cmd("register", "list")).out_lines

    def audit_actions(self) -> list[str]:
        lines = assert_ok(self.cmd("vault", "audit", "--limit", "1000")).out_lines
        return [ln.split("\t")[3].split(" ")[0] for ln in lines]


def write_secret(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def recovery_key_in(path: Path) -> str:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert len(lines) == 1, lines
    return lines[0]


def copy_vault(template: CliVault, home: Path, name: str | None = None) -> CliVault:
    """A fresh copy of ``template`` (same keys) under ``home``, with its own secret files."""
    home.mkdir(parents=True, exist_ok=True)
    target = home / (name or template.path.name)
    shutil.copytree(template.path, target)
    pp = home / "passphrase.txt"
    shutil.copyfile(template.passphrase_file, pp)
    rk = home / "recovery.txt"
    if template.recovery_file.exists():
        shutil.copyfile(template.recovery_file, rk)
        rk.chmod(0o600)
    return CliVault(home=home, path=target, passphrase_file=pp, recovery_file=rk)


# session templates, made through the CLI ----------------------------------------------


@dataclass
class Made:
    vault: CliVault
    result: Result


@pytest.fixture(scope="session")
def created_template(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """An empty vault made with ``sdapp vault create`` (user anna/EZ); copy it, don't change it."""
    home = tmp_path_factory.mktemp("cli-template")
    pp = write_secret(home / "passphrase.txt", PASSPHRASE)
    rk = home / "recovery.txt"
    result = run_cli(home, "vault", "create", "register", "--passphrase-file", pp, "--user", "anna",
                     "--department", "EZ", "--recovery-key-file", rk, "--kdf-seconds", "0")
    assert_ok(result)
    return Made(CliVault(home, home / "register.sdvault", pp, rk), result)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """The demo vault made with ``sdapp demo VAULT --no-gui``; copy it, don't change it."""
    home = tmp_path_factory.mktemp("cli-demo")
    pp = write_secret(home / "passphrase.txt", DEMO_PASSPHRASE)
    result = run_cli(home, "demo", home / "demo", "--no-gui")
    assert_ok(result)
    return Made(CliVault(home, home / "demo.sdvault", pp, home / "no-recovery-key"), result)


@pytest.fixture(scope="session")
def demo_reference_json(demo_template: Made, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo register exported as JSON (from a copy, so the template stays untouched)."""
    copy = copy_vault(demo_template.vault, tmp_path_factory.mktemp("cli-demo-ref"))
    return copy.export_json("reference.json")


@pytest.fixture
def vault(created_template: Made, tmp_path: Path) -> CliVault:
    """A fresh copy of the empty CLI-made vault (passphrase and recovery key files included)."""
    return copy_vault(created_template.vault, tmp_path)


@pytest.fixture
def demo_vault(demo_template: Made, tmp_path: Path) -> CliVault:
    """A fresh copy of the demo vault (passphrase ``demo``)."""
    return copy_vault(demo_template.vault, tmp_path)
