#!/usr/bin/env bash
# Builds one target into its own folder. Usage: scripts/build.sh native|web|asan|windows [extra cmake -D...]
#   native  build/       desktop app, stempush-cli, tests, benches (Release with debug info)
#   web     build-web/   site/ with app.js + app.wasm + the page (Release)
#   asan    build-asan/  models, CLI and unit tests under AddressSanitizer + UBSan (no app)
#   windows build-windows/  stempush.exe + stempush-cli.exe for Windows x64 (mingw-w64, Release)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
KIND="${1:?usage: scripts/build.sh native|web|asan|windows}"
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
  windows)
    # Cross-compiled with mingw-w64 (scripts/setup.sh release builds its SDL2). Niced: it is the
    # release's extra build and should not slow down the machine's interactive work.
    nice -n 10 cmake -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/mingw-w64-x86_64.cmake" \
      -DCMAKE_BUILD_TYPE=Release -DSTEMPUSH_BUILD_TESTS=OFF -DSTEMPUSH_WERROR=ON "$@" >/dev/null
    nice -n 10 cmake --build build-windows -j"$JOBS" --target stempush stempush-cli ;;
  *) echo "usage: scripts/build.sh native|web|asan|windows" >&2; exit 2 ;;
esac
