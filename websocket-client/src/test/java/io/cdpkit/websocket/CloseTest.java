package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static io.cdpkit.websocket.testing.Futures.causeOfType;
import static io.cdpkit.websocket.testing.Futures.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.CloseInfo.Initiator;
import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.SharedJettyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okio.BufferedSource;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closing handshake and every other way a connection ends: client- and server-initiated
 * close with Jetty, invalid codes and reasons rejected up front, valid codes from the server,
 * a server that vanishes without a close frame (also mid-frame), and a server that never
 * answers the close. Autobahn: 7.1.x (close after messages, nothing after close), 7.3.1,
 * 7.3.3-7.3.5 (close payloads), 7.7.x (valid close codes).
 */
@Timeout(30)
class CloseTest {

    @RegisterExtension
    static final SharedJettyServer server = new SharedJettyServer();


    @Test
    void clientCloseRunsTheHandshake() throws Exception {
        Connection ws = await(WebSocket.connect(server.uri("/echo")));
        await(ws.send("last words"));
        CompletableFuture<CloseInfo> closing = ws.close(CloseCodes.NORMAL, "bye");
        assertFalse(ws.isOpen(), "not open once the close frame is sent");
        assertSame(closing, ws.close(CloseCodes.GOING_AWAY, "again"), "close twice returns the same future");
        CloseInfo info = await(closing);
        assertEquals(CloseCodes.NORMAL, info.code());
        assertEquals(Initiator.CLIENT, info.initiator());
        assertTrue(info.isClean());
        assertNull(info.cause());
        assertEquals(info, await(ws.closed()));
        ws.close();
    }

