package io.cdpkit.websocket.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import okio.Buffer;

/**
 * Writes client frames (RFC 6455 section 5.2): the header, a fresh masking key, and the payload
 * masked a word at a time. Not thread-safe; the writer uses it under its lock.
 */
final class FrameEncoder {

    private final MaskKeys maskKeys;
    private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();

    FrameEncoder(MaskKeys maskKeys) {
        this.maskKeys = maskKeys;
    }

    /** Appends a frame whose payload is the next {@code byteCount} bytes of {@code payload}, which are moved out of it. */
    void frame(Buffer out, int firstByte, Buffer payload, long byteCount) {
        int key = header(out, firstByte, byteCount);
        long start = out.size();
        out.write(payload, byteCount);
        Masking.mask(out, start, byteCount, key, cursor);
    }

    /** Appends a frame whose payload is the remaining bytes of {@code payload} (its position is not changed). */
    void frame(Buffer out, int firstByte, ByteBuffer payload) {
        int length = payload.remaining();
        int key = header(out, firstByte, length);
        long start = out.size();
        copy(payload, out);
        Masking.mask(out, start, length, key, cursor);
    }

    /** Appends a frame whose payload is {@code text} as UTF-8, {@code utf8Length} bytes long. */
    void frame(Buffer out, int firstByte, String text, long utf8Length) {
        int key = header(out, firstByte, utf8Length);
        long start = out.size();
        out.writeUtf8(text);
        Masking.mask(out, start, utf8Length, key, cursor);
    }

    /** Appends the remaining bytes of {@code source} to {@code out} without moving its position. */
    static void copy(ByteBuffer source, Buffer out) {
        try {
            out.write(source.duplicate());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to an in-memory buffer cannot fail", e);
        }
    }

    /** Appends a frame header and a fresh masking key; returns the key. */
    int header(Buffer out, int firstByte, long length) {
        out.writeByte(firstByte);
        if (length <= 125) {
            out.writeByte(Opcodes.MASKED | (int) length);
        } else if (length <= 0xffff) {
            out.writeByte(Opcodes.MASKED | 126);
            out.writeShort((int) length);
        } else {
            out.writeByte(Opcodes.MASKED | 127);
            out.writeLong(length);
        }
        int key = maskKeys.nextKey();
        out.writeInt(key);
        return key;
    }
}
