package io.cdpkit.cdp;

import java.time.Duration;

/** A command got no answer, or an awaited event did not come, within its timeout. */
public class CdpTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final transient Duration timeout;

    /**
     * A timeout.
     *
     * @param method the command or event that was waited for
     * @param timeout how long it was waited for
     * @param what what was waited for, e.g. {@code "a reply to Page.navigate"}
     */
    public CdpTimeoutException(String method, Duration timeout, String what) {
        super("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
        this.method = method;
        this.timeout = timeout;
    }

    /** The command or event that was waited for, e.g. {@code Page.navigate}. */
    public String method() {
        return method;
    }

    /** How long it was waited for. */
    public Duration timeout() {
        return timeout;
    }
}
