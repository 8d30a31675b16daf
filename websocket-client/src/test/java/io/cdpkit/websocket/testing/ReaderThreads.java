package io.cdpkit.websocket.testing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the client's threads by name, for leak checks: every {@code cdpkit-ws-*} thread except
 * {@value #SHARED_TIMER}, the one daemon timer thread all connections share by design.
 */
public final class ReaderThreads {

    /** The name of the client's single shared timer thread. */
    public static final String SHARED_TIMER = "cdpkit-ws-timer";

    private static final String PREFIX = "cdpkit-ws-";

    private ReaderThreads() {
    }

    /** The names of the live {@code cdpkit-ws-*} threads other than the shared timer. */
    public static List<String> alive() {
        return names().stream().filter(name -> !name.equals(SHARED_TIMER)).collect(Collectors.toList());
    }

    /** How many shared timer threads are alive (at most one is expected). */
    public static long timers() {
        return names().stream().filter(SHARED_TIMER::equals).count();
    }

    /**
     * Waits up to {@code millis} for every connection thread to end (threads finish their last
     * steps after a connection's futures complete) and returns the ones still alive.
     */
    public static List<String> aliveAfterSettling(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<String> alive = alive();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            alive = alive();
        }
        return alive;
    }

    private static List<String> names() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(PREFIX))
                .sorted()
                .collect(Collectors.toList());
    }
}
