package io.cdpkit.bench.ws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A small ring of distinct messages of one kind and size, sent in turn, so an echo that comes
 * back out of order, twice, or changed is caught by comparing it with the message expected next.
 */
final class EchoPayloads {

    private static final int DISTINCT = 64;

    private final String[] texts;
    private final byte[][] binaries;

    private EchoPayloads(String[] texts, byte[][] binaries) {
        this.texts = texts;
        this.binaries = binaries;
    }

    /** Text messages of {@code size} ASCII characters (at least 8). */
    static EchoPayloads text(int size) {
        String[] texts = new String[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            texts[i] = String.format("%0" + size + "d", i);
        }
        return new EchoPayloads(texts, null);
    }

    /** Binary messages of {@code size} bytes. */
    static EchoPayloads binary(int size) {
        byte[][] binaries = new byte[DISTINCT][size];
        for (int i = 0; i < DISTINCT; i++) {
            for (int j = 0; j < size; j++) {
                binaries[i][j] = (byte) (i * 31 + j);
            }
        }
        return new EchoPayloads(null, binaries);
    }

    /** Sends message number {@code sequence}. */
    void send(EchoSocket socket, long sequence) {
        int index = (int) (sequence % DISTINCT);
        if (texts != null) {
            socket.sendText(texts[index]);
        } else {
            socket.sendBinary(binaries[index]);
        }
    }

    /** True when {@code text} is message number {@code sequence}. */
    boolean matches(long sequence, String text) {
        return texts != null && texts[(int) (sequence % DISTINCT)].equals(text);
    }

    /** True when {@code bytes} holds message number {@code sequence}. */
    boolean matches(long sequence, ByteBuffer bytes) {
        return binaries != null && ByteBuffer.wrap(binaries[(int) (sequence % DISTINCT)]).equals(bytes);
    }
}
