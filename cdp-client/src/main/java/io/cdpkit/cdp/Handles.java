package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.RemoteValues;
import io.cdpkit.cdp.protocol.runtime.PropertyDescriptor;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** Turns remote objects that are elements, or arrays of them, into {@link ElementHandle}s. */
final class Handles {

    private Handles() {
    }

    /** The element {@code found}, or null if it is {@code null} or {@code undefined}. */
    static ElementHandle element(Page page, RemoteObject found) {
        return RemoteValues.isNullish(found) ? null : new ElementHandle(page, found.objectId());
    }

    /** The elements of the remote array {@code array}, in order; the array itself is released. */
    static List<ElementHandle> elements(Page page, RemoteObject array, Duration timeout) {
        CdpSession session = page.session();
        try {
            List<PropertyDescriptor> properties = session.send(
                    RuntimeDomain.getProperties(array.objectId()).withOwnProperties(true), timeout).result();
            return properties.stream()
                    .filter(property -> property.name().chars().allMatch(Character::isDigit) && property.value() != null)
                    .sorted(Comparator.comparingInt(property -> Integer.parseInt(property.name())))
                    .map(property -> new ElementHandle(page, property.value().objectId()))
                    .toList();
        } finally {
            session.sendAsync(RuntimeDomain.releaseObject(array.objectId()));
        }
    }
}
