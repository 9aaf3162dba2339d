"""The whole desktop app driven as a user would (offscreen): create a vault with the wizard,
work in the register, undo, history, auto-lock, unlock, language; and the unlock dialog's
errors, countdown and recovery key, Ctrl+L and lock on minimise."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from sdapp.assets import resource_path
from sdapp.gui.app_setup import install_language
from sdapp.gui.create_wizard import CreateVaultWizard
from sdapp.gui.dependency_editor import TAB_HISTORY, TAB_SUPPLY
from sdapp.gui.main import Launcher
from sdapp.gui.main_window import MainWindow
from sdapp.gui.settings import Preferences
from sdapp.gui.unlock_dialog import UnlockDialog
from sdapp.vault import vault as vault_mod
from sdapp.vault.folder import SLOTS_NAME, STATE_NAME
from sdapp.vault.vault import Vault

pytestmark = pytest.mark.gui

PASSPHRASE = "correct horse battery staple"
DUTCH_QM = resource_path("translations") / "sdapp_nl.qm"


# fixtures and helpers ----------------------------------------------------------------------


@pytest.fixture
def prefs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Preferences]:
    """English interface, settings in a temporary folder; no Dutch translator left behind."""
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    # Widgets earlier tests closed may wait for deletion; a language switch would reach them
    # (pages of a closed vault): delete them first.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    monkeypatch.setenv("SDAPP_SETTINGS_DIR", str(settings_dir))
    install_language("en")
    p = Preferences()
    p.language = "en"
    yield p
    install_language("en")  # removes any Dutch translator a test installed


@pytest.fixture
def open_vault(make_vault: Callable[..., vault_mod.Created]) -> vault_mod.Created:
    return make_vault("flow")


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, open_vault: vault_mod.Created) -> Iterator[MainWindow]:
    w = MainWindow(open_vault.vault, prefs)
    yield w
    dispose(w)


def dispose(window: MainWindow) -> None:
    """Close (locks the vault) and delete at once: a closed window left alive would still get the
    LanguageChange that the prefs fixture's teardown posts, and its pages would query a closed vault."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def choose(combo: QComboBox, slug: str) -> None:
    index = combo.findData(slug)
    assert index >= 0, slug
    combo.setCurrentIndex(index)


def add_record(window: MainWindow, name: str, domain: str, shares: dict[str, float] | None = None) -> str:
    """New dependency through the main window's editor; returns its id."""
    window.new_dependency()
    editor = window.register_page().editor
    editor.name_edit.setText(name)
    choose(editor.kind_combo, "raw-material")
    choose(editor.domain_combo, domain)
    if shares:
        editor.add_stage("processing")
        for country, share in shares.items():
            editor.add_country_row(country, share)
    assert editor.save(), editor.error_messages()
    return editor.current_id()


def answer_unlock_dialog(fill: Callable[[UnlockDialog], None], seen: list[UnlockDialog] | None = None) -> None:
    """When the modal unlock dialog is up, let ``fill`` act as the user, then press Unlock.

    If the dialog never comes, or ``fill`` fails, the dialog is rejected so the test cannot hang.
    """
    tries = [0]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            tries[0] += 1
            if tries[0] < 250:
                QTimer.singleShot(20, attempt)
            return
        if seen is not None:
            seen.append(dialog)
        try:
            fill(dialog)
            if dialog.isVisible():  # ``fill`` may have cancelled
                assert dialog.unlock_button.isEnabled(), dialog.message.text()
                dialog.unlock_button.click()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)


def type_passphrase(passphrase: str) -> Callable[[UnlockDialog], None]:
    def fill(dialog: UnlockDialog) -> None:
        dialog.secret.setFocus()
        dialog.secret.setText(passphrase)

    return fill


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget tree holds: labels, fields, buttons, combo entries, item views."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pages dropped with deleteLater
    texts: list[str] = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(model.rowCount(QModelIndex())):
                c = 0
                while (index := model.index(r, c)).isValid():  # list models hide columnCount
                    texts.append(str(model.data(index) or ""))
                    c += 1
        texts.append(w.toolTip())
        texts.append(w.accessibleName())
    return texts


def switch_language(qtbot: QtBot, window: MainWindow, language: str) -> None:
    window.set_language(language)
    qtbot.wait(1)  # Qt posts the LanguageChange events: deliver them while the vault is still open


def register_names(window: MainWindow) -> list[str]:
    model = window.register_page().view.model
    return [model.row_at(r).name for r in range(model.rowCount())]


# the end-to-end flow ------------------------------------------------------------------------------


