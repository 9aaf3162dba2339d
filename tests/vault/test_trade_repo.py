"""vault.trade: schema step 5, packed chunks (sizes checked), files, and stress scenarios
(validated, a revision per change, audited, unique names)."""

from __future__ import annotations

import struct
from collections.abc import Callable

import pytest

from sdapp.core.trade import CountryLoss, Scenario, new_scenario_id
from sdapp.vault import migrations
from sdapp.vault.errors import NotFound, RecordInvalid
from sdapp.vault.trade import TradeChunk
from sdapp.vault.vault import Created, Vault


@pytest.fixture
def vault(make_vault: Callable[..., Created]) -> Vault:
    return make_vault().vault


def chunk(file_id: int, rows: int = 2, **changes: object) -> TradeChunk:
    values: dict[str, object] = dict(
        file_id=file_id, chapter="85", rows=rows, products=("85423190", "854231"),
        reporter=b"NL" * rows, partner=b"CNTW"[: 2 * rows].ljust(2 * rows, b"Z"),
        product=struct.pack(f"<{rows}H", *([0, 1] * rows)[:rows]),
        period=struct.pack(f"<{rows}i", *[202300] * rows), flow=bytes([1] * rows),
        value=struct.pack(f"<{rows}d", *[1.5] * rows), quantity=struct.pack(f"<{rows}d", *[float("nan")] * rows))
    values.update(changes)
    return TradeChunk(**values)  # type: ignore[arg-type]


def test_step_5_is_in_place(vault: Vault) -> None:
    assert migrations.LATEST >= 5
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    assert {"trade_files", "trade_chunks", "trade_chunks_by_chapter", "stress_scenarios"} <= tables


def test_files_and_chunks_round_trip(vault: Vault) -> None:
    with vault.transaction():
        fid = vault.trade.begin_file("ab" * 32, "x.csv", "generic")
        vault.trade.add_chunk(chunk(fid))
        vault.trade.add_chunk(chunk(fid, 1, chapter="28", products=("2804",)))
        stored = vault.trade.finish_file(fid, 3, {"encoding": "utf-8"})
    assert (stored.rows, stored.skipped_rows, stored.detail) == (3, 3, {"encoding": "utf-8"})
    assert vault.trade.files() == [stored]
    assert vault.trade.file_by_sha("ab" * 32) == stored
    assert vault.trade.chapters() == ["28", "85"]
    assert vault.trade.product_codes() == ["2804", "854231", "85423190"]
    assert vault.trade.product_codes("8542") == ["854231", "85423190"]
    assert vault.trade.row_count() == 3
    back = list(vault.trade.chunks(["85"]))
    assert back == [chunk(fid)]
    assert [c.chapter for c in vault.trade.chunks()] == ["85", "28"]  # file order, then insertion
    with vault.transaction(), pytest.raises(RecordInvalid, match="imported already"):
        vault.trade.begin_file("ab" * 32, "again.csv", "generic")
    with vault.transaction():
        vault.trade.remove_file(fid)
    assert vault.trade.files() == []
    assert not vault.trade.has_data()
    assert vault.audit.entries()[0].action == "delete"
    with vault.transaction(), pytest.raises(NotFound):
        vault.trade.remove_file(fid)


@pytest.mark.parametrize(("changes", "field"), [
    ({"rows": 0}, "rows"), ({"chapter": "8"}, "chapter"), ({"products": ()}, "products"),
    ({"products": ("2804",)}, "products"), ({"products": ("85x",)}, "products"), ({"reporter": b"NLD"}, "reporter"),
    ({"value": b"\0" * 7}, "value"), ({"quantity": b"\0" * 12}, "quantity"), ({"period": b""}, "period"),
    ({"flow": b"\1"}, "flow"), ({"product": b"\0" * 3}, "product"),
    ({"product": b"\0\1", "products": tuple(f"85{i:04d}" for i in range(257))}, "product"),
])
def test_malformed_chunks_are_refused(vault: Vault, changes: dict[str, object], field: str) -> None:
    with vault.transaction():
        fid = vault.trade.begin_file("cd" * 32, "x.csv", "generic")
        with pytest.raises(RecordInvalid) as info:
            vault.trade.add_chunk(chunk(fid, **changes))
    assert info.value.errors[0][0] == field


def scenario(name: str = "Taiwan", **changes: object) -> Scenario:
    s = Scenario(new_scenario_id(), name, [CountryLoss("TW", 100.0), CountryLoss("CN", 40.0)], "a note")
    for k, v in changes.items():
        setattr(s, k, v)
    return s


def test_scenarios_are_versioned_and_audited(vault: Vault) -> None:
    s = scenario()
    with vault.transaction():
        assert vault.trade.save_scenario(s) is True
        assert vault.trade.save_scenario(s) is False  # unchanged: no revision
    s.losses.append(CountryLoss("KR", 20.0))
    with vault.transaction():
        assert vault.trade.save_scenario(s) is True
    assert vault.trade.scenario(s.id) == s
    assert vault.trade.scenario(" TAIWAN ") == s
    assert [r.op for r in vault.trade.scenario_history(s.id)] == ["update", "create"]
    assert [e.action for e in vault.audit.entries(2)] == ["update", "create"]
    with vault.transaction():
        vault.trade.delete_scenario(s.id)
    assert vault.trade.scenarios() == []
    with pytest.raises(NotFound):
        vault.trade.scenario(s.id)
    assert vault.audit.verify() == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": " "}, "name"), ({"losses": []}, "losses"), ({"losses": [CountryLoss("XX", 10.0)]}, "losses[0]"),
    ({"losses": [CountryLoss("CN", 0.0)]}, "losses[0]"), ({"losses": [CountryLoss("CN", 101.0)]}, "losses[0]"),
    ({"losses": [CountryLoss("CN", 10.0), CountryLoss("CN", 20.0)]}, "losses[1]"), ({"id": "nope"}, "id"),
])
def test_invalid_scenarios_are_refused(vault: Vault, changes: dict[str, object], field: str) -> None:
    with vault.transaction(), pytest.raises(RecordInvalid) as info:
        vault.trade.save_scenario(scenario(**changes))
    assert field in [f for f, _r in info.value.errors]
    assert vault.trade.scenarios() == []


def test_scenario_names_are_unique(vault: Vault) -> None:
    with vault.transaction():
        vault.trade.save_scenario(scenario("Blockade"))
    with vault.transaction(), pytest.raises(RecordInvalid, match="exists already"):
        vault.trade.save_scenario(scenario("blockade"))
