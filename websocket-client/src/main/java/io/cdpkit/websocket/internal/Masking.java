package io.cdpkit.websocket.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import okio.Buffer;

/**
 * XOR masking of frame payloads (RFC 6455 section 5.3), eight bytes at a time through a
 * {@code long} view of the array; only the last few bytes of a run go one by one.
 */
final class Masking {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Masking() {
    }

    /**
     * Masks {@code data[start..end)} in place with {@code key}, where {@code data[start]} is byte
     * number {@code position} of the payload (so the key is rotated to match).
     */
    static void mask(byte[] data, int start, int end, int key, long position) {
        int rotated = Integer.rotateLeft(key, (int) (position & 3) << 3);
        long wide = ((long) rotated << 32) | (rotated & 0xffffffffL);
        int i = start;
        for (int limit = end - 7; i < limit; i += 8) {
            LONGS.set(data, i, (long) LONGS.get(data, i) ^ wide);
        }
        for (int shift = 24; i < end; i++, shift -= 8) {
            data[i] ^= (byte) (rotated >>> shift);
        }
    }

    /** Masks the {@code byteCount} bytes of {@code buffer} that start at {@code offset}, which are payload byte 0 onwards. */
    static void mask(Buffer buffer, long offset, long byteCount, int key, Buffer.UnsafeCursor cursor) {
        if (byteCount == 0) {
            return;
        }
        long end = offset + byteCount;
        try (Buffer.UnsafeCursor c = buffer.readAndWriteUnsafe(cursor)) {
            c.seek(offset);
            long position = offset;
            while (true) {
                int runEnd = (int) Math.min(c.end, c.start + (end - position));
                mask(c.data, c.start, runEnd, key, position - offset);
                position += runEnd - c.start;
                if (position >= end) {
                    return;
                }
                c.next();
            }
        }
    }
}
