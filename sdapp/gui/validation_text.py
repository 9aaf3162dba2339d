"""Validation messages of the domain core in the interface language.

The core (:func:`sdapp.core.model.validate_dependency`) knows nothing of Qt: each
:class:`~sdapp.core.errors.ValidationError` carries an English ``template`` with ``%1``,
``%2`` placeholders and the ``args`` to fill in. Here the template is looked up in the
"Validation" translation context and then filled.

:data:`TEMPLATES` lists every template the core uses, wrapped in ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` (tools/update_translations.py) extracts them into the .ts file. A template
added to the core must be added here too (tests/gui/test_translations.py checks this).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from sdapp.core.errors import ValidationError, fill_placeholders

CONTEXT = "Validation"

TEMPLATES: list[str] = [
    QT_TRANSLATE_NOOP("Validation", "%1 is not a UUID"),
    QT_TRANSLATE_NOOP("Validation", "a name is required"),
    QT_TRANSLATE_NOOP("Validation", "at most 200 characters"),
    QT_TRANSLATE_NOOP("Validation", "unknown value %1; expected one of %2"),
    QT_TRANSLATE_NOOP("Validation", "unknown ministry %1"),
    QT_TRANSLATE_NOOP("Validation", "unknown classification level %1"),
    QT_TRANSLATE_NOOP("Validation", "unknown EU list %1"),
    QT_TRANSLATE_NOOP("Validation", "%1 is not a CN/HS code (2 to 10 digits)"),
    QT_TRANSLATE_NOOP("Validation", "%1 is not a valid tag (empty or contains ';')"),
    QT_TRANSLATE_NOOP("Validation", "unknown value %1"),
    QT_TRANSLATE_NOOP("Validation", "must be between 0 and 100 %"),
    QT_TRANSLATE_NOOP("Validation", "must be a number of days, zero or more"),
    QT_TRANSLATE_NOOP("Validation", "unknown supply-chain stage %1"),
    QT_TRANSLATE_NOOP("Validation", "stage listed twice"),
    QT_TRANSLATE_NOOP("Validation", "unknown country code %1 (use ISO alpha-2)"),
    QT_TRANSLATE_NOOP("Validation", "country %1 listed twice"),
    QT_TRANSLATE_NOOP("Validation", "share of %1 must be between 0 and 100 %"),
    QT_TRANSLATE_NOOP("Validation", "shares add up to %1 %, more than 100 %"),
    QT_TRANSLATE_NOOP("Validation", "unknown criterion %1"),
    QT_TRANSLATE_NOOP("Validation", "criterion %1 scored twice"),
    QT_TRANSLATE_NOOP("Validation", "impact level %1 for %2 must be X or A-E"),
    QT_TRANSLATE_NOOP("Validation", "must be text"),
    QT_TRANSLATE_NOOP("Validation", "must be a list of texts"),
    QT_TRANSLATE_NOOP("Validation", "must be a number"),
    QT_TRANSLATE_NOOP("Validation", "must be a date"),
    QT_TRANSLATE_NOOP("Validation", "must be a list of stages with country shares"),
    QT_TRANSLATE_NOOP("Validation", "must be a list of scores (criterion, level, rationale)"),
]


def translated_reason(widget: QObject | None, error: ValidationError) -> str:
    """``error``'s reason in the interface language (English when no translation is installed).

    ``widget`` is accepted for symmetry with ``widget.tr`` callers; the context is always
    "Validation", so the same message reads the same everywhere.
    """
    del widget
    template = QCoreApplication.translate(CONTEXT, error.template)
    return fill_placeholders(template, error.args)
