"""The risk-matrix figure drawn with QPainter on any paint device (PNG, SVG, PDF page).

Points are numbered and listed beside the grid, so a figure for parliament stays legible
however many dependencies share a cell; inside a cell points sit on a small grid, in
name order, so they never hide each other.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from sdapp.core.model import LIKELIHOOD_CODES
from sdapp.core.reference import ReferenceData
from sdapp.core.risk import RiskMatrix
from sdapp.packs.qt_headless import document_font


@dataclass(frozen=True)
class MatrixItem:
    dep_id: str
    name: str
    likelihood: str
    impact: str
    previous: tuple[str, str] | None = None  # (likelihood, impact) to draw an arrow from


@dataclass(frozen=True)
class FigureTexts:
    title: str
    likelihood_axis: str
    impact_axis: str
    legend_title: str
    language: str = "nl"


def cell_positions(count: int) -> list[tuple[float, float]]:
    """Offsets (0-1 within a cell) for ``count`` points on a near-square grid."""
    if count <= 0:
        return []
    cols = math.ceil(math.sqrt(count))
    rows = math.ceil(count / cols)
    return [((c + 0.5) / cols, (r + 0.5) / rows) for i in range(count) for r, c in [divmod(i, cols)]]


def layout_points(items: Sequence[MatrixItem]) -> dict[str, tuple[float, float]]:
    """Data coordinates (x = likelihood 0-5, y = impact 0-5) for each item, spread in its cell."""
    by_cell: dict[tuple[str, str], list[MatrixItem]] = {}
    for item in items:
        by_cell.setdefault((item.likelihood, item.impact), []).append(item)
    out: dict[str, tuple[float, float]] = {}
    for (likelihood, impact), members in by_cell.items():
        members.sort(key=lambda m: (m.name.lower(), m.dep_id))
        x0, y0 = LIKELIHOOD_CODES.index(likelihood), LIKELIHOOD_CODES.index(impact)
        for member, (dx, dy) in zip(members, cell_positions(len(members)), strict=True):
            # the top fifth of a cell is kept for its count
            out[member.dep_id] = (x0 + 0.06 + 0.88 * dx, y0 + 0.78 - 0.74 * dy)
    return out


def point_radius(items: Sequence[MatrixItem], cell: float, largest: float) -> float:
    """Small enough that the fullest cell's points do not touch."""
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        counts[(item.likelihood, item.impact)] = counts.get((item.likelihood, item.impact), 0) + 1
    cols = math.ceil(math.sqrt(max(counts.values(), default=1)))
    return min(largest, cell * 0.74 / cols / 2.3, cell * 0.88 / cols / 2.3)


