package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8ValidatorTest {

    /** The JDK's strict decoder is the reference. */
    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean validatorAccepts(byte[] bytes) {
        Utf8Validator validator = new Utf8Validator();
        return validator.update(bytes, 0, bytes.length) && validator.isComplete();
    }

    private static byte[] hex(String hex) {
        return ByteString.decodeHex(hex.replace(" ", "")).toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "41", "c2a9", "e282ac", "f09f9880", "efbbbf", "ed9fbf", "ee8080", "f48fbfbf", "f0908080", "e0a080",
        "7f", "dfbf", "efbfbf", "cebae1bdb9cf83cebcceb5"})
    void acceptsValidSequences(String hex) {
        assertTrue(validatorAccepts(hex(hex)), hex);
        assertTrue(jdkAccepts(hex(hex)), hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "80", "bf", "c0af", "c1bf", "e080af", "e09fbf", "f08f8080", "f4908080", "f5808080", "ff", "fe",
        "eda080", "edbfbf", "eda080edb080", "c2", "e282", "f09f98", "c241", "e28241", "f8888080", "fc8480808080",
        "cebae1bdb9cf83cebcceb5eda080656469746564"})
    void rejectsOverlongsSurrogatesTooLargeAndTruncated(String hex) {
        assertFalse(validatorAccepts(hex(hex)), hex);
        assertFalse(jdkAccepts(hex(hex)), hex);
    }

    @Test
    void failsFastAtTheFirstInvalidByte() {
        Utf8Validator validator = new Utf8Validator();
        assertTrue(validator.update(hex("cebae1bd"), 0, 4), "a valid prefix with an open sequence");
        assertFalse(validator.isComplete());
        assertFalse(validator.update(hex("41"), 0, 1), "ASCII where a continuation byte must come");
        assertFalse(validator.update(hex("41"), 0, 1), "stays rejected");
    }

    @Test
    void matchesTheJdkOnRandomInputSplitAtEveryBoundary() {
        Random random = new Random(20261125);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = randomUtf8ish(random, random.nextInt(12));
            assertEquals(jdkAccepts(bytes), validatorAccepts(bytes), ByteString.of(bytes).hex());
            assertAgreesWithTheJdkSplitAnywhere(bytes);
        }
    }

    @Test
    void matchesTheJdkOnMostlyAsciiInputSplitAtEveryBoundary() {
        Random random = new Random(8080);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = randomUtf8ish(random, random.nextInt(70));
            for (int i = 0; i < bytes.length; i++) {
                if (random.nextInt(10) != 0) {
                    bytes[i] = (byte) random.nextInt(0x80);
                }
            }
            assertAgreesWithTheJdkSplitAnywhere(bytes);
        }
    }

    /** Feeds {@code bytes} in two chunks, split at each position in turn. */
    private static void assertAgreesWithTheJdkSplitAnywhere(byte[] bytes) {
        boolean expected = jdkAccepts(bytes);
        for (int split = 0; split <= bytes.length; split++) {
            Utf8Validator validator = new Utf8Validator();
            boolean ok = validator.update(bytes, 0, split) && validator.update(bytes, split, bytes.length)
                    && validator.isComplete();
            assertEquals(expected, ok, ByteString.of(bytes).hex() + " split at " + split);
        }
    }

    @Test
    void findsASequenceAtEveryPositionOfALongAsciiRun() {
        for (String sequence : new String[] {"c2a9", "f09f9880", "80", "eda080", "e282", "ff"}) {
            byte[] inserted = hex(sequence);
            for (int at = 0; at <= 40; at++) {
                byte[] bytes = new byte[48 + inserted.length];
                Arrays.fill(bytes, (byte) 'a');
                System.arraycopy(inserted, 0, bytes, at, inserted.length);
                assertEquals(jdkAccepts(bytes), validatorAccepts(bytes), sequence + " at " + at);
            }
        }
    }

    @Test
    void validatesAcrossBufferSegments() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        while (text.length() < 50_000) {
            text.appendCodePoint(random.nextInt(4) == 0 ? 0x1F600 + random.nextInt(50) : 0x20 + random.nextInt(0x7ff));
        }
        Buffer buffer = new Buffer().writeUtf8("xyz").writeUtf8(text.toString());
        Utf8Validator validator = new Utf8Validator();
        long position = 3;
        while (position < buffer.size()) {
            long count = Math.min(buffer.size() - position, 1 + random.nextInt(9000));
            assertTrue(validator.update(buffer, position, count));
            position += count;
        }
        assertTrue(validator.isComplete());
        assertFalse(validator.update(new Buffer().write(hex("eda080")), 0, 3));
    }

    /** Random bytes biased towards lead and continuation bytes, so that most branches are hit. */
    private static byte[] randomUtf8ish(Random random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0: bytes[i] = (byte) random.nextInt(0x80); break;
                case 1: bytes[i] = (byte) (0x80 + random.nextInt(0x40)); break;
                case 2: bytes[i] = (byte) (0xc0 + random.nextInt(0x20)); break;
                case 3: bytes[i] = (byte) (0xe0 + random.nextInt(0x10)); break;
                default: bytes[i] = (byte) (0xf0 + random.nextInt(0x10)); break;
            }
        }
        return bytes;
    }
}
