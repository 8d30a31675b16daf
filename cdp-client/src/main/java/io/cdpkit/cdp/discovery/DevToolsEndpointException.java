package io.cdpkit.cdp.discovery;

import java.net.URI;

/**
 * A request to a DevTools HTTP endpoint ({@code /json/...}) failed. Subclasses say why in terms a
 * user can act on; this base class covers the rest (e.g. the connection broke mid-answer).
 */
public class DevToolsEndpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final URI requestUri;

    /** A failure of the request to {@code requestUri}, explained by {@code message}. */
    public DevToolsEndpointException(String message, URI requestUri, Throwable cause) {
        super(message, cause);
        this.requestUri = requestUri;
    }

    /** The URL that was requested. */
    public URI requestUri() {
        return requestUri;
    }
}
