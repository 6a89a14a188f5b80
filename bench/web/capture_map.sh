#!/bin/sh
# Runs a link command and keeps what it prints on stdout (wasm-ld --print-map: emcc 3.1.6 drops
# --Map=FILE) in the file given first. Used for the app in bench builds (web/CMakeLists.txt).
out="$1"
shift
exec "$@" > "$out"
