"""Helpers for the security tests: child Python processes with a chosen environment.

Plain helpers are imported by the test modules as ``from tests.security.conftest import ...``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# An audit hook that records every socket event and refuses it; installed before sdapp is imported.
# Printed at exit so the parent sees attempts even when the code under test swallowed the error.
NO_NETWORK_HOOK = """
import atexit, sys
_socket_events = []


def _no_network(event, args):
    if event.startswith("socket."):
        _socket_events.append(event)
        raise RuntimeError("sdapp must not open sockets: " + event)


sys.addaudithook(_no_network)
atexit.register(lambda: _socket_events and sys.stderr.write("SOCKET EVENTS: %r\\n" % _socket_events))
"""

# ``python -c NO_NETWORK_CLI ARGS`` is ``sdapp ARGS`` under the hook above.
NO_NETWORK_CLI = NO_NETWORK_HOOK + """
from sdapp.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "SDAPP_"))}
    env.update(PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
               PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def run_python(code: str, *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None,
               timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=env or child_env(), cwd=cwd or ROOT, timeout=timeout, check=False)


def run_cli(env: dict[str, str], cwd: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``sdapp ARGS`` in a child under the no-network hook; fails on a traceback or any socket event."""
    proc = run_python(NO_NETWORK_CLI, *args, env=env, cwd=cwd)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    assert "SOCKET EVENTS" not in proc.stderr, proc.stderr
    return proc


def assert_ok(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert proc.returncode == 0, (proc.args[3:], proc.stdout, proc.stderr)
    return proc
