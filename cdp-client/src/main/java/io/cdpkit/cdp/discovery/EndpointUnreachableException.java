package io.cdpkit.cdp.discovery;

import java.net.URI;

/** Nothing accepts connections at the endpoint's host and port (connection refused). */
public class EndpointUnreachableException extends DevToolsEndpointException {

    private static final long serialVersionUID = 1L;

    /** The endpoint of {@code requestUri} refused or failed the connection. */
    public EndpointUnreachableException(URI requestUri, Throwable cause) {
        super("No DevTools endpoint at " + requestUri.getScheme() + "://" + requestUri.getRawAuthority()
                + " (" + cause + "): is the browser running with --remote-debugging-port="
                + requestUri.getPort() + "?", requestUri, cause);
    }
}
