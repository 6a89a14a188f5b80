#!/usr/bin/env bash
# Builds one target into its own folder. Usage: scripts/build.sh native|web|asan [extra cmake -D...]
#   native  build/       desktop app, stempush-cli, tests, benches (Release with debug info)
#   web     build-web/   site/ with app.js + app.wasm + the page (Release)
#   asan    build-asan/  models, CLI and unit tests under AddressSanitizer + UBSan (no app)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
KIND="${1:?usage: scripts/build.sh native|web|asan}"
shift
JOBS="$(nproc)"
export NODE_PATH=/usr/share/nodejs   # emcc's node scripts need Debian's node modules
case "$KIND" in
  native)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEMPUSH_WERROR=ON "$@" >/dev/null
    cmake --build build -j"$JOBS" ;;
  asan)
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSTEMPUSH_SANITIZE=ON -DSTEMPUSH_BUILD_APP=OFF -DSTEMPUSH_WERROR=ON "$@" >/dev/null
    cmake --build build-asan -j"$JOBS" --target unit_tests stempush-cli ;;
  web)
    emcmake cmake -S . -B build-web -DCMAKE_BUILD_TYPE=Release -DSTEMPUSH_BUILD_TESTS=OFF -DSTEMPUSH_WERROR=ON "$@" >/dev/null
    cmake --build build-web -j"$JOBS" ;;
  *) echo "usage: scripts/build.sh native|web|asan" >&2; exit 2 ;;
esac
