package io.cdpkit.websocket;

/**
 * How a connection ended: the close code and reason, who started the close, and the failure
 * that ended it, if any.
 *
 * @param code the close code received or sent (1006 when the connection was lost without a
 *     close frame, 1005 when the close frame had no code)
 * @param reason the close reason, empty when there was none
 * @param initiator who started the close
 * @param cause the failure that ended the connection, or null for a clean close
 */
public record CloseInfo(int code, String reason, Initiator initiator, Throwable cause) {

    /** Who started the closing of a connection. */
    public enum Initiator {
        /** This client called close, or failed the connection itself (for example on a protocol violation). */
        CLIENT,
        /** The server sent the first close frame. */
        SERVER,
        /** Nobody: the transport broke (connection reset, end of stream without a close frame, timeout). */
        TRANSPORT
    }

    /** True when both close frames were exchanged and nothing failed. */
    public boolean isClean() {
        return cause == null;
    }
}
