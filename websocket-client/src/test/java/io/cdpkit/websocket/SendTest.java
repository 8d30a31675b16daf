package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.Payloads;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.SharedJettyServer;
import io.cdpkit.websocket.testing.StallingEndpoint;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sending text and binary messages to a real echo server (Jetty): every payload type and length
 * class, invalid UTF-16, concurrent senders, sends after close, the outgoing queue limit.
 * Autobahn: 1.1.x and 1.2.x (text and binary of length 0..65536 and more), 9.1.x/9.2.x at a
 * small scale (messages up to 16 MiB).
 */
@Timeout(60)
class SendTest {

    @RegisterExtension
    static final SharedJettyServer server = new SharedJettyServer();


    /** The frame length classes of RFC 6455 (7-bit, 16-bit, 64-bit) and their edges. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 125, 126, 127, 128, 65535, 65536, 65537, 1 << 20})
    void echoesTextOfEveryLengthClass(int length) throws Exception {
        String text = Payloads.text(length, length);
        try (Connection ws = echo()) {
            await(ws.send(text));
            Message reply = await(ws.receive());
            assertTrue(reply.isText());
            assertEquals(text, await(reply.text()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 125, 126, 127, 128, 65535, 65536, 65537, 1 << 20})
    void echoesBinaryOfEveryLengthClass(int length) throws Exception {
        byte[] data = Payloads.binary(length, length);
        try (Connection ws = echo()) {
            await(ws.sendBinary(data));
            Message reply = await(ws.receive());
            assertTrue(reply.isBinary());
            assertEquals(ByteString.of(data), await(reply.buffer()));
        }
    }

    @Test
    void echoesSixteenMebibyteMessages() throws Exception {
        byte[] data = Payloads.binary(16, 16 * 1024 * 1024);
        String text = Payloads.text(16, 16 * 1024 * 1024);
        try (Connection ws = echo()) {
            await(ws.sendBinary(data));
            await(ws.send(text));
            assertEquals(ByteString.of(data), await(await(ws.receive()).buffer()));
            assertEquals(text, await(await(ws.receive()).text()));
        }
    }

    @Test
    void sendsByteStrings() throws Exception {
        ByteString data = ByteString.encodeUtf8("a ByteString \u0000\u00ff");
        try (Connection ws = echo()) {
            await(ws.sendBinary(data));
            assertEquals(data, await(await(ws.receive()).buffer()));
        }
    }

    @Test
    void sendsTheRemainingBytesOfAByteBufferWithoutMovingIt() throws Exception {
        byte[] backing = Payloads.binary(3, 100);
        ByteBuffer heap = ByteBuffer.wrap(backing, 10, 50);
        ByteBuffer direct = ByteBuffer.allocateDirect(100).put(backing);
        direct.position(20).limit(90);
        try (Connection ws = echo()) {
            await(ws.sendBinary(heap));
            assertEquals(ByteString.of(backing, 10, 50), await(await(ws.receive()).buffer()));
            assertEquals(10, heap.position());
            assertEquals(60, heap.limit());

            await(ws.sendBinary(direct));
            assertEquals(ByteString.of(backing, 20, 70), await(await(ws.receive()).buffer()));
            assertEquals(20, direct.position());
            assertEquals(90, direct.limit());
        }
    }

    @Test
    void sendsAStreamedMessage() throws Exception {
        byte[] data = Payloads.binary(9, 200_000);
        try (Connection ws = echo()) {
            await(ws.stream(MessageType.BINARY, new Buffer().write(data)));
            assertEquals(ByteString.of(data), await(await(ws.receive()).buffer()));
            String text = Payloads.text(9, 100_000);
            await(ws.stream(MessageType.TEXT, new Buffer().writeUtf8(text)));
            assertEquals(text, await(await(ws.receive()).text()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lone high \uD800 surrogate", "lone low \uDC00 surrogate", "ends high \uD83D",
        "\uDE00 reversed \uD83D"})
    void rejectsInvalidUtf16BeforeWritingAnything(String invalid) throws Exception {
        try (Connection ws = echo()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ws.send(invalid));
            assertNotNull(e.getMessage());
            assertTrue(ws.isOpen(), "the connection stays usable");
            await(ws.send("after"));
            assertEquals("after", await(await(ws.receive()).text()), "the server saw nothing before 'after'");
        }
    }

    @Test
    void concurrentSendersNeverInterleave() throws Exception {
        int threads = 8;
        int perThread = 250;
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        try (Connection ws = echo()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<CompletableFuture<Void>>>> sent = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                sent.add(senders.submit(() -> {
                    start.await();
                    List<CompletableFuture<Void>> futures = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String text = thread + "/" + i + "/" + Payloads.text(i, (i * 37) % 3000);
                        futures.add(i % 3 == 0 ? ws.sendBinary(ByteString.encodeUtf8(text)) : ws.send(text));
                    }
                    return futures;
                }));
            }
            start.countDown();
            for (Future<List<CompletableFuture<Void>>> batch : sent) {
                for (CompletableFuture<Void> future : batch.get(30, TimeUnit.SECONDS)) {
                    await(future);
                }
            }
            Map<Integer, Integer> nextPerThread = new HashMap<>();
            for (int n = 0; n < threads * perThread; n++) {
                Message reply = await(ws.receive());
                String text = reply.isText() ? await(reply.text()) : await(reply.buffer()).utf8();
                String[] parts = text.split("/", 3);
                int thread = Integer.parseInt(parts[0]);
                int index = Integer.parseInt(parts[1]);
                assertEquals(nextPerThread.getOrDefault(thread, 0), index, "messages of one thread keep their order");
                assertEquals(Payloads.text(index, (index * 37) % 3000), parts[2], "message intact");
                assertEquals(index % 3 == 0, reply.isBinary(), "type kept");
                nextPerThread.put(thread, index + 1);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void sendsAfterCloseFailWithConnectionClosed() throws Exception {
        Connection ws = echo();
        await(ws.close(CloseCodes.NORMAL, "done"));
        assertFalse(ws.isOpen());
        ConnectionClosedException e = awaitFailure(ws.send("too late"), ConnectionClosedException.class);
        assertNotNull(e.getMessage());
        assertEquals(CloseCodes.NORMAL, e.closeInfo().code());
        awaitFailure(ws.sendBinary(new byte[] {1}), ConnectionClosedException.class);
        awaitFailure(ws.sendBinary(ByteString.of((byte) 1)), ConnectionClosedException.class);
        awaitFailure(ws.sendBinary(ByteBuffer.allocate(1)), ConnectionClosedException.class);
        awaitFailure(ws.stream(MessageType.BINARY, new Buffer().writeUtf8("x")), ConnectionClosedException.class);
        awaitFailure(ws.ping(ByteString.EMPTY), ConnectionClosedException.class);
    }

    @Test
    void sendsOnAFailedConnectionFailWithTheCause() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            pair.server().close();
            CloseInfo closed = await(pair.client().closed());
            assertNotNull(closed.cause());
            ConnectionClosedException e = awaitFailure(pair.client().send("into the void"), ConnectionClosedException.class);
            assertEquals(closed, e.closeInfo());
        }
    }

    @Test
    void sendsBeyondTheQueueLimitWaitInsteadOfFailingOrDropping() throws Exception {
        int messages = 24;
        int size = 1024 * 1024;
        Options smallQueue = Options.builder().maxQueuedBytes(2L * size).build();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/stall")), smallQueue))) {
            StallingEndpoint stalled = server.nextEndpoint(StallingEndpoint.class);
            List<CompletableFuture<Void>> sends = new ArrayList<>();
            Future<?> sending = sender.submit(() -> {
                for (int i = 0; i < messages; i++) {
                    CompletableFuture<Void> send = ws.sendBinary(Payloads.binary(i, size));
                    synchronized (sends) {
                        sends.add(send);
                    }
                }
            });
            Thread.sleep(1000);
            synchronized (sends) {
                long done = sends.stream().filter(CompletableFuture::isDone).count();
                assertTrue(done < messages, "24 MiB cannot all be sent to a server that reads nothing");
                assertTrue(sends.stream().noneMatch(CompletableFuture::isCompletedExceptionally),
                        "waiting sends must not fail");
            }
            assertTrue(ws.isOpen());

            stalled.resume();
            sending.get(30, TimeUnit.SECONDS);
            for (CompletableFuture<Void> send : sends) {
                await(send);
            }
            for (int i = 0; i < messages; i++) {
                assertArrayEquals(Payloads.binary(i, size), stalled.nextMessage(), "message " + i);
            }
        } finally {
            sender.shutdownNow();
        }
    }

    @Test
    void aWriteBlockedLongerThanTheWriteTimeoutFailsTheConnection() throws Exception {
        Options impatient = Options.builder().writeTimeout(Duration.ofMillis(500)).build();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/stall")), impatient))) {
            sender.submit(() -> {
                for (int i = 0; i < 64 && ws.isOpen(); i++) {
                    ws.sendBinary(Payloads.binary(i, 1024 * 1024));
                }
            });
            CloseInfo closed = await(ws.closed());
            assertInstanceOf(WebSocketTimeoutException.class, closed.cause(), String.valueOf(closed));
            assertTrue(closed.cause().getMessage().contains("write"), closed.cause().getMessage());
            awaitFailure(ws.send("after"), ConnectionClosedException.class);
        } finally {
            sender.shutdownNow();
        }
    }

    private static Connection echo() throws InterruptedException {
        return await(WebSocket.connect(server.uri("/echo")));
    }
}
