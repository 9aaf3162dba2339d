"""The operations layer between widgets and the vault (Anki's pattern).

Every mutation goes through :class:`Session`: it commits in one transaction, records an
undoable command on the shared :class:`QUndoStack` and tells the views what changed by
signal. Widgets never write to the vault themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sdapp.core.model import Dependency
from sdapp.core.reference import ReferenceData
from sdapp.vault.vault import Vault


class Session(QObject):
    """One unlocked vault in the GUI. Dropped entirely on lock."""

    dependencyChanged = Signal(str)  # id: created, edited, deleted or restored
    registerReset = Signal()  # many records changed (import, restore of a backup)
    locked = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.ref: ReferenceData = vault.ref
        self.undo_stack = QUndoStack(self)

    # plain operations (no undo record) --------------------------------------------------
    def _store(self, dep: Dependency) -> None:
        repo = self.vault.dependencies
        with self.vault.transaction():
            if not repo.exists(dep.id):
                repo.add(dep)
            else:
                if repo.is_deleted(dep.id):
                    repo.restore(dep.id)
                repo.update(dep)
        self.dependencyChanged.emit(dep.id)

    def _delete(self, dep_id: str) -> None:
        with self.vault.transaction():
            self.vault.dependencies.delete(dep_id)
        self.dependencyChanged.emit(dep_id)

    def _restore(self, dep_id: str) -> None:
        with self.vault.transaction():
            self.vault.dependencies.restore(dep_id)
        self.dependencyChanged.emit(dep_id)

    # undoable operations -----------------------------------------------------------------
    def add_dependency(self, dep: Dependency) -> None:
        """Validate and store a new record; raises RecordInvalid before pushing anything."""
        self.vault.dependencies.validate(dep)
        self.undo_stack.push(_AddCommand(self, dep))

    def save_dependency(self, before: Dependency, after: Dependency) -> None:
        self.vault.dependencies.validate(after)
        if before == after:
            return
        self.undo_stack.push(_EditCommand(self, before, after))

    def delete_dependency(self, dep_id: str) -> None:
        dep = self.vault.dependencies.get(dep_id)
        self.undo_stack.push(_DeleteCommand(self, dep))

    def restore_from_bin(self, dep_id: str) -> None:
        dep = self.vault.dependencies.get(dep_id, include_deleted=True)
        self.undo_stack.push(_RestoreCommand(self, dep))

    def restore_revision(self, dep_id: str, rev_id: str) -> None:
        before = self.vault.dependencies.get(dep_id)
        snapshot = next(r.snapshot for r in self.vault.dependencies.history(dep_id) if r.rev_id == rev_id)
        after = Dependency.from_dict(snapshot)
        self.vault.dependencies.validate(after)  # old versions may break today's reference data
        if before != after:
            self.undo_stack.push(_EditCommand(self, before, after, self.tr("Restore version of %1")))

    # lifetime ----------------------------------------------------------------------------
    def close(self) -> None:
        """Lock: forget undo history (it holds record content), close the vault, drop the key."""
        self.undo_stack.clear()
        if self.vault.is_open:
            self.vault.close()
        self.locked.emit()


def _title(template: str, dep: Dependency) -> str:
    return template.replace("%1", dep.name)


class _AddCommand(QUndoCommand):
    def __init__(self, session: Session, dep: Dependency) -> None:
        super().__init__(_title(session.tr("Add %1"), dep))
        self.session, self.dep = session, dep

    def redo(self) -> None:
        self.session._store(self.dep)

    def undo(self) -> None:
        self.session._delete(self.dep.id)


class _EditCommand(QUndoCommand):
    def __init__(self, session: Session, before: Dependency, after: Dependency, text: str = "") -> None:
        super().__init__(_title(text or session.tr("Edit %1"), after))
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session._store(self.after)

    def undo(self) -> None:
        self.session._store(self.before)


class _DeleteCommand(QUndoCommand):
    def __init__(self, session: Session, dep: Dependency) -> None:
        super().__init__(_title(session.tr("Delete %1"), dep))
        self.session, self.dep = session, dep

    def redo(self) -> None:
        self.session._delete(self.dep.id)

    def undo(self) -> None:
        self.session._restore(self.dep.id)


class _RestoreCommand(QUndoCommand):
    def __init__(self, session: Session, dep: Dependency) -> None:
        super().__init__(_title(session.tr("Restore %1 from the bin"), dep))
        self.session, self.dep = session, dep

    def redo(self) -> None:
        self.session._restore(self.dep.id)

    def undo(self) -> None:
        self.session._delete(self.dep.id)