def run_wizard(qtbot: QtBot, folder: Path, name: str) -> CreateVaultWizard:
    wizard = CreateVaultWizard(kdf_seconds=0)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.location
    wizard.location.folder.setText(str(folder))
    wizard.location.name.setText(name)
    assert "will be created" in wizard.location.result.text()
    wizard.next()
    assert wizard.currentPage() is wizard.user
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a user name is required
    wizard.user.user.setText("anna")
    choose(wizard.user.ministry, "BZK")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    wizard.passphrase.first.setText("short")
    assert not wizard.passphrase.isComplete()
    assert wizard.passphrase.meter.text().startswith("Too short")
    wizard.passphrase.first.setText(PASSPHRASE)
    wizard.passphrase.second.setText(PASSPHRASE + "x")
    assert wizard.passphrase.hint.text() == "The two passphrases differ."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.passphrase.second.setText(PASSPHRASE)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # the recovery page creates the vault on entry
    assert wizard.currentPage() is wizard.recovery
    assert wizard.created is not None, wizard.recovery.status.text()
    assert wizard.passphrase.first.text() == ""  # not kept in memory once used
    return wizard


def read_recovery_key(wizard: CreateVaultWizard) -> tuple[str, str]:
    """The key as the user reads it off the screen, and the group the wizard asks for."""
    page = wizard.recovery
    groups = page.key_label.text().split()
    assert len(groups) == 9, groups
    assert all(re.fullmatch(r"[0-9A-Z]{4}", g) for g in groups), groups
    number = int(re.search(r"group (\d+)", page.retype_label.text()).group(1))
    return "-".join(groups), groups[number - 1]


