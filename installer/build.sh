#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller, add the desktop files, pack a tarball and
# write SHA256SUMS. Run from a Python 3.11 environment that has the app's locked dependencies
# and pyinstaller (e.g. pip install -e '.[dev]', or the wheelhouse + pyinstaller).
#
#   installer/build.sh [OUT]        # default OUT: installer/dist
#
# Output: OUT/sdapp/ (run OUT/sdapp/sdapp), OUT/sdapp-VERSION-linux-x86_64.tar.gz,
# OUT/SHA256SUMS (the tarball) and OUT/sdapp/SHA256SUMS (every file in the bundle).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
PY="${PYTHON:-python3}"
out="${1:-$here/dist}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$out/.build"

cd "$root"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out" --workpath "$work" "$here/sdapp.spec"
rm -rf "$work"

bundle="$out/sdapp"
mkdir -p "$bundle/share/icons"
cp "$here/linux/sdapp.desktop" "$here/linux/sdapp-mime.xml" "$here/linux/install.sh" "$bundle/share/"
cp "$here"/icons/sdapp-*.png "$here/icons/sdapp.svg" "$bundle/share/icons/"
cp "$root/docs/INSTALL.md" "$bundle/share/" 2>/dev/null || true

version="$("$bundle/sdapp" --version | awk '{print $2}')"
(cd "$bundle" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
tarball="sdapp-$version-linux-x86_64.tar.gz"
tar -C "$out" --owner=0 --group=0 --numeric-owner -czf "$out/$tarball" sdapp
(cd "$out" && sha256sum "$tarball" > SHA256SUMS)
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)); tarball: $out/$tarball ($(du -h "$out/$tarball" | cut -f1))"
