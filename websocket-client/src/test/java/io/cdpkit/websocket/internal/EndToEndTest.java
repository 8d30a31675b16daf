package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.WebSocket;
import io.cdpkit.websocket.testing.JettyServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okio.ByteString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The internal fast paths against a real server (Jetty 12): direct large writes, deferred reader writes. */
@Timeout(60)
class EndToEndTest {

    private static JettyServer server;

    @BeforeAll
    static void start() throws Exception {
        server = JettyServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void largeBinaryMessagesMaskedOnTheirWayOutEchoIntact() throws Exception {
        Random random = new Random(11);
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            for (int size : new int[] {(int) MessageEncoder.DIRECT_MIN_BYTES - 1, (int) MessageEncoder.DIRECT_MIN_BYTES,
                    3 * 1024 * 1024 + 5}) {
                byte[] data = new byte[size];
                random.nextBytes(data);
                await(ws.sendBinary(data));
                assertEquals(ByteString.of(data), await(await(ws.receive()).buffer()), "size " + size);
            }
        }
    }

    @Test
    void echoesSentFromReaderCallbacksArriveInOrder() throws Exception {
        int total = 2000;
        List<String> received = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            for (int i = 0; i < 64; i++) {
                ws.send("m" + i);
            }
            receiveChain(ws, received, total, done);
            await(done);
            for (int i = 0; i < total; i++) {
                assertEquals("m" + i, received.get(i));
            }
            CloseInfo closed = await(ws.close(1000, "done"));
            assertTrue(closed.isClean());
        }
    }

    /** Receives on the reader thread and answers each echo with the next message, keeping 64 in flight. */
    private static void receiveChain(Connection ws, List<String> received, int total, CompletableFuture<Void> done) {
        ws.receive().thenCompose(Message::text).whenComplete((text, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
                return;
            }
            received.add(text);
            int next = received.size() + 63;
            if (next < total) {
                ws.send("m" + next);
            }
            if (received.size() == total) {
                done.complete(null);
            } else {
                receiveChain(ws, received, total, done);
            }
        });
    }
}
