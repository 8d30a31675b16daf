package io.cdpkit.websocket;

/**
 * The permessage-deflate (RFC 7692) offer: context takeover and window sizes for each
 * direction, the compression level, and the smallest message worth compressing.
 * Immutable; build one with {@link #builder()}.
 */
public final class DeflateOptions {

    private final boolean clientNoContextTakeover;
    private final boolean serverNoContextTakeover;
    private final int clientMaxWindowBits;
    private final int serverMaxWindowBits;
    private final int compressionLevel;
    private final int minSizeToCompress;

    private DeflateOptions(Builder b) {
        this.clientNoContextTakeover = b.clientNoContextTakeover;
        this.serverNoContextTakeover = b.serverNoContextTakeover;
        this.clientMaxWindowBits = b.clientMaxWindowBits;
        this.serverMaxWindowBits = b.serverMaxWindowBits;
        this.compressionLevel = b.compressionLevel;
        this.minSizeToCompress = b.minSizeToCompress;
    }

    /** Context takeover both ways, 15-bit windows, level 6 ({@link java.util.zip.Deflater#DEFAULT_COMPRESSION}), compress from 64 bytes. */
    public static DeflateOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the client offers to reset its compression context after every message. */
    public boolean clientNoContextTakeover() {
        return clientNoContextTakeover;
    }

    /** Whether the client asks the server to reset its compression context after every message. */
    public boolean serverNoContextTakeover() {
        return serverNoContextTakeover;
    }

    /** The client's LZ77 window in bits (8..15); the JDK's deflater always uses 15, so below 15 only the offer changes. */
    public int clientMaxWindowBits() {
        return clientMaxWindowBits;
    }

    /** The largest LZ77 window in bits (8..15) the server may use. */
    public int serverMaxWindowBits() {
        return serverMaxWindowBits;
    }

    /** The deflate level, 0..9 or -1 for the default. */
    public int compressionLevel() {
        return compressionLevel;
    }

    /** Messages shorter than this are sent uncompressed. */
    public int minSizeToCompress() {
        return minSizeToCompress;
    }

    /** Builds {@link DeflateOptions}. */
    public static final class Builder {
        private boolean clientNoContextTakeover;
        private boolean serverNoContextTakeover;
        private int clientMaxWindowBits = 15;
        private int serverMaxWindowBits = 15;
        private int compressionLevel = -1;
        private int minSizeToCompress = 64;

        private Builder() {
        }

        /** Offers {@code client_no_context_takeover}. */
        public Builder clientNoContextTakeover(boolean value) {
            this.clientNoContextTakeover = value;
            return this;
        }

        /** Asks for {@code server_no_context_takeover}. */
        public Builder serverNoContextTakeover(boolean value) {
            this.serverNoContextTakeover = value;
            return this;
        }

        /** Offers {@code client_max_window_bits} (8..15). */
        public Builder clientMaxWindowBits(int bits) {
            this.clientMaxWindowBits = requireWindowBits(bits, "clientMaxWindowBits");
            return this;
        }

        /** Asks for {@code server_max_window_bits} (8..15). */
        public Builder serverMaxWindowBits(int bits) {
            this.serverMaxWindowBits = requireWindowBits(bits, "serverMaxWindowBits");
            return this;
        }

        /** Sets the deflate level: 0..9, or -1 for the default. */
        public Builder compressionLevel(int level) {
            if (level < -1 || level > 9) {
                throw new IllegalArgumentException("compressionLevel must be -1..9: " + level);
            }
            this.compressionLevel = level;
            return this;
        }

        /** Sends messages shorter than this uncompressed (not negative). */
        public Builder minSizeToCompress(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("minSizeToCompress must not be negative: " + bytes);
            }
            this.minSizeToCompress = bytes;
            return this;
        }

        /** The options. */
        public DeflateOptions build() {
            return new DeflateOptions(this);
        }

        private static int requireWindowBits(int bits, String name) {
            if (bits < 8 || bits > 15) {
                throw new IllegalArgumentException(name + " must be 8..15: " + bits);
            }
            return bits;
        }
    }
}
