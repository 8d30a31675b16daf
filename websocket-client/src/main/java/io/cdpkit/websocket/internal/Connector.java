package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.ConnectOptions;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.HandshakeException;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.TlsOptions;
import io.cdpkit.websocket.WebSocketException;
import io.cdpkit.websocket.WebSocketTimeoutException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * Opens connections. Each connection gets one reader thread (from {@code Options.threadFactory},
 * or else from the shared {@link ReaderPool}), which does the whole connect (TCP or proxy
 * tunnel, TLS, opening handshake) under the connect and handshake timeouts, completes the
 * future, and then stays on as the connection's frame reader until it ends.
 */
public final class Connector {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Connector() {
    }

    /** Connects asynchronously; see {@link io.cdpkit.websocket.WebSocket#connect}. */
    public static CompletableFuture<Connection> connect(
            Handshake handshake, ConnectOptions connectOptions, TlsOptions tlsOptions, Options options) {
        Objects.requireNonNull(handshake, "handshake");
        Objects.requireNonNull(connectOptions, "connectOptions");
        Objects.requireNonNull(tlsOptions, "tlsOptions");
        Objects.requireNonNull(options, "options");
        CompletableFuture<Connection> future = new CompletableFuture<>();
        Attempt attempt = new Attempt(handshake, connectOptions, tlsOptions, options, future);
        Thread thread = null;
        Optional<ThreadFactory> factory = options.threadFactory();
        if (factory.isPresent()) {
            thread = factory.get().newThread(attempt::run);
            if (thread == null) {
                throw new IllegalStateException("Options.threadFactory returned no thread");
            }
        }
        future.whenComplete((connection, error) -> {
            if (future.isCancelled()) {
                attempt.opener.abort();
            }
        });
        if (thread != null) {
            thread.start();
        } else {
            ReaderPool.execute(attempt::run);
        }
        return future;
    }

    /** One connect, run on the future reader thread. */
    private static final class Attempt {
        private final Handshake handshake;
        private final ConnectOptions connectOptions;
        private final Options options;
        private final CompletableFuture<Connection> future;
        private final SocketOpener opener;
        private volatile String timedOut;

        Attempt(Handshake handshake, ConnectOptions connectOptions, TlsOptions tlsOptions, Options options,
                CompletableFuture<Connection> future) {
            this.handshake = handshake;
            this.connectOptions = connectOptions;
            this.options = options;
            this.future = future;
            this.opener = new SocketOpener(handshake.uri(), connectOptions, tlsOptions);
        }

        void run() {
            RealConnection connection;
            try {
                connection = open();
            } catch (Exception e) {
                opener.abort();
                future.completeExceptionally(translate(e));
                return;
            }
            if (future.complete(connection)) {
                connection.runReader();
            } else {
                connection.closeAfterCancelledConnect();
            }
        }

        private RealConnection open() throws IOException {
            ScheduledFuture<?> timer = startTimer("connect", connectOptions.connectTimeout());
            Socket socket;
            try {
                socket = opener.connectTcp();
            } finally {
                Timers.cancel(timer);
            }
            timer = startTimer("handshake", connectOptions.handshakeTimeout());
            Socket tcp = socket;
            try {
                if (handshake.isSecure()) {
                    socket = opener.startTls(tcp);
                }
                SocketInput input = new SocketInput(socket.getInputStream());
                BufferedSource in = Okio.buffer(Okio.source(input));
                BufferedSink out = Okio.buffer(Okio.sink(socket.getOutputStream()));
                OpeningHandshake opening = new OpeningHandshake(handshake, options.deflate().orElse(null), RANDOM);
                opening.writeRequest(out);
                OpeningHandshake.Result result = opening.readResponse(in, socket);
                return new RealConnection(handshake.uri(), socket, tcp, input, in, result, options, RANDOM);
            } finally {
                Timers.cancel(timer);
            }
        }

        private ScheduledFuture<?> startTimer(String phase, Duration timeout) {
            return Timers.schedule(() -> {
                timedOut = phase + " to " + handshake.uri() + " timed out after " + timeout.toMillis() + " ms ("
                        + phase + "Timeout)";
                opener.abort();
            }, timeout.toNanos());
        }

        private WebSocketException translate(Exception e) {
            if (e instanceof HandshakeException) {
                return (HandshakeException) e;
            }
            if (timedOut != null || e instanceof SocketTimeoutException) {
                WebSocketTimeoutException timeout = new WebSocketTimeoutException(
                        timedOut != null ? timedOut : "Connect to " + handshake.uri() + " timed out: " + e.getMessage());
                timeout.initCause(e);
                return timeout;
            }
            if (e instanceof WebSocketException) {
                return (WebSocketException) e;
            }
            return new WebSocketException("Cannot connect to " + handshake.uri() + ": " + e, e);
        }
    }
}
