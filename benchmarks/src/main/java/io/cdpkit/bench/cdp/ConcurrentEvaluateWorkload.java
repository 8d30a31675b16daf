package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;
import io.cdpkit.bench.harness.Measurement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * C2: 1,000 {@code Runtime.evaluate "1+1"} issued at once, timed until all are answered (and
 * checked); one warm-up batch, then the median of 5 batches: ms.
 */
final class ConcurrentEvaluateWorkload implements CdpWorkload {

    private static final int BATCH = 1000;
    private static final long TIMEOUT_SECONDS = 60;

    @Override
    public List<Measurement> run(CdpDriver driver, CdpContext context) throws Exception {
        Stopwatch batches = Stopwatch.repeat(1, 5, () -> batch(driver));
        return List.of(new Measurement("C2", batches.medianMillis(), "ms"));
    }

    private static void batch(CdpDriver driver) throws Exception {
        @SuppressWarnings("unchecked")
        CompletableFuture<String>[] answers = new CompletableFuture[BATCH];
        for (int i = 0; i < BATCH; i++) {
            answers[i] = driver.evaluateAsync("1+1");
        }
        CompletableFuture.allOf(answers).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (CompletableFuture<String> answer : answers) {
            if (!answer.join().equals("2")) {
                throw new BenchmarkException("1+1 evaluated to " + answer.join());
            }
        }
    }
}
