package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.BinarySink;
import java.io.IOException;

/**
 * Turns the {@code result} value of a reply into what the caller asked for. It reads straight
 * from the message stream (or from a buffer when the reply's {@code id} came after its result).
 *
 * @param <R> the decoded type
 */
@FunctionalInterface
public interface ResultDecoder<R> {

    /**
     * Decodes one value.
     *
     * @param parser positioned on the first token of the value; left on its last token
     */
    R decode(JsonParser parser) throws IOException;

    /** Data binding to {@code type} with the protocol mapper. */
    static <R> ResultDecoder<R> typed(Class<R> type) {
        return parser -> WireJson.mapper().readValue(parser, type);
    }

    /** The raw JSON tree. */
    static ResultDecoder<JsonNode> tree() {
        return parser -> WireJson.mapper().readTree(parser);
    }

    /** Decodes {@code sink}'s base64 field into its stream and the other fields into {@code type}. */
    static <R> ResultDecoder<R> binaryField(Class<R> type, BinarySink sink) {
        return new BinaryFieldDecoder<>(type, sink);
    }
}
