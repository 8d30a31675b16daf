package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.Median;
import java.util.ArrayList;
import java.util.List;

/** Collects the durations of repeated operations and yields their median in milliseconds. */
final class Stopwatch {

    /** An operation whose duration is measured. */
    @FunctionalInterface
    interface Timed {
        /** Runs the operation once. */
        void run() throws Exception;
    }

    private final List<Double> millis = new ArrayList<>();

    /** Runs {@code operation} {@code warmups} times unmeasured, then {@code times} times measured. */
    static Stopwatch repeat(int warmups, int times, Timed operation) throws Exception {
        for (int i = 0; i < warmups; i++) {
            operation.run();
        }
        Stopwatch stopwatch = new Stopwatch();
        for (int i = 0; i < times; i++) {
            stopwatch.time(operation);
        }
        return stopwatch;
    }

    /** Runs {@code operation} once and returns how long it took in milliseconds. */
    static double millis(Timed operation) throws Exception {
        long start = System.nanoTime();
        operation.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private void time(Timed operation) throws Exception {
        millis.add(millis(operation));
    }

    /** The median of the measured durations. */
    double medianMillis() {
        return Median.of(millis);
    }
}
