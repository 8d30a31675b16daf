package io.cdpkit.cdp.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.Objects;

/**
 * A binary payload of the DevTools protocol, such as a screenshot or a PDF. On the wire it is a
 * base64 string; {@link #decode()} gives the bytes and {@link #decodeTo(OutputStream)} writes
 * them out piece by piece, without holding a second full copy.
 */
public final class Binary {

    /** Characters decoded per step by {@link #decodeTo(OutputStream)}; a multiple of 4. */
    private static final int CHUNK_CHARS = 64 * 1024;

    private final String base64;

    private Binary(String base64) {
        this.base64 = base64;
    }

    /**
     * Wraps a base64 string as received; it is checked only when decoded.
     *
     * @param base64 standard base64 text (RFC 4648, padding optional)
     * @return the payload
     * @throws NullPointerException if {@code base64} is null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Binary fromBase64(String base64) {
        return new Binary(Objects.requireNonNull(base64, "base64"));
    }

    /**
     * Encodes bytes, e.g. for a command parameter.
     *
     * @param bytes the payload
     * @return the payload as base64
     */
    public static Binary of(byte[] bytes) {
        return new Binary(Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * The payload as sent on the wire.
     *
     * @return base64 text
     */
    @JsonValue
    public String base64() {
        return base64;
    }

    /**
     * The number of bytes the payload decodes to, computed from its length without decoding.
     *
     * @return the decoded size in bytes
     */
    public long decodedLength() {
        int length = base64.length();
        int padding = 0;
        while (padding < 2 && length - padding > 0 && base64.charAt(length - padding - 1) == '=') {
            padding++;
        }
        int chars = length - padding;
        return chars / 4 * 3L + Math.max(0, chars % 4 - 1);
    }

    /**
     * Decodes the payload.
     *
     * @return the bytes
     * @throws IllegalArgumentException if the text is not valid base64
     */
    public byte[] decode() {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
    }

    /**
     * Decodes the payload into a stream, a chunk at a time, e.g. straight into a file. The
     * stream is not closed.
     *
     * @param out where the bytes go
     * @return the number of bytes written
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the text is not valid base64
     */
    public long decodeTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Base64.Decoder decoder = Base64.getDecoder();
        long written = 0;
        for (int start = 0; start < base64.length(); start += CHUNK_CHARS) {
            String chunk = base64.substring(start, Math.min(base64.length(), start + CHUNK_CHARS));
            byte[] bytes;
            try {
                bytes = decoder.decode(chunk);
            } catch (IllegalArgumentException e) {
                throw invalid(e);
            }
            out.write(bytes);
            written += bytes.length;
        }
        return written;
    }

    private static IllegalArgumentException invalid(IllegalArgumentException cause) {
        return new IllegalArgumentException("binary payload is not valid base64: " + cause.getMessage(), cause);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Binary binary && base64.equals(binary.base64);
    }

    @Override
    public int hashCode() {
        return base64.hashCode();
    }

    /** A short description with the size; never the payload itself. */
    @Override
    public String toString() {
        return "Binary[" + decodedLength() + " bytes]";
    }
}
