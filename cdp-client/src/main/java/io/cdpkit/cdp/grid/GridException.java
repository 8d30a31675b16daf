package io.cdpkit.cdp.grid;

import java.net.URI;

/**
 * A request to a Selenium Grid failed. Subclasses say why in terms a user can act on: the Grid
 * is unreachable, it answered a WebDriver error (such as {@link SessionNotCreatedException}), or
 * it did not answer in time; this class covers the rest (an answer that is not WebDriver JSON,
 * a session without a CDP endpoint).
 */
public class GridException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final URI requestUri;

    /** A failure of the request to {@code requestUri}, explained by {@code message}. */
    public GridException(String message, URI requestUri, Throwable cause) {
        super(message, cause);
        this.requestUri = requestUri;
    }

    /** The Grid URL that was requested. */
    public URI requestUri() {
        return requestUri;
    }
}
