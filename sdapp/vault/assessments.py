"""Assessments and the versioned risk matrix and likelihood rules they are scored under."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sdapp.core.errors import ValidationError
from sdapp.core.model import Assessment, RiskScore
from sdapp.core.reference import ReferenceData
from sdapp.core.risk import (
    IMPACT_RULES,
    LikelihoodRules,
    RiskMatrix,
    overall_impact,
    parse_matrix,
    parse_rules,
    validate_assessment,
)
from sdapp.vault.audit import AuditLog
from sdapp.vault.db import Connection
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.revisions import INSERT_REVISION, Actor, Revision, history, new_revision_row, now_iso

ENTITY = "assessment"
RULES_KEY = "likelihood_rules"


class AssessmentRepository:
    """Writes validate against the matrix version the assessment names; each change is a
    revision and an audit entry, like every other entity."""

    def __init__(self, conn: Connection, audit: AuditLog, actor: Actor, ref: ReferenceData) -> None:
        self._conn = conn
        self._audit = audit
        self._actor = actor
        self._ref = ref
        self._default_matrix = ref.default_matrix
        self._default_rules = ref.default_likelihood_rules

    # the matrix ---------------------------------------------------------------------
    def matrix(self, version: int | None = None) -> RiskMatrix:
        """The given matrix version, or the newest; version 1 is the national default."""
        if version is None:
            row = self._conn.execute("SELECT version, data FROM risk_matrices ORDER BY version DESC LIMIT 1"
                                     ).fetchone()
        else:
            row = self._conn.execute("SELECT version, data FROM risk_matrices WHERE version = ?",
                                     (version,)).fetchone()
        if row is None:
            if version not in (None, 1):
                raise NotFound(f"no risk matrix version {version}")
            return parse_matrix(self._default_matrix, 1)
        return parse_matrix(json.loads(row[1]), int(row[0]))

    def matrix_versions(self) -> list[int]:
        versions = [int(r[0]) for r in self._conn.execute("SELECT version FROM risk_matrices ORDER BY version")]
        return versions or [1]

    def matrix_history(self) -> list[tuple[int, str, str]]:
        """(version, created_at, author) of every stored matrix version, oldest first.

        A vault that never stored a matrix scores under the national default: version 1, no
        date, author "sdapp" (as :meth:`_ensure_default_matrix_stored` will record it)."""
        rows = [(int(r[0]), str(r[1]), str(r[2])) for r in
                self._conn.execute("SELECT version, created_at, author FROM risk_matrices ORDER BY version")]
        return rows or [(1, "", "sdapp")]

    def save_matrix(self, doc: Mapping[str, Any]) -> RiskMatrix:
        """Store an edited matrix as a new version; earlier assessments keep theirs."""
        self._ensure_default_matrix_stored()
        version = self.matrix().version + 1
        matrix = parse_matrix(doc, version)
        self._conn.execute("INSERT INTO risk_matrices (version, created_at, author, data) VALUES (?,?,?,?)",
                           (version, now_iso(), self._actor.user, json.dumps(matrix.to_dict(), ensure_ascii=False)))
        self._audit.append("matrix-saved", "risk_matrix", str(version), {})
        return matrix

    def _ensure_default_matrix_stored(self) -> None:
        if self._conn.execute("SELECT 1 FROM risk_matrices WHERE version = 1").fetchone() is None:
            self._conn.execute("INSERT INTO risk_matrices (version, created_at, author, data) VALUES (1,?,?,?)",
                               (now_iso(), "sdapp", json.dumps(self._default_matrix, ensure_ascii=False)))

    # the likelihood rules --------------------------------------------------------------
    def rules(self) -> LikelihoodRules:
        row = self._conn.execute("SELECT value FROM config WHERE key = ?", (RULES_KEY,)).fetchone()
        return parse_rules(json.loads(row[0]) if row else self._default_rules)

    def rules_document(self) -> dict[str, Any]:
        row = self._conn.execute("SELECT value FROM config WHERE key = ?", (RULES_KEY,)).fetchone()
        return json.loads(row[0]) if row else dict(self._default_rules)

    def save_rules(self, doc: Mapping[str, Any]) -> None:
        parse_rules(doc)
        self._conn.execute(
            "INSERT INTO config (key, value, updated_at, author) VALUES (?,?,?,?) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value, updated_at = excluded.updated_at, author = excluded.author",
            (RULES_KEY, json.dumps(doc, ensure_ascii=False), now_iso(), self._actor.user))
        self._audit.append("rules-saved", "config", RULES_KEY, {})

    # assessments ------------------------------------------------------------------------
    def complete(self, a: Assessment) -> Assessment:
        """Fill the derived part: the current risk is the likelihood with the overall impact.
        An unknown impact rule leaves it empty; validation then says why."""
        if a.impact_rule not in IMPACT_RULES:
            a.current = None
            return a
        impact = overall_impact(a.impacts, a.impact_rule)
        a.current = RiskScore(a.likelihood, impact) if impact != "X" else None
        return a

    def validate(self, a: Assessment) -> None:
        try:
            matrix = self.matrix(a.matrix_version)
        except NotFound as exc:
            raise RecordInvalid([("matrix_version", str(exc))]) from exc
        errors = validate_assessment(a, self._ref, matrix)
        row = self._conn.execute("SELECT deleted FROM dependencies WHERE id = ?", (a.dependency_id,)).fetchone()
        if row is None:
            errors.append(ValidationError("dependency_id", f"no dependency with id {a.dependency_id}"))
        elif row[0]:
            errors.append(ValidationError("dependency_id", "the dependency is in the bin; restore it first"))
        if errors:
            raise RecordInvalid([(e.field, e.reason) for e in errors], errors)

    def save(self, a: Assessment) -> bool:
        """Create or update; False (no revision) when nothing changed."""
        self.complete(a)
        self.validate(a)
        if a.matrix_version == 1:
            self._ensure_default_matrix_stored()
        snap = json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True)
        row = self._conn.execute("SELECT data, head_rev FROM assessments WHERE id = ?", (a.id,)).fetchone()
        ts = now_iso()
        if row is None:
            rev = new_revision_row(ENTITY, a.id, 1, None, "create", self._actor, ts, snap)
            self._conn.execute(INSERT_REVISION, rev)
            self._conn.execute(
                "INSERT INTO assessments (id, dependency_id, assessed_on, deleted, updated_at, head_rev, data)"
                " VALUES (?,?,?,0,?,?,?)", (a.id, a.dependency_id, a.assessed_on.isoformat(), ts, rev[0], snap))
            self._audit.append("create", ENTITY, a.id, {"dependency": a.dependency_id})
            return True
        if row[0] == snap:
            return False
        seq = self._conn.execute("SELECT max(seq) FROM revisions WHERE entity_type = ? AND entity_id = ?",
                                 (ENTITY, a.id)).fetchone()[0] or 0
        rev = new_revision_row(ENTITY, a.id, seq + 1, row[1], "update", self._actor, ts, snap)
        self._conn.execute(INSERT_REVISION, rev)
        self._conn.execute("UPDATE assessments SET assessed_on = ?, updated_at = ?, head_rev = ?, data = ?"
                           " WHERE id = ?", (a.assessed_on.isoformat(), ts, rev[0], snap, a.id))
        self._audit.append("update", ENTITY, a.id, {"dependency": a.dependency_id})
        return True

    def delete(self, assessment_id: str) -> None:
        row = self._conn.execute("SELECT data, head_rev FROM assessments WHERE id = ? AND deleted = 0",
                                 (assessment_id,)).fetchone()
        if row is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        seq = self._conn.execute("SELECT max(seq) FROM revisions WHERE entity_type = ? AND entity_id = ?",
                                 (ENTITY, assessment_id)).fetchone()[0] or 0
        rev = new_revision_row(ENTITY, assessment_id, seq + 1, row[1], "delete", self._actor, now_iso(), row[0])
        self._conn.execute(INSERT_REVISION, rev)
        self._conn.execute("UPDATE assessments SET deleted = 1, head_rev = ? WHERE id = ?", (rev[0], assessment_id))
        self._audit.append("delete", ENTITY, assessment_id, {})

    def get(self, assessment_id: str) -> Assessment:
        row = self._conn.execute("SELECT data FROM assessments WHERE id = ? AND deleted = 0",
                                 (assessment_id,)).fetchone()
        if row is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        return Assessment.from_dict(json.loads(row[0]))

    def for_dependency(self, dep_id: str) -> list[Assessment]:
        """The assessments of one dependency, oldest first (its timeline)."""
        rows = self._conn.execute("SELECT data FROM assessments WHERE dependency_id = ? AND deleted = 0"
                                  " ORDER BY assessed_on, updated_at", (dep_id,))
        return [Assessment.from_dict(json.loads(r[0])) for r in rows]

    def latest(self, dep_id: str) -> Assessment | None:
        items = self.for_dependency(dep_id)
        return items[-1] if items else None

    def latest_all(self) -> dict[str, Assessment]:
        """The newest assessment of every dependency that has one (for the matrix and exports)."""
        out: dict[str, Assessment] = {}
        for (data,) in self._conn.execute("SELECT data FROM assessments WHERE deleted = 0 ORDER BY assessed_on,"
                                          " updated_at"):
            a = Assessment.from_dict(json.loads(data))
            out[a.dependency_id] = a
        return out

    def previous_all(self) -> dict[str, Assessment]:
        """The assessment before the newest, per dependency (for movement arrows)."""
        seen: dict[str, list[Assessment]] = {}
        for (data,) in self._conn.execute("SELECT data FROM assessments WHERE deleted = 0 ORDER BY assessed_on,"
                                          " updated_at"):
            a = Assessment.from_dict(json.loads(data))
            seen.setdefault(a.dependency_id, []).append(a)
        return {k: v[-2] for k, v in seen.items() if len(v) > 1}

    def history(self, assessment_id: str) -> list[Revision]:
        return history(self._conn, ENTITY, assessment_id)

