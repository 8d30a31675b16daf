package io.cdpkit.websocket;

import io.cdpkit.websocket.internal.Connector;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Entry point of the WebSocket client: opens {@link Connection}s to {@code ws://} and
 * {@code wss://} servers.
 *
 * <pre>{@code
 * try (Connection ws = WebSocket.connect("ws://127.0.0.1:8080/echo").join()) {
 *     ws.send("Hello!").join();
 *     Message reply = ws.receive().join();
 *     System.out.println(reply.text().join());
 * }
 * }</pre>
 *
 * <p>Arguments are checked before anything is sent: a URI whose scheme is not {@code ws} or
 * {@code wss}, that has no host, or that has a bad port throws {@link IllegalArgumentException}
 * naming the value. Everything that can only fail on the network (connect, TLS, the opening
 * handshake) completes the returned future exceptionally with a {@link WebSocketException}.
 */
public final class WebSocket {

    private WebSocket() {
    }

    /** Connects to {@code uri} with default options. */
    public static CompletableFuture<Connection> connect(String uri) {
        return connect(Handshake.of(uri));
    }

    /** Connects to {@code uri} with default options. */
    public static CompletableFuture<Connection> connect(URI uri) {
        return connect(Handshake.of(uri));
    }

    /** Connects with the given handshake (URI, extra headers, subprotocols, origin) and default options. */
    public static CompletableFuture<Connection> connect(Handshake handshake) {
        return connect(handshake, Options.defaults());
    }

    /** Connects with the given handshake and connection options (limits, heartbeat, compression...). */
    public static CompletableFuture<Connection> connect(Handshake handshake, Options options) {
        return connect(handshake, ConnectOptions.defaults(), TlsOptions.defaults(), options);
    }

    /**
     * Connects with full control over the transport ({@link ConnectOptions}), TLS
     * ({@link TlsOptions}) and the connection's behaviour ({@link Options}).
     */
    public static CompletableFuture<Connection> connect(
            Handshake handshake, ConnectOptions connectOptions, TlsOptions tlsOptions, Options options) {
        return Connector.connect(handshake, connectOptions, tlsOptions, options);
    }
}
