package io.cdpkit.bench.ws;

import java.nio.ByteBuffer;

/** Receives what the server echoes on one connection. Calls for one connection never overlap. */
public interface EchoHandler {

    /** A whole text message arrived. */
    void onText(String text);

    /**
     * A piece of a binary message arrived; {@code last} marks the end of the message (the last
     * piece may be empty). The buffer is only valid during the call.
     */
    void onBinary(ByteBuffer piece, boolean last);

    /** The connection failed. */
    void onError(Throwable error);
}
