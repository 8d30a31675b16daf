package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.WebSocketException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okio.ByteString;

/**
 * Pings waiting for their pong. A pong completes the oldest ping with the same payload; pongs
 * are also counted for the heartbeat.
 */
final class PingTracker {

    private record PendingPing(ByteString payload, CompletableFuture<ByteString> future) {
    }

    private final ArrayDeque<PendingPing> pending = new ArrayDeque<>();
    private volatile long pongCount;
    private WebSocketException failure;

    /** Registers a ping about to be sent; returns false (and registers nothing) once the connection ended. */
    synchronized boolean add(ByteString payload, CompletableFuture<ByteString> future) {
        if (failure != null) {
            return false;
        }
        pending.add(new PendingPing(payload, future));
        return true;
    }

    /** Forgets a ping that could not be sent. */
    synchronized void remove(CompletableFuture<ByteString> future) {
        pending.removeIf(ping -> ping.future() == future);
    }

    /** A pong arrived (on the reader thread). */
    void onPong(ByteString payload) {
        CompletableFuture<ByteString> matched = null;
        synchronized (this) {
            pongCount++;
            for (Iterator<PendingPing> it = pending.iterator(); it.hasNext(); ) {
                PendingPing ping = it.next();
                if (ping.payload().equals(payload)) {
                    it.remove();
                    matched = ping.future();
                    break;
                }
            }
        }
        if (matched != null) {
            matched.complete(payload);
        }
    }

    /** How many pongs have arrived so far. */
    long pongCount() {
        return pongCount;
    }

    /** Fails every waiting ping and refuses new ones. */
    void failAll(WebSocketException cause) {
        List<PendingPing> failed;
        synchronized (this) {
            if (failure != null) {
                return;
            }
            failure = cause;
            failed = new ArrayList<>(pending);
            pending.clear();
        }
        for (PendingPing ping : failed) {
            ping.future().completeExceptionally(cause);
        }
    }
}
