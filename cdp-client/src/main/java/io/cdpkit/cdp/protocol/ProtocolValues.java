package io.cdpkit.cdp.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers the generated protocol classes use; not needed by callers. */
public final class ProtocolValues {

    private ProtocolValues() {
    }

    /**
     * An unmodifiable copy of a list. Unlike {@link List#copyOf(java.util.Collection)} it keeps null
     * elements, so a browser that sends {@code null} inside an array does not make decoding fail.
     *
     * @param list the list to copy, or null
     * @param <T>  the element type
     * @return null for null, otherwise an unmodifiable copy
     */
    public static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
