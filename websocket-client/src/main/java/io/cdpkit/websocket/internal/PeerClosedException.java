package io.cdpkit.websocket.internal;

import java.io.IOException;

/** The peer's close frame arrived in the middle of a fragmented message, which therefore never ends. */
final class PeerClosedException extends IOException {

    private static final long serialVersionUID = 1L;

    PeerClosedException() {
        super("The server closed the connection in the middle of a message");
    }
}
