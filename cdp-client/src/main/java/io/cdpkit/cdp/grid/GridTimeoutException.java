package io.cdpkit.cdp.grid;

import java.net.URI;
import java.time.Duration;

/**
 * The Grid did not answer in time. For a new session this usually means the Grid queued the
 * request because every matching slot was busy or no node matches the capabilities (a Grid keeps
 * such requests queued for minutes); cdpkit gives up after
 * {@link GridOptions#sessionTimeout()} and drops the connection, which withdraws the request from
 * the Grid's queue.
 */
public class GridTimeoutException extends GridException {

    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    /** {@code method requestUri} got no answer within {@code timeout}; {@code hint} tells what may be wrong. */
    public GridTimeoutException(String method, URI requestUri, Duration timeout, String hint, Throwable cause) {
        super(method + " " + requestUri + " got no answer within " + timeout.toMillis() + " ms" + hint, requestUri, cause);
        this.timeout = timeout;
    }

    /** How long the answer was waited for. */
    public Duration timeout() {
        return timeout;
    }
}
