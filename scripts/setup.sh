#!/usr/bin/env bash
# Installs everything the build and the tests need, pinned to the versions in scripts/deps.env.
# Idempotent: each step checks first, so the second run takes a second or two.
# Usage: scripts/setup.sh [native|web|test|release|all]   (default: all)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPS="$ROOT/.deps"
# shellcheck source=deps.env
source "$ROOT/scripts/deps.env"
WHAT="${1:-all}"
mkdir -p "$DEPS/src" "$DEPS/prefix"
log() { printf '[setup] %s\n' "$*"; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

apt_updated=0
apt_update_once() { [ $apt_updated = 1 ] || { $SUDO apt-get update -qq; apt_updated=1; }; }

# Install pinned Debian packages that are not installed at exactly that version.
install_pinned() {
  local missing=()
  for spec in "$@"; do
    local name="${spec%%=*}" want="${spec#*=}"
    local have; have="$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null || true)"
    [ "$have" = "$want" ] || missing+=("$spec")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt_update_once
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
install_current() {
  local missing=()
  for name in "$@"; do
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "ok installed" || missing+=("$name")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt_update_once
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# deb-src for bookworm and trixie: source packages only (trixie binaries are never installed).
enable_sources() {
  local f=/etc/apt/sources.list.d/stempush-src.sources
  [ -f "$f" ] && return
  log "adding deb-src entries ($f)"
  $SUDO tee "$f" >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_updated=0
}

# apt-get source NAME=VERSION into .deps/src/NAME-VERSION (unpacked), once.
fetch_source() {
  local name="$1" version="$2" dir="$DEPS/src/$1-$2"
  [ -f "$dir/.complete" ] && { echo "$dir"; return; }
  enable_sources; apt_update_once
  rm -rf "$dir" "$dir.tmp"; mkdir -p "$dir.tmp"
  ( cd "$dir.tmp" && apt-get source -qq "$name=$version" >/dev/null 2>&1 ) \
    || { log "apt-get source $name=$version failed"; exit 1; }
  local unpacked; unpacked="$(find "$dir.tmp" -mindepth 1 -maxdepth 1 -type d | head -1)"
  mv "$unpacked" "$dir"; rm -rf "$dir.tmp"; touch "$dir/.complete"
  echo "$dir"
}

common() {
  # shellcheck disable=SC2086
  install_pinned $DEB_PINNED
  install_current dpkg-dev
  fetch_source imgui "$IMGUI_SRC_VERSION" >/dev/null
  # nlohmann for em++: a folder holding only nlohmann/ (never -I/usr/include in the wasm build)
  if [ ! -f "$DEPS/include-json/nlohmann/json.hpp" ]; then
    mkdir -p "$DEPS/include-json"; cp -r /usr/include/nlohmann "$DEPS/include-json/"
  fi
}

catch2() {
  local prefix="$DEPS/prefix/catch2"
  [ -f "$prefix/.complete" ] && return
  local src; src="$(fetch_source catch2 "$CATCH2_SRC_VERSION")"
  log "building Catch2 $CATCH2_SRC_VERSION"
  rm -rf "$DEPS/build/catch2"
  cmake -S "$src" -B "$DEPS/build/catch2" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCATCH_INSTALL_DOCS=OFF -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
  cmake --build "$DEPS/build/catch2" -j"$(nproc)" >/dev/null
  cmake --install "$DEPS/build/catch2" >/dev/null
  touch "$prefix/.complete"
}

# SDL2 from Debian's source package, static, into .deps/prefix/sdl2-FLAVOUR, once.
# Usage: sdl2_build FLAVOUR "WHAT" [extra cmake options]; $SDL2_WRAP runs cmake's configure
# (emcmake for WebAssembly).
sdl2_build() {
  local flavour="$1" what="$2"; shift 2
  local prefix="$DEPS/prefix/sdl2-$flavour"
  [ -f "$prefix/.complete" ] && return
  local src; src="$(fetch_source libsdl2 "$SDL2_SRC_VERSION")"
  log "building SDL2 $SDL2_SRC_VERSION for $what (about 2 minutes)"
  rm -rf "$DEPS/build/sdl2-$flavour"
  ( export NODE_PATH=/usr/share/nodejs
    # shellcheck disable=SC2086
    nice -n 10 ${SDL2_WRAP:-} cmake -S "$src" -B "$DEPS/build/sdl2-$flavour" -DCMAKE_BUILD_TYPE=Release \
      -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$prefix" "$@" >/dev/null
    nice -n 10 cmake --build "$DEPS/build/sdl2-$flavour" -j"$(nproc)" >/dev/null
    cmake --install "$DEPS/build/sdl2-$flavour" >/dev/null )
  touch "$prefix/.complete"
}
sdl2_web() { SDL2_WRAP=emcmake sdl2_build web WebAssembly; }
# The Windows release's SDL2, cross-compiled with mingw-w64 from the same source.
sdl2_mingw() { sdl2_build mingw "Windows x64 with mingw-w64" -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/mingw-w64-x86_64.cmake"; }

# The release build and its smoke tests: the mingw-w64 cross compiler (pinned: it goes into the
# Windows build), Wine to run the Windows build, zip to pack it.
release_tools() {
  # shellcheck disable=SC2086
  install_pinned $DEB_RELEASE_PINNED
  # shellcheck disable=SC2086
  install_current $DEB_RELEASE_TEST_TOOLS
  sdl2_mingw
}

test_tools() {
  # shellcheck disable=SC2086
  install_current $DEB_TEST_TOOLS
  if [ ! -f "$ROOT/tests/web/node_modules/.package-lock.json" ] || \
     [ "$ROOT/tests/web/package-lock.json" -nt "$ROOT/tests/web/node_modules/.package-lock.json" ]; then
    log "installing npm test packages (tests/web/package-lock.json)"
    ( cd "$ROOT/tests/web" && npm ci --no-audit --no-fund --loglevel=error >/dev/null )
  fi
}

case "$WHAT" in
  native) common; catch2 ;;
  web)    common; sdl2_web ;;
  test)   common; catch2; sdl2_web; test_tools ;;
  release) common; catch2; sdl2_web; test_tools; release_tools ;;
  all)    common; catch2; sdl2_web; test_tools; release_tools ;;
  *) echo "usage: $0 [native|web|test|release|all]" >&2; exit 2 ;;
esac
log "ready ($WHAT)"
