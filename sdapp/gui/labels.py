"""The views' slug -> label lookups; they live in :mod:`sdapp.core.labels` (packs use them too)."""

from sdapp.core.labels import Labels

__all__ = ["Labels"]
