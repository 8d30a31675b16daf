package io.cdpkit.cdp.internal;

import java.time.Duration;
import java.util.Objects;

/** Checks timeout arguments. */
public final class Timeouts {

    private Timeouts() {
    }

    /**
     * Returns {@code timeout} if it is positive.
     *
     * @throws IllegalArgumentException naming {@code name} and the value otherwise
     */
    public static Duration requirePositive(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + timeout);
        }
        return timeout;
    }
}
