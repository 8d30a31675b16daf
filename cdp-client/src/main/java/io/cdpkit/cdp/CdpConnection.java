package io.cdpkit.cdp;

import io.cdpkit.cdp.discovery.EndpointResolver;
import io.cdpkit.cdp.internal.Dispatcher;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One WebSocket connection to a browser's DevTools endpoint, speaking CDP's JSON-RPC: the
 * {@linkplain #browserSession() browser session} plus a {@link CdpSession} for every target
 * attached in flat mode ({@code Target.attachToTarget} or auto-attach with {@code flatten}).
 *
 * <pre>{@code
 * try (CdpConnection cdp = CdpConnection.connect("http://127.0.0.1:9222")) {
 *     GetVersionResult version = cdp.browserSession().send(BrowserDomain.getVersion());
 * }
 * }</pre>
 *
 * <p>Messages are parsed as they stream in, on one reader thread per connection; results are
 * decoded from the stream without first being copied into a string. Event listeners run and
 * futures complete on a per-connection pool, never on the reader. When the connection ends
 * (closed by the client, the WebSocket failed, or the browser went away), every pending call
 * fails at once with {@link CdpConnectionClosedException}, later calls fail immediately, and the
 * connection's threads end.
 *
 * <p>Most users start from {@link Browser}, which builds on this class.
 */
public final class CdpConnection implements AutoCloseable {

    private final Dispatcher dispatcher;

    private CdpConnection(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Connects with {@link CdpOptions#defaults()}; see {@link #connect(String, CdpOptions)}. */
    public static CdpConnection connect(String url) {
        return connect(url, CdpOptions.defaults());
    }

    /**
     * Connects to a browser endpoint: a browser-level {@code ws://} (or {@code wss://}) URL, or
     * an {@code http://host:port} DevTools endpoint whose {@code /json/version} names it.
     *
     * @throws IllegalArgumentException if {@code url} is neither
     * @throws io.cdpkit.cdp.discovery.DevToolsEndpointException if the HTTP endpoint cannot be asked
     * @throws io.cdpkit.websocket.WebSocketException if the WebSocket cannot be opened
     */
    public static CdpConnection connect(String url, CdpOptions options) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(options, "options");
        return connect(EndpointResolver.resolveWebSocketUrl(url), options);
    }

    /**
     * Connects to a browser-level WebSocket URL.
     *
     * @throws IllegalArgumentException if it is not a {@code ws://} or {@code wss://} URL
     * @throws io.cdpkit.websocket.WebSocketException if the WebSocket cannot be opened
     */
    public static CdpConnection connect(URI webSocketUrl, CdpOptions options) {
        Objects.requireNonNull(webSocketUrl, "webSocketUrl");
        Objects.requireNonNull(options, "options");
        return new CdpConnection(Dispatcher.connect(webSocketUrl, options));
    }

    /** The WebSocket URL this connection was opened to. */
    public URI webSocketUrl() {
        return dispatcher.webSocketUrl();
    }

    /** The options this connection was opened with. */
    public CdpOptions options() {
        return dispatcher.options();
    }

    /** The session that talks to the browser itself (no session id): targets, contexts, browser-wide commands. */
    public CdpSession browserSession() {
        return dispatcher.browserSession();
    }

    /** The attached target session with this id, if it is attached. */
    public Optional<CdpSession> session(String sessionId) {
        return Optional.ofNullable(dispatcher.session(Objects.requireNonNull(sessionId, "sessionId")));
    }

    /** The target sessions attached right now (not the browser session). */
    public List<CdpSession> sessions() {
        return List.copyOf(dispatcher.sessions());
    }

    /** True until the connection started to end. */
    public boolean isOpen() {
        return dispatcher.isOpen();
    }

    /**
     * Completes with the reason, e.g. {@code "browser (pid 42) exited with code 137"}, once the
     * connection has ended and every pending call has failed.
     */
    public CompletableFuture<String> closed() {
        return dispatcher.closed();
    }

    /** Ends the connection when the launched browser process exits, reporting its exit. */
    void watchBrowserExit(CompletableFuture<String> exitDescription) {
        dispatcher.watchBrowserExit(exitDescription);
    }

    /**
     * Closes the connection: pending calls fail, the closing handshake runs and the connection's
     * threads end. Does not close the browser (see {@link Browser#close()}). Idempotent.
     */
    @Override
    public void close() {
        dispatcher.close();
    }

    @Override
    public String toString() {
        return "CdpConnection[" + webSocketUrl() + (isOpen() ? "" : ", closed") + "]";
    }
}
