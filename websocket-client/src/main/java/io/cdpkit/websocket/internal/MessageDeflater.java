package io.cdpkit.websocket.internal;

import java.io.EOFException;
import java.util.zip.Deflater;
import okio.Buffer;

/**
 * Compresses outgoing permessage-deflate payloads (RFC 7692 section 7.2.1): deflate with a
 * sync flush, then strip the {@code 00 00 ff ff} tail. Works on okio segments directly. Not
 * thread-safe; {@link #close()} frees the native zlib memory.
 */
final class MessageDeflater implements AutoCloseable {

    private final Deflater deflater;
    private final boolean resetAfterMessage;
    private final Buffer.UnsafeCursor inputCursor = new Buffer.UnsafeCursor();
    private final Buffer.UnsafeCursor outputCursor = new Buffer.UnsafeCursor();

    /**
     * @param level the deflate level, -1..9
     * @param noContextTakeover true to reset the compressor after every message
     */
    MessageDeflater(int level, boolean noContextTakeover) {
        this.deflater = new Deflater(level, true);
        this.resetAfterMessage = noContextTakeover;
    }

    /** Compresses and consumes all of {@code payload} into {@code out}, which ends without the sync-flush tail. */
    void deflate(Buffer payload, Buffer out) {
        long outStart = out.size();
        while (payload.size() > 0) {
            int given;
            try (Buffer.UnsafeCursor c = payload.readUnsafe(inputCursor)) {
                c.seek(0);
                given = c.end - c.start;
                deflater.setInput(c.data, c.start, given);
            }
            drain(out, Deflater.NO_FLUSH);
            consume(payload, given);
        }
        drain(out, Deflater.SYNC_FLUSH);
        stripTail(out, outStart);
        if (resetAfterMessage) {
            deflater.reset();
        }
    }

    /** Deflates until the input is used up and, for a flush, until all output is out. */
    private void drain(Buffer out, int flush) {
        while (true) {
            long oldSize = out.size();
            int produced;
            int room;
            try (Buffer.UnsafeCursor c = out.readAndWriteUnsafe(outputCursor)) {
                c.expandBuffer(1);
                room = c.end - c.start;
                produced = deflater.deflate(c.data, c.start, room, flush);
                c.resizeBuffer(oldSize + produced);
            }
            if (produced < room && deflater.needsInput()) {
                return;
            }
        }
    }

    private static void consume(Buffer payload, int byteCount) {
        try {
            payload.skip(byteCount);
        } catch (EOFException e) {
            throw new IllegalStateException("Deflater consumed more than its input", e);
        }
    }

    private void stripTail(Buffer out, long outStart) {
        long size = out.size();
        if (size - outStart >= 4 && out.getByte(size - 4) == 0 && out.getByte(size - 3) == 0
                && out.getByte(size - 2) == (byte) 0xff && out.getByte(size - 1) == (byte) 0xff) {
            try (Buffer.UnsafeCursor c = out.readAndWriteUnsafe(outputCursor)) {
                c.resizeBuffer(size - 4);
            }
        }
    }

    @Override
    public void close() {
        deflater.end();
    }
}
