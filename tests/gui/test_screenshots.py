"""Screenshots of every main view and dialog, on the demo vault, for review by eye.

Written to screenshots/ (git-ignored). Main windows at 1280x800 (the register also at
1920x1080); dialogs at the size Qt gives them when shown, which is what users see. Each
file is checked to exist, to have that size and not to be blank.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sdapp.assets import load_reference
from sdapp.demo import DEMO_PASSPHRASE, ensure_demo_vault
from sdapp.gui.app_setup import install_language
from sdapp.gui.create_wizard import CreateVaultWizard
from sdapp.gui.dependency_editor import TAB_CRITICALITY, TAB_GENERAL, TAB_HISTORY, TAB_SUPPLY
from sdapp.gui.main_window import MainWindow
from sdapp.gui.settings import Preferences
from sdapp.gui.unlock_dialog import UnlockDialog
from sdapp.gui.welcome import WelcomeWindow
from sdapp.vault.vault import Vault

pytestmark = pytest.mark.gui

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SMALL = (1280, 800)
LARGE = (1920, 1080)
EDITED = "Zonnepanelen (polysilicium, wafers en modules)"


def distinct_colours(image: QImage) -> int:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    return len(set(memoryview(rgb.constBits()).cast("I")))


def shoot(widget: QWidget, name: str, size: tuple[int, int] | None = None, min_colours: int = 40) -> Path:
    """Show, let layouts settle, grab, save; then check the file as a reviewer would first."""
    SCREENSHOTS.mkdir(exist_ok=True)
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    expected = (widget.width(), widget.height())
    if size is not None:
        assert expected == size
    assert expected[0] >= widget.minimumWidth()
    assert expected[1] >= widget.minimumHeight()
    path = SCREENSHOTS / name
    path.unlink(missing_ok=True)
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == expected, path
    colours = distinct_colours(image)
    assert colours > min_colours, f"{path.name} looks blank: {colours} colours"
    return path


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, made = ensure_demo_vault(tmp_path_factory.mktemp("shots") / "demo")
    assert made
    return path


@pytest.fixture
def prefs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Preferences]:
    # Widgets earlier tests closed may wait for deletion; a language switch would reach them
    # (pages of a closed vault): delete them first.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    monkeypatch.setenv("SDAPP_SETTINGS_DIR", str(tmp_path))
    install_language("en")
    p = Preferences()
    p.language = "en"
    yield p
    install_language("en")


@pytest.fixture
def open_window(prefs: Preferences, demo_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Main windows on the demo vault; closed (vault locked) and deleted at teardown."""
    made: list[MainWindow] = []

    def factory() -> MainWindow:
        vault = Vault.unlock(demo_path, load_reference(), passphrase=DEMO_PASSPHRASE)
        window = MainWindow(vault, prefs)
        window.idle.stop()
        made.append(window)
        return window

    yield factory
    for window in made:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_record(window: MainWindow, name: str) -> str:
    view = window.register_page().view
    ids = [view.model.row_at(r).id for r in range(view.model.rowCount()) if view.model.row_at(r).name == name]
    assert len(ids) == 1, name
    view.select(ids[0])
    window.register_page().open_record(ids[0])
    return ids[0]


# the welcome window and the dialogs --------------------------------------------------------------


def test_welcome(qtbot: QtBot, prefs: Preferences, demo_path: Path) -> None:
    prefs.add_recent(str(demo_path))
    welcome = WelcomeWindow(prefs)
    qtbot.addWidget(welcome)
    shoot(welcome, "01_welcome_default_size.png")
    shoot(welcome, "01_welcome.png", SMALL)
    welcome.language.setCurrentIndex(0)  # Nederlands
    shoot(welcome, "01_welcome_nl.png")
    welcome.language.setCurrentIndex(1)


