"""Update the Dutch translation of the interface: extract, merge, compile.

Usage (from anywhere)::

    python tools/update_translations.py

What it does:

1. ``pyside6-lupdate`` reads every ``sdapp/gui/**/*.py`` plus any other ``sdapp/**/*.py`` that
   calls ``tr()``, ``translate("Context", ...)`` or ``QT_TR_NOOP``/``QT_TRANSLATE_NOOP``, and merges
   the English source texts into ``resources/translations/sdapp_nl.ts``. Existing translations
   are kept; new texts arrive marked ``type="unfinished"``; with ``-no-obsolete`` texts that are no
   longer in the code are dropped.
2. ``pyside6-lrelease`` compiles the .ts into ``resources/translations/sdapp_nl.qm``, the file
   :func:`sdapp.gui.app_setup.install_language` loads.

Then translate the unfinished messages (Qt Linguist, or edit the XML: fill ``<translation>`` and
remove ``type="unfinished"``), run this script again to compile, and commit both files.
tests/gui/test_translations.py fails while a text is untranslated or the .qm is stale.

Translator notes: source texts are English and use ``%1``, ``%2`` placeholders (filled with
``str.replace`` in the code), ``&`` for keyboard accelerators and "…" for commands that ask
for more input. Keep all three in the Dutch text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "sdapp_nl.ts"
QM_FILE = TRANSLATIONS / "sdapp_nl.qm"

# a call lupdate extracts: self.tr("..."), widget.tr("..."), translate("Context", "..."), the NOOP macros
_TR_CALL = re.compile(r"""\btr\(\s*["']|\btranslate\(\s*["'][^"']*["']\s*,|\bQT_TR(?:ANSLATE)?_NOOP\d?\(""")


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files lupdate reads, relative to ``root``, sorted."""
    package = root / "sdapp"
    found: set[Path] = set(package.glob("gui/**/*.py"))
    for path in package.rglob("*.py"):
        if path not in found and _TR_CALL.search(path.read_text(encoding="utf-8")):
            found.add(path)
    return sorted(p.relative_to(root) for p in found)


def tool(name: str) -> str:
    """Full path of a PySide6 tool (next to this Python first, then on PATH)."""
    beside = Path(sys.executable).with_name(name)
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 (pip install PySide6-Essentials)")
    return found


def lupdate(ts_file: Path, root: Path = ROOT, quiet: bool = False) -> None:
    """Extract the source texts of :func:`sources` into ``ts_file`` (merging what it holds)."""
    command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
               "-source-language", "en", "-target-language", "nl_NL",
               *(str(p) for p in sources(root)), "-ts", str(ts_file)]
    subprocess.run(command, cwd=root, check=True, capture_output=quiet)


def lrelease(ts_file: Path, qm_file: Path, quiet: bool = False) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    command = [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=quiet)


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source text) of every message without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not (translation.text or "").strip()):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(TS_FILE)
    lrelease(TS_FILE, QM_FILE)
    missing = unfinished(TS_FILE)
    for context, text in missing:
        print(f"untranslated: [{context}] {text!r}")
    print(f"{len(missing)} untranslated message(s) in {TS_FILE.relative_to(ROOT)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
