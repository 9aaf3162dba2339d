"""Record content copied to the clipboard is wiped after the delay, unless replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from sdapp.core.reference import ReferenceData
from sdapp.gui.clipboard import SecureClipboard
from sdapp.vault.vault import Created


def test_copied_text_is_cleared_after_the_delay(qtbot: QtBot) -> None:
    board = SecureClipboard(clear_after_ms=50)
    board.copy("Gallium (verwerking)")
    assert QGuiApplication.clipboard().text() == "Gallium (verwerking)"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_text_the_user_copied_later_is_left_alone(qtbot: QtBot) -> None:
    board = SecureClipboard(clear_after_ms=50)
    board.copy("Germanium")
    QGuiApplication.clipboard().setText("something else")
    qtbot.wait(200)
    assert QGuiApplication.clipboard().text() == "something else"


def test_register_ctrl_c_copies_the_selected_row(qtbot: QtBot, make_vault: Callable[..., Created], ref: ReferenceData,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sdapp.core.model import Dependency, new_id
    from sdapp.gui.labels import Labels
    from sdapp.gui.register_view import RegisterView
    from sdapp.gui.session import Session
    from sdapp.gui.settings import Preferences

    monkeypatch.setenv("SDAPP_SETTINGS_DIR", str(tmp_path))
    vault = make_vault().vault
    with vault.transaction():
        vault.dependencies.add(Dependency(id=new_id(), name="Wolfraam", kind="raw-material", domain="raw-materials"))
    view = RegisterView(Session(vault), Labels(ref, "en"), Preferences())
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, "c", modifier=Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("Wolfraam\t")
