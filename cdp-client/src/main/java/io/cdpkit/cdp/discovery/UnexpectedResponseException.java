package io.cdpkit.cdp.discovery;

import java.net.URI;

/**
 * The endpoint answered, but not as a DevTools server should: an error status (e.g. 404 for an
 * unknown target id) or a body that is not the expected JSON (e.g. another web server).
 */
public class UnexpectedResponseException extends DevToolsEndpointException {

    private static final long serialVersionUID = 1L;

    private static final int MAX_QUOTED_BODY = 300;

    private final int statusCode;
    private final String body;

    /** The answer to {@code method requestUri} had {@code statusCode} and {@code body}; {@code problem} says what is wrong. */
    public UnexpectedResponseException(String method, URI requestUri, int statusCode, String body, String problem,
            Throwable cause) {
        super(method + " " + requestUri + " " + problem + " (HTTP " + statusCode + "): " + quote(body), requestUri,
                cause);
        this.statusCode = statusCode;
        this.body = body;
    }

    /** The HTTP status of the answer. */
    public int statusCode() {
        return statusCode;
    }

    /** The body of the answer. */
    public String body() {
        return body;
    }

    private static String quote(String body) {
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return "(empty body)";
        }
        return trimmed.length() <= MAX_QUOTED_BODY ? trimmed : trimmed.substring(0, MAX_QUOTED_BODY) + "...";
    }
}
