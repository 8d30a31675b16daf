package io.cdpkit.websocket.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Reads nothing until {@link #resume()} is called, so the client's writes fill the TCP buffers
 * and block; after that, it records every binary message it receives.
 */
public final class StallingEndpoint extends Session.Listener.Abstract {

    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        // No demand(): Jetty reads no frame, the socket's receive buffer fills up.
    }

    /** Starts reading: every message is taken and the next one demanded. */
    public void resume() {
        getSession().demand();
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        byte[] copy = new byte[payload.remaining()];
        payload.get(copy);
        received.add(copy);
        callback.succeed();
        getSession().demand();
    }

    @Override
    public void onWebSocketText(String message) {
        received.add(message.getBytes(StandardCharsets.UTF_8));
        getSession().demand();
    }

    /** The next message received after {@link #resume()}, waiting up to 10 s. */
    public byte[] nextMessage() throws InterruptedException {
        byte[] message = received.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("the stalled server received no further message");
        }
        return message;
    }
}
