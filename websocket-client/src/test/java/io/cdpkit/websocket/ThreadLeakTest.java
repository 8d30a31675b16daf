package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.ReaderThreads;
import io.cdpkit.websocket.testing.SharedJettyServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No reader thread outlives its connection for long: after 1,000 connections opened and
 * closed, and after connections that failed every way they can (refused, protocol error,
 * timeouts), no {@code cdpkit-ws-*} thread is alive but the one shared timer once the pooled
 * readers' idle time (a second) has passed; meanwhile an idle reader serves the next
 * connection. Autobahn: none (resource hygiene).
 */
@Timeout(120)
class ThreadLeakTest {

    @RegisterExtension
    static final SharedJettyServer server = new SharedJettyServer();

    private static final long SETTLE_MILLIS = 5000;


    @Test
    void noReaderThreadSurvivesAThousandClosedConnections() throws Exception {
        int batches = 20;
        int perBatch = 50;
        for (int batch = 0; batch < batches; batch++) {
            List<CompletableFuture<Connection>> opening = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                opening.add(WebSocket.connect(server.uri("/echo")));
            }
            List<Connection> open = new ArrayList<>();
            for (CompletableFuture<Connection> connection : opening) {
                open.add(await(connection));
            }
            for (Connection ws : open) {
                await(ws.send("batch " + batch));
            }
            for (Connection ws : open) {
                assertEquals("batch " + batch, await(await(ws.receive()).text()));
            }
            if (batch == 0) {
                assertTrue(ReaderThreads.alive().size() >= perBatch, "one reader per open connection was expected, saw "
                        + ReaderThreads.alive().size());
            }
            List<CompletableFuture<CloseInfo>> closing = new ArrayList<>();
            for (Connection ws : open) {
                closing.add(ws.close(CloseCodes.NORMAL, ""));
            }
            for (CompletableFuture<CloseInfo> close : closing) {
                assertTrue(await(close).isClean());
            }
        }
        assertEquals(List.of(), ReaderThreads.aliveAfterSettling(SETTLE_MILLIS));
        assertTrue(ReaderThreads.timers() <= 1, "one shared timer thread at most");
    }

    @Test
    void noReaderThreadSurvivesFailedConnections() throws Exception {
        for (int i = 0; i < 50; i++) {
            awaitFailure(WebSocket.connect(server.uri("/status/403")), HandshakeException.class);
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        for (int i = 0; i < 50; i++) {
            awaitFailure(WebSocket.connect("ws://127.0.0.1:" + closedPort + "/"), WebSocketException.class);
        }
        try (RawPeer peer = new RawPeer()) {
            for (int i = 0; i < 30; i++) {
                failWithProtocolError(peer);
                failWithHandshakeTimeout(peer);
                failWithLostConnection(peer);
            }
        }
        for (int i = 0; i < 10; i++) {
            Options heartbeat = Options.builder().pingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofMillis(50)).build();
            Connection deaf = await(WebSocket.connect(Handshake.of(server.uri("/deaf")), heartbeat));
            awaitFailure(deaf.receive(), WebSocketTimeoutException.class);
        }
        assertEquals(List.of(), ReaderThreads.aliveAfterSettling(SETTLE_MILLIS));
    }

    @Test
    void aReaderThreadWhoseConnectionEndedServesTheNextConnection() throws Exception {
        Thread first = readerThreadOfAnEcho();
        long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
        while (first.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Thread.State.TIMED_WAITING, first.getState(), "the reader waits idle in the pool");
        assertSame(first, readerThreadOfAnEcho());
        assertEquals(List.of(), ReaderThreads.aliveAfterSettling(SETTLE_MILLIS));
    }

    /** Opens a connection, echoes one message and closes; returns the thread that delivered the echo. */
    private static Thread readerThreadOfAnEcho() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            CompletableFuture<Thread> deliveredOn = ws.receive().thenApply(message -> Thread.currentThread());
            await(ws.send("which thread?"));
            return await(deliveredOn);
        }
    }

    @Test
    void theReaderThreadComesFromTheGivenFactory() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Options custom = Options.builder().threadFactory(task -> {
            made.incrementAndGet();
            Thread thread = new Thread(task, "cdpkit-ws-custom-reader");
            thread.setDaemon(true);
            return thread;
        }).build();
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), custom))) {
            assertTrue(made.get() >= 1);
            assertTrue(ReaderThreads.alive().contains("cdpkit-ws-custom-reader"), ReaderThreads.alive().toString());
            await(ws.send("custom"));
            assertEquals("custom", await(await(ws.receive()).text()));
        }
        assertEquals(List.of(), ReaderThreads.aliveAfterSettling(SETTLE_MILLIS));
    }

    private static void failWithProtocolError(RawPeer peer) throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            pair.server().sendFrame(Frame.BINARY | 0x4, new byte[0]);
            awaitFailure(pair.client().receive(), WebSocketProtocolException.class);
        }
    }

    private static void failWithHandshakeTimeout(RawPeer peer) throws Exception {
        CompletableFuture<RawConnection> silent = peer.accept(RawConnection::readRequest);
        ConnectOptions quick = ConnectOptions.builder().handshakeTimeout(Duration.ofMillis(50)).build();
        awaitFailure(WebSocket.connect(Handshake.of(peer.uri()), quick, TlsOptions.defaults(), Options.defaults()),
                WebSocketTimeoutException.class);
        await(silent).close();
    }

    private static void failWithLostConnection(RawPeer peer) throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            pair.server().close();
            awaitFailure(pair.client().receive(), ConnectionLostException.class);
        }
    }
}
