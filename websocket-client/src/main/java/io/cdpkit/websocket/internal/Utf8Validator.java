package io.cdpkit.websocket.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import okio.Buffer;

/**
 * Incremental UTF-8 validation with a small table-driven state machine: bytes may arrive in any
 * number of chunks, the state is carried from one to the next, and an invalid byte is reported
 * as soon as it is seen. Overlong forms, surrogates (U+D800..U+DFFF) and code points above
 * U+10FFFF are invalid. Between characters, runs of ASCII (most of CDP's JSON) are skipped eight
 * bytes at a time through a {@code long} view of the array. Allocation-free.
 */
final class Utf8Validator {

    private static final int ACCEPT = 0;
    private static final int REJECT = 1;
    private static final int NEED_1 = 2;
    private static final int NEED_2 = 3;
    private static final int NEED_3 = 4;
    /** After E0: the next byte must be A0..BF (no overlong 3-byte forms). */
    private static final int AFTER_E0 = 5;
    /** After ED: the next byte must be 80..9F (no surrogates). */
    private static final int AFTER_ED = 6;
    /** After F0: the next byte must be 90..BF (no overlong 4-byte forms). */
    private static final int AFTER_F0 = 7;
    /** After F4: the next byte must be 80..8F (nothing above U+10FFFF). */
    private static final int AFTER_F4 = 8;

    private static final int CLASSES = 12;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of each of eight bytes: a word without any of them is eight ASCII bytes. */
    private static final long NON_ASCII_BITS = 0x8080808080808080L;

    /** The class of each byte value: 0 ASCII, 1..3 continuation ranges, 4 never valid, 5..11 lead bytes. */
    private static final byte[] BYTE_CLASS = new byte[256];

    /** The next state for (state, byte class) at index {@code state * CLASSES + class}. */
    private static final byte[] TRANSITIONS = new byte[9 * CLASSES];

    static {
        classify(0x00, 0x7f, 0);
        classify(0x80, 0x8f, 1);
        classify(0x90, 0x9f, 2);
        classify(0xa0, 0xbf, 3);
        classify(0xc0, 0xc1, 4);
        classify(0xf5, 0xff, 4);
        classify(0xc2, 0xdf, 5);
        classify(0xe0, 0xe0, 6);
        classify(0xe1, 0xef, 7);
        classify(0xed, 0xed, 8);
        classify(0xf0, 0xf0, 9);
        classify(0xf1, 0xf3, 10);
        classify(0xf4, 0xf4, 11);

        java.util.Arrays.fill(TRANSITIONS, (byte) REJECT);
        int[] leadTargets = {ACCEPT, REJECT, REJECT, REJECT, REJECT, NEED_1, AFTER_E0, NEED_2, AFTER_ED, AFTER_F0,
                NEED_3, AFTER_F4};
        for (int c = 0; c < CLASSES; c++) {
            transition(ACCEPT, c, leadTargets[c]);
        }
        for (int c = 1; c <= 3; c++) {
            transition(NEED_1, c, ACCEPT);
            transition(NEED_2, c, NEED_1);
            transition(NEED_3, c, NEED_2);
        }
        transition(AFTER_E0, 3, NEED_1);
        transition(AFTER_ED, 1, NEED_1);
        transition(AFTER_ED, 2, NEED_1);
        transition(AFTER_F0, 2, NEED_2);
        transition(AFTER_F0, 3, NEED_2);
        transition(AFTER_F4, 1, NEED_2);
    }

    private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
    private int state = ACCEPT;

    private static void classify(int from, int to, int byteClass) {
        for (int b = from; b <= to; b++) {
            BYTE_CLASS[b] = (byte) byteClass;
        }
    }

    private static void transition(int from, int byteClass, int to) {
        TRANSITIONS[from * CLASSES + byteClass] = (byte) to;
    }

    /** Feeds {@code data[start..end)}; returns false as soon as the input is invalid (and stays false). */
    boolean update(byte[] data, int start, int end) {
        int s = state;
        int i = start;
        while (s != REJECT) {
            if (s == ACCEPT) {
                i = skipAscii(data, i, end);
            }
            if (i == end) {
                break;
            }
            s = TRANSITIONS[s * CLASSES + BYTE_CLASS[data[i++] & 0xff]];
        }
        state = s;
        return s != REJECT;
    }

    /** The index of the first byte of {@code data[from..end)} that is not ASCII, or {@code end}. */
    private static int skipAscii(byte[] data, int from, int end) {
        int i = from;
        while (i <= end - 8 && ((long) LONGS.get(data, i) & NON_ASCII_BITS) == 0) {
            i += 8;
        }
        while (i < end && data[i] >= 0) {
            i++;
        }
        return i;
    }

    /** Feeds the {@code byteCount} bytes of {@code buffer} that start at {@code offset}. */
    boolean update(Buffer buffer, long offset, long byteCount) {
        if (byteCount == 0) {
            return state != REJECT;
        }
        long end = offset + byteCount;
        try (Buffer.UnsafeCursor c = buffer.readUnsafe(cursor)) {
            c.seek(offset);
            long position = offset;
            while (position < end) {
                int runEnd = (int) Math.min(c.end, c.start + (end - position));
                if (!update(c.data, c.start, runEnd)) {
                    return false;
                }
                position += runEnd - c.start;
                if (position < end) {
                    c.next();
                }
            }
        }
        return state != REJECT;
    }

    /** True when everything fed so far is valid and ends on a character boundary. */
    boolean isComplete() {
        return state == ACCEPT;
    }

    /** Starts over for a new message. */
    void reset() {
        state = ACCEPT;
    }
}
