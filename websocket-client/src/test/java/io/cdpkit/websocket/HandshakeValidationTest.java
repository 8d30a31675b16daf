package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.HandshakeRequest;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The opening handshake as the wire sees it, and every way a server's answer can fail to
 * establish a WebSocket (RFC 6455 section 4.1), scripted with the raw peer.
 * Autobahn: none (Autobahn's cases start after a valid handshake).
 */
@Timeout(30)
class HandshakeValidationTest {

    private final RawPeer peer = new RawPeer();

    @AfterEach
    void stopPeer() throws Exception {
        peer.close();
    }

    @Test
    void requestIsAValidUpgrade() throws Exception {
        CompletableFuture<RawConnection> server = peer.acceptWebSocket();
        try (RawPeer.Pair pair = new RawPeer.Pair(await(WebSocket.connect(peer.uri() + "?q=1%202")), await(server))) {
            HandshakeRequest request = pair.server().request();
            assertEquals("GET /raw?q=1%202 HTTP/1.1", request.requestLine());
            assertEquals("127.0.0.1:" + peer.uri().getPort(), request.header("Host"));
            assertEquals("websocket", request.header("Upgrade").toLowerCase());
            assertTrue(request.header("Connection").toLowerCase().contains("upgrade"), request.header("Connection"));
            assertEquals("13", request.header("Sec-WebSocket-Version"));
            assertEquals(16, Base64.getDecoder().decode(request.key()).length, "the key is 16 random bytes");
            assertNull(request.header("Origin"));
            assertNull(request.header("Sec-WebSocket-Extensions"));
        }
    }

    @Test
    void everyConnectionUsesAFreshKey() throws Exception {
        try (RawPeer.Pair first = peer.open(); RawPeer.Pair second = peer.open()) {
            assertNotEquals(first.server().request().key(), second.server().request().key());
        }
    }

    @Test
    void acceptsHeadersInAnyCaseAndListForm() throws Exception {
        CompletableFuture<RawConnection> server = peer.accept(connection -> {
            HandshakeRequest request = connection.readRequest();
            connection.writeAscii("HTTP/1.1 101 Switching Protocols\r\n"
                    + "upgrade: WebSocket\r\n"
                    + "CONNECTION: keep-alive, Upgrade\r\n"
                    + "sec-websocket-accept: " + RawConnection.acceptKey(request.key()) + "\r\n\r\n");
        });
        try (RawPeer.Pair pair = new RawPeer.Pair(await(WebSocket.connect(peer.uri())), await(server))) {
            assertTrue(pair.client().isOpen());
        }
    }

    @Test
    void keepsAFrameThatArrivesTogetherWithThe101() throws Exception {
        CompletableFuture<RawConnection> server = peer.accept(connection -> {
            HandshakeRequest request = connection.readRequest();
            byte[] head = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + RawConnection.acceptKey(request.key()) + "\r\n\r\n").getBytes();
            byte[] frame = {(byte) 0x81, 5, 'e', 'a', 'r', 'l', 'y'};
            byte[] both = new byte[head.length + frame.length];
            System.arraycopy(head, 0, both, 0, head.length);
            System.arraycopy(frame, 0, both, head.length, frame.length);
            connection.write(both);
        });
        try (RawPeer.Pair pair = new RawPeer.Pair(await(WebSocket.connect(peer.uri())), await(server))) {
            assertEquals("early", await(await(pair.client().receive()).text()));
        }
    }

    /** 101 answers that do not establish a WebSocket, and the header the failure must name. */
    static Stream<Arguments> bad101Answers() {
        return Stream.of(
                badAnswer("wrong accept key", "Sec-WebSocket-Accept", request -> "HTTP/1.1 101 Switching Protocols\r\n"
                        + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                        + RawConnection.acceptKey("not-the-key") + "\r\n\r\n"),
                badAnswer("missing accept key", "Sec-WebSocket-Accept",
                        request -> "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"),
                badAnswer("missing Upgrade", "Upgrade",
                        request -> "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n" + accept(request) + "\r\n"),
                badAnswer("upgrade to h2c", "Upgrade", request -> "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n"
                        + "Connection: Upgrade\r\n" + accept(request) + "\r\n"),
                badAnswer("missing Connection", "Connection",
                        request -> "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n" + accept(request) + "\r\n"),
                badAnswer("no headers at all", "Upgrade", request -> "HTTP/1.1 101 Switching Protocols\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad101Answers")
    void rejectsA101ThatDoesNotEstablishAWebSocket(Function<HandshakeRequest, String> answer, String named)
            throws Exception {
        HandshakeException e = refusedWith(answer);
        assertEquals(101, e.status());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void rejectsAnotherStatusEvenWithUpgradeHeaders() throws Exception {
        HandshakeException e = refusedWith(request -> "HTTP/1.1 200 OK\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + accept(request) + "Content-Length: 2\r\n\r\nok");
        assertEquals(200, e.status());
        assertEquals("ok", e.bodyStart());
    }

    @Test
    void refusalWithABodyUntilEndOfStreamReportsItsStart() throws Exception {
        peer.accept(connection -> {
            connection.readRequest();
            connection.writeAscii("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic\r\n"
                    + "Connection: close\r\n\r\nlogin required");
            connection.close();
        });
        HandshakeException e = awaitFailure(WebSocket.connect(peer.uri()), HandshakeException.class);
        assertEquals(401, e.status());
        assertEquals(List.of("Basic"), e.headers().get("www-authenticate"));
        assertTrue(e.bodyStart().startsWith("login required"), e.bodyStart());
    }

    @Test
    void rejectsAGarbageStatusLine() throws Exception {
        peer.accept(connection -> {
            connection.readRequest();
            connection.writeAscii("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        });
        awaitFailure(WebSocket.connect(peer.uri()), WebSocketException.class);
    }

    @Test
    void failsWhenTheServerHangsUpBeforeAnswering() throws Exception {
        peer.accept(connection -> {
            connection.readRequest();
            connection.close();
        });
        awaitFailure(WebSocket.connect(peer.uri()), WebSocketException.class);
    }

    @Test
    void rejectsASubprotocolWhenNoneWasOffered() throws Exception {
        peer.accept(connection -> connection.completeHandshake("Sec-WebSocket-Protocol: chat"));
        HandshakeException e = awaitFailure(WebSocket.connect(peer.uri()), HandshakeException.class);
        assertTrue(e.getMessage().contains("chat"), e.getMessage());
    }

    @Test
    void rejectsASubprotocolThatWasNotOffered() throws Exception {
        peer.accept(connection -> connection.completeHandshake("Sec-WebSocket-Protocol: superchat"));
        Handshake handshake = Handshake.of(peer.uri()).withSubprotocols("chat", "chat.v2");
        HandshakeException e = awaitFailure(WebSocket.connect(handshake), HandshakeException.class);
        assertTrue(e.getMessage().contains("superchat"), e.getMessage());
    }

    @Test
    void acceptsTheOfferedSubprotocol() throws Exception {
        CompletableFuture<RawConnection> server =
                peer.accept(connection -> connection.completeHandshake("Sec-WebSocket-Protocol: chat.v2"));
        Handshake handshake = Handshake.of(peer.uri()).withSubprotocols("chat", "chat.v2");
        try (RawPeer.Pair pair = new RawPeer.Pair(await(WebSocket.connect(handshake)), await(server))) {
            assertEquals("chat, chat.v2", pair.server().request().header("Sec-WebSocket-Protocol"));
            assertEquals("chat.v2", pair.client().subprotocol().orElseThrow());
        }
    }

    @Test
    void rejectsAnExtensionThatWasNotOffered() throws Exception {
        peer.accept(connection -> connection.completeHandshake("Sec-WebSocket-Extensions: permessage-deflate"));
        HandshakeException e = awaitFailure(WebSocket.connect(peer.uri()), HandshakeException.class);
        assertTrue(e.getMessage().contains("permessage-deflate"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownExtension() throws Exception {
        peer.accept(connection -> connection.completeHandshake("Sec-WebSocket-Extensions: x-webkit-frobnicate"));
        Options deflate = Options.builder().deflate(DeflateOptions.defaults()).build();
        HandshakeException e = awaitFailure(WebSocket.connect(Handshake.of(peer.uri()), deflate), HandshakeException.class);
        assertTrue(e.getMessage().contains("x-webkit-frobnicate"), e.getMessage());
    }

    private static Arguments badAnswer(String name, String named, Function<HandshakeRequest, String> answer) {
        return Arguments.of(Named.of(name, answer), named);
    }

    private HandshakeException refusedWith(Function<HandshakeRequest, String> response)
            throws Exception {
        peer.accept(connection -> {
            HandshakeRequest request = connection.readRequest();
            connection.writeAscii(response.apply(request));
        });
        return awaitFailure(WebSocket.connect(peer.uri()), HandshakeException.class);
    }

    private static String accept(HandshakeRequest request) {
        return "Sec-WebSocket-Accept: " + RawConnection.acceptKey(request.key()) + "\r\n";
    }
}
