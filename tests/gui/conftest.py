"""Fixtures shared by the GUI tests that work on the demo vault (English interface)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from sdapp.app import unlock
from sdapp.demo import DEMO_PASSPHRASE, ensure_demo_vault
from sdapp.gui.app_setup import install_language
from sdapp.gui.labels import Labels
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault.vault import Vault

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # git-ignored
SIZE = (1280, 800)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shoot(widget: QWidget, name: str) -> Path:
    """Save a 1280x800 screenshot of ``widget`` into screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.resize(*SIZE)
    widget.show()
    settle()
    path = SCREENSHOTS / name
    path.unlink(missing_ok=True)
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
    return path


@pytest.fixture
def prefs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Preferences]:
    """Settings in tmp_path, English; widgets left over from earlier tests are deleted first
    so a language change cannot reach them."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settings = tmp_path / "settings"
    settings.mkdir()
    monkeypatch.setenv("SDAPP_SETTINGS_DIR", str(settings))
    install_language("en")
    p = Preferences()
    p.language = "en"
    yield p
    install_language("en")


@pytest.fixture
def vault(tmp_path: Path, prefs: Preferences) -> Iterator[Vault]:
    """A fresh demo vault, unlocked."""
    path, made = ensure_demo_vault(tmp_path / "demo")
    assert made
    v = unlock(path, passphrase=DEMO_PASSPHRASE)
    yield v
    if v.is_open:
        v.close(backup=False)


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    s = Session(vault)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def labels(vault: Vault) -> Labels:
    return Labels(vault.ref, "en")
