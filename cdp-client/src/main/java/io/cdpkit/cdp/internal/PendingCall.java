package io.cdpkit.cdp.internal;

import java.util.concurrent.CompletableFuture;

/**
 * A command that was sent and waits for its reply: what was sent, how to decode the answer, and
 * the future that gets the outcome.
 *
 * <p>The future of an asynchronous call is the caller's: it is completed on the connection's
 * pool, so the caller's callbacks never run on the thread that reads messages. The future of a
 * blocking call stays internal, with only the blocked caller waiting on it, so it is completed
 * right where the outcome is known, which just wakes the caller.
 *
 * @param <R> the result type
 */
final class PendingCall<R> {

    private final long id;
    private final String method;
    private final String sessionId;
    private final ResultDecoder<R> decoder;
    private final boolean blocking;
    private final CompletableFuture<R> future = new CompletableFuture<>();

    /** @param blocking true when only a blocked caller waits on {@link #future()}, with no callbacks attached */
    PendingCall(long id, String method, String sessionId, ResultDecoder<R> decoder, boolean blocking) {
        this.id = id;
        this.method = method;
        this.sessionId = sessionId;
        this.decoder = decoder;
        this.blocking = blocking;
    }

    long id() {
        return id;
    }

    String method() {
        return method;
    }

    /** The session the command was sent on, or null for the browser session. */
    String sessionId() {
        return sessionId;
    }

    ResultDecoder<R> decoder() {
        return decoder;
    }

    CompletableFuture<R> future() {
        return future;
    }

    /** Completes the caller's future with a value {@link #decoder()} produced. */
    @SuppressWarnings("unchecked")
    void complete(Object decoded, ConnectionThreads threads) {
        if (blocking) {
            future.complete((R) decoded);
        } else {
            threads.complete(future, (R) decoded);
        }
    }

    void fail(Throwable failure, ConnectionThreads threads) {
        if (blocking) {
            future.completeExceptionally(failure);
        } else {
            threads.fail(future, failure);
        }
    }
}
