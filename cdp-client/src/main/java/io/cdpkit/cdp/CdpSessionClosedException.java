package io.cdpkit.cdp;

/**
 * A command or wait could not finish because its session ended: the target detached (its page
 * closed or crashed) or, as the subclass {@link CdpConnectionClosedException}, the whole
 * connection ended.
 */
public class CdpSessionClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String sessionId;
    private final String reason;

    /**
     * A session that ended.
     *
     * @param method the command or event that was pending, or null
     * @param sessionId the session, or null for the browser session
     * @param reason why it ended, e.g. {@code "the target detached"}
     * @param cause the failure that ended it, or null
     */
    public CdpSessionClosedException(String method, String sessionId, String reason, Throwable cause) {
        this(describe(method, sessionId == null ? "the browser session" : "session " + sessionId, reason),
                method, sessionId, reason, cause);
    }

    /** For subclasses that word the message themselves. */
    protected CdpSessionClosedException(String message, String method, String sessionId, String reason,
            Throwable cause) {
        super(message, cause);
        this.method = method;
        this.sessionId = sessionId;
        this.reason = reason;
    }

    /** "{@code <method> failed: <what> closed: <reason>}", or without the method part. */
    static String describe(String method, String what, String reason) {
        return (method == null ? "" : method + " failed: ") + what + " closed: " + reason;
    }

    /** The command or event that was pending, or null when the failure is not about one. */
    public String method() {
        return method;
    }

    /** The session that ended, or null for the browser session. */
    public String sessionId() {
        return sessionId;
    }

    /** Why it ended. */
    public String reason() {
        return reason;
    }
}
