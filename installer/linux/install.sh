#!/usr/bin/env bash
# Install (or with --uninstall remove) the unpacked bundle system-wide: run as root from the
# folder that holds the unpacked sdapp/ (the tarball's content).
#   sudo ./sdapp/share/install.sh            # copies to /opt/sdapp, adds menu entry, icons, MIME type
#   sudo /opt/sdapp/share/install.sh --uninstall
set -euo pipefail
PREFIX=/opt/sdapp
SHARE=/usr/share
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$SHARE/applications/sdapp.desktop" "$SHARE/mime/packages/sdapp.xml" /usr/local/bin/sdapp
    for s in 48 128 256; do rm -f "$SHARE/icons/hicolor/${s}x${s}/apps/sdapp.png"; done
    rm -f "$SHARE/icons/hicolor/scalable/apps/sdapp.svg"
    rm -rf "$PREFIX"
else
    src="$(cd "$(dirname "$0")/.." && pwd)"
    if [ "$src" != "$PREFIX" ]; then rm -rf "$PREFIX"; cp -a "$src" "$PREFIX"; fi
    install -D -m 0644 "$PREFIX/share/sdapp.desktop" "$SHARE/applications/sdapp.desktop"
    install -D -m 0644 "$PREFIX/share/sdapp-mime.xml" "$SHARE/mime/packages/sdapp.xml"
    for s in 48 128 256; do
        install -D -m 0644 "$PREFIX/share/icons/sdapp-$s.png" "$SHARE/icons/hicolor/${s}x${s}/apps/sdapp.png"
    done
    install -D -m 0644 "$PREFIX/share/icons/sdapp.svg" "$SHARE/icons/hicolor/scalable/apps/sdapp.svg"
    ln -sf "$PREFIX/sdapp" /usr/local/bin/sdapp
fi
command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$SHARE/icons/hicolor" || true
