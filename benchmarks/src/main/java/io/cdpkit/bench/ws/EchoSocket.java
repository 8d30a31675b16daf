package io.cdpkit.bench.ws;

import java.util.concurrent.CompletableFuture;

/** The sending side of one open connection of an {@link EchoClient}. Sends may come from any thread. */
public interface EchoSocket {

    /** Sends a text message. */
    void sendText(String text);

    /** Sends a binary message; {@code data} is not changed until its echo came back. */
    void sendBinary(byte[] data);

    /** Starts a normal close (1000); completes once the closing handshake is over and the connection is closed. */
    CompletableFuture<Void> close();
}
