#!/usr/bin/env bash
# Opens the real desktop window under Xvfb (Mesa renders OpenGL 3.3 in software), takes a
# screenshot once the first frame is drawn, and checks that it is not blank and that the app
# draws almost nothing while idle (render on demand).
# Usage: tests/native/window_smoke.sh PATH/TO/stempush OUT_DIR
set -euo pipefail
APP="$(realpath "$1")"
OUT="$2"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export APP OUT WORK
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -euo pipefail
  HOME="$WORK" XDG_DATA_HOME="$WORK/data" "$APP" --quit-after 6 --print-frames >"$WORK/log" 2>&1 &
  pid=$!
  for i in $(seq 1 100); do grep -q "first frame drawn" "$WORK/log" && break; sleep 0.1; done
  grep -q "first frame drawn" "$WORK/log" || { echo "FAIL: no first frame"; cat "$WORK/log"; exit 1; }
  sleep 1
  import -window root "$OUT/native-shell.png"
  wait $pid
  cat "$WORK/log"
' | tee "$WORK/output"
frames="$(sed -n "s/^stempush: frames drawn: \([0-9]*\).*/\1/p" "$WORK/output")"
[ -n "$frames" ] || { echo "FAIL: the app did not report its frame count"; exit 1; }
# 6 seconds at 60 frames a second would be 360 frames; idle, the app draws a few at start and a
# few for its own timers (toast expiry, autosave).
if [ "$frames" -gt 60 ]; then echo "FAIL: $frames frames drawn in 6 idle seconds (render on demand broken)"; exit 1; fi
# A blank or one-colour screenshot means nothing was drawn.
deviation="$(convert "$OUT/native-shell.png" -format '%[fx:standard_deviation]' info:)"
awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || { echo "FAIL: screenshot looks blank (deviation $deviation)"; exit 1; }
[ -f "$WORK/data/stempush-toolkit/settings.json" ] || [ -d "$WORK/data/stempush-toolkit" ] || { echo "FAIL: no data folder"; exit 1; }
echo "window smoke: first frame, $frames frames in 6 s idle, screenshot $OUT/native-shell.png"
