package io.cdpkit.cdp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one kind of page event; one that throws is logged and skipped.
 *
 * @param <T> the event type
 */
final class Listeners<T> {

    private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

    private final String kind;
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    /** @param kind the kind of listener, e.g. {@code onConsole}, for log messages */
    Listeners(String kind) {
        this.kind = kind;
    }

    Subscription add(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void announce(T event) {
        for (Consumer<? super T> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "an " + kind + " listener failed for " + event, e);
            }
        }
    }
}
