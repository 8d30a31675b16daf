package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.protocol.Command;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes a JSON-RPC request as CDP expects it:
 * {@code {"id":1,"sessionId":"...","method":"Page.navigate","params":{...}}}.
 */
public final class RequestEncoder {

    private RequestEncoder() {
    }

    /** Writes the {@code params} object of one request. */
    @FunctionalInterface
    public interface Params {

        /** Writes exactly one JSON object. */
        void writeTo(JsonGenerator generator) throws IOException;

        /** The command itself, which serializes to its parameters. */
        static Params of(Command<?> command) {
            return generator -> WireJson.mapper().writeValue(generator, command);
        }

        /**
         * A raw parameter object; null stands for {@code {}}.
         *
         * @throws IllegalArgumentException if {@code params} is not a JSON object
         */
        static Params of(String method, JsonNode params) {
            if (params == null || params.isNull()) {
                return generator -> {
                    generator.writeStartObject();
                    generator.writeEndObject();
                };
            }
            if (!params.isObject()) {
                throw new IllegalArgumentException("params of " + method + " must be a JSON object, not "
                        + params.getNodeType() + ": " + abbreviate(params.toString()));
            }
            return generator -> WireJson.mapper().writeTree(generator, params);
        }
    }

    /**
     * The request text.
     *
     * @param sessionId the target session, or null for the browser session
     * @throws IllegalArgumentException if the parameters cannot be serialized
     */
    public static String encode(long id, String sessionId, String method, Params params) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = WireJson.factory().createGenerator(text)) {
            generator.writeStartObject();
            generator.writeNumberField("id", id);
            if (sessionId != null) {
                generator.writeStringField("sessionId", sessionId);
            }
            generator.writeStringField("method", method);
            generator.writeFieldName("params");
            params.writeTo(generator);
            generator.writeEndObject();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize the params of " + method + ": " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
