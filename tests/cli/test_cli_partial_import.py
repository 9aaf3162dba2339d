"""An import file with fewer columns updates what it names and keeps everything else."""

from __future__ import annotations

import csv
import json

from tests.cli.conftest import CliVault, assert_ok


def test_partial_file_keeps_the_fields_it_does_not_mention(demo_vault: CliVault) -> None:
    before = {d["id"]: d for d in json.loads(demo_vault.export_json("before.json"))["dependencies"]}
    gallium = next(d for d in before.values() if d["name"].startswith("Gallium"))
    partial = demo_vault.home / "partial.csv"
    with partial.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "kind", "domain", "status"])
        writer.writerow([gallium["id"], gallium["name"], gallium["kind"], gallium["domain"], "monitoring"])
    result = assert_ok(demo_vault.cmd("register", "import", partial))
    assert "updated=1" in result.out
    after = {d["id"]: d for d in json.loads(demo_vault.export_json("after.json"))["dependencies"]}
    changed = after[gallium["id"]]
    assert changed["status"] == "monitoring"
    for field in ("classification", "stages", "criticality", "description", "eu_lists", "cn_codes", "tags"):
        assert changed[field] == gallium[field], field
    others = {k: v for k, v in after.items() if k != gallium["id"]}
    assert others == {k: v for k, v in before.items() if k != gallium["id"]}
