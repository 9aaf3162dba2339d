"""Helpers for the reliability tests: child processes that write to a vault and get killed.

The soak run (many more crash trials) is switched on with ``--soak`` (when this folder is
named on the command line, e.g. ``pytest tests/reliability --soak``) or, from anywhere,
with the environment variable ``SDAPP_SOAK=1``.

Plain helpers are imported by the test modules as ``from tests.reliability.conftest import ...``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id

ROOT = Path(__file__).resolve().parents[2]

# The writer's records, built with the same fields as tests/vault's make_dep: valid for the
# reference data, so a failure can only come from the storage layer.
CHILD_PRELUDE = """
import os, sys, time
from sdapp.assets import load_reference
from sdapp.core.model import CountryShare, Dependency, SupplyStage, new_id
from sdapp.vault.keyslots import KdfParams
from sdapp.vault.vault import Vault

FAST_KDF = KdfParams(iterations=1)


def dep(name, description="written by the crash-test writer"):
    return Dependency(id=new_id(), name=name, kind="raw-material", domain="chips", description=description,
                      cn_codes=["811292"], status="signalled", tags=["metals"],
                      stages=[SupplyStage("processing", [CountryShare("CN", 98.0), CountryShare("DE", 1.0)])])


def say(*words):
    print(*words, flush=True)
"""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--soak", action="store_true", default=False,
                     help="run the long crash-safety soak (~200 kill trials per scenario); or set SDAPP_SOAK=1")


def soak_enabled(config: pytest.Config) -> bool:
    try:
        flag = bool(config.getoption("--soak"))
    except ValueError:  # the option is registered only when this folder is named on the command line
        flag = False
    return flag or os.environ.get("SDAPP_SOAK", "") not in ("", "0")


@pytest.fixture
def soak(request: pytest.FixtureRequest) -> bool:
    return soak_enabled(request.config)


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def spawn(script: str, *args: str | Path, **popen: object) -> subprocess.Popen[str]:
    """Start ``python -c PRELUDE+script ARGS`` with piped, line-buffered text output."""
    return subprocess.Popen([sys.executable, "-c", CHILD_PRELUDE + script, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT,
                            **popen)  # type: ignore[call-overload]


def run_child(script: str, *args: str | Path, timeout: float = 120,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD_PRELUDE + script, *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=env or child_env(), cwd=ROOT, check=False)


def make_dep(**overrides: Any) -> Dependency:
    """A valid dependency (the same fields as the child's ``dep``); keyword arguments replace fields."""
    values: dict[str, Any] = {
        "id": new_id(), "name": "Gallium", "kind": "raw-material", "domain": "chips",
        "description": "Gallium for compound semiconductors", "cn_codes": ["811292"], "status": "signalled",
        "tags": ["metals"], "stages": [SupplyStage("processing", [CountryShare("CN", 98.0), CountryShare("DE", 1.0)])],
    }
    values.update(overrides)
    return Dependency(**values)


def run_cli(home: Path, *args: str | Path, timeout: float = 120,
            preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m sdapp ARGS`` with HOME=home; fails the test on a traceback."""
    env = child_env(HOME=str(home), PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([sys.executable, "-m", "sdapp", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, env=env, cwd=home, check=False, preexec_fn=preexec_fn)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    return proc


def one_line_refusal(proc: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Exit 1 with exactly one ``sdapp: ...`` line on stderr containing every fragment."""
    lines = proc.stderr.splitlines()
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("sdapp: "), proc.stderr
    assert "unexpected error" not in lines[0], lines[0]
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), f"{fragment!r} not in {lines[0]!r}"
    return lines[0]
