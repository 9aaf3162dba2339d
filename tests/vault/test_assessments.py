"""vault.assessments: assessments with revisions and audit, the versioned risk matrix, the
likelihood rules, and the schema that holds them (migrations)."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sdapp.core.errors import ReferenceDataError
from sdapp.core.model import Assessment, CriticalityScore, RiskScore, new_id
from sdapp.core.reference import ReferenceData
from sdapp.core.risk import parse_rules
from sdapp.vault import migrations
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.vault import Created, Vault, workstation
from tests.conftest import PASSPHRASE
from tests.vault.conftest import add_dep

MakeVault = Callable[..., Created]
Unlock = Callable[..., Vault]
TABLES = ("assessments", "revisions", "audit", "risk_matrices", "config")
FIXTURE_PASSPHRASE = "fixture-passphrase"
FIXTURE_GALLIUM = "0b0e6a44-7c1e-4d4e-9a57-3f1f6f0a0001"


@pytest.fixture
def vault(make_vault: MakeVault) -> Vault:
    return make_vault().vault


def counts(v: Vault) -> dict[str, int]:
    return {t: v.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def assessment(dep_id: str, **overrides: Any) -> Assessment:
    values: dict[str, Any] = {
        "id": new_id(), "dependency_id": dep_id, "assessed_on": dt.date(2026, 3, 1), "assessor": "anna",
        "matrix_version": 1,
        "impacts": [CriticalityScore("2.1", "D", "Tekort aan chips voor zorgapparatuur"),
                    CriticalityScore("3.2", "B", "Productiestilstand"), CriticalityScore("5.1", "X", "")],
        "likelihood": "D", "suggested_likelihood": "E",
        "justification": "Nieuwe leveringsafspraken", "inherent": RiskScore("E", "D"), "residual": RiskScore("C", "D"),
    }
    values.update(overrides)
    return Assessment(**values)


def save(v: Vault, a: Assessment) -> bool:
    with v.transaction():
        return v.assessments.save(a)


def audit_actions(v: Vault) -> list[tuple[str, str, str]]:
    return [(e.action, e.entity_type, e.entity_id) for e in reversed(v.audit.entries())]


# saving ---------------------------------------------------------------------------------------


def test_save_creates_a_revision_and_an_audit_entry(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id)
    before = counts(vault)
    assert save(vault, a) is True
    after = counts(vault)
    assert after["assessments"] == before["assessments"] + 1
    assert after["revisions"] == before["revisions"] + 1
    assert after["audit"] == before["audit"] + 1
    (rev,) = vault.assessments.history(a.id)
    assert (rev.seq, rev.op, rev.entity_type, rev.entity_id, rev.parent_rev) == (1, "create", "assessment", a.id, None)
    assert (rev.author, rev.department, rev.workstation) == ("anna", "EZ", workstation())
    assert rev.snapshot == a.to_dict()
    entry = vault.audit.entries(limit=1)[0]
    assert (entry.action, entry.entity_type, entry.entity_id) == ("create", "assessment", a.id)
    assert entry.detail == {"dependency": dep.id}
    assert vault.assessments.get(a.id) == a
    assert vault.audit.verify() == []


def test_unchanged_save_writes_nothing(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id)
    save(vault, a)
    before = counts(vault)
    assert save(vault, a) is False
    assert save(vault, Assessment.from_dict(a.to_dict())) is False  # an equal copy
    assert counts(vault) == before
    assert len(vault.assessments.history(a.id)) == 1


def test_update_adds_a_linked_revision(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id)
    save(vault, a)
    changed = Assessment.from_dict({**a.to_dict(), "likelihood": "E", "justification": ""})
    assert save(vault, changed) is True
    second, first = vault.assessments.history(a.id)  # newest first
    assert (second.seq, second.op, second.parent_rev) == (2, "update", first.rev_id)
    assert second.snapshot["likelihood"] == "E"
    assert vault.assessments.get(a.id).likelihood == "E"
    assert audit_actions(vault)[-1] == ("update", "assessment", a.id)


def test_complete_sets_the_current_risk(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id, current=RiskScore("A", "A"))  # whatever was there is derived again
    completed = vault.assessments.complete(a)
    assert completed is a
    # overall impact by the highest rule over D, B, X = D; current = (likelihood D, impact D)
    assert a.current == RiskScore("D", "D")
    save(vault, a)
    assert vault.assessments.get(a.id).current == RiskScore("D", "D")


def test_complete_weighted_rule(vault: Vault) -> None:
    dep = add_dep(vault)
    # weighted, equal weights: D (4) and B (2), X ignored -> (4 + 2) / 2 = 3 -> C
    a = vault.assessments.complete(assessment(dep.id, impact_rule="weighted"))
    assert a.current == RiskScore("D", "C")


def test_complete_without_impact_has_no_current_risk(vault: Vault) -> None:
    dep = add_dep(vault)
    a = vault.assessments.complete(assessment(dep.id, impacts=[CriticalityScore("2.1", "X", "")],
                                              current=RiskScore("C", "C")))
    assert a.current is None


def test_save_completes_before_storing(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id, current=None)
    save(vault, a)
    assert vault.assessments.history(a.id)[0].snapshot["current"] == {"likelihood": "D", "impact": "D"}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"justification": ""}, "justification"),  # D departs from the suggested E
        ({"impacts": [CriticalityScore("2.1", "D", "")]}, "impacts"),  # no rationale
        ({"impacts": [CriticalityScore("7.1", "D", "why")]}, "impacts"),  # unknown criterion
        ({"likelihood": "F", "suggested_likelihood": ""}, "likelihood"),
        ({"inherent": RiskScore("F", "D")}, "inherent"),
        ({"assessor": ""}, "assessor"),
    ],
)
def test_validation_failure_raises_and_writes_nothing(vault: Vault, overrides: dict[str, Any], field: str) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id, **overrides)
    with vault.transaction():
        before = counts(vault)
        with pytest.raises(RecordInvalid) as info:
            vault.assessments.save(a)
        assert counts(vault) == before  # nothing written, even before the transaction ends
    assert field in [f for f, _r in info.value.errors]
    assert counts(vault) == before
    with pytest.raises(NotFound):
        vault.assessments.get(a.id)


def test_invalid_update_keeps_the_stored_version(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id)
    save(vault, a)
    bad = Assessment.from_dict({**a.to_dict(), "justification": ""})
    with vault.transaction():
        before = counts(vault)
        with pytest.raises(RecordInvalid):
            vault.assessments.save(bad)
        assert counts(vault) == before
    assert vault.assessments.get(a.id).justification == "Nieuwe leveringsafspraken"
    assert len(vault.assessments.history(a.id)) == 1


def test_unknown_impact_rule_is_record_invalid(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id, impact_rule="median")
    with vault.transaction():
        before = counts(vault)
        with pytest.raises(RecordInvalid) as info:
            vault.assessments.save(a)
        assert counts(vault) == before
    assert [f for f, _r in info.value.errors] == ["impact_rule"]


def test_assessment_for_an_unknown_dependency_is_refused(vault: Vault) -> None:
    add_dep(vault)
    a = assessment(new_id())
    with vault.transaction():
        before = counts(vault)
        with pytest.raises(RecordInvalid) as info:
            vault.assessments.save(a)
        assert counts(vault) == before
    assert [f for f, _r in info.value.errors] == ["dependency_id"]


# reading ----------------------------------------------------------------------------------------


def test_for_dependency_and_latest_order_by_date(vault: Vault) -> None:
    gallium = add_dep(vault, name="Gallium")
    neon = add_dep(vault, name="Neon")
    mid = assessment(gallium.id, assessed_on=dt.date(2025, 6, 1))
    new = assessment(gallium.id, assessed_on=dt.date(2026, 2, 1), likelihood="E", justification="")
    old = assessment(gallium.id, assessed_on=dt.date(2024, 1, 15), likelihood="C")
    only = assessment(neon.id, assessed_on=dt.date(2025, 1, 1))
    for a in (mid, new, old, only):  # saved out of date order
        save(vault, a)
    assert [a.id for a in vault.assessments.for_dependency(gallium.id)] == [old.id, mid.id, new.id]
    assert vault.assessments.latest(gallium.id) == new
    assert vault.assessments.latest(neon.id) == only
    assert vault.assessments.latest(new_id()) is None
    assert vault.assessments.for_dependency(new_id()) == []
    assert {k: a.id for k, a in vault.assessments.latest_all().items()} == {gallium.id: new.id, neon.id: only.id}
    # previous_all: the one before the newest, only for dependencies with history
    assert {k: a.id for k, a in vault.assessments.previous_all().items()} == {gallium.id: mid.id}


def test_moving_the_date_reorders(vault: Vault) -> None:
    dep = add_dep(vault)
    a = assessment(dep.id, assessed_on=dt.date(2025, 1, 1))
    b = assessment(dep.id, assessed_on=dt.date(2025, 6, 1))
    save(vault, a)
    save(vault, b)
    save(vault, Assessment.from_dict({**a.to_dict(), "assessed_on": "2026-01-01"}))
    assert [x.id for x in vault.assessments.for_dependency(dep.id)] == [b.id, a.id]
    assert vault.assessments.previous_all()[dep.id].id == b.id


def test_delete(vault: Vault) -> None:
    dep = add_dep(vault)
    keep = assessment(dep.id, assessed_on=dt.date(2025, 1, 1))
    gone = assessment(dep.id, assessed_on=dt.date(2026, 1, 1))
    save(vault, keep)
    save(vault, gone)
    with vault.transaction():
        vault.assessments.delete(gone.id)
    with pytest.raises(NotFound):
        vault.assessments.get(gone.id)
    assert [a.id for a in vault.assessments.for_dependency(dep.id)] == [keep.id]
    assert vault.assessments.latest(dep.id) == keep
    assert vault.assessments.latest_all()[dep.id].id == keep.id
    assert dep.id not in vault.assessments.previous_all()
    delete, create = vault.assessments.history(gone.id)  # newest first
    assert (delete.seq, delete.op, delete.parent_rev) == (2, "delete", create.rev_id)
    assert delete.snapshot == create.snapshot  # the content stays in the history
    assert audit_actions(vault)[-1] == ("delete", "assessment", gone.id)
    with pytest.raises(NotFound), vault.transaction():
        vault.assessments.delete(gone.id)
    with pytest.raises(NotFound), vault.transaction():
        vault.assessments.delete(new_id())


# the risk matrix ------------------------------------------------------------------------------


def edited_matrix(ref: ReferenceData) -> dict[str, Any]:
    doc = copy.deepcopy(dict(ref.default_matrix))
    doc["grid"]["C"]["C"] = "high"  # impact C x likelihood C: medium -> high
    doc["risky_strategic"] = {"min_impact": "D", "min_likelihood": "C"}
    return doc


def test_default_matrix_is_version_1(vault: Vault, ref: ReferenceData) -> None:
    repo = vault.assessments
    assert repo.matrix_versions() == [1]
    assert repo.matrix().version == 1
    assert repo.matrix(1).version == 1
    assert repo.matrix().grid == ref.default_matrix["grid"]
    assert repo.matrix().lookup("C", "C").code == "medium"
    with pytest.raises(NotFound):
        repo.matrix(2)


def test_save_matrix_creates_version_2_and_keeps_version_1(vault: Vault, ref: ReferenceData) -> None:
    dep = add_dep(vault)
    old = assessment(dep.id, likelihood="C", suggested_likelihood="C", justification="",
                     impacts=[CriticalityScore("2.1", "C", "why")])
    save(vault, old)
    stored_before = vault.conn.execute("SELECT data FROM assessments WHERE id = ?", (old.id,)).fetchone()[0]
    with vault.transaction():
        m2 = vault.assessments.save_matrix(edited_matrix(ref))
    repo = vault.assessments
    assert m2.version == 2
    assert repo.matrix_versions() == [1, 2]
    assert repo.matrix().version == 2
    assert repo.matrix(2).lookup("C", "C").code == "high"
    assert repo.matrix(1).lookup("C", "C").code == "medium"  # version 1 unchanged
    assert (repo.matrix(1).min_impact, repo.matrix(2).min_impact) == ("C", "D")
    assert audit_actions(vault)[-1] == ("matrix-saved", "risk_matrix", "2")
    # the old assessment keeps its version, its data and its risk level; it still validates
    kept = repo.get(old.id)
    assert kept.matrix_version == 1
    assert vault.conn.execute("SELECT data FROM assessments WHERE id = ?", (old.id,)).fetchone()[0] == stored_before
    repo.validate(kept)
    assert kept.current is not None
    assert repo.matrix(kept.matrix_version).lookup(kept.current.likelihood, kept.current.impact).code == "medium"
    # a new assessment can still be scored under version 1, or under version 2
    save(vault, assessment(dep.id, matrix_version=1))
    save(vault, assessment(dep.id, matrix_version=2))
    assert sorted(a.matrix_version for a in repo.for_dependency(dep.id)) == [1, 1, 2]


def test_save_matrix_twice_numbers_on(vault: Vault, ref: ReferenceData) -> None:
    with vault.transaction():
        vault.assessments.save_matrix(edited_matrix(ref))
    with vault.transaction():
        m3 = vault.assessments.save_matrix(dict(ref.default_matrix))
    assert m3.version == 3
    assert vault.assessments.matrix_versions() == [1, 2, 3]
    assert vault.assessments.matrix().lookup("C", "C").code == "medium"


def test_assessment_under_an_unknown_matrix_version_is_not_saved(vault: Vault) -> None:
    dep = add_dep(vault)
    with vault.transaction():
        before = counts(vault)
        with pytest.raises((RecordInvalid, NotFound)):
            vault.assessments.save(assessment(dep.id, matrix_version=5))
        assert counts(vault) == before


def test_invalid_matrix_is_refused(vault: Vault, ref: ReferenceData) -> None:
    bad = copy.deepcopy(dict(ref.default_matrix))
    del bad["grid"]["B"]["C"]
    with pytest.raises(ReferenceDataError), vault.transaction():
        vault.assessments.save_matrix(bad)
    assert vault.assessments.matrix_versions() == [1]
    assert vault.assessments.matrix().version == 1
    assert "matrix-saved" not in [a for a, _t, _i in audit_actions(vault)]


def test_matrix_versions_survive_reopening(make_vault: MakeVault, ref: ReferenceData, unlock: Unlock) -> None:
    v = make_vault().vault
    with v.transaction():
        v.assessments.save_matrix(edited_matrix(ref))
    path = v.path
    v.close(backup=False)
    again = unlock(path, passphrase=PASSPHRASE)
    assert again.assessments.matrix_versions() == [1, 2]
    assert again.assessments.matrix(2).lookup("C", "C").code == "high"
    assert again.assessments.matrix(1).lookup("C", "C").code == "medium"


# the likelihood rules ---------------------------------------------------------------------------


def test_default_rules_come_from_reference(vault: Vault, ref: ReferenceData) -> None:
    assert vault.assessments.rules() == parse_rules(ref.default_likelihood_rules)
    assert vault.assessments.rules_document() == dict(ref.default_likelihood_rules)


def test_save_rules_persists(make_vault: MakeVault, ref: ReferenceData, unlock: Unlock) -> None:
    v = make_vault().vault
    doc = copy.deepcopy(dict(ref.default_likelihood_rules))
    doc["adjustments"] = [a for a in doc["adjustments"] if a["indicator"] != "eu_share"]
    doc["base"][0]["min_hhi"] = 0.7
    with v.transaction():
        v.assessments.save_rules(doc)
    assert v.assessments.rules() == parse_rules(doc)
    assert v.assessments.rules_document() == doc
    assert audit_actions(v)[-1] == ("rules-saved", "config", "likelihood_rules")
    path = v.path
    v.close(backup=False)
    again = unlock(path, passphrase=PASSPHRASE)
    assert again.assessments.rules_document() == doc
    rules = again.assessments.rules()
    assert rules.base[0][0] == 0.7
    assert "eu_share" not in [a[0] for a in rules.adjustments]


def test_save_rules_validates(vault: Vault, ref: ReferenceData) -> None:
    doc = copy.deepcopy(dict(ref.default_likelihood_rules))
    doc["adjustments"][0]["indicator"] = "gdp"
    with vault.transaction():
        before = counts(vault)
        with pytest.raises(ReferenceDataError):
            vault.assessments.save_rules(doc)
        assert counts(vault) == before
    assert vault.assessments.rules_document() == dict(ref.default_likelihood_rules)


# schema ----------------------------------------------------------------------------------------


def tables(v: Vault) -> set[str]:
    return {r[0] for r in v.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_new_vault_is_at_the_latest_schema(vault: Vault) -> None:
    assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert migrations.current_version(vault.conn) == migrations.LATEST
    assert {"assessments", "action_options", "risk_matrices", "config"} <= tables(vault)


def test_v1_fixture_migrates_and_gets_the_assessment_tables(v1_fixture: Path, unlock: Unlock) -> None:
    v = unlock(v1_fixture, passphrase=FIXTURE_PASSPHRASE)
    assert v.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert {"assessments", "action_options", "risk_matrices", "config"} <= tables(v)
    repo = v.assessments
    assert repo.matrix_versions() == [1]
    assert repo.matrix().version == 1
    assert repo.rules() == parse_rules(v.ref.default_likelihood_rules)
    assert repo.for_dependency(FIXTURE_GALLIUM) == []
    a = assessment(FIXTURE_GALLIUM, assessor="fixture")
    save(v, a)
    assert repo.latest(FIXTURE_GALLIUM) == a
    assert v.check() == []
