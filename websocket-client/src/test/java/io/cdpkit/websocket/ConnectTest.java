package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cdpkit.websocket.testing.JettyServer.RecordedUpgrade;
import io.cdpkit.websocket.testing.JettyServer;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.SharedJettyServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opening connections against a real server (Jetty): URIs, extra headers, subprotocols, Origin,
 * refused handshakes, IPv6, bind address, connect and handshake timeouts.
 * Autobahn: none directly (the opening handshake precedes every case).
 */
@Timeout(30)
class ConnectTest {

    @RegisterExtension
    static final SharedJettyServer server = new SharedJettyServer();


    @Test
    void connectsAndDescribesTheConnection() throws Exception {
        URI uri = server.uri("/echo");
        try (Connection ws = await(WebSocket.connect(uri.toString()))) {
            assertTrue(ws.isOpen());
            assertEquals(uri, ws.uri());
            assertEquals(server.port(), ws.remoteAddress().getPort());
            assertEquals(InetAddress.getByName("127.0.0.1"), ws.localAddress().getAddress());
            assertTrue(ws.subprotocol().isEmpty());
            assertTrue(ws.extensions().isEmpty());
            assertTrue(ws.tlsSession().isEmpty());
            assertEquals(List.of("websocket"), lowerCase(ws.responseHeaders().get("upgrade")));

            await(ws.send("hello"));
            assertEquals("hello", await(await(ws.receive()).text()));
        }
    }

