package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.Payloads;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.SendOnOpenEndpoint;
import io.cdpkit.websocket.testing.SharedJettyServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import okio.BufferedSource;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Receiving: messages from a real server (Jetty) whole, fragmented, streamed and discarded;
 * with the raw peer, a message handed out at its first frame and streamed while later frames
 * arrive, control frames between fragments, frames cut at every byte, and TCP backpressure
 * from a consumer that does not read.
 * Autobahn: 1.1.x/1.2.x (receiving every length class), 1.1.8/1.2.8 and 5.x (fragmentation,
 * control frames inside fragmented messages, frames in chops), 6.1.x (empty messages and
 * fragments), 9.x at a small scale (large and many messages).
 */
@Timeout(60)
class ReceiveTest {

    @RegisterExtension
    static final SharedJettyServer server = new SharedJettyServer();

    @Test
    void receivesMessagesInOrder() throws Exception {
        try (Connection ws = connect("/send?count=5&size=1000&type=text")) {
            for (int i = 0; i < 5; i++) {
                Message message = await(ws.receive());
                assertTrue(message.isText());
                assertEquals(MessageType.TEXT, message.type());
                assertEquals(Payloads.text(i, 1000), await(message.text()));
            }
        }
    }

    @Test
    void receivesFragmentedMessages() throws Exception {
        try (Connection ws = connect("/send?count=2&size=300000&type=binary&fragments=7")) {
            for (int i = 0; i < 2; i++) {
                Message message = await(ws.receive());
                assertTrue(message.isBinary());
                assertEquals(ByteString.of(Payloads.binary(i, 300_000)), await(message.buffer()));
            }
        }
        try (Connection ws = connect("/send?count=1&size=100000&type=text&fragments=13")) {
            assertEquals(Payloads.text(0, 100_000), await(await(ws.receive()).text()));
        }
    }

