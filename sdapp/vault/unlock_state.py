"""Failed unlock attempts: counted outside the encrypted database (which they cannot open).

The count drives a growing delay before the next attempt and is shown, then written to
the audit log, at the next successful unlock. Tampering with this file can only lower the
delay, which protects the interactive path, not the key-slot file against offline attack;
Argon2id does that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sdapp.vault.fsutil import atomic_write

MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 0, 1, 2, 4, ... up to 5 minutes."""
    if failures <= 0:
        return 0.0
    return min(float(2 ** (failures - 1)), MAX_DELAY_SECONDS)


@dataclass
class UnlockState:
    failures: int = 0
    last_failure: float = 0.0  # epoch seconds
    last_user: str = ""

    def remaining(self, now: float) -> float:
        return max(0.0, self.last_failure + delay_after(self.failures) - now)


def load(path: Path) -> UnlockState:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return UnlockState(int(raw["failures"]), float(raw["last_failure"]), str(raw.get("last_user", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return UnlockState()


def save(path: Path, state: UnlockState) -> None:
    atomic_write(path, json.dumps(state.__dict__).encode("utf-8"))
