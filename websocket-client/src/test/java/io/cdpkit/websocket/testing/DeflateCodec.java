package io.cdpkit.websocket.testing;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The raw peer's side of permessage-deflate (RFC 7692): compresses messages as a server would
 * and inflates what the client sent. One instance keeps one compression context in each
 * direction (context takeover); use a new instance per message for no context takeover.
 */
public final class DeflateCodec {

    private static final byte[] TAIL = {0, 0, (byte) 0xff, (byte) 0xff};

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final Inflater inflater = new Inflater(true);

    /** {@code message} compressed and sync-flushed, without the trailing {@code 00 00 ff ff}. */
    public byte[] compress(byte[] message) {
        deflater.setInput(message);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        do {
            n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            out.write(chunk, 0, n);
        } while (n == chunk.length);
        byte[] compressed = out.toByteArray();
        if (!Arrays.equals(compressed, compressed.length - 4, compressed.length, TAIL, 0, 4)) {
            throw new IllegalStateException("a sync flush must end with 00 00 ff ff");
        }
        return Arrays.copyOf(compressed, compressed.length - 4);
    }

    /** Inflates the payload of one compressed message from the client. */
    public byte[] inflate(byte[] payload) throws DataFormatException {
        byte[] withTail = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(TAIL, 0, withTail, payload.length, 4);
        inflater.setInput(withTail);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        do {
            n = inflater.inflate(chunk);
            out.write(chunk, 0, n);
        } while (n > 0 || !inflater.needsInput());
        return out.toByteArray();
    }

    /** Frees the native zlib memory. */
    public void end() {
        deflater.end();
        inflater.end();
    }
}
