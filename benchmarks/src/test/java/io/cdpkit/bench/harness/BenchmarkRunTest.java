package io.cdpkit.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BenchmarkRunTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void printsOneResultLinePerFigure() {
        BenchmarkRun run = new BenchmarkRun("cdpkit", "W3", out);
        int status = run.execute(60_000, () -> List.of(
                new Measurement("W3", 512.25, "MiB/s"), new Measurement("W3-heap", 40, "MiB")));
        assertEquals(0, status);
        assertEquals("RESULT impl=cdpkit workload=W3 value=512.25 unit=MiB/s\n"
                + "RESULT impl=cdpkit workload=W3-heap value=40 unit=MiB\n", output());
    }

    @Test
    void printsAFailLineWithoutSpacesAndUnwrapsCompletionExceptions() {
        BenchmarkRun run = new BenchmarkRun("jdk", "W1", out);
        int status = run.execute(60_000, () -> {
            CompletableFuture<Void> failed = CompletableFuture.failedFuture(new BenchmarkException("echo  was wrong"));
            failed.join();
            return List.of();
        });
        assertEquals(BenchmarkRun.FAILED, status);
        assertEquals("FAIL impl=jdk workload=W1 reason=BenchmarkException:echo_was_wrong\n", output());
    }

    @Test
    void namesMissingFieldsUnknown() {
        assertEquals("unknown", BenchmarkRun.sanitize(" "));
        assertEquals("a_b", BenchmarkRun.sanitize("a \t b"));
    }

    @Test
    void formatsValuesInPlainDecimal() {
        assertEquals("1234.568", Measurement.format(1234.5678));
        assertEquals("100000", Measurement.format(1e5));
        assertEquals("0.001", Measurement.format(0.0005));
    }

    @Test
    void refusesSpacesInsideFields() {
        assertThrows(IllegalArgumentException.class, () -> new Measurement("W 1", 1, "ms"));
        assertThrows(IllegalArgumentException.class, () -> new Measurement("W1", Double.NaN, "ms"));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
