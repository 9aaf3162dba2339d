"""Pure domain: entities, reference data, scoring and rules. No I/O, no Qt, no SQL."""
