#!/usr/bin/env bash
# Checks a screenshot of the app's home page against what the app said it drew: for every home
# card the app reported (an item "<package> package" in its --automation-file JSON), the inside
# of the card on the screenshot must hold text, not one flat colour (an empty box is what a
# frame taken before the layout settled shows). Prints each card's figure.
# Usage: tests/native/screen_has_cards.sh AUTOMATION.json SCREENSHOT.png [quiet]
# Exit 0 when every card has text and there is at least one card; 1 otherwise.
set -euo pipefail
JSON="$1"
PNG="$2"
QUIET="${3:-}"
# The window's client area on the screen, and each card's rectangle inside it (logical pixels
# are screen pixels here: the test screens have a pixel ratio of 1).
read -r wx wy < <(jq -r '"\(.window.x) \(.window.y)"' "$JSON")
cards=0 empty=0
while IFS=$'\t' read -r label x y w h; do
  cards=$((cards + 1))
  # 6 pixels inside the border, and only the top 3 lines (title, purpose): the card's own text.
  cx=$((wx + ${x%.*} + 6)) cy=$((wy + ${y%.*} + 6)) cw=$((${w%.*} - 12)) ch=$((${h%.*} - 12))
  [ "$ch" -gt 60 ] && ch=60
  d="$(convert "$PNG" -crop "${cw}x${ch}+${cx}+${cy}" +repage -format '%[fx:standard_deviation]' info:)"
  if awk -v d="$d" 'BEGIN { exit !(d > 0.05) }'; then verdict=text; else verdict=EMPTY; empty=$((empty + 1)); fi
  [ -n "$QUIET" ] || printf '  %-32s %sx%s+%s+%s deviation %s: %s\n' "$label" "$cw" "$ch" "$cx" "$cy" "$d" "$verdict"
done < <(jq -r '.items[] | select(.window | test("Page")) | select(.label | endswith(" package")) |
                [.label, .x, .y, .w, .h] | @tsv' "$JSON")
[ "$cards" -gt 0 ] || { [ -n "$QUIET" ] || echo "  no home card on screen"; exit 1; }
[ "$empty" -eq 0 ]
