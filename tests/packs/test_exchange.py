"""Exchanging register data between two real vaults that diverge: new records, edits on one side,
edits on both sides, deletions, the round trip back, idempotence, trust and refusals, and a
property test that no accepted edit is lost."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sdapp.core.merge import CONFLICT, DELETED, DELETION, EDIT, FAST_FORWARD, MINE, NEW, THEIRS, UNCHANGED, Resolution
from sdapp.core.model import ActionOption, Assessment, CountryShare, CriticalityScore, Dependency, SupplyStage, new_id
from sdapp.packs.envelope import PackError, seal
from sdapp.packs.exchange import (
    ALL,
    IDS,
    MINISTRY,
    SINCE_LAST,
    ExchangeConflict,
    ImportPreview,
    Selection,
    apply_import,
    export_exchange,
    read_pack,
)
from sdapp.packs.identity import add_contact, ensure_identity
from sdapp.vault.exchange_store import content_hash
from sdapp.vault.vault import Created, Vault

MakeVault = Callable[..., Created]


@dataclass
class Pair:
    """A ministry's vault and the taskforce's, each with the other as a contact."""

    ministry: Vault  # contact "Taskforce" there
    taskforce: Vault  # contact "Ministry" there
    folder: Path

    def send(self, source: Vault, selection: Selection | None = None) -> Path:
        to = "Taskforce" if source is self.ministry else "Ministry"
        out = self.folder / f"{uuid.uuid4().hex[:8]}.sdpack"
        export_exchange(source, to, selection or Selection(ALL), out)
        return out

    def other(self, vault: Vault) -> Vault:
        return self.taskforce if vault is self.ministry else self.ministry

    def exchange(self, source: Vault, selection: Selection | None = None, **kwargs: Any) -> ImportPreview:
        """Send from ``source`` and apply at the other side; returns the preview applied."""
        target = self.other(source)
        preview = read_pack(target, self.send(source, selection))
        apply_import(target, preview, **kwargs)
        return preview


def connect(a: Vault, a_name: str, b: Vault, b_name: str) -> None:
    ia, ib = ensure_identity(a), ensure_identity(b)
    add_contact(a, b_name, "", ib.age_recipient, ib.public_key.to_file_text())
    add_contact(b, a_name, "", ia.age_recipient, ia.public_key.to_file_text())


@pytest.fixture
def pair(make_vault: MakeVault, tmp_path: Path) -> Pair:
    ministry = make_vault("ministry", user="anna", department="EZ").vault
    taskforce = make_vault("taskforce", user="bert", department="BZK").vault
    connect(ministry, "Ministry", taskforce, "Taskforce")
    out = tmp_path / "media"
    out.mkdir()
    return Pair(ministry, taskforce, out)


def dep(**overrides: Any) -> Dependency:
    values: dict[str, Any] = {
        "id": new_id(), "name": "Gallium", "kind": "raw-material", "domain": "chips",
        "description": "Gallium for compound semiconductors", "cn_codes": ["811292"], "lead_ministry": "EZ",
        "tags": ["metals"], "stages": [SupplyStage("processing", [CountryShare("CN", 98.0)])],
        "criticality": [CriticalityScore("2.1", "C", "Chips for defence")],
    }
    values.update(overrides)
    return Dependency(**values)


def add(v: Vault, d: Dependency) -> Dependency:
    with v.transaction():
        v.dependencies.add(d)
    return d


def edit(v: Vault, dep_id: str, **changes: Any) -> Dependency:
    d = copy.deepcopy(v.dependencies.get(dep_id, include_deleted=True))
    for k, val in changes.items():
        setattr(d, k, val)
    with v.transaction():
        v.dependencies.update(d)
    return d


def assessment(dep_id: str, **overrides: Any) -> Assessment:
    values: dict[str, Any] = {"id": new_id(), "dependency_id": dep_id, "assessed_on": dt.date(2026, 3, 1),
                              "assessor": "anna", "matrix_version": 1,
        "impacts": [CriticalityScore("2.1", "C", "Chips for defence")], "likelihood": "C"}
    values.update(overrides)
    return Assessment(**values)


def option(dep_id: str, **overrides: Any) -> ActionOption:
    values: dict[str, Any] = {"id": new_id(), "dependency_id": dep_id, "title": "Monitoring gallium",
                              "category": "monitoring", "rung": 1, "lead_ministry": "EZ", "effect_likelihood": 1}
    values.update(overrides)
    return ActionOption(**values)


def rev_ids(v: Vault, entity_type: str, entity_id: str) -> set[str]:
    return v.revision_graph.revision_ids(entity_type, entity_id)


def head(v: Vault, entity_type: str, entity_id: str) -> str:
    h = v.revision_graph.head(entity_type, entity_id)
    assert h is not None
    return h.rev_id


def footprint(v: Vault) -> tuple[int, ...]:
    """Row counts of everything an import may write, plus the connection's change counter."""
    tables = ("dependencies", "assessments", "action_options", "revisions", "audit", "exchange_log", "exchange_heads")
    return (*(int(v.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables), v.conn.total_changes)


def kinds(preview: ImportPreview) -> dict[str, str]:
    return {r.entity_id: r.kind for r in preview.records}


# new records ----------------------------------------------------------------------------------------


def test_new_records_arrive_with_their_whole_history_and_provenance(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    edit(m, d.id, description="Edited once")
    a = assessment(d.id)
    o = option(d.id)
    with m.transaction():
        m.assessments.save(a)
        m.options.save(o)
        m.options.transition(o.id, "in-review", "please look")
    path = pair.send(m)
    assert path.with_name(path.name + ".minisig").is_file()

    preview = read_pack(t, path)
    assert preview.summary() == "new=3 updated=0 conflicts=0 deleted=0 unchanged=0"
    assert preview.contact.name == "Ministry"
    assert preview.source["workstation"] == m.actor.workstation
    assert footprint(t) == footprint(t)  # reading wrote nothing
    before = footprint(t)
    read_pack(t, path)
    assert footprint(t) == before

    result = apply_import(t, preview)
    assert result.counts[NEW] == 3
    assert t.dependencies.get(d.id) == m.dependencies.get(d.id)
    assert t.assessments.get(a.id) == m.assessments.get(a.id)
    assert t.options.get(o.id) == m.options.get(o.id)
    assert t.options.get(o.id).review_history[0].comment == "please look"
    # same revision ids, same heads: the next exchange finds the common ancestor by id
    for entity_type, entity_id in (("dependency", d.id), ("assessment", a.id), ("action_option", o.id)):
        assert rev_ids(t, entity_type, entity_id) == rev_ids(m, entity_type, entity_id)
        assert head(t, entity_type, entity_id) == head(m, entity_type, entity_id)
    history = t.dependencies.history(d.id)
    assert [r.op for r in history] == ["update", "create"]
    hop = history[0].provenance["exchange_hops"][-1]  # type: ignore[index]
    assert hop["pack_id"] == preview.pack_id
    assert hop["signer"] == "Ministry"
    assert hop["source_workstation"] == m.actor.workstation
    assert hop["received_by"] == "bert"
    # the review step's own provenance survives the trip
    assert t.options.history(o.id)[0].provenance["review"] == "in-review"  # type: ignore[index]
    actions = [e.action for e in t.audit.entries(limit=20)]
    assert actions.count("exchange.new") == 3
    assert "exchange.received" in actions
    assert t.check() == []
    assert m.check() == []
    # both exchange logs, and the copy register of the sender
    (sent,) = m.exchanges.entries()
    (received,) = t.exchanges.entries()
    assert (sent.direction, sent.contact_name, sent.pack_id, sent.records) == ("sent", "Taskforce", preview.pack_id, 3)
    assert (received.direction, received.contact_name, received.records) == ("received", "Ministry", 3)
    assert received.counts[NEW] == 3
    assert {i["kind"] for i in received.applied} == {NEW}
    (issued,) = m.copies.all()
    assert (issued.kind, issued.addressee, issued.file_name) == ("exchange", "Taskforce", path.name)


def test_the_pack_is_an_age_file_with_data_json_and_no_pdf(pair: Pair) -> None:
    from sdapp.packs.exchange import open_exchange

    d = add(pair.ministry, dep(classification="dep-vertrouwelijk"))
    path = pair.send(pair.ministry)
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n")
    opened = open_exchange(pair.taskforce, path.read_bytes())
    assert set(opened.files) == {"data.json"}
    assert opened.manifest["kind"] == "exchange"
    assert opened.manifest["classification"] == "dep-vertrouwelijk"  # the pack is as high as its records
    doc = json.loads(opened.files["data.json"])
    (record,) = doc["records"]
    assert record["id"] == d.id
    (rev,) = record["revisions"]
    assert rev["sha256"] == content_hash(rev["snapshot"])
    assert rev["snapshot"]["name"] == "Gallium"


# one side edits ----------------------------------------------------------------------------------------


def test_edits_on_one_side_fast_forward_both_ways(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    edit(t, d.id, description="The taskforce's view")
    preview = pair.exchange(t, Selection(SINCE_LAST))
    assert kinds(preview) == {d.id: FAST_FORWARD}
    assert preview.summary() == "new=0 updated=1 conflicts=0 deleted=0 unchanged=0"
    assert m.dependencies.get(d.id).description == "The taskforce's view"
    assert head(m, "dependency", d.id) == head(t, "dependency", d.id)
    # nothing left to send either way
    for side in (m, t):
        with pytest.raises(PackError, match="nothing to send"):
            pair.send(side, Selection(SINCE_LAST))


def test_when_this_side_is_ahead_the_record_is_unchanged(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    old_pack = pair.send(m)
    apply_import(t, read_pack(t, old_pack))
    edit(m, d.id, description="newer")
    edit(t, d.id, name="Gallium (taskforce)")
    pair.exchange(m, Selection(SINCE_LAST))  # the taskforce merges
    # an old pack of the ministry's arrives late: the taskforce has all of it
    newer = pair.send(pair.ministry, Selection(ALL))
    preview = read_pack(t, newer)
    assert kinds(preview) == {d.id: UNCHANGED}
    assert preview.records[0].local_ahead


# both sides edit -----------------------------------------------------------------------------------------


def test_edits_of_different_fields_on_both_sides_merge_and_travel_back(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    edit(m, d.id, description="Ministry: supply from China only")
    edit(t, d.id, name="Gallium (processing)", tags=["metals", "chips"])
    m_head, t_head = head(m, "dependency", d.id), head(t, "dependency", d.id)

    preview = read_pack(t, pair.send(m, Selection(SINCE_LAST)))
    (rec,) = preview.records
    assert rec.kind == CONFLICT
    assert rec.conflicting_fields == []
    assert rec.ancestor is not None
    assert rec.ancestor.snapshot["name"] == "Gallium"
    assert rec.merge is not None
    assert {f.key: f.outcome for f in rec.merge.fields} == {"description": THEIRS, "name": MINE, "tags": MINE}
    result = apply_import(t, preview)
    merged = t.dependencies.get(d.id)
    assert (merged.name, merged.description, merged.tags) == ("Gallium (processing)",
                                                              "Ministry: supply from China only", ["metals", "chips"])
    (merge_rev,) = [r for r in t.dependencies.history(d.id) if r.op == "merge"]
    row = t.conn.execute("SELECT parent_rev, merge_parent FROM revisions WHERE rev_id = ?",
                         (merge_rev.rev_id,)).fetchone()
    assert tuple(row) == (t_head, m_head)
    provenance = merge_rev.provenance["merge"]  # type: ignore[index]
    assert provenance["pack_id"] == preview.pack_id
    assert provenance["signer"] == "Ministry"
    assert provenance["fields"] == {"description": THEIRS, "name": MINE, "tags": MINE}
    assert result.applied[0]["merge_rev"] == merge_rev.rev_id
    assert rev_ids(m, "dependency", d.id) <= rev_ids(t, "dependency", d.id)
    assert "exchange.conflict" in [e.action for e in t.audit.entries(limit=10)]

    # the agreed picture goes back: a fast-forward for the ministry
    back = pair.exchange(t, Selection(SINCE_LAST))
    assert kinds(back) == {d.id: FAST_FORWARD}
    assert m.dependencies.get(d.id) == merged
    assert head(m, "dependency", d.id) == merge_rev.rev_id
    assert rev_ids(m, "dependency", d.id) == rev_ids(t, "dependency", d.id)
    # and the next exchange finds the merge as the common ancestor
    edit(m, d.id, status="under-analysis")
    edit(t, d.id, description="Taskforce after the merge")
    again = read_pack(t, pair.send(m, Selection(SINCE_LAST)))
    assert again.records[0].ancestor is not None
    assert again.records[0].ancestor.rev_id == merge_rev.rev_id
    assert again.records[0].conflicting_fields == []


def test_the_same_field_changed_on_both_sides_needs_a_choice(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    edit(m, d.id, description="Ministry's text", status="under-analysis")
    edit(t, d.id, description="Taskforce's text")
    preview = read_pack(t, pair.send(m, Selection(SINCE_LAST)))
    (rec,) = preview.conflicts
    assert rec.conflicting_fields == ["description"]
    field = rec.merge.get("description")  # type: ignore[union-attr]
    assert (field.ancestor, field.mine, field.theirs) == ("Gallium for compound semiconductors", "Taskforce's text",
                                                          "Ministry's text")
    before = footprint(t)
    with pytest.raises(ExchangeConflict, match=r"Gallium \(dependency: description\)"):
        apply_import(t, preview)
    assert footprint(t) == before  # nothing written
    apply_import(t, preview, {rec.key: {"description": Resolution(EDIT, "Both texts, agreed")}})
    got = t.dependencies.get(d.id)
    assert (got.description, got.status) == ("Both texts, agreed", "under-analysis")
    merge_rev = t.dependencies.history(d.id)[0]
    assert merge_rev.provenance["merge"]["fields"]["description"] == EDIT  # type: ignore[index]


@pytest.mark.parametrize("side", [MINE, THEIRS])
def test_prefer_decides_conflicting_fields_only(pair: Pair, side: str) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    edit(m, d.id, description="Ministry's text", status="under-analysis")
    edit(t, d.id, description="Taskforce's text", tags=["taskforce"])
    apply_import(t, read_pack(t, pair.send(m, Selection(SINCE_LAST))), prefer_side=side)
    got = t.dependencies.get(d.id)
    assert got.description == ("Taskforce's text" if side == MINE else "Ministry's text")
    assert (got.status, got.tags) == ("under-analysis", ["taskforce"])  # one-sided edits merge either way


def test_records_made_on_both_sides_without_shared_history_conflict_field_by_field(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = dep()
    add(m, d)
    add(t, dep(id=d.id, description="Typed in again at the taskforce"))
    preview = read_pack(t, pair.send(m))
    (rec,) = preview.records
    assert rec.kind == CONFLICT
    assert rec.ancestor is None
    assert rec.conflicting_fields == ["description"]
    apply_import(t, preview, prefer_side=THEIRS)
    assert t.dependencies.get(d.id).description == d.description


# deletions -------------------------------------------------------------------------------------------


def test_a_deletion_travels_as_a_tombstone_and_a_restore_after_it(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    with m.transaction():
        m.dependencies.delete(d.id)
    preview = pair.exchange(m, Selection(SINCE_LAST))
    assert kinds(preview) == {d.id: DELETION}
    assert preview.summary() == "new=0 updated=0 conflicts=0 deleted=1 unchanged=0"
    assert t.dependencies.is_deleted(d.id)
    assert t.dependencies.count() == 0
    assert next(r.op for r in t.dependencies.history(d.id)) == "delete"
    with m.transaction():
        m.dependencies.restore(d.id)
    back = pair.exchange(m, Selection(SINCE_LAST))
    assert kinds(back) == {d.id: FAST_FORWARD}
    assert not t.dependencies.is_deleted(d.id)


def test_a_deletion_against_an_edit_is_a_conflict_that_keeps_the_edit(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    with m.transaction():
        m.dependencies.delete(d.id)
    edit(t, d.id, description="Still relevant, says the taskforce")
    preview = read_pack(t, pair.send(m, Selection(SINCE_LAST)))
    (rec,) = preview.conflicts
    assert rec.merge is not None
    assert {f.key: f.outcome for f in rec.merge.fields} == {DELETED: THEIRS, "description": MINE}
    apply_import(t, preview)
    assert t.dependencies.is_deleted(d.id)  # in the bin, with the edit kept
    assert t.dependencies.get(d.id, include_deleted=True).description == "Still relevant, says the taskforce"
    # choosing to keep it out of the bin instead
    d2 = add(m, dep(name="Germanium"))
    pair.exchange(m, Selection(IDS, ids=(d2.id,)))
    with m.transaction():
        m.dependencies.delete(d2.id)
    edit(t, d2.id, description="Keep it")
    preview = read_pack(t, pair.send(m, Selection(IDS, ids=(d2.id,))))
    apply_import(t, preview, {preview.records[0].key: {DELETED: Resolution(MINE)}})
    assert not t.dependencies.is_deleted(d2.id)


# assessments and options ------------------------------------------------------------------------------


def test_assessments_and_options_merge_with_their_review_state(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    a = assessment(d.id)
    o = option(d.id)
    with m.transaction():
        m.assessments.save(a)
        m.options.save(o)
    pair.exchange(m)
    # ministry: edits the option's body and the likelihood; taskforce: a review step and the assessor
    with m.transaction():
        changed = copy.deepcopy(m.options.get(o.id))
        changed.body = "Quarterly monitoring of stocks"
        m.options.save(changed)
        a2 = copy.deepcopy(m.assessments.get(a.id))
        a2.likelihood = "D"
        m.assessments.save(a2)
    with t.transaction():
        t.options.transition(o.id, "in-review", "taskforce review")
        a3 = copy.deepcopy(t.assessments.get(a.id))
        a3.assessor = "bert"
        t.assessments.save(a3)
    preview = read_pack(t, pair.send(m, Selection(SINCE_LAST)))
    assert {r.entity_type: r.kind for r in preview.records} == {"dependency": UNCHANGED, "assessment": CONFLICT,
                                                               "action_option": CONFLICT}
    opt = preview.record("action_option", o.id)
    assert opt.merge is not None
    outcomes = {f.key: f.outcome for f in opt.merge.fields}
    assert outcomes["review"] == MINE
    assert outcomes["body"] == THEIRS
    apply_import(t, preview)
    merged_option = t.options.get(o.id)
    assert (merged_option.status, merged_option.body) == ("in-review", "Quarterly monitoring of stocks")
    merged_assessment = t.assessments.get(a.id)
    assert (merged_assessment.likelihood, merged_assessment.assessor) == ("D", "bert")
    assert merged_assessment.current is not None
    assert merged_assessment.current.likelihood == "D"  # the derived risk follows the merged likelihood
    back = pair.exchange(t, Selection(SINCE_LAST))
    assert {r.kind for r in back.records if r.entity_type != "dependency"} == {FAST_FORWARD}
    assert m.options.get(o.id) == merged_option
    assert m.assessments.get(a.id) == merged_assessment


def test_assessments_need_the_same_matrix_version_on_both_sides(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    doc = m.assessments.matrix().to_dict()
    doc["name"] = {"nl": "Aangepast", "en": "Adjusted"}
    with m.transaction():
        m.assessments.save_matrix(doc)
        m.assessments.save(assessment(d.id, matrix_version=2))
    before = footprint(t)
    with pytest.raises(PackError, match="risk matrix version 2, which this vault does not have"):
        apply_import(t, read_pack(t, pair.send(m)))
    assert footprint(t) == before


# idempotence, staleness, refusals ----------------------------------------------------------------------


def test_importing_the_same_pack_twice_changes_nothing(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    edit(m, d.id, description="Ministry")
    edit(t, d.id, name="Taskforce")
    path = pair.send(m, Selection(SINCE_LAST))
    apply_import(t, read_pack(t, path))
    state = (t.dependencies.get(d.id), footprint(t))
    again = read_pack(t, path)
    assert again.summary() == "new=0 updated=0 conflicts=0 deleted=0 unchanged=1"
    assert again.already_imported is not None
    result = apply_import(t, again)
    assert result.entry is None
    assert not result.changed
    assert (t.dependencies.get(d.id), footprint(t)) == state


def test_a_preview_is_refused_when_the_register_changed_since(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    edit(m, d.id, description="Ministry")
    preview = read_pack(t, pair.send(m, Selection(SINCE_LAST)))
    edit(t, d.id, name="Edited while the preview was open")
    before = footprint(t)
    with pytest.raises(PackError, match="changed in this vault since the preview"):
        apply_import(t, preview)
    assert footprint(t) == before


def test_a_merge_that_breaks_the_rules_is_refused_before_anything_is_written(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m)
    edit(m, d.id, name="Gallium (M)", stages=[SupplyStage("processing", [CountryShare("CN", 90.0)])])
    edit(t, d.id, name="Gallium (T)", stages=[])
    preview = read_pack(t, pair.send(m, Selection(SINCE_LAST)))
    key = preview.records[0].key
    before = footprint(t)
    with pytest.raises(PackError, match="name: a name is required"):
        apply_import(t, preview, {key: {"name": Resolution(EDIT, " "), "stages": Resolution(MINE)}})
    with pytest.raises(PackError, match="the merged version is not a valid record"):
        apply_import(t, preview, {key: {"name": Resolution(MINE), "stages": Resolution(EDIT, 5)}})
    with pytest.raises(PackError, match=r"Gallium \(M\): name: must be text"):
        apply_import(t, preview, {key: {"name": Resolution(EDIT, ["not", "text"]), "stages": Resolution(MINE)}})
    with pytest.raises(PackError, match="shares add up to"):
        apply_import(t, preview, {key: {"name": Resolution(MINE), "stages": Resolution(EDIT, [
            {"stage": "processing", "shares": [{"country": "CN", "share": 90}, {"country": "DE", "share": 20}]}])}})
    assert footprint(t) == before


def test_only_a_trusted_contact_s_exchange_pack_addressed_here_is_imported(pair: Pair, make_vault: MakeVault) -> None:
    m, t = pair.ministry, pair.taskforce
    add(m, dep())
    path = pair.send(m)
    # someone else cannot open it
    other = make_vault("other", user="carla").vault
    ensure_identity(other)
    with pytest.raises(PackError, match="not addressed to you"):
        read_pack(other, path)
    # a vault without keys is told why
    bare = make_vault("bare", user="dirk").vault
    with pytest.raises(PackError, match="no keys yet"):
        read_pack(bare, path)
    assert bare.keys.identities() == []  # and was not given any by trying
    # the sender must be a contact
    with t.transaction():
        t.keys.remove_contact("Ministry")
    with pytest.raises(PackError, match="unknown key"):
        read_pack(t, path)
    # a pack the vault itself made
    own = pair.folder / "own.sdpack"
    identity = ensure_identity(m)
    sealed = seal({"data.json": b"{}"}, {"kind": "exchange", "pack_id": "x"}, identity.signing_key,
                  recipients=[identity.age_recipient])
    own.write_bytes(sealed.data)
    with pytest.raises(PackError, match="sealed in this vault"):
        read_pack(m, own)


def test_damaged_or_foreign_content_is_refused(pair: Pair) -> None:
    m, t = pair.ministry, pair.taskforce
    identity = ensure_identity(m)
    recipient = ensure_identity(t).age_recipient

    def pack(data: dict[str, Any] | bytes, kind: str = "exchange") -> Path:
        raw = data if isinstance(data, bytes) else json.dumps(data).encode()
        sealed = seal({"data.json": raw}, {"kind": kind, "pack_id": "p1"}, identity.signing_key,
                      recipients=[recipient])
        path = pair.folder / f"{uuid.uuid4().hex}.sdpack"
        path.write_bytes(sealed.data)
        return path

    d = dep()
    snap = d.to_dict()
    rev = {"rev_id": str(uuid.uuid4()), "parent_rev": None, "merge_parent": None, "seq": 1, "op": "create",
           "author": "x", "department": "", "workstation": "w", "ts": "2026-01-01T00:00:00+00:00", "deleted": False,
           "sha256": content_hash(snap), "snapshot": snap, "provenance": None}
    good = {"format": "sdapp-exchange", "version": 1, "pack_id": "p1", "source": {"vault_id": "v", "workstation": "w"},
            "records": [{"entity_type": "dependency", "id": d.id, "head": rev["rev_id"], "revisions": [rev]}],
            "matrices": {}}
    assert read_pack(t, pack(good)).summary() == "new=1 updated=0 conflicts=0 deleted=0 unchanged=0"
    cases: list[tuple[dict[str, Any] | bytes, str]] = [
        (b"not json", "not JSON"),
        ({**good, "format": "sdapp-data"}, "no register exchange data"),
        ({**good, "version": 99}, "newer sdapp"),
        ({**good, "pack_id": "p2"}, "pack id differs"),
        ({**good, "records": [{**good["records"][0], "head": "nope"}]}, "head of"),
        ({**good, "records": [{**good["records"][0], "revisions": [{**rev, "sha256": "0" * 64}]}]},
         "does not match its content hash"),
        ({**good, "records": [{**good["records"][0], "revisions": [{**rev, "parent_rev": "missing"}]}]},
         "incomplete"),
        ({**good, "records": [{**good["records"][0], "revisions": [{**rev, "parent_rev": rev["rev_id"]}]}]},
         "circle"),
        ({**good, "records": [{**good["records"][0], "entity_type": "stress_scenario"}]}, "unknown type"),
        ({**good, "records": [good["records"][0], good["records"][0]]}, "listed twice"),
    ]
    for data, message in cases:
        with pytest.raises(PackError, match=message):
            read_pack(t, pack(data))
    with pytest.raises(PackError, match="not a register exchange"):
        read_pack(t, pack(good, kind="briefing"))


def test_export_refusals_leave_nothing_behind(pair: Pair) -> None:
    m = pair.ministry
    with pytest.raises(PackError, match="nothing to send"):
        pair.send(m)
    d = add(m, dep())
    target = pair.folder / "taken.sdpack"
    target.write_bytes(b"keep me")
    with pytest.raises(PackError, match="exists already"):
        export_exchange(m, "Taskforce", Selection(ALL), target)
    assert target.read_bytes() == b"keep me"
    with pytest.raises(PackError, match="no such folder"):
        export_exchange(m, "Taskforce", Selection(ALL), pair.folder / "nowhere" / "x.sdpack")
    with pytest.raises(PackError, match="no dependency with id"):
        pair.send(m, Selection(IDS, ids=(new_id(),)))
    with pytest.raises(PackError, match="unknown ministry"):
        pair.send(m, Selection(MINISTRY, ministry="XYZ"))
    from sdapp.vault.errors import NotFound

    with pytest.raises(NotFound, match="no contact named 'Nobody'"):
        export_exchange(m, "Nobody", Selection(ALL), pair.folder / "y")
    assert sorted(p.name for p in pair.folder.iterdir()) == ["taken.sdpack"]
    assert m.exchanges.entries() == []
    assert m.copies.all() == []
    # the suffix is added when missing
    path = pair.send(m, Selection(IDS, ids=(d.id,)))
    assert path.suffix == ".sdpack"


def test_selections(pair: Pair) -> None:
    m = pair.ministry
    ez = add(m, dep(name="A", lead_ministry="EZ"))
    bzk = add(m, dep(name="B", lead_ministry="BZK"))
    binned = add(m, dep(name="C", lead_ministry="EZ"))
    with m.transaction():
        m.dependencies.delete(binned.id)
        m.assessments.save(assessment(bzk.id))

    def sent_ids(selection: Selection) -> list[str]:
        preview = read_pack(pair.taskforce, pair.send(m, selection))
        return [r.entity_id for r in preview.records if r.entity_type == "dependency"]

    assert sent_ids(Selection(ALL)) == [ez.id, bzk.id, binned.id]  # binned records travel as tombstones
    assert sent_ids(Selection(MINISTRY, ministry="EZ")) == [ez.id, binned.id]
    assert sent_ids(Selection(IDS, ids=(bzk.id,))) == [bzk.id]
    with pytest.raises(PackError, match="nothing to send"):
        pair.send(m, Selection(SINCE_LAST))  # everything went to the taskforce already
    with m.transaction():
        m.assessments.save(assessment(ez.id))  # a child's change sends its dependency along
    assert sent_ids(Selection(SINCE_LAST)) == [ez.id]
    log = m.exchanges.entries()
    assert [e.selection["mode"] for e in log][:2] == [SINCE_LAST, IDS]


# property: no accepted edit is lost --------------------------------------------------------------------

FIELDS: dict[str, Any] = {
    "name": st.sampled_from(["Gallium", "Gallium (processing)", "Germanium"]),
    "description": st.sampled_from(["", "short", "Ministry's text", "Taskforce's text"]),
    "status": st.sampled_from(["signalled", "under-analysis", "monitoring"]),
    "tags": st.lists(st.sampled_from(["metals", "chips", "defence"]), unique=True, max_size=2),
    "lead_ministry": st.sampled_from(["", "EZ", "BZK"]),
    "classification": st.sampled_from(["ongerubriceerd", "dep-vertrouwelijk"]),
}
EDITS = st.lists(st.one_of(*[st.tuples(st.just(k), v) for k, v in FIELDS.items()]), max_size=4)


def state(v: Vault, dep_id: str) -> dict[str, Any]:
    return {**v.dependencies.get(dep_id, include_deleted=True).to_dict(), DELETED: v.dependencies.is_deleted(dep_id)}


def apply_edits(v: Vault, dep_id: str, edits: list[tuple[str, Any]], delete: bool) -> None:
    for name, value in edits:
        edit(v, dep_id, **{name: value})
    if delete:
        with v.transaction():
            v.dependencies.delete(dep_id)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ministry_edits=EDITS, taskforce_edits=EDITS, ministry_deletes=st.booleans(),
       taskforce_deletes=st.booleans(), picks=st.dictionaries(st.sampled_from([*FIELDS, DELETED]),
                                                              st.sampled_from([MINE, THEIRS])))
def test_property_no_accepted_edit_is_lost(pair: Pair, ministry_edits: list[tuple[str, Any]],
                                           taskforce_edits: list[tuple[str, Any]], ministry_deletes: bool,
                                           taskforce_deletes: bool, picks: dict[str, str]) -> None:
    # every example works on a record of its own, so the shared vaults do not couple examples
    m, t = pair.ministry, pair.taskforce
    d = add(m, dep())
    pair.exchange(m, Selection(IDS, ids=(d.id,)))
    ancestor = state(m, d.id)
    apply_edits(m, d.id, ministry_edits, ministry_deletes)
    apply_edits(t, d.id, taskforce_edits, taskforce_deletes)
    theirs, mine = state(m, d.id), state(t, d.id)
    m_revs, t_revs = rev_ids(m, "dependency", d.id), rev_ids(t, "dependency", d.id)

    preview = read_pack(t, pair.send(m, Selection(IDS, ids=(d.id,))))
    (rec,) = preview.records
    choices = {f.key: Resolution(picks.get(f.key, MINE)) for f in rec.merge.conflicts} if rec.merge else {}
    apply_import(t, preview, {rec.key: choices})
    merged = state(t, d.id)
    for key in set(ancestor) | set(mine) | set(theirs):
        a, mv, tv = ancestor.get(key), mine.get(key), theirs.get(key)
        if mv == tv:
            assert merged.get(key) == mv, key
        elif mv == a:
            assert merged.get(key) == tv, key  # the ministry's edit arrived
        elif tv == a:
            assert merged.get(key) == mv, key  # the taskforce's edit stayed
        else:
            assert merged.get(key) == (mv if choices[key].choice == MINE else tv), key  # the accepted one
    # both histories are kept whole, and the result descends from both heads
    assert m_revs | t_revs <= rev_ids(t, "dependency", d.id)
    # the round trip gives the ministry exactly the agreed picture
    back = read_pack(m, pair.send(t, Selection(IDS, ids=(d.id,))))
    assert back.records[0].kind in (FAST_FORWARD, DELETION, UNCHANGED)
    apply_import(m, back)
    assert state(m, d.id) == merged
    assert head(m, "dependency", d.id) == head(t, "dependency", d.id)
    # and a second import of either pack changes nothing
    before = footprint(m)
    apply_import(m, read_pack(m, pair.folder / Path(back.file_name)))
    assert footprint(m) == before


# without sdapp --------------------------------------------------------------------------------------


def test_an_exchange_pack_opens_with_the_standard_age_and_minisign_tools(pair: Pair, tmp_path: Path) -> None:
    from tests.packs.conftest import age_decrypt, age_keygen, check_manifest_hashes, minisign_verify, unzip_all

    key = age_keygen(tmp_path / "receiver.key")
    m = pair.ministry
    add_contact(m, "Tool user", "", key.recipient)
    d = add(m, dep())
    out = tmp_path / "for-tools.sdpack"
    export_exchange(m, "Tool user", Selection(ALL), out)
    files = unzip_all(age_decrypt(out.read_bytes(), key))
    assert set(files) == {"data.json", "manifest.json", "manifest.json.minisig"}
    check_manifest_hashes(files)
    doc = json.loads(files["data.json"])
    assert [r["id"] for r in doc["records"]] == [d.id]
    folder = tmp_path / "opened"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    public = tmp_path / "sender.pub"
    public.write_text(ensure_identity(m).public_key.to_file_text(), encoding="ascii")
    minisign_verify(public, folder / "manifest.json")
    minisign_verify(public, out, out.with_name(out.name + ".minisig"))
