package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;

/**
 * Counts console messages {@code m0, m1, ...} as they arrive and remembers the first one out
 * of order. Console messages from before the workload started (a page may replay old ones on
 * {@code Runtime.enable}) are ignored until {@code m0} arrives.
 */
final class ConsoleTally {

    private final int expected;
    private long received;
    private boolean started;
    private String firstOutOfOrder;
    private long lastArrivalNanos;

    ConsoleTally(int expected) {
        this.expected = expected;
    }

    /** Records one console message. */
    synchronized void accept(String message) {
        if (!started && !"m0".equals(message)) {
            return;
        }
        started = true;
        if (firstOutOfOrder == null && !("m" + received).equals(message)) {
            firstOutOfOrder = "event " + received + " was " + message;
        }
        received++;
        lastArrivalNanos = System.nanoTime();
        notifyAll();
    }

    /** Waits until every expected message arrived, or none arrived for {@code quietLimitNanos}. */
    synchronized void awaitAll(long quietLimitNanos) throws InterruptedException {
        long lastSeen = received;
        long quietSince = System.nanoTime();
        while (received < expected) {
            long waitedNanos = System.nanoTime() - quietSince;
            if (waitedNanos >= quietLimitNanos) {
                return;
            }
            wait(Math.max(1, (quietLimitNanos - waitedNanos) / 1_000_000));
            if (received != lastSeen) {
                lastSeen = received;
                quietSince = System.nanoTime();
            }
        }
    }

    /** @throws BenchmarkException if a message arrived out of order */
    synchronized void requireInOrder() throws BenchmarkException {
        if (firstOutOfOrder != null) {
            throw new BenchmarkException("Console events out of order: " + firstOutOfOrder);
        }
    }

    synchronized long received() {
        return received;
    }

    synchronized long lastArrivalNanos() {
        return lastArrivalNanos;
    }
}