def test_end_to_end_flow(qtbot: QtBot, tmp_path: Path, prefs: Preferences) -> None:
    # create a vault with the wizard ------------------------------------------------------------
    wizard = run_wizard(qtbot, tmp_path, "flow")
    recovery_key, group = read_recovery_key(wizard)
    assert recovery_key == wizard.created.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    wrong = "0000" if group != "0000" else "1111"
    wizard.recovery.retype.setText(wrong)
    wizard.recovery.written.setChecked(True)
    assert not finish.isEnabled()
    assert wizard.recovery.error.text() == "That group does not match."
    wizard.recovery.retype.clear()
    qtbot.keyClicks(wizard.recovery.retype, group.lower())  # typed in lower case is fine
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    vault = wizard.created.vault
    assert vault.is_open
    assert vault.path == tmp_path / "flow.sdvault"

    launcher = Launcher(prefs)
    launcher.show_main(vault)
    window = launcher.windows[0]
    assert window.windowTitle() == "sdapp - flow"
    assert prefs.recent_vaults() == [str(vault.path)]
    assert window.user_label.text() == "User: anna (BZK)"
    page = window.register_page()

    # add dependencies through the editor ----------------------------------------------------------
    gallium = add_record(window, "Gallium", "chips", {"CN": 94, "DE": 3})
    editor = page.editor
    assert editor.total_label.text() == "Total: 97 %"
    stored = vault.dependencies.get(gallium)
    assert [(s.stage, [(c.country, c.share) for c in s.shares]) for s in stored.stages] == [
        ("processing", [("CN", 94.0), ("DE", 3.0)])]
    page.request_table()
    assert page.currentWidget() is page.view
    assert page.view.selected_id() == gallium
    lithium = add_record(window, "Lithium carbonate", "energy")
    page.request_table()
    assert sorted(register_names(window)) == ["Gallium", "Lithium carbonate"]

    # filter: search text, then a facet ----------------------------------------------------------
    view = page.view
    qtbot.keyClicks(view.search, "gall")
    qtbot.waitUntil(lambda: register_names(window) == ["Gallium"], timeout=2000)
    assert view.count_label.text() == "1 of 2 dependencies"
    view.clear_filters()
    assert len(register_names(window)) == 2
    view.set_facet("domain", {"energy"})
    assert register_names(window) == ["Lithium carbonate"]
    assert view._facet_buttons["domain"].text() == "Domain (1)"
    view.set_facet("domain", {"energy", "chips"})
    assert len(register_names(window)) == 2
    view.clear_filters()

    # edit, then undo with Ctrl+Z (the window's undo action) ------------------------------------------
    view.select(gallium)
    view.openRequested.emit(gallium)
    assert page.current_record() == gallium
    editor.name_edit.setText("Gallium (refined)")
    assert editor.save()
    assert vault.dependencies.get(gallium).name == "Gallium (refined)"
    page.request_table()
    assert window.act_undo.isEnabled()
    assert QKeySequence("Ctrl+Z") in window.act_undo.shortcuts()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert vault.dependencies.get(gallium).name == "Gallium"
    assert "Gallium" in register_names(window)
    assert window.act_redo.isEnabled()

    # history of the record ----------------------------------------------------------------------
    page.open_record(gallium)
    assert editor.name_edit.text() == "Gallium"
    editor.tabs.setCurrentIndex(TAB_HISTORY)
    revisions = editor.history.revisions()
    assert [r.op for r in revisions] == ["update", "update", "create"]
    assert editor.history.revision_table.rowCount() == 3
    rows = {title: (before, after) for title, before, after in editor.history.diff_rows()}
    assert rows["Name"] == ("Gallium (refined)", "Gallium")
    editor.tabs.setCurrentIndex(TAB_SUPPLY)

    assert "Gallium" in "\n".join(visible_texts(window))  # the check below can see content when it is there

    # auto-lock after a short idle time --------------------------------------------------------------
    QApplication.clipboard().setText("Gallium")
    window.idle.set_minutes(0.01)
    window.idle.start()
    with qtbot.waitSignal(window.lockedChanged, timeout=5000):
        qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    window.idle.set_minutes(10)
    assert not vault.is_open
    assert QApplication.clipboard().text() == ""
    assert window.top_banner.text() == "LOCKED"
    assert window.bottom_banner.text() == "LOCKED"
    assert window.lock_label.text() == "Locked"
    assert window.stack.currentWidget() is window.locked_page
    assert not window.sidebar.isEnabled()
    assert not window.act_undo.isEnabled()  # the undo history held content; it is gone
    texts = "\n".join(visible_texts(window))
    for secret in ("Gallium", "Lithium", "94 %", "Processing"):
        assert secret not in texts
    assert "The vault is locked" in texts

    # unlock again: back to the same section and record ------------------------------------------------
    seen: list[UnlockDialog] = []
    answer_unlock_dialog(type_passphrase(PASSPHRASE), seen)
    assert window.unlock()
    assert len(seen) == 1
    assert seen[0].vault is window.session.vault
    assert not window.is_locked
    assert window.current_section() == "register"
    page = window.register_page()
    assert page.current_record() == gallium
    assert page.editor.name_edit.text() == "Gallium"
    assert window.top_banner.text() != "LOCKED"
    assert window.lock_label.text() == "Unlocked"
    assert not window.act_undo.isEnabled()
    assert window.session.vault.dependencies.get(lithium).name == "Lithium carbonate"

    # language: Dutch labels for reference data, the record stays open; and back to English -----------------
    switch_language(qtbot, window, "nl")
    assert prefs.language == "nl"
    assert window.act_lang_nl.isChecked()
    page = window.register_page()
    assert page.current_record() == gallium
    assert page.editor.kind_combo.currentText() == "Grondstof"
    switch_language(qtbot, window, "en")
    page = window.register_page()
    assert page.current_record() == gallium
    assert page.editor.kind_combo.currentText() == "Raw material"
    assert window.menu_file.title() == "&File"
    assert window.act_lang_en.isChecked()

    window.close()
    assert not window.session.vault.is_open
    dispose(window)


def skip_without_dutch() -> None:
    translator = QTranslator()
    if not (DUTCH_QM.is_file() and translator.load(str(DUTCH_QM)) and not translator.isEmpty()):
        pytest.skip(f"no Dutch translation compiled yet: {DUTCH_QM} is missing or empty (the UI stays English)")


def test_menus_are_dutch_after_switching_language(qtbot: QtBot, window: MainWindow, prefs: Preferences) -> None:
    menus = (window.menu_file, window.menu_edit, window.menu_view, window.menu_settings, window.menu_language)
    english = [m.title() for m in menus]
    assert english == ["&File", "&Edit", "&View", "&Settings", "&Language"]
    skip_without_dutch()
    switch_language(qtbot, window, "nl")
    dutch = [m.title() for m in menus]
    assert all(d and d != e for d, e in zip(dutch, english, strict=True)), dutch
    assert window.menu_file.title().replace("&", "") == "Bestand"
    switch_language(qtbot, window, "en")
    assert [m.title() for m in menus] == english


def test_sidebar_sections_are_dutch(qtbot: QtBot, window: MainWindow, prefs: Preferences) -> None:
    skip_without_dutch()
    switch_language(qtbot, window, "nl")
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Register", "Risicomatrix", "Handelingsopties", "Handelsgegevens", "Stresstest",
                      "Briefings", "Uitwisseling", "Auditlogboek", "Prullenbak"]


