"""A small rich-text editor whose content is Markdown: headings, lists, bold, italics, links.

What it stores is ``QTextDocument.toMarkdown()`` (never HTML); what it loads goes through
:func:`sdapp.core.richtext.sanitise_markdown` and is parsed with raw HTML switched off. The
document never loads a resource (no image, no file), pasted HTML is converted to Markdown the
same way, and only the app's own record links (``sdapp:dependency/<id>``, ``sdapp:option/<id>``)
can be followed: Ctrl+click in the editor, a click in a :class:`MarkdownView`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.richtext import is_web_link, parse_record_link, sanitise_markdown

_F = QTextDocument.MarkdownFeature
READ_FEATURES = _F.MarkdownDialectGitHub | _F.MarkdownNoHTML
WRITE_FEATURES = _F.MarkdownDialectGitHub
LINK_COLOUR = "#1a5fb4"
_HEADING_SIZE = {0: 0, 1: 3, 2: 2, 3: 1}
_IMAGE_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


class SafeTextDocument(QTextDocument):
    """A document that never loads a resource: no image, style sheet or file is ever read."""

    def loadResource(self, type: int, name: QUrl) -> object:
        return None


def load_markdown(doc: QTextDocument, text: str) -> None:
    """Show ``text`` (sanitised, raw HTML as text) in ``doc``."""
    doc.setMarkdown(sanitise_markdown(text), READ_FEATURES)


def to_markdown(doc: QTextDocument) -> str:
    return str(doc.toMarkdown(WRITE_FEATURES)).strip() + "\n" if not doc.isEmpty() else ""


def markdown_html(text: str) -> str:
    """The HTML of ``text`` rendered as Markdown (sanitised, raw HTML as text), for embedding in
    a larger HTML page: the body of what QTextDocument writes."""
    scratch = SafeTextDocument()
    load_markdown(scratch, text)
    html = str(scratch.toHtml())
    match = re.search(r"<body[^>]*>(.*)</body>", html, re.DOTALL)
    return match.group(1) if match else html


def _html_to_markdown(html: str) -> str:
    scratch = SafeTextDocument()
    scratch.setHtml(_IMAGE_TAG.sub("", html))  # pictures are not part of an option's text
    return sanitise_markdown(str(scratch.toMarkdown(WRITE_FEATURES)))


class MarkdownEdit(QTextEdit):
    """The editor. ``linkActivated(url)`` on Ctrl+click on a record link."""

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeTextDocument(self))
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setMouseTracking(True)
        self.describe_link: Callable[[str], str] = lambda url: url

    # content ------------------------------------------------------------------------------
    def markdown(self) -> str:
        return to_markdown(self.document())

    def set_markdown(self, text: str) -> None:
        load_markdown(self.document(), text)
        self.document().setModified(False)

    # pasting: HTML becomes Markdown, so what is pasted is what can be stored --------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            fragment = QTextDocumentFragment.fromMarkdown(_html_to_markdown(source.html()), READ_FEATURES)
            self.textCursor().insertFragment(fragment)
            return
        if source.hasText():
            self.textCursor().insertText(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter at the end of a heading starts a plain paragraph, as in a word processor."""
        cursor = self.textCursor()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and cursor.blockFormat().headingLevel() \
                and cursor.atBlockEnd() and not cursor.hasSelection():
            block = QTextBlockFormat(cursor.blockFormat())
            block.setHeadingLevel(0)
            plain = QTextCharFormat()
            plain.setFontWeight(QFont.Weight.Normal)
            plain.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            cursor.insertBlock(block, plain)
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(plain)
            event.accept()
            return
        super().keyPressEvent(event)

    # links ---------------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        url = self.anchorAt(event.position().toPoint())
        if url and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.button() == Qt.MouseButton.LeftButton and parse_record_link(url):
            self.linkActivated.emit(url)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        url = self.anchorAt(event.position().toPoint())
        viewport = self.viewport()
        if url:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor
                               if event.modifiers() & Qt.KeyboardModifier.ControlModifier else
                               Qt.CursorShape.IBeamCursor)
            QToolTip.showText(event.globalPosition().toPoint(), self.describe_link(url), viewport)
        else:
            viewport.setCursor(Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def insert_link(self, url: str, text: str) -> None:
        """Link the selection to ``url`` (or insert ``text`` as a link when nothing is selected)."""
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setForeground(QColor(LINK_COLOUR))
        fmt.setFontUnderline(True)
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(text, fmt)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(QTextCharFormat())  # typing on is plain text again

    def remove_link(self) -> None:
        """Unlink the link under the cursor (or in the selection); its text stays."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            href = cursor.charFormat().anchorHref()
            if not href:
                return
            block = cursor.block()
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().anchorHref() == href and \
                        fragment.position() <= cursor.position() <= fragment.position() + fragment.length():
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    break
                it += 1
        fmt = QTextCharFormat()
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.setFontUnderline(False)
        fmt.setForeground(self.palette().text())
        cursor.mergeCharFormat(fmt)

    def current_link(self) -> str:
        return str(self.textCursor().charFormat().anchorHref())

    # formatting ------------------------------------------------------------------------------------
    def toggle_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self.mergeCurrentCharFormat(fmt)

    def set_heading(self, level: int) -> None:
        """Make the paragraphs under the cursor a heading (1-3) or body text (0)."""
        cursor = self.textCursor()
        start, end = sorted((cursor.position(), cursor.anchor()))
        cursor.beginEditBlock()
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            c = QTextCursor(block)
            bf = QTextBlockFormat(block.blockFormat())
            bf.setHeadingLevel(level)
            c.setBlockFormat(bf)
            cf = QTextCharFormat()
            cf.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
            cf.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(level, 0))
            c.select(QTextCursor.SelectionType.BlockUnderCursor)
            c.mergeCharFormat(cf)
            c.mergeBlockCharFormat(cf)
            block = block.next()
        cursor.endEditBlock()

    def heading_level(self) -> int:
        return int(self.textCursor().blockFormat().headingLevel())

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Bullets or numbers for the paragraphs under the cursor; again removes them."""
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for i in reversed(range(current.count())):
                block = current.item(i)
                if cursor.selectionStart() <= block.position() + block.length() and \
                        block.position() <= max(cursor.selectionEnd(), cursor.position()):
                    current.remove(block)
                    bf = QTextBlockFormat(block.blockFormat())
                    bf.setIndent(0)
                    QTextCursor(block).setBlockFormat(bf)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    def list_style(self) -> QTextListFormat.Style | None:
        current = self.textCursor().currentList()
        return current.format().style() if current is not None else None


class FormattingBar(QWidget):
    """Tool buttons for a :class:`MarkdownEdit`; ``linkRequested()`` when the user wants to link
    the selection to a record (the host chooses the record and calls ``insert_link``)."""

    linkRequested = Signal()

    def __init__(self, edit: MarkdownEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.style_combo = QComboBox(self)
        self.style_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.style_combo.activated.connect(lambda i: self._heading(i))
        layout.addWidget(self.style_combo)
        layout.addSpacing(6)
        self.bold = self._button("B", "Ctrl+B", checkable=True)
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        self.bold.toggled.connect(self._bold)
        self.italic = self._button("I", "Ctrl+I", checkable=True)
        font = self.italic.font()
        font.setItalic(True)
        self.italic.setFont(font)
        self.italic.toggled.connect(self._italic)
        layout.addWidget(self.bold)
        layout.addWidget(self.italic)
        layout.addSpacing(6)
        self.bullets = self._button("•", "", checkable=True)
        self.bullets.clicked.connect(lambda: self._list(QTextListFormat.Style.ListDisc))
        self.numbers = self._button("1.", "", checkable=True)
        self.numbers.clicked.connect(lambda: self._list(QTextListFormat.Style.ListDecimal))
        layout.addWidget(self.bullets)
        layout.addWidget(self.numbers)
        layout.addSpacing(6)
        self.link = self._button("", "Ctrl+K")
        self.link.clicked.connect(self.linkRequested.emit)
        self.unlink = self._button("", "")
        self.unlink.clicked.connect(self._unlink)
        layout.addWidget(self.link)
        layout.addWidget(self.unlink)
        layout.addStretch(1)
        self._updating = False
        edit.cursorPositionChanged.connect(self.sync)
        edit.currentCharFormatChanged.connect(lambda _f: self.sync())
        self.retranslate()
        self.sync()

    def _button(self, text: str, shortcut: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(checkable)
        button.setMinimumSize(QSize(28, 26))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if shortcut:
            action = QAction(self.edit)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(button.click)
            self.edit.addAction(action)
        return button

    def retranslate(self) -> None:
        current = max(0, self.style_combo.currentIndex())
        self.style_combo.clear()
        self.style_combo.addItems([self.tr("Paragraph"), self.tr("Heading 1"), self.tr("Heading 2"),
                                   self.tr("Heading 3")])
        self.style_combo.setCurrentIndex(current)
        self.style_combo.setToolTip(self.tr("Paragraph style"))
        self.style_combo.setAccessibleName(self.tr("Paragraph style"))
        self.bold.setToolTip(self.tr("Bold (Ctrl+B)"))
        self.bold.setAccessibleName(self.tr("Bold"))
        self.italic.setToolTip(self.tr("Italics (Ctrl+I)"))
        self.italic.setAccessibleName(self.tr("Italics"))
        self.bullets.setToolTip(self.tr("Bulleted list"))
        self.bullets.setAccessibleName(self.tr("Bulleted list"))
        self.numbers.setToolTip(self.tr("Numbered list"))
        self.numbers.setAccessibleName(self.tr("Numbered list"))
        self.link.setText(self.tr("Link…"))
        self.link.setToolTip(self.tr("Link the selected text to another record (Ctrl+K)"))
        self.unlink.setText(self.tr("Unlink"))
        self.unlink.setToolTip(self.tr("Remove the link under the cursor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync(self) -> None:
        """Show the format at the cursor."""
        self._updating = True
        try:
            fmt = self.edit.currentCharFormat()
            self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
            self.italic.setChecked(fmt.fontItalic())
            self.style_combo.setCurrentIndex(min(3, self.edit.heading_level()))
            style = self.edit.list_style()
            self.bullets.setChecked(style == QTextListFormat.Style.ListDisc)
            self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
            self.unlink.setEnabled(bool(self.edit.current_link()) and not self.edit.isReadOnly())
        finally:
            self._updating = False

    def _heading(self, level: int) -> None:
        self.edit.set_heading(level)
        self.edit.setFocus()

    def _bold(self, on: bool) -> None:
        if not self._updating:
            self.edit.toggle_bold(on)

    def _italic(self, on: bool) -> None:
        if not self._updating:
            self.edit.toggle_italic(on)

    def _list(self, style: QTextListFormat.Style) -> None:
        self.edit.toggle_list(style)
        self.sync()

    def _unlink(self) -> None:
        self.edit.remove_link()
        self.sync()


class MarkdownView(QTextBrowser):
    """Read-only rendering; a click on a record link emits ``linkActivated(url)``. Web links are
    never opened (the workstation is offline): their address shows as a tooltip."""

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeTextDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.highlighted.connect(lambda url: self.setToolTip(url.toString()))

    def set_markdown(self, text: str) -> None:
        load_markdown(self.document(), text)

    def loadResource(self, type: int, name: QUrl) -> object:
        return None

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if parse_record_link(text):
            self.linkActivated.emit(text)


def link_kind(url: str) -> str:
    """"dependency", "option", "web" or ""."""
    parsed = parse_record_link(url)
    if parsed is not None:
        return parsed[0]
    return "web" if is_web_link(url) else ""


# choosing a record to link to ------------------------------------------------------------------


class RecordLinkDialog(QDialog):
    """Pick a dependency or an option to link to: a search field over ``choices``
    ((url, text, detail) triples) and a list."""

    def __init__(self, choices: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordLinkDialog")
        self._choices = choices
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Link to a record"))
        self.search.setPlaceholderText(self.tr("Search dependencies and options"))
        self.search.setAccessibleName(self.tr("Search dependencies and options"))
        self.hint.setText(self.tr("The link opens the record in sdapp (Ctrl+click in the editor)."))
        self.resize(560, 460)
        self._fill("")
        self.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and down in the search field move through the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
        return super().eventFilter(watched, event)

    def _fill(self, text: str) -> None:
        needle = text.strip().casefold()
        self.list.clear()
        for url, title, detail in self._choices:
            if needle and needle not in title.casefold() and needle not in detail.casefold():
                continue
            item = QListWidgetItem(f"{title}\n{detail}" if detail else title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, url)
            item.setData(Qt.ItemDataRole.UserRole + 1, title)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentItem() is not None)

    def chosen(self) -> tuple[str, str] | None:
        """(url, record title) of the chosen record."""
        item = self.list.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), str(item.data(Qt.ItemDataRole.UserRole + 1))
