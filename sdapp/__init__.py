"""sdapp: register of risky strategic dependencies, kept in an encrypted local vault."""

__version__ = "0.1.0"
