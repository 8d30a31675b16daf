package io.cdpkit.cdp;

/**
 * The connection to the browser ended (closed by the client, the WebSocket failed, or the
 * browser process exited), so the command could not finish. When the browser was launched by
 * cdpkit and exited, {@link #reason()} carries its exit code and the tail of its stderr.
 */
public class CdpConnectionClosedException extends CdpSessionClosedException {

    private static final long serialVersionUID = 1L;

    /**
     * A closed connection.
     *
     * @param method the command or event that was pending, or null
     * @param sessionId the session the command was sent on, or null
     * @param reason why the connection ended
     * @param cause the failure that ended it, or null
     */
    public CdpConnectionClosedException(String method, String sessionId, String reason, Throwable cause) {
        super(describe(method, "the CDP connection", reason), method, sessionId, reason, cause);
    }
}
