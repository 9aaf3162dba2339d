"""The real app on a real X server (Xvfb): ``sdapp open VAULT``, type the passphrase with
xdotool, see the main window, take a screenshot, quit with Ctrl+Q.

Offscreen tests cannot catch a missing xcb library, a window that never maps, or keyboard
input that never reaches the dialog. Needs ``Xvfb`` and ``xdotool`` (Debian: xvfb, xdotool);
skipped without them, except in CI (CI=true), where their absence is a failure.
"""

from __future__ import annotations

import os
import select
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
PASSPHRASE = "correct horse battery staple"
SCREEN = (1280, 800)


def require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not on PATH (Debian packages: xvfb, xdotool)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the real-window test: {message}")
    pytest.skip(message)


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb on a display number it picks itself (-displayfd: no race for a free one)."""
    require("Xvfb", "xdotool")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                server.kill()
                _, err = server.communicate(timeout=5)
                pytest.fail(f"Xvfb did not start: {err.decode(errors='replace')[-500:]}")
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(read_end)
        server.kill()
        server.wait(timeout=10)


def xdotool(display: str, *args: str, timeout: float = 10) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=timeout, check=False)
    return done.stdout.strip()


def wait_for_window(display: str, pattern: str, app: subprocess.Popen[bytes], timeout: float = 20) -> str:
    """The id of the first window whose title matches ``pattern``; fails early if the app died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--onlyvisible", "--name", pattern)
        if found:
            return found.split()[0]
        if app.poll() is not None:
            _, err = app.communicate()
            pytest.fail(f"the app exited with {app.returncode} before {pattern!r} appeared:\n"
                        f"{err.decode(errors='replace')[-2000:]}")
        time.sleep(0.1)
    titles = xdotool(display, "search", "--name", ".", "getwindowname", "%@")
    pytest.fail(f"no window {pattern!r} within {timeout} s; windows: {titles!r}")


def focus_and_type(display: str, window: str, *keys: str, text: str = "") -> None:
    """No window manager runs, so give the window the input focus ourselves, then type."""
    xdotool(display, "windowfocus", "--sync", window)
    if text:
        xdotool(display, "type", "--delay", "5", text)
    for key in keys:
        xdotool(display, "key", key)


def read_xwd(data: bytes) -> QImage:
    """An X window dump (TrueColor, 32 bits per pixel, as Xvfb at depth 24 gives) as a QImage."""
    fields = struct.unpack(">25I", data[:100])
    header_size, version, pixmap_format, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = fields[7], fields[11], fields[12], fields[19]
    assert (version, pixmap_format, bits_per_pixel) == (7, 2, 32), fields
    assert depth == 24, fields
    offset = header_size + 12 * ncolors
    pixels = data[offset:offset + bytes_per_line * height]
    if byte_order == 1:  # MSBFirst: X R G B in memory; Format_RGB32 wants B G R X on little-endian
        swapped = bytearray(pixels)
        swapped[0::4], swapped[1::4], swapped[2::4], swapped[3::4] = (
            pixels[3::4], pixels[2::4], pixels[1::4], pixels[0::4])
        pixels = bytes(swapped)
    return QImage(pixels, width, height, bytes_per_line, QImage.Format.Format_RGB32).copy()


def screenshot(display: str) -> QImage | None:
    """The whole screen, with xwd (x11-apps) or ImageMagick's import; None without either."""
    env = {**os.environ, "DISPLAY": display}
    if shutil.which("xwd"):
        dump = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True, timeout=20, check=True)
        return read_xwd(dump.stdout)
    if shutil.which("import"):
        png = subprocess.run(["import", "-window", "root", "png:-"], env=env, capture_output=True, timeout=20,
                             check=True)
        return QImage.fromData(png.stdout, "PNG")
    return None


def distinct_colours(image: QImage) -> int:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    return len(set(memoryview(rgb.constBits()).cast("I")))


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "flow.sdvault"
    done = subprocess.run(
        [sys.executable, "-m", "sdapp", "vault", "create", str(target), "--passphrase-file", str(secret),
         "--user", "anna", "--department", "EZ", "--recovery-key-file", str(tmp_path / "recovery.txt"),
         "--kdf-seconds", "0"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    secret.unlink()
    return target


def test_real_window_unlock_and_quit(display: str, vault: Path, tmp_path: Path) -> None:
    settings = tmp_path / "settings"
    settings.mkdir()
    (settings / "sdapp.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")  # titles to search for
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, SDAPP_SETTINGS_DIR=str(settings), HOME=str(home),
               XDG_RUNTIME_DIR=str(tmp_path), XDG_CONFIG_HOME=str(home / ".config"))
    app = subprocess.Popen([sys.executable, "-m", "sdapp", "open", str(vault)], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        unlock = wait_for_window(display, "^Unlock vault", app)
        focus_and_type(display, unlock, "Return", text=PASSPHRASE)
        main = wait_for_window(display, "^sdapp - flow", app)
        geometry = xdotool(display, "getwindowgeometry", "--shell", main)
        size = dict(line.split("=", 1) for line in geometry.splitlines())
        assert int(size["WIDTH"]) >= 1000, geometry
        assert int(size["HEIGHT"]) >= 600, geometry
        assert not xdotool(display, "search", "--onlyvisible", "--name", "^Unlock vault")  # the dialog is gone

        image = screenshot(display)
        deadline = time.monotonic() + 15  # mapped is not yet painted on a busy machine
        while image is not None and distinct_colours(image) <= 40 and time.monotonic() < deadline:
            time.sleep(0.25)
            image = screenshot(display)
        if image is not None:
            SCREENSHOTS.mkdir(exist_ok=True)
            path = SCREENSHOTS / "09_xvfb_main_window.png"
            assert image.save(str(path))
            saved = QImage(str(path))
            assert (saved.width(), saved.height()) == SCREEN
            assert distinct_colours(saved) > 40

        focus_and_type(display, main, "ctrl+q")
        try:
            code = app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pytest.fail("the app did not quit within 10 s of Ctrl+Q")
        out, err = app.communicate()
        assert code == 0, err.decode(errors="replace")
        assert b"Traceback" not in err, err.decode(errors="replace")
        assert out == b""
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
