package io.cdpkit.bench.ws;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps a fixed number of messages in flight on one connection: sends {@code window} messages,
 * then one more for each echo, checking every echo against the message expected next. Stops
 * sending after {@code limit} messages or when {@link #stop()} is called. Echoes are counted
 * in {@link #echoes()}; {@link #finished()} completes once {@code limit} echoes came back and
 * fails on the first wrong echo or connection error.
 */
final class EchoPump implements EchoHandler {

    private final EchoPayloads payloads;
    private final int window;
    private final long limit;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile EchoSocket socket;
    private volatile boolean stopped;
    private volatile long echoes;
    private long sent;

    EchoPump(EchoPayloads payloads, int window, long limit) {
        this.payloads = payloads;
        this.window = window;
        this.limit = limit;
    }

    /** Starts sending on {@code openSocket}. */
    void start(EchoSocket openSocket) {
        socket = openSocket;
        synchronized (this) {
            while (sent < window && sent < limit) {
                payloads.send(openSocket, sent++);
            }
        }
    }

    /** Sends no more messages. */
    void stop() {
        stopped = true;
    }

    /** How many correct echoes arrived so far. */
    long echoes() {
        return echoes;
    }

    /** Completes after {@code limit} echoes; fails on a wrong echo or a connection error. */
    CompletableFuture<Void> finished() {
        return finished;
    }

    @Override
    public void onText(String text) {
        echoed(payloads.matches(echoes, text), "text of " + text.length() + " chars");
    }

    @Override
    public void onBinary(ByteBuffer piece, boolean last) {
        echoed(last && payloads.matches(echoes, piece), "binary piece of " + piece.remaining() + " bytes");
    }

    @Override
    public void onError(Throwable error) {
        finished.completeExceptionally(error);
    }

    private void echoed(boolean expected, String what) {
        if (!expected) {
            finished.completeExceptionally(new IllegalStateException(
                    "Echo number " + echoes + " is not the message sent: " + what));
            stopped = true;
            return;
        }
        long count = echoes + 1;
        echoes = count;
        if (count == limit) {
            finished.complete(null);
        }
        synchronized (this) {
            if (!stopped && sent < limit) {
                payloads.send(socket, sent++);
            }
        }
    }
}
