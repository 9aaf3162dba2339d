"""The operations layer between widgets and the vault (Anki's pattern).

Every mutation goes through :class:`Session`: it commits in one transaction, records an
undoable command on the shared :class:`QUndoStack` and tells the views what changed by
signal. Widgets never write to the vault themselves.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sdapp.core.model import ActionOption, Assessment, Dependency, new_id
from sdapp.core.option_templates import OptionTemplate
from sdapp.core.options import same_content, with_content
from sdapp.core.reference import ReferenceData
from sdapp.core.risk import RiskMatrix
from sdapp.vault.errors import NotFound, VaultError
from sdapp.vault.vault import Vault


class Session(QObject):
    """One unlocked vault in the GUI. Dropped entirely on lock."""

    dependencyChanged = Signal(str)  # id: created, edited, deleted or restored
    registerReset = Signal()  # many records changed (import, restore of a backup)
    assessmentChanged = Signal(str)  # dependency id: one of its assessments was saved or removed
    riskSettingsChanged = Signal()  # a new risk-matrix version or new likelihood rules were saved
    optionChanged = Signal(str)  # dependency id: one of its action options was saved, reviewed, deleted or restored
    optionTemplatesChanged = Signal()  # the option templates of the vault were saved
    copiesChanged = Signal()  # sealed copies were issued, or their status recorded (copy register)
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

    def _store_assessment(self, a: Assessment) -> Assessment:
        """Save ``a``; returns what was stored (a new id if the vault could not revive a removed one)."""
        repo = self.vault.assessments
        stored = copy.deepcopy(a)
        with self.vault.transaction():
            repo.save(stored)
            try:
                repo.get(stored.id)
            except NotFound:
                # The repository has no way to bring back a removed assessment under its id
                # (save() leaves the row marked deleted), so a redo stores it anew.
                stored = copy.deepcopy(a)
                stored.id = new_id()
                repo.save(stored)
        self.assessmentChanged.emit(a.dependency_id)
        return stored

    def _delete_assessment(self, a: Assessment) -> None:
        with self.vault.transaction():
            self.vault.assessments.delete(a.id)
        self.assessmentChanged.emit(a.dependency_id)

    # risk settings (not undoable: every matrix version stays in the vault, it is the history) ------
    def save_matrix(self, doc: Mapping[str, Any]) -> RiskMatrix:
        """Store ``doc`` (the shape of :meth:`RiskMatrix.to_dict`) as a new matrix version.

        Raises ReferenceDataError for a bad document and stores nothing then. Assessments keep
        the version they were scored under."""
        with self.vault.transaction():
            matrix = self.vault.assessments.save_matrix(doc)
        self.riskSettingsChanged.emit()
        return matrix

    def save_rules(self, doc: Mapping[str, Any]) -> None:
        """Replace the likelihood rules (the shape of likelihood_rules.json); ReferenceDataError
        for a bad document, and nothing stored."""
        with self.vault.transaction():
            self.vault.assessments.save_rules(doc)
        self.riskSettingsChanged.emit()

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

    def save_assessment(self, before: Assessment | None, after: Assessment) -> None:
        """Validate and store an assessment (new when ``before`` is None); undoable.

        Raises RecordInvalid before pushing anything; does nothing when nothing changed.
        """
        repo = self.vault.assessments
        after = repo.complete(copy.deepcopy(after))
        repo.validate(after)
        if before is not None and repo.complete(copy.deepcopy(before)) == after:
            return
        name = self.vault.dependencies.get(after.dependency_id, include_deleted=True).name
        text = (self.tr("Assess %1") if before is None else self.tr("Edit assessment of %1")).replace("%1", name)
        self.undo_stack.push(_AssessmentCommand(self, before, after, text))

    # action options (issue 5) ------------------------------------------------------------
    # Content edits, deletes and restores are undoable. Review steps and templates are not: a
    # review step is the record of who decided what (the workflow has its own way back), and the
    # templates are settings. Undo puts back earlier *content* only; review steps taken since stay.
    def _store_option(self, option: ActionOption) -> ActionOption:
        """Store the content of ``option``: create it, or update it (reviving it from the bin)."""
        repo = self.vault.options
        with self.vault.transaction():
            if repo.exists(option.id):
                if repo.is_deleted(option.id):
                    repo.restore(option.id)
                repo.save(with_content(repo.get(option.id), option))
            else:
                repo.save(option)
            stored = repo.get(option.id)
        self.optionChanged.emit(option.dependency_id)
        return stored

    def _delete_option(self, option: ActionOption) -> None:
        with self.vault.transaction():
            self.vault.options.delete(option.id)
        self.optionChanged.emit(option.dependency_id)

    def _restore_option(self, option: ActionOption) -> None:
        with self.vault.transaction():
            self.vault.options.restore(option.id)
        self.optionChanged.emit(option.dependency_id)

    def save_option(self, before: ActionOption | None, after: ActionOption) -> None:
        """Validate and store an option's content (a new concept when ``before`` is None); undoable.

        Raises RecordInvalid before pushing anything; does nothing when the content is unchanged."""
        repo = self.vault.options
        if before is None:
            candidate = copy.deepcopy(after)
            candidate.author = candidate.edited_by = self.vault.actor.user
        else:
            stored = repo.get(after.id)
            candidate = with_content(stored, after)
            if same_content(candidate, stored):
                return
        repo.validate(candidate)
        text = self.tr("Add option %1") if before is None else self.tr("Edit option %1")
        self.undo_stack.push(_OptionCommand(self, before, copy.deepcopy(after), text.replace("%1", after.title)))

    def delete_option(self, option_id: str) -> None:
        """Move an option to the bin (undoable)."""
        option = self.vault.options.get(option_id)
        self.undo_stack.push(_OptionBinCommand(self, option, True, self.tr("Delete option %1")))

    def restore_option_from_bin(self, option_id: str) -> None:
        """Bring an option back from the bin (undoable); NotFound if it is not in the bin."""
        option = self.vault.options.get_any(option_id)
        if not self.vault.options.is_deleted(option_id):
            raise NotFound(f"the action option {option.title!r} is not in the bin (restored already?)")
        self.undo_stack.push(_OptionBinCommand(self, option, False, self.tr("Restore option %1 from the bin")))

    def transition_option(self, option_id: str, to_status: str, comment: str) -> ActionOption:
        """Take a review step as this user (see :func:`sdapp.core.options.check_transition`).

        Raises RecordInvalid (and changes nothing) when the step is not allowed. Not undoable."""
        with self.vault.transaction():
            moved = self.vault.options.transition(option_id, to_status, comment)
        self.optionChanged.emit(moved.dependency_id)
        return moved

    def record_option_export(self, target: str, count: int) -> None:
        """Audit an export of action options: the file leaves the vault's protection."""
        with self.vault.transaction():
            self.vault.audit.append("export", "action_option", "", {"to": target, "count": count})

    def save_option_templates(self, edited: Iterable[OptionTemplate]) -> None:
        """Store edited option templates (ReferenceDataError for a bad one, nothing stored then)."""
        with self.vault.transaction():
            self.vault.options.save_templates(edited)
        self.optionTemplatesChanged.emit()

    # lifetime ----------------------------------------------------------------------------
    def close(self) -> None:
        """Lock: forget undo history (it holds record content), close the vault, drop the key."""
        self.undo_stack.clear()
        if self.vault.is_open:
            self.vault.close()
        self.locked.emit()

    # register exchange (issue 8): applying a pack is one step, not undoable ---------------------
    def export_exchange(self, contact: str, selection: Any, out: Any) -> Any:
        """Seal records for a contact (:func:`sdapp.packs.exchange.export_exchange`)."""
        from sdapp.packs.exchange import export_exchange

        return export_exchange(self.vault, contact, selection, out)

    def apply_exchange(self, preview: Any, resolutions: Mapping[Any, Any]) -> Any:
        """Apply an exchange preview with the conflict choices (:func:`sdapp.packs.exchange.apply_import`).

        The undo history is cleared: its steps hold versions from before the merge and would
        put them back over the merged records."""
        from sdapp.packs.exchange import apply_import

        result = apply_import(self.vault, preview, resolutions)
        if result.applied:
            self.undo_stack.clear()
            self.registerReset.emit()
            for dep_id in sorted({str(i["dependency_id"]) for i in result.applied if i["entity_type"] == "assessment"}):
                self.assessmentChanged.emit(dep_id)
            for dep_id in sorted({str(i["dependency_id"]) for i in result.applied
                                  if i["entity_type"] == "action_option"}):
                self.optionChanged.emit(dep_id)
        return result


