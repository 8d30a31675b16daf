package io.cdpkit.websocket;

/**
 * Something took longer than its timeout: connect, handshake, a heartbeat pong, a blocked
 * write, or the closing handshake. The message says which.
 */
public final class WebSocketTimeoutException extends WebSocketException {

    private static final long serialVersionUID = 1L;

    /** A timeout, described by {@code message}. */
    public WebSocketTimeoutException(String message) {
        super(message);
    }
}
