package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;

class FrameEncoderTest {

    private final MessageEncoder plain = new MessageEncoder(new FrameEncoder(new MaskKeys(new SecureRandom())), null, 0, 0);

    @Test
    void binaryMessagesOfEveryLengthEncodingRoundTrip() throws EOFException {
        Random random = new Random(5);
        for (int size : new int[] {0, 1, 7, 8, 9, 125, 126, 127, 65535, 65536, 1_000_003}) {
            byte[] data = new byte[size + 3];
            random.nextBytes(data);
            ByteBuffer slice = ByteBuffer.wrap(data, 3, size);
            Buffer wire = new Buffer();
            plain.binary(wire, slice);
            assertEquals(3, slice.position(), "the caller's buffer position is untouched");
            int headerSize = 2 + (size <= 125 ? 0 : size <= 65535 ? 2 : 8) + 4;
            assertEquals(headerSize + size, wire.size());
            ClientFrame frame = ClientFrame.readAll(wire).get(0);
            assertTrue(frame.fin());
            assertTrue(frame.masked());
            assertEquals(Opcodes.BINARY, frame.opcode());
            assertEquals(ByteString.of(data, 3, size), frame.payload());
        }
    }

    @Test
    void textIsEncodedAsUtf8AndEveryFrameHasAFreshKey() throws EOFException {
        Buffer wire = new Buffer();
        Set<Integer> keys = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String text = "héllo wörld 😀 " + i;
            plain.text(wire, text, Utf8Text.encodedLength(text));
        }
        List<ClientFrame> frames = ClientFrame.readAll(wire);
        for (int i = 0; i < frames.size(); i++) {
            assertEquals("héllo wörld 😀 " + i, frames.get(i).payload().utf8());
            keys.add(frames.get(i).maskKey());
        }
        assertTrue(keys.size() > 190, "keys repeat too often: " + keys.size() + " distinct of 200");
    }

    @Test
    void aSplitSizeCutsMessagesIntoContinuationFrames() throws EOFException {
        MessageEncoder splitting = new MessageEncoder(new FrameEncoder(new MaskKeys(new SecureRandom())), null, 0, 1000);
        Buffer wire = new Buffer();
        splitting.binary(wire, ByteBuffer.wrap(new byte[2500]));
        List<ClientFrame> frames = ClientFrame.readAll(wire);
        assertEquals(3, frames.size());
        assertEquals(List.of(Opcodes.BINARY, Opcodes.CONTINUATION, Opcodes.CONTINUATION),
                frames.stream().map(ClientFrame::opcode).toList());
        assertEquals(List.of(false, false, true), frames.stream().map(ClientFrame::fin).toList());
        assertEquals(List.of(1000, 1000, 500), frames.stream().map(f -> f.payload().size()).toList());
    }

    @Test
    void controlFramesCarryTheirPayload() throws EOFException {
        Buffer wire = new Buffer();
        plain.control(wire, Opcodes.PING, ByteString.encodeUtf8("ping!"));
        ClientFrame frame = ClientFrame.readAll(wire).get(0);
        assertEquals(Opcodes.PING, frame.opcode());
        assertEquals("ping!", frame.payload().utf8());
    }

    @Test
    void maskingKeysComeFromTheSecureRandom() {
        MaskKeys keys = new MaskKeys(new SecureRandom());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(keys.nextKey());
        }
        assertTrue(seen.size() > 990);
        assertNotEquals(0, seen.stream().reduce(0, (a, b) -> a | b));
    }

    @Test
    void loneSurrogatesAreRejectedWithTheirIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Utf8Text.encodedLength("ab\uD800c"));
        assertTrue(e.getMessage().contains("U+D800") && e.getMessage().contains("index 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Utf8Text.encodedLength("\uDC00"));
        assertThrows(IllegalArgumentException.class, () -> Utf8Text.encodedLength("end\uD83D"));
        assertEquals(4, Utf8Text.encodedLength("\uD83D\uDE00"));
        assertEquals(ByteString.encodeUtf8("aé€😀").size(), Utf8Text.encodedLength("aé€😀"));
    }
}
