package io.cdpkit.cdp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The calls waiting for their reply, by id. */
final class CallTable {

    private final Map<Long, PendingCall<?>> calls = new ConcurrentHashMap<>();

    void add(PendingCall<?> call) {
        calls.put(call.id(), call);
    }

    /** The call with this id, left in the table, or null. */
    PendingCall<?> find(long id) {
        return calls.get(id);
    }

    /** Removes and returns the call with this id, or null. */
    PendingCall<?> take(long id) {
        return calls.remove(id);
    }

    /** Removes and returns every call that matches {@code filter}. */
    List<PendingCall<?>> takeIf(Predicate<PendingCall<?>> filter) {
        List<PendingCall<?>> taken = new ArrayList<>();
        calls.values().removeIf(call -> filter.test(call) && taken.add(call));
        return taken;
    }
}
