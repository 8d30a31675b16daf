package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.page.LifecycleEvent;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Waits for one lifecycle event ({@code load}, {@code DOMContentLoaded}, {@code networkIdle}) of
 * a document whose loader id is known only later: start it before the navigation command, so an
 * event that comes before the command's reply is not missed, then name the loader.
 */
final class LifecycleWait {

    private final String eventName;
    private final Set<String> reachedBy = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<LifecycleEvent> event;
    private volatile String loaderId;

    /** Starts listening; the wait fails with a timeout after {@code timeout}. */
    LifecycleWait(CdpSession session, String eventName, Duration timeout) {
        this.eventName = eventName;
        this.event = session.waitFor(LifecycleEvent.TYPE, this::isAwaited, timeout);
    }

    /** Completes once the document of {@code loader} has reached the event (perhaps already). */
    CompletableFuture<LifecycleEvent> forLoader(String loader) {
        loaderId = loader;
        if (reachedBy.contains(loader)) {
            event.complete(null);
        }
        return event;
    }

    /** Stops listening. */
    void cancel() {
        event.cancel(false);
    }

    private boolean isAwaited(LifecycleEvent lifecycle) {
        if (!eventName.equals(lifecycle.name()) || lifecycle.loaderId() == null) {
            return false;
        }
        reachedBy.add(lifecycle.loaderId().value());
        return lifecycle.loaderId().value().equals(loaderId);
    }
}
