package io.cdpkit.cdp.discovery;

import java.net.URI;

/**
 * Chrome answered 403 Forbidden: its DevTools server rejects clients that send an {@code Origin}
 * header it was not told to allow (Chrome 111 and later).
 */
public class OriginRejectedException extends DevToolsEndpointException {

    private static final long serialVersionUID = 1L;

    /** Chrome rejected the request to {@code requestUri}; {@code serverMessage} is its explanation. */
    public OriginRejectedException(URI requestUri, String serverMessage) {
        super("The DevTools server at " + requestUri + " answered 403 Forbidden, which Chrome does for clients "
                + "sending an Origin header it does not allow. Connect without an Origin header, or start the "
                + "browser with --remote-allow-origins=<origin> (or --remote-allow-origins=* to allow any)."
                + (serverMessage.isBlank() ? "" : " Server said: " + serverMessage.strip()), requestUri, null);
    }
}
