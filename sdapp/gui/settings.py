"""Non-sensitive preferences (QSettings). Never record content, never secrets.

The recent-vault list is optional (it can reveal what exists) and off by a switch.
Per-user layout keys are hashed so the file does not name users either.
"""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    folder = os.environ.get("SDAPP_SETTINGS_DIR")
    if folder:
        return QSettings(os.path.join(folder, "sdapp.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "sdapp", "sdapp")


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("1", "true", "yes")


class Preferences:
    def __init__(self) -> None:
        self._s = settings()

    @property
    def language(self) -> str:
        value = str(self._s.value("language", "nl"))
        return value if value in ("nl", "en") else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)

    @property
    def idle_minutes(self) -> float:
        try:
            return max(0.05, float(str(self._s.value("lock/idle_minutes", 10))))
        except ValueError:
            return 10.0

    @idle_minutes.setter
    def idle_minutes(self, value: float) -> None:
        self._s.setValue("lock/idle_minutes", value)

    @property
    def lock_on_minimise(self) -> bool:
        return _bool(self._s.value("lock/on_minimise"), False)

    @lock_on_minimise.setter
    def lock_on_minimise(self, value: bool) -> None:
        self._s.setValue("lock/on_minimise", value)

    @property
    def remember_recent(self) -> bool:
        return _bool(self._s.value("recent/enabled"), True)

    @remember_recent.setter
    def remember_recent(self, value: bool) -> None:
        self._s.setValue("recent/enabled", value)
        if not value:
            self._s.remove("recent/vaults")

    def recent_vaults(self) -> list[str]:
        if not self.remember_recent:
            return []
        value = self._s.value("recent/vaults", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if os.path.isdir(str(v))]

    def add_recent(self, path: str) -> None:
        if not self.remember_recent:
            return
        items = [path] + [p for p in self.recent_vaults() if p != path]
        self._s.setValue("recent/vaults", items[:MAX_RECENT])

    @property
    def pack_folder(self) -> str:
        """The folder briefings were last sealed into (a path, no content); "" when none."""
        value = str(self._s.value("packs/last_folder", "") or "")
        return value if value and os.path.isdir(value) else ""

    @pack_folder.setter
    def pack_folder(self, value: str) -> None:
        self._s.setValue("packs/last_folder", value)

    def hidden_columns(self, vault_id: str, user: str) -> list[str] | None:
        """The user's hidden register columns; None when never chosen (use the defaults)."""
        key = f"layout/{_user_key(vault_id, user)}/hidden_columns"
        if not self._s.contains(key):
            return None
        value = self._s.value(key, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or [])]

    def set_hidden_columns(self, vault_id: str, user: str, keys: list[str]) -> None:
        self._s.setValue(f"layout/{_user_key(vault_id, user)}/hidden_columns", keys)

    def sync(self) -> None:
        self._s.sync()


def _user_key(vault_id: str, user: str) -> str:
    return hashlib.sha256(f"{vault_id}\0{user}".encode()).hexdigest()[:16]
