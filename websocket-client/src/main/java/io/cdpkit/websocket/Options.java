package io.cdpkit.websocket;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Limits and behaviour of a connection. Immutable; build one with {@link #builder()}.
 *
 * <p>The defaults suit browsers: messages up to 512 MiB (multi-MB CDP replies), one frame per
 * outgoing message (Chrome's DevTools server rejects continuation frames), no heartbeat, UTF-8
 * validation on, no compression.
 */
public final class Options {

    private static final Options DEFAULTS = builder().build();

    private final long maxMessageSize;
    private final long maxFrameSize;
    private final Duration pingInterval;
    private final Duration pongTimeout;
    private final Duration closeTimeout;
    private final Duration writeTimeout;
    private final int frameSplitSize;
    private final boolean validateUtf8;
    private final DeflateOptions deflate;
    private final long maxQueuedBytes;
    private final ThreadFactory threadFactory;

    private Options(Builder b) {
        this.maxMessageSize = b.maxMessageSize;
        this.maxFrameSize = b.maxFrameSize == 0 ? b.maxMessageSize : b.maxFrameSize;
        this.pingInterval = b.pingInterval;
        this.pongTimeout = b.pongTimeout;
        this.closeTimeout = b.closeTimeout;
        this.writeTimeout = b.writeTimeout;
        this.frameSplitSize = b.frameSplitSize;
        this.validateUtf8 = b.validateUtf8;
        this.deflate = b.deflate;
        this.maxQueuedBytes = b.maxQueuedBytes;
        this.threadFactory = b.threadFactory;
    }

    /** The defaults described on this class. */
    public static Options defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxMessageSize = maxMessageSize;
        b.maxFrameSize = maxFrameSize;
        b.pingInterval = pingInterval;
        b.pongTimeout = pongTimeout;
        b.closeTimeout = closeTimeout;
        b.writeTimeout = writeTimeout;
        b.frameSplitSize = frameSplitSize;
        b.validateUtf8 = validateUtf8;
        b.deflate = deflate;
        b.maxQueuedBytes = maxQueuedBytes;
        b.threadFactory = threadFactory;
        return b;
    }

    /** Largest incoming message (after inflation) in bytes; larger fails with close code 1009. Default 512 MiB. */
    public long maxMessageSize() {
        return maxMessageSize;
    }

    /** Largest incoming frame payload in bytes; larger fails with close code 1009. Default: the message limit. */
    public long maxFrameSize() {
        return maxFrameSize;
    }

    /** Idle time after which the client pings the server; zero (the default) turns the heartbeat off. */
    public Duration pingInterval() {
        return pingInterval;
    }

    /** How long a heartbeat ping may wait for its pong before the connection fails. Default 10 s. */
    public Duration pongTimeout() {
        return pongTimeout;
    }

    /** How long the closing handshake may take before the socket is closed anyway. Default 5 s. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    /** How long one write to the socket may block (a peer that stopped reading) before the connection fails. Default 30 s. */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** Outgoing messages longer than this are split into frames of this size; 0 (the default) never splits. */
    public int frameSplitSize() {
        return frameSplitSize;
    }

    /** Whether incoming text is validated as UTF-8 as it arrives (close code 1007 when it is not). Default true. */
    public boolean validateUtf8() {
        return validateUtf8;
    }

    /** The permessage-deflate offer, if compression is enabled (it is not by default). */
    public Optional<DeflateOptions> deflate() {
        return Optional.ofNullable(deflate);
    }

    /**
     * How many bytes of outgoing messages may wait to be written. A send that would go past it
     * stays pending (its future incomplete) until earlier messages are written; a single message
     * larger than the limit is accepted when nothing else waits. Default 64 MiB.
     */
    public long maxQueuedBytes() {
        return maxQueuedBytes;
    }

    /**
     * Makes the connection's reader thread, one new thread per connection. When not set (the
     * default), readers come from a pool of daemon threads named {@code cdpkit-ws-reader-N}
     * shared by all connections: a thread whose connection ended serves the next one, and
     * threads left idle for a second end.
     */
    public Optional<ThreadFactory> threadFactory() {
        return Optional.ofNullable(threadFactory);
    }

    /** Builds {@link Options}. */
    public static final class Builder {
        private long maxMessageSize = 512L * 1024 * 1024;
        private long maxFrameSize;
        private Duration pingInterval = Duration.ZERO;
        private Duration pongTimeout = Duration.ofSeconds(10);
        private Duration closeTimeout = Duration.ofSeconds(5);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private int frameSplitSize;
        private boolean validateUtf8 = true;
        private DeflateOptions deflate;
        private long maxQueuedBytes = 64L * 1024 * 1024;
        private ThreadFactory threadFactory;

        private Builder() {
        }

        /** Sets the largest incoming message in bytes (positive). */
        public Builder maxMessageSize(long bytes) {
            this.maxMessageSize = requirePositive(bytes, "maxMessageSize");
            return this;
        }

        /** Sets the largest incoming frame payload in bytes (positive). */
        public Builder maxFrameSize(long bytes) {
            this.maxFrameSize = requirePositive(bytes, "maxFrameSize");
            return this;
        }

        /** Pings the server after this much idle time; {@link Duration#ZERO} turns the heartbeat off. */
        public Builder pingInterval(Duration interval) {
            this.pingInterval = Durations.requireNotNegative(interval, "pingInterval");
            return this;
        }

        /** Sets how long a heartbeat ping may wait for its pong (positive). */
        public Builder pongTimeout(Duration timeout) {
            this.pongTimeout = Durations.requirePositive(timeout, "pongTimeout");
            return this;
        }

        /** Sets how long the closing handshake may take (positive). */
        public Builder closeTimeout(Duration timeout) {
            this.closeTimeout = Durations.requirePositive(timeout, "closeTimeout");
            return this;
        }

        /** Sets how long one socket write may block (positive). */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Durations.requirePositive(timeout, "writeTimeout");
            return this;
        }

        /** Splits outgoing messages into frames of at most this many bytes; 0 never splits. */
        public Builder frameSplitSize(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("frameSplitSize must not be negative: " + bytes);
            }
            this.frameSplitSize = bytes;
            return this;
        }

        /** Turns incremental UTF-8 validation of incoming text on (the default) or off. */
        public Builder validateUtf8(boolean validate) {
            this.validateUtf8 = validate;
            return this;
        }

        /** Offers permessage-deflate with these parameters. */
        public Builder deflate(DeflateOptions deflate) {
            this.deflate = Objects.requireNonNull(deflate, "deflate");
            return this;
        }

        /** Sets how many bytes of outgoing messages may wait to be written (positive). */
        public Builder maxQueuedBytes(long bytes) {
            this.maxQueuedBytes = requirePositive(bytes, "maxQueuedBytes");
            return this;
        }

        /** Makes the reader thread with this factory. */
        public Builder threadFactory(ThreadFactory factory) {
            this.threadFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /** The options. */
        public Options build() {
            return new Options(this);
        }

        private static long requirePositive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
