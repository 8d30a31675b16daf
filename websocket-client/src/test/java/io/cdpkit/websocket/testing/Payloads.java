package io.cdpkit.websocket.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Deterministic message payloads, so a test can check what arrived without keeping a copy. */
public final class Payloads {

    private static final String MULTI_BYTE = "ASCII, ümlaut, 漢字 and 😀 ";

    private Payloads() {
    }

    /** Text of exactly {@code size} UTF-16 chars, unique per {@code index}, with multi-byte characters. */
    public static String text(int index, int size) {
        StringBuilder sb = new StringBuilder(size + 64);
        String head = "#" + index + ":";
        sb.append(head);
        while (sb.length() < size) {
            sb.append(MULTI_BYTE);
        }
        sb.setLength(size);
        if (size > 0 && Character.isHighSurrogate(sb.charAt(size - 1))) {
            sb.setCharAt(size - 1, '.');
        }
        return sb.toString();
    }

    /** {@code size} pseudo-random bytes, the same for the same {@code index}. */
    public static byte[] binary(int index, int size) {
        byte[] bytes = new byte[size];
        new Random(index * 31L + size).nextBytes(bytes);
        return bytes;
    }

    /** {@code size} bytes of highly compressible text. */
    public static byte[] compressible(int size) {
        byte[] bytes = new byte[size];
        byte[] pattern = "compress me, compress me again; ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            bytes[i] = pattern[i % pattern.length];
        }
        return bytes;
    }
}
