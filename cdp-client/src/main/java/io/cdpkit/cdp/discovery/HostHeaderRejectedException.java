package io.cdpkit.cdp.discovery;

import java.net.URI;

/**
 * Chrome refused the request because its {@code Host} header was a host name other than
 * {@code localhost}: to block DNS-rebinding attacks its DevTools server only answers requests
 * addressed to {@code localhost} or an IP address.
 */
public class HostHeaderRejectedException extends DevToolsEndpointException {

    private static final long serialVersionUID = 1L;

    /** Chrome rejected the Host header of the request to {@code requestUri}. */
    public HostHeaderRejectedException(URI requestUri) {
        super("The DevTools server rejected the request to " + requestUri + " because its Host header '"
                + requestUri.getRawAuthority() + "' is neither localhost nor an IP address (Chrome's DNS-rebinding "
                + "protection). Address the browser by IP (e.g. http://127.0.0.1:" + requestUri.getPort()
                + ") or as localhost.", requestUri, null);
    }
}
