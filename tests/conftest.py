"""Shared fixtures. Sets the offscreen Qt platform before anything imports Qt, and installs
an audit hook that fails the run if any code opens a network socket (DESIGN.md section 6)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDAPP_SETTINGS_DIR", "")  # tests point settings at tmp dirs themselves

_SOCKET_EVENTS = {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo"}
_socket_attempts: list[str] = []


def _no_network(event: str, args: tuple[object, ...]) -> None:
    if event in _SOCKET_EVENTS:
        _socket_attempts.append(f"{event}{args!r}")
        raise RuntimeError(f"sdapp must not open sockets: {event}")


sys.addaudithook(_no_network)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _socket_attempts:
        session.exitstatus = 1
        print("\nNETWORK ACCESS ATTEMPTED:\n  " + "\n  ".join(_socket_attempts), file=sys.stderr)


from sdapp.assets import load_reference  # noqa: E402
from sdapp.core.reference import ReferenceData  # noqa: E402
from sdapp.vault import vault as vault_mod  # noqa: E402
from sdapp.vault.keyslots import KdfParams  # noqa: E402

# Minimum memory (64 MiB) as in production, one pass: keeps tests quick without a weaker format.
FAST_KDF = KdfParams(iterations=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def ref() -> ReferenceData:
    return load_reference()


@pytest.fixture
def make_vault(tmp_path: Path, ref: ReferenceData) -> Iterator[Callable[..., vault_mod.Created]]:
    """Create vaults under tmp_path; all are closed at teardown."""
    made: list[vault_mod.Vault] = []

    def factory(name: str = "test", user: str = "anna", department: str = "EZ",
                passphrase: str = PASSPHRASE) -> vault_mod.Created:
        created = vault_mod.create(tmp_path / name, ref, user=user, department=department,
                                   passphrase=passphrase, params=FAST_KDF)
        made.append(created.vault)
        return created

    yield factory
    for v in made:
        if v.is_open:
            v.close(backup=False)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application() -> object:
    """One QApplication for the whole run, made before any test: rendering code (packs, the
    matrix export) makes a bare QGuiApplication when none exists, and widgets created after
    that would abort the process."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])
