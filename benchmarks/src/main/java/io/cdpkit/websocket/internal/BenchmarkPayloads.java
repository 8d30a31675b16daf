package io.cdpkit.websocket.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Deterministic payloads for the benchmarks: random bytes, and text that looks like CDP traffic. */
final class BenchmarkPayloads {

    private BenchmarkPayloads() {
    }

    /** {@code size} random bytes, the same on every run. */
    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new SplittableRandom(size).nextBytes(bytes);
        return bytes;
    }

    /**
     * Exactly {@code size} bytes of valid UTF-8 that read like a run of CDP console events, ASCII
     * only or with a share of 2-, 3- and 4-byte characters. Cut to size, so not whole JSON.
     */
    static byte[] cdpLikeText(int size, boolean multiByte) {
        String word = multiByte ? "ok é 中文 😀 " : "ok value text ";
        StringBuilder text = new StringBuilder(size + 256);
        for (int i = 0; text.length() < size; i++) {
            text.append("{\"method\":\"Runtime.consoleAPICalled\",\"params\":{\"type\":\"log\",\"args\":[{\"type\":\"string\",")
                    .append("\"value\":\"").append(word).append(i).append("\"}],\"executionContextId\":1}},");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        int end = size;
        while (end > 0 && end < utf8.length && (utf8[end] & 0xc0) == 0x80) {
            end--; // step back to the start of a character, so the cut leaves valid UTF-8
        }
        byte[] exact = Arrays.copyOf(utf8, size);
        Arrays.fill(exact, end, size, (byte) ' ');
        return exact;
    }
}