def test_register_headers_are_dutch(qtbot: QtBot, window: MainWindow, prefs: Preferences) -> None:
    skip_without_dutch()
    switch_language(qtbot, window, "nl")
    model = window.register_page().view.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Naam", "Soort", "Domein"]
    assert "Herbeoordeling" in headers
    assert "EU-lijsten" in headers


def test_wizard_labels_with_mnemonics_have_buddies(qtbot: QtBot, prefs: Preferences) -> None:
    wizard = CreateVaultWizard(kdf_seconds=0)
    qtbot.addWidget(wizard)
    for page in (wizard.location, wizard.user, wizard.passphrase):
        for label in page.findChildren(QLabel):
            if re.search(r"&\w", label.text()):
                assert label.buddy() is not None, f"{type(page).__name__}: {label.text()!r} shows its '&'"


# unlock dialog ----------------------------------------------------------------------------------------


@pytest.fixture
def closed_vault(open_vault: vault_mod.Created) -> Path:
    open_vault.vault.close(backup=False)
    return open_vault.vault.path


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def make_dialog(qtbot: QtBot, path: Path, clock: Callable[[], float] | None = None) -> UnlockDialog:
    dialog = UnlockDialog(path, clock=clock) if clock else UnlockDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def attempt(dialog: UnlockDialog, secret: str) -> None:
    dialog.secret.setText(secret)
    dialog.unlock_button.click()


def test_unlock_errors_are_distinct(qtbot: QtBot, prefs: Preferences, closed_vault: Path, tmp_path: Path) -> None:
    wrong = make_dialog(qtbot, closed_vault)
    assert wrong.user_combo.currentData() == "anna"
    attempt(wrong, "not the passphrase at all")
    assert wrong.vault is None
    wrong_text = wrong.message.text()
    assert wrong_text == "Wrong passphrase or recovery key. Failed attempts: 1."
    assert wrong.secret.text() == ""

    not_a_vault = tmp_path / "holiday-photos"
    not_a_vault.mkdir()
    (not_a_vault / "beach.jpg").write_bytes(b"\xff\xd8")
    foreign = make_dialog(qtbot, not_a_vault)
    foreign_text = foreign.message.text()
    assert foreign_text == "This folder is not an sdapp vault."
    assert not foreign.unlock_button.isEnabled()

    slots = closed_vault / SLOTS_NAME
    data = json.loads(slots.read_text(encoding="utf-8"))
    data["slots"][0]["user"] = "mallory"  # edited by hand: the checksum no longer matches
    slots.write_text(json.dumps(data), encoding="utf-8")
    damaged = make_dialog(qtbot, closed_vault)
    damaged_text = damaged.message.text()
    assert damaged_text.startswith("The vault is damaged or was altered:")
    assert "checksum" in damaged_text
    assert not damaged.unlock_button.isEnabled()
    assert damaged.user_combo.count() == 0

    slots.write_bytes(b'{"format": ')  # truncated
    assert "not readable JSON" in make_dialog(qtbot, closed_vault).message.text()
    assert len({wrong_text, foreign_text, damaged_text}) == 3


def test_countdown_and_failed_attempts(qtbot: QtBot, prefs: Preferences, closed_vault: Path) -> None:
    clock = FakeClock()
    dialog = make_dialog(qtbot, closed_vault, clock)
    assert dialog.attempts.text() == ""
    assert dialog.countdown.text() == ""
    attempt(dialog, "wrong one")
    assert dialog.countdown.text() == "Next attempt possible in 1 s"
    assert not dialog.unlock_button.isEnabled()
    assert dialog.attempts.text() == "1 failed unlock attempt since the last successful unlock."
    clock.now += 1.01
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)  # the dialog's own timer ticks
    assert dialog.countdown.text() == ""
    attempt(dialog, "wrong two")
    assert dialog.message.text() == "Wrong passphrase or recovery key. Failed attempts: 2."
    assert dialog.countdown.text() == "Next attempt possible in 2 s"
    clock.now += 1
    qtbot.waitUntil(lambda: dialog.countdown.text() == "Next attempt possible in 1 s", timeout=2000)
    assert not dialog.unlock_button.isEnabled()
    dialog.close()

    # a later dialog (another user, another day) shows the failures and the running countdown
    later = make_dialog(qtbot, closed_vault, clock)
    assert later.attempts.text() == "2 failed unlock attempts since the last successful unlock."
    assert later.countdown.text() == "Next attempt possible in 1 s"
    assert not later.unlock_button.isEnabled()
    clock.now += 1
    later._tick()
    assert later.unlock_button.isEnabled()
    attempt(later, PASSPHRASE)
    assert later.result() == UnlockDialog.DialogCode.Accepted
    assert later.vault is not None
    assert later.vault.failures_before_unlock == 2
    actions = [e.action for e in later.vault.audit.entries(limit=10)]
    assert "unlock-failed" in actions
    later.vault.close(backup=False)
    assert make_dialog(qtbot, closed_vault, clock).attempts.text() == ""  # reset by the success
    assert json.loads((closed_vault / STATE_NAME).read_text())["failures"] == 0


