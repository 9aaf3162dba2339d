"""No network (DESIGN.md section 6): the test suite's guard works, and sdapp has nothing to guard.

tests/conftest.py installs an audit hook for the whole pytest session that refuses socket
use and fails the run even if the code under test swallowed the refusal. These tests prove
that hook bites (in child processes, so this session's record stays clean), and that
importing every sdapp module, the GUI included, creates no socket and loads no QtNetwork.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

from tests.security.conftest import NO_NETWORK_HOOK, ROOT, child_env, run_python

CONFTEST = ROOT / "tests" / "conftest.py"

# Loads the real tests/conftest.py (which installs its hook) and tries the network three ways.
PROBE = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("suite_conftest", sys.argv[1])
suite = importlib.util.module_from_spec(spec)
spec.loader.exec_module(suite)

import socket, urllib.request

def attempt(label, action):
    try:
        action()
    except RuntimeError as exc:
        print(label, "REFUSED", exc)
    except OSError as exc:
        print(label, "REACHED THE NETWORK STACK", exc)
    else:
        print(label, "ALLOWED")

attempt("socket", lambda: socket.socket())
attempt("getaddrinfo", lambda: socket.getaddrinfo("localhost", 80))
attempt("urlopen", lambda: urllib.request.urlopen("http://127.0.0.1:9/", timeout=1))
print("RECORDED", len(suite._socket_attempts))
"""


def test_the_suite_hook_refuses_sockets() -> None:
    result = run_python(PROBE, CONFTEST)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("socket REFUSED sdapp must not open sockets: socket.__new__"), result.stdout
    assert lines[1].startswith("getaddrinfo REFUSED sdapp must not open sockets: socket.getaddrinfo"), result.stdout
    assert lines[2].startswith("urlopen REFUSED sdapp must not open sockets"), result.stdout
    assert lines[3] == "RECORDED 3"


SWALLOWING_TEST = """
import socket


def test_swallows_the_refusal():
    try:
        socket.socket()
    except RuntimeError:
        pass
"""


def test_the_suite_hook_fails_the_run_even_when_the_error_is_swallowed(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "test_swallow.py").write_text(SWALLOWING_TEST, encoding="utf-8")
    result = run_python("import sys, pytest; sys.exit(pytest.main(sys.argv[1:]))", "-q", "-p", "no:cacheprovider",
                        "--rootdir", tmp_path, tmp_path, cwd=tmp_path,
                        env=child_env(PYTEST_DISABLE_PLUGIN_AUTOLOAD="1"))
    assert "1 passed" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert "NETWORK ACCESS ATTEMPTED" in result.stderr
    assert "socket.__new__" in result.stderr


IMPORT_EVERYTHING = """
import sys
events = []
sys.addaudithook(lambda event, args: events.append(event) if event.startswith("socket.") else None)

import importlib, json, pkgutil
import sdapp

names, errors = ["sdapp"], {}
for info in pkgutil.walk_packages(sdapp.__path__, "sdapp.", onerror=lambda name: errors.setdefault(name, "walk")):
    names.append(info.name)
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        errors[info.name] = f"{type(exc).__name__}: {exc}"
print(json.dumps({"modules": names, "errors": errors, "socket_events": events,
                  "qtnetwork": sorted(m for m in sys.modules if "QtNetwork" in m),
                  "network_modules": sorted(m for m in ("http.client", "urllib.request", "ssl", "ftplib", "smtplib")
                                            if m in sys.modules)}))
"""


def test_importing_every_sdapp_module_opens_no_socket_and_loads_no_qtnetwork() -> None:
    result = run_python(IMPORT_EVERYTHING)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["errors"] == {}
    modules = set(report["modules"])
    assert {"sdapp.cli", "sdapp.vault.vault", "sdapp.gui.main", "sdapp.gui.main_window",
            "sdapp.gui.unlock_dialog"} <= modules, sorted(modules)
    assert report["socket_events"] == []
    assert report["qtnetwork"] == []
    print("network-capable standard modules pulled in by dependencies:", report["network_modules"])


def test_the_cli_runs_under_the_hook(tmp_path: Path) -> None:
    """A create/import/check round trip with every socket refused (see also test_canary)."""
    env = child_env(HOME=str(tmp_path))
    (tmp_path / "pw.txt").write_text("correct horse battery staple\n", encoding="utf-8")
    code = NO_NETWORK_HOOK + textwrap.dedent("""
        from sdapp.__main__ import main
        home = sys.argv[1]
        for argv in (["vault", "create", home + "/v", "--passphrase-file", home + "/pw.txt", "--user", "anna",
                      "--department", "EZ", "--recovery-key-file", home + "/rk.txt", "--kdf-seconds", "0"],
                     ["vault", "check", home + "/v", "--passphrase-file", home + "/pw.txt"],
                     ["vault", "backup", home + "/v", home, "--passphrase-file", home + "/pw.txt"]):
            if main(argv) != 0:
                sys.exit(1)
    """)
    result = run_python(code, tmp_path, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "SOCKET EVENTS" not in result.stderr


_NETWORK_IMPORT = re.compile(
    r"^\s*(?:import|from)\s+(?:socket|ssl|requests|httpx|urllib3|aiohttp|urllib\.request|http\.client"
    r"|PySide6\.QtNetwork)\b|^\s*from\s+PySide6\s+import\s+[^#\n]*\bQtNetwork\b", re.MULTILINE)


def test_no_sdapp_source_imports_network_modules() -> None:
    """A plain text scan backing up ruff's banned-api rule (which a noqa comment could silence)."""
    hits = [f"{p.relative_to(ROOT)}: {m.group(0).strip()}" for p in sorted((ROOT / "sdapp").rglob("*.py"))
            for m in _NETWORK_IMPORT.finditer(p.read_text(encoding="utf-8"))]
    assert hits == []
    assert _NETWORK_IMPORT.search("from PySide6 import QtCore, QtNetwork\n")  # the scan does catch one
    assert _NETWORK_IMPORT.search("    import socket\n")
