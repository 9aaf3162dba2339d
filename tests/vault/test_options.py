"""vault.options: validated writes, a revision per change and per review step, audit entries,
the second-user rule across real users, changed-since-agreement, the bin, the demo options."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from sdapp.core.model import ActionOption, new_id
from sdapp.core.options import changed_since_agreement
from sdapp.demo import DEMO_REVIEWER, DEMO_USER, build_demo
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.vault import Created, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.conftest import add_dep

MakeVault = Callable[..., Created]
SECOND = "second user passphrase"


@pytest.fixture
def created(make_vault: MakeVault) -> Created:
    return make_vault()


@pytest.fixture
def vault(created: Created) -> Vault:
    return created.vault


def option(dep_id: str, **overrides: Any) -> ActionOption:
    values: dict[str, Any] = {"id": new_id(), "dependency_id": dep_id, "title": "Monitoring gallium",
                              "category": "monitoring", "rung": 1, "lead_ministry": "EZ", "effect_likelihood": 1}
    values.update(overrides)
    return ActionOption(**values)


def save(v: Vault, o: ActionOption) -> bool:
    with v.transaction():
        return v.options.save(o)


def move(v: Vault, option_id: str, to_status: str, comment: str = "") -> ActionOption:
    with v.transaction():
        return v.options.transition(option_id, to_status, comment)


def audit_actions(v: Vault, option_id: str) -> list[str]:
    return [e.action for e in reversed(v.audit.entries(limit=1000)) if e.entity_id == option_id]


def as_second_user(created: Created, ref: Any) -> Vault:
    """Add user bert and reopen the vault as bert."""
    v = created.vault
    v.add_user("bert", "BZ", SECOND, FAST_KDF)
    path = v.path
    v.close(backup=False)
    return Vault.unlock(path, ref, passphrase=SECOND, user="bert")


def test_save_creates_a_concept_with_a_revision_and_an_audit_entry(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    assert save(vault, o)
    stored = vault.options.get(o.id)
    assert stored.status == "concept"
    assert stored.author == "anna"
    assert stored.edited_by == "anna"
    assert [r.op for r in vault.options.history(o.id)] == ["create"]
    assert audit_actions(vault, o.id) == ["create"]
    assert vault.options.for_dependency(dep.id) == [stored]
    assert vault.options.all() == [stored]
    row = vault.conn.execute("SELECT status, dependency_id FROM action_options WHERE id = ?", (o.id,)).fetchone()
    assert tuple(row) == ("concept", dep.id)


def test_an_unchanged_save_writes_nothing(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    assert not save(vault, vault.options.get(o.id))
    assert len(vault.options.history(o.id)) == 1


def test_an_update_is_a_new_revision(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    o = vault.options.get(o.id)
    o.body = "Kwartaalrapportage."
    assert save(vault, o)
    revs = vault.options.history(o.id)
    assert [r.op for r in revs] == ["update", "create"]
    assert revs[0].snapshot["body"] == "Kwartaalrapportage."
    assert audit_actions(vault, o.id) == ["create", "update"]


def test_invalid_options_are_refused(vault: Vault) -> None:
    dep = add_dep(vault)
    with pytest.raises(RecordInvalid) as info:
        save(vault, option(dep.id, title="", category="nope", cost_once_low=3.0, cost_once_high=1.0))
    assert {"title", "category", "cost_once_low"} <= {f for f, _r in info.value.errors}
    with pytest.raises(RecordInvalid, match="no dependency"):
        save(vault, option(new_id()))
    with pytest.raises(RecordInvalid, match="concept"):
        save(vault, option(dep.id, status="agreed"))
    assert vault.options.all() == []


def test_proportionality_looks_at_the_rungs_tried_for_the_dependency(created: Created, ref: Any) -> None:
    vault = created.vault
    dep = add_dep(vault)
    with pytest.raises(RecordInvalid, match="proportionality_justification"):
        save(vault, option(dep.id, rung=3, category="sector-agreements"))
    first = option(dep.id, rung=3, category="sector-agreements", proportionality_justification="Monitoring "
                   "alleen volstaat niet.")
    save(vault, first)
    move(vault, first.id, "in-review")
    bert = as_second_user(created, ref)
    try:
        move(bert, first.id, "agreed")
        save(bert, option(dep.id, rung=3, category="eu-instruments"))  # rung 3 tried now
        with pytest.raises(RecordInvalid, match="proportionality_justification"):
            save(bert, option(dep.id, rung=4, category="stockpiling"))
    finally:
        bert.close(backup=False)


def test_the_status_changes_only_through_a_review_step(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    o = vault.options.get(o.id)
    o.status = "in-review"
    with pytest.raises(RecordInvalid, match="review step"):
        save(vault, o)


def test_transitions_record_who_when_why_and_the_revision(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    moved = move(vault, o.id, "in-review", "graag kijken")
    entry = moved.review_history[-1]
    assert (entry.from_status, entry.to_status, entry.user, entry.comment) == ("concept", "in-review", "anna",
                                                                             "graag kijken")
    assert entry.at
    assert entry.revision == 2
    revs = vault.options.history(o.id)
    assert revs[0].seq == 2
    assert revs[0].snapshot["status"] == "in-review"
    assert revs[0].provenance == {"review": "in-review"}
    assert audit_actions(vault, o.id) == ["create", "review"]
    detail = vault.audit.entries(limit=1)[0].detail
    assert detail["from"] == "concept"
    assert detail["to"] == "in-review"
    assert detail["comment"] == "graag kijken"
    assert vault.conn.execute("SELECT status FROM action_options WHERE id = ?", (o.id,)).fetchone()[0] == \
        "in-review"


def test_invalid_moves_are_refused_and_change_nothing(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    with pytest.raises(RecordInvalid, match="cannot move"):
        move(vault, o.id, "decided-adopted")
    with pytest.raises(NotFound):
        move(vault, new_id(), "in-review")
    assert vault.options.get(o.id).status == "concept"
    assert len(vault.options.history(o.id)) == 1


def test_only_a_second_user_can_agree_and_edits_need_re_agreement(created: Created, ref: Any) -> None:
    vault = created.vault
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    move(vault, o.id, "in-review")
    with pytest.raises(RecordInvalid, match="author"):
        move(vault, o.id, "agreed")
    bert = as_second_user(created, ref)
    try:
        agreed = move(bert, o.id, "agreed", "akkoord")
        assert agreed.review_history[-1].user == "bert"
        assert not bert.options.changed_since_agreement(o.id)
        edited = bert.options.get(o.id)
        edited.body = "Bert past de tekst aan."
        save(bert, edited)
        stored = bert.options.get(o.id)
        assert stored.edited_by == "bert"
        assert stored.author == "anna"
        assert stored.status == "agreed"
        assert bert.options.changed_since_agreement(o.id)
        with pytest.raises(RecordInvalid, match="again"):
            move(bert, o.id, "in-briefing")
        with pytest.raises(RecordInvalid, match="last editor"):
            move(bert, o.id, "agreed")  # bert edited: he cannot agree his own edit
        path = bert.path
    finally:
        bert.close(backup=False)
    anna = Vault.unlock(path, ref, passphrase=PASSPHRASE, user="anna")
    try:
        with pytest.raises(RecordInvalid, match="author"):
            move(anna, o.id, "agreed")  # and anna is the author
    finally:
        anna.close(backup=False)


def test_re_agreement_clears_the_change_mark(created: Created, ref: Any) -> None:
    vault = created.vault
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    move(vault, o.id, "in-review")
    bert = as_second_user(created, ref)
    try:
        move(bert, o.id, "agreed")
        path = bert.path
    finally:
        bert.close(backup=False)
    anna = Vault.unlock(path, ref, passphrase=PASSPHRASE, user="anna")
    try:
        edited = anna.options.get(o.id)
        edited.title = "Monitoring gallium en germanium"
        save(anna, edited)
        assert anna.options.changed_since_agreement(o.id)
        assert anna.audit.entries(limit=1)[0].detail["changed_since_agreement"] is True
    finally:
        anna.close(backup=False)
    bert = Vault.unlock(path, ref, passphrase=SECOND, user="bert")
    try:
        again = move(bert, o.id, "agreed", "opnieuw akkoord")
        assert not changed_since_agreement(again)
        assert [e.to_status for e in again.review_history] == ["in-review", "agreed", "agreed"]
        assert move(bert, o.id, "in-briefing").status == "in-briefing"
        assert move(bert, o.id, "decided-adopted").status == "decided-adopted"
        final = bert.options.get(o.id)
        final.body = "te laat"
        with pytest.raises(RecordInvalid, match="final"):
            save(bert, final)
    finally:
        bert.close(backup=False)


def test_delete_moves_to_the_bin_and_restore_brings_back(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    with vault.transaction():
        vault.options.delete(o.id)
    assert vault.options.all() == []
    assert vault.options.for_dependency(dep.id) == []
    assert [x.id for x in vault.options.deleted()] == [o.id]
    with pytest.raises(NotFound):
        vault.options.get(o.id)
    with pytest.raises(NotFound):
        move(vault, o.id, "in-review")
    with pytest.raises(NotFound, match="bin"):
        save(vault, o)
    with vault.transaction():
        vault.options.restore(o.id)
    assert vault.options.get(o.id).id == o.id
    assert [r.op for r in vault.options.history(o.id)] == ["restore", "delete", "create"]
    assert audit_actions(vault, o.id) == ["create", "delete", "restore"]


def test_the_audit_chain_stays_valid(vault: Vault) -> None:
    dep = add_dep(vault)
    o = option(dep.id)
    save(vault, o)
    move(vault, o.id, "in-review")
    assert vault.check() == []


def test_demo_options_are_imported_with_their_review_history(vault: Vault) -> None:
    build_demo(vault)
    options = vault.options.all()
    assert len(options) >= 40
    assert len({o.category for o in options}) >= 6
    assert len({o.status for o in options}) >= 4
    agreed = [o for o in options if any(e.to_status == "agreed" for e in o.review_history)]
    assert agreed
    assert all(o.author == DEMO_USER for o in options)
    assert all(e.user == DEMO_REVIEWER for o in agreed for e in o.review_history if e.to_status == "agreed")
    assert any(changed_since_agreement(o) for o in options)
    o = options[0]
    rev = vault.options.history(o.id)[0]
    assert rev.op == "import"
    assert rev.provenance == {"source": "demo"}
    assert json.loads(vault.conn.execute("SELECT data FROM action_options WHERE id = ?", (o.id,)).fetchone()[0]
                      )["id"] == o.id
    assert vault.check() == []


def test_import_refuses_a_history_agreed_by_the_author(vault: Vault) -> None:
    from sdapp.core.options import apply_transition

    dep = add_dep(vault)
    o = option(dep.id, author="anna")
    o = apply_transition(o, "in-review", "anna", "2026-01-01T00:00:00+00:00")
    o = apply_transition(o, "agreed", "bert", "2026-01-02T00:00:00+00:00")
    o.review_history[-1].user = "anna"
    with pytest.raises(RecordInvalid, match="author"), vault.transaction():
        vault.options.import_options([o], source="test")
    assert vault.options.all() == []
