package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;

class MaskingTest {

    /** RFC 6455 section 5.3, byte by byte. */
    private static void naiveMask(byte[] data, int start, int end, int key, long position) {
        for (int i = start; i < end; i++) {
            int keyByte = (int) ((position + i - start) & 3);
            data[i] ^= (byte) (key >>> (24 - 8 * keyByte));
        }
    }

    @Test
    void matchesTheNaiveMaskOnRandomLengthsOffsetsAndPositions() {
        Random random = new Random(42);
        for (int round = 0; round < 5_000; round++) {
            byte[] data = new byte[random.nextInt(100)];
            random.nextBytes(data);
            int start = data.length == 0 ? 0 : random.nextInt(data.length);
            int end = start + random.nextInt(data.length - start + 1);
            int key = random.nextInt();
            long position = random.nextInt(1000);
            byte[] expected = data.clone();
            naiveMask(expected, start, end, key, position);
            Masking.mask(data, start, end, key, position);
            assertArrayEquals(expected, data, "round " + round);
        }
    }

    @Test
    void masksARegionOfABufferThatSpansSegments() throws java.io.EOFException {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            byte[] prefix = new byte[random.nextInt(9000)];
            byte[] payload = new byte[random.nextInt(40_000)];
            random.nextBytes(payload);
            Buffer buffer = new Buffer().write(prefix).write(payload).writeUtf8("suffix");
            int key = random.nextInt();
            Masking.mask(buffer, prefix.length, payload.length, key, new Buffer.UnsafeCursor());
            byte[] expected = payload.clone();
            naiveMask(expected, 0, expected.length, key, 0);
            assertEquals(ByteString.of(prefix), buffer.readByteString(prefix.length));
            assertEquals(ByteString.of(expected), buffer.readByteString(payload.length));
            assertEquals("suffix", buffer.readUtf8());
        }
    }

    @Test
    void maskingTwiceRestoresThePayload() {
        byte[] data = "Hello, masked world!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] copy = data.clone();
        Masking.mask(data, 0, data.length, 0x37fa213d, 0);
        Masking.mask(data, 0, data.length, 0x37fa213d, 0);
        assertArrayEquals(copy, data);
    }

    @Test
    void rfcExampleMaskedHello() {
        byte[] data = "Hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Masking.mask(data, 0, data.length, 0x37fa213d, 0);
        assertEquals("7f9f4d5158", ByteString.of(data).hex());
    }
}
