package io.cdpkit.cdp.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.launch.ChromeLauncher;
import io.cdpkit.cdp.testing.LocalPages;
import io.cdpkit.cdp.testing.RawHttp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything that can go wrong talking to a DevTools HTTP endpoint, and what the user is told. */
@Timeout(60)
class DevToolsEndpointFailureTest {

    private static final Duration SHORT = Duration.ofMillis(500);

    private static BrowserProcess browser;

    @BeforeAll
    static void launch() {
        browser = ChromeLauncher.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1:9222", "127.0.0.1:9222", "http://127.0.0.1", "http:///json",
            "http://127.0.0.1:9222/json/version", "http://127.0.0.1:9222?x=1", "http://user@127.0.0.1:9222",
            "http://127.0.0.1:9222/#x", "not a url at all", "ws://127.0.0.1:9222/devtools/browser/x"})
    void malformedEndpointUrlsAreRejectedByName(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DevToolsEndpoint.of(url));

        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertTrue(e.getMessage().contains("http://host:port"), e.getMessage());
    }

    @Test
    void nonPositiveTimeoutsAreRejected() {
        URI url = URI.create("http://127.0.0.1:9222");

        assertThrows(IllegalArgumentException.class, () -> DevToolsEndpoint.of(url, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> DevToolsEndpoint.of(url, Duration.ofSeconds(-1)));
        assertEquals(Duration.ofSeconds(3), DevToolsEndpoint.of(url).withTimeout(Duration.ofSeconds(3)).timeout());
        assertEquals(url, DevToolsEndpoint.of("http://127.0.0.1:9222/").baseUrl());
    }

    @Test
    void aClosedPortSaysNoBrowserIsListening() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        EndpointUnreachableException e = assertThrows(EndpointUnreachableException.class,
                () -> DevToolsEndpoint.of("http://127.0.0.1:" + closedPort).version());

        assertTrue(e.getMessage().startsWith("No DevTools endpoint at http://127.0.0.1:" + closedPort), e.getMessage());
        assertTrue(e.getMessage().contains("--remote-debugging-port=" + closedPort), e.getMessage());
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            DevToolsEndpoint endpoint = DevToolsEndpoint.of(URI.create("http://127.0.0.1:" + silent.port()), SHORT);

            EndpointTimeoutException e = assertThrows(EndpointTimeoutException.class, endpoint::version);

            assertEquals(SHORT, e.timeout());
            assertTrue(e.getMessage().contains("GET http://127.0.0.1:" + silent.port() + "/json/version"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("500 ms"), e.getMessage());
            assertEquals(1, silent.acceptedCount(), "the connection was made; only the answer is missing");
        }
    }

    @Test
    void aConnectionThatCannotBeEstablishedTimesOutToo() throws Exception {
        // With its accept queue full, the kernel drops further connection attempts: connect() hangs.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = fillAcceptQueue(full);
            try {
                DevToolsEndpoint endpoint = DevToolsEndpoint.of(URI.create("http://127.0.0.1:" + full.getLocalPort()),
                        SHORT);

                assertThrows(EndpointTimeoutException.class, endpoint::list);
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void anAnswerThatIsNotJsonIsReportedWithTheBody() {
        try (LocalPages notDevTools = LocalPages.start()) {
            notDevTools.respond("/json/version", 200, "text/html", "<html>an ordinary web server</html>");
            DevToolsEndpoint endpoint = DevToolsEndpoint.of(notDevTools.baseUrl());

            UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, endpoint::version);

            assertEquals(200, e.statusCode());
            assertTrue(e.getMessage().contains("not the expected DevTools JSON"), e.getMessage());
            assertTrue(e.getMessage().contains("an ordinary web server"), e.getMessage());
        }
    }

    @Test
    void jsonOfTheWrongShapeIsReportedToo() {
        try (LocalPages notDevTools = LocalPages.start()) {
            notDevTools.respond("/json/list", 200, "application/json", "{\"not\": \"a list\"}");

            assertThrows(UnexpectedResponseException.class, () -> DevToolsEndpoint.of(notDevTools.baseUrl()).list());
        }
    }

    @Test
    void anErrorStatusCarriesStatusAndBody() {
        try (LocalPages notDevTools = LocalPages.start()) {
            UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
                    () -> DevToolsEndpoint.of(notDevTools.baseUrl()).version());

            assertEquals(404, e.statusCode());
            assertTrue(e.body().contains("Not found: /json/version"), e.body());
        }
    }

    @Test
    void chromesHostHeaderRejectionIsRecognisedAndExplained() throws Exception {
        RawHttp.Response chrome = RawHttp.exchange(browser.httpUrl(), "GET /json/version HTTP/1.1\r\n"
                + "Host: devtools.example:" + browser.httpUrl().getPort() + "\r\nConnection: close\r\n\r\n", SHORT.multipliedBy(10));
        assertEquals(500, chrome.status());
        assertTrue(chrome.body().contains(DevToolsErrors.HOST_REJECTION_BODY), chrome.body());

        // Replay Chrome's exact answer through the endpoint's own HTTP path.
        try (LocalPages replay = LocalPages.start()) {
            replay.respond("/json/version", chrome.status(), "text/html", chrome.body());

            HostHeaderRejectedException e = assertThrows(HostHeaderRejectedException.class,
                    () -> DevToolsEndpoint.of(replay.baseUrl()).version());

            assertTrue(e.getMessage().contains("neither localhost nor an IP address"), e.getMessage());
            assertTrue(e.getMessage().contains("http://127.0.0.1:" + replay.baseUrl().getPort()), e.getMessage());
        }
    }

    @Test
    void chromesOriginRejectionIsRecognisedAndExplained() throws Exception {
        URI socket = browser.webSocketUrl();
        RawHttp.Response chrome = RawHttp.exchange(socket, "GET " + socket.getPath() + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + socket.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Origin: http://evil.example\r\n\r\n", SHORT.multipliedBy(10));
        assertEquals(403, chrome.status());

        DevToolsEndpointException e = DevToolsErrors.fromResponse("GET", socket, chrome.status(), chrome.body());

        assertInstanceOf(OriginRejectedException.class, e);
        assertTrue(e.getMessage().contains("--remote-allow-origins=<origin>"), e.getMessage());
        assertTrue(e.getMessage().contains("http://evil.example"), "Chrome's own words are quoted: " + e.getMessage());
        assertEquals(socket, e.requestUri());
    }

    @Test
    void otherErrorAnswersStayUnexpectedResponses() {
        DevToolsEndpointException e = DevToolsErrors.fromResponse("GET", URI.create("http://127.0.0.1:1/json"), 500,
                "Internal error");

        assertInstanceOf(UnexpectedResponseException.class, e);
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
    }

    private static List<Socket> fillAcceptQueue(ServerSocket server) throws Exception {
        List<Socket> queued = new ArrayList<>();
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 300);
                queued.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close();
                return queued;
            }
        }
    }

    /** A server on 127.0.0.1 that accepts connections and never writes a byte. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        private SilentServer(ServerSocket server) {
            this.server = server;
            this.acceptor = new Thread(this::acceptForever, "silent-server");
            acceptor.setDaemon(true);
        }

        static SilentServer start() throws IOException {
            SilentServer silent = new SilentServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            silent.acceptor.start();
            return silent;
        }

        int port() {
            return server.getLocalPort();
        }

        int acceptedCount() {
            return accepted.size();
        }

        private void acceptForever() {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException closed) {
                // close() closed the server socket.
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            for (Socket socket : accepted) {
                socket.close();
            }
            acceptor.join(5_000);
        }
    }
}
