#!/usr/bin/env bash
# Smoke tests of the release archives in dist/ (scripts/release.sh makes them), each unpacked
# the way a user gets it:
#   - SHA256SUMS matches;
#   - web: the zip served from a sub-path passes the shell browser test, and an update from
#     version N to N+1 keeps the saved workspace (tests/release/web_*.test.js);
#   - Linux: the tarball's app starts under Xvfb and draws (tests/native/window_smoke.sh), its
#     CLI prints the VERSION, the .desktop file and MIME type are valid and install.sh installs
#     them for a user;
#   - Windows: the .exe files import only Windows' own DLLs, the CLI under Wine gives the same
#     results as the Linux CLI (tests/release/cli_parity.sh), and the app under Wine in Xvfb
#     settles with every home card's text on screen (tests/out/windows-app.png), names its
#     version in About, saves and opens files through Windows' common dialogs and closes
#     cleanly (tests/release/windows_app.sh), with its data in %APPDATA%.
# Usage: tests/release/smoke.sh [DIST]   (default dist/)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIST="$(realpath "${1:-$ROOT/dist}")"
VERSION="$(head -1 "$ROOT/VERSION")"
OUT="$ROOT/tests/out"
WORK="$(mktemp -d)"
# Stop this run's Wine server (only the one of our prefix) before removing the prefix.
trap 'if [ -n "${WINEPREFIX:-}" ]; then wineserver -k 2>/dev/null || true; wineserver -w 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
step() { printf '\n--- %s ---\n' "$*"; }
fail() { echo "FAIL: $*"; exit 1; }

step "checksums"
(cd "$DIST" && sha256sum -c SHA256SUMS)

step "web: served from a sub-path"
mkdir -p "$WORK/host/tools/stempush"
unzip -q "$DIST/stempush-web-$VERSION.zip" -d "$WORK/unzipped"
cp -r "$WORK/unzipped/stempush-web-$VERSION/." "$WORK/host/tools/stempush/"
for f in index.html app.js app.wasm sw.js loader.js HOSTING.md; do
  [ -f "$WORK/host/tools/stempush/$f" ] || fail "the web zip has no $f"
done
grep -q "const VERSION = '$VERSION'" "$WORK/host/tools/stempush/loader.js" || fail "the web zip's loader.js is not stamped $VERSION"
# No absolute URL anywhere in the page: it would break under a sub-path.
if grep -nE "(src|href)=\"/" "$WORK/host/tools/stempush/index.html"; then fail "index.html has an absolute URL"; fi
STEMPUSH_RELEASE_HOST="$WORK/host" STEMPUSH_RELEASE_PATH="tools/stempush/" STEMPUSH_TEST_OUT="$ROOT/tests/web/out/release" \
  node --test --test-concurrency=1 "$ROOT/tests/release/web_subpath.test.js" "$ROOT/tests/release/web_update.test.js"

step "linux: the tarball"
tar -xzf "$DIST/stempush-linux-x64-$VERSION.tar.gz" -C "$WORK"
L="$WORK/stempush-linux-x64-$VERSION"
for f in stempush stempush-cli stempush.desktop stempush.svg stempush-workspace.xml install.sh README.txt; do
  [ -f "$L/$f" ] || fail "the Linux tarball has no $f"
done
[ "$("$L/stempush-cli" --version)" = "stempush-cli $VERSION" ] || fail "stempush-cli --version is not $VERSION"
desktop-file-validate "$L/stempush.desktop"
xmllint --noout "$L/stempush-workspace.xml"
# install.sh for a user with an empty home: the programs, the menu entry naming them by full path,
# and the workspace type compiled into the user's MIME database (magic on the file's content).
HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" "$L/install.sh"
[ -x "$WORK/home/.local/bin/stempush" ] || fail "install.sh did not install the app"
grep -q "^Exec=\"$WORK/home/.local/bin/stempush\" %f$" "$WORK/home/.local/share/applications/stempush.desktop" \
  || fail "the installed .desktop file does not name the installed app"
desktop-file-validate "$WORK/home/.local/share/applications/stempush.desktop"
[ -f "$WORK/home/.local/share/mime/application/x-stempush-workspace.xml" ] || fail "the MIME type was not registered"
grep -q "stempush-workspace" "$WORK/home/.local/share/mime/magic" || fail "the MIME type has no content magic"
./tests/native/window_smoke.sh "$L/stempush" "$OUT/release-linux"

step "windows: the zip"
unzip -q "$DIST/stempush-windows-x64-$VERSION.zip" -d "$WORK"
W="$WORK/stempush-windows-x64-$VERSION"
for f in stempush.exe stempush-cli.exe README.txt; do [ -f "$W/$f" ] || fail "the Windows zip has no $f"; done
# Statically linked: only DLLs every Windows has.
for exe in stempush.exe stempush-cli.exe; do
  extra="$(x86_64-w64-mingw32-objdump -p "$W/$exe" | sed -n 's/.*DLL Name: //p' | tr 'A-Z' 'a-z' |
    grep -vxE 'kernel32.dll|user32.dll|gdi32.dll|advapi32.dll|shell32.dll|ole32.dll|oleaut32.dll|imm32.dll|winmm.dll|version.dll|setupapi.dll|opengl32.dll|msvcrt.dll|comdlg32.dll|shlwapi.dll' || true)"
  [ -z "$extra" ] || fail "$exe needs DLLs that are not part of Windows: $extra"
done
export WINEPREFIX="$WORK/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=;mshtml="
nice -n 10 wine wineboot -i >/dev/null 2>&1
wineserver -w
./tests/release/cli_parity.sh "$L/stempush-cli" "$W/stempush-cli.exe"

step "windows: the app under Wine"
APPDATA_DIR="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/STEM PUSH Toolkit"
# Driven with real clicks and typing, waiting each time on what the app says it drew: the home
# page screenshot with every card's text (tests/out/windows-app.png), About's version, Windows'
# Save As and Open dialogs, and a clean close (tests/release/windows_app.sh).
./tests/release/windows_app.sh "$W" "$OUT" "$VERSION"
[ -d "$APPDATA_DIR" ] || fail "the Windows app made no data folder in %APPDATA%"
# The first-run answer "yes" registered the workspace file type for this user: double-click runs
# "...\stempush.exe" "%1" (and the app takes a bare path as the workspace to open).
[ "$(cat "$APPDATA_DIR/file-type-choice.txt")" = yes ] || fail "the file-type answer was not kept"
wine reg query 'HKCU\Software\Classes\StemPush.Workspace\shell\open\command' /ve | tr -d '\r' | tee "$WORK/reg.txt"
grep -qF 'stempush.exe" "%1"' "$WORK/reg.txt" || fail "the workspace file type is not registered to open in stempush.exe"
wine reg query 'HKCU\Software\Classes\.json\OpenWithProgids' | tr -d '\r' | grep -q StemPush.Workspace \
  || fail ".json files do not offer the toolkit in Open with"
echo "release smoke tests passed: web (sub-path, update), Linux tarball, Windows zip (CLI parity, app under Wine: $OUT/windows-app.png, About, common dialogs)"
