package io.cdpkit.websocket;

/**
 * The peer broke the protocol (a bad frame, invalid UTF-8, a message over the size limit...):
 * the client failed the connection, sending a close frame with {@link #closeCode()}.
 */
public final class WebSocketProtocolException extends WebSocketException {

    private static final long serialVersionUID = 1L;

    private final int closeCode;

    /**
     * @param closeCode the close code sent to the peer, for example 1002, 1007 or 1009
     * @param message what the peer did wrong
     */
    public WebSocketProtocolException(int closeCode, String message) {
        super(message + " (close code " + closeCode + ")");
        this.closeCode = closeCode;
    }

    /** The close code sent to the peer. */
    public int closeCode() {
        return closeCode;
    }
}