def test_recovery_key_unlocks(qtbot: QtBot, window: MainWindow, open_vault: vault_mod.Created) -> None:
    dep_id = add_record(window, "Penicillin API", "medicines")
    window.lock()
    assert window.is_locked

    def use_recovery_key(dialog: UnlockDialog) -> None:
        dialog.recovery_radio.click()
        assert not dialog.user_combo.isEnabled()
        assert dialog.secret.echoMode() == QLineEdit.EchoMode.Normal
        assert dialog.secret_label.text() == "Recovery &key"
        dialog.secret.setText(open_vault.recovery_key.lower())

    answer_unlock_dialog(use_recovery_key)
    assert window.unlock()
    assert not window.is_locked
    assert window.register_page().current_record() == dep_id


def test_unlock_dialog_cancel_keeps_window_locked(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()

    def cancel(dialog: UnlockDialog) -> None:
        dialog.reject()

    answer_unlock_dialog(cancel)
    assert not window.unlock()
    assert window.is_locked
    assert window.top_banner.text() == "LOCKED"


# locking ------------------------------------------------------------------------------------------------


def test_ctrl_l_locks(qtbot: QtBot, window: MainWindow) -> None:
    add_record(window, "Gallium", "chips")
    window.show_section("audit")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert not window.act_lock.isEnabled()
    assert "Gallium" not in "\n".join(visible_texts(window))
    answer_unlock_dialog(type_passphrase(PASSPHRASE))
    window.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=5000)
    assert window.current_section() == "audit"


def test_lock_on_minimise_only_when_chosen(qtbot: QtBot, window: MainWindow, prefs: Preferences) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert not window.act_lock_minimise.isChecked()
    window.showMinimized()
    assert not window.is_locked
    window.showNormal()
    window.act_lock_minimise.trigger()
    assert prefs.lock_on_minimise
    assert Preferences().lock_on_minimise  # stored
    window.showMinimized()
    assert window.is_locked
    assert window.top_banner.text() == "LOCKED"


def test_idle_input_postpones_auto_lock(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.idle.set_minutes(0.005)  # 300 ms
    window.idle.start()
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)  # any key restarts the countdown
    assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)


# things that go wrong today ----------------------------------------------------------------------------


def test_language_switch_keeps_unsaved_edits(qtbot: QtBot, window: MainWindow) -> None:
    dep_id = add_record(window, "Gallium", "chips")
    editor = window.register_page().editor
    editor.description_edit.setPlainText("Two hours of careful analysis")
    assert editor.is_dirty()
    switch_language(qtbot, window, "nl")
    editor = window.register_page().editor
    assert window.register_page().current_record() == dep_id
    assert editor.description_edit.toPlainText() == "Two hours of careful analysis"


def test_auto_lock_closes_a_pending_confirmation(qtbot: QtBot, window: MainWindow) -> None:
    add_record(window, "Gallium", "chips")
    window.show()
    window.idle.set_minutes(0.005)  # 300 ms
    seen: dict[str, object] = {}

    def when_asked(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 250:
                QTimer.singleShot(20, lambda: when_asked(tries + 1))
            return
        seen["question"] = box.text()
        window.idle.start()  # the user walks away with the question on screen

    QTimer.singleShot(0, when_asked)
    window.delete_selected()  # returns once the lock closed the question (as if cancelled)
    assert seen["question"] == "Move Gallium to the bin?"
    assert window.is_locked
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_resume_with_returns_to_the_bin(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    dep_id = add_record(window, "Gallium", "chips")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_selected()
    window.show_section("bin")
    assert window.current_section() == "bin"
    window.lock()
    window.resume_with(Vault.unlock(window.vault_path, window._ref, passphrase=PASSPHRASE))
    assert window.current_section() == "bin"
    assert window.stack.currentWidget() is window._pages["bin"]
    assert window._pages["bin"].dependencies.ids() == [dep_id]
