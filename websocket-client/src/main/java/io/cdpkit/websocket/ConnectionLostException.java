package io.cdpkit.websocket;

/** The transport broke: end of stream without a close frame, a reset, or another I/O error. */
public final class ConnectionLostException extends WebSocketException {

    private static final long serialVersionUID = 1L;

    /** A lost connection, with the I/O error that showed it (may be null for a plain end of stream). */
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
