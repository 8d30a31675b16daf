#!/usr/bin/env bash
# Runs the WebSocket workloads W1..W4 side by side: cdpkit, OkHttp and the JDK client against
# one Jetty echo server, every implementation on every workload, 3 rounds with the order rotated
# each round, each run its own JVM under /usr/bin/time -v. Prints the median table with the
# ratios cdpkit/peer and the peak RSS of the runs, then checks that a streamed W3 consumer fits
# in a heap of 3x the message size (-Xmx48m). Exits non-zero if a cdpkit run failed.
#
#   benchmarks/run-ws.sh [--seconds S] [--warmup S] [--rounds N] [--workloads "W1 W2 W3 W4"] [--impls "cdpkit okhttp jdk"]
#
# BENCH_SKIP_BUILD=1 reuses an existing benchmarks/target/cdpkit-benchmarks.jar;
# BENCH_JAVA_OPTS adds JVM options to every client run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/benchmarks/scripts/common.sh"

SECONDS_PER_RUN=10
WARMUP=3
ROUNDS=3
WORKLOADS="W1 W2 W3 W4"
IMPLS="cdpkit okhttp jdk"
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --workloads) WORKLOADS="$2"; shift 2 ;;
        --impls) IMPLS="$2"; shift 2 ;;
        *) die "unknown argument $1 (see the header of $0)" ;;
    esac
done
IMPLS=$(cdpkit_first "$IMPLS")

build_jar
require_gnu_time
new_results_dir ws

SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}
trap stop_server EXIT

java -cp "$JAR" io.cdpkit.bench.EchoServer --port 0 >"$RESULTS_DIR/echo-server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    grep -q '^LISTENING ' "$RESULTS_DIR/echo-server.log" && break
    kill -0 "$SERVER_PID" 2>/dev/null || die "echo server exited: $(cat "$RESULTS_DIR/echo-server.log")"
    sleep 0.5
done
PORT=$(sed -n 's/^LISTENING port=//p' "$RESULTS_DIR/echo-server.log")
[ -n "$PORT" ] || die "echo server did not start within 60 s"
URL="ws://127.0.0.1:$PORT/"
log "echo server pid $SERVER_PID at $URL; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# shellcheck disable=SC2086 # word splitting of the option list is intended
run_ws() {
    local impl="$1" workload="$2" seconds="$3" warmup="$4"
    shift 4
    run_measured "$impl" "$workload" java ${BENCH_JAVA_OPTS:-} "$@" -cp "$JAR" io.cdpkit.bench.WsBench \
        --impl "$impl" --url "$URL" --workload "$workload" --seconds "$seconds" --warmup "$warmup"
}

for ((round = 0; round < ROUNDS; round++)); do
    order=$(rotate "$round" $IMPLS)
    log "round $((round + 1))/$ROUNDS, order: $order"
    for workload in $WORKLOADS; do
        for impl in $order; do
            run_ws "$impl" "$workload" "$SECONDS_PER_RUN" "$WARMUP"
        done
    done
done
echo "# load after the rounds:$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS"

echo "## WebSocket workloads ($ROUNDS rounds, ${SECONDS_PER_RUN}s measured, ${WARMUP}s warm-up; load at end $(cut -d' ' -f1-3 /proc/loadavg))"
echo
summarize "$IMPLS"

if [[ " $WORKLOADS " == *" W3 "* ]]; then
    echo
    echo "W3 in a heap of 3x the message size (-Xmx48m), one run each:"
    echo
    MAIN_RESULTS="$RESULTS"
    RESULTS="$RESULTS_DIR/heap-check.txt"
    : >"$RESULTS"
    for impl in $IMPLS; do
        run_ws "$impl" W3 2 0 -Xmx48m
    done
    grep -E '^(RESULT|FAIL) ' "$RESULTS" | sed 's/^/    /'
    RESULTS="$MAIN_RESULTS"
fi

exit_on_cdpkit_failure "$RESULTS_DIR"/*.txt
