#!/usr/bin/env bash
# The Windows desktop app under Wine in Xvfb, driven as a user would with real mouse clicks and
# typing (xdotool), waiting each time on what the app itself says (no clock):
#   - the app prints "settled at frame N" each time its window has drawn and gone idle
#     (--print-frames), after writing what is on screen to a JSON file (--automation-file: the
#     window's place, every item's label and rectangle); clicks go to the centre of an item
#     found there by its label;
#   - Windows' own dialogs are waited for by their window (xdotool search --sync) and given the
#     keyboard before typing (windowfocus --sync).
# Checks: the home page's settled frame reaches the screen with every package card's text
# (screenshot OUT/windows-app.png, compared with the app's own card rectangles); About names
# VERSION and the desktop platform; Workspace > Export opens Windows' common Save As dialog and
# the file typed there is written (a workspace of this version) and its folder remembered;
# Workspace > Import opens the common Open dialog in that folder, where the bare file name is
# found, and the app asks before replacing the workspace; closing the window (WM_CLOSE) saves
# and exits.
# Usage: tests/release/windows_app.sh WINDOWS_FOLDER OUT_DIR VERSION   (WINEPREFIX set up and
# wine initialised by the caller; the script starts its own Xvfb)
set -euo pipefail
if [ "${1:-}" != --in-xvfb ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --in-xvfb "$@"
fi
shift
[ -z "${STEMPUSH_TRACE:-}" ] || set -x
HERE="$(cd "$(dirname "$0")" && pwd)"
W="$(realpath "$1")"
OUT="$(realpath "$2")"
VERSION="$3"
: "${WINEPREFIX:?set WINEPREFIX}"
# Outside the Wine prefix: Wine's dialogs do not show the prefix's own folders through Z:.
RUN="$(mktemp -d)"
trap 'rm -rf "$RUN"' EXIT
mkdir -p "$RUN/exports" "$OUT"
LOG="$RUN/app.log"
SCREEN="$RUN/screen.json"
DATA="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/STEM PUSH Toolkit"
pid=""

fail() {
  echo "FAIL: $*"
  import -window root "$OUT/windows-app-failed.png" || true  # what was on the screen
  tr -d '\r' < "$LOG" | grep -v "settled at frame" || true
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  exit 1
}
. "$HERE/../native/app_driver.sh"
has_version() { echo 'any(.items[]; .label | startswith("Version "))'; }
# A real click at the centre of the item labelled $1.
press() {
  local x y
  read -r x y < <(jq -r --arg l "$1" '[.items[] | select(.label == $l)][0] as $i | select($i != null) |
    "\(.window.x + $i.x + $i.w / 2 | floor) \(.window.y + $i.y + $i.h / 2 | floor)"' "$SCREEN") \
    || fail "no item \"$1\" on screen"
  xdotool mousemove "$x" "$y" click 1
}
click() {  # LABEL JQ_CONDITION DESCRIPTION
  local n; n=$(settles)
  press "$1"
  wait_for "$2" "$3" "$n"
}
# A Windows dialog, a top-level window with this title: wait for it (a minute at most) and put
# the pointer on it. With no window manager the X keyboard follows the pointer, so typing goes
# to the dialog's File name box, which has Windows' focus.
DIALOG=""
dialog() {
  DIALOG="$(timeout 60 xdotool search --sync --name "^$1\$" | head -1)" || fail "no \"$1\" dialog"
  xdotool mousemove --window "$DIALOG" 300 200
}
# The dialog's default button (Save, Open), right of the File name box in Wine's dialog template.
# A click rather than Enter: Enter first takes the name's completion when one is shown, and
# Alt+S / Alt+O leave the Alt key's release to the app (which opens its menu bar).
dialog_ok() { xdotool mousemove --window "$DIALOG" 505 351 click 1; }

: >"$LOG"  # before the app starts: the waits below read it from its first line
wine "$W/stempush.exe" --file-type-choice yes --quit-after 300 --print-frames \
  --automation-file "$(winepath -w "$SCREEN")" >"$LOG" 2>&1 &
pid=$!

# 1. The settled home page on the screen, each card with its text. Wine may show the frame a
#    little after the swap: take shots until it is there, while the app runs.
settled_after 0 || fail "the Windows app never settled"
drawn=0
while kill -0 "$pid" 2>/dev/null; do
  import -window root "$OUT/windows-app.png"
  if "$HERE/../native/screen_has_cards.sh" "$SCREEN" "$OUT/windows-app.png" quiet; then drawn=1; break; fi
done
"$HERE/../native/screen_has_cards.sh" "$SCREEN" "$OUT/windows-app.png" || true
[ $drawn = 1 ] || fail "the home cards are empty on the Windows app screenshot"
echo "home page drawn with every card's text: $OUT/windows-app.png"

# 2. About, through the menu: the version and the platform.
click "Help" "$(has_label "About")" "the Help menu opened"
click "About" "$(has_version)" "About opened"
about="$(jq -r '[.items[] | select(.label | startswith("Version "))][0].label' "$SCREEN")"
[ "$about" = "Version $VERSION · desktop (SDL2 + OpenGL 3.3)" ] || fail "About says \"$about\""
echo "About: $about"
click "Close" "$(has_version) | not" "About closed"

# 3. Export through Windows' Save As dialog: a full path typed, Save.
exported="$RUN/exports/exported.json"
click "Workspace" "$(has_label "Export to a file…")" "the Workspace menu opened"
press "Export to a file…"
dialog "Save As"
xdotool type --delay 10 "$(winepath -w "$exported")"
n=$(settles)
dialog_ok
deadline=$((SECONDS + 60))
until [ -s "$exported" ]; do
  settled_after "$n" && [ $SECONDS -lt $deadline ] || fail "nothing written after Save As"
  n=$((n + 1))
done
[ "$(jq -r .format "$exported")" = stempush-workspace ] || fail "the exported file is not a workspace"
[ "$(jq -r .app_version "$exported")" = "$VERSION" ] || fail "the exported workspace is not version $VERSION"
[ "$(cat "$DATA/last-folder.txt")" = "$(winepath -w "$RUN/exports")" ] || fail "the folder used was not remembered"
echo "Save As: wrote $exported and remembered its folder"

# 4. Import through Windows' Open dialog: it starts in the folder last used, so the bare name
#    finds the file; the app checks it and asks before replacing the workspace.
click "Workspace" "$(has_label "Import from a file…")" "the Workspace menu opened"
press "Import from a file…"
dialog "Open"
xdotool type --delay 10 "exported.json"
n=$(settles)
dialog_ok
wait_for "$(has_label "Replace with the imported file")" "the import confirmation" "$n"
echo "Open: read exported.json from the remembered folder; the app asks before replacing"
click "Cancel" "$(has_label "Replace with the imported file") | not" "the import cancelled"

# 5. Close the window as a user does (WM_CLOSE): the app saves and exits.
wine taskkill /im stempush.exe >/dev/null 2>&1 || true
wait "$pid"
tr -d '\r' < "$LOG"
grep -q "frames drawn" "$LOG" || fail "the Windows app did not close cleanly"
echo "windows app: drawn, About, Save As and Open dialogs, closed cleanly"
