"""Locating and loading the files in ``resources/`` (reference data, fonts, translations).

Works from a source checkout, an installed wheel (the folder ships as ``sdapp/resources``)
and a PyInstaller bundle.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sdapp.core.errors import ReferenceDataError

if TYPE_CHECKING:
    from sdapp.core.reference import ReferenceData


def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for c in candidates:
        if (c / "reference").is_dir():
            return c
    raise ReferenceDataError("the resources folder of sdapp is missing; reinstall the application")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@lru_cache(maxsize=1)
def load_reference() -> ReferenceData:
    """Read and validate every reference-data file once per process."""
    from sdapp.core.reference import REFERENCE_FILES, parse_reference  # not needed to show a dialog

    docs = {}
    for name in REFERENCE_FILES:
        path = resource_path("reference", f"{name}.json")
        try:
            docs[name] = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ReferenceDataError(f"reference data {name}.json is missing") from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReferenceDataError(f"reference data {name}.json is not valid JSON: {exc}") from exc
    return parse_reference(docs)
