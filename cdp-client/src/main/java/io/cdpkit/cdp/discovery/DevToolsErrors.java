package io.cdpkit.cdp.discovery;

import java.net.URI;

/**
 * Turns an error answer of a DevTools server into the exception that explains it. Shared by the
 * {@code /json} requests and by WebSocket handshakes that Chrome refuses with the same checks.
 */
public final class DevToolsErrors {

    /** The body Chrome sends (with status 500) when the Host header is not localhost or an IP. */
    public static final String HOST_REJECTION_BODY = "Host header is specified and is not an IP address or localhost";

    private DevToolsErrors() {
    }

    /**
     * The exception for an answer with {@code statusCode} and {@code body} to {@code method requestUri}:
     * {@link HostHeaderRejectedException}, {@link OriginRejectedException} or
     * {@link UnexpectedResponseException}.
     */
    public static DevToolsEndpointException fromResponse(String method, URI requestUri, int statusCode, String body) {
        if (statusCode == 500 && body.contains(HOST_REJECTION_BODY)) {
            return new HostHeaderRejectedException(requestUri);
        }
        if (statusCode == 403) {
            return new OriginRejectedException(requestUri, body);
        }
        return new UnexpectedResponseException(method, requestUri, statusCode, body, "failed", null);
    }
}
