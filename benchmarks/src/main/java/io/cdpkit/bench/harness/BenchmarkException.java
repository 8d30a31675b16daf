package io.cdpkit.bench.harness;

/**
 * A workload could not produce a valid figure: a wrong echo, a wrong screenshot size, a lost
 * event, a timeout. Its message becomes the {@code reason} of the {@code FAIL} line.
 */
public final class BenchmarkException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public BenchmarkException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
