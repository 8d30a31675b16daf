package io.cdpkit.websocket.internal;

import okio.ByteString;

/** Receives the control frames the {@link MessageReader} reads, in wire order, on the reader thread. */
interface ControlFrameListener {

    /** A ping arrived; it must be answered with a pong carrying {@code payload}. */
    void onPing(ByteString payload);

    /** A pong arrived. */
    void onPong(ByteString payload);

    /** A valid close frame arrived; {@code code} is 1005 when it carried none. */
    void onClose(int code, String reason);
}
