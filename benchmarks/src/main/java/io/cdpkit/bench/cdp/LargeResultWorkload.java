package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;
import io.cdpkit.bench.harness.Measurement;
import java.util.List;

/** C4: once, {@code Runtime.evaluate "'x'.repeat(20971520)"} with {@code returnByValue}, length checked: ms. */
final class LargeResultWorkload implements CdpWorkload {

    private static final int LENGTH = 20 * 1024 * 1024;

    @Override
    public List<Measurement> run(CdpDriver driver, CdpContext context) throws Exception {
        int[] length = new int[1];
        double millis = Stopwatch.millis(() -> length[0] = driver.evaluateStringLength("'x'.repeat(" + LENGTH + ")"));
        if (length[0] != LENGTH) {
            throw new BenchmarkException("The string came back with " + length[0] + " chars, expected " + LENGTH);
        }
        return List.of(new Measurement("C4", millis, "ms"));
    }
}
