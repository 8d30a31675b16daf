package io.cdpkit.bench.ws;

import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.WebSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * cdpkit's {@link WebSocket} client. Whole messages are taken with {@link Message#text()} /
 * {@link Message#buffer()} in callbacks on the reader thread; streamed binary messages are read
 * from {@link Message#inputStream()} on a consumer thread of the connection (a blocking stream
 * read may not run on the reader thread), so only a bounded window of the payload is ever held.
 */
public final class CdpkitEchoClient implements EchoClient {

    @Override
    public CompletableFuture<EchoSocket> open(URI uri, Delivery delivery, EchoHandler handler) {
        return WebSocket.connect(uri).thenApply(connection -> {
            if (delivery == Delivery.STREAM) {
                new CdpkitStreamReader(connection, handler).start();
            } else {
                new CdpkitWholeReader(connection, handler).receiveNext();
            }
            return new CdpkitSocket(connection);
        });
    }

    @Override
    public void close() {
        // Connections own all their resources; nothing is shared.
    }

    /** Sends through a cdpkit {@link Connection}. */
    private record CdpkitSocket(Connection connection) implements EchoSocket {

        @Override
        public void sendText(String text) {
            connection.send(text);
        }

        @Override
        public void sendBinary(byte[] data) {
            connection.sendBinary(data);
        }

        @Override
        public CompletableFuture<Void> close() {
            return connection.close(1000, "").thenApply(info -> null);
        }
    }
}
