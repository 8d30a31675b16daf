package io.cdpkit.websocket.internal;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reader threads of connections opened without {@code Options.threadFactory}: daemon
 * threads named {@code cdpkit-ws-reader-N}, shared by all connections. Each connection still
 * has a thread of its own while it lives (connect, then its read loop); when it ends, its
 * thread serves the next connection, and a thread left idle for {@value #KEEP_ALIVE_MILLIS} ms
 * ends. Reusing threads spares a thread start and exit per connection, which is what opening
 * many short connections cost most.
 */
final class ReaderPool {

    private static final long KEEP_ALIVE_MILLIS = 1000;
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ThreadPoolExecutor THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
            KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS, new SynchronousQueue<>(), ReaderPool::newThread);

    private ReaderPool() {
    }

    /** Runs {@code connectAndRead} on an idle reader thread, or on a new one if none is idle. */
    static void execute(Runnable connectAndRead) {
        THREADS.execute(connectAndRead);
    }

    private static Thread newThread(Runnable body) {
        Thread thread = new Thread(body, "cdpkit-ws-reader-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
