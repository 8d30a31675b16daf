package io.cdpkit.cdp;

/**
 * A registered event listener; {@link #close()} removes it. Once {@code close()} returned, the
 * listener is not called again (a call already running finishes).
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Unsubscribes; calling it again does nothing. */
    @Override
    void close();
}
