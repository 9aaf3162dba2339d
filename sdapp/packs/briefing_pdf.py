"""The briefing as PDF/A-1b, rendered in memory with QPdfWriter, one personal copy at a time.

The body (summary, one section per dependency, annex) is laid out once in a QTextDocument
with the page size of the text area; every copy then draws the same pages, adding what is
personal: the copy line in the footer and a diagonal watermark with addressee and copy number.
QTextDocument has no header or footer, so pages are drawn by hand: cover and contents
first, then each body page's clip, then markings in the margins (DESIGN.md §8). The watermark
is outline glyphs (stroked paths, no fill, no transparency) because PDF/A-1 forbids transparency.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from sdapp import __version__
from sdapp.core.labels import Labels
from sdapp.core.model import ActionOption
from sdapp.core.options import TRIED_STATUSES, cost_range, residual_risk
from sdapp.packs.briefing_content import BriefingContent, DependencyContent
from sdapp.packs.briefing_texts import OPTION_STATUSES, text
from sdapp.packs.matrix_figure import FigureTexts, draw_matrix
from sdapp.packs.qt_headless import document_font, ensure_gui_application

DPI = 300
MM = DPI / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
CONTENT = QRectF(20 * MM, 26 * MM, 170 * MM, 243 * MM)
TOC_LINES_PER_PAGE = 38
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
WATERMARK = QColor("#d9d9d9")


@dataclass(frozen=True)
class Addressee:
    name: str
    organisation: str = ""

    @property
    def line(self) -> str:
        return f"{self.name}, {self.organisation}" if self.organisation else self.name


@dataclass(frozen=True)
class TocEntry:
    title: str
    page: int  # 1-based page number in the final document
    level: int = 1


class BriefingLayout:
    """The pages every copy shares: the body laid out once, the contents computed from it."""

    def __init__(self, content: BriefingContent) -> None:
        ensure_gui_application()
        self.content = content
        self.lang = content.request.language
        self.labels = Labels(content.ref, self.lang)
        self.sections = content.request.sections
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        font = document_font()
        font.setPointSizeF(9.5)
        self.document.setDefaultFont(font)
        # lay out at the PDF's resolution: points map to the same device pixels as when drawing
        self._device = QPdfWriter(QBuffer())
        self._device.setResolution(DPI)
        self.document.documentLayout().setPaintDevice(self._device)
        # a whole-pixel page height: Qt places a block that starts a page at a fraction below a
        # fractional boundary, which would count it on the previous page
        self.document.setPageSize(QSizeF(CONTENT.width(), math.floor(CONTENT.height())))
        self.document.setDefaultStyleSheet(_STYLE)
        headings = self._body_html()
        self.document.setHtml(headings[0])
        self.body_pages = self.document.pageCount() if headings[1] else 0
        self.cover_pages = 1 if "cover" in self.sections else 0
        self.matrix_pages = 1 if "matrix" in self.sections else 0
        body_entries = self._heading_pages()
        toc_count = len(body_entries) + self.matrix_pages
        self.toc_pages = max(1, math.ceil(toc_count / TOC_LINES_PER_PAGE))
        self.body_start = self.cover_pages + self.toc_pages + self.matrix_pages + 1
        self.total_pages = self.body_start - 1 + self.body_pages
        self.toc: list[TocEntry] = []
        if self.matrix_pages:
            self.toc.append(TocEntry(text(self.lang, "matrix"), self.cover_pages + self.toc_pages + 1))
        self.toc.extend(TocEntry(t, self.body_start + offset, lvl) for t, offset, lvl in body_entries)

    # body --------------------------------------------------------------------------------------
    def _body_html(self) -> tuple[str, bool]:
        parts: list[str] = []
        t = self.lang
        if "summary" in self.sections:
            parts.append(f"<h1>{_e(text(t, 'summary'))}</h1>")
            parts.append(self._summary_table())
        if "dependencies" in self.sections:
            for number, item in enumerate(self.content.items, 1):
                parts.append(self._dependency_html(number, item, first=not parts))
        if "annex" in self.sections:
            brk = ' style="page-break-before: always"' if parts else ""
            parts.append(f"<h1{brk}>{_e(text(t, 'annex'))}</h1><p>{_e(text(t, 'annex_text'))}</p>")
            parts.append(f"<h3>{_e(text(t, 'annex_list'))}</h3><table class='grid' width='100%' cellspacing='0'"
                         " cellpadding='3'>")
            for number, item in enumerate(self.content.items, 1):
                dep = item.dependency
                parts.append(f"<tr><td width='8%'>{number}</td><td>{_e(dep.name)}</td>"
                             f"<td width='30%'><tt>{_e(dep.id[:8])}</tt></td></tr>")
            parts.append("</table>")
        return "".join(parts), bool(parts)

    def _summary_table(self) -> str:
        t = self.lang
        widths = {"col_nr": 5, "col_name": 27, "col_domain": 16, "col_level": 16, "col_risk": 14, "col_trend": 10,
                  "col_options": 12}
        head = "".join(f"<th width='{w}%'>{_e(text(t, k))}</th>" for k, w in widths.items())
        rows = [f"<table class='grid' width='100%' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr></thead>"]
        for number, item in enumerate(self.content.items, 1):
            dep = item.dependency
            risk_cell, trend = "<td>–</td>", text(t, "none")
            a = item.assessment
            if a is not None and a.current is not None:
                level = self.content.matrix.lookup(a.current.likelihood, a.current.impact)
                risk_cell = (f"<td bgcolor='{level.colour}' style='color: {_contrast(level.colour)}'>"
                             f"{_e(level.label.text(t))} ({a.current.likelihood}{a.current.impact})</td>")
                trend = self._trend(dep.id)
            agreed = sum(1 for o in item.options if o.status in TRIED_STATUSES)
            domain = self.labels.domains.get(dep.domain, dep.domain)
            rows.append(f"<tr><td>{number}</td><td>{_e(dep.name)}</td><td>{_e(domain)}</td>"
                        f"<td>{_e(self.labels.levels.get(dep.classification, dep.classification))}</td>"
                        f"{risk_cell}<td>{_e(trend)}</td><td>{agreed}/{len(item.options)}</td></tr>")
        rows.append("</table>")
        return "".join(rows)

    def _trend(self, dep_id: str) -> str:
        t = self.lang
        item = next((m for m in self.content.matrix_items if m.dep_id == dep_id), None)
        if item is None or item.previous is None:
            return text(t, "new")
        matrix = self.content.matrix
        now = matrix.lookup(item.likelihood, item.impact).rank
        before = matrix.lookup(*item.previous).rank
        return text(t, "up" if now > before else "down" if now < before else "same")

    def _dependency_html(self, number: int, item: DependencyContent, first: bool) -> str:
        t, dep, lab = self.lang, item.dependency, self.labels
        brk = "" if first else ' style="page-break-before: always"'
        level = self.content.ref.level(dep.classification)
        out = [f"<h2{brk}>{number}. {_e(dep.name)}</h2>",
               f"<p class='portion' style='color: {level.colour}'>({_e(level.marking)})</p>"]
        facts = [
            (text(t, "kind"), lab.kinds.get(dep.kind, dep.kind)),
            (text(t, "domain"), lab.domains.get(dep.domain, dep.domain)),
            (text(t, "lead"), lab.ministry_names.get(dep.lead_ministry, dep.lead_ministry)),
            (text(t, "status"), lab.statuses.get(dep.status, dep.status)),
            (text(t, "eu_lists"), ", ".join(lab.eu_lists.get(x, x) for x in dep.eu_lists)),
            (text(t, "cn_codes"), ", ".join(dep.cn_codes)),
            (text(t, "reliance"), "" if dep.import_reliance is None else f"{dep.import_reliance:g}%"),
            (text(t, "stock"), "" if dep.stock_coverage_days is None else f"{dep.stock_coverage_days:g}"),
            (text(t, "substitutability"), lab.substitutability.get(dep.substitutability, dep.substitutability)),
        ]
        out.append("<table class='facts' width='100%' cellspacing='0' cellpadding='2'>")
        out.extend(f"<tr><td width='32%' class='key'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in facts if v)
        out.append("</table>")
        if dep.description:
            out.append(f"<h3>{_e(text(t, 'description'))}</h3>{_paragraphs(dep.description)}")
        out.append(f"<h3>{_e(text(t, 'supply'))}</h3>")
        out.append(self._supply_html(item) or f"<p class='muted'>{_e(text(t, 'no_supply'))}</p>")
        out.append(f"<h3>{_e(text(t, 'assessment'))}</h3>")
        out.append(self._assessment_html(item))
        out.append(f"<h3>{_e(text(t, 'options'))}</h3>")
        out.append(self._options_html(item))
        return "".join(out)

    def _supply_html(self, item: DependencyContent) -> str:
        out: list[str] = []
        for stage in item.dependency.stages:
            if not stage.shares:
                continue
            out.append(f"<p class='stage'>{_e(self.labels.stages.get(stage.stage, stage.stage))}</p>")
            for share in sorted(stage.shares, key=lambda s: -s.share)[:8]:
                bar = max(0.5, min(100.0, share.share) * 0.6)
                country = self.labels.countries.get(share.country, share.country)
                # one table per bar: QTextDocument shares column widths within a table
                out.append(f"<table width='100%' cellspacing='0' cellpadding='1'><tr>"
                           f"<td width='30%'>{_e(country)}</td><td width='8%' align='right'>{share.share:.0f}%"
                           f"&nbsp;</td><td width='{bar:.1f}%' bgcolor='#4a6fa5'></td>"
                           f"<td width='{62 - bar:.1f}%'></td></tr></table>")
        return "".join(out)

    def _assessment_html(self, item: DependencyContent) -> str:
        t, a = self.lang, item.assessment
        if a is None:
            return f"<p class='muted'>{_e(text(t, 'no_assessment'))}</p>"
        out = [f"<p class='muted'>{_e(text(t, 'assessed', a.assessed_on.isoformat(), a.assessor, a.matrix_version))}"
               "</p><table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>"]
        cells = []
        for kind in ("inherent", "current", "residual"):
            score = residual_risk(a.current, a.residual, item.options)[0] if kind == "residual" else getattr(a, kind)
            if score is None:
                cells.append(f"<td><b>{_e(text(t, kind))}</b><br/>–</td>")
                continue
            level = self.content.matrix.lookup(score.likelihood, score.impact)
            cells.append(f"<td bgcolor='{level.colour}' style='color: {_contrast(level.colour)}'><b>"
                         f"{_e(text(t, kind))}</b><br/>{_e(level.label.text(t))}: {_e(text(t, 'likelihood'))} "
                         f"{score.likelihood}, {_e(text(t, 'impact'))} {score.impact}</td>")
        out.append("".join(cells) + "</tr></table>")
        if a.justification:
            out.append(f"<p><b>{_e(text(t, 'justification'))}.</b> {_e(a.justification)}</p>")
        if a.impacts:
            out.append(f"<p class='stage'>{_e(text(t, 'impacts'))}</p><table class='grid' width='100%'"
                       f" cellspacing='0' cellpadding='2'><tr><th width='38%'>{_e(text(t, 'criterion'))}</th>"
                       f"<th width='8%'>{_e(text(t, 'level'))}</th><th>{_e(text(t, 'rationale'))}</th></tr>")
            for score in a.impacts:
                label = self.labels.criteria.get(score.criterion, score.criterion)
                out.append(f"<tr><td>{_e(score.criterion)} {_e(label)}</td><td align='center'>{_e(score.level)}</td>"
                           f"<td>{_e(score.rationale)}</td></tr>")
            out.append("</table>")
        return "".join(out)

    def _options_html(self, item: DependencyContent) -> str:
        t = self.lang
        if not item.options:
            return f"<p class='muted'>{_e(text(t, 'no_options'))}</p>"
        ref = self.content.ref
        categories = {c.slug: c.label.text(t) for c in ref.option_categories}
        widths = {"opt_title": 30, "opt_category": 20, "opt_rung": 7, "opt_status": 12, "opt_cost": 16,
                  "opt_effect": 15}
        head = "".join(f"<th width='{w}%'>{_e(text(t, k))}</th>" for k, w in widths.items())
        out = [f"<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr>{head}</tr>"]
        for o in item.options:
            effect = ", ".join(f"{text(t, key)} −{amount}" for key, amount in
                               (("likelihood", o.effect_likelihood), ("impact", o.effect_impact)) if amount) or "–"
            out.append(f"<tr><td>{_e(o.title)}</td><td>{_e(categories.get(o.category, o.category))}</td>"
                       f"<td align='center'>{o.rung}</td><td>{_e(OPTION_STATUSES[t].get(o.status, o.status))}</td>"
                       f"<td>{_e(_costs(o, t))}</td><td>{_e(effect)}</td></tr>")
        out.append("</table>")
        return "".join(out)

    def _heading_pages(self) -> list[tuple[str, int, int]]:
        """(title, page offset in the body, level) of every h1/h2, from the finished layout."""
        found: list[tuple[str, int, int]] = []
        layout = self.document.documentLayout()
        height = self.document.pageSize().height()
        block = self.document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (1, 2) and block.text().strip():
                page = int(layout.blockBoundingRect(block).top() // height)
                found.append((block.text().strip(), page, level))
            block = block.next()
        return found


def render_copy(layout: BriefingLayout, copy_number: int, copies: int, addressee: Addressee,
                created: dt.datetime) -> bytes:
    """One numbered personal copy as PDF/A-1b bytes."""
    content, t = layout.content, layout.lang
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(f"{content.request.title} – {text(t, 'copy', copy_number, copies)}")
    writer.setCreator(f"sdapp {__version__}")
    writer.setAuthor(content.author)
    copy_line = text(t, "copy_for", copy_number, copies, addressee.line)
    watermark = f"{addressee.name} · {copy_number}/{copies}"
    painter = QPainter(writer)
    try:
        page = 0

        def next_page() -> None:
            nonlocal page
            if page:
                writer.newPage()
            page += 1
            _watermark(painter, watermark)

        def finish_page() -> None:
            _markings(painter, content.level.marking, content.level.colour, text(t, "page", page, layout.total_pages),
                      copy_line)

        if layout.cover_pages:
            next_page()
            _cover(painter, layout, copy_number, copies, addressee, created)
            finish_page()
        for chunk in _chunks(layout.toc, TOC_LINES_PER_PAGE) or [[]]:
            next_page()
            _toc_page(painter, layout, chunk, first=page == layout.cover_pages + 1)
            finish_page()
        if layout.matrix_pages:
            next_page()
            texts = FigureTexts(text(t, "matrix"), text(t, "likelihood"), text(t, "impact"), text(t, "risk_level"), t)
            numbering = {i.dependency.id: n for n, i in enumerate(content.items, 1)}
            draw_matrix(painter, QRectF(CONTENT.left(), CONTENT.top(), CONTENT.width(), CONTENT.width() * 0.9),
                        content.matrix, content.ref, content.matrix_items, texts, numbering)
            _watermark(painter, watermark)  # the figure paints an opaque background: mark it again on top
            finish_page()
        height = layout.document.pageSize().height()
        for body_page in range(layout.body_pages):
            next_page()
            painter.save()
            painter.translate(CONTENT.left(), CONTENT.top() - body_page * height)
            # one pixel short of the next page: drawContents draws every block touching the rect
            layout.document.drawContents(painter, QRectF(0, body_page * height, CONTENT.width(), height - 1))
            painter.restore()
            finish_page()
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


# drawing helpers ----------------------------------------------------------------------------------
def _font(points: float, bold: bool = False) -> QFont:
    font = document_font()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _markings(painter: QPainter, marking: str, colour: str, page_text: str, copy_line: str) -> None:
    painter.save()
    painter.setPen(QColor(colour))
    painter.setFont(_font(11, bold=True))
    painter.drawText(QRectF(0, 8 * MM, PAGE_W, 8 * MM), Qt.AlignmentFlag.AlignCenter, marking)
    painter.drawText(QRectF(0, PAGE_H - 14 * MM, PAGE_W, 8 * MM), Qt.AlignmentFlag.AlignCenter, marking)
    painter.setPen(QPen(QColor(colour), 0.3 * MM))
    painter.drawLine(QPointF(CONTENT.left(), 18 * MM), QPointF(CONTENT.right(), 18 * MM))
    painter.drawLine(QPointF(CONTENT.left(), PAGE_H - 23 * MM), QPointF(CONTENT.right(), PAGE_H - 23 * MM))
    painter.setPen(MUTED)
    painter.setFont(_font(8))
    footer = QRectF(CONTENT.left(), PAGE_H - 22 * MM, CONTENT.width(), 6 * MM)
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, copy_line)
    painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)
    painter.restore()


def _watermark(painter: QPainter, line: str) -> None:
    """Addressee and copy number across the page as stroked outlines (no fill, no transparency)."""
    painter.save()
    font = document_font()
    font.setPixelSize(int(13 * MM))
    font.setBold(True)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, line)
    box = path.boundingRect()
    scale = min(1.0, 250 * MM / box.width())  # long names shrink to fit the diagonal
    painter.translate(PAGE_W / 2, PAGE_H / 2)
    painter.rotate(-55)
    painter.scale(scale, scale)
    painter.translate(-box.center())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(WATERMARK, 0.25 * MM))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def _cover(painter: QPainter, layout: BriefingLayout, copy_number: int, copies: int, addressee: Addressee,
           created: dt.datetime) -> None:
    content, t = layout.content, layout.lang
    request = content.request
    x, w = CONTENT.left(), CONTENT.width()
    y = CONTENT.top() + 18 * MM
    painter.save()
    painter.setPen(MUTED)
    painter.setFont(_font(11))
    painter.drawText(QRectF(x, y, w, 8 * MM), Qt.AlignmentFlag.AlignLeft, text(t, "register"))
    y += 12 * MM
    painter.setPen(INK)
    painter.setFont(_font(24, bold=True))
    title_rect = painter.boundingRect(QRectF(x, y, w, 60 * MM), Qt.TextFlag.TextWordWrap, request.title)
    painter.drawText(QRectF(x, y, w, title_rect.height()), Qt.TextFlag.TextWordWrap, request.title)
    y += title_rect.height() + 4 * MM
    painter.setFont(_font(12))
    painter.setPen(MUTED)
    painter.drawText(QRectF(x, y, w, 8 * MM), Qt.AlignmentFlag.AlignLeft, text(t, "subtitle"))
    y += 18 * MM
    painter.setPen(QColor(content.level.colour))
    painter.setFont(_font(16, bold=True))
    painter.drawText(QRectF(x, y, w, 10 * MM), Qt.AlignmentFlag.AlignLeft, text(t, "copy", copy_number, copies))
    y += 10 * MM
    painter.setPen(INK)
    painter.setFont(_font(12))
    painter.drawText(QRectF(x, y, w, 8 * MM), Qt.AlignmentFlag.AlignLeft, addressee.line)
    y += 18 * MM
    facts = [(text(t, "date"), created.date().isoformat()),
             (text(t, "ministry"), request.ministry or content.department),
             (text(t, "author"), content.author),
             (text(t, "official"), request.classifying_official),
             (text(t, "review"), request.review_date.isoformat() if request.review_date else text(t, "none")),
             (text(t, "records"), str(len(content.items)))]
    painter.setFont(_font(10))
    for key, value in facts:
        painter.setPen(MUTED)
        painter.drawText(QRectF(x, y, 60 * MM, 6 * MM), Qt.AlignmentFlag.AlignLeft, key)
        painter.setPen(INK)
        painter.drawText(QRectF(x + 62 * MM, y, w - 62 * MM, 6 * MM), Qt.AlignmentFlag.AlignLeft, value)
        y += 7 * MM
    y += 10 * MM
    box = QRectF(x, y, w, 52 * MM)
    painter.setPen(QPen(QColor(content.level.colour), 0.4 * MM))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    inner = box.adjusted(4 * MM, 3 * MM, -4 * MM, -3 * MM)
    painter.setPen(INK)
    painter.setFont(_font(10, bold=True))
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 6 * MM), Qt.AlignmentFlag.AlignLeft,
                     text(t, "handling_title"))
    painter.setFont(_font(9))
    painter.drawText(inner.adjusted(0, 8 * MM, 0, 0), Qt.TextFlag.TextWordWrap,
                     text(t, "handling", content.level.marking))
    painter.restore()


def _toc_page(painter: QPainter, layout: BriefingLayout, entries: list[TocEntry], first: bool) -> None:
    painter.save()
    y = CONTENT.top()
    if first:
        painter.setPen(INK)
        painter.setFont(_font(16, bold=True))
        painter.drawText(QRectF(CONTENT.left(), y, CONTENT.width(), 10 * MM), Qt.AlignmentFlag.AlignLeft,
                         text(layout.lang, "toc"))
        y += 14 * MM
    line_h = (CONTENT.bottom() - CONTENT.top() - 14 * MM) / TOC_LINES_PER_PAGE
    for entry in entries:
        indent = 0 if entry.level == 1 else 6 * MM
        painter.setFont(_font(10, bold=entry.level == 1))
        painter.setPen(INK)
        row = QRectF(CONTENT.left() + indent, y, CONTENT.width() - indent - 14 * MM, line_h)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(painter.font(), painter.device()).elidedText(
                             entry.title, Qt.TextElideMode.ElideRight, row.width()))
        painter.drawText(QRectF(CONTENT.right() - 14 * MM, y, 14 * MM, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(entry.page))
        y += line_h
    painter.restore()


def _chunks(entries: list[TocEntry], size: int) -> list[list[TocEntry]]:
    return [entries[i:i + size] for i in range(0, len(entries), size)]


def _costs(option: ActionOption, lang: str) -> str:
    """Cost estimates in millions of euros, worded in the briefing's language."""
    if lang == "nl":
        return cost_range(option, ("eenmalig", "per jaar"), "–", ",") or "–"
    return cost_range(option, ("one-off", "per year"), "–") or "–"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _paragraphs(value: str) -> str:
    return "".join(f"<p>{_e(p.strip())}</p>" for p in value.split("\n\n") if p.strip())


def _contrast(colour: str) -> str:
    c = QColor(colour)
    return "#000000" if (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) > 150 else "#ffffff"


_STYLE = """
h1 { font-size: 15pt; font-weight: bold; color: #1a1a1a; margin-top: 0; margin-bottom: 8px; }
h2 { font-size: 13pt; font-weight: bold; color: #1a1a1a; margin-top: 0; margin-bottom: 2px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #24406b; margin-top: 14pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 6px; }
p.portion { font-size: 8pt; font-weight: bold; margin-bottom: 8px; }
p.muted { color: #555555; }
p.stage { font-weight: bold; margin-top: 6px; margin-bottom: 2px; }
table.grid { border-collapse: collapse; border: 0.5px solid #999999; font-size: 8.5pt; }
table.grid th { background-color: #e8edf4; font-weight: bold; border: 0.5px solid #999999; }
table.grid td { border: 0.5px solid #999999; }
td.key { color: #555555; }
"""
