"""An empty register explains how to start instead of showing a blank table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sdapp.core.model import Dependency, new_id
from sdapp.core.reference import ReferenceData
from sdapp.gui.labels import Labels
from sdapp.gui.register_view import RegisterView
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.vault.vault import Created


def test_hint_until_the_first_record(qtbot: QtBot, make_vault: Callable[..., Created], ref: ReferenceData,
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDAPP_SETTINGS_DIR", str(tmp_path))
    session = Session(make_vault().vault)
    view = RegisterView(session, Labels(ref, "en"), Preferences())
    qtbot.addWidget(view)
    view.show()
    assert view.empty_hint.isVisible()
    assert "Ctrl+N" in view.empty_hint.text()
    assert not view.table.isVisible()
    session.add_dependency(Dependency(id=new_id(), name="Wolfraam", kind="raw-material", domain="raw-materials"))
    assert not view.empty_hint.isVisible()
    assert view.table.isVisible()
    assert view.model.rowCount() == 1
