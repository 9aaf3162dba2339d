"""Domain errors: every refusal carries a human reason, never a traceback."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill_placeholders(template: str, args: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``, ... replaced by ``args`` in one pass (as QString.arg does).

    One pass means an argument that itself contains "%2" is never filled again; a placeholder
    without an argument stays as it is.
    """

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return args[number - 1] if 1 <= number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(fill, template) if args else template


class DomainError(Exception):
    """Base class for errors the user can act on."""


class ValidationError(DomainError):
    """A value breaks a domain rule. ``field`` names where, for forms and import reports.

    ``reason`` is the English text. ``template`` (English, with ``%1``, ``%2`` placeholders) and
    ``args`` let the interface translate the message without the core knowing of Qt: the GUI
    looks up ``template`` in the "Validation" context and fills in ``args``. Built from a plain
    reason, the template is the reason itself and there are no args.

    ``args`` deliberately shadows :attr:`BaseException.args` (the constructor arguments, which
    nothing here reads); ``str(error)`` stays "field: reason".
    """

    def __init__(self, field: str, reason: str | None = None, *, template: str | None = None,
                 args: tuple[str, ...] = ()) -> None:
        if template is None:
            if reason is None:
                raise TypeError("ValidationError needs a reason or a template")
            template, args = reason, ()
        if reason is None:
            reason = fill_placeholders(template, args)
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
        self.template = template
        self._template_args = tuple(str(a) for a in args)

    @property  # type: ignore[override]
    def args(self) -> tuple[str, ...]:
        """The values for ``%1``, ``%2``, ... in :attr:`template`."""
        return self._template_args

    @args.setter
    def args(self, value: tuple[str, ...]) -> None:
        self._template_args = tuple(str(a) for a in value)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str], dict[str, object]]:
        return ValidationError, (self.field, self.reason), {"template": self.template,
                                                            "_template_args": self._template_args}

    @classmethod
    def from_template(cls, field: str, template: str, *args: str) -> ValidationError:
        """An error whose reason is ``template`` with ``args`` filled in."""
        return cls(field, template=template, args=tuple(args))


class ReferenceDataError(DomainError):
    """A reference-data file is malformed; names the file and the place in it."""
