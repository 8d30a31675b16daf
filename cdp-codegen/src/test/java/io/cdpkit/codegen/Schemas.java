package io.cdpkit.codegen;

import java.nio.charset.StandardCharsets;

/** Small inline schemas for tests. */
final class Schemas {

    private Schemas() {
    }

    /** A schema document with the given domain objects (JSON text, comma-separated). */
    static byte[] withDomains(String domainsJson) {
        return ("{\"version\": {\"major\": \"1\", \"minor\": \"3\"}, \"domains\": [" + domainsJson + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A schema with one domain {@code Test} whose only type has one property of the given spec. */
    static byte[] withPropertySpec(String specJson) {
        return withDomains("""
                {"domain": "Test", "types": [
                  {"id": "Holder", "type": "object", "properties": [{"name": "field", %s}]}
                ]}""".formatted(specJson));
    }
}
