package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;
import io.cdpkit.bench.harness.Measurement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * C6: subscribes to {@code Runtime.consoleAPICalled}, enables Runtime, evaluates a loop of
 * 100,000 {@code console.log('m'+i)} and waits until all arrived or 15 s passed without one.
 * Events must arrive in order ({@code m0, m1, ...}); one out of order fails the run. Figures:
 * events/s from the evaluate call to the last event ({@code C6}), and how many arrived
 * ({@code C6-received}), which shows any lost events.
 */
final class ConsoleFloodWorkload implements CdpWorkload {

    static final int COUNT = 100_000;
    private static final long QUIET_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(15);

    @Override
    public List<Measurement> run(CdpDriver driver, CdpContext context) throws Exception {
        ConsoleTally tally = new ConsoleTally(COUNT);
        driver.onConsoleMessages(tally::accept);
        long start = System.nanoTime();
        // The reply to the loop comes after all its events; under load that may be after the
        // library's call timeout, so only the events count, not the reply.
        driver.evaluateAsync("for (let i = 0; i < " + COUNT + "; i++) console.log('m' + i)");
        tally.awaitAll(QUIET_LIMIT_NANOS);
        tally.requireInOrder();
        long received = tally.received();
        if (received == 0) {
            throw new BenchmarkException("No console event arrived within 15 s");
        }
        double seconds = (tally.lastArrivalNanos() - start) / 1e9;
        return List.of(
                new Measurement("C6", received / seconds, "events/s"),
                new Measurement("C6-received", received, "events"));
    }
}
