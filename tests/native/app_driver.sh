# Waiting on a real app window as it says it settled, for the smoke tests that drive one
# (tests/native/audience_smoke.sh, tests/release/windows_app.sh). Sourced; the caller sets LOG
# (the app's output with --print-frames), SCREEN (its --automation-file), pid (the app) and
# defines fail().

# How many times the app has settled (drawn, then gone idle) so far.
settles() { grep -c "settled at frame" "$LOG" || true; }
# Returns once the app has settled more than $1 times; false if it exits first or stays busy
# for a minute (a dialog left open blocks it).
settled_after() { timeout 60 grep -q -m $(($1 + 1)) "settled at frame" < <(tail -n +1 --pid="$pid" -f "$LOG"); }
# Settle after settle (counting from $3 settles), until the jq condition holds on the screen; a
# minute at most (a dialog that stays open lets the app draw behind it without end).
wait_for() {  # JQ_CONDITION DESCRIPTION SETTLES_BEFORE
  local n="$3" deadline=$((SECONDS + 60))
  until jq -e "$1" "$SCREEN" >/dev/null 2>&1; do
    settled_after "$n" && [ $SECONDS -lt $deadline ] || fail "never came: $2"
    n=$((n + 1))
  done
}
# A jq condition: an item labelled $1 is on screen.
has_label() { printf 'any(.items[]; .label == %s)' "$(jq -Rn --arg l "$1" '$l')"; }
