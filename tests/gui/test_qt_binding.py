"""Guards against a broken Qt binding: PySide6 6.12.0's wheels on CPython 3.11 dropped one
reference to None per void call, so a long session crashed with "none_dealloc". The
dependency pin excludes that release; this test fails loudly if such a build comes back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 50
