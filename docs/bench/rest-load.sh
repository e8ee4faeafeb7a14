#!/usr/bin/env bash
# REST load on loopback, bounded in time: single-panel POSTs with wrk (Debian package), server and load generator
# on the same 2-core machine. Usage (from the repository root, after `mvn -q -DskipTests package`):
#   bash docs/bench/rest-load.sh [seconds=20] [connections=16] [detail=full|brief] [warm-up seconds=30]
# A server runs for hours: the measured run follows a warm-up long enough for the JIT to finish on two cores
# (C2 keeps compiling for 20-30 s of load; a 5 s warm-up measured the compiler, not the server).
set -euo pipefail
secs=${1:-20}; conns=${2:-16}; detail=${3:-full}; warm=${4:-30}; port=18080
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
# the service as bin/immunodiff runs it (serial collector, class-data-sharing archive); JAVA_OPTS is passed to java
bin/immunodiff serve --port "$port" --host 127.0.0.1 >/tmp/immunodiff-load.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
# warm-up, then the measured run
wrk -t1 -c"$conns" -d"${warm}s" -s docs/bench/post-reference.lua "http://127.0.0.1:$port/api/v1/evaluations?detail=$detail" >/dev/null
wrk -t1 -c"$conns" -d"${secs}s" --latency -s docs/bench/post-reference.lua "http://127.0.0.1:$port/api/v1/evaluations?detail=$detail"
