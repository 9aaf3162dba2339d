"""The demo vault: fictitious but realistic data, clearly marked, passphrase ``demo``."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from sdapp.assets import load_reference, resource_path
from sdapp.core.indicators import evidence
from sdapp.core.model import LIKELIHOOD_CODES, Assessment, Dependency, RiskScore
from sdapp.core.risk import overall_impact, suggest_likelihood
from sdapp.vault.errors import VaultError
from sdapp.vault.folder import read_slots
from sdapp.vault.keyslots import KdfParams
from sdapp.vault.vault import SUFFIX, Vault, create, resolve_path

DEMO_PASSPHRASE = "demo"  # noqa: S105 - the demo vault is public by design, said on screen
DEMO_USER = "Demo Analist"
DEMO_DEPARTMENT = "EZ"


def default_demo_path() -> Path:
    return Path.home() / f"sdapp-demo{SUFFIX}"


def demo_dependencies() -> list[Dependency]:
    raw = json.loads(resource_path("demo", "dependencies.json").read_text(encoding="utf-8"))
    return [Dependency.from_dict(d) for d in raw["dependencies"]]


def build_demo(vault: Vault) -> None:
    """Fill an empty vault with the demo register and an assessment history for each record."""
    deps = demo_dependencies()
    with vault.transaction():
        vault.dependencies.add_many(deps, op="create")
        for i, dep in enumerate(deps):
            for assessment in demo_assessments(dep, i, vault):
                vault.assessments.save(assessment)


def demo_assessments(dep: Dependency, index: int, vault: Vault) -> list[Assessment]:
    """Assessments derived from the record's own evidence, deterministic per record.

    Every third record also gets an older assessment a year earlier, one class lower in
    likelihood, so the matrix shows movement and the timeline has history.
    """
    rules = vault.assessments.rules()
    ev = evidence(dep, vault.ref)
    suggestion = suggest_likelihood(ev, rules)
    suggested = suggestion.likelihood or "B"
    impact = overall_impact(dep.criticality)
    if impact == "X":
        return []
    likelihood, justification = suggested, ""
    if index % 7 == 3:  # some analysts depart from the suggestion, with a reason
        likelihood = LIKELIHOOD_CODES[max(0, LIKELIHOOD_CODES.index(suggested) - 1)]
        justification = ("Recente leveringsafspraken met alternatieve leveranciers verlagen de kans op "
                         "verstoring; de regels tellen die nog niet mee. [DEMO-gegevens]")
    up = LIKELIHOOD_CODES[min(4, LIKELIHOOD_CODES.index(likelihood) + 1)]
    down = LIKELIHOOD_CODES[max(0, LIKELIHOOD_CODES.index(likelihood) - 1)]
    current = Assessment(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"sdapp-demo/{dep.id}/2026")), dependency_id=dep.id,
        assessed_on=dt.date(2026, 3 + index % 8, 1 + index % 27), assessor=DEMO_USER, matrix_version=1,
        impacts=list(dep.criticality), likelihood=likelihood, suggested_likelihood=suggestion.likelihood,
        justification=justification, inherent=RiskScore(up, impact), residual=RiskScore(down, impact),
    )
    out = [current]
    if index % 3 == 0:
        earlier = Assessment(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"sdapp-demo/{dep.id}/2025")), dependency_id=dep.id,
            assessed_on=dt.date(2025, 3 + index % 8, 1 + index % 27), assessor=DEMO_USER, matrix_version=1,
            impacts=list(dep.criticality), likelihood=down, suggested_likelihood=down,
            inherent=RiskScore(likelihood, impact), residual=RiskScore(down, impact),
        )
        out.insert(0, earlier)
    return out


def ensure_demo_vault(path: Path | None = None) -> tuple[Path, bool]:
    """Create the demo vault at ``path`` unless it exists; returns (path, created)."""
    target = resolve_path(path or default_demo_path())
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if (target / "keyslots.json").exists():
        slots, _raw = read_slots(target)
        if [s.user for s in slots.slots if s.kind == "passphrase"] != [DEMO_USER]:
            raise VaultError(f"{target} exists and is not a demo vault; choose another place for the demo")
        return target, False
    created = create(target, load_reference(), user=DEMO_USER, department=DEMO_DEPARTMENT,
                     passphrase=DEMO_PASSPHRASE, params=KdfParams(iterations=1), allow_short_passphrase=True)
    try:
        build_demo(created.vault)
    finally:
        created.vault.close(backup=False)
    return created.vault.path, True
