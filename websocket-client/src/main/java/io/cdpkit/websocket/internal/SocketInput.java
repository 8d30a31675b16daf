package io.cdpkit.websocket.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The socket's input: reads up to 64 KiB per system call (okio alone asks for 8 KiB at a time)
 * once the traffic calls for it (the read buffer starts at 8 KiB and grows when a read fills it,
 * so a connection that exchanges small messages never holds 64 KiB), and runs a hook before
 * every read, where the reader thread writes what it deferred: at the
 * latest once per 8 KiB of input processed, and always before it may block waiting for the
 * peer. Used by the reader thread only.
 */
final class SocketInput extends InputStream {

    private static final int FIRST_READ = 8 * 1024;
    private static final int MAX_READ = 64 * 1024;

    private final InputStream socket;
    private byte[] buffer = new byte[FIRST_READ];
    private int position;
    private int limit;
    private volatile Runnable beforeRead = () -> { };

    SocketInput(InputStream socket) {
        this.socket = socket;
    }

    /** Runs {@code hook} before each read from now on. */
    void beforeRead(Runnable hook) {
        this.beforeRead = hook;
    }

    @Override
    public int read() throws IOException {
        beforeRead.run();
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        beforeRead.run();
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, bytes, offset, n);
        position += n;
        return n;
    }

    /** Reads from the socket into the empty buffer, grown first if the last read filled it; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (limit == buffer.length && buffer.length < MAX_READ) {
            buffer = new byte[Math.min(MAX_READ, buffer.length * 4)];
        }
        int n = socket.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public int available() {
        return limit - position;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
