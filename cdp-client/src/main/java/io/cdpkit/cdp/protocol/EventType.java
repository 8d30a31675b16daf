package io.cdpkit.cdp.protocol;

import java.util.Objects;

/**
 * Describes an event for subscribing: its method name on the wire and the record it decodes to.
 * Every generated event record has one as {@code TYPE}, e.g. {@code LoadEventFired.TYPE}.
 *
 * @param method     the event's method name, e.g. {@code Page.loadEventFired}
 * @param eventClass the record the event's {@code params} decode to
 * @param <E>        the event record type
 */
public record EventType<E>(String method, Class<E> eventClass) {

    /**
     * Creates a descriptor.
     *
     * @param method     the event's method name
     * @param eventClass the record the event decodes to
     * @throws NullPointerException if an argument is null
     */
    public EventType {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(eventClass, "eventClass");
    }
}
