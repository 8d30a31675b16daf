package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.WebSocketProtocolException;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Inflates permessage-deflate payloads (RFC 7692 section 7.2.2): compressed bytes are fed frame
 * by frame, the {@code 00 00 ff ff} tail the sender stripped is put back at the end of the
 * message, and output is pulled in bounded steps so the caller can check the inflated size as
 * it grows. Works on okio segments directly (no intermediate arrays). Used by the reader thread
 * only; {@link #close()} frees the native zlib memory.
 */
final class MessageInflater implements AutoCloseable {

    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xff, (byte) 0xff};

    private final Inflater inflater = new Inflater(true);
    private final boolean resetAfterMessage;
    private final Buffer input = new Buffer();
    private final Buffer.UnsafeCursor inputCursor = new Buffer.UnsafeCursor();
    private final Buffer.UnsafeCursor outputCursor = new Buffer.UnsafeCursor();
    /** How many bytes at the head of {@link #input} the inflater currently holds. */
    private int handedOver;

    /** @param noContextTakeover true when the server resets its compressor after every message */
    MessageInflater(boolean noContextTakeover) {
        this.resetAfterMessage = noContextTakeover;
    }

    /** Takes {@code byteCount} compressed bytes from {@code source}. */
    void feed(BufferedSource source, long byteCount) throws IOException {
        source.readFully(input, byteCount);
    }

    /** Appends the tail that ends a compressed message. */
    void feedTail() {
        input.write(TAIL);
    }

    /**
     * Inflates into {@code sink}, at most {@code maxBytes}; returns the number of bytes written,
     * 0 when all fed input has been used up.
     *
     * @throws WebSocketProtocolException (1007) for data that is not valid deflate
     */
    long inflate(Buffer sink, long maxBytes) throws IOException {
        while (true) {
            if (inflater.finished()) {
                input.clear();
                handedOver = 0;
                return 0;
            }
            if (inflater.needsInput()) {
                if (input.size() == 0) {
                    return 0;
                }
                try (Buffer.UnsafeCursor c = input.readUnsafe(inputCursor)) {
                    c.seek(0);
                    handedOver = c.end - c.start;
                    inflater.setInput(c.data, c.start, handedOver);
                }
            }
            long produced = inflateInto(sink, maxBytes);
            int remaining = inflater.getRemaining();
            input.skip(handedOver - remaining);
            handedOver = remaining;
            if (produced > 0) {
                return produced;
            }
            if (inflater.needsDictionary()) {
                throw new WebSocketProtocolException(CloseCodes.INVALID_PAYLOAD, "Compressed data asks for a preset dictionary");
            }
        }
    }

    private long inflateInto(Buffer sink, long maxBytes) {
        long oldSize = sink.size();
        try (Buffer.UnsafeCursor c = sink.readAndWriteUnsafe(outputCursor)) {
            c.expandBuffer(1);
            int room = (int) Math.min(c.end - c.start, maxBytes);
            int produced;
            try {
                produced = inflater.inflate(c.data, c.start, room);
            } catch (DataFormatException e) {
                c.resizeBuffer(oldSize);
                throw new WebSocketProtocolException(CloseCodes.INVALID_PAYLOAD,
                        "Invalid compressed data: " + e.getMessage());
            }
            c.resizeBuffer(oldSize + produced);
            return produced;
        }
    }

    /** Ends a message: resets the window when the server does not take over its context. */
    void endMessage() {
        if (resetAfterMessage || inflater.finished()) {
            inflater.reset();
            input.clear();
            handedOver = 0;
        }
    }

    @Override
    public void close() {
        inflater.end();
        input.clear();
    }
}