def _title(template: str, dep: Dependency) -> str:
    return template.replace("%1", dep.name)


class _AddCommand(QUndoCommand):
    def __init__(self, session: Session, dep: Dependency) -> None:
        super().__init__(_title(QCoreApplication.translate("Session", "Add %1"), dep))
        self.session, self.dep = session, dep

    def redo(self) -> None:
        self.session._store(self.dep)

    def undo(self) -> None:
        self.session._delete(self.dep.id)


class _EditCommand(QUndoCommand):
    def __init__(self, session: Session, before: Dependency, after: Dependency, text: str = "") -> None:
        super().__init__(_title(text or QCoreApplication.translate("Session", "Edit %1"), after))
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session._store(self.after)

    def undo(self) -> None:
        self.session._store(self.before)


class _DeleteCommand(QUndoCommand):
    def __init__(self, session: Session, dep: Dependency) -> None:
        super().__init__(_title(QCoreApplication.translate("Session", "Delete %1"), dep))
        self.session, self.dep = session, dep

    def redo(self) -> None:
        self.session._delete(self.dep.id)

    def undo(self) -> None:
        self.session._restore(self.dep.id)


class _RestoreCommand(QUndoCommand):
    def __init__(self, session: Session, dep: Dependency) -> None:
        super().__init__(_title(QCoreApplication.translate("Session", "Restore %1 from the bin"), dep))
        self.session, self.dep = session, dep

    def redo(self) -> None:
        self.session._restore(self.dep.id)

    def undo(self) -> None:
        self.session._delete(self.dep.id)


