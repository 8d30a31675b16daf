package io.cdpkit.websocket.internal;

import java.nio.ByteBuffer;
import okio.Buffer;
import okio.ByteString;

/**
 * Encodes whole outgoing messages into frames: one frame per message unless a split size is
 * set, compressed with permessage-deflate when it was negotiated and the message is big
 * enough. Also encodes control frames. Not thread-safe; the writer uses it under its lock, so
 * frames come out in the order messages were accepted (which the compression context needs).
 */
final class MessageEncoder implements AutoCloseable {

    /** Binary messages from this size on are masked on their way to the socket instead of being copied first. */
    static final long DIRECT_MIN_BYTES = 64 * 1024;

    private final FrameEncoder frames;
    private final MessageDeflater deflater;
    private final int minSizeToCompress;
    private final int splitSize;
    private final Buffer scratch = new Buffer();
    private final Buffer compressed = new Buffer();

    /**
     * @param deflater compresses messages, or null to send them uncompressed
     * @param splitSize the largest outgoing frame payload, or 0 to never split
     */
    MessageEncoder(FrameEncoder frames, MessageDeflater deflater, int minSizeToCompress, int splitSize) {
        this.frames = frames;
        this.deflater = deflater;
        this.minSizeToCompress = minSizeToCompress;
        this.splitSize = splitSize;
    }

    /** Appends the frames of a text message; {@code utf8Length} is the size of {@code text} as UTF-8. */
    void text(Buffer out, String text, long utf8Length) {
        if (isPlainSingleFrame(utf8Length)) {
            frames.frame(out, Opcodes.FIN | Opcodes.TEXT, text, utf8Length);
        } else {
            scratch.writeUtf8(text);
            split(out, Opcodes.TEXT, scratch);
        }
    }

    /** Appends the frames of a binary message holding the remaining bytes of {@code data}. */
    void binary(Buffer out, ByteBuffer data) {
        if (isPlainSingleFrame(data.remaining())) {
            frames.frame(out, Opcodes.FIN | Opcodes.BINARY, data);
        } else {
            FrameEncoder.copy(data, scratch);
            split(out, Opcodes.BINARY, scratch);
        }
    }

    /**
     * Appends one fragment of a streamed message, consuming {@code chunk}: the first fragment
     * carries {@code opcode}, later ones are continuations.
     */
    void fragment(Buffer out, int opcode, boolean first, boolean last, Buffer chunk) {
        int firstByte = (first ? opcode : Opcodes.CONTINUATION) | (last ? Opcodes.FIN : 0);
        frames.frame(out, firstByte, chunk, chunk.size());
    }

    /** Appends a control frame. */
    void control(Buffer out, int opcode, ByteString payload) {
        scratch.write(payload);
        frames.frame(out, Opcodes.FIN | opcode, scratch, scratch.size());
    }

    /**
     * True when a binary message of {@code size} bytes goes out as one plain frame big enough
     * to be masked straight from the caller's bytes to the socket ({@link #header} then the payload).
     */
    boolean isDirect(long size) {
        return size >= DIRECT_MIN_BYTES && isPlainSingleFrame(size);
    }

    /** Appends only the header of a single unfragmented frame; returns the masking key for its payload. */
    int header(Buffer out, int firstByte, long payloadLength) {
        return frames.header(out, firstByte, payloadLength);
    }

    private boolean isPlainSingleFrame(long size) {
        return (deflater == null || size < minSizeToCompress) && (splitSize == 0 || size <= splitSize);
    }

    /** Compresses {@code payload} if worth it, then frames it in pieces of at most the split size. */
    private void split(Buffer out, int opcode, Buffer payload) {
        int rsv1 = 0;
        Buffer body = payload;
        if (deflater != null && payload.size() >= minSizeToCompress) {
            deflater.deflate(payload, compressed);
            body = compressed;
            rsv1 = Opcodes.RSV1;
        }
        int firstByte = opcode | rsv1;
        do {
            long size = splitSize == 0 ? body.size() : Math.min(splitSize, body.size());
            boolean last = size == body.size();
            frames.frame(out, firstByte | (last ? Opcodes.FIN : 0), body, size);
            firstByte = Opcodes.CONTINUATION;
        } while (body.size() > 0);
    }

    @Override
    public void close() {
        if (deflater != null) {
            deflater.close();
        }
        scratch.clear();
        compressed.clear();
    }
}
