"""One writer per vault: an OS file lock, released by the kernel if the process dies.

Because the kernel drops the lock with the process, a lock file left by a crash is
"stale" by construction and is simply taken over.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path

from sdapp.vault.errors import StorageError, VaultInUse
from sdapp.vault.fsutil import storage_error

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise storage_error(exc, self.path, "open") from exc
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            holder = _read_holder(fd)
            os.close(fd)
            raise VaultInUse(f"the vault is in use by another sdapp ({holder}); close it there first") from exc
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()} on {platform.node()}\n".encode())
        except OSError as exc:
            os.close(fd)
            raise StorageError(f"cannot write the vault's lock file: {exc.strerror}") from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 200).decode("utf-8", "replace").strip() or "another process"
    except OSError:
        return "another process"
