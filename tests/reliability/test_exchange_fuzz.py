"""Bad input at the exchange importer: a pack that is sealed and signed by a trusted contact,
but whose data.json was damaged or made up. Reading and applying it may only ever raise
PackError with a reason, and when it does, nothing in the vault has changed."""

from __future__ import annotations

import contextlib
import copy
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sdapp.core.model import Dependency
from sdapp.packs.envelope import PackError, seal
from sdapp.packs.exchange import apply_import, read_pack
from sdapp.packs.identity import ensure_identity
from sdapp.vault.exchange_store import content_hash
from sdapp.vault.vault import Vault
from tests.packs.test_exchange import MakeVault, connect, dep, footprint

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=24),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8,
)

SNAPSHOT_KEYS = tuple(dep().to_dict())
REVISION_KEYS = ("rev_id", "parent_rev", "merge_parent", "seq", "op", "author", "department", "workstation", "ts",
                 "deleted", "sha256", "snapshot", "provenance")
RECORD_KEYS = ("entity_type", "id", "head", "revisions")
TOP_KEYS = ("format", "version", "pack_id", "source", "records", "matrices")

# where a change lands: the document, the record, the revision or the record's content
PATHS = st.one_of(
    st.sampled_from(TOP_KEYS).map(lambda k: (k,)),
    st.sampled_from(RECORD_KEYS).map(lambda k: ("records", 0, k)),
    st.sampled_from(REVISION_KEYS).map(lambda k: ("records", 0, "revisions", 0, k)),
    st.sampled_from(SNAPSHOT_KEYS).map(lambda k: ("records", 0, "revisions", 0, "snapshot", k)),
)


def good_document() -> dict[str, Any]:
    d = dep()
    snap = d.to_dict()
    rev = {"rev_id": str(uuid.uuid4()), "parent_rev": None, "merge_parent": None, "seq": 1, "op": "create",
           "author": "x", "department": "", "workstation": "w", "ts": "2026-01-01T00:00:00+00:00", "deleted": False,
           "sha256": content_hash(snap), "snapshot": snap, "provenance": None}
    return {"format": "sdapp-exchange", "version": 1, "pack_id": "p1",
            "source": {"vault_id": "v", "workstation": "w"},
            "records": [{"entity_type": "dependency", "id": d.id, "head": rev["rev_id"], "revisions": [rev]}],
            "matrices": {}}


def mutate(doc: dict[str, Any], path: tuple[Any, ...], value: Any, delete: bool, rehash: bool) -> dict[str, Any]:
    """``doc`` with the value at ``path`` replaced (or removed). With ``rehash`` the revision's
    content hash is made to fit again, so the damage reaches the record checks behind it."""
    out = copy.deepcopy(doc)
    parent: Any = out
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    rev = out["records"][0]["revisions"][0] if isinstance(out.get("records"), list) and out["records"] \
        and isinstance(out["records"][0], dict) and isinstance(out["records"][0].get("revisions"), list) \
        and out["records"][0]["revisions"] and isinstance(out["records"][0]["revisions"][0], dict) else None
    if rehash and rev is not None and isinstance(rev.get("snapshot"), dict):
        with contextlib.suppress(TypeError, ValueError):
            rev["sha256"] = content_hash(rev["snapshot"])
    return out


@pytest.fixture
def sender_and_receiver(make_vault: MakeVault) -> tuple[Vault, Vault]:
    ministry = make_vault("ministry", user="anna", department="EZ").vault
    taskforce = make_vault("taskforce", user="bert", department="BZK").vault
    connect(ministry, "Ministry", taskforce, "Taskforce")
    return ministry, taskforce


def import_document(sender: Vault, receiver: Vault, data: bytes, folder: Path) -> None:
    identity = ensure_identity(sender)
    sealed = seal({"data.json": data}, {"kind": "exchange", "pack_id": "p1"}, identity.signing_key,
                  recipients=[ensure_identity(receiver).age_recipient])
    path = folder / f"{uuid.uuid4().hex}.sdpack"
    path.write_bytes(sealed.data)
    preview = read_pack(receiver, path)
    apply_import(receiver, preview, prefer_side="theirs")


def refusal(sender: Vault, receiver: Vault, data: bytes, folder: Path) -> str | None:
    """The PackError's message, or None when the import went through."""
    try:
        import_document(sender, receiver, data, folder)
    except PackError as exc:
        return str(exc)
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=PATHS, value=JSON_VALUES, delete=st.booleans(), rehash=st.booleans())
def test_damaged_exchange_data_raises_pack_error_and_writes_nothing(
        sender_and_receiver: tuple[Vault, Vault], tmp_path: Path, path: tuple[Any, ...], value: Any, delete: bool,
        rehash: bool) -> None:
    sender, receiver = sender_and_receiver
    doc = mutate(good_document(), path, value, delete, rehash)
    before = footprint(receiver)
    message = refusal(sender, receiver, json.dumps(doc).encode("utf-8"), tmp_path)
    if message is not None:
        assert message.strip()
        assert footprint(receiver) == before
    else:  # accepted: then it held records the register's rules allow, and they are there whole
        for record in doc["records"]:
            stored = receiver.dependencies.get(record["id"], include_deleted=True)
            assert stored == Dependency.from_dict(record["revisions"][0]["snapshot"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300) | JSON_VALUES.map(lambda v: json.dumps(v).encode("utf-8")))
def test_arbitrary_data_json_raises_pack_error_and_writes_nothing(
        sender_and_receiver: tuple[Vault, Vault], tmp_path: Path, data: bytes) -> None:
    sender, receiver = sender_and_receiver
    before = footprint(receiver)
    with pytest.raises(PackError):
        import_document(sender, receiver, data, tmp_path)
    assert footprint(receiver) == before
