package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.ConnectProxy;
import io.cdpkit.websocket.testing.JettyServer;
import io.cdpkit.websocket.testing.TestCertificates;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tunnelling through an HTTP {@code CONNECT} proxy, with and without proxy authorization, for
 * {@code ws://} and {@code wss://}. Autobahn: none.
 */
@Timeout(30)
class ProxyTest {

    private static final String CREDENTIALS = "Basic dXNlcjpzZWNyZXQ=";

    @Test
    void tunnelsThroughAnOpenProxy() throws Exception {
        try (JettyServer server = JettyServer.start(); ConnectProxy proxy = new ConnectProxy(null);
             Connection ws = await(connect(server, proxy, null, TlsOptions.defaults()))) {
            await(ws.send("through the tunnel"));
            assertEquals("through the tunnel", await(await(ws.receive()).text()));
            assertEquals(proxy.address().getPort(), ws.remoteAddress().getPort());

            List<String> requests = proxy.requests();
            assertEquals(1, requests.size());
            String target = "127.0.0.1:" + server.port();
            assertTrue(requests.get(0).startsWith("CONNECT " + target + " HTTP/1.1\r\n"), requests.get(0));
            assertTrue(requests.get(0).contains("\r\nHost: " + target), requests.get(0));
            assertFalse(requests.get(0).contains("Proxy-Authorization"), "no credentials unless given");
            assertTrue(await(ws.close(CloseCodes.NORMAL, "")).isClean(), "the closing handshake passes the tunnel");
        }
    }

    @Test
    void sendsProxyAuthorization() throws Exception {
        try (JettyServer server = JettyServer.start(); ConnectProxy proxy = new ConnectProxy(CREDENTIALS);
             Connection ws = await(connect(server, proxy, CREDENTIALS, TlsOptions.defaults()))) {
            await(ws.send("authorized"));
            assertEquals("authorized", await(await(ws.receive()).text()));
            assertTrue(proxy.requests().get(0).contains("\r\nProxy-Authorization: " + CREDENTIALS), proxy.requests().get(0));
            assertTrue(await(ws.close(CloseCodes.NORMAL, "")).isClean(), "the closing handshake passes the tunnel");
        }
    }

    @Test
    void proxyRefusalIsATypedFailureWithTheStatus() throws Exception {
        try (JettyServer server = JettyServer.start(); ConnectProxy proxy = new ConnectProxy(CREDENTIALS)) {
            WebSocketException e = awaitFailure(connect(server, proxy, null, TlsOptions.defaults()), WebSocketException.class);
            assertTrue(e.getMessage().contains("407"), e.getMessage());
            if (e instanceof HandshakeException refused) {
                assertEquals(407, refused.status());
            }
            assertEquals(1, proxy.requests().size());
        }
    }

    @Test
    void tunnelsTlsEndToEnd() throws Exception {
        KeyStore serverKeys = TestCertificates.loopbackServer();
        TlsOptions trusting = TlsOptions.builder().trustStore(TestCertificates.trusting(serverKeys)).build();
        try (JettyServer server = JettyServer.builder().tls(serverKeys).start();
             ConnectProxy proxy = new ConnectProxy(null);
             Connection ws = await(connect(server, proxy, null, trusting))) {
            assertTrue(ws.tlsSession().isPresent());
            await(ws.send("secret"));
            assertEquals("secret", await(await(ws.receive()).text()));
            assertTrue(proxy.requests().get(0).startsWith("CONNECT 127.0.0.1:" + server.port() + " "));
            assertTrue(await(ws.close(CloseCodes.NORMAL, "")).isClean(), "the closing handshake passes the tunnel");
        }
    }

    private static CompletableFuture<Connection> connect(
            JettyServer server, ConnectProxy proxy, String authorization, TlsOptions tls) {
        ConnectOptions viaProxy = ConnectOptions.builder().proxy(proxy.address(), authorization).build();
        return WebSocket.connect(Handshake.of(server.uri("/echo")), viaProxy, tls, Options.defaults());
    }
}
