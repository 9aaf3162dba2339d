"""PDF from memory with Qt PDF: page images for the composer's preview, a viewer for opened packs.

Never through a file: the bytes go into a QBuffer that the QPdfDocument reads (DESIGN.md §4, no
plaintext temp files). A build without Qt PDF still runs: the viewer then says the preview is
not available instead of failing the whole Briefings section.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    PDF_AVAILABLE = True
except ImportError:  # pragma: no cover - a bundle built without Qt PDF
    PDF_AVAILABLE = False


class MemoryPdf(QObject):
    """A PDF document read from bytes held in memory; :meth:`close` lets go of them."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self) if PDF_AVAILABLE else None
        if self.document is not None:
            self.document.load(self._buffer)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def render_page(self, page: int, width: int) -> QImage:
        """Page ``page`` (0-based) as an image ``width`` pixels wide, at the page's own proportions."""
        if self.document is None:
            return QImage()
        points = self.document.pagePointSize(page)
        height = round(width * points.height() / points.width()) if points.width() > 0 else round(width * 1.414)
        return self.document.render(page, QSize(width, height))

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
        self._buffer.close()
        self._data.clear()


class PdfViewer(QStackedWidget):
    """A scrolling, fit-to-width view of a PDF in memory (or a note when Qt PDF is missing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf: MemoryPdf | None = None
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #455a64; padding: 24px;")
        self.addWidget(self.note)
        self.view = QPdfView(self) if PDF_AVAILABLE else None
        if self.view is not None:
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setPageSpacing(12)
            self.view.setStyleSheet("background: #78909c;")
            self.addWidget(self.view)
        self.show_note(self.tr("No document.") if PDF_AVAILABLE
                       else self.tr("This build of sdapp cannot show PDF documents; save the files to read it."))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.setCurrentWidget(self.note)

    def set_pdf(self, data: bytes) -> int:
        """Show ``data``; returns its page count (0 when it cannot be shown)."""
        self.clear()
        if self.view is None:
            return 0
        self._pdf = MemoryPdf(data, self)
        self.view.setDocument(self._pdf.document)
        self.setCurrentWidget(self.view)
        return self._pdf.page_count()

    def page_count(self) -> int:
        return self._pdf.page_count() if self._pdf is not None else 0

    def clear(self) -> None:
        if self._pdf is not None:
            if self.view is not None:
                self.view.setDocument(None)
            self._pdf.close()
            self._pdf.deleteLater()
            self._pdf = None
        if PDF_AVAILABLE:
            self.show_note(self.tr("No document."))
