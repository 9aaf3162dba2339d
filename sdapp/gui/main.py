"""Starting the desktop app: welcome -> (create | unlock) -> main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from sdapp.gui.app_setup import setup_application
from sdapp.gui.settings import Preferences
from sdapp.gui.unlock_dialog import UnlockDialog
from sdapp.gui.welcome import WelcomeWindow

if TYPE_CHECKING:  # the main window and the vault load after the first dialog is on screen
    from sdapp.gui.main_window import MainWindow
    from sdapp.vault.vault import Vault


class Launcher:
    """Keeps the top-level windows alive and moves between them."""

    def __init__(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.welcome: WelcomeWindow | None = None
        self.windows: list[MainWindow] = []
        self.pending_pack: Path | None = None  # a received pack to open once a vault is unlocked

    def show_welcome(self) -> None:
        self.welcome = WelcomeWindow(self.prefs)
        self.welcome.openRequested.connect(self.open_path)
        self.welcome.createRequested.connect(self.create)
        self.welcome.demoRequested.connect(self.demo)
        self.welcome.show()

    def open_path(self, path: str) -> bool:
        dialog = UnlockDialog(Path(path), self.welcome)
        if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.vault is None:
            return False
        self.show_main(dialog.vault)
        return True

    def create(self) -> None:
        from sdapp.gui.create_wizard import CreateVaultWizard

        wizard = CreateVaultWizard(self.welcome)
        if wizard.exec() == CreateVaultWizard.DialogCode.Accepted and wizard.created is not None:
            self.show_main(wizard.created.vault)

    def demo(self) -> None:
        from sdapp.demo import DEMO_PASSPHRASE, ensure_demo_vault

        path, _made = ensure_demo_vault()
        QMessageBox.information(self.welcome, "sdapp",
                                QApplication.translate("Launcher", "The demo vault's passphrase is: %1")
                                .replace("%1", DEMO_PASSPHRASE))
        self.open_path(str(path))

    def show_main(self, vault: Vault) -> None:
        from sdapp.gui.main_window import MainWindow

        self.prefs.add_recent(str(vault.path))
        window = MainWindow(vault, self.prefs)
        self.windows.append(window)
        window.show()
        if self.welcome is not None:
            self.welcome.close()
        if self.pending_pack is not None:
            pack, self.pending_pack = self.pending_pack, None
            window.open_pack_file(pack)


def run_gui(argv: list[str]) -> int:
    """``sdapp`` (welcome), ``sdapp open VAULT`` (straight to unlock) or ``sdapp FILE.sdpack``
    (a received pack, from the file manager: welcome, and the pack opens once a vault is unlocked)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prefs = Preferences()
    setup_application(app, prefs.language)  # type: ignore[arg-type]
    launcher = Launcher(prefs)
    if argv[:1] == ["open"] and len(argv) > 1:
        if not launcher.open_path(argv[1]):
            return 1
    elif argv[:1] == ["open-pack"] and len(argv) > 1:
        launcher.pending_pack = Path(argv[1])
        launcher.show_welcome()
        if launcher.welcome is not None:
            launcher.welcome.show_pending_pack(launcher.pending_pack)
    else:
        launcher.show_welcome()
    return app.exec()
