package io.cdpkit.websocket;

/**
 * An operation was attempted on a connection that is closing or closed; {@link #closeInfo()}
 * tells how it ended (and its cause, if it failed).
 */
public final class ConnectionClosedException extends WebSocketException {

    private static final long serialVersionUID = 1L;

    private final transient CloseInfo closeInfo;

    /**
     * @param message what could not be done
     * @param closeInfo how the connection ended, or null while the close is still in progress
     */
    public ConnectionClosedException(String message, CloseInfo closeInfo) {
        super(message, closeInfo == null ? null : closeInfo.cause());
        this.closeInfo = closeInfo;
    }

    /** How the connection ended, or null when the closing handshake was still in progress. */
    public CloseInfo closeInfo() {
        return closeInfo;
    }
}
