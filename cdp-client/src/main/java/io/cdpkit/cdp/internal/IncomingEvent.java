package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One event being delivered to the listeners of a session. Its {@code params} are decoded at
 * most once per form (raw tree, or each record class asked for). Used by one dispatch thread at
 * a time, so it needs no locking.
 */
final class IncomingEvent {

    private final String method;
    private final TokenBuffer params;
    private final Map<Class<?>, Object> decoded = new HashMap<>();
    private JsonNode tree;

    IncomingEvent(String method, TokenBuffer params) {
        this.method = method;
        this.params = params;
    }

    String method() {
        return method;
    }

    /** The params as a JSON tree. */
    JsonNode tree() {
        if (tree == null) {
            tree = read(parser -> WireJson.mapper().readTree(parser));
        }
        return tree;
    }

    /**
     * The params bound to {@code type}.
     *
     * @throws UncheckedIOException if they do not fit {@code type}
     */
    <E> E decode(Class<E> type) {
        Object value = decoded.get(type);
        if (value == null) {
            value = read(parser -> WireJson.mapper().readValue(parser, type));
            decoded.put(type, value);
        }
        return type.cast(value);
    }

    private <T> T read(ResultDecoder<T> decoder) {
        try (var parser = params.asParser()) {
            parser.nextToken();
            return decoder.decode(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the params of event " + method + ": " + e.getMessage(), e);
        }
    }
}
