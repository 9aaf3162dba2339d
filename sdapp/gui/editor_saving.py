"""What the three record editors (dependency, assessment, action option) do alike when they
save: store through the session, and turn a refusal into the editor's own feedback.

An editor mixes in :class:`SavingEditor` and keeps its own ``_refuse`` (marks the fields) and
``_show_notice`` (a message above the form)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox

from sdapp.core.errors import ValidationError
from sdapp.gui.history_panel import ERROR_COLOUR
from sdapp.vault.errors import RecordInvalid, VaultError

ERROR_STYLE = f"QLabel {{ color: {ERROR_COLOUR}; }}"


def problems_text(count: int) -> str:
    """The state line of an editor whose save was refused."""
    if count == 1:
        return QCoreApplication.translate("EditorSaving", "Not saved: 1 problem to fix.")
    return QCoreApplication.translate("EditorSaving", "Not saved: %1 problems to fix.").replace("%1", str(count))


class SavingEditor:
    """Mixin for a QWidget editor with ``save()``, ``_dirty``, ``_refuse(errors)``,
    ``_show_notice(text)`` and a ``state_label``. ``_saving`` is true while the session stores,
    so the editor ignores the change signal its own save sends."""

    _saving: bool
    _dirty: bool
    state_label: QLabel
    save: Callable[[], bool]
    _refuse: Callable[[list[ValidationError]], None]
    _show_notice: Callable[[str], None]

    def store_or_refuse(self, store: Callable[[], object], failed: str) -> bool:
        """Run ``store``; a rule the vault enforces goes to ``_refuse``, a storage problem to
        ``_show_notice`` as ``failed`` with %1 filled. True when stored."""
        self._saving = True
        try:
            store()
        except RecordInvalid as exc:
            self._refuse(exc.violations)
            return False
        except VaultError as exc:
            self._show_notice(failed.replace("%1", str(exc)))
            return False
        finally:
            self._saving = False
        return True

    def ask_to_leave(self, title: str, question: str, discard: Callable[[], object]) -> bool:
        """Before the editor shows something else: nothing to ask when nothing changed; else
        Save (True only if it saved), Discard (``discard``, True) or Cancel (False)."""
        if not self._dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, title, question,  # type: ignore[arg-type]  # mixed into a QWidget
                                      buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Cancel:
            return False
        if answer == buttons.Save:
            return self.save()
        discard()
        return True

    def show_refused(self, count: int) -> None:
        self.state_label.setText(problems_text(count))
        self.state_label.setStyleSheet(ERROR_STYLE)
