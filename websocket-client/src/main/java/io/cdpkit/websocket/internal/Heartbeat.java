package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.WebSocketException;
import io.cdpkit.websocket.WebSocketTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Pings the server after the ping interval passed with nothing received, and fails the
 * connection when no pong follows within the pong timeout. Runs on the shared timer thread;
 * only one heartbeat ping awaits its pong at a time.
 */
final class Heartbeat {

    private final long intervalNanos;
    private final long pongTimeoutNanos;
    private final PingTracker pings;
    private final BooleanSupplier sendPing;
    private final Consumer<WebSocketException> onTimeout;
    private volatile long lastActivity = System.nanoTime();
    private ScheduledFuture<?> nextCheck;
    private ScheduledFuture<?> pongCheck;
    private long pongsBeforePing;
    private boolean stopped;

    /**
     * @param sendPing sends a ping; false when the connection is closing
     * @param onTimeout fails the connection when a pong is overdue
     */
    Heartbeat(long intervalNanos, long pongTimeoutNanos, PingTracker pings, BooleanSupplier sendPing,
            Consumer<WebSocketException> onTimeout) {
        this.intervalNanos = intervalNanos;
        this.pongTimeoutNanos = pongTimeoutNanos;
        this.pings = pings;
        this.sendPing = sendPing;
        this.onTimeout = onTimeout;
    }

    /** Starts the heartbeat (nothing happens for an interval of zero). */
    synchronized void start() {
        if (intervalNanos > 0 && !stopped) {
            nextCheck = Timers.schedule(this::check, intervalNanos);
        }
    }

    /** Something arrived from the server. */
    void markActivity() {
        lastActivity = System.nanoTime();
    }

    /** Stops for good. */
    synchronized void stop() {
        stopped = true;
        Timers.cancel(nextCheck);
        Timers.cancel(pongCheck);
    }

    private void check() {
        long idle = System.nanoTime() - lastActivity;
        long next = intervalNanos - idle;
        boolean awaitingPong;
        synchronized (this) {
            awaitingPong = pongCheck != null && pings.pongCount() == pongsBeforePing;
        }
        if (idle >= intervalNanos && !awaitingPong) {
            long pongsBefore = pings.pongCount();
            if (!sendPing.getAsBoolean()) {
                return;
            }
            synchronized (this) {
                if (stopped) {
                    return;
                }
                Timers.cancel(pongCheck);
                pongsBeforePing = pongsBefore;
                pongCheck = Timers.schedule(() -> checkPong(pongsBefore), pongTimeoutNanos);
            }
            next = intervalNanos;
        }
        synchronized (this) {
            if (!stopped) {
                nextCheck = Timers.schedule(this::check, Math.max(next, intervalNanos / 4));
            }
        }
    }

    private void checkPong(long pongsBefore) {
        synchronized (this) {
            pongCheck = null;
        }
        if (pings.pongCount() == pongsBefore) {
            onTimeout.accept(new WebSocketTimeoutException("No pong within " + pongTimeoutNanos / 1_000_000
                    + " ms of a heartbeat ping (pongTimeout)"));
        }
    }
}
