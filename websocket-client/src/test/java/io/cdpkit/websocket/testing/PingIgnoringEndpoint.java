package io.cdpkit.websocket.testing;

import java.nio.ByteBuffer;

/** Echoes messages but never answers pings: a peer whose liveness a heartbeat must notice. */
public final class PingIgnoringEndpoint extends EchoEndpoint {

    /** Overriding this turns off Jetty's automatic pong; doing nothing means no pong at all. */
    @Override
    public void onWebSocketPing(ByteBuffer payload) {
        // Deliberately silent.
    }
}
