"""The risk matrix page: every assessed dependency as a point in the 5x5 likelihood x impact grid.

Likelihood A-E runs along the horizontal axis, impact A-E up the vertical one; cell (A, A) has
its lower-left corner at data (0, 0) and every cell is one unit wide. Points of one cell sit on
a small grid inside it (sorted by name, so the layout is stable), sized below the grid spacing
so they never overlap. Texts are painted in cell-relative sizes with a legible minimum and are
left out, never overlapped, when a cell gets too small for them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.classification import highest_level
from sdapp.core.model import LIKELIHOOD_CODES, RISK_KINDS, ActionOption, Assessment, RiskScore
from sdapp.core.options import residual_risk
from sdapp.core.risk import RiskMatrix
from sdapp.gui.labels import Labels
from sdapp.gui.risk_common import Matrices, text_colour
from sdapp.gui.session import Session
from sdapp.gui.tables import style_record_table
from sdapp.vault.dependencies import RegisterRow

X_MIN, X_MAX = -1.5, 5.06
Y_MIN, Y_MAX = -1.04, 5.06
UNITS = 1000.0  # text is laid out in 1/1000 of a cell, then scaled to the cell size on screen
MIN_LABEL_PX = 7.5  # smaller scale labels are left out rather than shown illegibly
AREA = (0.07, 0.06, 0.86, 0.70)  # x, y, width, height of the points' area inside a cell (fractions)
POINT_COLOUR = "#154273"
HOVER_COLOUR = "#1e88e5"
ARROW_COLOUR = "#263238"
TEXT_COLOUR = "#212121"
FILTERS = ("domain", "lead_ministry", "status", "classification")
ARROWS_PREVIOUS, ARROWS_INHERENT_RESIDUAL = "previous", "inherent-residual"


@dataclass(frozen=True)
class MatrixPoint:
    """One dependency on the matrix, at ``(x, y)`` in data coordinates."""

    dep_id: str
    name: str
    classification: str
    likelihood: str
    impact: str
    level_code: str
    level_label: str
    x: float
    y: float


@dataclass(frozen=True)
class Movement:
    """A dependency whose risk level differs from the one it had at the chosen date."""

    dep_id: str
    name: str
    before: str  # level code, "" when not assessed at the date
    after: str
    on: dt.date


def cell_layout(count: int) -> tuple[list[tuple[float, float]], float]:
    """Offsets (cell fractions) for ``count`` points on a grid in the cell, row by row from the
    top left (a short last row centred), and the grid spacing."""
    if count <= 0:
        return [], 1.0
    x0, y0, w, h = AREA
    cols = max(1, math.ceil(math.sqrt(count * w / h)))
    rows = math.ceil(count / cols)
    sx, sy = w / cols, h / rows
    out = []
    for k in range(count):
        row, col = divmod(k, cols)
        in_row = min(cols, count - row * cols)
        out.append((x0 + (col + 0.5 + (cols - in_row) / 2) * sx, y0 + h - (row + 0.5) * sy))
    return out, min(sx, sy)


def _dashed_rect(p: QPainter, rect: QRectF, dash: float) -> None:
    """A dashed outline drawn as separate segments (pen dash patterns do not survive SVG export)."""
    corners = [rect.bottomLeft(), rect.bottomRight(), rect.topRight(), rect.topLeft(), rect.bottomLeft()]
    for a, b in itertools.pairwise(corners):
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        steps = max(1, round(length / (2 * dash)))
        for k in range(steps):
            f0, f1 = k / steps, (k + 0.55) / steps
            p.drawLine(QPointF(a.x() + (b.x() - a.x()) * f0, a.y() + (b.y() - a.y()) * f0),
                       QPointF(a.x() + (b.x() - a.x()) * f1, a.y() + (b.y() - a.y()) * f1))


def _dotted_ring(p: QPainter, centre: QPointF, radius: float, pieces: int = 10) -> None:
    """A ring of short arcs (see :func:`_dashed_rect`)."""
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    span = 360 * 16 // pieces
    for k in range(pieces):
        p.drawArc(box, k * span, span // 2)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _cell(score: RiskScore | None) -> tuple[int, int] | None:
    """(likelihood index, impact index) of a complete score."""
    if score is None or score.likelihood not in LIKELIHOOD_CODES or score.impact not in LIKELIHOOD_CODES:
        return None
    return LIKELIHOOD_CODES.index(score.likelihood), LIKELIHOOD_CODES.index(score.impact)


# graphics items ---------------------------------------------------------------------------------


class _GridLayer(pg.GraphicsObject):
    """Cells in risk-level colours, counts, the risky-strategic outline and the axis texts."""

    def __init__(self) -> None:
        super().__init__()
        self.matrix: RiskMatrix | None = None
        self.counts: dict[tuple[int, int], int] = {}
        self.x_labels: list[tuple[str, str, str]] = []  # code, label, range
        self.y_labels: list[tuple[str, str, str]] = []
        self.x_title = ""
        self.y_title = ""
        self.family = QApplication.font().family()

    def boundingRect(self) -> QRectF:
        return QRectF(X_MIN, Y_MIN, X_MAX - X_MIN, Y_MAX - Y_MIN)

    def paint(self, p: QPainter, *_args: object) -> None:
        if self.matrix is None:
            return
        t = p.transform()
        cell_px = math.hypot(t.m11(), t.m12()) or 1.0
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        border = QPen(QColor("#ffffff"), 0.03)
        for j, impact in enumerate(LIKELIHOOD_CODES):
            for i, likelihood in enumerate(LIKELIHOOD_CODES):
                rect = QRectF(i, j, 1, 1)
                p.fillRect(rect, QColor(self.matrix.lookup(likelihood, impact).colour))
                p.setPen(border)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
        li = LIKELIHOOD_CODES.index(self.matrix.min_likelihood)
        ii = LIKELIHOOD_CODES.index(self.matrix.min_impact)
        outline = QPen(QColor(TEXT_COLOUR), 0.035)
        outline.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(outline)
        _dashed_rect(p, QRectF(li + 0.02, ii + 0.02, 5 - li - 0.04, 5 - ii - 0.04), 0.07)

        count_px = _clamp(cell_px * 0.11, 8, 26)
        for (i, j), n in self.counts.items():
            if n:
                self._badge(p, QRectF(i + 0.5, j + 0.79, 0.46, 0.18), str(n), count_px, cell_px)

        letter_px = _clamp(cell_px * 0.14, 9, 30)
        label_px = _clamp(cell_px * 0.105, 8.5, 22)
        title_px = _clamp(cell_px * 0.13, 9, 28)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, (code, _label, _span) in enumerate(self.x_labels):
            self.text(p, QRectF(i, -0.3, 1, 0.26), code, letter_px, cell_px, centre, bold=True)
        for j, (code, _label, _span) in enumerate(self.y_labels):
            self.text(p, QRectF(-0.3, j, 0.24, 1), code, letter_px, cell_px, right, bold=True)
        # the scale labels of one axis share one size, and are all shown or all left out
        x_areas = [QRectF(i + 0.03, -0.78, 0.94, 0.48) for i in range(len(self.x_labels))]
        with_range = [f"{label}\n{span}" if span else label for _code, label, span in self.x_labels]
        for texts in (with_range, [label for _code, label, _span in self.x_labels]):
            if self._all_fitting(p, x_areas, texts, label_px, cell_px, centre):
                break
        y_areas = [QRectF(-1.22, j + 0.04, 0.9, 0.92) for j in range(len(self.y_labels))]
        self._all_fitting(p, y_areas, [label for _code, label, _span in self.y_labels], label_px, cell_px, right)
        self.text(p, QRectF(0, Y_MIN + 0.01, 5, 0.24), self.x_title, title_px, cell_px, centre, bold=True)
        self.text(p, QRectF(X_MIN + 0.01, 0, 0.26, 5), self.y_title, title_px, cell_px,
                  Qt.AlignmentFlag.AlignCenter, bold=True, vertical=True)

    def _all_fitting(self, p: QPainter, areas: list[QRectF], texts: list[str], px: float, cell_px: float,
                     align: Qt.AlignmentFlag) -> bool:
        """Draw every text in its area at the largest size from ``px`` down to a legible minimum
        at which all of them fit; draw none (False) if there is no such size."""
        size = px
        while size >= MIN_LABEL_PX:
            if all(self.fits(area, text, size, cell_px, align) for area, text in zip(areas, texts, strict=True)):
                for area, text in zip(areas, texts, strict=True):
                    self.text(p, area, text, size, cell_px, align)
                return True
            size -= 0.5
        return False

    def fits(self, rect: QRectF, text: str, px: float, cell_px: float, align: Qt.AlignmentFlag,
             bold: bool = False) -> bool:
        font = self._font(px, cell_px, bold)
        w, h = rect.width() * UNITS, rect.height() * UNITS
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        need = QFontMetricsF(font).boundingRect(QRectF(0, 0, w, h), flags, text)
        return need.height() <= h + 1 and need.width() <= w + 1

    def _font(self, px: float, cell_px: float, bold: bool) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(px / cell_px * UNITS)))
        font.setBold(bold)
        return font

    def text(self, p: QPainter, rect: QRectF, text: str, px: float, cell_px: float,
             align: Qt.AlignmentFlag, bold: bool = False, vertical: bool = False) -> bool:
        """``text`` wrapped inside ``rect`` (data coordinates) at ``px`` device pixels, upright.
        Draws nothing and returns False when it would not fit."""
        if not text:
            return True
        font = self._font(px, cell_px, bold)
        w, h = rect.width() * UNITS, rect.height() * UNITS
        if vertical:
            w, h = h, w
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        if not self.fits(QRectF(0, 0, w / UNITS, h / UNITS), text, px, cell_px, align, bold):
            return False
        p.save()
        p.translate(rect.left(), rect.bottom())  # the top-left corner on screen (data y points up)
        p.scale(1 / UNITS, -1 / UNITS)
        if vertical:
            p.translate(0, rect.height() * UNITS)
            p.rotate(-90)
        p.setFont(font)
        p.setPen(QColor(TEXT_COLOUR))
        p.drawText(QRectF(0, 0, w, h), flags, text)
        p.restore()
        return True

    def _badge(self, p: QPainter, rect: QRectF, text: str, px: float, cell_px: float) -> None:
        """A count in a rounded white tag at the right of ``rect``; left out if it does not fit."""
        font = self._font(px, cell_px, True)
        metrics = QFontMetricsF(font)
        w = (metrics.horizontalAdvance(text) + metrics.height() * 0.6) / UNITS
        h = metrics.height() * 1.05 / UNITS
        if w > rect.width() or h > rect.height():
            return
        tag = QRectF(rect.right() - w, rect.top() + (rect.height() - h) / 2, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 215))
        p.drawRoundedRect(tag, h / 3, h / 3)
        self.text(p, tag, text, px, cell_px, Qt.AlignmentFlag.AlignCenter, bold=True)


class _ArrowLayer(pg.GraphicsObject):
    """Movement arrows: a dashed ring where a point was, a line and a head at where it is."""

    def __init__(self) -> None:
        super().__init__()
        self.arrows: list[tuple[QPointF, QPointF, bool, bool]] = []  # start, end, ring at start, point at start
        self.radius = 0.05

    def boundingRect(self) -> QRectF:
        return QRectF(-0.1, -0.1, 5.2, 5.2)

    def paint(self, p: QPainter, *_args: object) -> None:
        if not self.arrows:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(ARROW_COLOUR)
        colour.setAlpha(225)
        line_pen = QPen(colour, max(0.012, self.radius * 0.28))
        line_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        ring_pen = QPen(colour, max(0.008, self.radius * 0.2))
        head = max(0.05, self.radius * 1.5)
        for start, end, ring, point_at_start in self.arrows:
            dx, dy = end.x() - start.x(), end.y() - start.y()
            length = math.hypot(dx, dy)
            if length <= 2.5 * self.radius:
                continue
            # a slight bend to the left of the direction: parallel moves of different lengths,
            # and opposite moves, stay apart instead of running over each other
            bend = min(0.3, 0.12 * length)
            ctrl = QPointF((start.x() + end.x()) / 2 - dy / length * bend,
                           (start.y() + end.y()) / 2 + dx / length * bend)
            gap = self.radius * 1.15
            sx, sy = ctrl.x() - start.x(), ctrl.y() - start.y()
            sn = math.hypot(sx, sy) or 1.0
            ex, ey = end.x() - ctrl.x(), end.y() - ctrl.y()
            en = math.hypot(ex, ey) or 1.0
            ux, uy = ex / en, ey / en
            a = QPointF(start.x() + sx / sn * gap, start.y() + sy / sn * gap) if (ring or point_at_start) else start
            tip = QPointF(end.x() - ux * gap, end.y() - uy * gap)
            base = QPointF(tip.x() - ux * head * 0.8, tip.y() - uy * head * 0.8)
            if ring:
                p.setPen(ring_pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                _dotted_ring(p, start, self.radius)
            path = QPainterPath(a)
            path.quadTo(ctrl, base)
            p.setPen(line_pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            back = QPointF(tip.x() - ux * head, tip.y() - uy * head)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            nx, ny = -uy * head * 0.45, ux * head * 0.45
            p.drawPolygon(QPolygonF([tip, QPointF(back.x() + nx, back.y() + ny),
                                     QPointF(back.x() - nx, back.y() - ny)]))


class _PointLayer(pg.GraphicsObject):
    """The dependencies as dots, drawn in data units so they scale with the cells (and in
    exports); hovering shows a tooltip, a click calls ``on_click(dep_id)``."""

    def __init__(self, tip: Callable[[str], str], on_click: Callable[[str], None]) -> None:
        super().__init__()
        self.points: list[tuple[float, float, str]] = []
        self.radius = 0.05
        self.hovered = ""
        self._tip = tip
        self._on_click = on_click
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 5, 5)

    def set_points(self, points: list[tuple[float, float, str]], radius: float) -> None:
        self.points, self.radius, self.hovered = points, radius, ""
        self.update()

    def at(self, pos: QPointF) -> str:
        """The id of the point under ``pos`` (data coordinates), or ""."""
        r2 = self.radius * self.radius * 1.2
        for x, y, dep_id in self.points:
            if (x - pos.x()) ** 2 + (y - pos.y()) ** 2 <= r2:
                return dep_id
        return ""

    def paint(self, p: QPainter, *_args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = self.radius
        normal, hover = QBrush(QColor(POINT_COLOUR)), QBrush(QColor(HOVER_COLOUR))
        ring = QPen(QColor("#ffffff"), r * 0.28)
        for x, y, dep_id in self.points:
            hovered = dep_id == self.hovered
            p.setPen(QPen(QColor("#000000"), r * 0.3) if hovered else ring)
            p.setBrush(hover if hovered else normal)
            p.drawEllipse(QPointF(x, y), r * (1.15 if hovered else 1.0), r * (1.15 if hovered else 1.0))

    def hoverEvent(self, ev: object) -> None:
        vb = self.getViewBox()
        dep_id = "" if ev.isExit() else self.at(ev.pos())  # type: ignore[attr-defined]
        if dep_id:
            ev.acceptClicks(Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        if dep_id == self.hovered:
            return
        self.hovered = dep_id
        if dep_id:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        if vb is not None:
            vb.setToolTip(self._tip(dep_id) if dep_id else "")
        self.update()

    def mouseClickEvent(self, ev: object) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            ev.ignore()  # type: ignore[attr-defined]
            return
        dep_id = self.at(ev.pos())  # type: ignore[attr-defined]
        if dep_id:
            ev.accept()  # type: ignore[attr-defined]
            self._on_click(dep_id)
        else:
            ev.ignore()  # type: ignore[attr-defined]


# the page ----------------------------------------------------------------------------------------


class RiskMatrixView(QWidget):
    """The risk matrix section. ``openRequested(id)`` when the user clicks a point or a movement;
    ``levelsChanged()`` when the set of shown classifications may have changed (banner)."""

    openRequested = Signal(str)
    levelsChanged = Signal()

    def __init__(self, session: Session, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = session.ref
        self.labels = labels
        self.setObjectName("riskMatrixView")
        self._rows: dict[str, RegisterRow] = {}
        self._latest: dict[str, Assessment] = {}
        self._options: dict[str, list[ActionOption]] = {}  # per dependency: they set the residual risk
        self._previous: dict[str, Assessment] | None = None
        self._timelines: dict[str, list[Assessment]] = {}  # read for the movements, per refresh
        self._matrices = Matrices(session.vault.assessments)
        self._points: list[MatrixPoint] = []
        self._by_id: dict[str, MatrixPoint] = {}
        self._movements: list[Movement] = []
        self._not_scored = 0
        self._stale = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh_if_stale)

        self._build()
        self.session.dependencyChanged.connect(self._invalidate)
        self.session.assessmentChanged.connect(self._invalidate)
        self.session.registerReset.connect(self._invalidate)
        self.session.riskSettingsChanged.connect(self._invalidate)  # refresh() reads the matrices anew
        self.session.optionChanged.connect(self._invalidate)  # planned options move the residual risk
        self.retranslate()
        self.refresh()

    # construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_combos: dict[str, QComboBox] = {}
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.filter_caption = QLabel(self)
        filters.addWidget(self.filter_caption)
        for key in FILTERS:
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.addItem("", "")  # "all", named in retranslate()
            combo.currentIndexChanged.connect(self._rebuild)
            self.filter_combos[key] = combo
            filters.addWidget(combo)
        filters.addStretch(1)

        options = QHBoxLayout()
        options.setSpacing(6)
        self.kind_caption = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.currentIndexChanged.connect(self._rebuild)
        self.kind_caption.setBuddy(self.kind_combo)
        self.arrows_check = QCheckBox(self)
        self.arrows_check.toggled.connect(self._arrows_toggled)
        self.arrow_mode = QComboBox(self)
        self.arrow_mode.setEnabled(False)
        self.arrow_mode.currentIndexChanged.connect(self._rebuild)
        self.png_button = QPushButton(self)
        self.png_button.clicked.connect(self._export_png_clicked)
        self.svg_button = QPushButton(self)
        self.svg_button.clicked.connect(self._export_svg_clicked)
        for w in (self.kind_caption, self.kind_combo):
            options.addWidget(w)
        options.addSpacing(16)
        options.addWidget(self.arrows_check)
        options.addWidget(self.arrow_mode)
        options.addStretch(1)
        options.addWidget(self.png_button)
        options.addWidget(self.svg_button)

        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setAntialiasing(True)
        self.plot.setMinimumSize(320, 300)
        item = self.plot.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.hideButtons()
        item.setMenuEnabled(False)
        item.layout.setContentsMargins(2, 2, 2, 2)
        vb = item.getViewBox()
        vb.setMouseEnabled(False, False)
        vb.setMenuEnabled(False)
        vb.enableAutoRange(enable=False)
        vb.setAspectLocked(True)
        vb.setRange(xRange=(X_MIN, X_MAX), yRange=(Y_MIN, Y_MAX), padding=0)
        self.grid = _GridLayer()
        self.grid.setZValue(-10)
        vb.addItem(self.grid)
        self.arrows = _ArrowLayer()
        self.arrows.setZValue(5)
        vb.addItem(self.arrows)
        self.dots = _PointLayer(self.tooltip, self.openRequested.emit)
        self.dots.setZValue(10)
        vb.addItem(self.dots)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.legend_box = QGroupBox(side)
        self.legend_grid = QGridLayout(self.legend_box)
        self.legend_grid.setHorizontalSpacing(8)
        self.legend_grid.setVerticalSpacing(4)
        side_layout.addWidget(self.legend_box)
        self.summary_label = QLabel(side)
        self.summary_label.setWordWrap(True)
        side_layout.addWidget(self.summary_label)

        self.movement_box = QGroupBox(side)
        mv = QVBoxLayout(self.movement_box)
        since_row = QHBoxLayout()
        self.since_label = QLabel(self.movement_box)
        self.since_edit = QDateEdit(self.movement_box)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate.currentDate().addYears(-1))
        self.since_edit.dateChanged.connect(lambda _d: self._fill_movements())
        self.since_label.setBuddy(self.since_edit)
        since_row.addWidget(self.since_label)
        since_row.addWidget(self.since_edit)
        since_row.addStretch(1)
        mv.addLayout(since_row)
        self.movement_table = style_record_table(QTableWidget(0, 4, self.movement_box), alternating=False,
                                                 stretch_last=False)
        header = self.movement_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.movement_table.doubleClicked.connect(self._open_movement)
        mv.addWidget(self.movement_table, 1)
        self.movement_empty = QLabel(self.movement_box)
        self.movement_empty.setWordWrap(True)
        mv.addWidget(self.movement_empty)
        side_layout.addWidget(self.movement_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.plot)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        side.setMinimumWidth(300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)

    # texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_caption.setText(self.tr("Show:"))
        blanks = {"domain": self.tr("All domains"), "lead_ministry": self.tr("All ministries"),
                  "status": self.tr("All statuses"), "classification": self.tr("All classifications")}
        names = {"domain": self.tr("Domain"), "lead_ministry": self.tr("Ministry"), "status": self.tr("Status"),
                 "classification": self.tr("Classification")}
        for key, combo in self.filter_combos.items():
            combo.setAccessibleName(self.tr("Filter by %1").replace("%1", names[key]))
            combo.setItemText(0, blanks[key])
        self.kind_caption.setText(self.tr("Risk:"))
        self._set_items(self.kind_combo, [("inherent", self.tr("Inherent risk")), ("current", self.tr("Current risk")),
                                          ("residual", self.tr("Residual risk"))], "current")
        self.arrows_check.setText(self.tr("Show movement:"))
        self._set_items(self.arrow_mode, [(ARROWS_PREVIOUS, self.tr("since the previous assessment")),
                                          (ARROWS_INHERENT_RESIDUAL, self.tr("from inherent to residual risk"))],
                        ARROWS_PREVIOUS)
        self.png_button.setText(self.tr("Export PNG…"))
        self.png_button.setToolTip(self.tr("Save the matrix as a PNG image, with its classification marking"))
        self.svg_button.setText(self.tr("Export SVG…"))
        self.svg_button.setToolTip(self.tr("Save the matrix as an SVG drawing, with its classification marking"))
        self.legend_box.setTitle(self.tr("Legend"))
        self.movement_box.setTitle(self.tr("Movements"))
        self.since_label.setText(self.tr("Risk level changed since:"))
        self.movement_table.setHorizontalHeaderLabels(
            [self.tr("Dependency"), self.tr("From"), self.tr("To"), self.tr("Date")])
        self.plot.setAccessibleName(self.tr("Risk matrix"))
        lang = self.labels.language
        self.grid.x_labels = [(s.code, s.label.text(lang), s.range) for s in self.ref.likelihood_scale]
        self.grid.y_labels = [(s.code, s.label.text(lang), "") for s in self.ref.impact_scale if s.code != "X"]
        self.grid.x_title = self.tr("Likelihood")
        self.grid.y_title = self.tr("Impact")
        self.grid.update()

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]], default: str) -> None:
        current = combo.currentData() or default
        blocked = combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(blocked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._rebuild()
        super().changeEvent(event)

    # data ---------------------------------------------------------------------------------------
    def _invalidate(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _ensure_fresh(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_if_stale()

    def set_labels(self, labels: Labels) -> None:
        """Interface language switched: new vocabulary labels, same filters and state."""
        self.labels = labels
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Read the register and the newest assessments again, then redraw."""
        if not self.session.vault.is_open:
            return
        self._stale = False
        repo = self.session.vault.assessments
        self._matrices = Matrices(repo)
        self._rows = {r.id: r for r in self.session.vault.dependencies.rows()}
        self._latest = {k: a for k, a in repo.latest_all().items() if k in self._rows}
        self._options = {}
        for o in self.session.vault.options.all():
            self._options.setdefault(o.dependency_id, []).append(o)
        self._previous = None
        self._timelines = {}
        self._fill_filters()
        self._rebuild()

    def _previous_all(self) -> dict[str, Assessment]:
        if self._previous is None:
            self._previous = self.session.vault.assessments.previous_all()
        return self._previous

    def _fill_filters(self) -> None:
        lb = self.labels
        names = {"domain": lb.domains, "lead_ministry": lb.ministry_names, "status": lb.statuses,
                 "classification": lb.levels}
        for key, combo in self.filter_combos.items():
            present = {getattr(r, key) for r in self._rows.values()} - {""}
            if key == "classification":
                ordered = sorted(present, key=lambda s: self._level_rank(s))
            else:
                ordered = sorted(present, key=lambda s, n=names[key]: n.get(s, s).casefold())
            current = combo.currentData() or ""
            blocked = combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for slug in ordered:
                combo.addItem(names[key].get(slug, slug), slug)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(blocked)

    def _level_rank(self, slug: str) -> int:
        try:
            return self.ref.level(slug).rank
        except KeyError:
            return 99

    def kind(self) -> str:
        return str(self.kind_combo.currentData() or "current")

    def set_kind(self, kind: str) -> None:
        """Show inherent, current or residual risk."""
        if kind not in RISK_KINDS:
            raise ValueError(kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def set_filter(self, facet: str, slug: str) -> None:
        """Narrow to one value of ``facet`` (domain, lead_ministry, status, classification); "" for all."""
        combo = self.filter_combos[facet]
        index = combo.findData(slug)
        if index < 0:
            raise ValueError(f"{facet}={slug!r} is not in the register")
        combo.setCurrentIndex(index)

    def set_arrows(self, mode: str | None) -> None:
        """Arrows since the previous assessment, from inherent to residual risk, or none."""
        if mode is not None:
            self.arrow_mode.setCurrentIndex(self.arrow_mode.findData(mode))
        self.arrows_check.setChecked(mode is not None)

    def _arrows_toggled(self, on: bool) -> None:
        self.arrow_mode.setEnabled(on)
        self._rebuild()

    def _passes(self, row: RegisterRow) -> bool:
        for key, combo in self.filter_combos.items():
            wanted = combo.currentData()
            if wanted and getattr(row, key) != wanted:
                return False
        return True

    def _shown_rows(self) -> list[RegisterRow]:
        return [r for r in self._rows.values() if self._passes(r)]

    def _rebuild(self, *_args: object) -> None:
        """Lay the points out again after a change of filter, risk kind or arrows."""
        if not self.session.vault.is_open:
            return
        if self._stale:
            self.refresh()
            return
        kind = self.kind()
        matrix = self._matrices.newest()
        cells: dict[tuple[int, int], list[tuple[str, str]]] = {}
        self._not_scored = 0
        shown = self._shown_rows()
        for row in shown:
            a = self._latest.get(row.id)
            cell = _cell(self.score(a, kind)) if a is not None else None
            if cell is None:
                self._not_scored += 1
                continue
            cells.setdefault(cell, []).append((row.name.casefold(), row.id))
        points: list[MatrixPoint] = []
        spacing = 1.0
        for (i, j), members in sorted(cells.items()):
            offsets, gap = cell_layout(len(members))
            spacing = min(spacing, gap)
            for (_key, dep_id), (ox, oy) in zip(sorted(members), offsets, strict=True):
                row = self._rows[dep_id]
                a = self._latest[dep_id]
                level = self._matrices.level_of(a, self.score(a, kind))
                points.append(MatrixPoint(dep_id, row.name, row.classification, LIKELIHOOD_CODES[i],
                                          LIKELIHOOD_CODES[j], level.code if level else "",
                                          level.label.text(self.labels.language) if level else "", i + ox, j + oy))
        self._points = points
        self._by_id = {p.dep_id: p for p in points}
        size = min(0.15, spacing * 0.72)
        self.dots.set_points([(p.x, p.y, p.dep_id) for p in points], size / 2)
        self.grid.matrix = matrix
        self.grid.counts = {cell: len(m) for cell, m in cells.items()}
        self.grid.update()
        self._build_arrows(size / 2)
        self._fill_legend(matrix)
        self._fill_movements()
        self.levelsChanged.emit()

    def score(self, a: Assessment, kind: str) -> RiskScore | None:
        """The risk of ``kind`` for the newest assessment ``a``; the residual risk follows the
        dependency's planned or agreed action options when it has them (core.options.residual_risk)."""
        if kind == "residual":
            return residual_risk(a.current, a.residual, self._options.get(a.dependency_id, []))[0]
        score: RiskScore | None = getattr(a, kind)
        return score

    def _build_arrows(self, radius: float) -> None:
        arrows: list[tuple[QPointF, QPointF, bool, bool]] = []
        if self.arrows_check.isChecked():
            mode = str(self.arrow_mode.currentData())
            kind = self.kind()
            previous = self._previous_all() if mode == ARROWS_PREVIOUS else {}
            for p in self._points:
                here = (LIKELIHOOD_CODES.index(p.likelihood), LIKELIHOOD_CODES.index(p.impact))
                offset = (p.x - here[0], p.y - here[1])
                a = self._latest[p.dep_id]
                start: tuple[int, int] | None
                end: tuple[int, int] | None
                if mode == ARROWS_PREVIOUS:
                    before = previous.get(p.dep_id)
                    start, end = _cell(getattr(before, kind)) if before is not None else None, here
                else:
                    start, end = _cell(a.inherent), _cell(self.score(a, "residual"))
                if start is None or end is None or start == end:
                    continue
                arrows.append((QPointF(start[0] + offset[0], start[1] + offset[1]),
                               QPointF(end[0] + offset[0], end[1] + offset[1]),
                               start != here, start == here))
        self.arrows.arrows = arrows
        self.arrows.radius = radius
        self.arrows.update()

    def _fill_legend(self, matrix: RiskMatrix | None) -> None:
        while self.legend_grid.count():
            taken = self.legend_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if matrix is None:
            return
        by_level: dict[str, int] = {}
        for p in self._points:
            by_level[p.level_code] = by_level.get(p.level_code, 0) + 1
        row = 0
        for level in sorted(matrix.levels, key=lambda lv: -lv.rank):
            swatch = QLabel(self.legend_box)
            swatch.setFixedSize(QSize(18, 18))
            swatch.setStyleSheet(f"QLabel {{ background: {level.colour}; border: 1px solid #9e9e9e; }}")
            text = QLabel(level.label.text(self.labels.language), self.legend_box)
            count = QLabel(str(by_level.get(level.code, 0)), self.legend_box)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.legend_grid.addWidget(swatch, row, 0)
            self.legend_grid.addWidget(text, row, 1)
            self.legend_grid.addWidget(count, row, 2)
            row += 1
        outline = QLabel(self.legend_box)
        outline.setFixedSize(QSize(18, 18))
        outline.setStyleSheet(f"QLabel {{ border: 2px dashed {TEXT_COLOUR}; }}")
        risky = QLabel(self.tr("Risky strategic: impact ≥ %1 and likelihood ≥ %2")
                       .replace("%1", matrix.min_impact).replace("%2", matrix.min_likelihood), self.legend_box)
        risky.setWordWrap(True)
        self.legend_grid.addWidget(outline, row, 0, Qt.AlignmentFlag.AlignTop)
        self.legend_grid.addWidget(risky, row, 1, 1, 2)
        row += 1
        if self.arrows.arrows:
            arrow = QLabel("→", self.legend_box)
            arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
            arrow.setStyleSheet("QLabel { font-weight: bold; font-size: 14pt; }")
            what = (self.tr("Movement since the previous assessment (dotted ring: where it was)")
                    if self.arrow_mode.currentData() == ARROWS_PREVIOUS
                    else self.tr("From inherent to residual risk (dotted ring: inherent)"))
            note = QLabel(what, self.legend_box)
            note.setWordWrap(True)
            self.legend_grid.addWidget(arrow, row, 0, Qt.AlignmentFlag.AlignTop)
            self.legend_grid.addWidget(note, row, 1, 1, 2)
        self.legend_grid.setColumnStretch(1, 1)
        shown = len(self._shown_rows())
        summary = self.tr("%1 of %2 dependencies on the matrix.").replace("%1", str(len(self._points))) \
            .replace("%2", str(shown))
        if self._not_scored:
            summary += " " + self.tr("%1 without this risk assessed.").replace("%1", str(self._not_scored))
        self.summary_label.setText(summary + " " + self.tr("Click a point to open the dependency."))

    # movements ----------------------------------------------------------------------------------
    def since(self) -> dt.date:
        d = self.since_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_since(self, day: dt.date) -> None:
        self.since_edit.setDate(QDate(day.year, day.month, day.day))

    def movements(self) -> list[Movement]:
        """Dependencies on show whose risk level now differs from their level at :meth:`since`."""
        self._ensure_fresh()
        return list(self._movements)

    def _compute_movements(self) -> list[Movement]:
        since, kind = self.since(), self.kind()
        repo = self.session.vault.assessments
        out: list[Movement] = []
        for row in self._shown_rows():
            latest = self._latest.get(row.id)
            if latest is None or latest.assessed_on <= since:
                continue  # nothing assessed after the date: nothing moved
            timeline = self._timelines.get(row.id)
            if timeline is None:
                timeline = self._timelines[row.id] = repo.for_dependency(row.id)
            levels = [(a.assessed_on, self._matrices.level_of(a, getattr(a, kind))) for a in timeline]
            before = [lv for on, lv in levels if on <= since]
            start = before[-1].code if before and before[-1] is not None else ""
            after = [(on, lv.code if lv else "") for on, lv in levels if on > since]
            end = after[-1][1]
            if end == start or not end or not start:
                continue  # unchanged, or first assessed after the date (no level to change from)
            changed_on = after[-1][0]
            for on, code in reversed(after):
                if code != end:
                    break
                changed_on = on
            out.append(Movement(row.id, row.name, start, end, changed_on))
        out.sort(key=lambda m: (m.on, m.name.casefold()), reverse=True)
        return out

    def _fill_movements(self) -> None:
        if not self.session.vault.is_open:
            return
        self._movements = self._compute_movements()
        table = self.movement_table
        table.setRowCount(0)
        matrix = self._matrices.newest()
        for m in self._movements:
            r = table.rowCount()
            table.insertRow(r)
            name = QTableWidgetItem(m.name)
            name.setToolTip(m.name)
            name.setData(Qt.ItemDataRole.UserRole, m.dep_id)
            table.setItem(r, 0, name)
            for column, code in ((1, m.before), (2, m.after)):
                table.setItem(r, column, self._level_item(matrix, code))
            table.setItem(r, 3, QTableWidgetItem(m.on.isoformat()))
        self.movement_empty.setText(self.tr("No risk level changed since this date.") if not self._movements
                                    else self.tr("Double-click a row to open the dependency."))

    def _level_item(self, matrix: RiskMatrix, code: str) -> QTableWidgetItem:
        if not code:
            return QTableWidgetItem(self.tr("(not assessed)"))
        try:
            level = matrix.level(code)
        except KeyError:
            return QTableWidgetItem(code)
        item = QTableWidgetItem(level.label.text(self.labels.language))
        item.setBackground(QBrush(QColor(level.colour)))
        item.setForeground(QBrush(QColor(text_colour(level.colour))))
        return item

    def _open_movement(self, index: object) -> None:
        row = self.movement_table.currentRow()
        item = self.movement_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.openRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    # points -------------------------------------------------------------------------------------
    def points(self) -> list[tuple[str, float, float]]:
        """(dependency id, x, y) of every point shown, in data coordinates (cell (A, A) is (0..1, 0..1))."""
        self._ensure_fresh()
        return [(p.dep_id, p.x, p.y) for p in self._points]

    def point(self, dep_id: str) -> MatrixPoint | None:
        self._ensure_fresh()
        return self._by_id.get(dep_id)

    def arrow_count(self) -> int:
        return len(self.arrows.arrows)

    def tooltip(self, dep_id: str) -> str:
        p = self._by_id.get(dep_id)
        return "" if p is None else self._tip_for(p)

    def _tip_for(self, p: MatrixPoint) -> str:
        lang = self.labels.language
        lik = next((s.label.text(lang) for s in self.ref.likelihood_scale if s.code == p.likelihood), "")
        imp = next((s.label.text(lang) for s in self.ref.impact_scale if s.code == p.impact), "")
        return "\n".join([
            p.name,
            self.tr("Likelihood: %1").replace("%1", f"{p.likelihood} - {lik}"),
            self.tr("Impact: %1").replace("%1", f"{p.impact} - {imp}"),
            self.tr("Risk level: %1").replace("%1", p.level_label or "-"),
        ])

    def click_point(self, dep_id: str) -> None:
        """Click the point of ``dep_id`` with the mouse (tests; the page must be on screen)."""
        p = self.point(dep_id)
        if p is None:
            raise KeyError(dep_id)
        QApplication.processEvents()
        vb = self.plot.getPlotItem().getViewBox()
        scene_pos = vb.mapViewToScene(QPointF(p.x, p.y))
        view_pos = self.plot.mapFromScene(scene_pos)
        QTest.mouseClick(self.plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(view_pos.x(), view_pos.y()))

    def displayed_levels(self) -> set[str]:
        """Classification slugs of the dependencies on screen (points and movements)."""
        self._ensure_fresh()
        levels = {p.classification for p in self._points}
        levels |= {self._rows[m.dep_id].classification for m in self._movements if m.dep_id in self._rows}
        return levels

    # export ---------------------------------------------------------------------------------------
    def _export_png_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the risk matrix as PNG"),
                                                    self.tr("risk-matrix.png"), self.tr("PNG images (*.png)"))
        if path:
            self._export(lambda: self.export_png(Path(path)))

    def _export_svg_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the risk matrix as SVG"),
                                                    self.tr("risk-matrix.svg"), self.tr("SVG drawings (*.svg)"))
        if path:
            self._export(lambda: self.export_svg(Path(path)))

    def _export(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))

    def export_png(self, path: Path, width: int = 1800) -> Path:
        """The matrix with legend, caption and classification marking as a PNG ``width`` pixels wide."""
        self._ensure_fresh()
        size = self._export_size(width)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(3780 * 2)
        image.setDotsPerMeterY(3780 * 2)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            self._render_export(painter, size)
        finally:
            painter.end()
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
            raise OSError(self.tr("Could not write %1").replace("%1", str(path)))
        return path

    def export_svg(self, path: Path, width: int = 1800) -> Path:
        """The same picture as :meth:`export_png`, as scalable vector graphics."""
        self._ensure_fresh()
        size = self._export_size(width)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setResolution(96)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.tr("Risk matrix"))
        generator.setDescription(self._caption())
        painter = QPainter(generator)
        try:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
            self._render_export(painter, size)
        finally:
            painter.end()
        if not path.is_file():
            raise OSError(self.tr("Could not write %1").replace("%1", str(path)))
        return path

    def _source_rect(self) -> QRectF:
        rect: QRectF = self.plot.getPlotItem().getViewBox().sceneBoundingRect()
        return rect

    def _export_size(self, width: int) -> QSize:
        source = self._source_rect()
        unit = width / 75.0
        plot_h = (width - 2 * unit) * source.height() / max(1.0, source.width())
        legend_rows = 2
        height = 2 * (unit * 2.2) + unit * 2.5 + plot_h + legend_rows * unit * 1.8 + unit * 2
        return QSize(width, round(height))

    def _caption(self) -> str:
        kinds = {"inherent": self.tr("Inherent risk"), "current": self.tr("Current risk"),
                 "residual": self.tr("Residual risk")}
        parts = [self.tr("Risk matrix"), kinds[self.kind()], dt.date.today().isoformat()]
        chosen = [c.currentText() for c in self.filter_combos.values() if c.currentData()]
        if chosen:
            parts.append(", ".join(chosen))
        parts.append(self.tr("%1 dependencies").replace("%1", str(len(self._points))))
        return " — ".join(parts)

    def _render_export(self, painter: QPainter, size: QSize) -> None:
        width, height = size.width(), size.height()
        unit = width / 75.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        level = highest_level(self.displayed_levels(), self.ref)
        band = unit * 2.2
        font = QFont(QApplication.font().family())
        font.setPixelSize(round(unit * 1.1))
        font.setBold(True)
        painter.setFont(font)
        for top in (0.0, height - band):
            rect = QRectF(0, top, width, band)
            painter.fillRect(rect, QColor(level.colour))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), level.marking)
        caption = QRectF(unit, band, width - 2 * unit, unit * 2.5)
        font.setPixelSize(round(unit * 0.95))
        painter.setFont(font)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(caption, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self._caption())
        source = self._source_rect()
        plot_w = width - 2 * unit
        plot_h = plot_w * source.height() / max(1.0, source.width())
        target = QRectF(unit, caption.bottom(), plot_w, plot_h)
        self.plot.scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        self._render_legend(painter, QRectF(unit, target.bottom() + unit * 0.5, plot_w, unit * 3.6), unit)

    def _render_legend(self, painter: QPainter, area: QRectF, unit: float) -> None:
        matrix = self._matrices.newest()
        font = QFont(QApplication.font().family())
        font.setPixelSize(round(unit * 1.0))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        by_level: dict[str, int] = {}
        for p in self._points:
            by_level[p.level_code] = by_level.get(p.level_code, 0) + 1
        x, y = area.left(), area.top()
        box = unit * 1.0
        for level in sorted(matrix.levels, key=lambda lv: -lv.rank):
            text = f"{level.label.text(self.labels.language)} ({by_level.get(level.code, 0)})"
            painter.setPen(QPen(QColor("#9e9e9e"), 1))
            painter.setBrush(QColor(level.colour))
            painter.drawRect(QRectF(x, y, box, box))
            painter.setPen(QColor(TEXT_COLOUR))
            tw = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x + box * 1.4, y - unit, tw + 2, box + 2 * unit),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            x += box * 1.4 + tw + unit * 1.5
        x, y = area.left(), area.top() + unit * 1.8
        pen = QPen(QColor(TEXT_COLOUR), max(1.0, unit * 0.12), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x, y, box, box))
        painter.setPen(QColor(TEXT_COLOUR))
        risky = self.tr("Risky strategic: impact ≥ %1 and likelihood ≥ %2") \
            .replace("%1", matrix.min_impact).replace("%2", matrix.min_likelihood)
        painter.drawText(QRectF(x + box * 1.4, y - unit, area.width(), box + 2 * unit),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), risky)
        if self.arrows.arrows:
            x += box * 1.4 + metrics.horizontalAdvance(risky) + unit * 1.5
            path = QPainterPath()
            path.moveTo(x, y + box / 2)
            path.lineTo(x + box * 1.6, y + box / 2)
            painter.setPen(QPen(QColor(ARROW_COLOUR), max(1.0, unit * 0.12)))
            painter.drawPath(path)
            painter.drawText(QRectF(x + box * 2.0, y - unit, area.right() - x, box + 2 * unit),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.tr("Movement since the previous assessment")
                             if self.arrow_mode.currentData() == ARROWS_PREVIOUS
                             else self.tr("From inherent to residual risk"))

    def shutdown(self) -> None:
        """Stop pending work before the session closes."""
        self._refresh_timer.stop()

