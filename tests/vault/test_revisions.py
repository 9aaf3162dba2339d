"""Revisions written by the dependency repository, field_diff, and validation inside transactions."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.model import CountryShare, Dependency, SupplyStage
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.revisions import field_diff, time_ordered_id, time_ordered_ids
from sdapp.vault.vault import Vault, workstation
from tests.conftest import FAST_KDF
from tests.vault.conftest import make_dep

Unlock = Callable[..., Vault]


@pytest.fixture
def vault(closed_vault: tuple[Path, str], unlock: Unlock) -> Vault:
    return unlock(closed_vault[0])


def edited(dep: Dependency, **changes: object) -> Dependency:
    return Dependency.from_dict({**dep.to_dict(), **changes})


def counts(v: Vault) -> list[int]:
    return [v.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("dependencies", "revisions", "audit")]


def test_add_writes_a_first_revision(vault: Vault) -> None:
    dep = make_dep(name="Neon")
    with vault.transaction():
        vault.dependencies.add(dep)
    (rev,) = vault.dependencies.history(dep.id)
    assert rev.seq == 1
    assert rev.parent_rev is None
    assert rev.op == "create"
    assert rev.entity_type == "dependency"
    assert rev.entity_id == dep.id
    assert (rev.author, rev.department, rev.workstation) == ("anna", "EZ", workstation())
    assert rev.snapshot == dep.to_dict()
    assert rev.provenance is None
    assert rev.ts
    assert vault.dependencies.get(dep.id) == dep
    head = vault.conn.execute("SELECT head_rev FROM dependencies WHERE id = ?", (dep.id,)).fetchone()[0]
    assert head == rev.rev_id


def test_full_lifecycle_links_revisions(vault: Vault) -> None:
    dep = make_dep(name="Neon", description="first")
    repo = vault.dependencies
    with vault.transaction():
        repo.add(dep)
    second = edited(dep, description="second")
    with vault.transaction():
        assert repo.update(second) is True
    with vault.transaction():
        repo.delete(dep.id)
    assert repo.is_deleted(dep.id)
    with pytest.raises(NotFound):
        repo.get(dep.id)
    assert repo.get(dep.id, include_deleted=True) == second
    assert dep.id not in {d.id for d in repo.all()}
    assert dep.id in {r.id for r in repo.rows(deleted=True)}
    with vault.transaction():
        repo.restore(dep.id)
    assert not repo.is_deleted(dep.id)
    first_rev = repo.history(dep.id)[-1]
    with vault.transaction():
        assert repo.restore_revision(dep.id, first_rev.rev_id) is True
    assert repo.get(dep.id) == dep

    history = repo.history(dep.id)  # newest first
    assert [r.op for r in history] == ["update", "restore", "delete", "update", "create"]
    assert [r.seq for r in history] == [5, 4, 3, 2, 1]
    chronological = list(reversed(history))
    assert chronological[0].parent_rev is None
    for before, after in itertools.pairwise(chronological):
        assert after.parent_rev == before.rev_id
    assert len({r.rev_id for r in history}) == 5
    assert [r.snapshot["description"] for r in chronological] == ["first", "second", "second", "second", "first"]
    assert all((r.author, r.department) == ("anna", "EZ") for r in history)
    head = vault.conn.execute("SELECT head_rev FROM dependencies WHERE id = ?", (dep.id,)).fetchone()[0]
    assert head == history[0].rev_id
    audit_actions = [e.action for e in reversed(vault.audit.entries()) if e.entity_id == dep.id]
    assert audit_actions == ["create", "update", "delete", "restore", "update"]
    assert vault.check() == []


def test_update_without_change_writes_nothing(vault: Vault) -> None:
    dep = vault.dependencies.all()[0]
    before = counts(vault)
    with vault.transaction():
        assert vault.dependencies.update(Dependency.from_dict(dep.to_dict())) is False
    assert counts(vault) == before
    assert len(vault.dependencies.history(dep.id)) == 1


def test_restore_of_a_live_record_does_nothing(vault: Vault) -> None:
    dep = vault.dependencies.all()[0]
    before = counts(vault)
    with vault.transaction():
        vault.dependencies.restore(dep.id)
    assert counts(vault) == before


def test_restore_revision_of_current_state_writes_nothing(vault: Vault) -> None:
    dep = vault.dependencies.all()[0]
    (rev,) = vault.dependencies.history(dep.id)
    with vault.transaction():
        assert vault.dependencies.restore_revision(dep.id, rev.rev_id) is False
    with pytest.raises(NotFound), vault.transaction():
        vault.dependencies.restore_revision(dep.id, "no-such-revision")
    assert len(vault.dependencies.history(dep.id)) == 1


def test_unknown_ids(vault: Vault) -> None:
    repo = vault.dependencies
    ghost = make_dep()
    with pytest.raises(NotFound):
        repo.get(ghost.id)
    with pytest.raises(NotFound):
        repo.is_deleted(ghost.id)
    with pytest.raises(NotFound), vault.transaction():
        repo.update(ghost)
    with pytest.raises(NotFound), vault.transaction():
        repo.delete(ghost.id)
    assert repo.history(ghost.id) == []


def test_revisions_record_the_unlocking_user(closed_vault: tuple[Path, str], unlock: Unlock) -> None:
    folder, recovery = closed_vault
    v = unlock(folder)
    v.add_user("bert", "BZ", "bert's passphrase", FAST_KDF)
    v.close(backup=False)
    bert = unlock(folder, passphrase="bert's passphrase")
    dep = bert.dependencies.all()[0]
    with bert.transaction():
        bert.dependencies.update(edited(dep, description="by bert"))
    bert.close(backup=False)
    rescue = unlock(folder, recovery_key=recovery)
    with rescue.transaction():
        rescue.dependencies.update(edited(dep, description="by the recovery key"))
    authors = [(r.author, r.department) for r in reversed(rescue.dependencies.history(dep.id))]
    assert authors == [("anna", "EZ"), ("bert", "BZ"), ("recovery key", "")]


def test_bulk_and_import_revisions(vault: Vault) -> None:
    repo = vault.dependencies
    a, b = make_dep(name="A"), make_dep(name="B")
    with vault.transaction():
        assert repo.add_many([a, b]) == 2
    assert all(repo.history(d.id)[0].op == "create" for d in (a, b))
    existing = repo.all()
    changed = edited(a, description="imported change")
    new = make_dep(name="C")
    unchanged = next(d for d in existing if d.name == "B")
    with vault.transaction():
        summary = repo.upsert_many([changed, new, unchanged], source="file.xlsx")
    assert (summary.created, summary.updated, summary.unchanged) == (1, 1, 1)
    assert repo.history(a.id)[0].op == "import"
    assert repo.history(a.id)[0].provenance == {"source": "file.xlsx"}
    assert repo.history(new.id)[0].provenance == {"source": "file.xlsx"}
    assert len(repo.history(b.id)) == 1
    assert "import" in [e.action for e in vault.audit.entries(limit=1)]


# field_diff ------------------------------------------------------------------------------


def test_field_diff() -> None:
    old = {"name": "A", "tags": ["x"], "description": "same", "gone": 1}
    new = {"name": "B", "tags": ["x", "y"], "description": "same", "added": True}
    assert field_diff(old, new) == [("added", None, True), ("gone", 1, None), ("name", "A", "B"),
                                    ("tags", ["x"], ["x", "y"])]
    assert field_diff(old, dict(old)) == []


def test_field_diff_between_revisions(vault: Vault) -> None:
    dep = vault.dependencies.all()[0]
    with vault.transaction():
        vault.dependencies.update(edited(dep, description="new text", tags=["metals", "critical"]))
    newer, older = vault.dependencies.history(dep.id)
    assert field_diff(older.snapshot, newer.snapshot) == [
        ("description", dep.description, "new text"), ("tags", ["metals"], ["metals", "critical"])]


# validation ------------------------------------------------------------------------------


def stage(*shares: tuple[str, float]) -> list[SupplyStage]:
    return [SupplyStage("processing", [CountryShare(c, s) for c, s in shares])]


@pytest.mark.parametrize(("stages", "reason"), [
    (stage(("CN", 101.0)), "between 0 and 100"),
    (stage(("CN", -1.0)), "between 0 and 100"),
    (stage(("XX", 10.0)), "unknown country code"),
    (stage(("CHN", 10.0)), "unknown country code"),
    (stage(("CN", 60.0), ("DE", 50.0)), "more than 100"),
    (stage(("CN", 10.0), ("CN", 10.0)), "listed twice"),
])
def test_invalid_shares_are_refused(vault: Vault, stages: list[SupplyStage], reason: str) -> None:
    with pytest.raises(RecordInvalid, match=reason) as info, vault.transaction():
        vault.dependencies.add(make_dep(stages=stages))
    assert info.value.errors
    assert all(field.startswith("stages[processing]") for field, _ in info.value.errors)


def test_other_invalid_fields(vault: Vault) -> None:
    with pytest.raises(RecordInvalid) as info, vault.transaction():
        vault.dependencies.add(make_dep(id="not-a-uuid", name=" ", kind="gadget", cn_codes=["12a"],
                                        import_reliance=150.0))
    fields = {f for f, _ in info.value.errors}
    assert {"id", "name", "kind", "cn_codes", "import_reliance"} <= fields


def test_duplicate_id_refused(vault: Vault) -> None:
    dep = vault.dependencies.all()[0]
    with pytest.raises(RecordInvalid, match="exists already"), vault.transaction():
        vault.dependencies.add(dep)


def test_nothing_written_when_validation_fails_in_a_transaction(vault: Vault) -> None:
    before = counts(vault)
    existing = vault.dependencies.all()[0]
    good = make_dep(name="Valid one")
    bad = make_dep(name="Invalid one", stages=stage(("CN", 70.0), ("US", 40.0)))

    def save_both() -> None:
        with vault.transaction():
            vault.dependencies.add(good)
            vault.dependencies.update(edited(existing, description="edited in the same transaction"))
            vault.dependencies.add(bad)

    with pytest.raises(RecordInvalid, match="more than 100"):
        save_both()
    assert counts(vault) == before
    assert not vault.dependencies.exists(good.id)
    assert vault.dependencies.get(existing.id) == existing
    assert len(vault.dependencies.history(existing.id)) == 1
    assert vault.check() == []
    assert not vault.conn.in_transaction


def test_invalid_update_leaves_record_unchanged(vault: Vault) -> None:
    dep = vault.dependencies.all()[0]
    before = counts(vault)
    with pytest.raises(RecordInvalid, match="unknown country"), vault.transaction():
        vault.dependencies.update(edited(dep, stages=[{"stage": "processing",
                                                       "shares": [{"country": "ZZ", "share": 5}]}]))
    assert counts(vault) == before
    assert vault.dependencies.get(dep.id) == dep


def test_upsert_validates_everything_first(vault: Vault) -> None:
    before = counts(vault)
    good, bad = make_dep(name="Good"), make_dep(name="Bad", stages=stage(("CN", 200.0)))
    with pytest.raises(RecordInvalid, match="record 2"), vault.transaction():
        vault.dependencies.upsert_many([good, bad], source="x.csv")
    assert counts(vault) == before


def test_time_ordered_ids_are_strictly_increasing_uuid7_with_the_clock() -> None:
    """Bulk and single ids interleaved, many per millisecond: the order must hold on the
    whole text (the version and variant bits once reordered ids made within one millisecond)."""
    before = time.time_ns() // 1_000_000
    ids = [*time_ordered_ids(20_000), time_ordered_id(), *time_ordered_ids(3), time_ordered_id()]
    after = time.time_ns() // 1_000_000
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    for text in ids:
        value = uuid.UUID(text)
        assert str(value) == text
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert before <= value.int >> 80 <= after + 1  # a burst may run ahead of the clock by a little
