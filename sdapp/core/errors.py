"""Domain errors: every refusal carries a human reason, never a traceback."""

from __future__ import annotations


class DomainError(Exception):
    """Base class for errors the user can act on."""


class ValidationError(DomainError):
    """A value breaks a domain rule. ``field`` names where, for forms and import reports."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class ReferenceDataError(DomainError):
    """A reference-data file is malformed; names the file and the place in it."""
