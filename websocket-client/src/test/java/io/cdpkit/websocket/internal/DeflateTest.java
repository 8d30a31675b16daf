package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.WebSocketProtocolException;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;

class DeflateTest {

    private static final String TEXT = "The quick brown fox jumps over the lazy dog. ".repeat(40);

    private static ByteString compress(MessageDeflater deflater, ByteString payload) {
        Buffer out = new Buffer();
        deflater.deflate(new Buffer().write(payload), out);
        return out.readByteString();
    }

    /** Compressed frames as a server sends them, read back through the real reader. */
    private static List<String> readCompressed(ServerFrames frames, long maxMessageSize, boolean noContextTakeover)
            throws IOException {
        return new RecordingReader(SplitSource.randomPieces(frames.bytes(), new Random(1)), Long.MAX_VALUE,
                maxMessageSize, new MessageInflater(noContextTakeover)).readAll();
    }

    @Test
    void theRfcExampleHelloInflates() throws IOException {
        ServerFrames frames = new ServerFrames()
                .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, ByteString.decodeHex("f248cdc9c90700"))
                .close(1000, "");
        assertEquals(List.of("text:Hello", "close:1000:"), readCompressed(frames, 1000, false));
    }

    @Test
    void contextTakeoverMakesARepeatedMessageSmallerAndStillInflates() throws IOException {
        try (MessageDeflater deflater = new MessageDeflater(Deflater.DEFAULT_COMPRESSION, false)) {
            ByteString first = compress(deflater, ByteString.encodeUtf8(TEXT));
            ByteString second = compress(deflater, ByteString.encodeUtf8(TEXT));
            assertTrue(second.size() < first.size(), first.size() + " then " + second.size());
            ServerFrames frames = new ServerFrames()
                    .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, first)
                    .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, second)
                    .close(1000, "");
            assertEquals(List.of("text:" + TEXT, "text:" + TEXT, "close:1000:"), readCompressed(frames, 1 << 20, false));
        }
    }

    @Test
    void noContextTakeoverCompressesEveryMessageAlike() throws IOException {
        try (MessageDeflater deflater = new MessageDeflater(Deflater.DEFAULT_COMPRESSION, true)) {
            ByteString first = compress(deflater, ByteString.encodeUtf8(TEXT));
            ByteString second = compress(deflater, ByteString.encodeUtf8(TEXT));
            assertEquals(first, second);
            ServerFrames frames = new ServerFrames()
                    .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, first)
                    .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, second)
                    .close(1000, "");
            assertEquals(List.of("text:" + TEXT, "text:" + TEXT, "close:1000:"), readCompressed(frames, 1 << 20, true));
        }
    }

    @Test
    void aCompressedMessageSplitIntoFragmentsWithPingsBetweenInflates() throws IOException {
        byte[] data = new byte[300_000];
        new Random(9).nextBytes(data);
        for (int i = 0; i < data.length; i += 3) {
            data[i] = 'a';
        }
        try (MessageDeflater deflater = new MessageDeflater(6, false)) {
            ByteString compressed = compress(deflater, ByteString.of(data));
            int third = compressed.size() / 3;
            ServerFrames frames = new ServerFrames()
                    .frame(Opcodes.RSV1 | Opcodes.BINARY, compressed.substring(0, third))
                    .ping("in between")
                    .frame(Opcodes.CONTINUATION, compressed.substring(third, 2 * third))
                    .frame(Opcodes.FIN | Opcodes.CONTINUATION, compressed.substring(2 * third))
                    .close(1000, "");
            List<String> events = readCompressed(frames, 1 << 20, false);
            assertEquals("ping:" + ByteString.encodeUtf8("in between").hex(), events.get(0));
            assertEquals("binary:" + ByteString.of(data).hex(), events.get(1));
        }
    }

    @Test
    void emptyAndTinyMessagesRoundTrip() throws IOException {
        try (MessageDeflater deflater = new MessageDeflater(6, false)) {
            ServerFrames frames = new ServerFrames()
                    .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, compress(deflater, ByteString.EMPTY))
                    .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, compress(deflater, ByteString.encodeUtf8("x")))
                    .close(1000, "");
            assertEquals(List.of("text:", "text:x", "close:1000:"), readCompressed(frames, 100, false));
        }
    }

    @Test
    void aDecompressionBombFailsWith1009BeforeItIsInflated() {
        try (MessageDeflater deflater = new MessageDeflater(9, false)) {
            ByteString bomb = compress(deflater, ByteString.of(new byte[50_000_000]));
            assertTrue(bomb.size() < 100_000, "compressed to " + bomb.size());
            ServerFrames frames = new ServerFrames().frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.BINARY, bomb);
            WebSocketProtocolException e = assertThrows(WebSocketProtocolException.class,
                    () -> readCompressed(frames, 1_000_000, false));
            assertEquals(CloseCodes.MESSAGE_TOO_BIG, e.closeCode());
        }
    }

    @Test
    void invalidCompressedDataIsInvalidPayload() {
        ServerFrames frames = new ServerFrames().frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT,
                ByteString.decodeHex("ffffffffffff"));
        WebSocketProtocolException e = assertThrows(WebSocketProtocolException.class,
                () -> readCompressed(frames, 1000, false));
        assertEquals(CloseCodes.INVALID_PAYLOAD, e.closeCode());
    }

    @Test
    void rsv1IsRejectedOnControlAndContinuationFramesEvenWithDeflate() {
        for (ServerFrames frames : List.of(
                new ServerFrames().frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.PING, ByteString.EMPTY),
                new ServerFrames().frame(Opcodes.RSV1 | Opcodes.TEXT, ByteString.decodeHex("f248"))
                        .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.CONTINUATION, ByteString.decodeHex("cdc9c90700")))) {
            WebSocketProtocolException e = assertThrows(WebSocketProtocolException.class,
                    () -> readCompressed(frames.close(1000, ""), 1000, false));
            assertEquals(CloseCodes.PROTOCOL_ERROR, e.closeCode());
        }
    }

    @Test
    void theEncoderCompressesSplitsAndSetsRsv1OnTheFirstFrameOnly() throws IOException {
        try (MessageEncoder encoder = new MessageEncoder(new FrameEncoder(new MaskKeys(new java.security.SecureRandom())),
                new MessageDeflater(6, false), 10, 20)) {
            Buffer wire = new Buffer();
            encoder.text(wire, TEXT, TEXT.length());
            List<ClientFrame> frames = ClientFrame.readAll(wire);
            assertTrue(frames.size() > 1);
            assertTrue(frames.get(0).rsv1());
            Buffer compressed = new Buffer();
            for (int i = 0; i < frames.size(); i++) {
                ClientFrame frame = frames.get(i);
                assertEquals(i == 0 ? Opcodes.TEXT : Opcodes.CONTINUATION, frame.opcode());
                assertEquals(i == frames.size() - 1, frame.fin());
                assertTrue(i == 0 || !frame.rsv1());
                assertTrue(frame.payload().size() <= 20);
                compressed.write(frame.payload());
            }
            ServerFrames asServer = new ServerFrames()
                    .frame(Opcodes.FIN | Opcodes.RSV1 | Opcodes.TEXT, compressed.readByteString())
                    .close(1000, "");
            assertEquals(List.of("text:" + TEXT, "close:1000:"), readCompressed(asServer, 1 << 20, false));
        }
    }
}