    @Test
    void serverCloseIsReportedWithItsCodeAndReason() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/close?code=4001&reason=server%20says%20bye")))) {
            assertNull(await(ws.receive()));
            CloseInfo info = await(ws.closed());
            assertEquals(4001, info.code());
            assertEquals("server says bye", info.reason());
            assertEquals(Initiator.SERVER, info.initiator());
            assertTrue(info.isClean());
            assertFalse(ws.isOpen());
            ConnectionClosedException e = awaitFailure(ws.send("after"), ConnectionClosedException.class);
            assertEquals(info, e.closeInfo());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1005, 1006, 1004, 1015, 999, 0, -1, 2999, 5000, 65536})
    void invalidCodesAreRejectedUpFront(int code) throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ws.close(code, ""));
            assertTrue(e.getMessage().contains(String.valueOf(code)), e.getMessage());
            assertTrue(ws.isOpen(), "a rejected close leaves the connection open");
            await(ws.send("still open"));
            assertEquals("still open", await(await(ws.receive()).text()));
        }
    }

    @Test
    void reasonsOver123BytesAreRejectedUpFront() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            assertThrows(IllegalArgumentException.class, () -> ws.close(1000, "r".repeat(124)));
            assertThrows(IllegalArgumentException.class, () -> ws.close(1000, "é".repeat(62)), "124 bytes as UTF-8");
            assertTrue(ws.isOpen());
            CloseInfo info = await(ws.close(1000, "é".repeat(61) + "r"));
            assertEquals("é".repeat(61) + "r", info.reason());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999})
    void validCodesFromTheServerAreEchoed(int code) throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendClose(code, "reason " + code);
            Frame answer = server.readFrame();
            assertEquals(Frame.CLOSE, answer.opcode());
            assertTrue(answer.closeCode() == code || answer.closeCode() == CloseCodes.NORMAL,
                    "answered " + code + " with " + answer.closeCode());
            server.close();
            CloseInfo info = await(pair.client().closed());
            assertEquals(code, info.code());
            assertEquals("reason " + code, info.reason());
            assertEquals(Initiator.SERVER, info.initiator());
            assertTrue(info.isClean());
        }
    }

    @Test
    void validCodesAreSentAsGiven() throws Exception {
        for (int code : new int[] {1000, 1001, 1011, 3000, 4999}) {
            try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
                CompletableFuture<CloseInfo> closing = pair.client().close(code, "");
                pair.server().expectCloseFrame(code);
                pair.server().sendClose(code, "");
                pair.server().close();
                assertEquals(code, await(closing).code());
            }
        }
    }

    @Test
    void anEmptyCloseFrameMeansNoStatus() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            pair.server().sendFrame(Frame.CLOSE, new byte[0]);
            Frame answer = pair.server().readFrame();
            assertEquals(Frame.CLOSE, answer.opcode());
            pair.server().close();
            CloseInfo info = await(pair.client().closed());
            assertEquals(CloseCodes.NO_STATUS, info.code());
            assertEquals("", info.reason());
            assertTrue(info.isClean());
        }
    }

    @Test
    void aMaximalReasonIsDelivered() throws Exception {
        String reason = "é".repeat(61) + "r";
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            pair.server().sendClose(1000, reason);
            pair.server().expectCloseFrame(1000);
            pair.server().close();
            assertEquals(reason, await(pair.client().closed()).reason());
        }
    }

    @Test
    void dataAfterTheServersCloseIsIgnored() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendText("before");
            server.sendClose(1000, "");
            server.sendText("after");
            server.sendFrame(Frame.PING, "after".getBytes(StandardCharsets.UTF_8));
            assertEquals("before", await(await(pair.client().receive()).text()));
            assertNull(await(pair.client().receive()));
            Frame answer = server.readFrame();
            assertEquals(Frame.CLOSE, answer.opcode(), "nothing but the close answer after the server's close");
            server.close();
            assertTrue(await(pair.client().closed()).isClean());
        }
    }

    /** RFC 6455 7.1.1: the server should close TCP first, but a client must not wait forever for it. */
    @Test
    void theClientHangsUpItselfWhenTheServerKeepsTheSocketOpen() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            CompletableFuture<CloseInfo> closing = pair.client().close(1000, "done");
            pair.server().expectCloseFrame(1000);
            pair.server().sendClose(1000, "done");
            pair.server().expectEndOfStream();
            assertTrue(await(closing).isClean());
        }
    }

    @Test
    void losingTheConnectionFailsEverythingPendingAtOnce() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            Connection ws = pair.client();
            CompletableFuture<Message> receive = ws.receive();
            CompletableFuture<ByteString> ping = ws.ping(ByteString.encodeUtf8("anyone?"));
            pair.server().close();

            awaitFailure(receive, ConnectionLostException.class);
            awaitFailure(ping, WebSocketException.class);
            CloseInfo info = await(ws.closed());
            assertEquals(CloseCodes.ABNORMAL, info.code());
            assertEquals(Initiator.TRANSPORT, info.initiator());
            assertInstanceOf(ConnectionLostException.class, info.cause());
            assertFalse(info.isClean());
            assertFalse(ws.isOpen());
            awaitFailure(ws.receive(), ConnectionLostException.class);
            awaitFailure(ws.send("after"), ConnectionClosedException.class);
            ws.close();
        }
    }

    @Test
    void aServerThatStallsMidFrameThenDropsFailsTheStreamRead() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            pair.server().sendFrame(false, 0, Frame.BINARY, false, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
            pair.server().write(Frame.header(true, 0, Frame.CONTINUATION, false, 100));
            pair.server().write(new byte[] {11, 12, 13});
            BufferedSource source = await(pair.client().receive()).source();
            assertEquals(ByteString.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}), source.readByteString(13));
            CompletableFuture<ByteString> rest = CompletableFuture.supplyAsync(() -> {
                try {
                    return source.readByteString(97);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Thread.sleep(200);
            assertFalse(rest.isDone(), "the server is stalling");
            pair.server().close();
            Exception e = awaitFailure(rest, Exception.class);
            assertNotNull(causeOfType(e, WebSocketException.class), () -> "stream read failed untyped: " + describe(e));
            assertInstanceOf(ConnectionLostException.class, await(pair.client().closed()).cause());
        }
    }

    @Test
    void closeTimesOutWhenTheServerNeverAnswers() throws Exception {
        Options quickClose = Options.builder().closeTimeout(Duration.ofMillis(300)).build();
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(quickClose)) {
            CompletableFuture<CloseInfo> closing = pair.client().close(1000, "hello?");
            pair.server().expectCloseFrame(1000);
            pair.server().expectEndOfStream();
            closing.handle((info, failure) -> null).get(10, TimeUnit.SECONDS);
            CloseInfo info = await(pair.client().closed());
            assertFalse(info.isClean(), "an unanswered close is not clean");
            assertInstanceOf(WebSocketTimeoutException.class, info.cause());
        }
    }

    @Test
    void sendingWhileTheCloseIsInProgressFails() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            pair.client().close(1000, "");
            pair.server().expectCloseFrame(1000);
            assertFalse(pair.client().isOpen());
            awaitFailure(pair.client().send("late"), ConnectionClosedException.class);
        }
    }

    @Test
    void closeNeverThrowsOnAFailedConnection() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            pair.server().close();
            await(pair.client().closed());
            pair.client().close();
            pair.client().close();
        }
    }
}
