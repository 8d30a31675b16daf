package io.cdpkit.cdp.grid;

import java.net.URI;

/** Nothing accepts connections at the Grid's host and port, or the host name does not resolve. */
public class GridUnreachableException extends GridException {

    private static final long serialVersionUID = 1L;

    /** The Grid of {@code requestUri} could not be connected to. */
    public GridUnreachableException(URI requestUri, Throwable cause) {
        super("No Selenium Grid reachable at " + requestUri.getScheme() + "://" + requestUri.getRawAuthority()
                + " (" + cause + "): is the Grid running, and is this its URL?", requestUri, cause);
    }
}
