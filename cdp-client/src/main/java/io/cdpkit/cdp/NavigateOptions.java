package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Timeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Page#navigate(String, NavigateOptions)} and {@link Page#reload(NavigateOptions)} wait.
 *
 * <pre>{@code
 * page.navigate(url, NavigateOptions.defaults().withWaitUntil(WaitUntil.NETWORK_IDLE).withTimeout(Duration.ofSeconds(5)));
 * }</pre>
 *
 * @param waitUntil the event of the new document that ends the wait
 * @param timeout how long to wait for the whole navigation; null for the page's
 *                {@linkplain Page#defaultTimeout() default timeout}
 */
public record NavigateOptions(WaitUntil waitUntil, Duration timeout) {

    private static final NavigateOptions DEFAULTS = new NavigateOptions(WaitUntil.LOAD, null);

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public NavigateOptions {
        Objects.requireNonNull(waitUntil, "waitUntil");
        if (timeout != null) {
            Timeouts.requirePositive(timeout, "timeout");
        }
    }

    /** Waits for {@link WaitUntil#LOAD} up to the page's default timeout. */
    public static NavigateOptions defaults() {
        return DEFAULTS;
    }

    /** A copy that waits for {@code waitUntil}. */
    public NavigateOptions withWaitUntil(WaitUntil waitUntil) {
        return new NavigateOptions(waitUntil, timeout);
    }

    /** A copy that waits up to {@code timeout}. */
    public NavigateOptions withTimeout(Duration timeout) {
        return new NavigateOptions(waitUntil, Objects.requireNonNull(timeout, "timeout"));
    }
}
