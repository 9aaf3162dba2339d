"""The main window: sidebar of sections, classification banners, menus, locking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sdapp.core.classification import highest_level
from sdapp.gui.app_setup import icon, install_language
from sdapp.gui.audit_view import AuditView
from sdapp.gui.banner import ClassificationBanner
from sdapp.gui.bin_view import BinView
from sdapp.gui.dependency_editor import DependencyEditor
from sdapp.gui.idle import IdleWatcher
from sdapp.gui.labels import Labels
from sdapp.gui.matrix_view import RiskMatrixView
from sdapp.gui.options_overview import OptionsOverview
from sdapp.gui.packs_page import PacksPage
from sdapp.gui.register_view import RegisterView
from sdapp.gui.risk_settings_dialog import RiskSettingsDialog
from sdapp.gui.session import Session
from sdapp.gui.settings import Preferences
from sdapp.gui.unlock_dialog import UnlockDialog
from sdapp.vault.errors import VaultError
from sdapp.vault.vault import Vault


@dataclass(frozen=True)
class Section:
    """A sidebar entry. Other features plug in by adding one to :data:`SECTIONS`."""

    key: str
    title: Callable[[QWidget], str]
    icon: str
    build: Callable[[MainWindow], QWidget]


class RegisterPage(QStackedWidget):
    """The register table, and the editor of one record on top of it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.view = RegisterView(window.session, window.labels, window.prefs, self)
        self.editor = DependencyEditor(window.session, window.labels, self)
        self.editor_page = QWidget(self)
        back = QPushButton(self.editor_page)
        back.setFlat(True)
        back.setShortcut(QKeySequence("Alt+Left"))
        back.clicked.connect(self.request_table)
        self.back_button = back
        self.retranslate()
        page_layout = QVBoxLayout(self.editor_page)
        page_layout.setContentsMargins(4, 4, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        page_layout.addWidget(self.editor, 1)
        self.addWidget(self.view)
        self.addWidget(self.editor_page)
        self.view.openRequested.connect(self.open_record)
        self.view.levelsChanged.connect(window.update_banner)
        self.editor.closed.connect(self.show_table)
        self.editor.levelChanged.connect(window.update_banner)
        self.editor.saved.connect(lambda dep_id: self.view.select(dep_id))
        self.editor.options.openRecordRequested.connect(window.follow_link)

    def open_record(self, dep_id: str | None) -> None:
        self.editor.load(dep_id)
        self.setCurrentWidget(self.editor_page)
        self.window_.update_banner()

    def request_table(self) -> None:
        """Leave the editor, asking about unsaved edits first (the editor decides)."""
        if self.editor.request_close():
            self.show_table()

    def show_table(self) -> None:
        self.setCurrentWidget(self.view)
        self.view.table.setFocus()
        self.window_.update_banner()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the register"))
        self.back_button.setToolTip(self.tr("Back to the register (Alt+Left)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: Labels) -> None:
        self.view.set_labels(labels)
        self.editor.set_labels(labels)

    def shutdown(self) -> None:
        """Stop background work before the session closes (lock, language switch)."""
        self.view.shutdown()

    def current_record(self) -> str | None:
        if self.currentWidget() is self.editor_page:
            return self.editor.current_id() if not self.editor.is_new() else None
        return None

    def displayed_levels(self) -> set[str]:
        if self.currentWidget() is self.editor_page:
            return {self.editor.displayed_level()}
        return self.view.displayed_levels()


def _matrix_page(window: MainWindow) -> RiskMatrixView:
    """The risk matrix section; a click on a point opens the record in the register's editor."""
    view = RiskMatrixView(window.session, window.labels, window)
    view.openRequested.connect(window.open_dependency)
    view.levelsChanged.connect(window.update_banner)
    return view


def _options_page(window: MainWindow) -> OptionsOverview:
    """All action options of the register; opening one shows it in its dependency's Options tab."""
    view = OptionsOverview(window.session, window.labels, window)
    view.openRequested.connect(window.open_option)
    view.levelsChanged.connect(window.update_banner)
    return view


def _exchange_page(window: MainWindow) -> QWidget:
    """The Exchange section (issue 8), imported when first shown."""
    from sdapp.gui.exchange_view import ExchangeView

    return ExchangeView.for_window(window)


def _trade_page(window: MainWindow) -> QWidget:
    """Trade data (issue 6), imported when first shown: pandas loads only then."""
    from sdapp.gui.trade_view import TradeView

    view = TradeView(window.session, window.labels, window)
    view.openRequested.connect(window.open_dependency)
    view.levelsChanged.connect(window.update_banner)
    return view


def _stress_page(window: MainWindow) -> QWidget:
    """Stress tests (issue 6), imported when first shown."""
    from sdapp.gui.stress_view import StressView

    view = StressView(window.session, window.labels, window)
    view.openRequested.connect(window.open_dependency)
    view.levelsChanged.connect(window.update_banner)
    return view


SECTIONS: list[Section] = [  # in the order of the work: record, assess, act, evidence, report, share
    Section("register", lambda w: QCoreApplication.translate("MainWindow", "Register"), "register",
            lambda mw: RegisterPage(mw)),
    Section("matrix", lambda w: QCoreApplication.translate("MainWindow", "Risk matrix"), "matrix", _matrix_page),
    Section("options", lambda w: QCoreApplication.translate("MainWindow", "Action options"), "options",
            _options_page),
    Section("trade", lambda w: QCoreApplication.translate("MainWindow", "Trade data"), "trade", _trade_page),
    Section("stress", lambda w: QCoreApplication.translate("MainWindow", "Stress test"), "stress", _stress_page),
    Section("packs", lambda w: QCoreApplication.translate("MainWindow", "Briefings"), "packs", PacksPage.for_window),
    Section("exchange", lambda w: QCoreApplication.translate("MainWindow", "Exchange"), "exchange", _exchange_page),
    Section("audit", lambda w: QCoreApplication.translate("MainWindow", "Audit log"), "audit",
            lambda mw: AuditView(mw.session, mw)),
    Section("bin", lambda w: QCoreApplication.translate("MainWindow", "Bin"), "bin",
            lambda mw: BinView(mw.session, mw.labels, mw)),
]


def _close_dialogs_over(window: QWidget) -> None:
    """Locking hides content: dialogs open over the window (a delete question naming a record,
    a file chooser) are closed too, and their callers see them as cancelled."""
    for _ in range(10):  # nested modals close innermost first
        modal = QApplication.activeModalWidget()
        if modal is None or modal is window:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()


class MainWindow(QMainWindow):
    lockedChanged = Signal(bool)

    def __init__(self, vault: Vault, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.prefs = prefs or Preferences()
        self.vault_path: Path = vault.path
        self.vault_name = vault.name
        self.session: Session = Session(vault, self)
        self.labels = Labels(vault.ref, self.prefs.language)
        self._ref = vault.ref
        self._pages: dict[str, QWidget] = {}
        self._resume: tuple[str, str | None] = ("register", None)
        self.resize(1280, 800)
        self.setWindowIcon(icon("app"))

        self.top_banner = ClassificationBanner(self)
        self.bottom_banner = ClassificationBanner(self)
        self.sidebar = QListWidget(self)
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(self.sidebar.iconSize() * 1.4)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.stack = QStackedWidget(self)
        self.locked_page = self._build_locked_page()
        self.stack.addWidget(self.locked_page)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.bottom_banner)
        self.setCentralWidget(central)

        self.user_label = QLabel(self)
        self.vault_label = QLabel(self)
        self.lock_label = QLabel(self)
        for w in (self.user_label, self.vault_label):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self.lock_label)

        self._build_actions()
        self.idle = IdleWatcher(self.prefs.idle_minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._build_pages()
        self.retranslate()
        self.idle.start()

    # construction --------------------------------------------------------------------
    def _build_locked_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.locked_text = QLabel(page)
        self.locked_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_text.setStyleSheet("font-size: 16pt; color: #455a64;")
        self.unlock_button = QPushButton(page)
        self.unlock_button.setIcon(icon("lock"))
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.locked_text)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.new_dependency, QKeySequence.StandardKey.New, "add")
        self.act_delete = self._action(self.delete_selected, QKeySequence.StandardKey.Delete, "delete")
        self.act_undo = self._action(lambda: self.session.undo_stack.undo(), QKeySequence.StandardKey.Undo, "undo")
        self.act_redo = self._action(lambda: self.session.undo_stack.redo(), QKeySequence.StandardKey.Redo, "redo")
        self.act_find = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.act_lock = self._action(self.lock, "Ctrl+L", "lock")
        self.act_backup = self._action(self.backup_to)
        self.act_open_pack = self._action(lambda: self.open_pack_file(None), "Ctrl+Shift+O")
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_lang_nl = self._action(lambda: self.set_language("nl"))
        self.act_lang_en = self._action(lambda: self.set_language("en"))
        for a in (self.act_lang_nl, self.act_lang_en):
            a.setCheckable(True)
        self.act_idle = self._action(self.choose_idle_minutes)
        self.act_lock_minimise = self._action(self._toggle_lock_on_minimise)
        self.act_lock_minimise.setCheckable(True)
        self.act_lock_minimise.setChecked(self.prefs.lock_on_minimise)
        self.act_risk_settings = self._action(self.edit_risk_settings)
        self.act_about = self._action(self.about)
        self.section_actions = [self._action(lambda i=i: self.sidebar.setCurrentRow(i), f"Ctrl+{i + 1}")
                                for i in range(len(SECTIONS))]

        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_new, self.act_delete, None, self.act_undo, self.act_redo, None, self.act_lock):
            if a is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(a)

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_open_pack, self.act_backup])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_lock, self.act_quit])
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo, self.act_delete, self.act_find])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(self.section_actions)
        self.menu_settings = bar.addMenu("")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addActions([self.act_lang_nl, self.act_lang_en])
        self.menu_settings.addActions([self.act_idle, self.act_lock_minimise])
        self.menu_settings.addSeparator()
        self.menu_settings.addAction(self.act_risk_settings)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)
        self.session_undo_connections()

    def session_undo_connections(self) -> None:
        stack = self.session.undo_stack
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())

    def _page(self, key: str) -> QWidget:
        """The page of a section, built the first time it is shown: unlocking does not pay for
        sections the user may never open (the matrix reads every assessment)."""
        page = self._pages.get(key)
        if page is None:
            section = next(s for s in SECTIONS if s.key == key)
            page = self._pages[key] = section.build(self)
            self.stack.addWidget(page)
        return page

    def _build_pages(self) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for section in SECTIONS:
            item = QListWidgetItem(icon(section.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sidebar.addItem(item)
        self.sidebar.blockSignals(False)
        self.sidebar.setEnabled(True)
        key, record = self._resume
        keys = [s.key for s in SECTIONS]
        self.sidebar.setCurrentRow(keys.index(key) if key in keys else 0)
        self._section_changed(self.sidebar.currentRow())
        if record:
            page = self.register_page()
            try:
                page.open_record(record)
            except VaultError:
                page.show_table()

    def _drop_pages(self) -> None:
        for page in self._pages.values():
            shutdown = getattr(page, "shutdown", None)
            if shutdown is not None:
                shutdown()
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    # texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sdapp - %1").replace("%1", self.vault_name))
        self.act_new.setText(self.tr("&New dependency"))
        self.act_delete.setText(self.tr("&Delete"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.act_find.setText(self.tr("&Find"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_backup.setText(self.tr("&Back up to…"))
        self.act_open_pack.setText(self.tr("Open a received &pack…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_lang_nl.setText("Nederlands")
        self.act_lang_en.setText("English")
        self.act_lang_nl.setChecked(self.prefs.language == "nl")
        self.act_lang_en.setChecked(self.prefs.language == "en")
        self.act_idle.setText(self.tr("Auto-lock after…"))
        self.act_lock_minimise.setText(self.tr("Lock when minimised"))
        self.act_risk_settings.setText(self.tr("Risk matrix and rules…"))
        self.act_about.setText(self.tr("&About sdapp"))
        for i, section in enumerate(SECTIONS):
            self.section_actions[i].setText(section.title(self))
            item = self.sidebar.item(i)
            if item is not None:
                item.setText(section.title(self))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.locked_text.setText(self.tr("The vault is locked. Its content is hidden."))
        self.unlock_button.setText(self.tr("&Unlock…"))
        self._update_status()

    def _update_status(self) -> None:
        if self.is_locked:
            self.user_label.setText("")
            self.lock_label.setText(self.tr("Locked"))
        else:
            actor = self.session.vault.actor
            self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", actor.user)
                                    .replace("%2", actor.department or "-"))
            self.lock_label.setText(self.tr("Unlocked"))
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", self.vault_name))

    # sections and banners ---------------------------------------------------------------
    def _section_changed(self, row: int) -> None:
        if self.is_locked or row < 0:
            return
        key = SECTIONS[row].key
        self.stack.setCurrentWidget(self._page(key))
        self.act_new.setEnabled(key == "register")
        self.act_delete.setEnabled(key == "register")
        self.update_banner()

    def show_section(self, key: str) -> None:
        """Switch the sidebar to the section with this key (see :data:`SECTIONS`)."""
        self.sidebar.setCurrentRow([s.key for s in SECTIONS].index(key))

    def current_section(self) -> str:
        row = self.sidebar.currentRow()
        return SECTIONS[row].key if 0 <= row < len(SECTIONS) else "register"

    def update_banner(self) -> None:
        if self.is_locked:
            self.top_banner.show_level(None)
            self.bottom_banner.show_level(None)
            return
        page = self._pages.get(self.current_section())
        levels: set[str] = getattr(page, "displayed_levels", lambda: set())()
        level = highest_level(levels, self._ref)
        self.top_banner.show_level(level)
        self.bottom_banner.show_level(level)

    @property
    def is_locked(self) -> bool:
        return not self.session.vault.is_open

    def register_page(self) -> RegisterPage:
        page = self._page("register")
        assert isinstance(page, RegisterPage)
        return page

    # commands ------------------------------------------------------------------------------
    def new_dependency(self) -> None:
        self.sidebar.setCurrentRow(0)
        self.register_page().open_record(None)

    def open_dependency(self, dep_id: str) -> None:
        """Show ``dep_id`` in the register's editor (from the risk matrix), asking about unsaved edits."""
        page = self.register_page()
        if page.currentWidget() is page.editor_page and page.editor.current_id() != dep_id \
                and not page.editor.request_close():
            return
        self.sidebar.setCurrentRow([s.key for s in SECTIONS].index("register"))
        if page.currentWidget() is not page.editor_page or page.editor.current_id() != dep_id:
            page.open_record(dep_id)

    def open_option(self, dep_id: str, option_id: str) -> None:
        """Show an action option in its dependency's Options tab."""
        self.open_dependency(dep_id)
        page = self.register_page()
        if page.currentWidget() is page.editor_page and page.editor.current_id() == dep_id:
            page.editor.show_option(option_id)

    def open_pack_file(self, path: Path | None) -> None:
        """Open a received pack in the Briefings section (``None``: choose the file first); the
        file manager's "open with sdapp" of a ``.sdpack`` ends here once a vault is unlocked."""
        if self.is_locked:
            return
        self.show_section("packs")
        page = self._page("packs")
        assert isinstance(page, PacksPage)
        dialog = page.open_pack(choose=path is None)
        if path is not None:
            dialog.load(path)

    def follow_link(self, kind: str, record_id: str) -> None:
        """Follow a record link from an option's text (``sdapp:dependency/<id>``, ``sdapp:option/<id>``)."""
        if self.is_locked:
            return
        try:
            if kind == "option":
                self.open_option(self.session.vault.options.get(record_id).dependency_id, record_id)
            else:
                self.session.vault.dependencies.get(record_id)
                self.open_dependency(record_id)
        except VaultError:
            QMessageBox.information(self, self.tr("Link"), self.tr("The linked record no longer exists."))

    def delete_selected(self) -> None:
        page = self.register_page()
        dep_id = page.current_record() or page.view.selected_id()
        if not dep_id:
            return
        name = self.session.vault.dependencies.get(dep_id).name
        answer = QMessageBox.question(self, self.tr("Delete"),
                                      self.tr("Move %1 to the bin?").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes and not self.is_locked:
            self.session.delete_dependency(dep_id)
            page.show_table()

    def focus_search(self) -> None:
        self.sidebar.setCurrentRow(0)
        page = self.register_page()
        page.show_table()
        page.view.search.setFocus()
        page.view.search.selectAll()

    def backup_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up the vault to…"))
        if not folder:
            return
        try:
            target = self.session.vault.backup_to(Path(folder))
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))
            return
        QMessageBox.information(self, self.tr("Backup written"), str(target))

    def choose_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(self, self.tr("Auto-lock"), self.tr("Lock after this many idle minutes:"),
                                          int(self.prefs.idle_minutes), 1, 240)
        if ok:
            self.prefs.idle_minutes = minutes
            self.idle.set_minutes(minutes)
            self.idle.start()

    def edit_risk_settings(self) -> None:
        """The risk matrix (saved as a new version) and the likelihood rules of this vault."""
        if self.is_locked:
            return
        dialog = RiskSettingsDialog(self.session, self.labels, self)
        dialog.exec()
        dialog.deleteLater()

    def _toggle_lock_on_minimise(self) -> None:
        self.prefs.lock_on_minimise = self.act_lock_minimise.isChecked()

    def about(self) -> None:
        from sdapp import __version__

        QMessageBox.about(self, self.tr("About sdapp"),
                          self.tr("sdapp %1\nRegister of risky strategic dependencies.\n"
                                  "Works offline; the register is encrypted on disk.").replace("%1", __version__))

    def set_language(self, language: str) -> None:
        if language == self.prefs.language:
            self.retranslate()
            return
        self.prefs.language = language
        install_language(language)
        self.labels = Labels(self._ref, language)
        if not self.is_locked:
            # Relabel in place: rebuilding would throw away unsaved edits in the open record.
            for page in self._pages.values():
                set_labels = getattr(page, "set_labels", None)
                if set_labels is not None:
                    set_labels(self.labels)
        self.retranslate()
        self.update_banner()

    def _open_record(self) -> str | None:
        page = self._pages.get("register")
        return page.current_record() if isinstance(page, RegisterPage) else None

    # locking ----------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the database, drop keys and undo history, hide every page."""
        if self.is_locked:
            return
        self.idle.stop()
        _close_dialogs_over(self)
        self._resume = (self.current_section(), self._open_record())
        self._drop_pages()
        self.session.close()
        self.sidebar.setEnabled(False)
        self.stack.setCurrentWidget(self.locked_page)
        for a in (self.act_new, self.act_delete, self.act_undo, self.act_redo, self.act_lock, self.act_backup,
                  self.act_risk_settings, self.act_open_pack):
            a.setEnabled(False)
        self.update_banner()
        self._update_status()
        QApplication.clipboard().clear()
        self.lockedChanged.emit(True)

    def unlock(self) -> bool:
        dialog = UnlockDialog(self.vault_path, self)
        if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.vault is None:
            return False
        self.resume_with(dialog.vault)
        return True

    def resume_with(self, vault: Vault) -> None:
        """After unlock: a fresh session, the same section and record as before the lock."""
        self.session = Session(vault, self)
        self.session_undo_connections()
        for a in (self.act_new, self.act_delete, self.act_lock, self.act_backup, self.act_risk_settings,
                  self.act_open_pack):
            a.setEnabled(True)
        self._build_pages()
        self._update_status()
        self.idle.start()
        self.lockedChanged.emit(False)

    # window events ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() and self.prefs.lock_on_minimise:
            self.lock()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        if not self.is_locked:
            self.session.close()
        self.prefs.sync()
        event.accept()
