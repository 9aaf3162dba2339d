"""Clipboard copies of record content are cleared after 30 s if still unchanged (DESIGN 6)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class SecureClipboard(QObject):
    """Copies text and wipes it later, unless the user copied something else meanwhile."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._text = ""
        self._timer = QTimer(self, singleShot=True, interval=clear_after_ms)
        self._timer.timeout.connect(self.clear_if_unchanged)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._text = text
        self._timer.start()

    def clear_if_unchanged(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._text and clipboard.text() == self._text:
            clipboard.clear()
        self._text = ""
