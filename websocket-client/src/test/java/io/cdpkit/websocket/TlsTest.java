package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static io.cdpkit.websocket.testing.Futures.causeOfType;
import static io.cdpkit.websocket.testing.Futures.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.JettyServer;
import io.cdpkit.websocket.testing.TestCertificates;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import okio.ByteString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code wss://} against Jetty with self-signed certificates made at test time: trust, hostname
 * verification, SNI, protocol versions, cipher suites and client certificates. Autobahn: none.
 */
@Timeout(30)
class TlsTest {

    private static final KeyStore LOOPBACK_KEYS = TestCertificates.loopbackServer();
    private static final KeyStore OTHER_NAME_KEYS = TestCertificates.otherNameServer();

    private static JettyServer loopback;
    private static JettyServer otherName;

    @BeforeAll
    static void startServers() throws Exception {
        loopback = JettyServer.builder().tls(LOOPBACK_KEYS).start();
        otherName = JettyServer.builder().tls(OTHER_NAME_KEYS).start();
    }

    @AfterAll
    static void stopServers() throws Exception {
        loopback.close();
        otherName.close();
    }

    @Test
    void selfSignedServerIsRejectedByDefault() throws Exception {
        WebSocketException e = awaitFailure(WebSocket.connect(loopback.uri("/echo")), WebSocketException.class);
        assertNotNull(causeOfType(e, SSLException.class), () -> "no TLS failure in " + describe(e));
        String text = describe(e).toLowerCase(Locale.ROOT);
        assertTrue(text.contains("certif") || text.contains("trust"), text);
    }

    @Test
    void acceptedWithATrustStore() throws Exception {
        try (Connection ws = await(connect(loopback, trust(LOOPBACK_KEYS).build()))) {
            assertTrue(ws.tlsSession().isPresent());
            assertEquals(LOOPBACK_KEYS.getCertificate("test"), ws.tlsSession().get().getPeerCertificates()[0]);
            await(ws.send("over TLS"));
            assertEquals("over TLS", await(await(ws.receive()).text()));
            byte[] big = new byte[3 * 1024 * 1024 + 5];
            new Random(7).nextBytes(big);
            await(ws.sendBinary(big));
            assertEquals(ByteString.of(big), await(await(ws.receive()).buffer()));
            assertTrue(await(ws.close(CloseCodes.NORMAL, "")).isClean());
        }
    }

    @Test
    void acceptedWithAReadyMadeSslContext() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(TestCertificates.trusting(LOOPBACK_KEYS));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        try (Connection ws = await(connect(loopback, TlsOptions.builder().sslContext(context).build()))) {
            await(ws.send("context"));
            assertEquals("context", await(await(ws.receive()).text()));
        }
    }

    @Test
    void hostnameIsVerifiedByDefault() throws Exception {
        WebSocketException e = awaitFailure(connect(otherName, trust(OTHER_NAME_KEYS).build()), WebSocketException.class);
        assertNotNull(causeOfType(e, SSLException.class), () -> "no TLS failure in " + describe(e));
    }

    @Test
    void certificateForTheSniNameIsAccepted() throws Exception {
        TlsOptions sni = trust(OTHER_NAME_KEYS).sniName("other.example").build();
        try (Connection ws = await(connect(otherName, sni))) {
            await(ws.send("sni"));
            assertEquals("sni", await(await(ws.receive()).text()));
        }
    }

    @Test
    void hostnameVerificationCanBeTurnedOff() throws Exception {
        TlsOptions lax = trust(OTHER_NAME_KEYS).hostnameVerification(false).build();
        try (Connection ws = await(connect(otherName, lax))) {
            await(ws.send("lax"));
            assertEquals("lax", await(await(ws.receive()).text()));
        }
    }

    @Test
    void trustingAnotherCertificateDoesNotHelp() throws Exception {
        awaitFailure(connect(loopback, trust(OTHER_NAME_KEYS).hostnameVerification(false).build()), WebSocketException.class);
    }

    @Test
    void usesTheRequestedProtocolVersion() throws Exception {
        for (String version : new String[] {"TLSv1.2", "TLSv1.3"}) {
            try (Connection ws = await(connect(loopback, trust(LOOPBACK_KEYS).protocols(version).build()))) {
                assertEquals(version, ws.tlsSession().orElseThrow().getProtocol());
            }
        }
    }

    @Test
    void failsWhenNoProtocolVersionMatches() throws Exception {
        try (JettyServer tls13Only = JettyServer.builder().tls(LOOPBACK_KEYS).tlsProtocols("TLSv1.3").start()) {
            WebSocketException e = awaitFailure(connect(tls13Only, trust(LOOPBACK_KEYS).protocols("TLSv1.2").build()),
                    WebSocketException.class);
            assertNotNull(causeOfType(e, SSLException.class), () -> "no TLS failure in " + describe(e));
        }
    }

    @Test
    void usesTheRequestedCipherSuite() throws Exception {
        String suite = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";
        TlsOptions options = trust(LOOPBACK_KEYS).protocols("TLSv1.2").cipherSuites(suite).build();
        try (Connection ws = await(connect(loopback, options))) {
            assertEquals(suite, ws.tlsSession().orElseThrow().getCipherSuite());
        }
    }

    @Test
    void presentsAClientCertificate() throws Exception {
        KeyStore clientKeys = TestCertificates.client();
        try (JettyServer mutual = JettyServer.builder().tls(LOOPBACK_KEYS)
                .requireClientCertificate(TestCertificates.trusting(clientKeys)).start()) {
            TlsOptions withCertificate = trust(LOOPBACK_KEYS)
                    .clientCertificate(clientKeys, TestCertificates.PASSWORD.toCharArray()).build();
            try (Connection ws = await(connect(mutual, withCertificate))) {
                assertEquals(clientKeys.getCertificate("test"), ws.tlsSession().orElseThrow().getLocalCertificates()[0]);
                await(ws.send("mutual"));
                assertEquals("mutual", await(await(ws.receive()).text()));
                assertTrue(await(ws.close(CloseCodes.NORMAL, "")).isClean());
            }
            awaitFailure(connect(mutual, trust(LOOPBACK_KEYS).build()), WebSocketException.class);
        }
    }

    private static TlsOptions.Builder trust(KeyStore serverKeys) {
        return TlsOptions.builder().trustStore(TestCertificates.trusting(serverKeys));
    }

    private static CompletableFuture<Connection> connect(JettyServer server, TlsOptions tls) {
        return WebSocket.connect(Handshake.of(server.uri("/echo")), ConnectOptions.defaults(), tls, Options.defaults());
    }
}
