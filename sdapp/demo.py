"""The demo vault: fictitious but realistic data, clearly marked, passphrase ``demo``."""

from __future__ import annotations

import json
from pathlib import Path

from sdapp.assets import load_reference, resource_path
from sdapp.core.model import Dependency
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
    """Fill an empty vault with the demo register."""
    with vault.transaction():
        vault.dependencies.add_many(demo_dependencies(), op="create")


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