    @Test
    void connectsWithAUriObject() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            await(ws.send("via URI"));
            assertEquals("via URI", await(await(ws.receive()).text()));
        }
    }

    @Test
    void sendsTheRequestTheServerExpects() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo?x=1&y=two")))) {
            RecordedUpgrade upgrade = server.nextUpgrade();
            assertEquals("/echo", upgrade.path());
            assertEquals("127.0.0.1:" + server.port(), upgrade.header("Host"));
            assertEquals("13", upgrade.header("Sec-WebSocket-Version"));
            assertNull(upgrade.header("Sec-WebSocket-Extensions"), "no extension offered by default");
            assertNull(upgrade.header("Sec-WebSocket-Protocol"), "no subprotocol offered by default");
        }
    }

    @Test
    void extraHeadersArriveAtTheServer() throws Exception {
        Handshake handshake = Handshake.of(server.uri("/echo"))
                .withHeader("Authorization", "Bearer token-123")
                .withHeader("X-Trace", "first")
                .withHeader("X-Trace", "second");
        try (Connection ws = await(WebSocket.connect(handshake))) {
            RecordedUpgrade upgrade = server.nextUpgrade();
            assertEquals("Bearer token-123", upgrade.header("Authorization"));
            assertEquals(List.of("first", "second"), upgrade.headers().get("x-trace"));
        }
    }

    @Test
    void noOriginHeaderUnlessAsked() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            assertNull(server.nextUpgrade().header("Origin"));
        }
        Handshake withOrigin = Handshake.of(server.uri("/echo")).withOrigin("http://127.0.0.1:9222");
        try (Connection ws = await(WebSocket.connect(withOrigin))) {
            assertEquals("http://127.0.0.1:9222", server.nextUpgrade().header("Origin"));
        }
    }

    @Test
    void negotiatesTheSubprotocolTheServerPicks() throws Exception {
        Handshake handshake = Handshake.of(server.uri("/echo?protocol=chat.v1"))
                .withSubprotocols("chat.v2", "chat.v1");
        try (Connection ws = await(WebSocket.connect(handshake))) {
            assertEquals("chat.v2, chat.v1", server.nextUpgrade().header("Sec-WebSocket-Protocol"));
            assertEquals("chat.v1", ws.subprotocol().orElseThrow());
        }
    }

    @Test
    void noSubprotocolWhenTheServerPicksNone() throws Exception {
        Handshake handshake = Handshake.of(server.uri("/echo")).withSubprotocols("chat.v2");
        try (Connection ws = await(WebSocket.connect(handshake))) {
            assertTrue(ws.subprotocol().isEmpty());
            await(ws.send("still works"));
            assertEquals("still works", await(await(ws.receive()).text()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1:9222/devtools",
        "https://127.0.0.1/x",
        "ftp://127.0.0.1/",
        "127.0.0.1:9222",
        "ws:///no-host",
        "ws://127.0.0.1:0/",
        "ws://127.0.0.1:70000/",
        "ws://127.0.0.1:9222/path#fragment",
        "ws://bad host/",
        "ws://[::1/",
        "::::",
        ""})
    void rejectsBadUrisNamingThem(String uri) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebSocket.connect(uri));
        assertTrue(e.getMessage().contains("'" + uri + "'"), () -> "message does not name the URI: " + e.getMessage());
    }

    @Test
    void rejectsBadUriObjects() {
        URI http = URI.create("http://127.0.0.1:9222/");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebSocket.connect(http));
        assertTrue(e.getMessage().contains(http.toString()), e.getMessage());
        assertThrows(NullPointerException.class, () -> WebSocket.connect((URI) null));
    }

    @Test
    void rejectsHeadersTheClientSetsItself() {
        Handshake handshake = Handshake.of(server.uri("/echo"));
        for (String reserved : List.of("Host", "Origin", "Upgrade", "Connection", "Sec-WebSocket-Key",
                "sec-websocket-version", "Sec-WebSocket-Protocol", "Sec-WebSocket-Extensions")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> handshake.withHeader(reserved, "x"));
            assertTrue(e.getMessage().contains(reserved), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> handshake.withHeader("X-Evil", "a\r\nInjected: yes"));
        assertThrows(IllegalArgumentException.class, () -> handshake.withHeader("Bad Name", "x"));
        assertThrows(IllegalArgumentException.class, () -> handshake.withSubprotocols("has space"));
        assertThrows(IllegalArgumentException.class, () -> handshake.withOrigin("http://a\r\nb"));
    }

    @Test
    void connectsToAnIpv6Literal() throws Exception {
        assumeTrue(hasIpv6Loopback(), "this machine has no IPv6 loopback (::1 cannot be bound)");
        try (JettyServer ipv6 = JettyServer.builder().host("::1").start();
             Connection ws = await(WebSocket.connect("ws://[::1]:" + ipv6.port() + "/echo"))) {
            assertEquals("[::1]:" + ipv6.port(), ipv6.nextUpgrade().header("Host"));
            await(ws.send("over IPv6"));
            assertEquals("over IPv6", await(await(ws.receive()).text()));
            assertEquals(InetAddress.getByName("::1"), ws.remoteAddress().getAddress());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 404, 500})
    void refusedHandshakeCarriesStatusHeadersAndBody(int status) throws Exception {
        HandshakeException e = awaitFailure(WebSocket.connect(server.uri("/status/" + status)), HandshakeException.class);
        assertEquals(status, e.status());
        assertEquals(List.of("jetty-test"), e.headers().get("x-refused-by"));
        assertTrue(e.bodyStart().startsWith("refused by the test server with " + status), e.bodyStart());
        assertTrue(e.getMessage().contains(String.valueOf(status)), e.getMessage());
    }

    @Test
    void plainOkIsNotAnUpgrade() throws Exception {
        HandshakeException e = awaitFailure(WebSocket.connect(server.uri("/status/200")), HandshakeException.class);
        assertEquals(200, e.status());
    }

    @Test
    void unknownPathIsRefused() throws Exception {
        HandshakeException e = awaitFailure(WebSocket.connect(server.uri("/nowhere")), HandshakeException.class);
        assertEquals(404, e.status());
    }

    @Test
    void connectionRefusedIsAWebSocketException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WebSocketException e = awaitFailure(WebSocket.connect("ws://127.0.0.1:" + closedPort + "/"),
                WebSocketException.class);
        assertTrue(e.getMessage().contains(String.valueOf(closedPort)) || e.getCause() instanceof IOException,
                () -> "neither names the port nor carries the I/O error: " + e);
    }

    @Test
    void bindsToTheGivenLocalAddress() throws Exception {
        InetAddress local = InetAddress.getByName("127.0.0.2");
        assumeTrue(canBind(local), "127.0.0.2 is not usable on this machine");
        int port = freePort(local);
        ConnectOptions bound = ConnectOptions.builder().bindAddress(new InetSocketAddress(local, port)).build();
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), bound,
                TlsOptions.defaults(), Options.defaults()))) {
            assertEquals(new InetSocketAddress(local, port), ws.localAddress());
            await(ws.send("bound"));
            assertEquals("bound", await(await(ws.receive()).text()));
        }
    }

    @Test
    void connectTimeoutWhenTheServerNeverAcceptsTheSyn() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = fillBacklog(full);
            try {
                ConnectOptions quick = ConnectOptions.builder().connectTimeout(Duration.ofMillis(300)).build();
                WebSocketTimeoutException e = awaitFailure(WebSocket.connect(
                        Handshake.of("ws://127.0.0.1:" + full.getLocalPort() + "/"), quick, TlsOptions.defaults(),
                        Options.defaults()), WebSocketTimeoutException.class);
                assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("connect"), e.getMessage());
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void handshakeTimeoutWhenTheServerStaysSilent() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            CompletableFuture<RawConnection> silent = peer.accept(RawConnection::readRequest);
            ConnectOptions quick = ConnectOptions.builder().handshakeTimeout(Duration.ofMillis(300)).build();
            WebSocketTimeoutException e = awaitFailure(WebSocket.connect(Handshake.of(peer.uri()), quick,
                    TlsOptions.defaults(), Options.defaults()), WebSocketTimeoutException.class);
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("handshake"), e.getMessage());
            await(silent).expectEndOfStream();
        }
    }

    @Test
    void handshakeTimeoutWhenTheServerSendsHalfAResponse() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.accept(connection -> {
                connection.readRequest();
                connection.writeAscii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n");
            });
            ConnectOptions quick = ConnectOptions.builder().handshakeTimeout(Duration.ofMillis(300)).build();
            awaitFailure(WebSocket.connect(Handshake.of(peer.uri()), quick, TlsOptions.defaults(), Options.defaults()),
                    WebSocketTimeoutException.class);
        }
    }

    @Test
    void rejectsBadOptionValues() {
        assertThrows(IllegalArgumentException.class, () -> ConnectOptions.builder().connectTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ConnectOptions.builder().handshakeTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> ConnectOptions.builder().proxy(new InetSocketAddress(1), "Basic a\r\nX: y"));
        assertThrows(IllegalArgumentException.class, () -> Options.builder().maxMessageSize(0));
        assertThrows(IllegalArgumentException.class, () -> Options.builder().frameSplitSize(-1));
        assertThrows(IllegalArgumentException.class, () -> Options.builder().pingInterval(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> DeflateOptions.builder().serverMaxWindowBits(16));
        assertThrows(IllegalArgumentException.class, () -> DeflateOptions.builder().compressionLevel(10));
        assertThrows(IllegalArgumentException.class, () -> TlsOptions.builder().sniName(" "));
    }

    @Test
    void defaultsSuitBrowsers() {
        Options defaults = Options.defaults();
        assertTrue(defaults.maxMessageSize() >= 256L * 1024 * 1024, "at least 256 MiB for CDP replies");
        assertEquals(0, defaults.frameSplitSize(), "one frame per message");
        assertTrue(defaults.deflate().isEmpty(), "no compression unless asked");
        assertTrue(defaults.validateUtf8());
        assertEquals(Duration.ZERO, defaults.pingInterval());
        assertTrue(TlsOptions.defaults().hostnameVerification());
        assertFalse(ConnectOptions.defaults().proxy().isPresent());
    }

    private static List<String> lowerCase(List<String> values) {
        return values == null ? null : values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    /** Fills the accept queue of a socket that never accepts, so the next SYN is dropped. */
    private static List<Socket> fillBacklog(ServerSocket full) throws IOException {
        List<Socket> fillers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(full.getLocalSocketAddress(), 200);
                fillers.add(filler);
            } catch (IOException e) {
                filler.close();
                return fillers;
            }
        }
        throw new IllegalStateException("the accept queue never filled up; cannot provoke a connect timeout");
    }

    private static boolean hasIpv6Loopback() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canBind(InetAddress address) {
        try (ServerSocket socket = new ServerSocket(0, 1, address)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort(InetAddress address) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, address)) {
            return socket.getLocalPort();
        }
    }
}
