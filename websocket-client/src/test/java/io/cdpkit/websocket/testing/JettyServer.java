package io.cdpkit.websocket.testing;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A real WebSocket server (Jetty 12) on 127.0.0.1 with the endpoints the tests talk to:
 * <ul>
 *   <li>{@code /echo}: echoes text as text and binary as binary ({@link EchoEndpoint});</li>
 *   <li>{@code /close?code=C&reason=R}: closes right after opening ({@link CloseOnOpenEndpoint});</li>
 *   <li>{@code /send?count=N&size=S&type=text|binary&fragments=F}: sends N messages, then echoes
 *       ({@link SendOnOpenEndpoint});</li>
 *   <li>{@code /ping?payload=P}: pings the client and reports the pong as a text message
 *       ({@link PingOnOpenEndpoint});</li>
 *   <li>{@code /deaf}: echoes, but never answers pings ({@link PingIgnoringEndpoint});</li>
 *   <li>{@code /stall}: reads nothing until the test resumes it ({@link StallingEndpoint}).</li>
 * </ul>
 * Tests reach the endpoint objects the server created with {@link #nextEndpoint(Class)}.
 * Every endpoint accepts the subprotocol named by a {@code protocol=} query parameter when the
 * client offers it. Any other request, or a plain GET to {@code /status/NNN}, gets an HTTP answer
 * with that status ({@link #refusingHandler()}). Every upgrade request is recorded
 * ({@link #nextUpgrade()}).
 */
public final class JettyServer implements AutoCloseable {

    /** Large enough for the 16 MiB messages Autobahn sends and the 64 MiB echo tests. */
    public static final long MESSAGE_LIMIT = 80L * 1024 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final boolean secure;
    private final String host;
    private final BlockingQueue<RecordedUpgrade> upgrades = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> opened = new LinkedBlockingQueue<>();
    private final Map<String, Function<Map<String, String>, Object>> endpoints = Map.of(
            "/echo", query -> new EchoEndpoint(),
            "/close", CloseOnOpenEndpoint::new,
            "/send", SendOnOpenEndpoint::new,
            "/ping", PingOnOpenEndpoint::new,
            "/deaf", query -> new PingIgnoringEndpoint(),
            "/stall", query -> new StallingEndpoint());

    private JettyServer(Builder builder) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("jetty-test");
        server = new Server(threads);
        secure = builder.keyStore != null;
        connector = secure ? tlsConnector(builder) : new ServerConnector(server);
        host = builder.host;
        connector.setHost(host);
        connector.setPort(0);
        server.addConnector(connector);

        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(MESSAGE_LIMIT);
            container.setMaxBinaryMessageSize(MESSAGE_LIMIT);
            container.setMaxFrameSize(MESSAGE_LIMIT);
            container.setIdleTimeout(Duration.ofMinutes(2));
            for (String path : endpoints.keySet()) {
                container.addMapping(path, (request, response, callback) ->
                        create(path, request, response, builder.deflate));
            }
        });
        upgrade.setHandler(refusingHandler());
        server.setHandler(upgrade);
        server.start();
    }

    /** A builder for a plain {@code ws://} server without compression. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a plain {@code ws://} server without compression. */
    public static JettyServer start() throws Exception {
        return builder().start();
    }

    /** {@code ws://127.0.0.1:port} (or {@code wss://}, or the configured host) followed by {@code pathAndQuery}. */
    public URI uri(String pathAndQuery) {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return URI.create((secure ? "wss" : "ws") + "://" + authority + ":" + port() + pathAndQuery);
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Forgets the upgrade requests and endpoints recorded so far (call it before each test). */
    public void forget() {
        upgrades.clear();
        opened.clear();
    }

    /** The next upgrade request the server saw, waiting up to 5 s for it. */
    public RecordedUpgrade nextUpgrade() throws InterruptedException {
        RecordedUpgrade upgrade = upgrades.poll(5, TimeUnit.SECONDS);
        if (upgrade == null) {
            throw new AssertionError("the server saw no upgrade request");
        }
        return upgrade;
    }

    /** The next endpoint of {@code type} the server created (others are skipped), waiting up to 5 s. */
    public <T> T nextEndpoint(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Object endpoint = opened.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(endpoint)) {
                return type.cast(endpoint);
            }
        }
        throw new AssertionError("the server created no " + type.getSimpleName());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private Object create(String path, ServerUpgradeRequest request, ServerUpgradeResponse response, boolean deflate) {
        upgrades.add(RecordedUpgrade.of(path, request));
        Map<String, String> query = new HashMap<>();
        Request.extractQueryParameters(request).forEach(field -> query.put(field.getName(), field.getValue()));
        String protocol = query.get("protocol");
        if (protocol != null && request.hasSubProtocol(protocol)) {
            response.setAcceptedSubProtocol(protocol);
        }
        if (!deflate) {
            response.setExtensions(List.of());
        }
        Object endpoint = endpoints.get(path).apply(query);
        opened.add(endpoint);
        return endpoint;
    }

    private ServerConnector tlsConnector(Builder builder) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(builder.keyStore);
        tls.setKeyStorePassword(TestCertificates.PASSWORD);
        if (builder.protocols != null) {
            tls.setIncludeProtocols(builder.protocols);
        }
        if (builder.clientTrust != null) {
            tls.setTrustStore(builder.clientTrust);
            tls.setNeedClientAuth(true);
        }
        HttpConfiguration http = new HttpConfiguration();
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        http.addCustomizer(customizer);
        return new ServerConnector(server, tls, new HttpConnectionFactory(http));
    }

    /**
     * Answers every plain HTTP request (and upgrade requests for unknown paths) with the status
     * in {@code /status/NNN}, or 404, with an {@code X-Refused-By} header and a short text body.
     */
    private static Handler refusingHandler() {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                String path = Request.getPathInContext(request);
                int status = path.matches("/status/\\d{3}") ? Integer.parseInt(path.substring(8)) : 404;
                response.setStatus(status);
                response.getHeaders().put("X-Refused-By", "jetty-test");
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
                String body = "refused by the test server with " + status + " for " + path;
                response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        };
    }

    /** One upgrade request as the server saw it: its path and headers (lower-case names). */
    public record RecordedUpgrade(String path, Map<String, List<String>> headers) {

        static RecordedUpgrade of(String path, ServerUpgradeRequest request) {
            Map<String, List<String>> headers = new TreeMap<>();
            for (var field : request.getHeaders()) {
                headers.computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>())
                        .add(field.getValue());
            }
            return new RecordedUpgrade(path, headers);
        }

        /** The single value of header {@code name}, or null when absent. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }
    }

    /** Configures a {@link JettyServer}. */
    public static final class Builder {
        private KeyStore keyStore;
        private KeyStore clientTrust;
        private String[] protocols;
        private boolean deflate;
        private String host = "127.0.0.1";

        private Builder() {
        }

        /** Listens on this loopback address instead of 127.0.0.1 (for example {@code ::1}). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Serves {@code wss://} with this key store (password {@link TestCertificates#PASSWORD}). */
        public Builder tls(KeyStore keyStore) {
            this.keyStore = keyStore;
            return this;
        }

        /** Allows only these TLS protocol versions. */
        public Builder tlsProtocols(String... protocols) {
            this.protocols = protocols;
            return this;
        }

        /** Requires a client certificate trusted by {@code trustStore}. */
        public Builder requireClientCertificate(KeyStore trustStore) {
            this.clientTrust = trustStore;
            return this;
        }

        /** Accepts permessage-deflate when the client offers it (refused by default). */
        public Builder deflate(boolean enabled) {
            this.deflate = enabled;
            return this;
        }

        /** Starts the server. */
        public JettyServer start() throws Exception {
            return new JettyServer(this);
        }
    }
}
