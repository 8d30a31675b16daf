package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;
import io.cdpkit.bench.harness.Measurement;
import java.time.Duration;
import java.util.List;

/** C1: after a 1 s warm-up, {@code Runtime.evaluate "1+1"} one after another, each result checked: ops/s. */
final class SequentialEvaluateWorkload implements CdpWorkload {

    private static final Duration WARMUP = Duration.ofSeconds(1);

    @Override
    public List<Measurement> run(CdpDriver driver, CdpContext context) throws Exception {
        evaluateFor(driver, WARMUP);
        long start = System.nanoTime();
        long count = evaluateFor(driver, context.duration());
        double seconds = (System.nanoTime() - start) / 1e9;
        return List.of(new Measurement("C1", count / seconds, "ops/s"));
    }

    private static long evaluateFor(CdpDriver driver, Duration time) throws Exception {
        long end = System.nanoTime() + time.toNanos();
        long count = 0;
        do {
            String value = driver.evaluate("1+1");
            if (!value.equals("2")) {
                throw new BenchmarkException("1+1 evaluated to " + value);
            }
            count++;
        } while (System.nanoTime() < end);
        return count;
    }
}
