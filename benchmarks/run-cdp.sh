#!/usr/bin/env bash
# Runs the CDP workloads C1..C6 side by side: cdpkit, Puppeteer (puppeteer-core, Node) and
# cdt-java-client against one headless Chromium (fresh profile, DESIGN.md flags) and a page
# served from 127.0.0.1; every implementation on every workload, 3 rounds with the order rotated
# each round, each run its own process under /usr/bin/time -v. Prints the median table with the
# ratios cdpkit/peer and the peak RSS of the runs. Exits non-zero if a cdpkit run failed.
#
#   benchmarks/run-cdp.sh [--seconds S] [--rounds N] [--workloads "C1 C2 C3 C4 C5 C6"] [--impls "cdpkit puppeteer cdt"]
#
# Needs node and npm (puppeteer-core is installed into benchmarks/.peers/, which git ignores) and
# Chromium at $CHROMIUM (default /usr/bin/chromium). BENCH_SKIP_BUILD=1 reuses an existing
# benchmarks/target/cdpkit-benchmarks.jar; BENCH_JAVA_OPTS adds JVM options to the Java runs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/benchmarks/scripts/common.sh"

PUPPETEER_VERSION=25.16.0
PEERS="$ROOT/benchmarks/.peers"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMIUM_FLAGS=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync)

SECONDS_PER_RUN=10
ROUNDS=3
WORKLOADS="C1 C2 C3 C4 C5 C6"
IMPLS="cdpkit puppeteer cdt"
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --workloads) WORKLOADS="$2"; shift 2 ;;
        --impls) IMPLS="$2"; shift 2 ;;
        *) die "unknown argument $1 (see the header of $0)" ;;
    esac
done
IMPLS=$(cdpkit_first "$IMPLS")
[ -x "$CHROMIUM" ] || die "no Chromium at $CHROMIUM (set CHROMIUM=/path/to/chromium)"

install_puppeteer() {
    command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed for the Puppeteer peer"
    local installed="$PEERS/puppeteer/node_modules/puppeteer-core/package.json"
    if [ -f "$installed" ] && grep -q "\"version\": \"$PUPPETEER_VERSION\"" "$installed"; then
        return
    fi
    log "installing puppeteer-core@$PUPPETEER_VERSION into $PEERS/puppeteer ..."
    mkdir -p "$PEERS/puppeteer"
    npm install --prefix "$PEERS/puppeteer" --no-save --no-audit --no-fund --loglevel=error \
        "puppeteer-core@$PUPPETEER_VERSION" >&2 || die "npm install puppeteer-core failed"
}

build_jar
require_gnu_time
[[ " $IMPLS " == *" puppeteer "* ]] && install_puppeteer
new_results_dir cdp

PAGE_SERVER_PID=""
CHROMIUM_PID=""
PROFILE=""
cleanup() {
    for pid in $CHROMIUM_PID $PAGE_SERVER_PID; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ -n "$PROFILE" ]; then
        rm -rf "$PROFILE"
    fi
}
trap cleanup EXIT

# wait_for_line FILE PATTERN PID WHAT: waits up to 60 s for PATTERN in FILE while PID lives.
wait_for_line() {
    local file="$1" pattern="$2" pid="$3" what="$4"
    for _ in $(seq 1 120); do
        grep -q "$pattern" "$file" 2>/dev/null && return
        kill -0 "$pid" 2>/dev/null || die "$what exited: $(tail -5 "$file")"
        sleep 0.5
    done
    die "$what did not start within 60 s"
}

java -cp "$JAR" io.cdpkit.bench.PageServer --port 0 >"$RESULTS_DIR/page-server.log" 2>&1 &
PAGE_SERVER_PID=$!
wait_for_line "$RESULTS_DIR/page-server.log" '^LISTENING ' "$PAGE_SERVER_PID" "page server"
PAGE_URL="http://127.0.0.1:$(sed -n 's/^LISTENING port=//p' "$RESULTS_DIR/page-server.log")/page.html"

PROFILE=$(mktemp -d "${TMPDIR:-/tmp}/cdpkit-bench-profile.XXXXXX")
"$CHROMIUM" "${CHROMIUM_FLAGS[@]}" --user-data-dir="$PROFILE" --remote-debugging-port=0 about:blank \
    >"$RESULTS_DIR/chromium.log" 2>&1 &
CHROMIUM_PID=$!
wait_for_line "$PROFILE/DevToolsActivePort" '^/devtools/browser/' "$CHROMIUM_PID" "Chromium"
BROWSER_WS="ws://127.0.0.1:$(head -1 "$PROFILE/DevToolsActivePort")$(sed -n 2p "$PROFILE/DevToolsActivePort")"
CHROMIUM_VERSION=$("$CHROMIUM" --version 2>/dev/null | head -1)
log "Chromium pid $CHROMIUM_PID ($CHROMIUM_VERSION) at $BROWSER_WS; page $PAGE_URL; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $CHROMIUM_VERSION; puppeteer-core $PUPPETEER_VERSION; node $(node --version 2>/dev/null || echo none)" >>"$RESULTS"

OUT="$RESULTS_DIR/out"
run_cdp() {
    local impl="$1" workload="$2"
    local -a args=(--impl "$impl" --workload "$workload" --page-url "$PAGE_URL" --seconds "$SECONDS_PER_RUN" --out "$OUT")
    if [ "$workload" = C5 ]; then
        args+=(--chromium "$CHROMIUM")
    else
        args+=(--browser-ws "$BROWSER_WS")
    fi
    if [ "$impl" = puppeteer ]; then
        NODE_PATH="$PEERS/puppeteer/node_modules" run_measured "$impl" "$workload" node "$ROOT/benchmarks/puppeteer/cdp-bench.cjs" "${args[@]}"
    else
        # shellcheck disable=SC2086 # word splitting of the option list is intended
        run_measured "$impl" "$workload" java ${BENCH_JAVA_OPTS:-} -cp "$JAR" io.cdpkit.bench.CdpBench "${args[@]}"
    fi
}

for ((round = 0; round < ROUNDS; round++)); do
    order=$(rotate "$round" $IMPLS)
    log "round $((round + 1))/$ROUNDS, order: $order"
    for workload in $WORKLOADS; do
        for impl in $order; do
            run_cdp "$impl" "$workload"
        done
    done
done
echo "# load after the rounds:$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS"

echo "## CDP workloads ($CHROMIUM_VERSION; $ROUNDS rounds, C1 ${SECONDS_PER_RUN}s; load at end $(cut -d' ' -f1-3 /proc/loadavg))"
echo
summarize "$IMPLS"
exit_on_cdpkit_failure "$RESULTS"
