package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.protocol.fetch.HeaderEntry;
import io.cdpkit.cdp.protocol.network.Headers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Converts between the protocol's header objects and Java maps, checking header names. */
final class HeaderMaps {

    private HeaderMaps() {
    }

    /** The protocol's {@code Network.Headers} object as a map in its order; empty for null. */
    static Map<String, String> toMap(Headers headers) {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode fields = headers == null ? null : headers.value();
        if (fields != null) {
            fields.properties().forEach(field -> map.put(field.getKey(), field.getValue().asText()));
        }
        return map;
    }

    /** {@code headers} as {@code Fetch.HeaderEntry} list, after {@link #requireValid} checks. */
    static List<HeaderEntry> toEntries(Map<String, String> headers) {
        List<HeaderEntry> entries = new ArrayList<>();
        requireValid(headers).forEach((name, value) -> entries.add(HeaderEntry.of(name, value)));
        return entries;
    }

    /**
     * Returns {@code headers} if every name is a non-blank token without spaces or colons and
     * every value is non-null.
     *
     * @throws IllegalArgumentException naming the bad header otherwise
     */
    static Map<String, String> requireValid(Map<String, String> headers) {
        Objects.requireNonNull(headers, "headers");
        headers.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.chars().anyMatch(c -> c == ':' || Character.isWhitespace(c))) {
                throw new IllegalArgumentException("not a valid header name: " + (name == null ? "null" : "'" + name + "'"));
            }
            if (value == null) {
                throw new IllegalArgumentException("header " + name + " has a null value");
            }
        });
        return headers;
    }
}
