package io.cdpkit.websocket;

import java.util.List;
import java.util.Map;

/**
 * The server refused the opening handshake, or answered it in a way that does not establish a
 * WebSocket (wrong status, missing {@code Upgrade}/{@code Connection}, bad
 * {@code Sec-WebSocket-Accept}, a subprotocol or extension that was not offered).
 */
public final class HandshakeException extends WebSocketException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, List<String>> headers;
    private final String bodyStart;

    /**
     * @param message what was wrong
     * @param status the response's status code
     * @param headers the response's headers (case-insensitive keys)
     * @param bodyStart the first bytes of the response body as text, empty if none
     */
    public HandshakeException(String message, int status, Map<String, List<String>> headers, String bodyStart) {
        super(message);
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.bodyStart = bodyStart;
    }

    /** The HTTP status code the server answered with. */
    public int status() {
        return status;
    }

    /** The response headers, keyed by lower-case name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The start of the response body (at most a few KiB), empty if there was none. */
    public String bodyStart() {
        return bodyStart;
    }
}
