package io.cdpkit.websocket.testing;

import io.cdpkit.websocket.ConnectOptions;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.TlsOptions;
import io.cdpkit.websocket.WebSocket;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scripted WebSocket "server" on a raw server socket at 127.0.0.1, for the traffic no
 * real server sends: bad handshakes, malformed frames, stalls, abrupt ends. The server side of
 * each connection runs a test's script on a peer thread while the client connects.
 */
public final class RawPeer implements AutoCloseable {

    private final LoopbackListener listener = new LoopbackListener("raw-peer");

    /** {@code ws://127.0.0.1:port/raw}. */
    public URI uri() {
        return URI.create("ws://127.0.0.1:" + listener.port() + "/raw");
    }

    /** What the server side of a connection does once the TCP connection is accepted. */
    @FunctionalInterface
    public interface Script {
        /** Runs against the accepted connection. */
        void run(RawConnection connection) throws Exception;
    }

    /** Accepts the next connection on a peer thread and runs {@code script} on it. */
    public CompletableFuture<RawConnection> accept(Script script) {
        CompletableFuture<RawConnection> accepted = new CompletableFuture<>();
        listener.threads().execute(() -> {
            try {
                RawConnection connection = new RawConnection(listener.accept());
                script.run(connection);
                accepted.complete(connection);
            } catch (Throwable e) {
                accepted.completeExceptionally(e);
            }
        });
        return accepted;
    }

    /** Accepts the next connection and completes a correct opening handshake. */
    public CompletableFuture<RawConnection> acceptWebSocket() {
        return accept(RawConnection::completeHandshake);
    }

    /** Connects a client with default options and returns both ends, handshake done. */
    public Pair open() throws Exception {
        return open(Options.defaults());
    }

    /**
     * Connects a client with {@code options} and returns both ends, handshake done; the 101
     * answer carries {@code responseHeaders} (for example an accepted extension).
     */
    public Pair open(Options options, String... responseHeaders) throws Exception {
        CompletableFuture<RawConnection> server = accept(connection -> connection.completeHandshake(responseHeaders));
        Connection client = WebSocket.connect(Handshake.of(uri()), ConnectOptions.defaults(), TlsOptions.defaults(), options)
                .get(10, TimeUnit.SECONDS);
        return new Pair(client, server.get(10, TimeUnit.SECONDS));
    }

    /** Runs {@code task} on a peer thread (for server-side steps that block while the test waits). */
    public CompletableFuture<Void> runAsync(Script task, RawConnection connection) {
        return CompletableFuture.runAsync(() -> {
            try {
                task.run(connection);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, listener.threads());
    }

    /** Closes the listening socket, every accepted socket and the peer threads. */
    @Override
    public void close() throws IOException {
        listener.close();
    }

    /**
     * The two ends of a connection: the client under test and the scripted server.
     *
     * @param client the client's connection
     * @param server the raw server side
     */
    public record Pair(Connection client, RawConnection server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            server.close();
            client.close();
        }
    }
}
