"""Schema step 7 and the vault side of exchanges: revision graphs read and written with their ids
intact (vault.revision_graph) and the exchange log (vault.exchanges)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from sdapp.core.model import Assessment, CriticalityScore, new_id
from sdapp.core.reference import ReferenceData
from sdapp.vault import migrations
from sdapp.vault.errors import NotFound, VaultError
from sdapp.vault.exchange_log import RECEIVED, SENT
from sdapp.vault.exchange_store import ChainRevision, content_hash, snapshot_text
from sdapp.vault.vault import Created, Vault
from tests.conftest import PASSPHRASE
from tests.vault.conftest import add_dep, build_vault_at_version, make_dep

MakeVault = Callable[..., Created]


def test_step_7_migrates_a_schema_6_vault_keeping_its_history(tmp_path: Path, ref: ReferenceData) -> None:
    deps = [make_dep(name="Gallium"), make_dep(name="Germanium")]
    folder = tmp_path / "old.sdvault"
    build_vault_at_version(folder, 6, deps)
    v = Vault.unlock(folder, ref, passphrase=PASSPHRASE)
    try:
        assert migrations.current_version(v.conn) == migrations.LATEST >= 7
        columns = [r[1] for r in v.conn.execute("PRAGMA table_info(revisions)")]
        assert columns[-1] == "merge_parent"
        tables = {r[0] for r in v.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"exchange_log", "exchange_heads"} <= tables
        (rev,) = v.revision_graph.chain("dependency", deps[0].id)
        assert (rev.op, rev.parent_rev, rev.merge_parent, rev.deleted) == ("create", None, None, False)
        assert rev.snapshot == deps[0].to_dict()
        assert v.exchanges.entries() == []
        assert v.check() == []
    finally:
        v.close(backup=False)


def test_chains_carry_the_bin_state_after_every_revision(make_vault: MakeVault) -> None:
    v = make_vault().vault
    dep = add_dep(v)
    a = Assessment(new_id(), dep.id, dt.date(2026, 1, 2), "anna", 1,
                   [CriticalityScore("2.1", "C", "why")])
    with v.transaction():
        v.dependencies.delete(dep.id)
        v.dependencies.restore(dep.id)
        v.assessments.save(a)
        v.assessments.delete(a.id)
    graph = v.revision_graph
    assert [(r.op, r.deleted) for r in graph.chain("dependency", dep.id)] == [
        ("create", False), ("delete", True), ("restore", False)]
    assert [(r.op, r.deleted) for r in graph.chain("assessment", a.id)] == [("create", False), ("delete", True)]
    head = graph.head("assessment", a.id)
    assert head is not None
    assert head.deleted
    assert head.dependency_id == dep.id
    assert graph.children([dep.id]) == {"assessment": [a.id], "action_option": []}
    assert graph.revision_ids("dependency", dep.id) == {r.rev_id for r in v.dependencies.history(dep.id)}
    assert graph.known([head.rev_id, "nope"]) == {head.rev_id}


def test_received_revisions_keep_their_ids_and_get_local_numbers(make_vault: MakeVault) -> None:
    v = make_vault().vault
    dep = add_dep(v)
    graph = v.revision_graph
    (first,) = graph.chain("dependency", dep.id)
    edited = {**dep.to_dict(), "description": "from elsewhere"}
    incoming = ChainRevision("0190aaaa-0000-7000-8000-000000000001", first.rev_id, None, 7, "update", "bert", "BZK",
                             "elsewhere", "2026-01-01T00:00:00+00:00", edited, {"source": "x"}, False)
    with v.transaction():
        assert graph.store_received("dependency", dep.id, [first, incoming], {"pack_id": "p"}) == 1
        graph.move_head("dependency", dep.id, incoming)
    assert v.dependencies.get(dep.id).description == "from elsewhere"
    stored = v.dependencies.history(dep.id)[0]
    assert (stored.rev_id, stored.seq, stored.author, stored.workstation) == (incoming.rev_id, 2, "bert", "elsewhere")
    assert stored.provenance == {"source": "x", "exchange_hops": [{"pack_id": "p"}]}
    row = v.conn.execute("SELECT snapshot, search_text FROM revisions r JOIN dependencies d ON d.head_rev = r.rev_id"
                         " WHERE d.id = ?", (dep.id,)).fetchone()
    assert row[0] == snapshot_text(edited)
    assert "from elsewhere" in row[1]
    assert content_hash(edited) == content_hash(dict(reversed(list(edited.items()))))  # key order does not matter
    # a merge revision names both parents and carries the bin state
    with v.transaction():
        merge = graph.write_merge("dependency", dep.id, edited, incoming.rev_id, first.rev_id,
                                  {"merge": {"deleted": True}})
        graph.move_head("dependency", dep.id, merge)
    assert v.dependencies.is_deleted(dep.id)
    assert graph.chain("dependency", dep.id)[-1].parents == (incoming.rev_id, first.rev_id)
    # an id another record owns, or a head that was never stored, is refused
    other = add_dep(v, name="Other")
    with v.transaction(), pytest.raises(VaultError, match="belongs to another record"):
        graph.store_received("dependency", other.id, [incoming], {})
    with v.transaction(), pytest.raises(NotFound, match="is not stored"):
        graph.move_head("dependency", other.id, incoming)


def test_the_exchange_log_records_packs_and_the_revisions_both_sides_know(make_vault: MakeVault) -> None:
    v = make_vault().vault
    with v.transaction():
        sent = v.exchanges.record(pack_id="p1", direction=SENT, contact_id="c1", contact_name="Taskforce",
                                  heads=[("dependency", "d1", "r1"), ("assessment", "a1", "r2")], records=2,
                                  counts={"dependency": 1, "assessment": 1}, selection={"mode": "all"},
                                  file_name="p1.sdpack")
        v.exchanges.record(pack_id="p2", direction=RECEIVED, contact_id="c2", contact_name="Other", heads=[
            ("dependency", "d1", "r9")], records=1, counts={"new": 1}, applied=[{"kind": "new"}],
            peer_workstation="ws2")
        with pytest.raises(ValueError, match="direction"):
            v.exchanges.record(pack_id="p3", direction="lost", contact_id="c1", contact_name="x", heads=[],
                               records=0, counts={})
    assert (sent.direction, sent.contact_name, sent.selection, sent.by_user) == (SENT, "Taskforce", {"mode": "all"},
                                                                                 "anna")
    assert v.exchanges.shared_revisions("c1") == {"r1", "r2"}
    assert v.exchanges.heads(sent.id) == [("dependency", "d1", "r1"), ("assessment", "a1", "r2")]
    assert v.exchanges.shared_revisions("c2") == {"r9"}
    assert [e.pack_id for e in v.exchanges.entries()] == ["p2", "p1"]
    assert [e.pack_id for e in v.exchanges.entries("c1")] == ["p1"]
    received = v.exchanges.received("p2")
    assert received is not None
    assert received.applied == [{"kind": "new"}]
    assert received.peer_workstation == "ws2"
    assert v.exchanges.received("p1") is None
    last = v.exchanges.last("c2")
    assert last is not None
    assert last.pack_id == "p2"
    actions = [e.action for e in v.audit.entries(limit=5)]
    assert actions[:2] == ["exchange.received", "exchange.sent"]