def draw_matrix(painter: QPainter, rect: QRectF, matrix: RiskMatrix, ref: ReferenceData,
                items: Sequence[MatrixItem], texts: FigureTexts, numbering: Mapping[str, int] | None = None) -> None:
    """Draw the whole figure inside ``rect``: title, grid, points, arrows, legend, index.

    Points are numbered alphabetically unless ``numbering`` (dependency id -> number) gives the
    numbers of the document the figure sits in, so a briefing's figure matches its sections."""
    lang = texts.language
    unit = rect.width() / 100.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))

    def font(size: float, bold: bool = False) -> QFont:
        f = document_font()
        f.setPixelSize(max(6, round(size * unit)))
        f.setBold(bold)
        return f

    title_h = 5.0 * unit
    painter.setFont(font(2.2, True))
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts.title)

    side = min(rect.width() * 0.56, rect.height() - title_h - 13 * unit)
    grid = QRectF(rect.left() + 14 * unit, rect.top() + title_h + 2 * unit, side, side)
    cell = side / 5.0
    if numbering:
        ordered = sorted(items, key=lambda i: numbering.get(i.dep_id, 0))
        numbers = {item.dep_id: numbering.get(item.dep_id, 0) for item in ordered}
    else:
        ordered = sorted(items, key=lambda i: (i.name.lower(), i.dep_id))
        numbers = {item.dep_id: n for n, item in enumerate(ordered, start=1)}
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        counts[(item.likelihood, item.impact)] = counts.get((item.likelihood, item.impact), 0) + 1

    # cells
    for xi, likelihood in enumerate(LIKELIHOOD_CODES):
        for yi, impact in enumerate(LIKELIHOOD_CODES):
            level = matrix.lookup(likelihood, impact)
            r = QRectF(grid.left() + xi * cell, grid.bottom() - (yi + 1) * cell, cell, cell)
            painter.fillRect(r, QColor(level.colour))
            painter.setPen(QPen(QColor("white"), max(1.0, 0.3 * unit)))
            painter.drawRect(r)
            n = counts.get((likelihood, impact), 0)
            if n:
                painter.setFont(font(1.3, True))
                painter.setPen(QColor("#424242"))
                painter.drawText(r.adjusted(0.6 * unit, 0.3 * unit, -0.6 * unit, 0),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(n))

    # axes
    painter.setPen(QColor("#1a1a1a"))
    for i, lv in enumerate(ref.likelihood_scale):
        r = QRectF(grid.left() + i * cell, grid.bottom() + 0.5 * unit, cell, 6 * unit)
        painter.setFont(font(1.5, True))
        painter.drawText(r, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, lv.code)
        painter.setFont(font(1.1))
        painter.drawText(r.adjusted(0.3 * unit, 2 * unit, -0.3 * unit, 0),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         lv.label.text(lang))
    impact_levels = [lv for lv in ref.impact_scale if lv.code in LIKELIHOOD_CODES]
    for i, lv in enumerate(impact_levels):
        r = QRectF(rect.left() + 3.5 * unit, grid.bottom() - (i + 1) * cell, 10 * unit, cell)
        painter.setFont(font(1.5, True))
        painter.drawText(r.adjusted(0, 0, 0, -2.2 * unit), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         lv.code)
        painter.setFont(font(1.1))
        painter.drawText(r.adjusted(0, 2.4 * unit, 0, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         lv.label.text(lang))
    painter.setFont(font(1.5, True))
    painter.drawText(QRectF(grid.left(), grid.bottom() + 7 * unit, side, 3 * unit),
                     Qt.AlignmentFlag.AlignHCenter, texts.likelihood_axis)
    painter.save()
    painter.translate(rect.left() + 1.5 * unit, grid.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-side / 2, -1.5 * unit, side, 3 * unit), Qt.AlignmentFlag.AlignHCenter,
                     texts.impact_axis)
    painter.restore()

    # arrows, then points on top
    positions = layout_points(items)

    def to_px(x: float, y: float) -> QPointF:
        return QPointF(grid.left() + x * cell, grid.bottom() - y * cell)

    painter.setPen(QPen(QColor("#37474f"), max(1.0, 0.25 * unit)))
    for item in items:
        if item.previous and item.previous != (item.likelihood, item.impact):
            px, py = LIKELIHOOD_CODES.index(item.previous[0]) + 0.5, LIKELIHOOD_CODES.index(item.previous[1]) + 0.5
            start, end = to_px(px, py), to_px(*positions[item.dep_id])
            _arrow(painter, start, end, 1.2 * unit)
    radius = point_radius(items, cell, 1.6 * unit)
    for item in items:
        centre = to_px(*positions[item.dep_id])
        painter.setPen(QPen(QColor("#1a1a1a"), max(1.0, 0.2 * unit)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(centre, radius, radius)
        f = font(1.0, True)
        f.setPixelSize(max(6, int(radius * (1.0 if numbers[item.dep_id] < 100 else 0.8))))
        painter.setFont(f)
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, str(numbers[item.dep_id]))

    # legend and index on the right
    x = grid.right() + 4 * unit
    y = grid.top()
    painter.setFont(font(1.4, True))
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(QPointF(x, y + 1.4 * unit), texts.legend_title)
    y += 2.6 * unit
    painter.setFont(font(1.2))
    for lv in sorted(matrix.levels, key=lambda lv: -lv.rank):
        painter.fillRect(QRectF(x, y, 2.4 * unit, 1.6 * unit), QColor(lv.colour))
        painter.drawText(QPointF(x + 3.2 * unit, y + 1.3 * unit), lv.label.text(lang))
        y += 2.2 * unit
    y += 1.5 * unit
    available = rect.right() - x
    rows_left = max(1, int((rect.bottom() - y) / (1.9 * unit)))
    columns = max(1, math.ceil(len(ordered) / rows_left))
    col_w = available / columns
    size = 1.1 if columns == 1 else max(0.7, 1.1 / columns * 1.4)
    painter.setFont(font(size))
    metrics_w = col_w - 0.5 * unit
    for n, item in enumerate(ordered):
        c, r = divmod(n, rows_left)
        level = matrix.lookup(item.likelihood, item.impact)
        px, py = x + c * col_w, y + r * 1.9 * unit
        painter.fillRect(QRectF(px, py + 0.3 * unit, 0.8 * unit, 1.2 * unit), QColor(level.colour))
        text = painter.fontMetrics().elidedText(f"{numbers[item.dep_id]}. {item.name} ({item.likelihood}{item.impact})",
                                                Qt.TextElideMode.ElideRight, int(metrics_w - 1.4 * unit))
        painter.drawText(QPointF(px + 1.4 * unit, py + 1.3 * unit), text)
    painter.restore()


def _arrow(painter: QPainter, start: QPointF, end: QPointF, head: float) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length < head * 1.5:
        return
    ux, uy = dx / length, dy / length
    tip = QPointF(end.x() - ux * head * 1.2, end.y() - uy * head * 1.2)
    painter.drawLine(start, tip)
    path = QPainterPath(tip)
    path.lineTo(QPointF(tip.x() - ux * head - uy * head * 0.5, tip.y() - uy * head + ux * head * 0.5))
    path.lineTo(QPointF(tip.x() - ux * head + uy * head * 0.5, tip.y() - uy * head - ux * head * 0.5))
    path.closeSubpath()
    painter.fillPath(path, painter.pen().color())
