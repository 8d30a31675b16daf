package io.cdpkit.cdp.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryTest {

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void decodeToStreamsLargePayloadsInChunks() throws Exception {
        byte[] payload = randomBytes(1_000_003);
        Binary binary = Binary.fromBase64(Base64.getEncoder().encodeToString(payload));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(payload.length, binary.decodeTo(out));
        assertArrayEquals(payload, out.toByteArray());
        assertArrayEquals(payload, binary.decode());
        assertEquals(payload.length, binary.decodedLength());
    }

    @Test
    void unpaddedBase64DecodesToo() throws Exception {
        for (int size = 0; size < 8; size++) {
            byte[] payload = randomBytes(size);
            Binary binary = Binary.fromBase64(Base64.getEncoder().withoutPadding().encodeToString(payload));
            assertEquals(size, binary.decodedLength());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            binary.decodeTo(out);
            assertArrayEquals(payload, out.toByteArray());
        }
    }

    @Test
    void invalidBase64FailsWithAClearMessage() {
        Binary binary = Binary.fromBase64("not*base64");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, binary::decode);
        assertTrue(e.getMessage().startsWith("binary payload is not valid base64: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> binary.decodeTo(new ByteArrayOutputStream()));
    }

    @Test
    void toStringNeverDumpsThePayload() {
        Binary binary = Binary.of(randomBytes(5_000_000));
        assertEquals("Binary[5000000 bytes]", binary.toString());
    }

    @Test
    void encodesAndComparesByContent() throws Exception {
        Binary binary = Binary.of(new byte[] {1, 2, 3});
        assertEquals("AQID", binary.base64());
        assertEquals(Binary.fromBase64("AQID"), binary);
        assertEquals("\"AQID\"", ProtocolJson.mapper().writeValueAsString(binary));
        assertEquals(binary, ProtocolJson.mapper().readValue("\"AQID\"", Binary.class));
        assertThrows(NullPointerException.class, () -> Binary.fromBase64(null));
    }
}
