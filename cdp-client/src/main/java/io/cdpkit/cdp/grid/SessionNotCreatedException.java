package io.cdpkit.cdp.grid;

import java.net.URI;

/**
 * The Grid refused to create a session ({@code session not created}): the driver rejected the
 * capabilities, the browser failed to start, and the like. {@link #gridMessage()} has the reason
 * the Grid and the driver gave.
 */
public class SessionNotCreatedException extends GridErrorException {

    private static final long serialVersionUID = 1L;

    /** The WebDriver error code to map to this exception. */
    static final String ERROR_CODE = "session not created";

    /** The Grid answered {@code status} with {@code session not created} and {@code gridMessage}. */
    public SessionNotCreatedException(String request, URI requestUri, int status, String gridMessage) {
        super(request, requestUri, status, ERROR_CODE, gridMessage);
    }
}
