# Shared by run-ws.sh and run-cdp.sh: building, running one measured process, collecting its
# RESULT/FAIL lines with its peak RSS, and printing the median table. Source it; it expects
# ROOT (the repository root) to be set.

JAR="$ROOT/benchmarks/target/cdpkit-benchmarks.jar"
RUN_TIMEOUT="${BENCH_RUN_TIMEOUT:-600}"

log() {
    printf '%s\n' "$*" >&2
}

die() {
    log "error: $*"
    exit 2
}

# cdpkit_first "IMPLS": the implementation list with cdpkit (the baseline of the ratios) first;
# dies when cdpkit is not in it.
cdpkit_first() {
    [[ " $1 " == *" cdpkit "* ]] || die "--impls must include cdpkit (the baseline of the ratios)"
    echo cdpkit ${1//cdpkit/}
}

# Builds the benchmark jar and what it depends on, unless BENCH_SKIP_BUILD is set.
build_jar() {
    if [ -n "${BENCH_SKIP_BUILD:-}" ]; then
        [ -f "$JAR" ] || die "BENCH_SKIP_BUILD is set but $JAR does not exist"
        return
    fi
    log "building $JAR ..."
    if grep -q '<module>benchmarks</module>' "$ROOT/pom.xml"; then
        (cd "$ROOT" && mvn -B -q -DskipTests -pl benchmarks -am package) || die "build failed"
    else
        # The root pom does not list the module yet: install its siblings, then build it alone.
        (cd "$ROOT" && mvn -B -q -DskipTests -pl websocket-client,cdp-client -am install \
            && mvn -B -q -DskipTests -f benchmarks/pom.xml package) || die "build failed"
    fi
}

# Makes sure GNU time is there (it measures the peak RSS of every run).
require_gnu_time() {
    if [ ! -x /usr/bin/time ]; then
        log "installing GNU time (for peak RSS) ..."
        { apt-get update -qq && apt-get install -y -qq time >/dev/null; } || die "/usr/bin/time is missing; apt-get install time"
    fi
}

# Starts a new results folder under benchmarks/target/bench-results and sets RESULTS.
new_results_dir() {
    local kind="$1"
    RESULTS_DIR="$ROOT/benchmarks/target/bench-results/$kind-$(date +%Y%m%d-%H%M%S)"
    mkdir -p "$RESULTS_DIR"
    RESULTS="$RESULTS_DIR/results.txt"
    : >"$RESULTS"
    {
        echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -srm)"
        echo "# nproc=$(nproc) load:$(cut -d' ' -f1-3 /proc/loadavg)"
    } >>"$RESULTS"
}

# Rotates a space-separated list left by N places: rotate 1 "a b c" -> "b c a".
rotate() {
    local n="$1"
    shift
    local -a items=($*)
    local count=${#items[@]}
    local i
    for ((i = 0; i < count; i++)); do
        printf '%s ' "${items[$(((i + n) % count))]}"
    done
}

# run_measured IMPL WORKLOAD COMMAND...: runs one measured process under /usr/bin/time -v and a
# timeout, with BENCH_T0_MS set to the epoch millisecond just before it starts (for cold-start
# figures); appends its RESULT/FAIL lines and an RSS line to $RESULTS, echoes them, and keeps its
# full output in $RESULTS_DIR/logs. A run that prints no RESULT and no FAIL is recorded as FAIL.
run_measured() {
    local impl="$1" workload="$2"
    shift 2
    local base="$RESULTS_DIR/logs/$impl-$workload-$(date +%s%N)"
    mkdir -p "$RESULTS_DIR/logs"
    local status=0
    BENCH_T0_MS=$(date +%s%3N) /usr/bin/time -v -o "$base.time" timeout --kill-after=10 "$RUN_TIMEOUT" "$@" >"$base.out" 2>"$base.err" || status=$?
    local lines
    lines=$(grep -E '^(RESULT|FAIL) ' "$base.out" || true)
    if [ -z "$lines" ]; then
        lines="FAIL impl=$impl workload=$workload reason=exit_status_${status}_without_result"
    elif [ "$status" -ne 0 ] && ! grep -q '^FAIL ' <<<"$lines"; then
        lines="$lines"$'\n'"FAIL impl=$impl workload=$workload reason=exit_status_$status"
    fi
    printf '%s\n' "$lines" | tee -a "$RESULTS" >&2
    local kib
    kib=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$base.time")
    if [ -n "$kib" ]; then
        echo "RSS impl=$impl workload=$workload kib=$kib" >>"$RESULTS"
    fi
}

# Prints the Markdown summary of $RESULTS with IMPLS (baseline first) and saves it next to it.
summarize() {
    local impls="$1"
    java -cp "$JAR" io.cdpkit.bench.Summary --results "$RESULTS" --impls "${impls// /,}" | tee "$RESULTS_DIR/summary.md"
    log "results: $RESULTS"
}

# exit_on_cdpkit_failure FILE...: exits non-zero when a cdpkit run failed in any of the files.
exit_on_cdpkit_failure() {
    if grep -q '^FAIL impl=cdpkit ' "$@"; then
        log "a cdpkit run FAILED (see above)"
        exit 1
    fi
}
