#!/usr/bin/env bash
# Benchmarks: each prints its figures and ratios against a baseline measured in the same run.
#   native: self_study_bench (load + summaries vs a plain JSON parse; undo steps of one rating:
#           the history's patches vs full before/after snapshots, bytes and times), belonging_bench
#           (CSV import vs a naive split; results vs a plain pass over the same answers; peak memory
#           of one import by getrusage ru_maxrss vs the file's size), runchart_bench (5,000-point run-chart analysis vs a plain
#           median), recruitment_bench (the funnel for 50,000 students x 10 years vs a plain
#           group-by count of the same rows), optimised builds
#   web:    bundle size (gzip, with each plugin's share from the link map) and time to first
#           frame, per start-up phase, on the local network and throttled to 1.6 Mbit/s + 150 ms,
#           vs a bare Dear ImGui page built with the same flags; idle core share; belonging import
#           in wasm vs PapaParse in the same page, cold (first run) and warm (median of three more), with
#           the wasm heap size after it
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
./scripts/setup.sh test
./scripts/build.sh native
echo "=== self-study (native) ==="
./build/bench/self_study/self_study_bench
echo "=== belonging (native) ==="
./build/bench/belonging/belonging_bench
echo "=== run chart (native) ==="
./build/bench/runchart/runchart_bench
echo "=== recruitment (native) ==="
./build/bench/recruitment/recruitment_bench
./scripts/build.sh web -DSTEMPUSH_WEB_BENCH=ON
echo "=== web ==="
node bench/web/web_bench.js build-web
