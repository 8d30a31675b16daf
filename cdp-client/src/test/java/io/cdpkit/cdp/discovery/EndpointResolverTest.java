package io.cdpkit.cdp.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.testing.LocalPages;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resolving what a user passes to "connect" (the real-browser cases are in DevToolsEndpointTest). */
@Timeout(30)
class EndpointResolverTest {

    @ParameterizedTest
    @ValueSource(strings = {"ws://127.0.0.1:9222/devtools/browser/abc", "wss://grid.example/session/1/se/cdp"})
    void webSocketUrlsAreUsedAsGiven(String url) {
        assertEquals(URI.create(url), EndpointResolver.resolveWebSocketUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1:9222", "127.0.0.1:9222", "ws:///devtools/browser/abc", "::nonsense::"})
    void anythingElseIsRejectedByName(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EndpointResolver.resolveWebSocketUrl(url));

        assertTrue(e.getMessage().contains("'" + url + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("ws://host:port/devtools/browser/<id>"), e.getMessage());
    }

    @Test
    void anHttpEndpointWithoutBrowserIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThrows(EndpointUnreachableException.class,
                () -> EndpointResolver.resolveWebSocketUrl("http://127.0.0.1:" + closedPort));
    }

    @Test
    void aVersionWithoutWebSocketUrlIsReported() {
        try (LocalPages server = LocalPages.start()) {
            server.respond("/json/version", 200, "application/json", "{\"Browser\": \"Chrome/1.0\"}");

            DevToolsEndpointException e = assertThrows(DevToolsEndpointException.class,
                    () -> EndpointResolver.resolveWebSocketUrl(server.baseUrl().toString()));

            assertTrue(e.getMessage().contains("gave no webSocketDebuggerUrl"), e.getMessage());
        }
    }
}
