package io.cdpkit.websocket.internal;

import okio.Buffer;
import okio.ByteString;
import okio.Source;
import okio.Timeout;

/**
 * An endless source that serves the same bytes over and over, like a socket that keeps
 * receiving the same frames; each read copies at most {@code chunk} bytes, as a socket read
 * fills one buffer.
 */
final class RepeatingSource implements Source {

    private final ByteString bytes;
    private final int chunk;
    private int position;

    RepeatingSource(ByteString bytes, int chunk) {
        this.bytes = bytes;
        this.chunk = chunk;
    }

    @Override
    public long read(Buffer sink, long byteCount) {
        int n = (int) Math.min(Math.min(byteCount, chunk), bytes.size() - position);
        sink.write(bytes, position, n);
        position = (position + n) % bytes.size();
        return n;
    }

    @Override
    public Timeout timeout() {
        return Timeout.NONE;
    }

    @Override
    public void close() {
        // Nothing to free.
    }
}
