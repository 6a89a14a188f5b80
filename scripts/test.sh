#!/usr/bin/env bash
# Builds both targets and runs every test: native unit + UI tests (ctest), the unit tests again
# under AddressSanitizer + UBSan, a real window under Xvfb (screenshot + idle check; the presenter's
# audience window as a second real window), and the web
# build driven in headless Chromium, then the release archives (scripts/release.sh, reusing
# those builds, plus the Windows cross build) and their smoke tests (tests/release/smoke.sh).
# Installs whatever is missing first (scripts/setup.sh release).
# Screenshots land in tests/out/ (native, Windows under Wine) and tests/web/out/ (browser).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
step() { printf '\n=== %s (at %d s) ===\n' "$*" "$SECONDS"; }  # times: is CI still within its budget?

step "setup"
./scripts/setup.sh release
echo "chromium: $(dpkg-query -W -f='${Version}' chromium)  xvfb: $(dpkg-query -W -f='${Version}' xvfb)"

step "native build (-Wall -Wextra -Werror on project code)"
./scripts/build.sh native
step "native unit and UI tests"
ctest --test-dir build --output-on-failure -j"$(nproc)"

step "unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
./scripts/build.sh asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)"

step "desktop window under Xvfb"
./tests/native/window_smoke.sh build/native/stempush tests/out
step "the presenter's audience window, a second real window under Xvfb"
./tests/native/audience_smoke.sh build/native/stempush tests/out

step "web build"
./scripts/build.sh web
step "browser tests (headless Chromium)"
STEMPUSH_SITE="$ROOT/build-web/site" node --test --test-concurrency=1 tests/web/

# Last: it reuses build/ and build-web/ as they are (same folders, same options) and adds only
# the Windows build, so every archive holds exactly what the tests above passed.
step "release archives (dist/)"
./scripts/release.sh --no-setup
step "release smoke tests (web under a sub-path and its update, Linux tarball, Windows under Wine)"
./tests/release/smoke.sh
