package io.cdpkit.websocket.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread all connections share ({@code cdpkit-ws-timer}, a daemon, created on
 * first use) for connect, handshake, heartbeat, pong, close and write timeouts. Tasks must be
 * short and must not block.
 */
final class Timers {

    private static final System.Logger LOG = System.getLogger(Timers.class.getName());
    private static volatile Thread timerThread;

    private Timers() {
    }

    /** Created on first use, never shut down (its thread is a daemon). */
    private static final class Holder {
        static final ScheduledExecutorService EXECUTOR = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "cdpkit-ws-timer");
                thread.setDaemon(true);
                timerThread = thread;
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }

    /** Runs {@code task} after {@code delayNanos}; a task that throws is logged, not propagated. */
    static ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        return Holder.EXECUTOR.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.DEBUG, "WebSocket timer task failed", e);
            }
        }, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    /** True on the timer thread, which must not block. */
    static boolean isTimerThread() {
        return Thread.currentThread() == timerThread;
    }

    /** Cancels {@code task} if it is not null. */
    static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }
}
