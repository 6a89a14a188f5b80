#!/usr/bin/env bash
# Builds both targets and runs every test: native unit + UI tests (ctest), the unit tests again
# under AddressSanitizer + UBSan, a real window under Xvfb (screenshot + idle check), and the web
# build driven in headless Chromium. Installs whatever is missing first (scripts/setup.sh).
# Screenshots land in tests/out/ (native) and tests/web/out/ (browser).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
step() { printf '\n=== %s ===\n' "$*"; }

step "setup"
./scripts/setup.sh test
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

step "web build"
./scripts/build.sh web
step "browser tests (headless Chromium)"
STEMPUSH_SITE="$ROOT/build-web/site" node --test --test-concurrency=1 tests/web/
