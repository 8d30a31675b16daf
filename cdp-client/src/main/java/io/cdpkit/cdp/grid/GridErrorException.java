package io.cdpkit.cdp.grid;

import java.net.URI;

/**
 * The Grid answered with a WebDriver error ({@code {"value": {"error": ..., "message": ...}}}),
 * for example {@code invalid session id}. The Grid's own message is kept whole.
 */
public class GridErrorException extends GridException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String gridMessage;

    /** The WebDriver {@code error} code and {@code gridMessage} the Grid answered with {@code status}. */
    public GridErrorException(String request, URI requestUri, int status, String error, String gridMessage) {
        super(request + " " + requestUri + " failed with HTTP " + status + " " + error + ": " + gridMessage,
                requestUri, null);
        this.status = status;
        this.error = error;
        this.gridMessage = gridMessage;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The WebDriver error code, e.g. {@code session not created} or {@code invalid session id}. */
    public String error() {
        return error;
    }

    /** The message as the Grid wrote it (its first line is usually the one that matters). */
    public String gridMessage() {
        return gridMessage;
    }
}
