package io.cdpkit.bench;

import io.cdpkit.bench.harness.BenchmarkRun;
import io.cdpkit.bench.ws.EchoClient;
import io.cdpkit.bench.ws.EchoClients;
import io.cdpkit.bench.ws.WsWorkload;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * The WebSocket side-by-side program: one process runs one workload with one client library
 * against an echo server ({@link EchoServer}) and prints
 * {@code RESULT impl=<impl> workload=<W> value=<v> unit=<u>} lines, or a {@code FAIL} line and
 * exit status 1.
 *
 * <pre>
 * java -cp cdpkit-benchmarks.jar io.cdpkit.bench.WsBench --impl cdpkit|okhttp|jdk \
 *     --url ws://127.0.0.1:PORT/ --workload W1|W2|W3|W4 --seconds S --warmup S
 * </pre>
 *
 * W1: 16-byte text ping-pong, round trips/s. W2: 64 binary 1 KiB messages in flight, echoes/s.
 * W3: 16 MiB binary echo, verified, (sent+received) MiB/s, plus {@code W3-heap} in MiB.
 * W4: 1,000 connections at once, 10 round trips each and a close, wall time in ms.
 */
public final class WsBench {

    private static final Set<String> FLAGS = Set.of("impl", "url", "workload", "seconds", "warmup");
    /** Slack for connecting, closing and the W3/W4 rounds beyond the requested times. */
    private static final long BUDGET_SLACK_MILLIS = 180_000;

    private WsBench() {
    }

    /** Runs the benchmark described by the flags. */
    public static void main(String[] args) {
        BenchmarkRun.main(args, FLAGS, (flags, run) -> {
            WsWorkload workload = WsWorkload.byId(flags.required("workload"));
            URI url = URI.create(flags.required("url"));
            Duration seconds = Duration.ofMillis((long) (flags.seconds("seconds", 10) * 1000));
            Duration warmup = Duration.ofMillis((long) (flags.seconds("warmup", 3) * 1000));
            long budget = seconds.plus(warmup).multipliedBy(2).toMillis() + BUDGET_SLACK_MILLIS;
            try (EchoClient client = EchoClients.byName(flags.required("impl"))) {
                return run.execute(budget, () -> workload.run(client, url, warmup, seconds));
            }
        });
    }
}
