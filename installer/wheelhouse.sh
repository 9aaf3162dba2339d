#!/usr/bin/env bash
# Build an offline wheelhouse: every wheel of installer/requirements.lock for Linux x86_64 and
# Windows x86_64 (CPython 3.11), plus the sdapp wheel, in one folder with SHA256SUMS and a
# requirements.txt that installs everything, hash-checked, with no network:
#
#   installer/wheelhouse.sh [OUT]          # default OUT: installer/dist/wheelhouse
#   # on the target (after: cd OUT && sha256sum -c SHA256SUMS):
#   python3.11 -m venv /opt/sdapp && /opt/sdapp/bin/pip install --no-index \
#       --find-links OUT --require-hashes -r OUT/requirements.txt
#
# Needs network access to PyPI (downloads are checked against the hashes in the lock).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
PY="${PYTHON:-python3}"
out="${1:-$here/dist/wheelhouse}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -f "$out"/*.whl "$out/SHA256SUMS" "$out/requirements.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pipdl() {
    "$PY" -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
        --implementation cp --python-version 3.11 --require-hashes -d "$out" "$@"
}
linux_tags=()
for minor in $(seq 34 -1 17); do linux_tags+=(--platform "manylinux_2_${minor}_x86_64"); done
linux_tags+=(--platform manylinux2014_x86_64)  # newest first: pip prefers earlier tags
pipdl "${linux_tags[@]}" -r "$here/requirements.lock"
# pip evaluates markers against this machine: drop the win32 markers for the Windows download.
sed -E 's/[[:space:]]*;[[:space:]]*sys_platform[[:space:]]*==[[:space:]]*"win32"//' \
    "$here/requirements.lock" > "$work/win.lock"
pipdl --platform win_amd64 -r "$work/win.lock"

# The application itself (pure Python, one wheel for every platform).
"$PY" -m pip wheel -q --disable-pip-version-check --no-deps -w "$work/app" "$root"
app="$(ls "$work"/app/sdapp-*.whl)"
cp "$app" "$out/"
app="$out/$(basename "$app")"
version="$(basename "$app" | cut -d- -f2)"

{
    cat "$here/requirements.lock"
    echo "sdapp==$version \\"
    echo "    --hash=sha256:$(sha256sum "$app" | cut -d' ' -f1)"
} > "$out/requirements.txt"
(cd "$out" && sha256sum -- *.whl requirements.txt > SHA256SUMS)
echo "wheelhouse: $out ($(ls "$out"/*.whl | wc -l) wheels, $(du -sh "$out" | cut -f1))"
