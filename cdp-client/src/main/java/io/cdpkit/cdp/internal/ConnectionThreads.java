package io.cdpkit.cdp.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one connection besides the WebSocket's: a growing pool that runs event
 * listeners, completes futures (so callbacks never run on the thread that reads messages, and
 * may block) and parses messages that are still streaming in, and one timer thread for
 * timeouts. {@link #shutdown()} lets running work finish and ends the threads.
 */
final class ConnectionThreads {

    private static final AtomicInteger CONNECTION_NUMBER = new AtomicInteger();
    private static final Duration IDLE_POOL_THREAD_LIFETIME = Duration.ofSeconds(30);
    private static final ThreadLocal<ConnectionThreads> OWNER = new ThreadLocal<>();

    private final ThreadFactory custom;
    private final String namePrefix;
    private final ThreadPoolExecutor pool;
    private final ScheduledThreadPoolExecutor timer;

    /** @param custom the user's thread factory, or null for daemon threads named {@code cdpkit-cdp-<n>-<role>-<m>} */
    ConnectionThreads(ThreadFactory custom) {
        this.custom = custom;
        this.namePrefix = "cdpkit-cdp-" + CONNECTION_NUMBER.incrementAndGet() + "-";
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_POOL_THREAD_LIFETIME.toMillis(),
                TimeUnit.MILLISECONDS, new SynchronousQueue<>(), owned("dispatch"));
        this.timer = new ScheduledThreadPoolExecutor(1, owned("timer"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** The pool for listeners, completions and streamed messages; it refuses work once shut down. */
    Executor pool() {
        return pool;
    }

    /** Completes {@code future} on a pool thread (inline once the pool is shut down). */
    <T> void complete(CompletableFuture<T> future, T value) {
        run(() -> future.complete(value));
    }

    /** Fails {@code future} on a pool thread (inline once the pool is shut down). */
    void fail(CompletableFuture<?> future, Throwable failure) {
        run(() -> future.completeExceptionally(failure));
    }

    /** Runs {@code task} on a pool thread, or inline once the pool is shut down. */
    void run(Runnable task) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException shutDown) {
            task.run();
        }
    }

    /** Runs {@code task} after {@code delay} on the timer; null once shut down. */
    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        try {
            return timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
            return null;
        }
    }

    /** True when the calling thread is one of this connection's. */
    boolean isOwnThread() {
        return OWNER.get() == this;
    }

    /** Stops accepting work; running and already submitted pool tasks finish, timers are dropped. */
    void shutdown() {
        pool.shutdown();
        timer.shutdownNow();
    }

    /** Waits up to {@code timeout} for the pool and timer threads to end. */
    boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        return pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)
                && timer.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Threads for {@code role} that know they belong to this connection. */
    private ThreadFactory owned(String role) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Runnable marked = () -> {
                OWNER.set(this);
                task.run();
            };
            if (custom != null) {
                Thread thread = custom.newThread(marked);
                if (thread == null) {
                    throw new IllegalStateException("the thread factory of CdpOptions returned no thread");
                }
                return thread;
            }
            Thread thread = new Thread(marked, namePrefix + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
