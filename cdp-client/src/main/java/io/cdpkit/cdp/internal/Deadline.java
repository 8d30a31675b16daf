package io.cdpkit.cdp.internal;

import java.time.Duration;

/**
 * The end of a wait that spans several steps (e.g. retries), so each step gets only the time
 * that is left of the whole.
 */
public final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    /** The deadline {@code timeout} from now. */
    public static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    /** The time left; zero once the deadline has passed. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** True once the deadline has passed. */
    public boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }
}
