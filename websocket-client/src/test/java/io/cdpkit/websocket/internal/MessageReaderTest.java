package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.WebSocketProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import okio.Buffer;
import okio.ByteString;
import okio.Source;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageReaderTest {

    private static final ByteString HELLO = ByteString.encodeUtf8("hello");
    private static final int FIN = Opcodes.FIN;

    private static List<String> read(ByteString wire) throws IOException {
        return new RecordingReader(new Buffer().write(wire)).readAll();
    }

    @Test
    void readsMessagesAndControlFramesInWireOrder() throws IOException {
        ByteString wire = new ServerFrames()
                .text("héllo")
                .ping("p1")
                .frame(Opcodes.TEXT, ByteString.encodeUtf8("frag"))
                .frame(FIN | Opcodes.PONG, ByteString.encodeUtf8("p2"))
                .frame(Opcodes.CONTINUATION, ByteString.encodeUtf8("men"))
                .frame(FIN | Opcodes.CONTINUATION, ByteString.encodeUtf8("ted"))
                .binary(ByteString.of(new byte[70_000]))
                .close(1000, "bye")
                .bytes();
        List<String> events = read(wire);
        assertEquals(List.of("text:héllo", "ping:" + ByteString.encodeUtf8("p1").hex(),
                "pong:" + ByteString.encodeUtf8("p2").hex(), "text:fragmented",
                "binary:" + ByteString.of(new byte[70_000]).hex(), "close:1000:bye"), events);
    }

    @Test
    void everyLengthEncodingIsRead() throws IOException {
        for (int size : new int[] {0, 1, 125, 126, 127, 65535, 65536, 200_000}) {
            ByteString payload = ByteString.of(new byte[size]);
            List<String> events = read(new ServerFrames().binary(payload).close(1000, "").bytes());
            assertEquals("binary:" + payload.hex(), events.get(0), "size " + size);
        }
    }

    @Test
    void aCloseFrameWithoutCodeReportsNoStatus() throws IOException {
        List<String> events = read(new ServerFrames().frame(FIN | Opcodes.CLOSE, ByteString.EMPTY).bytes());
        assertEquals(List.of("close:1005:"), events);
    }

    @Test
    void everyMessageSurvivesBeingSplitAtEveryByteBoundary() throws IOException {
        ByteString wire = new ServerFrames()
                .frame(Opcodes.TEXT, ByteString.encodeUtf8("κόσ"))
                .ping("x")
                .frame(FIN | Opcodes.CONTINUATION, ByteString.encodeUtf8("με 😀"))
                .binary(ByteString.of(new byte[300]))
                .close(1001, "gone")
                .bytes();
        List<String> expected = read(wire);
        assertEquals(expected, new RecordingReader(SplitSource.oneByteAtATime(wire)).readAll());
        for (int split = 0; split <= wire.size(); split++) {
            Source twoPieces = new Buffer().write(wire.substring(0, split));
            Buffer rest = new Buffer().write(wire.substring(split));
            Source source = new okio.ForwardingSource(twoPieces) {
                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                    long n = super.read(sink, byteCount);
                    return n != -1 ? n : rest.read(sink, byteCount);
                }
            };
            assertEquals(expected, new RecordingReader(source).readAll(), "split at " + split);
        }
    }

    @Test
    void randomFrameStreamsReadBackIdenticallyWhateverTheSplit() throws IOException {
        Random random = new Random(6455);
        for (int round = 0; round < 300; round++) {
            List<String> expected = new ArrayList<>();
            ServerFrames frames = new ServerFrames();
            int messages = 1 + random.nextInt(8);
            for (int m = 0; m < messages; m++) {
                writeRandomMessage(random, frames, expected);
            }
            frames.close(1000, "r" + round);
            expected.add("close:1000:r" + round);
            ByteString wire = frames.bytes();
            assertEquals(expected, new RecordingReader(SplitSource.randomPieces(wire, new Random(round))).readAll(),
                    "round " + round);
        }
    }

    /** Writes one random message (maybe fragmented, with pings between fragments) and what the reader should report. */
    private static void writeRandomMessage(Random random, ServerFrames frames, List<String> expected) {
        boolean text = random.nextBoolean();
        ByteString payload;
        if (text) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(random.nextBoolean() ? 20 : 5000);
            for (int i = 0; i < length; i++) {
                sb.appendCodePoint(random.nextInt(10) == 0 ? 0x1F300 + random.nextInt(500) : 0x20 + random.nextInt(0x3000));
            }
            payload = ByteString.encodeUtf8(sb.toString());
        } else {
            byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 20 : 100_000)];
            random.nextBytes(bytes);
            payload = ByteString.of(bytes);
        }
        int fragments = 1 + random.nextInt(4);
        int offset = 0;
        for (int f = 0; f < fragments; f++) {
            boolean last = f == fragments - 1;
            int end = last ? payload.size() : offset + random.nextInt(payload.size() - offset + 1);
            int opcode = f == 0 ? (text ? Opcodes.TEXT : Opcodes.BINARY) : Opcodes.CONTINUATION;
            frames.frame((last ? FIN : 0) | opcode, payload.substring(offset, end));
            offset = end;
            if (!last && random.nextInt(3) == 0) {
                String ping = "p" + random.nextInt(100);
                frames.ping(ping);
                expected.add("ping:" + ByteString.encodeUtf8(ping).hex());
            }
        }
        expected.add(text ? "text:" + payload.utf8() : "binary:" + payload.hex());
    }

    @Test
    void randomGarbageEndsInATypedFailureOrEndOfStreamNeverAnythingElse() {
        Random random = new Random(1455);
        for (int round = 0; round < 20_000; round++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            if (garbage.length > 1 && random.nextBoolean()) {
                garbage[1] &= 0x7f;
            }
            ByteString wire = ByteString.of(garbage);
            MessageInflater inflater = random.nextBoolean() ? new MessageInflater(false) : null;
            try {
                new RecordingReader(SplitSource.randomPieces(wire, new Random(round)), 1 << 20, 1 << 20, inflater)
                        .readAll();
            } catch (WebSocketProtocolException e) {
                assertTrue(e.closeCode() == 1002 || e.closeCode() == 1007 || e.closeCode() == 1009, e.getMessage());
            } catch (EOFException | PeerClosedException expected) {
                // the garbage ended mid-frame, or held a valid close frame inside a message
            } catch (IOException | RuntimeException e) {
                throw new AssertionError("round " + round + " on " + wire.hex() + " failed untyped", e);
            } finally {
                if (inflater != null) {
                    inflater.close();
                }
            }
        }
    }

    static Stream<Arguments> protocolErrors() {
        return Stream.of(
                error("RSV1 without deflate", 1002, f -> f.frame(FIN | Opcodes.RSV1 | Opcodes.TEXT, HELLO)),
                error("RSV2", 1002, f -> f.frame(FIN | Opcodes.RSV2 | Opcodes.BINARY, HELLO)),
                error("RSV3", 1002, f -> f.frame(FIN | Opcodes.RSV3 | Opcodes.TEXT, HELLO)),
                error("reserved data opcode 3", 1002, f -> f.frame(FIN | 3, HELLO)),
                error("reserved control opcode 11", 1002, f -> f.frame(FIN | 11, ByteString.EMPTY)),
                error("masked frame", 1002, f -> f.frame(FIN | Opcodes.TEXT, HELLO, true)),
                error("fragmented ping", 1002, f -> f.frame(Opcodes.PING, HELLO)),
                error("ping over 125 bytes", 1002, f -> f.frame(FIN | Opcodes.PING, ByteString.of(new byte[126]))),
                error("continuation without a start", 1002, f -> f.frame(FIN | Opcodes.CONTINUATION, HELLO)),
                error("text inside a fragmented message", 1002,
                        f -> f.frame(Opcodes.TEXT, HELLO).frame(FIN | Opcodes.TEXT, HELLO)),
                error("close payload of one byte", 1002, f -> f.frame(FIN | Opcodes.CLOSE, ByteString.of((byte) 3))),
                error("close code 1005", 1002, f -> f.close(1005, "")),
                error("close code 999", 1002, f -> f.close(999, "")),
                error("close code 2999", 1002, f -> f.close(2999, "")),
                error("close code 5000", 1002, f -> f.close(5000, "")),
                error("close reason not UTF-8", 1007, f -> f.frame(FIN | Opcodes.CLOSE,
                        new Buffer().writeShort(1000).write(ByteString.decodeHex("cebae1bdb9cf83cebcceb5eda080")).readByteString())),
                error("64-bit length with the top bit set", 1002,
                        f -> f.raw(ByteString.decodeHex("827f8000000000000001"))),
                error("invalid UTF-8 in text", 1007, f -> f.frame(FIN | Opcodes.TEXT, ByteString.decodeHex("48c0af"))),
                error("text ending inside a sequence", 1007, f -> f.frame(FIN | Opcodes.TEXT, ByteString.decodeHex("48e282"))),
                error("invalid UTF-8 across fragments", 1007, f -> f.frame(Opcodes.TEXT, ByteString.decodeHex("48e2"))
                        .frame(FIN | Opcodes.CONTINUATION, ByteString.decodeHex("2841"))));
    }

    private static Arguments error(String name, int code, Function<ServerFrames, ServerFrames> script) {
        return Arguments.of(Named.of(name, script), code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocolErrors")
    void rejectsMalformedTrafficWithTheRightCode(Function<ServerFrames, ServerFrames> script, int code) {
        ByteString wire = script.apply(new ServerFrames()).close(1000, "").bytes();
        WebSocketProtocolException e = assertThrows(WebSocketProtocolException.class,
                () -> new RecordingReader(SplitSource.oneByteAtATime(wire)).readAll());
        assertEquals(code, e.closeCode(), e.getMessage());
    }

    @Test
    void invalidUtf8FailsAsSoonAsTheBadByteArrivesNotAtTheEnd() {
        Buffer wire = new Buffer().write(new ServerFrames()
                .frame(Opcodes.TEXT, ByteString.decodeHex("41c0")).bytes());
        // no more frames follow: failing fast means the error comes before the reader runs out of input
        WebSocketProtocolException e = assertThrows(WebSocketProtocolException.class,
                () -> new RecordingReader(wire).readAll());
        assertEquals(CloseCodes.INVALID_PAYLOAD, e.closeCode());
    }

    @Test
    void sizeLimitsAreCheckedFromTheHeaderBeforeReadingThePayload() {
        // the frame announces 1 GiB but carries nothing: a reader that allocated or read first would hit EOF
        ByteString header = ByteString.decodeHex("827f0000000040000000");
        WebSocketProtocolException frameTooBig = assertThrows(WebSocketProtocolException.class,
                () -> new RecordingReader(new Buffer().write(header), 1024, Long.MAX_VALUE, null).readAll());
        assertEquals(CloseCodes.MESSAGE_TOO_BIG, frameTooBig.closeCode());

        ByteString fragments = new ServerFrames().frame(Opcodes.BINARY, ByteString.of(new byte[600]))
                .raw(ByteString.decodeHex("007e0258")).bytes();
        WebSocketProtocolException messageTooBig = assertThrows(WebSocketProtocolException.class,
                () -> new RecordingReader(new Buffer().write(fragments), 1024, 1000, null).readAll());
        assertEquals(CloseCodes.MESSAGE_TOO_BIG, messageTooBig.closeCode());
    }

    @Test
    void endOfStreamInsideAFrameIsAnEofNotAProtocolError() {
        ByteString truncated = new ServerFrames().binary(ByteString.of(new byte[100])).bytes().substring(0, 50);
        assertThrows(EOFException.class, () -> new RecordingReader(new Buffer().write(truncated)).readAll());
    }

    @Test
    void aCloseFrameInsideAFragmentedMessageEndsIt() {
        ByteString wire = new ServerFrames().frame(Opcodes.TEXT, HELLO).close(1000, "").bytes();
        assertThrows(PeerClosedException.class, () -> new RecordingReader(new Buffer().write(wire)).readAll());
    }
}
