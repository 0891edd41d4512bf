#!/usr/bin/env bash
# Load test of the REST API with wrk (Debian package wrk) on loopback: serves STORE with dyad,
# waits until it answers, runs wrk with the filter mix of api-load.lua, prints wrk's latency
# distribution and one summary line (requests/s, p50, p99, errors), and stops the server.
#
# Usage: dyad-bench/scripts/load-test.sh STORE.duckdb [SECONDS] [CONNECTIONS] [PORT]
#   defaults: 30 s, 50 connections, port 18080. Environment: DYAD_LOAD_MIX=fixed|random (see
#   api-load.lua), DYAD_SERVE_OPTS="--no-answer-cache" to measure the queries without kept answers. For a store of 100,000 events made from the demo:
#     ./dyad demo --store /tmp/demo.duckdb   (Ctrl-C once it serves)
#     java -cp dyad-bench/target/dyad-benchmarks.jar org.dyad.bench.StoreFill \
#         /tmp/demo.duckdb /tmp/load.duckdb 100000
set -euo pipefail
if [[ $# -lt 1 ]]; then
    echo "usage: $0 STORE.duckdb [SECONDS] [CONNECTIONS] [PORT]" >&2
    exit 2
fi
store=$1
seconds=${2:-30}
connections=${3:-50}
port=${4:-18080}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command -v wrk >/dev/null || { echo "$0: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

DYAD_JAVA_OPTS="${DYAD_JAVA_OPTS:--XX:+UseParallelGC -Xmx2g}" "$root/dyad" serve --store "$store" --port "$port" ${DYAD_SERVE_OPTS:-} \
    > /tmp/dyad-load-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/api/summary" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -sf "http://127.0.0.1:$port/api/summary" || { echo "$0: the server did not start:" >&2;
    cat /tmp/dyad-load-serve.log >&2; exit 1; }
echo
# a short warm-up so the JIT has compiled the handlers before the measured run
wrk -t2 -c"$connections" -d5s -s "$here/api-load.lua" "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/api-load.lua" "http://127.0.0.1:$port"
