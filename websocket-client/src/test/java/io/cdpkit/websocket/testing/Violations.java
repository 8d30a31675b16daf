package io.cdpkit.websocket.testing;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.WebSocketProtocolException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Checks that the client fails a connection on a peer's protocol violation the way RFC 6455
 * asks: a close frame with the right code, a typed failure for the waiting consumer, and
 * {@link CloseInfo} telling that the client ended it.
 */
public final class Violations {

    private Violations() {
    }

    /** Lets the raw peer send {@code violation} and expects the client to fail with {@code code}. */
    public static WebSocketProtocolException expect(int code, RawPeer.Script violation) throws Exception {
        return expect(code, Options.defaults(), violation);
    }

    /** Like {@link #expect(int, RawPeer.Script)} with a client using {@code options}. */
    public static WebSocketProtocolException expect(int code, Options options, RawPeer.Script violation)
            throws Exception {
        return expect(code, options, List.of(), violation);
    }

    /**
     * Like {@link #expect(int, Options, RawPeer.Script)}, with {@code responseHeaders} in the
     * peer's 101 answer (for example an accepted extension).
     */
    public static WebSocketProtocolException expect(int code, Options options, List<String> responseHeaders,
            RawPeer.Script violation) throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(options, responseHeaders.toArray(String[]::new))) {
            CompletableFuture<String> consumer = consumeAll(pair.client());
            violation.run(pair.server());
            pair.server().expectCloseFrame(code);
            answerClose(pair.server(), code);

            WebSocketProtocolException failure = awaitFailure(consumer, WebSocketProtocolException.class);
            assertEquals(code, failure.closeCode(), failure.getMessage());
            CloseInfo closed = await(pair.client().closed());
            assertEquals(code, closed.code());
            assertEquals(CloseInfo.Initiator.CLIENT, closed.initiator());
            assertInstanceOf(WebSocketProtocolException.class, closed.cause());
            assertFalse(pair.client().isOpen());
            awaitFailure(pair.client().receive(), WebSocketProtocolException.class);
            return failure;
        }
    }

    /** Answers the client's close frame so its closing handshake can end; the client may already have hung up. */
    private static void answerClose(RawConnection server, int code) {
        try {
            server.sendClose(code, "");
        } catch (IOException e) {
            // The client failed the connection and closed the socket without waiting: allowed.
        }
    }

    /**
     * Receives and buffers messages until the connection ends, so that a violation after valid
     * messages, or inside a payload, is read; completes normally only on a clean close.
     */
    private static CompletableFuture<String> consumeAll(Connection connection) {
        return connection.receive().thenCompose(message -> {
            if (message == null) {
                return CompletableFuture.completedFuture("<clean close>");
            }
            CompletableFuture<?> payload = message.isText() ? message.text() : message.buffer();
            return payload.thenCompose(ignored -> consumeAll(connection));
        });
    }
}