    @Test
    void streamsALargeMessageThroughAnInputStream() throws Exception {
        int size = 16 * 1024 * 1024;
        try (Connection ws = connect("/send?count=1&type=binary&fragments=16&size=" + size)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (InputStream in = await(ws.receive()).inputStream()) {
                byte[] chunk = new byte[8192];
                for (int n; (n = in.read(chunk)) != -1; total += n) {
                    digest.update(chunk, 0, n);
                }
            }
            assertEquals(size, total);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(Payloads.binary(0, size)), digest.digest());
        }
    }

    @Test
    void discardSkipsAMessage() throws Exception {
        try (Connection ws = connect("/send?count=3&size=100000&type=binary&fragments=3")) {
            await(ws.receive()).discard();
            assertEquals(ByteString.of(Payloads.binary(1, 100_000)), await(await(ws.receive()).buffer()));
            await(ws.receive()).discard();
            await(ws.send("after discarding"));
            assertEquals("after discarding", await(await(ws.receive()).text()));
        }
    }

    @Test
    void bufferingInACallbackOfTheReceiveFutureWorks() throws Exception {
        try (Connection ws = connect("/send?count=2&size=50000&type=text&fragments=4")) {
            CompletableFuture<String> both = ws.receive().thenCompose(Message::text)
                    .thenCompose(first -> ws.receive().thenCompose(Message::text).thenApply(second -> first + second));
            assertEquals(Payloads.text(0, 50_000) + Payloads.text(1, 50_000), await(both));
        }
    }

    @Test
    void echoingFromCallbacksOfTheReaderWorks() throws Exception {
        try (Connection ws = connect("/echo")) {
            CompletableFuture<String> roundTrip = ws.send("first")
                    .thenCompose(sent -> ws.receive())
                    .thenCompose(Message::text)
                    .thenCompose(text -> ws.send(text + " again"))
                    .thenCompose(sent -> ws.receive())
                    .thenCompose(Message::text);
            assertEquals("first again", await(roundTrip));
        }
    }

    @Test
    void closingFromACallbackOfTheReaderDoesNotDeadlock() throws Exception {
        try (Connection ws = connect("/send?count=1&size=10")) {
            CompletableFuture<Void> closedInCallback = ws.receive().thenAccept(message -> ws.close());
            await(closedInCallback);
            CloseInfo closed = await(ws.closed());
            assertEquals(CloseInfo.Initiator.CLIENT, closed.initiator());
        }
    }

    @Test
    void anUnconsumedMessageStopsTheReaderAndTheServerFeelsBackpressure() throws Exception {
        int count = 100;
        int size = 1024 * 1024;
        try (Connection ws = connect("/send?type=binary&count=" + count + "&size=" + size)) {
            SendOnOpenEndpoint sender = server.nextEndpoint(SendOnOpenEndpoint.class);
            Message first = await(ws.receive());
            assertFalse(sender.awaitAllSent(2), "100 MiB went out although the client consumed nothing");
            int sentWhileStalled = sender.sent();
            assertTrue(sentWhileStalled < count, "sent " + sentWhileStalled);

            assertEquals(ByteString.of(Payloads.binary(0, size)), await(first.buffer()));
            for (int i = 1; i < count; i++) {
                assertEquals(ByteString.of(Payloads.binary(i, size)), await(await(ws.receive()).buffer()), "message " + i);
            }
            assertTrue(sender.awaitAllSent(10));
        }
    }

    @Test
    void receiveYieldsNullAfterACleanClose() throws Exception {
        try (Connection ws = connect("/close?code=1000&reason=bye")) {
            assertNull(await(ws.receive()));
            assertNull(await(ws.receive()), "and keeps doing so");
            CloseInfo closed = await(ws.closed());
            assertTrue(closed.isClean());
            assertEquals(1000, closed.code());
        }
    }

    @Test
    void receiveCompletesWhenTheMessageStarts() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendFrame(false, 0, Frame.TEXT, false, "Hello, ".getBytes(StandardCharsets.UTF_8));
            Message message = await(pair.client().receive());
            assertTrue(message.isText());
            BufferedSource source = message.source();
            assertEquals("Hello, ", read(source, 7));

            CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> readUtf8ToEnd(source));
            Thread.sleep(200);
            assertFalse(rest.isDone(), "the end of the message has not been sent yet");
            server.sendFrame(false, 0, Frame.CONTINUATION, false, "wor".getBytes(StandardCharsets.UTF_8));
            server.sendFrame(true, 0, Frame.CONTINUATION, false, "ld!".getBytes(StandardCharsets.UTF_8));
            assertEquals("world!", await(rest));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 100_000})
    void receiveCompletesAtTheFirstFrameHeaderBeforeItsPayloadIsComplete(int frameLength) throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            pair.server().write(Frame.header(true, 0, Frame.BINARY, false, frameLength));
            pair.server().write(new byte[] {1, 2, 3});
            Message message = await(pair.client().receive());
            assertTrue(message.isBinary());
            assertEquals(ByteString.of(new byte[] {1, 2, 3}), message.source().readByteString(3));
            pair.server().write(new byte[frameLength - 3]);
            assertEquals(frameLength - 3, message.source().readByteString(frameLength - 3).size());
            assertTrue(message.source().exhausted());
        }
    }

    @Test
    void aSmallMessageThatArrivedWholeIsCompleteAndReadableOnTheReaderThread() throws Exception {
        try (Connection ws = connect("/echo")) {
            Thread testThread = Thread.currentThread();
            CompletableFuture<String> readInCallback = ws.receive().thenApply(message -> {
                assertTrue(message.isComplete());
                assertTrue(Thread.currentThread() != testThread, "the reader thread completes a pending receive()");
                return readUtf8ToEnd(message.source());
            });
            await(ws.send("small"));
            assertEquals("small", await(readInCallback));
        }
    }

    @Test
    void aMessageHandedOutWhileItsFramesArriveIsCompleteOnceItsLastFrameArrived() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendFrame(false, 0, Frame.BINARY, false, new byte[] {1, 2});
            Message message = await(pair.client().receive());
            assertFalse(message.isComplete(), "only the first fragment has arrived");
            assertFalse(message.buffer().isDone());
            server.sendFrame(true, 0, Frame.CONTINUATION, false, new byte[] {3});
            assertEquals(ByteString.of(new byte[] {1, 2, 3}), await(message.buffer()));
            assertTrue(message.isComplete());
        }
    }

    @Test
    void streamsThroughAnInputStreamWhileFramesArrive() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendFrame(false, 0, Frame.BINARY, false, new byte[] {1, 2, 3});
            InputStream in = await(pair.client().receive()).inputStream();
            byte[] firstBytes = new byte[3];
            assertEquals(3, in.readNBytes(firstBytes, 0, 3));
            assertArrayEquals(new byte[] {1, 2, 3}, firstBytes);

            CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> readAll(in));
            server.sendFrame(false, 0, Frame.CONTINUATION, false, new byte[] {4});
            server.sendFrame(true, 0, Frame.CONTINUATION, false, new byte[] {5, 6});
            assertArrayEquals(new byte[] {4, 5, 6}, await(rest));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void controlFramesBetweenFragmentsAreHandled() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendFrame(false, 0, Frame.TEXT, false, "one ".getBytes(StandardCharsets.UTF_8));
            server.sendFrame(Frame.PING, "p1".getBytes(StandardCharsets.UTF_8));
            server.sendFrame(false, 0, Frame.CONTINUATION, false, "two ".getBytes(StandardCharsets.UTF_8));
            server.sendFrame(Frame.PONG, "unsolicited".getBytes(StandardCharsets.UTF_8));
            server.sendFrame(Frame.PING, "p2".getBytes(StandardCharsets.UTF_8));
            server.sendFrame(true, 0, Frame.CONTINUATION, false, "three".getBytes(StandardCharsets.UTF_8));
            assertEquals("one two three", await(await(pair.client().receive()).text()));
            assertEquals("p1", expectPong(server).text());
            assertEquals("p2", expectPong(server).text());
        }
    }

    @Test
    void receivesEmptyMessagesAndEmptyFragments() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendFrame(Frame.TEXT, new byte[0]);
            server.sendFrame(false, 0, Frame.TEXT, false, new byte[0]);
            server.sendFrame(false, 0, Frame.CONTINUATION, false, new byte[0]);
            server.sendFrame(true, 0, Frame.CONTINUATION, false, new byte[0]);
            server.sendFrame(Frame.BINARY, new byte[0]);
            assertEquals("", await(await(pair.client().receive()).text()));
            assertEquals("", await(await(pair.client().receive()).text()));
            assertEquals(ByteString.EMPTY, await(await(pair.client().receive()).buffer()));
        }
    }

    @Test
    void framesSplitAtEveryByteBoundaryAreReassembled() throws Exception {
        byte[] mid = Payloads.binary(1, 300);
        byte[] large = Payloads.binary(2, 66_000);
        String text = "héllo 😀 wörld";
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(new Frame(false, 0, Frame.TEXT, null, "héllo 😀".getBytes(StandardCharsets.UTF_8)).encode());
        wire.writeBytes(new Frame(true, 0, Frame.PING, null, "in between".getBytes(StandardCharsets.UTF_8)).encode());
        wire.writeBytes(new Frame(true, 0, Frame.CONTINUATION, null, " wörld".getBytes(StandardCharsets.UTF_8)).encode());
        wire.writeBytes(new Frame(true, 0, Frame.BINARY, null, mid).encode());
        wire.writeBytes(Frame.header(true, 0, Frame.BINARY, false, large.length));
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            CompletableFuture<Void> writing = peer.runAsync(connection -> {
                connection.writeByteByByte(wire.toByteArray());
                for (int offset = 0; offset < large.length; offset += 997) {
                    connection.write(Arrays.copyOfRange(large, offset, Math.min(large.length, offset + 997)));
                }
            }, server);
            assertEquals(text, await(await(pair.client().receive()).text()));
            assertArrayEquals(mid, await(await(pair.client().receive()).buffer()).toByteArray());
            assertArrayEquals(large, await(await(pair.client().receive()).buffer()).toByteArray());
            await(writing);
            assertEquals("in between", expectPong(server).text());
        }
    }

    private Connection connect(String pathAndQuery) throws InterruptedException {
        return await(WebSocket.connect(server.uri(pathAndQuery)));
    }

    private static Frame expectPong(RawConnection server) throws Exception {
        Frame frame = server.readFrame();
        assertEquals(Frame.PONG, frame.opcode());
        return frame;
    }

    private static String read(BufferedSource source, long bytes) throws Exception {
        return source.readUtf8(bytes);
    }

    private static String readUtf8ToEnd(BufferedSource source) {
        try {
            return source.readUtf8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
