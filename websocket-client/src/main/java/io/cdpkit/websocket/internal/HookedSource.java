package io.cdpkit.websocket.internal;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/**
 * The socket's input, running a hook before every read from the socket: the reader thread
 * writes what it deferred there, just before it may block waiting for the peer.
 */
final class HookedSource extends ForwardingSource {

    private volatile Runnable beforeRead = () -> { };

    HookedSource(Source socketInput) {
        super(socketInput);
    }

    /** Runs {@code hook} before each read from now on. */
    void beforeRead(Runnable hook) {
        this.beforeRead = hook;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
        beforeRead.run();
        return super.read(sink, byteCount);
    }
}
