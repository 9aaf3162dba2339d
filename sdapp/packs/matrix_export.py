"""Rendering the register's risk matrix to PNG or SVG, headless (``sdapp matrix``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from sdapp.core.classification import highest_level
from sdapp.core.model import ActionOption, Assessment, RiskScore
from sdapp.core.options import residual_risk
from sdapp.core.reference import ReferenceData
from sdapp.core.risk import RISK_KINDS, RiskMatrix
from sdapp.packs.matrix_figure import FigureTexts, MatrixItem, draw_matrix
from sdapp.packs.qt_headless import FONT_FAMILY, ensure_gui_application
from sdapp.vault.fsutil import atomic_write
from sdapp.vault.vault import Vault

TEXTS = {
    "nl": {"title": {"inherent": "Risicomatrix: inherent risico", "current": "Risicomatrix: huidig risico",
                     "residual": "Risicomatrix: restrisico"},
           "likelihood": "Kans", "impact": "Impact", "legend": "Risiconiveau"},
    "en": {"title": {"inherent": "Risk matrix: inherent risk", "current": "Risk matrix: current risk",
                     "residual": "Risk matrix: residual risk"},
           "likelihood": "Likelihood", "impact": "Impact", "legend": "Risk level"},
}


class MatrixExportError(Exception):
    pass


@dataclass(frozen=True)
class MatrixPicture:
    items: list[MatrixItem]
    levels: set[str]  # classification slugs of the records shown


def score_of(a: Assessment, kind: str, options: Sequence[ActionOption] = ()) -> RiskScore | None:
    """The score of one kind; the residual risk follows planned or agreed options when the
    dependency has them (core.options.residual_risk), as in the app."""
    if kind not in RISK_KINDS:
        raise MatrixExportError(f"unknown risk kind {kind!r}; use inherent, current or residual")
    if kind == "residual":
        return residual_risk(a.current, a.residual, options)[0]
    score: RiskScore | None = getattr(a, kind)
    return score


def collect_items(vault: Vault, kind: str = "current") -> MatrixPicture:
    """One item per dependency whose latest assessment scores ``kind``; arrows from the
    previous assessment (current) or from inherent (residual)."""
    latest = vault.assessments.latest_all()
    previous = vault.assessments.previous_all()
    options: dict[str, list[ActionOption]] = {}
    for option in vault.options.all():
        options.setdefault(option.dependency_id, []).append(option)
    items: list[MatrixItem] = []
    levels: set[str] = set()
    for row in vault.dependencies.rows():
        a = latest.get(row.id)
        score = score_of(a, kind, options.get(row.id, [])) if a else None
        if score is None:
            continue
        before: tuple[str, str] | None = None
        if kind == "residual" and a is not None and a.inherent is not None:
            before = (a.inherent.likelihood, a.inherent.impact)
        elif kind == "current" and row.id in previous:
            prev = score_of(previous[row.id], "current")
            before = (prev.likelihood, prev.impact) if prev else None
        items.append(MatrixItem(row.id, row.name, score.likelihood, score.impact, before))
        levels.add(row.classification)
    return MatrixPicture(items, levels)


def render(picture: MatrixPicture, matrix: RiskMatrix, ref: ReferenceData, kind: str, language: str,
           device: QImage | QSvgGenerator, size: QSize) -> None:
    texts = TEXTS["en" if language == "en" else "nl"]
    level = highest_level(picture.levels, ref)
    painter = QPainter(device)
    try:
        band = size.height() * 0.035
        body = QRectF(size.width() * 0.03, band * 1.4, size.width() * 0.94, size.height() - 2.8 * band)
        draw_matrix(painter, body, matrix, ref, picture.items,
                    FigureTexts(texts["title"][kind], texts["likelihood"], texts["impact"], texts["legend"],
                                language))
        font = QFont(FONT_FAMILY)
        font.setPixelSize(max(8, int(band * 0.55)))
        font.setBold(True)
        painter.setFont(font)
        for top in (0.0, size.height() - band):
            strip = QRectF(0, top, size.width(), band)
            painter.fillRect(strip, QColor(level.colour))
            painter.setPen(QColor("white"))
            painter.drawText(strip, Qt.AlignmentFlag.AlignCenter, level.marking)
    finally:
        painter.end()


def export_matrix(vault: Vault, out: Path, kind: str = "current", language: str = "nl", width: int = 2000) -> int:
    """Write the matrix as PNG or SVG (by suffix); returns the number of dependencies drawn."""
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise MatrixExportError(f"{out.name}: choose a .png or .svg file")
    if width < 1600:
        raise MatrixExportError("the figure must be at least 1600 pixels wide to stay legible")
    ensure_gui_application()
    picture = collect_items(vault, kind)
    size = QSize(width, int(width * 0.7))
    matrix = vault.assessments.matrix()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".png":
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        render(picture, matrix, vault.ref, kind, language, image, size)
        if not image.save(buffer, "PNG"):
            raise MatrixExportError("the PNG could not be encoded")
    else:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(TEXTS["en" if language == "en" else "nl"]["title"][kind])
        render(picture, matrix, vault.ref, kind, language, generator, size)
    buffer.close()
    atomic_write(out, bytes(data.data()), mode=0o600)
    return len(picture.items)
