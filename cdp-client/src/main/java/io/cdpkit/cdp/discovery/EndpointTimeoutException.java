package io.cdpkit.cdp.discovery;

import java.net.URI;
import java.time.Duration;

/** The endpoint accepted no connection or gave no complete answer within the request timeout. */
public class EndpointTimeoutException extends DevToolsEndpointException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    /** The request {@code method requestUri} got no answer within {@code timeout}. */
    public EndpointTimeoutException(String method, URI requestUri, Duration timeout, Throwable cause) {
        super("No answer to " + method + " " + requestUri + " within " + timeout.toMillis()
                + " ms: the DevTools endpoint is not responding", requestUri, cause);
        this.timeout = timeout;
    }

    /** The request timeout that passed. */
    public Duration timeout() {
        return timeout;
    }
}
