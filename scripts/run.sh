#!/usr/bin/env bash
# Builds and starts the STEM PUSH Toolkit.
#   ./scripts/run.sh            the web app on http://127.0.0.1:8080 (PORT=... to change)
#   ./scripts/run.sh --native   the desktop window
# Installs whatever is missing first (scripts/setup.sh); the second run is quick.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ "${1:-}" = "--native" ]; then
  shift
  ./scripts/setup.sh native
  ./scripts/build.sh native
  exec ./build/native/stempush "$@"
fi
./scripts/setup.sh web
./scripts/build.sh web
exec node scripts/serve.js build-web/site "${PORT:-8080}"
