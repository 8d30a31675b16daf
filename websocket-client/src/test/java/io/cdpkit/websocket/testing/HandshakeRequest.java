package io.cdpkit.websocket.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An opening handshake request as the raw peer read it.
 *
 * @param requestLine for example {@code GET /raw HTTP/1.1}
 * @param headers header values by lower-case name
 */
public record HandshakeRequest(String requestLine, Map<String, List<String>> headers) {

    /** The values of header {@code name} joined by ", ", or null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : String.join(", ", values);
    }

    /** The {@code Sec-WebSocket-Key} the client sent. */
    public String key() {
        return header("Sec-WebSocket-Key");
    }
}
