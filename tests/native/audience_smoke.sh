#!/usr/bin/env bash
# The presenter's audience window as a second real window on an X display (Xvfb; Mesa draws
# OpenGL 3.3 in software). The desktop app is driven with --automation-commands ("click LABEL":
# a click through Dear ImGui's input queue) and waited on through what it says each time it has
# settled (--print-frames, --automation-file), never a clock.
# Checks: belonging's presenter, a story shown, "Show the audience view in a second window" opens
# a second top-level X window titled "Audience view" (960x600 beside one display) that draws
# (screenshot OUT/native-audience.png, not blank, not the main window's picture); the main window
# then offers to close it; closing it destroys the X window; the app then exits cleanly on SIGTERM.
# Usage: tests/native/audience_smoke.sh PATH/TO/stempush OUT_DIR
set -euo pipefail
if [ "${1:-}" != --in-xvfb ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --in-xvfb "$@"
fi
shift
HERE="$(cd "$(dirname "$0")" && pwd)"
APP="$(realpath "$1")"
mkdir -p "$2"
OUT="$(realpath "$2")"
RUN="$(mktemp -d)"
trap 'rm -rf "$RUN"' EXIT
LOG="$RUN/app.log"
SCREEN="$RUN/screen.json"
COMMANDS="$RUN/commands"
pid=""

fail() {
  echo "FAIL: $*"
  import -window root "$OUT/native-audience-failed.png" || true  # what was on the screen
  grep -v "settled at frame" "$LOG" || true
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  exit 1
}
. "$HERE/app_driver.sh"
# Clicks the item labelled $1, then waits until the jq condition $2 holds ($3 says what for).
click() {
  local n; n=$(settles)
  jq -e "$(has_label "$1")" "$SCREEN" >/dev/null || fail "no item \"$1\" on screen"
  printf 'click %s\n' "$1" >>"$COMMANDS"
  wait_for "$2" "$3" "$n"
}
audience_windows() { xdotool search --name '^Audience view$' 2>/dev/null || true; }
deviation() { convert "$1" -format '%[fx:standard_deviation]' info:; }

: >"$LOG"  # before the app starts: the waits read it from its first line
: >"$COMMANDS"
HOME="$RUN" XDG_DATA_HOME="$RUN/data" "$APP" --quit-after 600 --print-frames --automation-file "$SCREEN" \
  --automation-commands "$COMMANDS" >"$LOG" 2>&1 &
pid=$!
settled_after 0 || fail "the window never settled"
[ -z "$(audience_windows)" ] || fail "an audience window before the presenter asked for one"

click "Ecological belonging" "$(has_label "Start the presenter view")" "the belonging page"
click "Start the presenter view" "$(has_label "Show a story")" "the presenter view"
click "Show a story" "$(has_label "Show the audience view in a second window")" "a story on the main window"
import -window root "$RUN/before.png"  # the main window alone
click "Show the audience view in a second window" "$(has_label "Close the audience window")" "the audience window open"

# The second window: mapped, its size, and drawn (its first frame comes after the main window's).
win="$(timeout 60 xdotool search --sync --onlyvisible --name '^Audience view$' | head -1)" \
  || fail "no visible X window titled \"Audience view\""
read -r geometry place < <(xwininfo -id "$win" | awk '/Absolute upper-left X:/ { x = $4 } /Absolute upper-left Y:/ { y = $4 }
  /Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h, "+" x "+" y }')
[ "$geometry" = "960x600" ] || fail "the audience window is $geometry, not 960x600"
deadline=$((SECONDS + 60))
until import -window "$win" "$OUT/native-audience.png" 2>/dev/null &&
  awk -v d="$(deviation "$OUT/native-audience.png")" 'BEGIN { exit !(d > 0.02) }'; do
  [ $SECONDS -lt $deadline ] && kill -0 "$pid" 2>/dev/null || fail "the audience window stayed blank"
done
# Its own picture, not the main window's pixels that were there before it opened.
convert "$RUN/before.png" -crop "$geometry$place" +repage "$RUN/main-under.png"
difference="$(compare -metric AE "$OUT/native-audience.png" "$RUN/main-under.png" null: 2>&1 || true)"
[ "${difference%%.*}" -gt 10000 ] 2>/dev/null || fail "the audience window shows the main window's picture ($difference pixels differ)"
echo "audience window: $geometry, drawn ($OUT/native-audience.png)"

# Closed from the main window: the X window goes.
click "Close the audience window" "$(has_label "Show the audience view in a second window")" "the audience window closed"
deadline=$((SECONDS + 60))
until [ -z "$(audience_windows)" ]; do
  [ $SECONDS -lt $deadline ] || fail "the audience window is still there after it was closed"
done
grep -q "automation:" "$LOG" && fail "the app refused a command: $(grep "automation:" "$LOG")"

kill -TERM "$pid"  # SDL turns it into a quit: the app saves and exits
wait "$pid" || fail "the app exited with status $?"
grep -q "frames drawn" "$LOG" || fail "the app did not close cleanly"
echo "audience smoke: opened from the presenter, drawn as its own window, closed from the main window"
