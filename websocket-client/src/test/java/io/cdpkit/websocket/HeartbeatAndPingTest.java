package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.SharedJettyServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pings and pongs with a real server (Jetty): the client answers the server's pings, its own
 * pings complete with the server's pongs, and the heartbeat keeps a live peer and drops a
 * silent one. Autobahn: 2.1-2.4, 2.6, 2.10-2.11 (ping payloads, many pings), 2.7-2.8 (unsolicited
 * pongs: see {@link ReceiveTest}).
 */
@Timeout(30)
class HeartbeatAndPingTest {

    @RegisterExtension
    static final SharedJettyServer server = new SharedJettyServer();

    /**
     * Frequent pings with a pong timeout far longer than the interval (and than the 10 s a raw
     * peer waits for a frame): for peers that answer, so a loaded machine cannot fail them, and
     * pings must keep coming at the interval while earlier ones have been answered.
     */
    private static final Options HEARTBEAT = Options.builder()
            .pingInterval(Duration.ofMillis(100))
            .pongTimeout(Duration.ofSeconds(30))
            .build();


    @Test
    void answersTheServersPing() throws Exception {
        for (String payload : new String[] {"", "hello", "x".repeat(125)}) {
            try (Connection ws = await(WebSocket.connect(server.uri("/ping?payload=" + payload)))) {
                assertEquals("pong:" + payload, await(await(ws.receive()).text()));
            }
        }
    }

    @Test
    void pingCompletesWithTheServersPong() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            assertEquals(ByteString.EMPTY, await(ws.ping(ByteString.EMPTY)));
            ByteString payload = ByteString.of(new byte[] {0, 1, 2, (byte) 0xfe, (byte) 0xff});
            assertEquals(payload, await(ws.ping(payload)));
        }
    }

    @Test
    void manyPingsCompleteWithTheirOwnPongs() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            List<CompletableFuture<ByteString>> pongs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                pongs.add(ws.ping(ByteString.encodeUtf8("ping " + i)));
            }
            for (int i = 0; i < 20; i++) {
                assertEquals("ping " + i, await(pongs.get(i)).utf8());
            }
        }
    }

    /** Both a pong timeout shorter and one longer than the ping interval must catch a silent peer. */
    @ParameterizedTest(name = "ping every {0} ms, pong within {1} ms")
    @CsvSource({"100, 400", "300, 100"})
    void heartbeatFailsAConnectionWhosePeerNeverPongs(long intervalMillis, long pongTimeoutMillis) throws Exception {
        Options heartbeat = Options.builder()
                .pingInterval(Duration.ofMillis(intervalMillis))
                .pongTimeout(Duration.ofMillis(pongTimeoutMillis))
                .build();
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/deaf")), heartbeat))) {
            CompletableFuture<Message> pending = ws.receive();
            CloseInfo closed = await(ws.closed());
            assertInstanceOf(WebSocketTimeoutException.class, closed.cause(), String.valueOf(closed));
            assertTrue(closed.cause().getMessage().toLowerCase(Locale.ROOT).contains("pong"), closed.cause().getMessage());
            awaitFailure(pending, WebSocketTimeoutException.class);
            awaitFailure(ws.send("too late"), ConnectionClosedException.class);
        }
    }

    @Test
    void heartbeatKeepsALivePeer() throws Exception {
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), HEARTBEAT))) {
            Thread.sleep(1500);
            assertTrue(ws.isOpen(), "a peer that answers pings stays connected");
            assertFalse(ws.closed().isDone());
            await(ws.send("still here"));
            assertEquals("still here", await(await(ws.receive()).text()));
        }
    }

    @Test
    void heartbeatPingsAnIdlePeerAtTheIntervalWhileItAnswers() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(HEARTBEAT)) {
            for (int i = 0; i < 3; i++) {
                Frame ping = pair.server().readFrame();
                assertEquals(Frame.PING, ping.opcode());
                pair.server().sendFrame(Frame.PONG, ping.payload());
            }
            assertTrue(pair.client().isOpen());
        }
    }
}
