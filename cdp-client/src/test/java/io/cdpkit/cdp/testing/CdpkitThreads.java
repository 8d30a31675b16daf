package io.cdpkit.cdp.testing;

import java.util.List;
import java.util.stream.Collectors;

/** The threads cdpkit starts per connection, for leak checks. */
public final class CdpkitThreads {

    /**
     * The one timer thread websocket-client shares among all its connections for the life of the
     * JVM (a daemon, by design); not a per-connection thread, so not a leak.
     */
    private static final String SHARED_WEBSOCKET_TIMER = "cdpkit-ws-timer";

    private CdpkitThreads() {
    }

    /** Names of live threads whose names start with {@code cdpkit-}, except the shared WebSocket timer. */
    public static List<String> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("cdpkit-") && !name.equals(SHARED_WEBSOCKET_TIMER))
                .sorted()
                .collect(Collectors.toList());
    }
}
