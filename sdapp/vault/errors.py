"""Vault errors. Each maps to one clear, distinct message for the user."""

from __future__ import annotations

from collections.abc import Sequence

from sdapp.core.errors import ValidationError


class VaultError(Exception):
    """Base class: the message is fit to show as-is."""


class NotAVault(VaultError):
    pass


class DamagedVault(VaultError):
    pass


class NewerVersion(VaultError):
    pass


class WrongSecret(VaultError):
    """Wrong passphrase or recovery key. Carries the failure count for the UI."""

    def __init__(self, message: str, failures: int, delay_seconds: float) -> None:
        super().__init__(message)
        self.failures = failures
        self.delay_seconds = delay_seconds


class LockedOut(VaultError):
    """Too soon after failed attempts: the growing delay has not run out yet."""

    def __init__(self, message: str, remaining_seconds: float) -> None:
        super().__init__(message)
        self.remaining_seconds = remaining_seconds


class VaultInUse(VaultError):
    pass


class StorageError(VaultError):
    """The medium refused a write (full, read-only, gone). Nothing was changed."""


class NotFound(VaultError):
    pass


class RecordInvalid(VaultError):
    """A record failed domain validation; ``errors`` lists field and reason.

    ``violations`` keeps the core's ValidationError objects (with their message templates)
    when there are any, so the interface can show the reasons in its own language."""

    def __init__(self, errors: list[tuple[str, str]], violations: Sequence[ValidationError] = ()) -> None:
        super().__init__("; ".join(f"{f}: {r}" for f, r in errors))
        self.errors = errors
        self.violations: list[ValidationError] = list(violations) or [ValidationError(f, r) for f, r in errors]
