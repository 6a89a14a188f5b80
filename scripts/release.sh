#!/usr/bin/env bash
# Builds the release archives into dist/ (ignored by git), from a clean clone:
#   stempush-web-VERSION.zip            the static site for any static host, under any sub-path
#   stempush-windows-x64-VERSION.zip    stempush.exe + stempush-cli.exe (mingw-w64, static)
#   stempush-linux-x64-VERSION.tar.gz   the desktop app + CLI, .desktop file, icon, MIME type
#   SHA256SUMS
# VERSION is the VERSION file; if HEAD carries a tag v*, it must say the same.
# Archive entries carry the last commit's time, so the same commit gives the same archives.
# Usage: scripts/release.sh [--no-setup]   (then: tests/release/smoke.sh checks the archives)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
step() { printf '\n=== %s ===\n' "$*"; }
[ "${1:-}" = "--no-setup" ] || ./scripts/setup.sh release

VERSION="$(head -1 VERSION)"
if tag="$(git describe --exact-match --tags HEAD 2>/dev/null)" && [ "$tag" != "v$VERSION" ]; then
  echo "release: HEAD is tagged $tag but VERSION says $VERSION: make them agree" >&2
  exit 1
fi
EPOCH="$(git log -1 --format=%ct 2>/dev/null || date +%s)"
DIST="$ROOT/dist"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
rm -rf "$DIST"; mkdir -p "$DIST"

# zip/tar of one staged folder with fixed times and order.
pack_zip() {  # FOLDER_NAME
  find "$STAGE/$1" -exec touch -h -d "@$EPOCH" {} +
  (cd "$STAGE" && find "$1" -print | LC_ALL=C sort | TZ=UTC zip -X -q -@ "$DIST/$1.zip")
}
pack_tar() {  # FOLDER_NAME
  (cd "$STAGE" && tar --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner -czf "$DIST/$1.tar.gz" "$1")
}

step "web ($VERSION)"
./scripts/build.sh web
web="stempush-web-$VERSION"
mkdir -p "$STAGE/$web"
cp build-web/site/* "$STAGE/$web/"
sed "s/@VERSION@/$VERSION/g" web/HOSTING.md > "$STAGE/$web/HOSTING.md"
pack_zip "$web"

step "linux x64 ($VERSION)"
./scripts/build.sh native
linux="stempush-linux-x64-$VERSION"
mkdir -p "$STAGE/$linux"
# The native build is RelWithDebInfo (the tests run on it); the archive gets it without the
# debug information.
strip --strip-debug -o "$STAGE/$linux/stempush" build/native/stempush
strip --strip-debug -o "$STAGE/$linux/stempush-cli" build/native/stempush-cli
cp web/icon.svg "$STAGE/$linux/stempush.svg"
cp native/linux/stempush.desktop native/linux/stempush-workspace.xml native/linux/install.sh "$STAGE/$linux/"
sed "s/@VERSION@/$VERSION/g" native/linux/README.txt > "$STAGE/$linux/README.txt"
pack_tar "$linux"

step "windows x64 ($VERSION)"
./scripts/build.sh windows
windows="stempush-windows-x64-$VERSION"
mkdir -p "$STAGE/$windows"
x86_64-w64-mingw32-strip -o "$STAGE/$windows/stempush.exe" build-windows/native/stempush.exe
x86_64-w64-mingw32-strip -o "$STAGE/$windows/stempush-cli.exe" build-windows/native/stempush-cli.exe
# Windows' Notepad before 2018 shows LF-only text on one line.
sed "s/@VERSION@/$VERSION/g; s/\$/\r/" native/windows/README.txt > "$STAGE/$windows/README.txt"
pack_zip "$windows"

(cd "$DIST" && sha256sum "$web.zip" "$windows.zip" "$linux.tar.gz" > SHA256SUMS)
step "dist/"
ls -l "$DIST"
cat "$DIST/SHA256SUMS"
