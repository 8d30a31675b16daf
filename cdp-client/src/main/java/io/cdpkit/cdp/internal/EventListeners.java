package io.cdpkit.cdp.internal;

import io.cdpkit.cdp.Subscription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The event listeners of one session, by event method name. */
final class EventListeners {

    private static final System.Logger LOG = System.getLogger(EventListeners.class.getName());

    private final Map<String, List<Listener>> byMethod = new ConcurrentHashMap<>();

    /** Registers {@code handler} for events named {@code method}. */
    Subscription add(String method, Consumer<IncomingEvent> handler) {
        Listener listener = new Listener(method, handler);
        byMethod.compute(method, (name, list) -> {
            List<Listener> listeners = list != null ? list : new CopyOnWriteArrayList<>();
            listeners.add(listener);
            return listeners;
        });
        return listener;
    }

    /** The listeners registered for {@code method} right now; empty when there are none. */
    List<Listener> snapshot(String method) {
        List<Listener> listeners = byMethod.get(method);
        return listeners == null ? List.of() : List.copyOf(listeners);
    }

    /** Calls each listener still subscribed; a listener that throws is logged and skipped. */
    static void deliver(List<Listener> listeners, IncomingEvent event) {
        for (Listener listener : listeners) {
            listener.deliver(event);
        }
    }

    /** One registered handler; closing it unsubscribes. */
    final class Listener implements Subscription {
        private final String method;
        private final Consumer<IncomingEvent> handler;
        private volatile boolean subscribed = true;

        private Listener(String method, Consumer<IncomingEvent> handler) {
            this.method = method;
            this.handler = handler;
        }

        private void deliver(IncomingEvent event) {
            if (!subscribed) {
                return;
            }
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a listener of " + method + " failed", e);
            }
        }

        @Override
        public void close() {
            subscribed = false;
            byMethod.computeIfPresent(method, (name, listeners) -> {
                listeners.remove(this);
                return listeners.isEmpty() ? null : listeners;
            });
        }
    }
}