class _AssessmentCommand(QUndoCommand):
    """Create (``before`` None) or edit an assessment; undo removes it or restores ``before``."""

    def __init__(self, session: Session, before: Assessment | None, after: Assessment, text: str) -> None:
        super().__init__(text)
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.after = self.session._store_assessment(self.after)

    def undo(self) -> None:
        if self.before is None:
            self.session._delete_assessment(self.after)
        else:
            self.session._store_assessment(self.before)


# action options (issue 5) ---------------------------------------------------------------------


class _OptionCommand(QUndoCommand):
    """Create (``before`` None) or edit an option's content; undo sends a new option to the bin
    or puts the earlier content back. A step the vault now refuses (the option was decided in
    the meantime, or the rules changed) drops out of the stack instead of failing every time."""

    def __init__(self, session: Session, before: ActionOption | None, after: ActionOption, text: str) -> None:
        super().__init__(text)
        self.session, self.before, self.after = session, before, after

    def _apply(self, step: Callable[[], object]) -> None:
        try:
            step()
        except VaultError:
            self.setObsolete(True)
            self.session.optionChanged.emit(self.after.dependency_id)

    def redo(self) -> None:
        self._apply(lambda: self.session._store_option(self.after))

    def undo(self) -> None:
        before = self.before
        if before is None:
            self._apply(lambda: self.session._delete_option(self.after))
        else:
            self._apply(lambda: self.session._store_option(before))


class _OptionBinCommand(QUndoCommand):
    """Move an option to the bin (``to_bin``) or bring it back; undo does the opposite."""

    def __init__(self, session: Session, option: ActionOption, to_bin: bool, text: str) -> None:
        super().__init__(text.replace("%1", option.title))
        self.session, self.option, self.to_bin = session, option, to_bin

    def _move(self, to_bin: bool) -> None:
        try:
            if to_bin:
                self.session._delete_option(self.option)
            else:
                self.session._restore_option(self.option)
        except VaultError:
            self.setObsolete(True)
            self.session.optionChanged.emit(self.option.dependency_id)

    def redo(self) -> None:
        self._move(self.to_bin)

    def undo(self) -> None:
        self._move(not self.to_bin)
