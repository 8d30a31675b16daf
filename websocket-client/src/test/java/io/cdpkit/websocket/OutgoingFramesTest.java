package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static io.cdpkit.websocket.testing.Futures.describe;
import static io.cdpkit.websocket.testing.Futures.rejectedArgument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.Payloads;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okio.Buffer;
import okio.ByteString;
import okio.ForwardingSource;
import okio.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the client puts on the wire, read back by the raw peer: one masked frame per message by
 * default, fresh masking keys, split frames when asked, streamed messages, control frames, and
 * a pong that overtakes queued data.
 * Autobahn: 1.1.8/1.2.8 (frame assembly), 2.x (the client's pong), 10.1.1 (auto-fragmentation).
 */
@Timeout(30)
class OutgoingFramesTest {

    private final RawPeer peer = new RawPeer();

    @AfterEach
    void stopPeer() throws Exception {
        peer.close();
    }

    @Test
    void aMessageIsOneMaskedFinalFrameByDefault() throws Exception {
        String text = Payloads.text(1, 300_000);
        try (RawPeer.Pair pair = peer.open()) {
            await(pair.client().send(text));
            Frame frame = pair.server().readFrame();
            assertTrue(frame.fin(), "Chrome rejects continuation frames: the default must not split");
            assertEquals(Frame.TEXT, frame.opcode());
            assertEquals(0, frame.rsv());
            assertTrue(frame.masked(), "client frames must be masked");
            assertEquals(text, frame.text());

            byte[] data = Payloads.binary(2, 70_000);
            await(pair.client().sendBinary(data));
            Frame binary = pair.server().readFrame();
            assertTrue(binary.fin());
            assertEquals(Frame.BINARY, binary.opcode());
            assertArrayEquals(data, binary.payload());
        }
    }

    @Test
    void everyLengthIsMaskedCorrectly() throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            for (int length = 0; length <= 40; length++) {
                byte[] data = Payloads.binary(length, length);
                await(pair.client().sendBinary(data));
                Frame frame = pair.server().readFrame();
                assertTrue(frame.masked());
                assertArrayEquals(data, frame.payload(), "length " + length);
            }
            byte[] odd = Payloads.binary(7, 65_539);
            await(pair.client().sendBinary(odd));
            assertArrayEquals(odd, pair.server().readFrame().payload());
        }
    }

    @Test
    void everyFrameGetsAFreshMaskingKey() throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            Set<ByteString> keys = new HashSet<>();
            for (int i = 0; i < 32; i++) {
                await(pair.client().send("message " + i));
                keys.add(ByteString.of(pair.server().readFrame().maskKey()));
            }
            assertTrue(keys.size() >= 30, "32 frames used only " + keys.size() + " distinct keys");
        }
    }

    @Test
    void splitsMessagesWhenASplitSizeIsSet() throws Exception {
        Options split = Options.builder().frameSplitSize(1000).build();
        try (RawPeer.Pair pair = peer.open(split)) {
            byte[] data = Payloads.binary(1, 2500);
            await(pair.client().sendBinary(data));
            List<Frame> frames = pair.server().readMessageFrames();
            assertEquals(List.of(1000, 1000, 500), frames.stream().map(f -> f.payload().length).toList());
            assertEquals(List.of(Frame.BINARY, Frame.CONTINUATION, Frame.CONTINUATION),
                    frames.stream().map(Frame::opcode).toList());
            assertEquals(List.of(false, false, true), frames.stream().map(Frame::fin).toList());
            assertArrayEquals(data, join(frames));

            String text = "é".repeat(1000);
            await(pair.client().send(text));
            List<Frame> textFrames = pair.server().readMessageFrames();
            assertEquals(Frame.TEXT, textFrames.get(0).opcode());
            assertTrue(textFrames.stream().allMatch(f -> f.payload().length <= 1000));
            assertEquals(text, new String(join(textFrames), StandardCharsets.UTF_8));

            await(pair.client().sendBinary(new byte[1000]));
            assertEquals(1, pair.server().readMessageFrames().size(), "a message of exactly the split size is one frame");
        }
    }

    @Test
    void streamsAMessageAsFragments() throws Exception {
        byte[] data = Payloads.binary(3, 150_000);
        try (RawPeer.Pair pair = peer.open()) {
            await(pair.client().stream(MessageType.BINARY, new Buffer().write(data)));
            List<Frame> frames = pair.server().readMessageFrames();
            assertTrue(frames.size() >= 3, "150,000 bytes in frames of at most 64 KiB");
            assertTrue(frames.stream().allMatch(f -> f.payload().length <= 65536));
            assertEquals(Frame.BINARY, frames.get(0).opcode());
            assertTrue(frames.subList(1, frames.size()).stream().allMatch(f -> f.opcode() == Frame.CONTINUATION));
            assertArrayEquals(data, join(frames));

            await(pair.client().send("after the stream"));
            assertEquals("after the stream", pair.server().readFrame().text());
        }
    }

    @Test
    void streamsInFramesOfTheSplitSize() throws Exception {
        String text = Payloads.text(4, 10_000);
        try (RawPeer.Pair pair = peer.open(Options.builder().frameSplitSize(4096).build())) {
            await(pair.client().stream(MessageType.TEXT, new Buffer().writeUtf8(text)));
            List<Frame> frames = pair.server().readMessageFrames();
            assertEquals(Frame.TEXT, frames.get(0).opcode());
            assertTrue(frames.size() >= 3);
            assertTrue(frames.stream().allMatch(f -> f.payload().length <= 4096));
            assertEquals(text, new String(join(frames), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFailingStreamBodyFailsTheStreamAndTheConnection() throws Exception {
        Source failing = new ForwardingSource(new Buffer().write(new byte[100_000])) {
            private long read;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (read > 70_000) {
                    throw new IOException("disk on fire");
                }
                long n = super.read(sink, Math.min(byteCount, 10_000));
                read += Math.max(n, 0);
                return n;
            }
        };
        try (RawPeer.Pair pair = peer.open()) {
            Exception e = awaitFailure(pair.client().stream(MessageType.BINARY, failing), Exception.class);
            assertTrue(describe(e).contains("disk on fire"), describe(e));
            assertFalse(await(pair.client().closed()).isClean());
        }
    }

    @Test
    void pingCarriesItsPayloadAndCompletesWithThePong() throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            ByteString payload = ByteString.encodeUtf8("are you there?");
            CompletableFuture<ByteString> pong = pair.client().ping(payload);
            Frame ping = pair.server().readFrame();
            assertEquals(Frame.PING, ping.opcode());
            assertTrue(ping.masked());
            assertTrue(ping.fin());
            assertEquals(payload, ByteString.of(ping.payload()));
            assertFalse(pong.isDone());
            pair.server().sendFrame(Frame.PONG, ping.payload());
            assertEquals(payload, await(pong));
        }
    }

    @Test
    void rejectsPingPayloadsOver125Bytes() throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            ByteString tooLong = ByteString.of(new byte[126]);
            rejectedArgument(() -> pair.client().ping(tooLong));
            assertTrue(pair.client().isOpen());
            CompletableFuture<ByteString> longest = pair.client().ping(ByteString.of(new byte[125]));
            Frame ping = pair.server().readFrame();
            assertEquals(125, ping.payload().length);
            pair.server().sendFrame(Frame.PONG, ping.payload());
            assertEquals(125, await(longest).size());
        }
    }

    @Test
    void answersPingsWithMatchingPongs() throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            byte[] binaryPayload = new byte[125];
            for (int i = 0; i < binaryPayload.length; i++) {
                binaryPayload[i] = (byte) (0xff - i);
            }
            server.sendFrame(Frame.PING, new byte[0]);
            server.sendFrame(Frame.PING, binaryPayload);
            for (int i = 0; i < 10; i++) {
                server.sendFrame(Frame.PING, ("ping " + i).getBytes(StandardCharsets.US_ASCII));
            }
            assertPong(server.readFrame(), new byte[0]);
            assertPong(server.readFrame(), binaryPayload);
            for (int i = 0; i < 10; i++) {
                assertPong(server.readFrame(), ("ping " + i).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void pongOvertakesQueuedMessages() throws Exception {
        int messages = 24;
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (RawPeer.Pair pair = peer.open()) {
            sender.submit(() -> {
                for (int i = 0; i < messages; i++) {
                    pair.client().sendBinary(Payloads.binary(i, 1024 * 1024));
                }
            });
            Thread.sleep(500);
            pair.server().sendFrame(Frame.PING, "urgent".getBytes(StandardCharsets.US_ASCII));
            int dataBeforePong = 0;
            while (true) {
                Frame frame = pair.server().readFrame();
                if (frame.opcode() == Frame.PONG) {
                    assertEquals("urgent", frame.text());
                    break;
                }
                if (frame.fin()) {
                    dataBeforePong++;
                }
            }
            assertTrue(dataBeforePong < messages - 1,
                    "the pong waited behind " + dataBeforePong + " of " + messages + " queued messages");
        } finally {
            sender.shutdownNow();
        }
    }

    @Test
    void closeSendsTheCodeAndReason() throws Exception {
        try (RawPeer.Pair pair = peer.open()) {
            CompletableFuture<CloseInfo> closing = pair.client().close(4000, "custom bye");
            Frame close = pair.server().expectCloseFrame(4000);
            assertTrue(close.masked());
            assertEquals("custom bye", close.closeReason());
            pair.server().sendClose(4000, "");
            pair.server().close();
            CloseInfo info = await(closing);
            assertTrue(info.isClean());
            assertEquals(CloseInfo.Initiator.CLIENT, info.initiator());
        }
    }

    private static void assertPong(Frame frame, byte[] expected) {
        assertEquals(Frame.PONG, frame.opcode());
        assertTrue(frame.masked());
        assertArrayEquals(expected, frame.payload());
    }

    private static byte[] join(List<Frame> frames) {
        Buffer all = new Buffer();
        frames.forEach(f -> all.write(f.payload()));
        return all.readByteArray();
    }
}
