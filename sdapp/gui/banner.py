"""The classification banner shown at the top and bottom of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from sdapp.core.reference import ClassificationLevel


class ClassificationBanner(QLabel):
    """A full-width coloured strip with the marking of the highest level on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(22)
        self.level: ClassificationLevel | None = None

    def show_level(self, level: ClassificationLevel | None) -> None:
        self.level = level
        if level is None:
            self.setText(self.tr("LOCKED"))
            colour = QColor("#455a64")
        else:
            self.setText(level.marking)
            colour = QColor(level.colour)
        self.setAccessibleName(self.tr("Classification: %1").replace("%1", self.text()))
        self.setStyleSheet(
            f"QLabel {{ background: {colour.name()}; color: white; font-weight: bold; letter-spacing: 2px;"
            " padding: 2px; }"
        )