def test_create_02_wizard_pages(qtbot: QtBot, prefs: Preferences, tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    wizard = CreateVaultWizard(kdf_seconds=0)
    qtbot.addWidget(wizard)
    wizard.location.folder.setText(str(documents))
    wizard.location.name.setText("strategische-afhankelijkheden")
    shoot(wizard, "02_wizard_1_location.png")
    wizard.next()
    wizard.user.user.setText("Anna de Vries")
    shoot(wizard, "02_wizard_2_user.png")
    wizard.next()
    wizard.passphrase.first.setText("paard batterij nietje correct")
    wizard.passphrase.second.setText("paard batterij nietje")
    shoot(wizard, "02_wizard_3_passphrase_mismatch.png")
    wizard.passphrase.second.setText("paard batterij nietje correct")
    shoot(wizard, "02_wizard_3_passphrase.png")
    wizard.next()
    assert wizard.created is not None
    wizard.recovery.written.setChecked(True)
    wizard.recovery.retype.setText("ABCD")
    shoot(wizard, "02_wizard_4_recovery_key.png")
    wizard.reject()  # closes the new vault


def test_unlock_dialog(qtbot: QtBot, prefs: Preferences, tmp_path: Path, demo_path: Path) -> None:
    normal = UnlockDialog(demo_path)
    qtbot.addWidget(normal)
    shoot(normal, "03_unlock.png")

    now = [1_800_000_000.0]
    failing = UnlockDialog(demo_path, clock=lambda: now[0])
    qtbot.addWidget(failing)
    for _ in range(3):
        failing.secret.setText("wrong guess")
        failing.try_unlock()
        now[0] += 60  # past the delay, so the next attempt is allowed
    now[0] -= 60
    failing._tick()
    assert failing.countdown.text() == "Next attempt possible in 4 s"
    shoot(failing, "03_unlock_wrong_passphrase_countdown.png")

    later = UnlockDialog(demo_path, clock=lambda: now[0] + 1)
    qtbot.addWidget(later)
    assert "3 failed" in later.attempts.text()
    shoot(later, "03_unlock_after_failed_attempts.png")
    now[0] += 60
    ok = UnlockDialog(demo_path, clock=lambda: now[0])
    qtbot.addWidget(ok)
    ok.secret.setText(DEMO_PASSPHRASE)
    ok.try_unlock()
    assert ok.vault is not None
    ok.vault.close(backup=False)

    recovery = UnlockDialog(demo_path)
    qtbot.addWidget(recovery)
    recovery.recovery_radio.click()
    shoot(recovery, "03_unlock_recovery_key.png")

    not_a_vault = tmp_path / "Downloads"
    not_a_vault.mkdir()
    foreign = UnlockDialog(not_a_vault)
    qtbot.addWidget(foreign)
    shoot(foreign, "03_unlock_not_a_vault.png")


# the main window ------------------------------------------------------------------------------------


def test_register(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    assert window.register_page().view.model.total() == 45
    shoot(window, "04_register_en.png", SMALL)
    shoot(window, "04_register_en_1920x1080.png", LARGE)
    window.set_language("nl")
    qtbot.wait(1)
    shoot(window, "04_register_nl.png", SMALL)
    shoot(window, "04_register_nl_1920x1080.png", LARGE)
    window.set_language("en")
    qtbot.wait(1)


def test_register_filtered(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    view = window.register_page().view
    qtbot.keyClicks(view.search, "lithium")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < view.model.total(), timeout=2000)
    assert any(view.model.row_at(r).name.startswith("Lithium") for r in range(view.model.rowCount()))
    shoot(window, "04_register_filtered_search.png", SMALL)
    view.clear_filters()
    view.set_facet("domain", {"energy", "medicines"})
    view.set_facet("classification", {"dep-vertrouwelijk"})
    assert 0 < view.model.rowCount() < 45
    shoot(window, "04_register_filtered_facets.png", SMALL)
    view._facet_buttons["domain"].menu().aboutToShow.emit()  # fill the facet menu as a click would


def test_editor_tabs_and_history(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    open_record(window, EDITED)
    editor = window.register_page().editor
    for tab, name in ((TAB_GENERAL, "editor_general"), (TAB_SUPPLY, "editor_supply_chain"),
                      (TAB_CRITICALITY, "editor_criticality")):
        editor.tabs.setCurrentIndex(tab)
        shoot(window, f"05_main_{name}.png", SMALL)
    editor.tabs.setCurrentIndex(TAB_GENERAL)
    editor.contact_edit.setText("Team Energiezekerheid, DG Klimaat en Energie")
    editor.select_stage(editor.stage_slugs()[0])
    editor.add_country_row("IT", 0.5)
    assert editor.save(), editor.error_messages()
    editor.tabs.setCurrentIndex(TAB_HISTORY)
    assert len(editor.history.revisions()) == 2
    shoot(window, "05_main_editor_history.png", SMALL)
    window.set_language("nl")
    qtbot.wait(1)
    window.register_page().editor.tabs.setCurrentIndex(TAB_SUPPLY)
    shoot(window, "05_main_editor_supply_chain_nl.png", SMALL)
    window.set_language("en")
    qtbot.wait(1)


def test_bin_audit_and_locked(qtbot: QtBot, open_window: Callable[[], MainWindow],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for name in ("Helium", "Zeecontainers"):
        open_record(window, name)
        window.delete_selected()
    window.show_section("bin")
    bin_view = window._pages["bin"]
    assert len(bin_view.dependencies.ids()) == 2
    bin_view.dependencies.select(bin_view.dependencies.ids()[0])
    shoot(window, "06_main_bin.png", SMALL)
    window.show_section("audit")
    window._pages["audit"].verify()
    shoot(window, "07_main_audit_log.png", SMALL)
    for dep_id in bin_view.dependencies.ids():  # leave the module's demo vault as it was
        window.session.restore_from_bin(dep_id)
    window.sidebar.setCurrentRow(0)
    window.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shoot(window, "08_main_locked.png", SMALL, min_colours=20)
