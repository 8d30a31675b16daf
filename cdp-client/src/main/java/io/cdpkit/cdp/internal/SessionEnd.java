package io.cdpkit.cdp.internal;

import io.cdpkit.cdp.CdpConnectionClosedException;
import io.cdpkit.cdp.CdpSessionClosedException;

/**
 * Why a session ended: its target detached, or the whole connection ended.
 *
 * @param reason the explanation used in exception messages
 * @param connectionClosed true when the connection ended (not just this session)
 * @param cause the failure that ended the connection, or null
 */
record SessionEnd(String reason, boolean connectionClosed, Throwable cause) {

    static SessionEnd detached(String reason) {
        return new SessionEnd(reason, false, null);
    }

    static SessionEnd connectionClosed(String reason, Throwable cause) {
        return new SessionEnd(reason, true, cause);
    }

    /** A new exception for a command or wait that this ending cut short. */
    CdpSessionClosedException failure(String method, String sessionId) {
        return connectionClosed
                ? new CdpConnectionClosedException(method, sessionId, reason, cause)
                : new CdpSessionClosedException(method, sessionId, reason, null);
    }
}
