"""Action options: validated writes, a revision per change (edits and review steps alike), audit
entries; the review workflow's rules live in :mod:`sdapp.core.options`."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from typing import Any

from sdapp.core.errors import ValidationError
from sdapp.core.model import ActionOption
from sdapp.core.option_templates import (
    Key,
    OptionTemplate,
    merge_templates,
    overrides_of,
    parse_templates,
    template_for,
    templates_document,
)
from sdapp.core.options import (
    DECIDED,
    apply_transition,
    changed_since_agreement,
    check_history,
    same_content,
    tried_rungs,
    validate_option,
)
from sdapp.core.reference import ReferenceData
from sdapp.core.richtext import sanitise_markdown
from sdapp.vault.audit import AuditLog
from sdapp.vault.db import Connection
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.revisions import INSERT_REVISION, Actor, Revision, history, new_revision_row, now_iso

ENTITY = "action_option"
TEMPLATES_KEY = "option_templates"


def _invalid(errors: list[ValidationError]) -> RecordInvalid:
    return RecordInvalid([(e.field, e.reason) for e in errors], errors)


class OptionRepository:
    """``vault.options``. Editors change the content with :meth:`save`; the status moves only
    through :meth:`transition`, which records who, when, why and the revision in the option's
    review history. The workflow fields of a saved option are the repository's: ``author`` is
    the creating user, ``edited_by`` the last user who changed the content."""

    def __init__(self, conn: Connection, audit: AuditLog, actor: Actor, ref: ReferenceData) -> None:
        self._conn = conn
        self._audit = audit
        self._actor = actor
        self._ref = ref

    # reading --------------------------------------------------------------------------------
    def get(self, option_id: str) -> ActionOption:
        row = self._conn.execute("SELECT data FROM action_options WHERE id = ? AND deleted = 0",
                                 (option_id,)).fetchone()
        if row is None:
            raise NotFound(f"no action option with id {option_id}")
        return ActionOption.from_dict(json.loads(row[0]))

    def exists(self, option_id: str) -> bool:
        """Stored, in the bin or not."""
        return self._conn.execute("SELECT 1 FROM action_options WHERE id = ?", (option_id,)).fetchone() is not None

    def is_deleted(self, option_id: str) -> bool:
        row = self._conn.execute("SELECT deleted FROM action_options WHERE id = ?", (option_id,)).fetchone()
        return bool(row and row[0])

    def get_any(self, option_id: str) -> ActionOption:
        """The option, also when it is in the bin."""
        row = self._conn.execute("SELECT data FROM action_options WHERE id = ?", (option_id,)).fetchone()
        if row is None:
            raise NotFound(f"no action option with id {option_id}")
        return ActionOption.from_dict(json.loads(row[0]))

    def for_dependency(self, dep_id: str) -> list[ActionOption]:
        rows = self._conn.execute("SELECT data FROM action_options WHERE dependency_id = ? AND deleted = 0"
                                  " ORDER BY rowid", (dep_id,))
        return [ActionOption.from_dict(json.loads(r[0])) for r in rows]

    def all(self) -> list[ActionOption]:
        rows = self._conn.execute("SELECT data FROM action_options WHERE deleted = 0 ORDER BY dependency_id, rowid")
        return [ActionOption.from_dict(json.loads(r[0])) for r in rows]

    def deleted(self) -> list[ActionOption]:
        """The options in the bin."""
        rows = self._conn.execute("SELECT data FROM action_options WHERE deleted = 1 ORDER BY updated_at")
        return [ActionOption.from_dict(json.loads(r[0])) for r in rows]

    def history(self, option_id: str) -> list[Revision]:
        return history(self._conn, ENTITY, option_id)

    def changed_since_agreement(self, option_id: str) -> bool:
        return changed_since_agreement(self.get(option_id))

    # validation --------------------------------------------------------------------------------
    def validate(self, option: ActionOption) -> None:
        others = [o for o in self.for_dependency(option.dependency_id) if o.id != option.id]
        errors = validate_option(option, self._ref, tried_rungs(others, option.dependency_id, option.id))
        row = self._conn.execute("SELECT deleted FROM dependencies WHERE id = ?", (option.dependency_id,)).fetchone()
        if row is None:
            errors.append(ValidationError("dependency_id", f"no dependency with id {option.dependency_id}"))
        elif row[0]:
            errors.append(ValidationError("dependency_id", "the dependency is in the bin; restore it first"))
        if errors:
            raise _invalid(errors)

    # writing -------------------------------------------------------------------------------------
    def save(self, option: ActionOption) -> bool:
        """Create (as a concept, authored by this user) or update the content; False (no
        revision) when nothing changed. The status is changed only by :meth:`transition`. The
        body is stored as sanitised Markdown (:func:`sdapp.core.richtext.sanitise_markdown`)."""
        row = self._conn.execute("SELECT data, head_rev, deleted FROM action_options WHERE id = ?",
                                 (option.id,)).fetchone()
        option = copy.deepcopy(option)
        option.body = sanitise_markdown(option.body)  # Markdown without images or raw HTML
        if row is None:
            if option.status != "concept" or option.review_history:
                raise _invalid([ValidationError("status", "a new option starts as a concept; use a review step "
                                                "to change its status")])
            option.author = self._actor.user
            option.edited_by = self._actor.user
            option.agreed_fingerprint = ""
            self.validate(option)
            self._write(option, None, "create", None)
            self._audit.append("create", ENTITY, option.id, {"dependency": option.dependency_id})
            return True
        if row[2]:
            raise NotFound(f"action option {option.id} is in the bin; restore it first")
        stored = ActionOption.from_dict(json.loads(row[0]))
        if option.status != stored.status:
            raise _invalid([ValidationError("status", "the status changes only through a review step")])
        if option.dependency_id != stored.dependency_id:
            raise _invalid([ValidationError("dependency_id", "an option cannot move to another dependency")])
        if same_content(option, stored):
            return False
        if stored.status in DECIDED:
            raise _invalid([ValidationError("status", f"the option is {stored.status}; decided options are final")])
        option.author, option.agreed_fingerprint = stored.author, stored.agreed_fingerprint
        option.review_history = stored.review_history
        option.edited_by = self._actor.user
        self.validate(option)
        self._write(option, row[1], "update", None)
        self._audit.append("update", ENTITY, option.id,
                           {"dependency": option.dependency_id, "changed_since_agreement":
                            changed_since_agreement(option)})
        return True

    def import_options(self, options: Iterable[ActionOption], source: str) -> int:
        """Store new options as they are, review history included (demo data, exchange):
        the history must be a valid walk ending at the status, every agreement by a second user."""
        count = 0
        for option in options:
            if self._conn.execute("SELECT 1 FROM action_options WHERE id = ?", (option.id,)).fetchone():
                raise _invalid([ValidationError("id", f"an action option with id {option.id} exists already")])
            errors = check_history(option)
            if errors:
                raise _invalid(errors)
            self.validate(option)
            self._write(option, None, "import", {"source": source})
            count += 1
        if count:
            self._audit.append("import", ENTITY, "", {"source": source, "count": count})
        return count

    def transition(self, option_id: str, to_status: str, comment: str = "") -> ActionOption:
        """Move the option to ``to_status`` as this user (see :func:`sdapp.core.options.check_transition`);
        the step goes into the review history with the revision that records it."""
        row = self._conn.execute("SELECT data, head_rev FROM action_options WHERE id = ? AND deleted = 0",
                                 (option_id,)).fetchone()
        if row is None:
            raise NotFound(f"no action option with id {option_id}")
        option = ActionOption.from_dict(json.loads(row[0]))
        seq = self._next_seq(option_id)
        try:
            moved = apply_transition(option, to_status, self._actor.user, now_iso(), comment, seq)
        except ValidationError as exc:
            raise _invalid([exc]) from exc
        self.validate(moved)
        self._write(moved, row[1], "update", {"review": to_status})
        self._audit.append("review", ENTITY, option_id,
                           {"from": option.status, "to": to_status, "comment": comment, "revision": seq})
        return moved

    def delete(self, option_id: str) -> None:
        """Move to the bin (restorable)."""
        self._set_deleted(option_id, True)

    def restore(self, option_id: str) -> None:
        self._set_deleted(option_id, False)

    # templates ----------------------------------------------------------------------------------
    def default_templates(self) -> dict[Key, OptionTemplate]:
        """The templates shipped as reference data."""
        return parse_templates(self._ref.default_option_templates, "reference data option_templates.json")

    def template_overrides(self) -> dict[Key, OptionTemplate]:
        """This vault's edited templates (only those that differ from the defaults)."""
        row = self._conn.execute("SELECT value FROM config WHERE key = ?", (TEMPLATES_KEY,)).fetchone()
        return parse_templates(json.loads(row[0]), "the vault's option templates") if row else {}

    def templates(self) -> dict[Key, OptionTemplate]:
        """The templates in force: the defaults with this vault's edits on top."""
        return merge_templates(self.default_templates(), self.template_overrides())

    def template(self, category: str, language: str) -> OptionTemplate:
        return template_for(self.templates(), category, language)

    def save_templates(self, edited: Iterable[OptionTemplate]) -> None:
        """Store the edited templates; a template equal to its default is not stored, so later
        updates of that default reach it. Raises ReferenceDataError for a bad template and
        stores nothing then."""
        edited = list(edited)
        merged = self.template_overrides()
        for t in edited:
            merged[t.key] = t
        keep = overrides_of(self.default_templates(), merged.values())
        edited_keys = {t.key for t in edited}
        doc = templates_document(keep)
        parse_templates(doc, "the edited option templates")
        self._conn.execute(
            "INSERT INTO config (key, value, updated_at, author) VALUES (?,?,?,?) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value, updated_at = excluded.updated_at, author = excluded.author",
            (TEMPLATES_KEY, json.dumps(doc, ensure_ascii=False, sort_keys=True), now_iso(), self._actor.user))
        self._audit.append("templates-saved", "config", TEMPLATES_KEY,
                           {"changed": sorted(f"{c}/{lang}" for c, lang in edited_keys)})

    # internals ----------------------------------------------------------------------------------
    def _next_seq(self, option_id: str) -> int:
        seq = self._conn.execute("SELECT max(seq) FROM revisions WHERE entity_type = ? AND entity_id = ?",
                                 (ENTITY, option_id)).fetchone()[0]
        return int(seq or 0) + 1

    def _write(self, option: ActionOption, parent: str | None, op: str, provenance: dict[str, Any] | None) -> None:
        snap = json.dumps(option.to_dict(), ensure_ascii=False, sort_keys=True)
        ts = now_iso()
        rev = new_revision_row(ENTITY, option.id, self._next_seq(option.id), parent, op, self._actor, ts, snap,
                               provenance)
        self._conn.execute(INSERT_REVISION, rev)
        if parent is None:
            self._conn.execute("INSERT INTO action_options (id, dependency_id, status, deleted, updated_at, head_rev,"
                               " data) VALUES (?,?,?,0,?,?,?)",
                               (option.id, option.dependency_id, option.status, ts, rev[0], snap))
        else:
            self._conn.execute("UPDATE action_options SET status = ?, updated_at = ?, head_rev = ?, data = ?"
                               " WHERE id = ?", (option.status, ts, rev[0], snap, option.id))

    def _set_deleted(self, option_id: str, deleted: bool) -> None:
        row = self._conn.execute("SELECT data, head_rev FROM action_options WHERE id = ? AND deleted = ?",
                                 (option_id, 0 if deleted else 1)).fetchone()
        if row is None:
            where = "" if deleted else " in the bin"
            raise NotFound(f"no action option with id {option_id}{where}")
        op = "delete" if deleted else "restore"
        ts = now_iso()
        rev = new_revision_row(ENTITY, option_id, self._next_seq(option_id), row[1], op, self._actor, ts, row[0])
        self._conn.execute(INSERT_REVISION, rev)
        self._conn.execute("UPDATE action_options SET deleted = ?, updated_at = ?, head_rev = ? WHERE id = ?",
                           (1 if deleted else 0, ts, rev[0], option_id))
        self._audit.append(op, ENTITY, option_id, {})
