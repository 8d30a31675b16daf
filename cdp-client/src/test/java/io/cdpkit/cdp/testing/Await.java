package io.cdpkit.cdp.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits in tests for a condition that becomes true asynchronously, failing after a timeout. */
public final class Await {

    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /**
     * Polls {@code condition} until it is true.
     *
     * @throws AssertionError naming {@code what} if {@code timeout} passes first
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
