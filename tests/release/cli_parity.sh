#!/usr/bin/env bash
# The Windows CLI under Wine gives the same results as the Linux CLI on the test fixtures:
# validate (good, bad, a non-ASCII file name), migrate, a belonging import (good and rejected
# rows), export-section, the belonging results and the exported responses CSV. Every command
# runs in its own copy of the fixtures with relative paths, so outputs compare byte for byte
# once Windows' CRLF line endings are stripped.
# Usage: tests/release/cli_parity.sh LINUX_CLI WINDOWS_CLI_EXE   (WINEPREFIX set up by the caller)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
LINUX_CLI="$(realpath "$1")"
WINDOWS_CLI="$(realpath "$2")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# One scenario, run by one CLI in its own folder; each step's output and exit code in a transcript.
scenario() {  # NAME COMMAND...
  local dir="$WORK/$1"; shift
  mkdir -p "$dir"
  cp "$ROOT/tests/fixtures/workspace-v1-profile.json" "$dir/fixture.json"
  cp "$ROOT"/tests/fixtures/belonging/*.csv "$dir/"
  cp "$dir/fixture.json" "$dir/Año-señal.json"
  printf '{"format": "stempush-workspace", ' > "$dir/broken.json"
  ( cd "$dir"
    run() { echo "\$ $*"; set +e; "$@" 2>&1 | tr -d '\r'; echo "exit ${PIPESTATUS[0]}"; set -e; }
    run "$@" --version
    run "$@" validate fixture.json
    run "$@" validate Año-señal.json
    run "$@" validate broken.json
    run "$@" validate missing.json
    run "$@" migrate fixture.json ws.json
    run "$@" belonging import ws.json pre-20-students.csv --survey pre
    run "$@" belonging import ws.json post-with-bad-rows.csv --survey post
    run "$@" belonging import ws.json post-20-students.csv --survey post
    run "$@" belonging results ws.json --json
    run "$@" belonging export-responses ws.json responses.csv
    run "$@" export-section ws.json profile
    run "$@" validate ws.json
    echo "--- responses.csv"; tr -d '\r' < responses.csv
  ) > "$WORK/$(basename "$dir").log"
}
scenario linux "$LINUX_CLI"
scenario windows wine "$WINDOWS_CLI"
# The transcripts name the program differently ("$ /path/stempush-cli" vs "$ wine ...exe").
sed -i 's/^\$ .*stempush-cli\(\.exe\)\? /$ stempush-cli /' "$WORK/linux.log" "$WORK/windows.log"
# Wine's own messages ("wine: Unhandled page fault … starting debugger" from its crash reporter,
# once seen in CI with the program's output and exit code unchanged) are not the program's: they
# are shown, then left out of the comparison. The output and every exit code are still compared.
if grep -E '^(wine: |[0-9a-f]{4}:(fixme|err|warn|trace):)' "$WORK/windows.log"; then
  echo "(Wine's own messages above are left out of the comparison)"
  sed -i -E '/^(wine: |[0-9a-f]{4}:(fixme|err|warn|trace):)/d' "$WORK/windows.log"
fi
if ! diff -u "$WORK/linux.log" "$WORK/windows.log"; then
  echo "FAIL: the Windows CLI's results differ from the Linux CLI's (diff above)"
  exit 1
fi
# The comparison is only worth something if the steps did what they should.
grep -q "^exit 0" "$WORK/linux.log"
[ "$(grep -c '^exit 1' "$WORK/linux.log")" -ge 3 ] || { echo "FAIL: the bad inputs were not refused"; cat "$WORK/linux.log"; exit 1; }
grep -q "Año-señal.json: OK" "$WORK/windows.log" || { echo "FAIL: a non-ASCII file name did not validate"; exit 1; }
rows="$(sed -n '/^--- responses.csv/,$p' "$WORK/linux.log" | wc -l)"
[ "$rows" -gt 40 ] || { echo "FAIL: the exported responses CSV has $rows lines"; exit 1; }
echo "cli parity: $(grep -c '^\$ ' "$WORK/linux.log") commands give the same output and exit code on Linux and under Wine"
