"""The Dutch interface: every visible text translated, the .qm compiled, and Dutch on screen.

The checks run ``pyside6-lupdate`` over the same sources as tools/update_translations.py, so a
new ``self.tr("...")`` without a Dutch translation in resources/translations/sdapp_nl.ts fails
here. Fix: run ``python tools/update_translations.py``, translate, run it again, commit both files.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sdapp.core.errors import ValidationError
from sdapp.gui import validation_text
from sdapp.gui.app_setup import install_language

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

Key = tuple[str, str]  # (context, English source text)


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _messages(ts_file: Path) -> dict[Key, ET.Element]:
    """(context, source) -> <translation> element of every message in a .ts file."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"[{name}] {message.findtext('source')!r} has no <translation>"
            found[(name, message.findtext("source") or "")] = translation
    return found


def _finished(translation: ET.Element) -> bool:
    return translation.get("type") is None and bool((translation.text or "").strip())


def _describe(keys: set[Key] | list[Key]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(keys))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """Every (context, source text) lupdate finds in the code today."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "extracted_nl.ts"
    tool.lupdate(ts_file, quiet=True)
    return set(_messages(ts_file))


@pytest.fixture(scope="module")
def committed() -> dict[Key, ET.Element]:
    assert tool.TS_FILE.is_file(), "resources/translations/sdapp_nl.ts is missing: run tools/update_translations.py"
    return _messages(tool.TS_FILE)


# the translation files ----------------------------------------------------------------------


def test_every_visible_text_has_a_dutch_translation(extracted: set[Key], committed: dict[Key, ET.Element]) -> None:
    assert extracted, "lupdate found no texts at all"
    missing = {key for key in extracted if key not in committed or not _finished(committed[key])}
    assert not missing, (
        f"{len(missing)} text(s) without a finished Dutch translation in resources/translations/sdapp_nl.ts "
        f"(run tools/update_translations.py, then translate):\n{_describe(missing)}")


def test_no_stale_messages_in_the_ts_file(extracted: set[Key], committed: dict[Key, ET.Element]) -> None:
    stale = set(committed) - extracted
    assert not stale, f"texts no longer in the code (run tools/update_translations.py):\n{_describe(stale)}"


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    assert tool.QM_FILE.is_file(), "resources/translations/sdapp_nl.qm is missing: run tools/update_translations.py"
    fresh = tmp_path / "sdapp_nl.qm"
    tool.lrelease(tool.TS_FILE, fresh, quiet=True)
    assert fresh.read_bytes() == tool.QM_FILE.read_bytes(), (
        "sdapp_nl.qm is older than sdapp_nl.ts: run tools/update_translations.py and commit the .qm")


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d+", text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_translations_keep_placeholders_accelerators_and_ellipses(committed: dict[Key, ET.Element]) -> None:
    problems = []
    for (context, source), translation in sorted(committed.items()):
        text = translation.text or ""
        if _placeholders(source) != _placeholders(text):
            problems.append(f"[{context}] {source!r} -> {text!r}: placeholders differ")
        if _accelerators(source) != _accelerators(text):
            problems.append(f"[{context}] {source!r} -> {text!r}: accelerator (&) differs")
        if source.count("…") != text.count("…"):
            problems.append(f"[{context}] {source!r} -> {text!r}: ellipsis (…) differs")
    assert not problems, "\n".join(problems)


def _class_names() -> set[str]:
    names = set()
    for path in tool.sources():
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        names |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    return names


def _explicit_contexts() -> set[str]:
    """Contexts named in translate("Context", ...) and QT_TRANSLATE_NOOP("Context", ...) calls."""
    contexts = set()
    for path in tool.sources():
        for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            first = node.args[0]
            if name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(first, ast.Constant):
                contexts.add(str(first.value))
    return contexts


def test_every_text_is_in_a_context_tr_looks_up(extracted: set[Key]) -> None:
    """``self.tr`` looks texts up under the object's class name. lupdate files a text under the
    enclosing class for ``self.tr(...)``, but under the variable's name for ``other.tr(...)`` and
    under no name at all for ``tr = self.tr; tr(...)``: such texts stay English on screen even when
    translated. Use ``self.tr`` in the class itself, or ``QCoreApplication.translate("Class", ...)``
    / ``QT_TRANSLATE_NOOP("Class", ...)`` elsewhere."""
    known = _class_names() | _explicit_contexts()
    wrong = {key for key in extracted if key[0] not in known}
    assert not wrong, (
        "texts filed under a context that is no class (never found at run time):\n" + _describe(wrong))


# validation messages of the core -------------------------------------------------------------


def _core_templates() -> set[str]:
    """The template argument of every ``bad(field, "template", ...)`` call in validate_dependency."""
    tree = ast.parse((ROOT / "sdapp" / "core" / "model.py").read_text(encoding="utf-8"))
    return {
        str(node.args[1].value) for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "bad"
        and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
    }


def test_every_core_validation_template_is_listed_for_translation() -> None:
    core = _core_templates()
    assert core, "no bad(field, template) calls found in sdapp/core/model.py"
    listed = set(validation_text.TEMPLATES)
    assert core - listed == set(), f"add to sdapp/gui/validation_text.py TEMPLATES: {sorted(core - listed)}"
    assert listed - core == set(), f"no longer used by the core: {sorted(listed - core)}"


def test_validation_error_keeps_reason_and_field() -> None:
    error = ValidationError.from_template("stages[processing]", "share of %1 must be between 0 and 100 %", "CN")
    assert error.field == "stages[processing]"
    assert error.reason == "share of CN must be between 0 and 100 %"
    assert error.args == ("CN",)
    assert str(error) == "stages[processing]: share of CN must be between 0 and 100 %"
    plain = ValidationError("name", "a name is required")
    assert (plain.reason, plain.template, plain.args) == ("a name is required", "a name is required", ())


# Dutch on screen ------------------------------------------------------------------------------


def _flush_deleted_widgets() -> None:
    """Widgets of earlier tests are closed and deleteLater()'d but still alive until their deferred
    deletion runs; a language switch would send them a LanguageChange (their vaults are closed)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the interface language; back to no translation and the old locale afterwards."""
    locale = QLocale()
    _flush_deleted_widgets()
    yield install_language
    _flush_deleted_widgets()
    install_language("en")
    QLocale.setDefault(locale)


def test_translated_reason_follows_the_language(language: Callable[[str], None]) -> None:
    error = ValidationError.from_template("stages[x]", "shares add up to %1 %, more than 100 %", "%2 104.0")
    language("nl")
    assert validation_text.translated_reason(None, error) == "de aandelen tellen op tot %2 104.0 %, meer dan 100 %"
    language("en")
    assert validation_text.translated_reason(None, error) == "shares add up to %2 104.0 %, more than 100 %"


def test_welcome_window_is_dutch_and_switches_to_english(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: Callable[[str], None]) -> None:
    monkeypatch.setenv("SDAPP_SETTINGS_DIR", str(tmp_path))
    from sdapp.gui.settings import Preferences
    from sdapp.gui.welcome import WelcomeWindow

    prefs = Preferences()
    assert prefs.language == "nl"  # Dutch by default
    language(prefs.language)
    window = WelcomeWindow(prefs)
    qtbot.addWidget(window)
    assert window.create_button.text() == "Nieuwe kluis &maken…"
    assert window.open_button.text() == "Kluis &openen…"
    assert window.demo_button.text() == "&Demokluis openen (fictieve gegevens)"
    assert window.recent_label.text() == "Recente kluizen"
    assert window.language_label.text() == "Taal:"
    assert window.windowTitle() == "sdapp - welkom"

    window.language.setCurrentIndex(window.language.findData("en"))  # as the user does
    assert window.create_button.text() == "&Create a new vault…"
    assert window.open_button.text() == "&Open a vault…"
    assert window.language_label.text() == "Language:"
    assert Preferences().language == "en"

    window.language.setCurrentIndex(window.language.findData("nl"))
    assert window.create_button.text() == "Nieuwe kluis &maken…"


def test_dependency_editor_is_dutch_with_dutch_validation_messages(
        qtbot: QtBot, make_vault: Callable[..., object], language: Callable[[str], None]) -> None:
    from sdapp.gui.dependency_editor import TAB_GENERAL, TAB_SUPPLY, DependencyEditor
    from sdapp.gui.labels import Labels
    from sdapp.gui.session import Session

    language("nl")
    created = make_vault()
    session = Session(created.vault)  # type: ignore[attr-defined]
    editor = DependencyEditor(session, Labels(session.ref, "nl"))
    qtbot.addWidget(editor)
    assert editor.tabs.tabText(TAB_GENERAL) == "Algemeen"
    assert editor.tabs.tabText(TAB_SUPPLY) == "Toeleveringsketen"
    assert editor.save_button.text() == "Opslaan"
    assert editor.delete_button.text() == "Verwijderen…"

    assert not editor.save()
    messages = [m for section in editor.error_messages().values() for m in section]
    assert "Naam: een naam is verplicht" in messages, messages
    assert editor.state_label.text().startswith("Niet opgeslagen")

    editor.name_edit.setText("Gallium")
    editor.add_stage("processing")
    editor.add_country_row("CN", 94)
    editor.add_country_row("DE", 30)
    assert "de aandelen tellen op tot 124.0 %, meer dan 100 %" in editor.stage_error_label.text()
    session.undo_stack.clear()


def test_qt_own_dialog_texts_are_dutch(language: Callable[[str], None]) -> None:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_dir / "qtbase_nl.qm").is_file():
        pytest.skip("this Qt build ships no qtbase_nl.qm")
    language("nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
