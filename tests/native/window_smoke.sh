#!/usr/bin/env bash
# Opens the real desktop window under Xvfb (Mesa renders OpenGL 3.3 in software), takes a
# screenshot once the app says its window has settled (drawn, idle; --print-frames), checks
# against the app's own list of what it drew (--automation-file) that every home card shows its
# text, and that the app draws almost nothing while idle (render on demand).
# Usage: tests/native/window_smoke.sh PATH/TO/stempush OUT_DIR
set -euo pipefail
APP="$(realpath "$1")"
OUT="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export APP OUT WORK HERE
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -euo pipefail
  HOME="$WORK" XDG_DATA_HOME="$WORK/data" "$APP" --quit-after 6 --print-frames --automation-file "$WORK/screen.json" \
    >"$WORK/log" 2>&1 &
  pid=$!
  # No clock: read the app'"'"'s output as it is written until it says the window settled (or exits).
  grep -q -m1 "settled at frame" < <(tail -n +1 --pid=$pid -f "$WORK/log") \
    || { echo "FAIL: the window never settled"; cat "$WORK/log"; exit 1; }
  # The settled frame is on the X screen once the swap is done; take shots until the cards show
  # (at most while the app runs).
  shown=0
  while kill -0 $pid 2>/dev/null; do
    import -window root "$OUT/native-shell.png"
    if "$HERE/screen_has_cards.sh" "$WORK/screen.json" "$OUT/native-shell.png" quiet; then shown=1; break; fi
  done
  "$HERE/screen_has_cards.sh" "$WORK/screen.json" "$OUT/native-shell.png" || true
  [ $shown = 1 ] || { echo "FAIL: the home cards are empty on the screenshot"; exit 1; }
  wait $pid
  cat "$WORK/log"
' | tee "$WORK/output"
frames="$(sed -n "s/^stempush: frames drawn: \([0-9]*\).*/\1/p" "$WORK/output")"
[ -n "$frames" ] || { echo "FAIL: the app did not report its frame count"; exit 1; }
# 6 seconds at 60 frames a second would be 360 frames; idle, the app draws a few at start and a
# few for its own timers (autosave; a toast waits for input to go).
if [ "$frames" -gt 60 ]; then echo "FAIL: $frames frames drawn in 6 idle seconds (render on demand broken)"; exit 1; fi
# A blank or one-colour screenshot means nothing was drawn.
deviation="$(convert "$OUT/native-shell.png" -format '%[fx:standard_deviation]' info:)"
awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || { echo "FAIL: screenshot looks blank (deviation $deviation)"; exit 1; }
[ -f "$WORK/data/stempush-toolkit/settings.json" ] || [ -d "$WORK/data/stempush-toolkit" ] || { echo "FAIL: no data folder"; exit 1; }
echo "window smoke: settled, home cards drawn with their text, $frames frames in 6 s idle, screenshot $OUT/native-shell.png"
