package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.WebSocketException;
import io.cdpkit.websocket.WebSocketTimeoutException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import okio.Buffer;

/**
 * Writes encoded frames to the socket, with a watchdog: a write that makes no progress for the
 * write timeout fails the connection (which closes the socket and so ends the blocked write).
 * Large binary payloads are masked in slices into one reusable array on their way out, so
 * they are neither copied into buffers nor held twice; that array grows with the writes, so a
 * connection that sends small messages never holds 64 KiB. Used by one writing thread at a time.
 */
final class FrameOutput {

    /** The most bytes handed to one socket write, so that progress shows between writes. */
    private static final int SLICE = 64 * 1024;
    /** The smallest slice array; it grows to what the writes need, up to {@link #SLICE}. */
    private static final int MIN_SLICE = 1024;

    private final OutputStream socket;
    private final long writeTimeoutNanos;
    private final Consumer<WebSocketException> onTimeout;
    private byte[] slice = new byte[0];
    private volatile long lastProgress;
    private volatile boolean writing;
    private ScheduledFuture<?> watchdog;
    private boolean stopped;

    FrameOutput(OutputStream socket, long writeTimeoutNanos, Consumer<WebSocketException> onTimeout) {
        this.socket = socket;
        this.writeTimeoutNanos = writeTimeoutNanos;
        this.onTimeout = onTimeout;
    }

    /** Writes all of {@code frames}, consuming it, in slices of up to 64 KiB per socket write. */
    void write(Buffer frames) throws IOException {
        start();
        try {
            growSlice(frames.size());
            while (frames.size() > 0) {
                int n = take(frames, 0);
                lastProgress = System.nanoTime();
                socket.write(slice, 0, n);
            }
        } finally {
            writing = false;
        }
    }

    /**
     * Writes a frame header, then the remaining bytes of {@code payload} masked with
     * {@code maskKey}, in slices of up to 64 KiB per socket write (the header shares the first).
     */
    void writeMasked(Buffer header, ByteBuffer payload, int maskKey) throws IOException {
        start();
        try {
            growSlice(header.size() + payload.remaining());
            int headerSize = take(header, 0);
            ByteBuffer source = payload.duplicate();
            long position = 0;
            do {
                int n = Math.min(slice.length - headerSize, source.remaining());
                source.get(slice, headerSize, n);
                Masking.mask(slice, headerSize, headerSize + n, maskKey, position);
                lastProgress = System.nanoTime();
                socket.write(slice, 0, headerSize + n);
                position += n;
                headerSize = 0;
            } while (source.hasRemaining());
        } finally {
            writing = false;
        }
    }

    /** Makes the slice array at least as large as {@code bytes}, up to {@link #SLICE}, in powers of two. */
    private void growSlice(long bytes) {
        int wanted = (int) Math.min(SLICE, bytes);
        if (slice.length < wanted) {
            slice = new byte[Math.max(MIN_SLICE, Integer.highestOneBit(wanted - 1) << 1)];
        }
    }

    /** Moves as much of {@code frames} as fits into the slice array from {@code offset}; returns the slice's length. */
    private int take(Buffer frames, int offset) {
        int end = (int) Math.min(slice.length, offset + frames.size());
        int filled = offset;
        while (filled < end) {
            filled += frames.read(slice, filled, end - filled);
        }
        return end;
    }

    private void start() {
        lastProgress = System.nanoTime();
        writing = true;
        synchronized (this) {
            if (watchdog == null && !stopped) {
                watchdog = Timers.schedule(this::checkProgress, writeTimeoutNanos);
            }
        }
    }

    private void checkProgress() {
        long stalled = System.nanoTime() - lastProgress;
        synchronized (this) {
            watchdog = null;
            if (!writing || stopped) {
                return;
            }
            if (stalled < writeTimeoutNanos) {
                watchdog = Timers.schedule(this::checkProgress, writeTimeoutNanos - stalled);
                return;
            }
        }
        onTimeout.accept(new WebSocketTimeoutException(
                "A socket write made no progress for " + writeTimeoutNanos / 1_000_000 + " ms (writeTimeout)"));
    }

    /** Stops the watchdog for good (the connection ended). */
    synchronized void stop() {
        stopped = true;
        Timers.cancel(watchdog);
        watchdog = null;
    }
}
