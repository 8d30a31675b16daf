package io.cdpkit.websocket;

/**
 * Base of every failure the WebSocket client reports: connect and I/O errors directly (with the
 * underlying exception as cause), and the more specific subclasses.
 */
public class WebSocketException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a message. */
    public WebSocketException(String message) {
        super(message);
    }

    /** A failure with a message and its cause. */
    public WebSocketException(String message, Throwable cause) {
        super(message, cause);
    }
}
