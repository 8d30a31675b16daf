package io.cdpkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The protocol schema cdp-client's bindings were generated from, shipped in its jar. */
final class PinnedSchema {

    /** Where cdp-client's jar carries the schema. */
    static final String RESOURCE = "/io/cdpkit/cdp/protocol/protocol.json";

    private PinnedSchema() {
    }

    /**
     * Reads the schema.
     *
     * @throws IllegalStateException if the classpath lacks it (a cdp-client jar built without it)
     */
    static JsonNode load() {
        try (InputStream in = PinnedSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The pinned protocol schema " + RESOURCE
                        + " is not on the classpath: rebuild cdp-client");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pinned protocol schema " + RESOURCE, e);
        }
    }
}
